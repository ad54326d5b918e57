"""Alignment: match claims across N sources into rows, one row per fact.

Step 6 of the flow. Claims already carry a normalised key (event, role, detail, entity), so
most matching is exact; what is left is names the extractors could not normalise to one id:
two spellings of a person ("Shoigu", "Shoygu") or of an organisation are merged when their
names are near-identical (``similarity``). Rows are keyed by source id, never left/right.
"""
from __future__ import annotations

from typing import Mapping, Sequence

from pydantic import BaseModel, ConfigDict

from ..claim import Claim
from ..comparison import EXACT, sharpest
from ..similarity import normalize, same_name
from .confidence import in_lead, reading_groups
from .matching import join_rewordings, news_days, news_day

__all__ = ["AlignedRow", "align"]


class AlignedRow(BaseModel):
    """One fact and every source's claims about it (an empty list where a source is silent)."""

    model_config = ConfigDict(frozen=True)

    field: str
    label: str
    parent: str | None
    claims: dict[str, list[Claim]]
    mixed: bool = False  # its key gathered values one source tells apart: several facts under one key


def _canonical_entities(claims: Sequence[Claim]) -> dict[str, str]:
    """Map each non-country entity id to the id of an earlier, near-identical name.

    Names are compared within blocks of one type and one first letter (record linkage's
    blocking: "Shoigu" and "Shoygu" share theirs), so the cost does not grow with the square of
    the number of names."""
    canonical: dict[str, str] = {}
    blocks: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (type, first letter) → [(id, name)]
    for claim in sorted(claims, key=lambda c: (c.entity.id if c.entity else "")):
        entity = claim.entity
        if entity is None or entity.id in canonical:
            continue
        block = blocks.setdefault((entity.type, normalize(entity.name)[:1]), [])
        match = None if entity.type == "country" else next(
            (eid for eid, name in block if same_name(name, entity.name)), None)
        canonical[entity.id] = match or entity.id
        if match is None:
            block.append((entity.id, entity.name))
    return canonical


def align(by_source: Mapping[str, Sequence[Claim]]) -> list[AlignedRow]:
    """Group every claim of every source into exactly one row per fact, sorted by field."""
    every = [claim for claims in by_source.values() for claim in claims]
    canonical = _canonical_entities(every)
    rows: dict[str, dict[str, list[Claim]]] = {}
    labels: dict[str, tuple[str, str | None]] = {}
    roles: dict[str, str] = {}
    for source, claims in by_source.items():
        for claim in claims:
            if claim.entity is not None and canonical.get(claim.entity.id, claim.entity.id) != claim.entity.id:
                claim = claim.model_copy(update={"entity": claim.entity.model_copy(update={"id": canonical[claim.entity.id]})})
            field = claim.field
            rows.setdefault(field, {sid: [] for sid in by_source})[source].append(claim)
            labels.setdefault(field, (claim.label, claim.parent_field if claim.entity else None))
            roles.setdefault(field, claim.role)
    mixed: set[str] = set()
    days = news_days(rows)
    rows = _split_readings(rows, roles, labels, mixed, days)
    for field, target in sorted(join_rewordings(rows, roles, days).items()):
        for sid, claims in rows.pop(field).items():
            rows[target][sid].extend(claims)
        if field in mixed:
            mixed.add(target)
    return [
        AlignedRow(field=field, label=labels[field][0], parent=labels[field][1], claims=rows[field],
                   mixed=field in mixed)
        for field in sorted(rows)
    ]


def _peel_news_day(main: dict[str, list[Claim]], days: frozenset[int]) -> dict[str, list[Claim]] | None:
    """Take out of ``main`` (in place) the claims that date something to one news day, when
    ``main`` also holds other readings; the claims taken, or None."""
    every = [c for claims in main.values() for c in claims]
    on_day = {d for c in every if (d := news_day(c)) in days}
    if len(on_day) != 1 or len(reading_groups(every, EXACT)) < 2:
        return None
    day = next(iter(on_day))
    if any(in_lead(c) for c in every if news_day(c) != day):
        return None  # another day in an outlet's lead: the outlets' clash on the event's day, for the gate
    peeled = {sid: [c for c in claims if news_day(c) == day] for sid, claims in main.items()}
    for sid in main:
        main[sid] = [c for c in main[sid] if news_day(c) != day]
    return peeled


def _position(claim: Claim) -> tuple[bool, int]:
    """Where a claim stands in its article: the headline first, then by offset."""
    return (not claim.in_title, claim.start)


def _split_readings(rows: dict[str, dict[str, list[Claim]]], roles: dict[str, str],
                    labels: dict[str, tuple[str, str | None]], mixed: set[str],
                    days: frozenset[int] = frozenset()) -> dict[str, dict[str, list[Claim]]]:
    """One reading per source per row: a key that gathers values which cannot all hold is split
    into its readings ("deaths: date" of this shooting, Monday, and of last week's, elsewhere),
    so that each reading can meet its rewordings under other keys.

    Each source's first reading under the key (the headline's, else the earliest, and its first
    sentence's too) is what it says of the key's main fact: the first readings of all sources stay together, where their
    clash is the outlets' conflict for the gate to judge. A source's later, different readings
    are other facts (an earlier tremor, a previous attack): each stays in a row of its own, joined
    only by the same reading of other sources. The rows of such a key are marked ``mixed``: the
    gate then trusts a clash only between values stated in the outlets' leads.

    A date key is split once more when its first readings mix the cluster's news day (a day the
    leads of two or more outlets give) with other days: "killed ... Monday" in one outlet's lead
    and "on Tuesday, a gunman killed ..." in another's paragraph about an earlier shooting share a
    key but not an event. The news-day reading becomes a row of its own, free to meet the same day
    under other predicates ("the Monday morning attack"); the other days stay the key's row. Not
    when another day is in an outlet's lead: that is the outlets' clash on the event's day."""
    split: dict[str, dict[str, list[Claim]]] = {}
    for field in sorted(rows):
        by_source = rows[field]
        every = [c for claims in by_source.values() for c in claims]
        readings = reading_groups(every, EXACT) if roles[field] != "named" else []
        if len(readings) < 2:
            split[field] = by_source
            continue
        home = {c.value.model_dump_json(): i for i, reading in enumerate(readings) for c in reading}
        main: dict[str, list[Claim]] = {sid: [] for sid in by_source}
        later: list[dict[str, list[Claim]]] = [{sid: [] for sid in by_source} for _ in readings]
        for sid, claims in by_source.items():
            if not claims:
                continue
            sharp = {c.value.model_dump_json() for c in sharpest(claims)}  # "dozens" yields to "63" beside it
            telling = [c for c in claims if c.value.model_dump_json() in sharp]
            first = {home[min(telling, key=_position).value.model_dump_json()]}
            body = [c for c in telling if not c.in_title]
            if body and in_lead(min(body, key=_position)):
                # a headline that contradicts its own lead is one statement, for provenance to show
                first.add(home[min(body, key=_position).value.model_dump_json()])
            for claim in claims:
                reading = home[claim.value.model_dump_json()]
                vague = claim.value.model_dump_json() not in sharp
                (main if reading in first or vague else later[reading])[sid].append(claim)
        on_news_day = _peel_news_day(main, days) if roles[field] in ("date", "start") else None
        parts = [main] + ([on_news_day] if on_news_day is not None else []) + [part for part in later if any(part.values())]
        if len(parts) > 1:
            mixed.update([field] + [f"{field}~other{k}" for k in range(1, len(parts))])
        for k, part in enumerate(parts, start=1):
            name = field if k == 1 else f"{field}~other{k - 1}"
            split[name] = part
            roles[name], labels[name] = roles[field], labels[field]
    return split

