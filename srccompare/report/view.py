"""Arrange a ``Report`` for reading: the step between the model and the templates.

``build_view(report)`` turns the immutable report into view models that templates only walk
through: rows in reading order (conflicts, then gaps, compatible, agree; per-entity sub-rows
grouped under their parent; then by field), stable anchors made from the field (never
``hash()``, so the same report always gives the same ids), verdict labels and badges, one
column per source (outlet and publication date) and a summary line. Nothing here decides a
verdict or formats markup: the report already holds the decisions, the templates hold the markup.
"""
from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, ConfigDict

from .model import VERDICT_ORDER, CellValue, Report, ReportSource, Row, Verdict

__all__ = [
    "VERDICT_STYLES",
    "CellView",
    "ReportView",
    "RowView",
    "SourceColumn",
    "SummaryItem",
    "SummaryView",
    "ValueView",
    "VerdictStyle",
    "build_view",
    "order_rows",
    "shorten_quote",
    "slugify",
    "split_quote",
]

SHORT_QUOTE_WIDTH = 160  # characters of a quote shown in a table cell
MAX_NESTING = 8  # parent chains longer than this are cut (guards against cycles)

_NON_WORD = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")


class VerdictStyle(BaseModel):
    """How a verdict reads: a label, a short badge for tight cells, a plural and a legend line."""

    model_config = ConfigDict(frozen=True)

    verdict: Verdict
    label: str  # "Conflict"
    badge: str  # "CONFLICT": short, upper case, for table cells
    singular: str  # "conflict": for "1 conflict"
    plural: str  # "conflicts": for "3 conflicts"
    meaning: str  # one line for the legend


VERDICT_STYLES: dict[Verdict, VerdictStyle] = {
    Verdict.CONFLICT: VerdictStyle(
        verdict=Verdict.CONFLICT, label="Conflict", badge="CONFLICT", singular="conflict",
        plural="conflicts", meaning="at least two sources give values that cannot all be true",
    ),
    Verdict.GAP: VerdictStyle(
        verdict=Verdict.GAP, label="Gap", badge="GAP", singular="gap", plural="gaps",
        meaning="only one source states this; the others are silent",
    ),
    Verdict.COMPATIBLE: VerdictStyle(
        verdict=Verdict.COMPATIBLE, label="Compatible", badge="COMPATIBLE", singular="compatible",
        plural="compatible", meaning="the values can all be true, stated at different precision",
    ),
    Verdict.AGREE: VerdictStyle(
        verdict=Verdict.AGREE, label="Agree", badge="AGREE", singular="agree", plural="agree",
        meaning="the sources that state it give the same value",
    ),
}


class SourceColumn(BaseModel):
    """One source as a column of the findings table, and as a line of the sources table."""

    model_config = ConfigDict(frozen=True)

    id: str
    outlet: str
    published: str  # the date as given, or "undated"
    title: str
    url: str | None
    warnings: tuple[str, ...]
    name: str  # the outlet, with the source id added when two columns share an outlet
    header: str  # "Reuters · 2022-01-13"
    known: bool = True  # False for a source id that cells name but the report's sources lack


class ValueView(BaseModel):
    """One value as a cell shows it: the words, a short quote, and the full quote split for marking."""

    model_config = ConfigDict(frozen=True)

    text: str
    quote: str
    short_quote: str
    quote_before: str  # quote split around the value's words, so a template can mark them
    quote_match: str  # empty when the words are not found in the quote
    quote_after: str
    in_title: bool
    derived: str | None
    attribution: str | None
    hedged: bool
    start: int
    end: int
    update: str | None = None  # a provenance mark ("earlier report, ..."), when the report gives one


class CellView(BaseModel):
    """What one source says of one fact; ``silent`` when it says nothing."""

    model_config = ConfigDict(frozen=True)

    source: SourceColumn
    values: tuple[ValueView, ...]
    silent: bool


class RowView(BaseModel):
    """One fact in reading order, with everything a template shows of it."""

    model_config = ConfigDict(frozen=True)

    field: str
    label: str
    anchor: str  # unique within the report, made from the field
    verdict: Verdict
    style: VerdictStyle
    explanation: str
    cells: tuple[CellView, ...]  # one per column, in column order
    parent: str | None
    parent_label: str | None  # the parent row's label (or the row's own label without its member)
    depth: int  # 0 for a top-level fact, 1 for a per-entity sub-row, ...
    follows_parent: bool  # the row above is its parent or a sibling: no need to repeat the parent


class SummaryItem(BaseModel):
    """One verdict's count, as the summary shows it."""

    model_config = ConfigDict(frozen=True)

    style: VerdictStyle
    count: int
    text: str  # "3 conflicts"


class SummaryView(BaseModel):
    """The verdict counts in verdict order and the line that says them."""

    model_config = ConfigDict(frozen=True)

    items: tuple[SummaryItem, ...]
    line: str  # "2 conflicts, 1 gap, 3 compatible, 4 agree"
    total: int


class ReportView(BaseModel):
    """Everything the templates read."""

    model_config = ConfigDict(frozen=True)

    title: str
    columns: tuple[SourceColumn, ...]
    rows: tuple[RowView, ...]
    summary: SummaryView
    warnings: tuple[str, ...]  # report-wide warnings, each once, in the report's order
    unreadable: tuple[tuple[str, str], ...] = ()  # (path, problem) of each file left out
    legend: tuple[VerdictStyle, ...]
    tool: str
    version: str


def slugify(text: str) -> str:
    """A lower-case id fragment: runs of anything but letters and digits become one hyphen.

    Letters outside ASCII lose their accents where Unicode can split them off and are kept
    otherwise, so "contingents/Kyrgyzstan" → "contingents-kyrgyzstan" and "Łódź" → "łodz".
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub("-", stripped.casefold()).strip("-")


def unique_anchors(fields: list[str], prefix: str = "row-") -> list[str]:
    """One anchor per field, in order; a clash gets "-2", "-3"... so ids stay unique."""
    seen: set[str] = set()
    anchors: list[str] = []
    for field in fields:
        base = prefix + (slugify(field) or "fact")
        anchor, n = base, 1
        while anchor in seen:
            n += 1
            anchor = f"{base}-{n}"
        seen.add(anchor)
        anchors.append(anchor)
    return anchors


def split_quote(quote: str, text: str) -> tuple[str, str, str]:
    """Split ``quote`` around the first occurrence of ``text`` (exact, then ignoring case).

    Returns (before, match, after); match is empty (and before the whole quote) when the
    value's words are not in the quote.
    """
    if text:
        at = quote.find(text)
        if at < 0:
            lowered = quote.lower()
            if len(lowered) == len(quote):  # lower() kept the offsets
                at = lowered.find(text.lower())
        if at >= 0:
            return quote[:at], quote[at : at + len(text)], quote[at + len(text) :]
    return quote, "", ""


def shorten_quote(quote: str, text: str, width: int = SHORT_QUOTE_WIDTH) -> str:
    """The quote on one line, cut to about ``width`` characters around the value's words.

    Cuts fall on spaces where possible and are marked with "…".
    """
    flat = _SPACES.sub(" ", quote).strip()
    if len(flat) <= width:
        return flat
    before, match, _ = split_quote(flat, _SPACES.sub(" ", text).strip())
    centre = len(before) + len(match) // 2 if match else 0
    start = max(0, min(centre - width // 2, len(flat) - width))
    end = min(len(flat), start + width)
    if start > 0:
        space = flat.find(" ", start, start + 20)
        start = space + 1 if space >= 0 else start
    if end < len(flat):
        space = flat.rfind(" ", end - 20, end)
        end = space if space > start else end
    return ("…" if start > 0 else "") + flat[start:end].strip() + ("…" if end < len(flat) else "")


def _source_columns(report: Report) -> list[SourceColumn]:
    """Columns for the report's sources, then for any source id that only the cells name."""
    sources: list[ReportSource] = list(report.sources)
    known_ids = {s.id for s in sources}
    extra: list[str] = []
    for row in report.rows:
        for cell in row.cells:
            if cell.source not in known_ids and cell.source not in extra:
                extra.append(cell.source)
    outlets = [s.outlet or s.id for s in sources] + extra
    shared = {o for o in outlets if outlets.count(o) > 1}
    columns: list[SourceColumn] = []
    for s in sources:
        outlet = s.outlet or s.id
        name = f"{outlet} [{s.id}]" if outlet in shared else outlet
        published = s.published or s.published_as_given or "undated"
        columns.append(
            SourceColumn(
                id=s.id, outlet=outlet, published=published, title=s.title, url=s.url,
                warnings=tuple(s.warnings), name=name, header=f"{name} · {published}",
            )
        )
    for source_id in extra:
        columns.append(
            SourceColumn(
                id=source_id, outlet=source_id, published="undated", title="", url=None,
                warnings=("not among the report's sources",), name=source_id, header=source_id,
                known=False,
            )
        )
    return columns


def _value_view(value: CellValue) -> ValueView:
    before, match, after = split_quote(value.quote, value.text)
    return ValueView(
        text=value.text, quote=value.quote, short_quote=shorten_quote(value.quote, value.text),
        quote_before=before, quote_match=match, quote_after=after, in_title=value.in_title,
        derived=value.derived, attribution=value.attribution, hedged=value.hedged,
        start=value.start, end=value.end, update=getattr(value, "update", None),
    )


def _cell_views(row: Row, columns: list[SourceColumn]) -> tuple[CellView, ...]:
    """One cell per column; values a row gives twice for one source are joined in order."""
    by_source: dict[str, list[CellValue]] = {}
    for cell in row.cells:
        by_source.setdefault(cell.source, []).extend(cell.values)
    cells = []
    for column in columns:
        values = tuple(_value_view(v) for v in by_source.get(column.id, []))
        cells.append(CellView(source=column, values=values, silent=not values))
    return tuple(cells)


def _lineage(row: Row, by_field: dict[str, Row]) -> tuple[str, ...]:
    """The fields from the outermost known ancestor down to the row itself.

    A parent missing from the report still groups its children (it heads the lineage).
    """
    path = [row.field]
    parent = row.parent
    while parent is not None and parent not in path and len(path) <= MAX_NESTING:
        path.append(parent)
        ancestor = by_field.get(parent)
        parent = ancestor.parent if ancestor is not None else None
    return tuple(reversed(path))


def order_rows(rows: list[Row]) -> list[Row]:
    """Rows in reading order: by verdict (conflicts first), then grouped under their parent, then by field.

    Within one verdict a sub-row comes straight after its parent (or after its siblings under
    the parent's field when the parent has another verdict). The sort is stable, so rows the
    key cannot tell apart keep the report's order.
    """
    by_field: dict[str, Row] = {}
    for row in rows:
        by_field.setdefault(row.field, row)
    return sorted(rows, key=lambda r: (VERDICT_ORDER[r.verdict], _lineage(r, by_field)))


def _summary_view(report: Report) -> SummaryView:
    counts = report.summary
    items = []
    for verdict in sorted(VERDICT_STYLES, key=VERDICT_ORDER.__getitem__):
        style = VERDICT_STYLES[verdict]
        n = getattr(counts, verdict.value)
        items.append(SummaryItem(style=style, count=n, text=f"{n} {style.singular if n == 1 else style.plural}"))
    return SummaryView(
        items=tuple(items), line=", ".join(i.text for i in items), total=sum(i.count for i in items)
    )


def _title(columns: list[SourceColumn]) -> str:
    """ "How Reuters, AP and Meduza report the event" — the title names the sources."""
    names = [c.outlet for c in columns if c.known]
    names = list(dict.fromkeys(names))  # one outlet with two articles is named once
    if not names:
        return "Source comparison"
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"Source comparison: {listed}"


def build_view(report: Report) -> ReportView:
    """Arrange ``report`` for the templates: columns, ordered rows with anchors, summary, warnings."""
    columns = _source_columns(report)
    ordered = order_rows(list(report.rows))
    anchors = unique_anchors([r.field for r in ordered])
    labels: dict[str, str] = {}
    for row in report.rows:
        labels.setdefault(row.field, row.label)
    by_field: dict[str, Row] = {}
    for row in report.rows:
        by_field.setdefault(row.field, row)

    rows: list[RowView] = []
    previous: tuple[str, ...] = ()  # the lineage of the row above
    for row, anchor in zip(ordered, anchors):
        lineage = _lineage(row, by_field)
        follows = row.parent is not None and row.parent in previous
        rows.append(
            RowView(
                field=row.field, label=row.label, anchor=anchor, verdict=row.verdict,
                style=VERDICT_STYLES[row.verdict], explanation=row.explanation,
                cells=_cell_views(row, columns), parent=row.parent,
                parent_label=None if row.parent is None else labels.get(row.parent, _family_label(row)),
                depth=len(lineage) - 1, follows_parent=follows,
            )
        )
        previous = lineage

    return ReportView(
        title=_title(columns),
        columns=tuple(columns),
        rows=tuple(rows),
        summary=_summary_view(report),
        warnings=tuple(dict.fromkeys(report.warnings)),
        unreadable=tuple((u.path, u.problem) for u in report.unreadable),
        legend=tuple(VERDICT_STYLES[v] for v in sorted(VERDICT_STYLES, key=VERDICT_ORDER.__getitem__)),
        tool=report.tool,
        version=report.version,
    )


def _family_label(row: Row) -> str:
    """A name for the group a sub-row belongs to when no row of its own holds it:
    "Parties: countries taking part — Armenia" belongs to "Parties: countries taking part"."""
    return row.label.rsplit(" — ", 1)[0] if " — " in row.label else row.parent or row.label
