"""One error path: a bad file is named and left out, the others are compared; doubtful input warns."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from srccompare import compare_paths, render
from srccompare.article import Published, SourceInfo
from srccompare.cli import main
from srccompare.errors import (
    AnalysisError,
    DecodeError,
    EmptyInputError,
    InputError,
    MetadataError,
    NothingToCompareError,
)
from srccompare.intake import input_warnings, take_in

GOOD = "---\noutlet: {outlet}\npublished: 2022-01-13\n---\nPolice said 40 people were detained on Monday.\n"


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(tmp_path, "a.md", GOOD.format(outlet="Alpha"))
    write(tmp_path, "b.md", GOOD.format(outlet="Beta").replace("40", "45"))
    write(tmp_path, "c.md", b"caf\xe9 au lait")
    write(tmp_path, "d.html", "<html><body><nav>Home</nav></body></html>")
    return tmp_path


def test_a_folder_with_bad_files_still_gives_a_report_that_lists_them(folder: Path) -> None:
    report = compare_paths(folder)
    assert [s.outlet for s in report.sources] == ["Alpha", "Beta"]
    assert [(u.path, u.error) for u in report.unreadable] == [
        (str(folder / "c.md"), "DecodeError"), (str(folder / "d.html"), "EmptyInputError")]
    assert "UTF-8" in report.unreadable[0].problem
    data = json.loads(render(report, "json"))
    assert data["unreadable"][1] == {"path": str(folder / "d.html"), "problem": "the page has no article text",
                                     "error": "EmptyInputError"}
    markdown = render(report, "markdown")
    assert "Files that could not be read" in markdown and "c.md" in markdown
    html = render(report, "html")
    assert "Files that could not be read" in html and "d.html" in html


def test_strict_raises_the_first_files_own_error(folder: Path) -> None:
    with pytest.raises(DecodeError) as error:
        compare_paths(folder, strict=True)
    assert str(error.value).startswith(str(folder / "c.md"))


def test_nothing_readable_is_a_typed_error_holding_each_file(tmp_path: Path) -> None:
    bad = [write(tmp_path, "x.md", b""), write(tmp_path, "y.json", "{not json")]
    with pytest.raises(NothingToCompareError) as error:
        compare_paths(bad)
    assert [type(f) for f in error.value.failures] == [EmptyInputError, MetadataError]
    assert "x.md" in str(error.value) and "y.json" in str(error.value)
    # one path that cannot be read raises its own error
    with pytest.raises(EmptyInputError):
        compare_paths(bad[0])


def test_a_missing_path_among_others_is_left_out(tmp_path: Path) -> None:
    good = [write(tmp_path, "a.md", GOOD.format(outlet="Alpha")), write(tmp_path, "b.md", GOOD.format(outlet="Beta"))]
    report = compare_paths([good[0], tmp_path / "missing.md", good[1]])
    assert len(report.sources) == 2
    assert report.unreadable[0].path == str(tmp_path / "missing.md") and "no such" in report.unreadable[0].problem


def test_a_failure_while_analysing_is_named_by_file_and_the_rest_go_on(tmp_path: Path, monkeypatch) -> None:
    from srccompare import pipeline

    files = [write(tmp_path, n, GOOD.format(outlet=o)) for n, o in (("a.md", "Alpha"), ("b.md", "Beta"), ("c.md", "Gamma"))]
    real = pipeline.summarize_article

    def flaky(article):
        if article.source.outlet == "Beta":
            raise OverflowError("date value out of range")
        return real(article)

    monkeypatch.setattr(pipeline, "summarize_article", flaky)
    report = compare_paths(files)
    assert [s.outlet for s in report.sources] == ["Alpha", "Gamma"]
    (left_out,) = report.unreadable
    assert left_out.path == str(files[1]) and left_out.error == "AnalysisError"
    assert "OverflowError: date value out of range" in left_out.problem
    with pytest.raises(AnalysisError):
        compare_paths(files, strict=True)


def test_cli_folder_with_a_bad_file_writes_the_report_and_names_the_file(folder: Path, capsys) -> None:
    assert main(["compare", str(folder), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["sources"]) == 2
    lines = captured.err.splitlines()
    assert len(lines) == 2 and "c.md" in lines[0] and "d.html" in lines[1]
    assert all(line.startswith("srccompare: error: ") for line in lines)
    assert "internal error" not in captured.err and "Traceback" not in captured.err


def test_cli_strict_exits_2_at_a_bad_file(folder: Path, capsys) -> None:
    assert main(["compare", str(folder), "--strict"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "c.md" in err


def test_cli_nothing_readable_exits_2_with_a_line_per_file(tmp_path: Path, capsys) -> None:
    bad = [write(tmp_path, "x.md", b""), write(tmp_path, "y.md", b"\x00\x01")]
    assert main(["compare", *map(str, bad)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3 and "x.md" in lines[0] and "y.md" in lines[1] and "nothing to compare" in lines[2]


def test_cli_extract_leaves_out_a_bad_file(folder: Path, capsys) -> None:
    assert main(["extract", str(folder), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert [s["outlet"] for s in json.loads(captured.out)["sources"]] == ["Alpha", "Beta"]
    assert "c.md" in captured.err


def test_the_same_file_given_twice_is_read_once_with_a_warning(tmp_path: Path) -> None:
    a = write(tmp_path, "a.md", GOOD.format(outlet="Alpha"))
    b = write(tmp_path, "b.md", GOOD.format(outlet="Beta").replace("40", "45"))
    report = compare_paths([tmp_path, a, b, b])
    assert len(report.sources) == 2
    assert sum("given twice" in w for w in report.warnings) == 3
    assert any(w.startswith(str(a)) for w in report.warnings)


def test_two_files_with_the_same_text_warn(tmp_path: Path) -> None:
    write(tmp_path, "a.md", GOOD.format(outlet="Alpha"))
    write(tmp_path, "b.md", GOOD.format(outlet="Beta"))
    report = compare_paths(tmp_path)
    assert any("b.md" in w and "same text as" in w and "a.md" in w for w in report.warnings)


def _source(raw: str, day: date, path: str = "x.md") -> SourceInfo:
    return SourceInfo(id="x", outlet="X", path=path, published=Published(raw=raw, precision="day", earliest=day, latest=day))


@pytest.mark.parametrize("raw,day,expected", [
    ("2031-01-01", date(2031, 1, 1), "in the future"),
    ("1850-06-01", date(1850, 6, 1), "before 1900"),
    ("0005-06-01", date(5, 6, 1), "relative dates are not resolved"),
    ("2022-01-13T27:00:00Z", date(2022, 1, 13), "hour of 27"),
    ("2022-01-13T10:61", date(2022, 1, 13), "61 minutes"),
    ("2022-01-13T10:00:00+19:00", date(2022, 1, 13), "offset"),
])
def test_doubtful_publication_dates_warn_naming_the_file(raw: str, day: date, expected: str) -> None:
    warnings = input_warnings(_source(raw, day, "in/x.md"), today=date(2026, 1, 1))
    assert any(w.startswith("in/x.md: ") and expected in w for w in warnings), warnings


@pytest.mark.parametrize("raw,day", [("2022-01-13", date(2022, 1, 13)), ("2022-01-13T23:59:60+14:00", date(2022, 1, 13)),
                                     ("2026-01-02", date(2026, 1, 2))])
def test_ordinary_publication_dates_do_not_warn(raw: str, day: date) -> None:
    assert input_warnings(_source(raw, day), today=date(2026, 1, 1)) == []


def test_file_warnings_reach_the_report(tmp_path: Path) -> None:
    a = write(tmp_path, "a.md", "---\noutlet: Alpha\npublished: 2022-01-13T27:00\n---\nPolice said 40 people died.\n")
    write(tmp_path, "b.md", "---\npublished: 1850-01-13\n---\nPolice said 45 people died on Monday.\n")
    report = compare_paths(tmp_path)
    assert any(str(a) in w and "hour of 27" in w for w in report.warnings)
    assert any("b.md" in w and "before 1900" in w for w in report.warnings)
    assert any("no outlet given" in w for w in report.warnings)


@pytest.mark.parametrize("text", [
    "The ship has been missing for 21 centuries, officials said.",
    "The strike will last 40,000 years, the union said, and it began in the year 99999 at 27:00 on Monday.",
    "The siege began on 9999-12-31 and lasted 3 weeks. It ended 0001-01-01 after a billion years.",
    "The war lasted 9999999999999999999999 days and ends in 10,000,000 years.",
])
def test_absurd_values_give_a_report_not_an_overflow(tmp_path: Path, text: str) -> None:
    write(tmp_path, "a.md", f"---\noutlet: Alpha\npublished: 2022-01-13\n---\n{text}\n")
    write(tmp_path, "b.md", f"---\noutlet: Beta\npublished: 0002-01-13\n---\n{text}\n")
    report = compare_paths(tmp_path, strict=True)
    assert len(report.sources) == 2 and not report.unreadable
    for fmt in ("markdown", "html", "json"):
        assert render(report, fmt)


def test_take_in_keeps_the_order_files_were_named(tmp_path: Path) -> None:
    b = write(tmp_path, "b.md", GOOD.format(outlet="Beta"))
    a = write(tmp_path, "a.md", GOOD.format(outlet="Alpha").replace("40", "41"))
    taken = take_in([b, a])
    assert [s.source.outlet for s in taken.summaries] == ["Beta", "Alpha"]
    assert taken.failures == [] and isinstance(taken.failures, list)
    assert issubclass(AnalysisError, InputError)


def test_a_value_beyond_the_calendar_is_marked_naming_the_file(tmp_path: Path) -> None:
    a = write(tmp_path, "a.md", "---\noutlet: Alpha\npublished: 2022-01-13\n---\n"
                                "The ship has been missing for 21 centuries, officials said.\n")
    write(tmp_path, "b.md", GOOD.format(outlet="Beta"))
    report = compare_paths(tmp_path)
    assert any(w.startswith(f"Alpha: {a}: 'for 21 centuries'") and "beyond the years 1-9999" in w for w in report.warnings)


def test_progress_is_told_each_article_and_the_end(tmp_path: Path) -> None:
    write(tmp_path, "a.md", GOOD.format(outlet="Alpha"))
    write(tmp_path, "b.md", GOOD.format(outlet="Beta").replace("40", "41"))
    calls = []
    take_in([tmp_path], progress=lambda done, total, path, size: calls.append((done, total, Path(path).name if path else "")))
    assert calls == [(0, 2, "a.md"), (1, 2, "b.md"), (2, 2, "")]


def test_a_length_longer_than_the_calendar_is_marked(tmp_path: Path) -> None:
    a = write(tmp_path, "a.md", "---\noutlet: Alpha\npublished: 2022-01-13\n---\n"
                                "The strike began on Monday and will last 40,000 years, the union said.\n")
    write(tmp_path, "b.md", GOOD.format(outlet="Beta"))
    report = compare_paths(tmp_path)
    assert any(str(a) in w and "'last 40,000 years' is longer than the calendar" in w for w in report.warnings)


def test_deeply_nested_data_is_a_metadata_error(tmp_path: Path) -> None:
    deep = write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    with pytest.raises(MetadataError) as error:
        compare_paths(deep)
    assert str(error.value).startswith(str(deep)) and "nested too deeply" in str(error.value)


def test_a_text_that_does_not_read_as_english_is_marked():
    from srccompare.intake import language_warning
    french = ("Le ferry a chaviré lundi au large de la côte. Soixante-trois personnes sont mortes, selon les "
              "autorités locales qui ont ouvert une enquête sur les causes du naufrage et la météo de la nuit.")
    english = ("The ferry capsized on Monday off the coast. Sixty-three people died, according to local officials "
               "who opened an investigation into the causes of the sinking and the weather of the night.")
    assert "does not read as English" in language_warning(french, "fr.md")
    assert language_warning(english, "en.md") is None
    assert language_warning("Short text.", "s.md") is None  # too few words to judge
