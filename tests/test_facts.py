"""The fact-centric arrangement: grouped values, outlet chips, notes, marks in article text,
the timeline, and Markdown as a table up to four outlets and a section per fact beyond."""
from __future__ import annotations

from srccompare.report.facts import build_page, describe_value, mark_segments
from srccompare.report.model import Cell, CellValue, Report, ReportSource, Row, Summary, Verdict
from srccompare.report.render import MARKDOWN_TABLE_MAX_OUTLETS, render


def _count(n: float, text: str) -> CellValue:
    quote = f"Officials said {text} people died."
    return CellValue(text=text, quote=quote, start=quote.index(text), end=quote.index(text) + len(text),
                     normalized={"kind": "quantity", "low": n, "high": n, "unit": "death", "qualifier": "exact"})


def _day(day: str, text: str) -> CellValue:
    quote = f"It happened {text}."
    return CellValue(text=text, quote=quote, start=12, end=12 + len(text),
                     normalized={"kind": "time", "earliest": day, "latest": day, "granularity": "day"})


def many_outlets(n: int) -> Report:
    """``n`` outlets; the last one published a day earlier and gives an older figure."""
    sources = [ReportSource(id=f"o{i}", outlet=f"Outlet {i}", published="2024-05-02" if i < n - 1 else "2024-05-01",
                            title=f"Story {i}") for i in range(n)]
    deaths = [Cell(source=f"o{i}", values=[_count(412, "412")]) for i in range(n - 2)]
    deaths += [Cell(source=f"o{n - 2}", values=[]), Cell(source=f"o{n - 1}", values=[_count(380, "380")])]
    dates = [Cell(source=f"o{i}", values=[_day("2024-04-30", "on Tuesday")] if i < 2 else []) for i in range(n)]
    rows = [
        Row(field="deaths.count", label="Deaths: number", verdict=Verdict.CONFLICT,
            explanation="412 | 380: these cannot both be true.", cells=deaths),
        Row(field="quake.date", label="Quake: date", verdict=Verdict.AGREE, explanation="All: 2024-04-30.",
            cells=dates),
    ]
    return Report(sources=sources, rows=rows, summary=Summary(conflict=1, agree=1))


def test_values_are_grouped_with_their_outlets_and_an_earlier_report_is_marked():
    page = build_page(many_outlets(7))
    deaths = page.rows[0]
    assert [(g.text, g.count_text, g.note) for g in deaths.groups] == [
        ("412", "5 outlets", "latest report"), ("380", "1 outlet", "earlier report")]
    assert [c.name for c in deaths.groups[0].chips] == [f"Outlet {i}" for i in range(5)]
    assert [c.name for c in deaths.silent] == ["Outlet 5"]
    assert deaths.outlets.split() == ["o0", "o1", "o2", "o3", "o4", "o6"]
    assert "412" in deaths.search and "outlet 6" in deaths.search


def test_source_panel_lists_each_outlet_once_with_its_fact_count():
    page = build_page(many_outlets(7))
    assert [c.column.id for c in page.sources] == [f"o{i}" for i in range(7)]
    assert [c.facts for c in page.sources] == [2, 2, 1, 1, 1, 0, 1]


def test_timeline_holds_dated_facts_and_publications_on_one_axis():
    page = build_page(many_outlets(3))
    assert [(t.when, t.kind, t.label) for t in page.timeline] == [
        ("2024-04-30", "fact", "Quake: date"), ("2024-05-01", "published", "Outlet 2 published"),
        ("2024-05-02", "published", "2 outlets published")]
    assert page.timeline[0].position == 0 and page.timeline[-1].position == 100
    assert page.timeline[0].href == "#row-quake-date"
    assert page.timeline_span == "2024-04-30 to 2024-05-02"


def test_mark_segments_keeps_every_character_once():
    text = "Over 2,000 troops arrived on 6 January."
    spans = [(5, 10, "a", "#r1", "agree", "x"), (0, 17, "b", "#r2", "gap", "y"), (29, 38, "c", "#r3", "conflict", "z"),
             (30, 99, "d", "#r4", "gap", "outside")]
    segments = mark_segments(text, spans)
    assert "".join(s.text for s in segments) == text
    assert [(s.text, s.anchor) for s in segments if s.anchor] == [("Over 2,000 troops", "b"), ("6 January", "c")]


def test_describe_value():
    assert describe_value({"kind": "quantity", "low": 2000.0, "high": float("inf"), "unit": "troop"}) == "≥ 2,000 troop"
    assert describe_value({"kind": "quantity", "low": 1800.0, "high": 2200.0, "unit": "troop"}) == "1,800–2,200 troop"
    assert describe_value({"kind": "time", "earliest": None, "latest": "2022-01-19"}) == "by 2022-01-19"
    assert describe_value({"kind": "duration", "min_days": 0.0, "max_days": 5.0}) == "0–5 days"
    assert describe_value({"kind": "entity", "id": "armenia", "name": "Armenia"}) == "Armenia"


def test_markdown_is_a_table_up_to_four_outlets():
    md = render(many_outlets(MARKDOWN_TABLE_MAX_OUTLETS), "markdown")
    assert "| Verdict | Fact |" in md
    assert "5 outlets" not in md


def test_markdown_beyond_four_outlets_is_a_section_per_fact_with_grouped_values():
    md = render(many_outlets(7), "markdown")
    assert "| Verdict | Fact |" not in md
    assert '### <a id="row-deaths-count"></a>CONFLICT · Deaths: number' in md
    assert "- **412**: 5 outlets, latest report: Outlet 0, Outlet 1, Outlet 2, Outlet 3, Outlet 4" in md
    assert "- **380**: 1 outlet, earlier report: Outlet 6" in md
    assert "- *not stated* (1): Outlet 5" in md


def test_markdown_sections_escape_what_outlets_and_quotes_hold():
    report = many_outlets(6)
    sneaky = report.sources[0].model_copy(update={"outlet": "A|B *bold* <img src=x onerror=alert(1)>"})
    md = render(report.model_copy(update={"sources": [sneaky, *report.sources[1:]]}), "markdown")
    assert "A\\|B \\*bold\\* &lt;img src=x onerror=alert(1)&gt;" in md
    assert "<img" not in md


def test_fields_the_model_may_gain_are_shown_when_present():
    """Per-row confidence, row marks, a source's originator and shared-text group, a value's
    update mark: read when the report carries them, so the page needs no change then."""
    from srccompare.report.model import ReportSource as BaseSource

    class RowPlus(Row):
        confidence: float | str | None = None
        marks: list[str] = []

    class SourcePlus(BaseSource):
        originator: str
        shared_text_group: str

    class ValuePlus(CellValue):
        update: str

    base = many_outlets(2)
    value = ValuePlus(**{**_count(412, "412").model_dump(), "update": "updated figure"})
    row = RowPlus(**{**base.rows[0].model_dump(), "cells": [Cell(source="o0", values=[value]), Cell(source="o1")],
                     "confidence": "high", "marks": ["shared text"]})
    source = SourcePlus(**{**base.sources[0].model_dump(), "originator": "Wire A", "shared_text_group": "group 1"})
    report = base.model_copy(update={"rows": [row], "sources": [source, base.sources[1]]})
    html = render(report, "html", articles={})
    assert '<span class="tag">confidence high</span>' in html
    assert '<span class="tag">shared text</span>' in html
    assert "originator: Wire A" in html and "shared text: group 1" in html
    assert '<span class="tag">updated figure</span>' in html


def test_a_numeric_confidence_is_marked_only_below_certainty():
    class RowPlus(Row):
        confidence: float | None = None

    base = many_outlets(3)
    unsure = RowPlus(**{**base.rows[0].model_dump(), "confidence": 0.724})
    sure = RowPlus(**{**base.rows[1].model_dump(), "confidence": 1.0})
    page = build_page(base.model_copy(update={"rows": [unsure, sure]}))
    assert [f.confidence for f in page.rows] == ["match confidence 0.72", None]
