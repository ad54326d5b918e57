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
from ..similarity import same_name
from .matching import join_rewordings

__all__ = ["AlignedRow", "align"]


class AlignedRow(BaseModel):
    """One fact and every source's claims about it (an empty list where a source is silent)."""

    model_config = ConfigDict(frozen=True)

    field: str
    label: str
    parent: str | None
    claims: dict[str, list[Claim]]


def _canonical_entities(claims: Sequence[Claim]) -> dict[str, str]:
    """Map each non-country entity id to the id of an earlier, near-identical name."""
    canonical: dict[str, str] = {}
    names: list[tuple[str, str, str]] = []  # (id, name, type)
    for claim in sorted(claims, key=lambda c: (c.entity.id if c.entity else "")):
        entity = claim.entity
        if entity is None or entity.id in canonical:
            continue
        match = next(
            (eid for eid, name, kind in names
             if kind == entity.type and entity.type != "country" and same_name(name, entity.name)),
            None,
        )
        canonical[entity.id] = match or entity.id
        if match is None:
            names.append((entity.id, entity.name, entity.type))
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
    for field, target in sorted(join_rewordings(rows, roles).items()):
        for sid, claims in rows.pop(field).items():
            rows[target][sid].extend(claims)
    return [
        AlignedRow(field=field, label=labels[field][0], parent=labels[field][1], claims=rows[field])
        for field in sorted(rows)
    ]
