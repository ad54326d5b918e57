"""Weighing rows and annotating the report: independent support, update marks, settled revisions.

Part of ``srccompare.provenance`` (see its docstring): ``weigh_row`` rewrites the rows of one
aligned fact with what the context and the settling rule say; ``annotate_report`` adds group,
originator, time rank and own timeline to the report's sources.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Mapping, Sequence

from ..alignment import AlignedRow
from ..alignment.confidence import confident_clash
from ..claim import Claim
from ..comparison import compare_claims, source_relation
from ..report.model import Cell, Report, Row, SharedText, TimedValue, ValueSupport, Verdict
from ..values import Relation, Tolerance
from .context import ProvenanceContext
from .settling import _REVISED_ROLES, _describe, _settle_source, _tolerance
from .timeline import _before, _direction, _own_figures


def _with(rows_cells: Sequence[Cell], marks: Mapping[tuple[str, int, int, bool], str]) -> list[Cell]:
    out = []
    for cell in rows_cells:
        values = [v.model_copy(update={"update": marks[(cell.source, v.start, v.end, v.in_title)]})
                  if (cell.source, v.start, v.end, v.in_title) in marks and v.update is None else v for v in cell.values]
        out.append(cell.model_copy(update={"values": values}))
    return out


def _support(ctx: ProvenanceContext, row: Row, claims: Mapping[str, Sequence[Claim]],
             tolerance: Tolerance) -> list[ValueSupport]:
    """Sources per value (values that are the same within tolerance count as one), and how many
    of them are independent reports."""
    groups: list[tuple[Claim, list[str]]] = []
    for cell in row.cells:
        keep = {(v.start, v.end, v.in_title) for v in cell.values}
        for claim in claims.get(cell.source) or []:
            if (claim.start, claim.end, claim.in_title) not in keep:
                continue
            home = next((g for g in groups if claim.value.relation(g[0].value, tolerance) is Relation.SAME), None)
            if home is None:
                groups.append((claim, [cell.source]))
            elif cell.source not in home[1]:
                home[1].append(cell.source)
    out = []
    for claim, sources in groups:
        sources = sorted(sources, key=ctx.time_key)
        clusters = {ctx.cluster_of.get(s, -1 - i) for i, s in enumerate(sources)}
        out.append(ValueSupport(value=claim.value.describe(), sources=sources, independent=len(clusters),
                                copies=len(sources) - len(clusters)))
    return out


def _support_note(ctx: ProvenanceContext, row: Row, support: Sequence[ValueSupport]) -> str:
    """"Agreed by 2 independent reports; 3 copies of one of them." when copies change the count."""
    if not any(s.copies for s in support):
        return ""

    def reports(n: int) -> str:
        return f"{n} independent report{'s' if n != 1 else ''}"

    def copies(s: ValueSupport) -> str:
        clusters: dict[int, list[str]] = {}
        for sid in s.sources:
            clusters.setdefault(ctx.cluster_of.get(sid, -1), []).append(sid)
        parts = []
        for members in clusters.values():
            if len(members) > 1:
                origin = next((ctx.originators[m] for m in members if ctx.originators.get(m)), None)
                first, rest = ctx.names.get(members[0], members[0]), [ctx.names.get(m, m) for m in members[1:]]
                credit = f" (credited to {origin})" if origin and origin.casefold() != first.casefold() else ""
                parts.append(f"{len(rest)} cop{'ies' if len(rest) > 1 else 'y'} of {first}'s text{credit}: "
                             f"{', '.join(rest)}")
        return "; ".join(parts)

    if row.verdict is Verdict.AGREE and len(support) == 1:
        s = support[0]
        return f" Agreed by {reports(s.independent)}; {copies(s)}."
    parts = []
    for s in support:
        extra = copies(s)
        parts.append(f"{s.value}: {reports(s.independent)}" + (f", {extra}" if extra else ""))
    return " Independent support: " + "; ".join(parts) + "."


def _short_time(raw: str | None) -> str:
    """"2026-04-09 08:10 +02:00" for a date-time as given; a day or a month as it is."""
    if not raw:
        return "date unknown"
    match = re.match(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$", raw.strip())
    if not match:
        return raw
    zone = match.group(3)
    return f"{match.group(1)} {match.group(2)}" + (" UTC" if zone in ("Z", "+00:00") else f" {zone}" if zone else "")


def _updates(ctx: ProvenanceContext, current: Mapping[str, Sequence[Claim]], tolerance: Tolerance
             ) -> tuple[list[TimedValue], dict[str, str], str]:
    """Reports at different times that give different values of one count: the values in
    publication order, a mark per source, and the sentence for the explanation."""
    stating = [sid for sid, claims in current.items() if claims]
    # an update needs every pair of reports that disagree to be published one after the other:
    # two reports of the same hour (or of unknown time) that disagree are a conflict, not a revision
    clashes = [(a, b) for i, a in enumerate(stating) for b in stating[i + 1:]
               if source_relation(current[a], current[b], tolerance) is Relation.DISJOINT]
    if not clashes or not all(_before(ctx.intervals.get(a), ctx.intervals.get(b)) or
                              _before(ctx.intervals.get(b), ctx.intervals.get(a)) for a, b in clashes):
        return [], {}, ""
    ordered = sorted(stating, key=ctx.time_key)
    timed = [TimedValue(source=sid, published=ctx.published.get(sid), value=_describe(current[sid], tolerance)) for sid in ordered]
    marks = {}
    for sid in ordered:
        later = [b for b in ordered if _before(ctx.intervals.get(sid), ctx.intervals.get(b))
                 and source_relation(current[sid], current[b], tolerance) is Relation.DISJOINT]
        earlier = [a for a in ordered if _before(ctx.intervals.get(a), ctx.intervals.get(sid))
                   and source_relation(current[a], current[sid], tolerance) is Relation.DISJOINT]
        if later:
            marks[sid] = f"earlier report ({_short_time(ctx.published.get(sid))}), revised later"
        elif earlier:
            marks[sid] = f"later report ({_short_time(ctx.published.get(sid))})"
    steps: list[tuple[str, str, list[str]]] = []  # (value in words, source, who)
    for tv in timed:
        label = f"{ctx.names.get(tv.source, tv.source)}, {_short_time(tv.published)}"
        if steps and source_relation(current[steps[-1][1]], current[tv.source], tolerance) is Relation.SAME:
            steps[-1][2].append(label)
        else:
            steps.append((tv.value, tv.source, [label]))
    chain = " → ".join(f"{value} ({'; '.join(who)})" for value, _, who in steps)
    note = (f" Update: reports published at different times give {chain}; the later report may supersede the "
            "earlier (the verdict is what the values say).")
    return timed, marks, note


def weigh_row(aligned: AlignedRow, rows: Sequence[Row], ctx: ProvenanceContext) -> list[Row]:
    """The rows ``_row`` made of one aligned fact, with independent support, update marks and
    each source's own revisions settled (the self-contradiction rule, see the module's doc)."""
    if not rows:
        return list(rows)
    claims = {sid: list(aligned.claims.get(sid, [])) for sid in ctx.order}
    first = next((c for cs in claims.values() for c in cs), None)
    if first is None:
        return list(rows)
    role = first.role
    tolerance = _tolerance(ctx, aligned, role)
    settled = {sid: s for sid, cs in claims.items() if (s := _settle_source(ctx, sid, cs, tolerance)) is not None}
    current = {sid: (settled[sid].current if sid in settled else cs) for sid, cs in claims.items()}
    value_marks: dict[tuple[str, int, int, bool], str] = {}
    for sid, s in settled.items():
        for c in claims[sid]:
            if id(c) in s.superseded:
                value_marks[(sid, c.start, c.end, c.in_title)] = s.superseded[id(c)]
    # own timeline from the text: "31 people ..., up from 18"
    own_notes = []
    for sid, cs in claims.items():
        text = ctx.texts.get(sid, "") if role in _REVISED_ROLES else ""
        for c in cs:
            for figure in _own_figures(text, c):
                entry = f"{figure} → {c.value.describe()} ({aligned.label})"
                if entry not in ctx.own_timeline.setdefault(sid, []):
                    ctx.own_timeline[sid].append(entry)
                    own_notes.append((sid, f"{ctx.names.get(sid, sid)} itself reports that the figure "
                                           f"{_direction(figure, c)} {figure} to {c.value.describe()}."))
    timed, update_marks, update_note = ([], {}, "")
    if role in _REVISED_ROLES:
        timed, update_marks, update_note = _updates(ctx, current, tolerance)
    for sid, mark in update_marks.items():
        for c in current[sid]:
            value_marks.setdefault((sid, c.start, c.end, c.in_title), mark)
    out = []
    single = len(rows) == 1
    for row in rows:
        update: dict = {}
        marks = list(row.marks)
        explanation = row.explanation
        stating_here = {c.source for c in row.cells if c.values}
        here_settled = [sid for sid in ctx.order if sid in settled and sid in stating_here]
        if here_settled:
            verdict = row.verdict
            blocked = False
            if single:
                everyone = {sid: current[sid] for sid in sorted(ctx.order)}
                judged = compare_claims(everyone, ctx.names, tolerance)
                if judged.verdict is Verdict.CONFLICT and row.verdict is not Verdict.CONFLICT:
                    # the rule may reveal a clash between two other sources that a self-contradicting
                    # source hid; a settled source's own current value alone never makes a conflict
                    # (its body may speak of another thing than its headline)
                    others = [sid for sid in sorted(ctx.order) if current[sid] and sid not in settled]
                    clean = any(source_relation(current[a], current[b], tolerance) is Relation.DISJOINT
                                for i, a in enumerate(others) for b in others[i + 1:])
                    sure, _, _ = confident_clash(everyone, tolerance, ctx.published_days)
                    if not (clean and sure):
                        judged, blocked = None, True
                if judged is not None and judged.verdict is not row.verdict:
                    verdict = judged.verdict
                    explanation = judged.explanation
            if blocked:
                notes = " ".join(settled[sid].note for sid in here_settled) + (
                    " A source's own current value alone is not taken as a conflict with another source.")
            else:
                notes = " ".join(f"{settled[sid].note} {settled[sid].judged}" for sid in here_settled)
            if verdict is not row.verdict:
                notes += f" (Verdict by the self-contradiction rule; on all values it would be {row.verdict.value}.)"
            explanation = f"{explanation} {notes}"
            update["verdict"] = verdict
            for sid in here_settled:
                if settled[sid].mark not in marks:
                    marks.append(settled[sid].mark)
        if timed:
            here = [t for t in timed if t.source in stating_here] if not single else timed
            if single or len(here) >= 1:
                explanation += update_note
                update["updates"] = timed
                if "update" not in marks:
                    marks.append("update")
        own = [note for sid, note in own_notes if sid in stating_here]
        if own:
            explanation += " " + " ".join(own)
            if "own timeline" not in marks:
                marks.append("own timeline")
        support = _support(ctx, row, claims, tolerance)
        explanation += _support_note(ctx, row.model_copy(update={"verdict": update.get("verdict", row.verdict)}), support)
        if value_marks:
            update["cells"] = _with(row.cells, value_marks)
        if any(s.copies for s in support) and "shared text" not in marks:
            marks.append("shared text")
        update.update({"explanation": explanation, "support": support, "marks": marks})
        out.append(row.model_copy(update=update))
    return out

# ---------------------------------------------------------------- sources


def annotate_report(report: Report, ctx: ProvenanceContext) -> Report:
    """The report's sources with originator, shared-text group, time rank and own timeline, and
    the shared-text groups described."""
    # rank: 1 + how many sources were surely published before it (ties where the order is unknown)
    known = [sid for sid in ctx.order if ctx.intervals.get(sid)]
    ends = sorted(ctx.intervals[sid][1] for sid in known)
    rank = {sid: 1 + bisect_left(ends, ctx.intervals[sid][0]) for sid in known}  # ends strictly before the start
    sources = [s.model_copy(update={
        "originator": ctx.originators.get(s.id),
        "shared_text_group": ctx.group_of.get(s.id),
        "time_rank": rank.get(s.id),
        "own_timeline": list(ctx.own_timeline.get(s.id, [])),
    }) for s in report.sources]
    shared = []
    for k, group in enumerate(ctx.groups, start=1):
        origins = [ctx.originators[s] for s in group if ctx.originators.get(s)]
        origin = max(dict.fromkeys(origins), key=origins.count) if origins else None
        what = f"one {origin} text" if origin else "one text"
        shared.append(SharedText(id=f"text-{k}", sources=group, originator=origin,
                                 description=f"{len(group)} outlets carry {what}: "
                                             f"{', '.join(ctx.names.get(s, s) for s in group)}"))
    return report.model_copy(update={"sources": sources, "shared_text": shared})
