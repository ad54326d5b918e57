"""Comparison: from the values sources give for one fact to a verdict and an explanation.

Ordered levels, the first that matches wins (as in splink):

1. missing: fewer than two sources state the fact → gap;
2. equal within tolerance: every pair of sources has a pair of values that are the same, and
   no source contradicts itself → agree;
   (a source that contradicts itself means the row mixes different things: never agree; a clash
   involving it is no evidence → compatible, said so plainly; a clash between two sources that
   are each consistent is still a conflict, unless a self-contradicting source states both
   sides, which shows the row holds two different things);
3. overlapping: every pair of sources has a pair of values that can both be true → compatible;
4. else → conflict: some two sources have no pair of values that can both be true.

Each value type owns its ``relation`` (``values``); this module only orders the outcomes and
says them in words with the normalised values.
"""
from __future__ import annotations

from itertools import combinations
from typing import Mapping, Sequence

from pydantic import BaseModel, ConfigDict

from .claim import Claim
from .report.model import Verdict
from .values import Relation, Tolerance

__all__ = ["ComparisonLevel", "LEVELS", "Outcome", "compare_claims", "source_relation", "describe_claim", "sharpest"]


class ComparisonLevel(BaseModel):
    """One level of the ladder: a label that goes straight into the report."""

    model_config = ConfigDict(frozen=True)

    verdict: Verdict
    label: str


LEVELS = (
    ComparisonLevel(verdict=Verdict.GAP, label="only one source states it"),
    ComparisonLevel(verdict=Verdict.AGREE, label="the same value within tolerance"),
    ComparisonLevel(verdict=Verdict.COMPATIBLE, label="values overlap at different precision"),
    ComparisonLevel(verdict=Verdict.CONFLICT, label="values cannot both be true"),
)


class Outcome(BaseModel):
    """A verdict with the sentence that explains it."""

    model_config = ConfigDict(frozen=True)

    verdict: Verdict
    explanation: str


EXACT = Tolerance()  # frozen, so one instance serves as every default
_RANK = {Relation.SAME: 2, Relation.OVERLAP: 1, Relation.DISJOINT: 0}


def source_relation(a: Sequence[Claim], b: Sequence[Claim], tolerance: Tolerance) -> Relation:
    """How two sources relate on one fact: the closest relation between any of their values.

    A source may state a fact more than once ("by January 19" in the headline, "by the
    nineteenth" in a quote); the sources agree when some reading of one matches some reading
    of the other.
    """
    best = Relation.DISJOINT
    for x in sharpest(a):
        for y in sharpest(b):
            rel = x.value.relation(y.value, tolerance)
            if _RANK[rel] > _RANK[best]:
                best = rel
                if best is Relation.SAME:
                    return best
    return best


def sharpest(claims: Sequence[Claim]) -> list[Claim]:
    """A source's distinct values without the vague ones its precise values fall inside: "dozens
    dead" in a headline over "63 people died" in the body says 63, and cannot agree with 47."""
    distinct = _distinct(claims)
    precise = [c for c in distinct if not _vague(c)]
    return [c for c in distinct if not _vague(c) or not any(
        p.value.relation(c.value, EXACT) is not Relation.DISJOINT for p in precise)]


def _vague(claim: Claim) -> bool:
    return getattr(claim.value, "qualifier", "") == "vague"


def _distinct(claims: Sequence[Claim]) -> list[Claim]:
    """One claim per distinct value: a long article repeats a figure many times."""
    seen: dict[str, Claim] = {}
    for claim in claims:
        seen.setdefault(claim.value.model_dump_json(), claim)
    return list(seen.values())


def _consistent(claims: Sequence[Claim], tolerance: Tolerance) -> bool:
    """Whether one source's values for a fact can all hold at once.

    Intervals of one kind can all hold at once exactly when the one that starts last and the
    one that ends first overlap (on a line, intervals that meet pairwise share a point), so a
    long article's hundred values cost one comparison, not five thousand."""
    distinct = _distinct(claims)
    if len(distinct) > 2 and len({type(c.value) for c in distinct}) == 1 and hasattr(distinct[0].value, "bounds"):
        latest_start = max(distinct, key=lambda c: c.value.bounds()[0])
        earliest_end = min(distinct, key=lambda c: c.value.bounds()[1])
        return latest_start.value.relation(earliest_end.value, tolerance) is not Relation.DISJOINT
    return all(a.value.relation(b.value, tolerance) is not Relation.DISJOINT for a, b in combinations(distinct, 2))


def describe_claim(claim: Claim) -> str:
    """The normalised value of a claim in words, with how it was derived when it was."""
    text = claim.value.describe()
    return f"{claim.derived} → {text}" if claim.derived else text


def _describe_source(name: str, claims: Sequence[Claim]) -> str:
    seen: list[str] = []
    for claim in claims:
        words = describe_claim(claim)
        if words not in seen:
            seen.append(words)
    return f"{name}: {'; '.join(seen)}"


def compare_claims(
    by_source: Mapping[str, Sequence[Claim]],
    names: Mapping[str, str],
    tolerance: Tolerance = EXACT,
) -> Outcome:
    """Judge one fact. ``by_source`` maps every source id to its claims (empty when silent)."""
    stating = [sid for sid, claims in by_source.items() if claims]
    silent = [names.get(sid, sid) for sid, claims in by_source.items() if not claims]
    values = "; ".join(_describe_source(names.get(sid, sid), by_source[sid]) for sid in stating)
    if len(stating) < 2:
        if silent:
            tail = f"; {', '.join(silent)} {'is' if len(silent) == 1 else 'are'} silent"
        else:
            tail = " (no other source to compare with)"
        return Outcome(verdict=Verdict.GAP, explanation=f"Only {values}{tail}.")
    relations = [source_relation(by_source[a], by_source[b], tolerance) for a, b in combinations(stating, 2)]
    silent_tail = f" ({', '.join(silent)} silent)" if silent else ""
    consistent = {sid for sid in stating if _consistent(by_source[sid], tolerance)}
    split = [names.get(sid, sid) for sid in stating if sid not in consistent]
    if all(rel is Relation.SAME for rel in relations) and not split:
        return Outcome(verdict=Verdict.AGREE, explanation=f"Same value. {values}{silent_tail}.")
    mixed = [sid for sid in stating if sid not in consistent]

    def explained(a: str, b: str) -> bool:
        # a source that states both sides shows the row holds two different things
        return any(
            source_relation(by_source[m], by_source[a], tolerance) is not Relation.DISJOINT
            and source_relation(by_source[m], by_source[b], tolerance) is not Relation.DISJOINT
            for m in mixed
        )

    clean_clash = any(
        source_relation(by_source[a], by_source[b], tolerance) is Relation.DISJOINT and not explained(a, b)
        for a, b in combinations(sorted(consistent), 2)
    )
    if split and not clean_clash:
        # a source that contradicts itself shows the row mixes different things (two people's
        # sentences, a plant's jobs and the group's): a clash there is no evidence of a conflict
        return Outcome(verdict=Verdict.COMPATIBLE, explanation=(
            f"Not judged a conflict: {', '.join(split)} give{'s' if len(split) == 1 else ''} values that cannot all "
            f"hold, so this row likely mixes different things; check the quotes. {values}{silent_tail}."))
    if Relation.DISJOINT in relations:
        return Outcome(verdict=Verdict.CONFLICT, explanation=f"These cannot all be true. {values}{silent_tail}.")
    return Outcome(verdict=Verdict.COMPATIBLE, explanation=f"Can all be true, at different precision. {values}{silent_tail}.")
