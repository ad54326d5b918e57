"""The whole flow as pure functions: paths → articles → summaries → rows → report.

``summarize_article`` reads one article into a ``SourceSummary`` (text → mentions → claims);
``compare_summaries`` reasons per source, aligns across sources, judges each row and builds
the ``Report``. ``summarize_paths`` and ``compare_paths`` add file reading in front.
"""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import Callable, Mapping, Sequence

from .alignment import AlignedRow, align
from .alignment.confidence import confident_clash, in_lead, value_groups
from .alignment.names import sweep_names
from .article import Article, SourceInfo
from .claim import Claim
from .claims import build_claims
from .claims.people import settle_names, settle_entity_types
from .comparison import compare_claims
from .errors import SkippedFileWarning, UsageError
from .nlp import parse
from .bounds import resolvable_publication
from .intake import calendar_warnings, input_warnings, language_warning, take_in, unreadable_entries
from .linear import gc_paused
from .provenance import annotate_report, build_context, weigh_row
from .reading import read_text
from .reasoning import reconcile_schedules
from .report.model import VERDICT_ORDER, Cell, CellValue, Report, ReportSource, Row, Summary, Verdict
from .summaries import SourceSummary
from .values import Tolerance

__all__ = ["summarize_article", "summarize_paths", "compare_summaries", "compare_paths", "DEFAULT_TOLERANCES"]

# how far apart two values of a role may be and still agree; every other role: exact
DEFAULT_TOLERANCES: dict[str, Tolerance] = {}


def _document_time(source: SourceInfo) -> tuple:
    published = source.published
    if published is None or not resolvable_publication(published.earliest):  # see bounds.py
        return None, "day"
    return published.earliest, published.precision


@gc_paused()  # linear time on long articles: see linear.py
def summarize_article(article: Article) -> SourceSummary:
    """Every claim an article makes, in its title and its body."""
    dct, precision = _document_time(article.source)
    claims: list[Claim] = []
    warnings = list(article.source.warnings) + input_warnings(article.source)
    foreign = language_warning(article.text, article.source.path or article.source.outlet)
    if foreign:
        warnings.append(foreign)
    published = article.source.published
    if published is not None and published.precision != "day":
        warnings.append(f"publication date known only to the {published.precision} ({published.raw}): "
                        "weekdays and relative dates are resolved only as far as that allows")
    title = article.title.strip()
    # many pages repeat the headline as the body's first line: read it once, from the body
    title_in_body = bool(title) and article.text.lstrip().startswith(title)
    for text, in_title in ((article.title, True), (article.text, False)):
        if not text.strip() or (in_title and title_in_body):
            continue
        doc = parse(text)  # one parse, read by the tagger and the claim rules
        reading = read_text(text, in_title=in_title, dct=dct, dct_precision=precision, doc=doc)
        doc = doc if reading.sentences else None
        claims.extend(build_claims(reading, article.source.id, dct, doc))
        if not in_title and not reading.sentences:
            warnings.append("no article text left once boilerplate was set aside")
        elif not in_title and reading.dropped:
            warnings.append(f"{reading.dropped} sentence{'s' if reading.dropped != 1 else ''} set aside as page "
                            "furniture (teasers, link lists, appeals, forms); they make no claims")
    warnings.extend(calendar_warnings(claims, article.source.path or article.source.outlet))
    return SourceSummary(source=article.source, claims=settle_names(claims), warnings=warnings, text=article.text)


Progress = Callable[..., None]  # progress(done, total, ...): articles done, articles in all


def summarize_paths(paths: Sequence[str | Path] | str | Path, *, workers: int | None = None,
                    strict: bool = True, progress: Progress | None = None) -> list[SourceSummary]:
    """Read articles (and reviewed summaries) and summarise each article's claims.

    ``workers`` processes summarise many articles in parallel (default: one per core). A file
    that cannot be read raises its ``InputError``; with ``strict=False`` it is left out instead,
    never silently: each one left out is a ``SkippedFileWarning`` naming the file and the problem
    (``intake.take_in`` returns the errors themselves). ``progress(done, total, path,
    characters)`` is called before each article.
    """
    intake = take_in(_as_paths(paths), strict=strict, workers=workers, progress=progress)
    for failure in intake.failures:
        warnings.warn(SkippedFileWarning(f"left out {failure}"), stacklevel=2)
    return intake.summaries



def _cell_value(claim: Claim) -> CellValue:
    return CellValue(
        text=claim.text,
        quote=claim.quote,
        start=claim.start,
        end=claim.end,
        in_title=claim.in_title,
        normalized=claim.value.model_dump(mode="json"),
        derived=claim.derived,
        attribution=claim.attribution,
        hedged=claim.hedged,
    )


_UPDATED_ROLES = frozenset({"count", "amount", "share"})


def _caveats(aligned: AlignedRow, role: str, published: Mapping[str, str | None]) -> str:
    """What a reader should weigh before calling a conflict an error."""
    stating = sorted(sid for sid, claims in aligned.claims.items() if claims)
    notes = []
    days = {published.get(sid) for sid in stating}
    if role in _UPDATED_ROLES and len(days - {None}) > 1:
        notes.append("the sources were published at different times, so a figure may have been updated")
    if any(c.hedged for sid in stating for c in aligned.claims[sid]):
        notes.append("some values are plans, forecasts or hedged statements")
    return (" Note: " + "; ".join(notes) + ".") if notes else ""


def _row(aligned: AlignedRow, order: Sequence[str], names: Mapping[str, str], tolerances: Mapping[str, Tolerance],
         published: Mapping[str, str | None], leads: Mapping[str, Sequence[Claim]] | None = None) -> list[Row]:
    """The report row(s) of one aligned fact: one row, or one per group of values when a clash
    is not a confident match (loosely matched values are kept apart, never called a conflict)."""
    role = next(c.role for claims in aligned.claims.values() for c in claims)
    by_id = {sid: aligned.claims.get(sid, []) for sid in sorted(order)}  # explanations independent of input order
    tolerance = tolerances.get(aligned.field) or tolerances.get(aligned.parent or "") or tolerances.get(role) or Tolerance()
    outcome = compare_claims(by_id, names, tolerance)
    confidence: float | None = None
    if sum(1 for claims in by_id.values() if claims) >= 2:
        confidence = 1.0
    if outcome.verdict is Verdict.CONFLICT and role == "step":
        # dates of different steps of one lasting event ("the first flight left on Saturday",
        # "a third flight is planned for Tuesday") need not match
        outcome = outcome.model_copy(update={"verdict": Verdict.COMPATIBLE, "explanation": outcome.explanation.replace(
            "These cannot all be true.", "Different dates for steps within the event; they need not match.")})
    if outcome.verdict is Verdict.CONFLICT:
        confident, weight, why_not = confident_clash(by_id, tolerance, published, mixed=aligned.mixed, leads=leads)
        confidence = round(weight, 2)
        if not confident:
            return _split_row(aligned, order, names, tolerance, why_not, weight)
        outcome = outcome.model_copy(update={"explanation": outcome.explanation + _caveats(aligned, role, published)})
    cells = [Cell(source=sid, values=[_cell_value(c) for c in aligned.claims.get(sid, [])]) for sid in order]
    return [Row(field=aligned.field, label=aligned.label, parent=aligned.parent, verdict=outcome.verdict,
                explanation=outcome.explanation, cells=cells, confidence=confidence)]


def _split_row(aligned: AlignedRow, order: Sequence[str], names: Mapping[str, str], tolerance: Tolerance,
               why_not: str, weight: float) -> list[Row]:
    groups = value_groups(aligned.claims, tolerance)
    if len(groups) < 2:
        # one source gives values on both sides: nothing to split along, and no evidence of a conflict
        by_id = {sid: aligned.claims.get(sid, []) for sid in sorted(order)}
        values = compare_claims(by_id, names, tolerance).explanation.split(". ", 1)[-1]
        cells = [Cell(source=sid, values=[_cell_value(c) for c in aligned.claims.get(sid, [])]) for sid in order]
        return [Row(field=aligned.field, label=aligned.label, parent=aligned.parent, verdict=Verdict.COMPATIBLE,
                    explanation=f"Not judged a conflict: {why_not}; check the quotes. {values}", cells=cells,
                    confidence=round(weight, 2))]
    rows = []
    for k, group in enumerate(groups, start=1):
        field = aligned.field if k == 1 else f"{aligned.field}~{k}"
        by_id = {sid: (aligned.claims.get(sid, []) if sid in group else []) for sid in sorted(order)}
        outcome = compare_claims(by_id, names, tolerance)
        if outcome.verdict is Verdict.CONFLICT:
            # a group is held together by values that overlap ("in excess of $160 million" with both
            # $184 million and $200 million); the gate has not confirmed a conflict in it either
            outcome = outcome.model_copy(update={"verdict": Verdict.COMPATIBLE, "explanation": outcome.explanation.replace(
                "These cannot all be true.", "Not judged a conflict: the values are not confidently one fact; check the quotes.")})
        others = ", ".join(names.get(sid, sid) for g in groups if g is not group for sid in sorted(g))
        note = (f" Kept apart from the value{'s' if len(groups) > 2 else ''} of {others} for what looks like the same fact: "
                f"{why_not}.")
        cells = [Cell(source=sid, values=[_cell_value(c) for c in by_id[sid]]) for sid in order]
        label = aligned.label if k == 1 else f"{aligned.label} (reading {k})"
        rows.append(Row(field=field, label=label, parent=aligned.parent, verdict=outcome.verdict,
                        explanation=outcome.explanation + note, cells=cells,
                        confidence=1.0 if len(group) > 1 else None))
    return rows


def _report_source(summary: SourceSummary) -> ReportSource:
    source = summary.source
    day = source.published.day if source.published is not None else None
    return ReportSource(id=source.id, outlet=source.outlet, published=day.isoformat() if day else None,
                        published_as_given=source.published.raw if source.published is not None else None,
                        title=source.title, url=source.url, path=source.path,
                        warnings=list(dict.fromkeys(summary.warnings)))


@gc_paused()  # see linear.py
def complete_names(summaries: Sequence[SourceSummary]) -> list[SourceSummary]:
    """The summaries, each with the names other sources give that its own text holds too
    (``alignment.names``); what ``extract`` writes, so a reviewed summary compares like its articles."""
    swept = sweep_names({s.source.id: s.claims for s in summaries}, {s.source.id: s.text for s in summaries})
    return [s.model_copy(update={"claims": swept[s.source.id]}) for s in summaries]


def compare_summaries(
    summaries: Sequence[SourceSummary], *, tolerances: Mapping[str, Tolerance] | None = None
) -> Report:
    """Reason per source, align across sources, judge every row, and build the report.

    ``tolerances`` are keyed by field ("deaths.count"), by the parent field of per-entity rows,
    or by role ("count"), the first that matches.
    """
    ids = [s.source.id for s in summaries]
    if len(set(ids)) != len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        files = sorted({s.source.path for s in summaries if s.source.id in twice and s.source.path})
        raise UsageError(f"two sources share the id {', '.join(twice)}" + (f" (in {', '.join(files)})" if files else ""))
    tolerances = {**DEFAULT_TOLERANCES, **(tolerances or {})}
    outlets = [s.source.outlet for s in summaries]
    names = {  # an outlet named twice is told apart by its id: "Daily Planet (daily-planet-2)"
        s.source.id: s.source.outlet if outlets.count(s.source.outlet) == 1 else f"{s.source.outlet} ({s.source.id})"
        for s in summaries
    }
    by_source = reconcile_schedules({s.source.id: s.claims for s in summaries})
    by_source = sweep_names(settle_entity_types(by_source), {s.source.id: s.text for s in summaries})
    published = {  # the day each source was published, where it is known to the day
        s.source.id: s.source.published.day.isoformat() if s.source.published and s.source.published.day else None
        for s in summaries
    }
    leads = {sid: [c for c in claims if in_lead(c)] for sid, claims in by_source.items()}  # each outlet's main facts
    weigh = build_context(summaries, names, tolerances)  # provenance: shared text, originators, times, updates
    rows = [row for aligned in align(by_source)
            for row in weigh_row(aligned, _row(aligned, ids, names, tolerances, published, leads), weigh)]
    rows.sort(key=lambda r: (VERDICT_ORDER[r.verdict], r.parent or r.field, r.field))
    counts = {v: sum(1 for r in rows if r.verdict is v) for v in Verdict}
    summary = Summary(agree=counts[Verdict.AGREE], compatible=counts[Verdict.COMPATIBLE],
                      conflict=counts[Verdict.CONFLICT], gap=counts[Verdict.GAP])
    warnings = []
    if len(summaries) < 2:
        warnings.append("only one source: every fact is a gap; give two or more articles to compare")
    for s in summaries:
        warnings.extend(f"{s.source.outlet}: {w}" for w in dict.fromkeys(s.warnings))
    report = Report(sources=[_report_source(s) for s in summaries], rows=rows, summary=summary, warnings=warnings)
    return annotate_report(report, weigh)


def compare_paths(paths: Sequence[str | Path] | str | Path, *, tolerances: Mapping[str, Tolerance] | None = None,
                  strict: bool = False, progress: Callable[[int, int, str, int], None] | None = None) -> Report:
    """Read articles or summaries from ``paths`` (one path or several) and compare them.

    A file that cannot be read or analysed is left out and listed in ``Report.unreadable``
    with the reason; with ``strict=True`` its ``InputError`` is raised instead. When no file
    can be read, ``NothingToCompareError`` (or, for a single path, that file's own error).
    """
    taken = take_in(_as_paths(paths), strict=strict, progress=progress)
    report = compare_summaries(taken.summaries, tolerances=tolerances)
    return report.model_copy(update={"warnings": [*taken.warnings, *report.warnings],
                                     "unreadable": unreadable_entries(taken.failures)})


def _as_paths(paths: Sequence[str | Path] | str | Path) -> list[str | Path]:
    """One path is a list of one, not a string of characters."""
    return [paths] if isinstance(paths, (str, Path)) else list(paths)
