"""Property tests of the alignment and comparison logic (the list in the design's architecture)."""
from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from srccompare.claim import Claim
from srccompare.pipeline import compare_summaries
from srccompare.report.model import Report, Verdict
from srccompare.report.render import render
from srccompare.summaries import SourceSummary
from srccompare.testing import durations, quantities, summaries, time_ranges, tolerances
from srccompare.values import Quantity, Relation, Tolerance

RANK = {Verdict.AGREE: 0, Verdict.COMPATIBLE: 1, Verdict.CONFLICT: 2}


def _rows_by_field(report: Report) -> dict[str, tuple]:
    return {r.field: (r.verdict, r.explanation) for r in report.rows}


@settings(max_examples=60, deadline=None)
@given(summaries(min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_permuting_sources_permutes_columns_only(sources, rnd):
    shuffled = list(sources)
    rnd.shuffle(shuffled)
    a, b = compare_summaries(sources), compare_summaries(shuffled)
    assert _rows_by_field(a) == _rows_by_field(b)
    assert [r.field for r in a.rows] == [r.field for r in b.rows]
    for row_a, row_b in zip(a.rows, b.rows):
        assert {c.source: c.values for c in row_a.cells} == {c.source: c.values for c in row_b.cells}
        assert [c.source for c in row_b.cells] == [s.source.id for s in shuffled]


@settings(max_examples=60, deadline=None)
@given(summaries(min_size=1, max_size=1))
def test_a_summary_compared_with_itself_has_no_conflicts_or_gaps(sources):
    original = sources[0]
    twin_id = "twin"
    twin = SourceSummary(
        source=original.source.model_copy(update={"id": twin_id, "outlet": "Twin"}),
        claims=[c.model_copy(update={"source": twin_id}) for c in original.claims],
    )
    report = compare_summaries([original, twin])
    assert report.summary.conflict == 0
    assert report.summary.gap == 0


@settings(max_examples=60, deadline=None)
@given(summaries(min_size=1, max_size=4))
def test_every_claim_appears_in_exactly_one_row(sources):
    report = compare_summaries(sources)
    placed = [
        (cell.source, v.start, v.end, v.text)
        for row in report.rows for cell in row.cells for v in cell.values
    ]
    stated = [(c.source, c.start, c.end, c.text) for s in sources for c in s.claims]
    assert sorted(placed) == sorted(stated)


@settings(max_examples=60, deadline=None)
@given(summaries(min_size=2, max_size=3), tolerances(), tolerances())
def test_widening_a_tolerance_never_turns_agreement_into_conflict(sources, t1, t2):
    narrow = Tolerance(relative=min(t1.relative, t2.relative), absolute=min(t1.absolute, t2.absolute))
    wide = Tolerance(relative=max(t1.relative, t2.relative), absolute=max(t1.absolute, t2.absolute))
    roles = ["count", "date", "end", "duration", "cause", "participants", "start"]
    a = compare_summaries(sources, tolerances={r: narrow for r in roles})
    b = compare_summaries(sources, tolerances={r: wide for r in roles})
    # the design's property: an agreement never becomes a conflict. (A compatible row may: when a
    # wider tolerance reconciles a source with itself, a clash it had explained away stands.)
    # A clash that is not a confident match is split into one row per reading ("field~2"), so a
    # field may be split at one tolerance and whole at the other: then no agreeing reading of it
    # may become a conflict. (Three single-source readings kept apart at the narrow tolerance may
    # become two at the wide one, which clash: no agreement was lost.)
    wide_rows = _rows_by_field(b)
    for field, (verdict, _) in _rows_by_field(a).items():
        if field not in wide_rows:
            base = field.split("~")[0]
            if verdict is Verdict.AGREE:
                assert all(v is not Verdict.CONFLICT for f, (v, _) in wide_rows.items() if f.split("~")[0] == base), field
            continue
        wider = wide_rows[field][0]
        if verdict is Verdict.AGREE:
            assert wider is not Verdict.CONFLICT, (field, verdict, wider)
            if not any(f.startswith(field + "~") for f in wide_rows) and not any(
                    f.startswith(field + "~") for f in _rows_by_field(a)):
                assert wider is Verdict.AGREE, (field, verdict, wider)
        if verdict is Verdict.COMPATIBLE:
            assert wider is not Verdict.GAP or any(f.startswith(field + "~") for f in wide_rows), (field, verdict, wider)


def _single(source: str, value) -> SourceSummary:
    from srccompare.article import SourceInfo

    claim = Claim(source=source, event="deaths", role="count", value=value, text="x", quote="x.", start=0, end=1)
    return SourceSummary(source=SourceInfo(id=source, outlet=source.upper()), claims=[claim])


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.tuples(quantities(), quantities()), st.tuples(time_ranges(), time_ranges()),
                 st.tuples(durations(), durations())), tolerances())
def test_conflict_exactly_when_the_intervals_cannot_overlap(pair, tolerance):
    a, b = pair
    report = compare_summaries([_single("a", a), _single("b", b)], tolerances={"count": tolerance})
    (row,) = report.rows
    (alo, ahi), (blo, bhi) = a.bounds(), b.bounds()

    def widen(lo, hi):
        return (lo if math.isinf(lo) else lo - tolerance.slack(lo), hi if math.isinf(hi) else hi + tolerance.slack(hi))

    (alo, ahi), (blo, bhi) = widen(alo, ahi), widen(blo, bhi)
    overlap = alo <= bhi and blo <= ahi
    assert (row.verdict is Verdict.CONFLICT) == (not overlap)


@settings(max_examples=40, deadline=None)
@given(summaries(min_size=1, max_size=3))
def test_same_input_renders_same_bytes_and_json_round_trips(sources):
    first, second = compare_summaries(sources), compare_summaries(sources)
    for fmt in ("markdown", "html", "json"):
        assert render(first, fmt) == render(second, fmt)
    assert Report.model_validate_json(render(first, "json")) == first


def test_over_and_roughly_the_same_number_are_compatible():
    over = Quantity(low=2000, high=None, qualifier="over", stated=2000)
    about = Quantity(low=1800, high=2200, qualifier="about", stated=2000)
    assert over.relation(about, Tolerance()) is Relation.OVERLAP
