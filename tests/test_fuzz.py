"""Fuzzing the public API: hostile articles give a report or srccompare's own input error.

Articles are built from news-like sentence templates whose slots take ordinary values most of
the time and hostile ones otherwise: arbitrary Unicode, markup fragments (marked sections,
CDATA, unclosed tags, entities), huge and odd numbers, impossible dates and times, absurd
durations. They go through the public API twice: as ``Article`` objects into
``summarize_article`` / ``compare_summaries`` / ``render``, and as files (Markdown with front
matter, JSON, HTML, plain text) into ``compare_paths``; reviewed summaries as
``srccompare extract`` writes them, with values made hostile, go through ``compare_paths`` too. The only exception allowed is an
``InputError`` that names its file; any other exception fails the test.

CI runs the bounded default profile; a long run is

    .venv/bin/python -m pytest tests/test_fuzz.py --hypothesis-profile=fuzz
"""
from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srccompare import Article, InputError, Published, SourceInfo, compare_paths, compare_summaries, render
from srccompare.errors import AnalysisError, NothingToCompareError
from srccompare.pipeline import summarize_article

NAMES = ["the interior minister", "police", "Anna Kowalski", "a spokesman for the Red Cross", "officials",
         "the World Health Organization (WHO)", "Côte d'Ivoire's army", "O'Brien", "they", "the U.S. embassy"]
EVENTS = ["strike", "flood", "withdrawal", "protest", "trial", "evacuation", "outbreak", "ceasefire"]
NOUNS = ["people were killed", "troops", "people were detained", "homes were destroyed", "cases", "dollars"]
UNITS = ["days", "weeks", "months", "years", "decades", "centuries", "millennia", "hours", "minutes", "day", "year"]
MONTHS = ["January", "February", "March", "September", "December", "Smarch"]
WEEKDAYS = ["Monday", "Friday", "Sunday", "yesterday", "today", "tomorrow", "last week", "next year"]
MARKUP = ["<![ foo bar ]>", "<![if !supportLists]>", "<![endif]>", "<![CDATA[ x ]]>", "]]>", "<!--", "-->",
          "<script>alert(1)</script>", "<p", "</div>", "<b>", "&#x0;", "&#1114112;", "&nbsp;", "&bogus;", "<?xml ?>",
          "<!DOCTYPE html>", "<html>", "<meta property=\"article:published_time\" content=\"99999-01-01\">", "{{", "{%"]
ODD_DATES = ["31 February 2022", "the year 99999", "27:00", "25:61 p.m.", "0000-00-00", "9999-12-31", "0001-01-01",
             "10,000 BC", "AD 1", "2022-13-45", "99999-01-01T27:00", "the 40th of May", "December 32",
             "21 centuries", "40,000 years", "1e308 days", "a billion years ago", "1,000,000,000 centuries"]


def _number() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(0, 100_000).map(lambda n: f"{n:,}"),
        st.integers(0, 10**40).map(str),
        st.integers(0, 10**30).map(lambda n: f"{n:,}"),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.sampled_from(["1e308", "1e-308", "0", "-1", "½", "٣٠٠", "3.5 million", "two hundred thousand", "9" * 60]),
    )


def _slot(kind: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(kind), st.sampled_from(kind), st.text(max_size=15), st.sampled_from(MARKUP))


TEMPLATES = [
    "{name} said on {weekday} that at least {n} {noun} in the {event}.",
    "The {event} will last {n} {unit}, {name} said.",
    "“We have never seen this,” {name} told reporters. “It has gone on for {n} {unit}.”",
    "According to {name}, about {n} {noun} by {day} {month} {year}.",
    "The {event} began on {month} {day}, {year} at {odd} and ended {n} {unit} later.",
    "{name} has been missing for {n} {unit}, {name} said in a statement on {weekday}.",
    "Prices rose {n}% in {month}, and {n} {noun} since {odd}.",
    "{odd} {markup} {n} {noun} {markup}",
    "By {odd}, the {event} had cost {n} million dollars, up from {n} a year earlier.",
]


@st.composite
def sentences(draw) -> str:
    template = draw(st.sampled_from(TEMPLATES))
    return template.format(
        name=draw(_slot(NAMES)), event=draw(_slot(EVENTS)), noun=draw(_slot(NOUNS)), unit=draw(_slot(UNITS)),
        month=draw(_slot(MONTHS)), weekday=draw(_slot(WEEKDAYS)), odd=draw(st.sampled_from(ODD_DATES)),
        markup=draw(st.sampled_from(MARKUP)), n=draw(_number()), day=draw(st.integers(-1, 40)),
        year=draw(st.one_of(st.integers(0, 99999), st.sampled_from([2022, 1066, 1]))),
    )


@st.composite
def articles_text(draw) -> str:
    parts = draw(st.lists(st.one_of(sentences(), sentences(), st.text(max_size=30), st.sampled_from(MARKUP)),
                          min_size=1, max_size=12))
    joiners = draw(st.lists(st.sampled_from([" ", "\n", "\n\n", "", " — "]), min_size=len(parts), max_size=len(parts)))
    return "".join(p + j for p, j in zip(parts, joiners))


def _published(day: date | None) -> Published | None:
    if day is None:
        return None
    return Published(raw=day.isoformat(), precision="day", earliest=day, latest=day)


FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(articles_text(), articles_text(), st.one_of(st.none(), st.dates()), st.one_of(st.none(), st.dates()))
def test_hostile_articles_give_a_report(a: str, b: str, day_a: date | None, day_b: date | None) -> None:
    summaries = [
        summarize_article(Article(source=SourceInfo(id="a", outlet="A", published=_published(day_a), title=a[:50]), text=a)),
        summarize_article(Article(source=SourceInfo(id="b", outlet="B", published=_published(day_b)), text=b)),
    ]
    report = compare_summaries(summaries)
    for fmt in ("markdown", "html", "json"):
        assert render(report, fmt)


PUBLISHED = st.one_of(
    st.dates().map(date.isoformat),
    st.sampled_from(["2022-01-13T27:00:00Z", "2022-01-13T10:61", "2022-02-30", "99999-01-01", "0000-01-01", "2022-13",
                     "1899-12-31", "2999-01-01", "0001-01-01T00:00:00+99:99", "", "null", "[1, 2]", "{a: 1}"]),
    st.text(max_size=20),
)


@st.composite
def article_files(draw) -> tuple[str, bytes]:
    body = draw(articles_text())
    published = draw(PUBLISHED)
    kind = draw(st.sampled_from(["md", "json", "html", "txt", "htm"]))
    if kind == "md":
        outlet = draw(st.one_of(st.sampled_from(["Daily Planet", ""]), st.text(max_size=10)))
        text = f"---\noutlet: {json.dumps(outlet)}\npublished: {json.dumps(published)}\n---\n{body}"
    elif kind == "json":
        text = json.dumps({"outlet": "Wire", "published": published, "text": body})
    elif kind in ("html", "htm"):
        cut = draw(st.integers(0, 400))
        page = (f"<html><head><title>{body[:40]}</title><meta property=\"article:published_time\" content=\"{published}\">"
                f"<script type=\"application/ld+json\">{{\"datePublished\": {json.dumps(published)}}}</script>"
                f"</head><body><article><p>{body}</p></article></body></html>")
        text = page if draw(st.booleans()) else page[: len(page) - cut]  # truncated pages too
    else:
        text = body
    return kind, text.encode("utf-8")


@FUZZ
@given(st.lists(article_files(), min_size=1, max_size=3))
def test_hostile_files_give_a_report_or_an_input_error(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (kind, data) in enumerate(files):
            path = Path(tmp) / f"f{i}.{kind}"
            path.write_bytes(data)
            paths.append(path)
        try:
            report = compare_paths(paths)
        except AnalysisError:
            raise  # srccompare failed on a file it had read: a bug, whatever the input
        except InputError as error:
            assert any(str(p) in str(error) for p in paths), str(error)
            assert "\n" not in str(error)
            return
        except NothingToCompareError as error:
            for failure in error.failures:
                assert not isinstance(failure, AnalysisError), str(failure)
                assert failure.path in {str(p) for p in paths} and "\n" not in failure.problem
            return
        for unreadable in report.unreadable:
            assert unreadable.error != "AnalysisError", unreadable.problem
            assert unreadable.path in {str(p) for p in paths}
            assert "\n" not in unreadable.problem
        for fmt in ("markdown", "html", "json"):
            assert render(report, fmt)


SEED_TEXT = ("The strike began on Monday and will last 10 days, the union said. Police said 40 people were "
             "detained and 3 were injured. The port has been closed for 21 centuries. Prices rose 8% in May.")
HOSTILE_VALUES = st.one_of(
    st.integers(-10**30, 10**30), st.floats(allow_nan=True, allow_infinity=True), st.none(), st.text(max_size=8),
    st.sampled_from(["0001-01-01", "9999-12-31", "99999-01-01", "2022-02-30", "", "P10D", [], {}]),
)


@st.composite
def mutated_summaries(draw) -> str:
    """A summary as `srccompare extract` writes it, with some of its values made hostile."""
    from srccompare.summaries import dump_summaries

    day = draw(st.dates())
    article = Article(source=SourceInfo(id="s", outlet="S", published=_published(day)), text=SEED_TEXT)
    data = json.loads(dump_summaries([summarize_article(article)], "json"))
    for claim in data["claims"]:
        for key in list(claim["value"]):
            if key != "kind" and draw(st.integers(0, 3)) == 0:
                claim["value"][key] = draw(HOSTILE_VALUES)
    return json.dumps(data, allow_nan=True)


@FUZZ
@given(mutated_summaries(), articles_text())
def test_hostile_summaries_give_a_report_or_an_input_error(summary: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "summary.json"
        path.write_text(summary, encoding="utf-8")
        other = Path(tmp) / "other.md"
        other.write_text(f"---\noutlet: Other\npublished: 2022-01-13\n---\n{SEED_TEXT} {text}", encoding="utf-8")
        try:
            report = compare_paths([path, other])
        except NothingToCompareError as error:
            assert not any(isinstance(f, AnalysisError) for f in error.failures), str(error)
            return
        for unreadable in report.unreadable:
            assert unreadable.error != "AnalysisError", unreadable.problem
            assert unreadable.path in (str(path), str(other))
        for fmt in ("markdown", "html", "json"):
            assert render(report, fmt)
