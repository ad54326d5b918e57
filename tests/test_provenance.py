"""Weighing the sources: shared text, originators, reporting time, updates, self-contradiction."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from srccompare import compare_paths, render
from srccompare.article import Published, SourceInfo
from srccompare.claim import Claim
from srccompare.pipeline import compare_summaries
from srccompare.provenance import (
    find_originator, live_entries, publication_interval, shared_text_groups, shingles, text_overlap,
)
from srccompare.sources import read_article
from srccompare.summaries import SourceSummary
from srccompare.values import Quantity

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _row(report, field):
    return next(r for r in report.rows if r.field == field)


def _texts(folder: str) -> dict[str, str]:
    out = {}
    for path in sorted((FIXTURES / folder).glob("*.md")):
        if path.name != "EXPECTED.md":
            out[path.stem] = read_article(path).text
    return out


# ---------------------------------------------------------------- originators


@pytest.mark.parametrize("text,originator", [
    ("ATHENS (Reuters) - Greek officials said on Monday ...", "Reuters"),
    ("MEDAN, Indonesia, March 11 (Archipelago Wire) - At least 41 people ...", "Archipelago Wire"),
    ("KYIV, Jan 3 (AFP) – Ukraine said ...", "AFP"),
    ("By AFP\n\nThe flood waters rose again on Tuesday.", "AFP"),
    ("The storm hit the coast on Tuesday.\n\n— AP", "AP"),
    ("The storm hit the coast on Tuesday.\n\nReuters contributed to this report.", "Reuters"),
    ("Twelve people died, according to the Associated Press.", "AP"),
    ("Twelve people died, according to police.", None),
    ("The ap said nothing; a tap dripped.", None),
    ("Twelve people died on Monday.", None),
])
def test_originator_from_dateline_byline_credit_or_attribution(text, originator):
    assert find_originator(text) == originator


# ---------------------------------------------------------------- shared text


def test_the_wire_text_and_its_three_rewrites_form_one_group_and_the_independent_outlet_none():
    texts = _texts("wire-copies-sample")
    groups = shared_text_groups(texts)
    assert groups == [["afp-wire", "city-pulse", "daily-courier", "metro-herald"]]


def test_a_light_rewrite_and_a_trimmed_copy_overlap_a_lot_and_the_independent_text_barely():
    texts = _texts("wire-copies-sample")
    wire = shingles(texts["afp-wire"])
    _, _, rewrite = text_overlap(wire, shingles(texts["metro-herald"]))
    _, _, trimmed = text_overlap(wire, shingles(texts["city-pulse"]))
    _, _, own = text_overlap(wire, shingles(texts["harbour-gazette"]))
    assert rewrite > 0.5 and trimmed > 0.9 and own < 0.1


def test_independent_reports_of_one_event_are_not_grouped():
    assert shared_text_groups(_texts("rising-toll-sample")) == []
    assert shared_text_groups(_texts("headline-body-sample")) == []


def test_groups_do_not_depend_on_input_order():
    texts = _texts("wire-copies-sample")
    backwards = dict(reversed(list(texts.items())))
    assert sorted(map(sorted, shared_text_groups(backwards))) == sorted(map(sorted, shared_text_groups(texts)))


# ---------------------------------------------------------------- time


def test_publication_intervals_order_date_times_and_leave_a_bare_day_unordered_within_it():
    morning = publication_interval("2026-04-09T08:10:00+02:00")
    evening = publication_interval("2026-04-09T19:20:00+02:00")
    day = publication_interval("2026-04-09")
    assert morning[0] == morning[1] and morning[1] < evening[0]
    assert day[0] <= morning[0] and evening[1] <= day[1]
    assert publication_interval(None) is None and publication_interval("soon") is None


def test_live_entries_are_timestamps_at_paragraph_starts():
    text = "Live updates\n\n19:10 - New figure.\n\n16:45 - Older news.\n\nPhoto: 12:00 crowd"
    entries = live_entries(text)
    assert [minutes for _, minutes in entries] == [19 * 60 + 10, 16 * 60 + 45]
    assert live_entries("One entry only.\n\n09:00 - Start.") == []


# ---------------------------------------------------------------- the wire fixture


def test_wire_fixture_groups_originators_and_independent_support():
    report = compare_paths([FIXTURES / "wire-copies-sample"])
    sources = {s.id: s for s in report.sources}
    assert {sid for sid, s in sources.items() if s.shared_text_group == "text-1"} == \
        {"afp", "daily-courier", "metro-herald", "city-pulse"}
    assert sources["harbour-gazette"].shared_text_group is None
    assert sources["afp"].originator == "AFP" and sources["metro-herald"].originator == "AFP"
    assert sources["city-pulse"].originator is None  # grouped by its text alone
    assert [s.time_rank for s in report.sources] == [1, 4, 2, 5, 3]
    (group,) = report.shared_text
    assert group.sources == ["afp", "daily-courier", "metro-herald", "city-pulse"] and group.originator == "AFP"
    assert group.description.startswith("4 outlets carry one AFP text")

    deaths = _row(report, "deaths.count")
    assert deaths.verdict.value == "conflict"  # the values say so
    support = sorted((s.sources, s.independent, s.copies) for s in deaths.support)
    assert support == [(["afp", "daily-courier", "metro-herald", "city-pulse"], 1, 3), (["harbour-gazette"], 1, 0)]
    assert ": 1 independent report, 3 copies of AFP's text: Daily Courier, Metro Herald, City Pulse" in deaths.explanation
    assert "shared text" in deaths.marks and "update" in deaths.marks  # the Gazette reported later

    # a fact only the wire text gives: agreed by one independent report, whatever the outlet count
    copied = [r for r in report.rows if r.verdict.value == "agree"
              and {c.source for c in r.cells if c.values} == {"afp", "daily-courier", "metro-herald", "city-pulse"}]
    assert copied
    for row in copied:
        assert [(s.independent, s.copies) for s in row.support] == [(1, 3)]
        assert "Agreed by 1 independent report; 3 copies of AFP's text" in row.explanation


def test_wire_fixture_shows_groups_in_all_three_formats():
    report = compare_paths([FIXTURES / "wire-copies-sample"])
    markdown = render(report, "markdown")
    assert "text-1: 4 outlets carry one AFP text: AFP, Daily Courier, Metro Herald, City Pulse" in markdown
    assert "- Daily Courier: originator AFP; shared text text-1;" in markdown
    assert "**Reporting order:** 1. AFP" in markdown
    html = render(report, "html", articles={})
    assert "originator: AFP" in html and "shared text: text-1" in html and "Shared text text-1: 4 outlets" in html
    data = json.loads(render(report, "json"))
    assert data["shared_text"][0]["id"] == "text-1"
    row = next(r for r in data["rows"] if r["field"] == "deaths.count")
    assert sorted(s["independent"] for s in row["support"]) == [1, 1] and row["marks"]


# ---------------------------------------------------------------- the rising toll


def test_a_toll_rising_through_the_day_is_a_conflict_marked_as_an_update():
    report = compare_paths([FIXTURES / "rising-toll-sample"])
    deaths = _row(report, "deaths.count")
    assert deaths.verdict.value == "conflict"  # 23 and 31 cannot both be the toll
    assert "update" in deaths.marks
    assert [u.source for u in deaths.updates] == ["valley-radio", "northern-ledger", "regional-wire", "evening-post"]
    assert [u.value for u in deaths.updates] == ["≥ 18 person", "23 person", "31 person", "31 person"]
    assert "the later report may supersede the earlier" in deaths.explanation
    assert "(Valley Radio, 2026-04-09 08:10 +02:00)" in deaths.explanation  # both times shown
    marks = {c.source: [v.update for v in c.values] for c in deaths.cells}
    assert marks["northern-ledger"] == ["earlier report (2026-04-09 12:30 +02:00), revised later"]
    assert marks["evening-post"] == ["later report (2026-04-09 19:20 +02:00)"]
    evening = next(s for s in report.sources if s.id == "evening-post")
    assert evening.own_timeline == ["18 → 31 person (Deaths: number)"]
    assert "Evening Post itself reports that the figure rose from 18 to 31 person." in deaths.explanation
    # agreeing rows carry no update mark
    assert "update" not in _row(report, "building.count").marks


def test_update_marks_show_in_markdown_and_html():
    report = compare_paths([FIXTURES / "rising-toll-sample"])
    markdown = render(report, "markdown")
    assert "later report (2026-04-09 19:20 +02:00)" in markdown and "*Marks: update, own timeline.*" in markdown
    html = render(report, "html", articles={})
    assert '<span class="tag">update</span>' in html
    assert "earlier report (2026-04-09 12:30 +02:00), revised later" in html


def _summary(sid: str, outlet: str, published: str, *values: tuple[int, bool]) -> SourceSummary:
    day = date.fromisoformat(published[:10])
    info = SourceInfo(id=sid, outlet=outlet, title="",
                      published=Published(raw=published, precision="day", earliest=day, latest=day))
    claims = [Claim(source=sid, event="deaths", role="count", value=Quantity(low=n, high=n, unit="person"),
                    text=f"{n} people", quote=("Headline: " if in_title else "Police said ") + f"{n} people died.",
                    start=k * 40, end=k * 40 + len(f"{n} people"), in_title=in_title)
              for k, (n, in_title) in enumerate(values)]
    return SourceSummary(source=info, claims=claims)


def test_reports_of_the_same_moment_that_disagree_are_not_an_update():
    report = compare_summaries([
        _summary("a", "A", "2026-04-09T08:00:00+00:00", (18, False)),
        _summary("b", "B", "2026-04-09T08:00:00+00:00", (23, False)),
    ])
    deaths = _row(report, "deaths.count")
    assert deaths.verdict.value == "conflict" and "update" not in deaths.marks and deaths.updates == []


def test_reports_at_different_times_that_disagree_are_an_update_and_keep_the_verdict():
    report = compare_summaries([
        _summary("a", "A", "2026-04-09T08:00:00+00:00", (18, False)),
        _summary("b", "B", "2026-04-09T18:00:00+00:00", (23, False)),
    ])
    deaths = _row(report, "deaths.count")
    assert deaths.verdict.value == "conflict" and "update" in deaths.marks
    assert "18 person (A, 2026-04-09 08:00 UTC) → 23 person (B, 2026-04-09 18:00 UTC)" in deaths.explanation


# ---------------------------------------------------------------- self-contradiction


def test_a_headline_that_contradicts_its_body_is_shown_and_the_body_is_the_sources_value():
    report = compare_paths([FIXTURES / "headline-body-sample"])
    deaths = _row(report, "deaths.count")
    assert "headline contradicts body" in deaths.marks
    assert "Coastline Daily's headline (9) contradicts its own body (7 person)" in deaths.explanation
    assert deaths.verdict.value == "agree"  # by the self-contradiction rule, and said so
    assert "on all values it would be compatible" in deaths.explanation
    coastline = next(c for c in deaths.cells if c.source == "coastline-daily")
    assert [v.update for v in coastline.values if v.in_title] == ["headline contradicts the body"]
    assert "headline contradicts the body" in render(report, "markdown")


def test_a_self_contradicting_source_never_hides_a_conflict_between_two_others():
    # A's headline says 9 and its body 7; B says 9 and C says 7: B and C conflict, whatever A says
    summaries = [
        _summary("a", "A", "2026-05-21", (9, True), (7, False)),
        _summary("b", "B", "2026-05-21", (9, False)),
        _summary("c", "C", "2026-05-21", (7, False)),
    ]
    deaths = _row(compare_summaries(summaries), "deaths.count")
    assert deaths.verdict.value == "conflict"
    assert "A's headline (9 person) contradicts its own body (7 person)" in deaths.explanation


def test_without_a_contradiction_no_source_is_settled():
    summaries = [_summary("a", "A", "2026-05-21", (7, True), (7, False)), _summary("b", "B", "2026-05-21", (7, False))]
    deaths = _row(compare_summaries(summaries), "deaths.count")
    assert deaths.verdict.value == "agree" and deaths.marks == [] and deaths.updates == []
    assert [s.independent for s in deaths.support] == [2]


def test_reports_are_byte_stable():
    first = render(compare_paths([FIXTURES / "wire-copies-sample"]), "json")
    second = render(compare_paths([FIXTURES / "wire-copies-sample"]), "json")
    assert first == second


# ---------------------------------------------------------------- properties of shared-text detection

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_VOCAB = [f"w{i}" for i in range(400)]


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.sampled_from(_VOCAB), min_size=120, max_size=300, unique=True), every=st.integers(min_value=12, max_value=40),
       seed=st.integers(min_value=0, max_value=10_000))
def test_a_copy_with_one_word_in_every_dozen_changed_is_still_one_text(words, every, seed):
    original = " ".join(words)
    rewrite = " ".join(f"x{seed}-{i}" if i % every == every // 2 else w for i, w in enumerate(words))
    assert shared_text_groups({"a": original, "b": rewrite}) == [["a", "b"]]


@settings(max_examples=40, deadline=None)
@given(a=st.lists(st.sampled_from(_VOCAB[:200]), min_size=50, max_size=200),
       b=st.lists(st.sampled_from(_VOCAB[200:]), min_size=50, max_size=200))
def test_texts_without_a_common_word_are_never_one_text(a, b):
    assert shared_text_groups({"a": " ".join(a), "b": " ".join(b)}) == []


def test_two_texts_crediting_one_agency_are_one_report_without_sharing_text():
    a = _summary("a", "A", "2026-04-09", (7, False)).model_copy(
        update={"text": "ATHENS (Reuters) - Police said 7 people died when a wall fell on Monday."})
    b = _summary("b", "B", "2026-04-09", (7, False)).model_copy(
        update={"text": "Seven people died in the collapse, Reuters reported, citing the fire service."})
    c = _summary("c", "C", "2026-04-09", (7, False)).model_copy(update={"text": "Our reporter counted 7 dead."})
    report = compare_summaries([a, b, c])
    assert [s.originator for s in report.sources] == ["Reuters", "Reuters", None]
    assert [s.shared_text_group for s in report.sources] == [None, None, None] and report.shared_text == []
    deaths = _row(report, "deaths.count")
    assert [(s.independent, s.copies) for s in deaths.support] == [(2, 1)]
    assert "Agreed by 2 independent reports; 1 copy of A's text (credited to Reuters): B." in deaths.explanation


def test_a_publication_date_at_the_calendar_edge_has_no_interval():
    from srccompare.provenance import publication_interval

    assert publication_interval("0001-01-01") is None
    assert publication_interval("9999-12-31") is None
    assert publication_interval("9999") is None
