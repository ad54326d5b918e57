"""The fact-centric page: a ``ReportView`` arranged for any number of outlets.

``report.view`` puts one column per source, which reads well for two to four outlets and not
at all for thirty. This module arranges the same view by fact instead: each row's values are
*grouped* ("412: 5 outlets · 380: 1 outlet, earlier report"), each group with the chips of the
outlets that give it; a source panel lists every outlet once; per-article views mark every
value in the article's own text and link it to its row; a timeline puts the dated facts and the
publication times on one axis. Templates only walk through what ``build_page`` returns.

Fields the report model may gain later (a row's ``confidence``, a source's ``originator`` or
``shared_text_group``, a value's ``update`` mark) are read with ``getattr`` and shown when
present, so the page needs no change when the model grows.

Everything here is linear in the size of the report and the articles, and deterministic: groups,
chips, spans and timeline items are ordered by the report's own order, never by hashing.
"""
from __future__ import annotations

import json
import math
from datetime import date
from typing import Any, Iterable, Mapping

from pydantic import BaseModel, ConfigDict

from .model import Report
from .view import ReportView, RowView, SourceColumn, ValueView, VerdictStyle, build_view, slugify

__all__ = [
    "ArticleText",
    "ArticleView",
    "Chip",
    "FactRow",
    "PageView",
    "SourceCard",
    "Segment",
    "TimelineItem",
    "ValueGroup",
    "build_page",
    "describe_value",
    "mark_segments",
]

_FROZEN = ConfigDict(frozen=True)


class ArticleText(BaseModel):
    """An article's title and body as the report's offsets count them."""

    model_config = _FROZEN

    title: str = ""
    text: str = ""


class Chip(BaseModel):
    """An outlet as a small label: its name, and where its value sits in the article."""

    model_config = _FROZEN

    source_id: str
    name: str
    published: str
    href: str | None = None  # the value's mark in the per-article view, when the text is there
    marks: tuple[str, ...] = ()  # "hedged", "in title", "derived", "update" ...


class QuoteView(BaseModel):
    """One quote as the expandable part of a row shows it."""

    model_config = _FROZEN

    chip: Chip
    value: ValueView


class ValueGroup(BaseModel):
    """Values that mean the same (equal normalised value), with the outlets that give them."""

    model_config = _FROZEN

    text: str  # the words as the first outlet wrote them
    meaning: str  # the normalised value in plain words ("1,800–2,200 troop")
    chips: tuple[Chip, ...]
    count: int  # outlets in the group
    count_text: str  # "5 outlets"
    note: str  # "earlier report", "latest report", or ""
    earliest: str | None = None  # for dated values: the bounds, ISO days, for the timeline
    latest: str | None = None


class FactRow(BaseModel):
    """One fact: its verdict, its grouped values, the silent outlets and the quotes on demand."""

    model_config = _FROZEN

    row: RowView
    groups: tuple[ValueGroup, ...]
    silent: tuple[Chip, ...]
    quotes: tuple[QuoteView, ...]
    outlets: str  # the ids of the outlets that state it, space-separated, for the filter
    search: str  # everything a text search should find, folded to lower case
    confidence: str | None = None  # "match confidence 0.72" when the report gives one below certainty
    marks: tuple[str, ...] = ()  # row-level marks the report may gain ("updated", "shared text")


class SourceCard(BaseModel):
    """An outlet as the source panel lists it, once."""

    model_config = _FROZEN

    column: SourceColumn
    published_as_given: str | None
    originator: str | None
    shared_group: str | None
    facts: int  # facts this outlet states
    article_anchor: str | None  # its per-article view, when the text is there
    time_rank: int | None = None  # publication order, when the report gives it
    own_timeline: tuple[str, ...] = ()  # the source's own revisions ("18 → 31 person")


class Segment(BaseModel):
    """A stretch of article text; ``anchor`` and ``href`` are set when it is a marked value."""

    model_config = _FROZEN

    text: str
    anchor: str | None = None
    href: str | None = None
    verdict: str | None = None
    label: str | None = None


class ArticleView(BaseModel):
    """One article's title and body, cut into segments around the values the report uses."""

    model_config = _FROZEN

    card: SourceCard
    anchor: str
    title: tuple[Segment, ...]
    paragraphs: tuple[tuple[Segment, ...], ...]
    marks: int


class TimelineItem(BaseModel):
    """A dated fact or a publication, on one axis."""

    model_config = _FROZEN

    when: str  # "2022-01-13" or "2022-01-13 – 2022-01-19"
    position: float  # 0–100 along the axis, by the earliest day
    kind: str  # "fact" or "published"
    label: str
    verdict: str | None
    href: str | None
    chips: tuple[Chip, ...]


class PageView(BaseModel):
    """Everything the fact-centric templates read."""

    model_config = _FROZEN

    view: ReportView
    title: str  # names up to four outlets, then counts the rest
    rows: tuple[FactRow, ...]
    sources: tuple[SourceCard, ...]
    articles: tuple[ArticleView, ...]
    timeline: tuple[TimelineItem, ...]
    timeline_span: str  # "2022-01-02 to 2022-01-23"
    legend: tuple[VerdictStyle, ...]
    shared_text: tuple[str, ...] = ()  # "4 outlets carry one AFP text: ...", when the report gives it
    by_time: tuple[SourceCard, ...] = ()  # the sources in publication order, when the report gives it


# ---------------------------------------------------------------- values in words


def _number(x: Any) -> str:
    if not isinstance(x, (int, float)):
        return str(x)
    if math.isinf(x):
        return "∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def describe_value(normalized: Mapping[str, Any], *, with_unit: bool = True) -> str:
    """A normalised value in a few plain words: "1,800–2,200 troop", "2022-01-19", "≥ 2,000"."""
    kind = normalized.get("kind")
    if kind == "quantity":
        low, high = normalized.get("low"), normalized.get("high")
        unit = normalized.get("unit") or ""
        if high is None or (isinstance(high, (int, float)) and math.isinf(high)):  # JSON keeps ∞ as null
            text = f"≥ {_number(low)}" if low is not None else "any number"
        elif low is None or (isinstance(low, (int, float)) and math.isinf(low)):
            text = f"≤ {_number(high)}"
        elif low == high:
            text = _number(low)
        else:
            text = f"{_number(low)}–{_number(high)}"
        return f"{text} {unit}".strip() if with_unit else text
    if kind == "time":
        earliest, latest = normalized.get("earliest"), normalized.get("latest")
        if earliest and latest and earliest != latest:
            return f"{earliest} to {latest}"
        if earliest or latest:
            return f"{'from ' if not latest else ''}{'by ' if not earliest else ''}{earliest or latest}"
        return "undated"
    if kind == "duration":
        low, high = normalized.get("min_days"), normalized.get("max_days")
        if low == high:
            return f"{_number(low)} days"
        return f"{_number(low)}–{_number(high)} days"
    if kind == "entity":
        return str(normalized.get("name") or normalized.get("id") or "")
    if kind == "category":
        return str(normalized.get("label") or "")
    if kind == "change":
        factor = normalized.get("factor") or {}
        subject = normalized.get("subject") or {}
        parts = [str(normalized.get("direction") or "change")]
        if factor:
            parts.append(f"×{describe_value(factor).split(' ')[0]}")
        if subject:
            parts.append(f"in {describe_value(subject)}")
        return " ".join(parts)
    return ", ".join(f"{k}: {v}" for k, v in sorted(normalized.items()) if k != "kind")


def _group_key(normalized: Mapping[str, Any]) -> str:
    return json.dumps(normalized, sort_keys=True, ensure_ascii=False, default=str)


def _count_text(n: int) -> str:
    return f"{n} outlet{'s' if n != 1 else ''}"


# ---------------------------------------------------------------- anchors


def _article_anchor(source_id: str) -> str:
    return "article-" + (slugify(source_id) or "source")


def _mark_anchor(source_id: str, in_title: bool, start: int, end: int) -> str:
    return f"{_article_anchor(source_id)}-{'t' if in_title else 'b'}{start}-{end}"


def _value_marks(value: ValueView, extra: Any = None) -> tuple[str, ...]:
    marks = []
    if value.in_title:
        marks.append("in title")
    if value.hedged:
        marks.append("hedged")
    if value.derived:
        marks.append("derived")
    if extra:
        marks.append(str(extra))
    return tuple(marks)


# ---------------------------------------------------------------- article text


def mark_segments(text: str, spans: Iterable[tuple[int, int, str, str, str, str]]) -> list[Segment]:
    """Cut ``text`` into plain and marked segments; spans are (start, end, anchor, href, verdict, label).

    Spans outside the text or overlapping one already placed are skipped (the earlier start
    wins, then the longer span), so every character is shown once. Linear after the sort.
    """
    placed: list[tuple[int, int, str, str, str, str]] = []
    for start, end, anchor, href, verdict, label in sorted(
        (s for s in spans if 0 <= s[0] < s[1] <= len(text)), key=lambda s: (s[0], -s[1], s[2])
    ):
        if placed and start < placed[-1][1]:
            continue
        placed.append((start, end, anchor, href, verdict, label))
    segments: list[Segment] = []
    at = 0
    for start, end, anchor, href, verdict, label in placed:
        if start > at:
            segments.append(Segment(text=text[at:start]))
        segments.append(Segment(text=text[start:end], anchor=anchor, href=href, verdict=verdict, label=label))
        at = end
    if at < len(text) or not segments:
        segments.append(Segment(text=text[at:]))
    return segments


def _paragraphs(segments: list[Segment]) -> tuple[tuple[Segment, ...], ...]:
    """Split plain segments at blank lines so the article reads in paragraphs."""
    paragraphs: list[list[Segment]] = [[]]
    for segment in segments:
        if segment.anchor is not None:
            paragraphs[-1].append(segment)
            continue
        pieces = segment.text.split("\n\n")
        for i, piece in enumerate(pieces):
            if i:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append(Segment(text=piece))
    return tuple(tuple(p) for p in paragraphs if any(s.text.strip() for s in p))


# ---------------------------------------------------------------- the page


def _parse_day(text: str | None) -> date | None:
    if not text or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _group_notes(groups: list[tuple[str, list[Chip]]], published: Mapping[str, date | None]) -> list[str]:
    """"earlier report" for a group all of whose outlets published before every other group's."""
    if len(groups) < 2:
        return [""] * len(groups)
    spans = []
    for _, chips in groups:
        days = [published.get(c.source_id) for c in chips]
        known = [d for d in days if d is not None]
        spans.append((min(known), max(known)) if known and len(known) == len(days) else None)
    notes = []
    for i, span in enumerate(spans):
        others = [s for j, s in enumerate(spans) if j != i]
        if span is None or any(s is None for s in others):
            notes.append("")
        elif all(span[1] < s[0] for s in others):
            notes.append("earlier report")
        elif all(span[0] > s[1] for s in others):
            notes.append("latest report")
        else:
            notes.append("")
    return notes


def _confidence_text(value: Any) -> str | None:
    """A row's confidence as a mark: only when below certainty (a sure match needs no mark)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return None if value >= 1 else f"match confidence {value:.2f}"
    return f"confidence {value}"


def build_page(report: Report, articles: Mapping[str, ArticleText] | None = None) -> PageView:
    """Arrange ``report`` by fact; ``articles`` (source id → text) enables the per-article views."""
    view = build_view(report)
    articles = dict(articles or {})
    published = {c.id: _parse_day(c.published) for c in view.columns}
    raw_sources = {s.id: s for s in report.sources}
    raw_rows = {r.field: r for r in report.rows}

    spans: dict[str, list[tuple[int, int, str, str, str, str]]] = {}  # "id|t" / "id|b" → spans
    rows: list[FactRow] = []
    stated: dict[str, int] = {}
    for row in view.rows:
        by_key: dict[str, tuple[str, str, list[Chip]]] = {}
        quotes: list[QuoteView] = []
        silent: list[Chip] = []
        search = [row.label, row.field, row.explanation, row.style.label]
        raw_row = raw_rows.get(row.field)
        raw_values = {c.source: c.values for c in raw_row.cells} if raw_row is not None else {}
        for cell in row.cells:
            column = cell.source
            if cell.silent:
                silent.append(Chip(source_id=column.id, name=column.name, published=column.published))
                continue
            stated[column.id] = stated.get(column.id, 0) + 1
            normalized = [v.normalized for v in raw_values.get(column.id, [])]
            seen_in_cell: set[str] = set()
            for index, value in enumerate(cell.values):
                norm = normalized[index] if index < len(normalized) else {}
                raw_value = raw_values[column.id][index] if index < len(raw_values.get(column.id, [])) else None
                article = articles.get(column.id)
                where = None if article is None else (article.title if value.in_title else article.text)
                has_text = where is not None and where[value.start:value.end] == value.text  # offsets still true
                href = f"#{_mark_anchor(column.id, value.in_title, value.start, value.end)}" if has_text else None
                chip = Chip(source_id=column.id, name=column.name, published=column.published, href=href,
                            marks=_value_marks(value, getattr(raw_value, "update", None)))
                quotes.append(QuoteView(chip=chip, value=value))
                search += [value.text, value.quote, column.name]
                if has_text:
                    spans.setdefault(f"{column.id}|{'t' if value.in_title else 'b'}", []).append(
                        (value.start, value.end, _mark_anchor(column.id, value.in_title, value.start, value.end),
                         f"#{row.anchor}", row.verdict.value, row.label))
                key = describe_value(norm, with_unit=False) if norm else _group_key(norm)  # same meaning, one group
                if key in seen_in_cell:
                    continue  # one outlet counts once per group
                seen_in_cell.add(key)
                if key not in by_key:
                    by_key[key] = (value.text, describe_value(norm, with_unit=False), [], norm)
                by_key[key][2].append(chip)
        ordered = sorted(by_key.values(), key=lambda g: -len(g[2]))  # most outlets first; stable otherwise
        notes = _group_notes([(m, chips) for _, m, chips, _ in ordered], published)
        groups = tuple(
            ValueGroup(text=text, meaning=meaning, chips=tuple(chips), count=len(chips),
                       count_text=_count_text(len(chips)), note=note,
                       earliest=norm.get("earliest") if norm.get("kind") == "time" else None,
                       latest=norm.get("latest") if norm.get("kind") == "time" else None)
            for (text, meaning, chips, norm), note in zip(ordered, notes)
        )
        confidence = _confidence_text(getattr(raw_row, "confidence", None))
        row_marks = tuple(str(m) for m in (getattr(raw_row, "marks", None) or ()))
        rows.append(FactRow(
            row=row, groups=groups, silent=tuple(silent), quotes=tuple(quotes),
            outlets=" ".join(dict.fromkeys(q.chip.source_id for q in quotes)),
            search=" ".join(search).casefold(),
            confidence=confidence, marks=row_marks,
        ))

    cards: list[SourceCard] = []
    for column in view.columns:
        raw = raw_sources.get(column.id)
        cards.append(SourceCard(
            column=column,
            published_as_given=getattr(raw, "published_as_given", None),
            originator=getattr(raw, "originator", None),
            shared_group=getattr(raw, "shared_text_group", None) or getattr(raw, "shared_group", None),
            facts=stated.get(column.id, 0),
            article_anchor=_article_anchor(column.id) if column.id in articles else None,
            time_rank=getattr(raw, "time_rank", None),
            own_timeline=tuple(getattr(raw, "own_timeline", None) or ()),
        ))

    article_views = []
    for card in cards:
        text = articles.get(card.column.id)
        if text is None:
            continue
        title = mark_segments(text.title, spans.get(f"{card.column.id}|t", []))
        body = mark_segments(text.text, spans.get(f"{card.column.id}|b", []))
        marked = sum(1 for s in [*title, *body] if s.anchor)
        article_views.append(ArticleView(card=card, anchor=_article_anchor(card.column.id), title=tuple(title),
                                         paragraphs=_paragraphs(body), marks=marked))

    timeline, span = _timeline(rows, cards)
    shared_text = tuple(f"{getattr(g, 'id', '')}: {getattr(g, 'description', g)}".lstrip(": ")
                        for g in (getattr(report, "shared_text", None) or ()))
    by_time = tuple(sorted((c for c in cards if c.time_rank is not None), key=lambda c: c.time_rank))
    return PageView(view=view, title=_title(view), rows=tuple(rows), sources=tuple(cards), articles=tuple(article_views),
                    timeline=timeline, timeline_span=span, legend=view.legend, shared_text=shared_text,
                    by_time=by_time if len({c.time_rank for c in by_time}) > 1 else ())


TITLE_MAX_NAMES = 4


def _title(view: ReportView) -> str:
    """The view's title while it names at most four outlets; beyond, "A, B and 10 other outlets"."""
    names = list(dict.fromkeys(c.outlet for c in view.columns if c.known))
    if len(names) <= TITLE_MAX_NAMES:
        return view.title
    return f"Source comparison: {', '.join(names[:2])} and {len(names) - 2} other outlets"


def _timeline(rows: list[FactRow], cards: list[SourceCard]) -> tuple[tuple[TimelineItem, ...], str]:
    """Dated facts (one item per row and date) and publications, by earliest day, on one axis."""
    raw: list[tuple[date, date, str, str, str | None, str | None, tuple[Chip, ...], str]] = []
    for fact in rows:
        by_when: dict[tuple[date, date], list[Chip]] = {}
        whens: dict[tuple[date, date], str] = {}
        for group in fact.groups:
            days = _days_of(group)
            if days is None:
                continue
            chips = by_when.setdefault(days, [])
            chips.extend(c for c in group.chips if c not in chips)
            whens.setdefault(days, group.meaning)
        for (first, last), chips in by_when.items():
            raw.append((first, last, "fact", fact.row.label, fact.row.verdict.value, f"#{fact.row.anchor}",
                        tuple(chips), whens[(first, last)]))
    published: dict[date, list[Chip]] = {}  # one item a day, however many outlets published on it
    for card in cards:
        day = _parse_day(card.column.published)
        if day is not None:
            published.setdefault(day, []).append(Chip(
                source_id=card.column.id, name=card.column.name, published=card.column.published,
                href=f"#{card.article_anchor}" if card.article_anchor else None))
    for day, chips in published.items():
        label = f"{chips[0].name} published" if len(chips) == 1 else f"{len(chips)} outlets published"
        raw.append((day, day, "published", label, None, None, tuple(chips), day.isoformat()))
    if not raw:
        return (), ""
    lo = min(r[0] for r in raw)
    hi = max(r[0] for r in raw)
    width = max((hi - lo).days, 1)
    raw.sort(key=lambda r: (r[0], r[1], r[2] != "published", r[3]))
    items = tuple(
        TimelineItem(
            when=when, position=round(100 * (first - lo).days / width, 2), kind=kind, label=label,
            verdict=verdict, href=href, chips=chips,
        )
        for first, last, kind, label, verdict, href, chips, when in raw
    )
    return items, f"{lo.isoformat()} to {hi.isoformat()}" if lo != hi else lo.isoformat()


_MAX_TIMELINE_DAYS = 366  # a range wider than this says little on a day axis


def _days_of(group: "ValueGroup") -> tuple[date, date] | None:
    """The (earliest, latest) days of a dated group; an open bound takes the other; None otherwise."""
    if group.earliest is None and group.latest is None:
        return None
    first = _parse_day(group.earliest or group.latest)
    last = _parse_day(group.latest or group.earliest)
    if first is None or last is None or first > last or (last - first).days > _MAX_TIMELINE_DAYS:
        return None
    return first, last
