"""Scored matching: rows that state one fact in different words are joined into one row.

Step 7 of the flow, after the exact keys. Outlets rewrite each other: "overpowered two guards",
"handcuffed two transport officers", "took two prison guards hostage" are one fact under three
predicates. Two rows are candidates only when every value of one is the same as every value of
the other (joining never creates a clash, so it can never create a conflict) and no source states
both; the match weight then adds evidence field by field, as in record linkage:

- what the values are about (the same counted noun, or both groups of people);
- what happened (the same event family or predicate);
- the context: how many content words the quoted sentences share (wire copies and rewrites share
  most of theirs);
- the role (the same by construction) and the value (the same by construction).

Rows join when the weight reaches ``JOIN_WEIGHT``; the joined row keeps the key of its largest part.
Named people and places are already keyed by who or where they are and are left alone.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..claim import Claim
from ..claims.words import DISTANCE_UNITS
from ..lexicon import PERSON_NOUNS
from ..values import Tolerance

__all__ = ["join_rewordings", "JOIN_WEIGHT", "row_weight"]

JOIN_WEIGHT = 3.0
_EXACT = Tolerance()
_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_STOP = frozenset("""the and for that with from this were was has have had his her their its they them said says will
would been being are but not who which when where what than then into onto over under after before about also
more most some such only other one two three four five six seven eight nine ten there here would could should
police officials told according""".split())


def _content_words(claims: Sequence[Claim]) -> set[str]:
    words: set[str] = set()
    for claim in claims:
        words.update(w for w in _WORD.findall(claim.quote.lower()) if w not in _STOP)
    return words


def _frames(claims: Sequence[Claim]) -> tuple[set[str], set[str]]:
    whats = {c.frame.what for c in claims if c.frame is not None and c.frame.what}
    happened = {c.event.partition("@")[0] for c in claims}
    return whats, happened


def row_weight(a: dict[str, list[Claim]], b: dict[str, list[Claim]]) -> float:
    """The evidence that two rows (source id → claims) state one fact; only called for rows whose
    values are all the same and whose sources do not overlap."""
    ca = [c for claims in a.values() for c in claims]
    cb = [c for claims in b.values() for c in claims]
    whats_a, happened_a = _frames(ca)
    whats_b, happened_b = _frames(cb)
    weight = 0.0
    if whats_a & whats_b:
        weight += 1.5
    elif whats_a and whats_b and all(w in PERSON_NOUNS or w == "person" for w in whats_a | whats_b):
        weight += 0.5
    elif whats_a and whats_b:
        weight -= 1.0
    if happened_a & happened_b:
        weight += 1.5
    owners_a = {c.frame.owner for c in ca if c.frame is not None} - {""}
    owners_b = {c.frame.owner for c in cb if c.frame is not None} - {""}
    distance = any(getattr(c.value, "unit", "") in DISTANCE_UNITS for c in ca)
    if owners_a and owners_b and not owners_a & owners_b:
        weight -= 2.0  # two named owners or reference places
    elif owners_a != owners_b:
        # "25 miles east of Houston" and "25 miles from where he escaped" measure from two
        # places; a magnitude "of the earthquake" and a bare magnitude may well be one
        weight -= 2.0 if distance else 0.5
    words_a, words_b = _content_words(ca), _content_words(cb)
    if words_a and words_b:
        shared = len(words_a & words_b) / min(len(words_a), len(words_b))
        weight += 4.0 * shared
    return weight


def _comparable(claim: Claim) -> str:
    """A value as comparison sees it: bounds for intervals (the counted noun is the frame's business)."""
    value = claim.value
    bounds = getattr(value, "bounds", None)
    if bounds is not None:
        unit = getattr(value, "unit", "")
        # people are people whatever the noun; a scale's name ("magnitude") is no unit
        kind = unit if unit and unit not in PERSON_NOUNS and unit not in ("person", "magnitude") else ""
        return f"{value.kind}:{kind}:{bounds()}"
    return value.model_dump_json()


def _value_key(claims: dict[str, list[Claim]]) -> str | None:
    """One value for the whole row (the join only ever merges rows of one same value), else None."""
    distinct = {_comparable(c) for cs in claims.values() for c in cs}
    if len(distinct) != 1:
        return None
    return next(iter(distinct))


_OWN_CLASS = frozenset({"count", "amount", "share", "age", "date", "start", "end", "step", "duration", "time",
                        "announced", "named", "participants", "members", "cause"})


def role_class(role: str) -> str:
    """Roles that can name one fact: a magnitude read as "earthquake: magnitude" by one rule and as
    "a 4.6 measure" by another is one measure."""
    return role if role in _OWN_CLASS else "measure"


def join_rewordings(rows: dict[str, dict[str, list[Claim]]], roles: dict[str, str]) -> dict[str, str]:
    """Which rows join which: a map from a row's field to the field of the row it joins.

    ``rows`` maps field → source id → claims; ``roles`` maps field → role. Rows of named people
    or places (role "named") and rows already stated by every source never join.
    """
    buckets: dict[tuple[str, str], list[str]] = {}
    for field in sorted(rows):
        if roles[field] in ("named",):
            continue
        key = _value_key(rows[field])
        if key is not None:
            buckets.setdefault((role_class(roles[field]), key), []).append(field)
    joined: dict[str, str] = {}
    for fields in buckets.values():
        if len(fields) < 2:
            continue
        groups: list[tuple[str, dict[str, list[Claim]]]] = []  # (field of the group, its claims)
        ordered = sorted(fields, key=lambda f: (-sum(1 for cs in rows[f].values() if cs), f))
        for field in ordered:
            row = rows[field]
            sources = {sid for sid, cs in row.items() if cs}
            best, best_weight = None, JOIN_WEIGHT
            for i, (_, group) in enumerate(groups):
                if sources & {sid for sid, cs in group.items() if cs}:
                    continue
                weight = row_weight(group, row)
                if weight >= best_weight:
                    best, best_weight = i, weight
            if best is None:
                groups.append((field, {sid: list(cs) for sid, cs in row.items()}))
                continue
            target, group = groups[best]
            for sid, cs in row.items():
                group.setdefault(sid, []).extend(cs)
            joined[field] = target
    return joined
