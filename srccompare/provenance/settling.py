"""Self-contradiction settling: a source's own revisions of one fact, settled on its current value.

Part of ``srccompare.provenance`` (see its docstring): a figure the source itself calls earlier,
a live blog's older entries, or a headline against its body are marked superseded, and the
source is judged on its current value.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..alignment import AlignedRow
from ..claim import Claim
from ..comparison import _consistent, source_relation  # one notion of "can all hold"
from ..values import Relation, Tolerance
from .context import ProvenanceContext
from .timeline import _entry_time, _phrase_role

# ---------------------------------------------------------------- rows

_REVISED_ROLES = frozenset({"count"})  # a toll, an injured count, a number detained


def _tolerance(ctx: ProvenanceContext, aligned: AlignedRow, role: str) -> Tolerance:
    t = ctx.tolerances
    return t.get(aligned.field) or t.get(aligned.parent or "") or t.get(role) or Tolerance()


def _describe(claims: Sequence[Claim], tolerance: Tolerance | None = None) -> str:
    """Each distinct value once ("12" and "12 people" are one value when they are the same)."""
    seen: list[Claim] = []
    for claim in claims:
        if not any(claim.value.relation(s.value, tolerance or Tolerance()) is Relation.SAME for s in seen):
            seen.append(claim)
    return "; ".join(dict.fromkeys(c.value.describe() for c in seen))


@dataclass
class _Settled:
    current: list[Claim]
    superseded: dict[int, str]  # id(claim) → mark
    mark: str  # row mark
    note: str  # what the source does, for the explanation
    judged: str  # how the rule reads it: "It is judged on its body."


def _settle_source(ctx: ProvenanceContext, sid: str, claims: Sequence[Claim], tolerance: Tolerance) -> _Settled | None:
    """A source's own revisions of one fact: its current value and what it supersedes, or None."""
    if len(claims) < 2 or _consistent(claims, tolerance):
        return None
    name = ctx.names.get(sid, sid)
    # 1. the source says so itself: "rose to 31", "up from 18"
    roles = {id(c): _phrase_role(c) for c in claims}
    earlier = [c for c in claims if roles[id(c)] == "earlier"]
    current = [c for c in claims if roles[id(c)] != "earlier"]
    beside = any(c.quote in {e.quote for e in earlier} for c in current)  # the new figure is given beside the old
    if earlier and current and beside and _consistent(current, tolerance):
        return _Settled(current, {id(c): "earlier figure in the same report" for c in earlier}, "revised in the report",
                        f"{name} itself gives {_describe(earlier)} as an earlier figure and {_describe(current)} as "
                        "the current one.", "It is judged on the current one.")
    # 2. a live blog: the newest timestamped entry holds the current value
    entries = ctx.entries.get(sid) or []
    body = [c for c in claims if not c.in_title]
    if entries and body:
        times = {id(c): _entry_time(entries, c.start) for c in body}
        timed = [c for c in body if times[id(c)] is not None]
        if timed:
            newest = max(times[id(c)] for c in timed)
            current = [c for c in timed if times[id(c)] == newest]
            older = [c for c in claims if c not in current]
            if older and _consistent(current, tolerance) and \
                    all(source_relation([o], current, tolerance) is Relation.DISJOINT for o in older):
                stamp = f"{newest // 60:02d}:{newest % 60:02d}"
                return _Settled(current, {id(c): ("headline" if c.in_title else "earlier entry") + ", superseded" for c in older},
                                "live updates",
                                f"{name} is a live report whose figure changed: its newest entry ({stamp}) gives "
                                f"{_describe(current)}, earlier {'entries' if len(older) > 1 else 'text'} "
                                f"{_describe(older)}.", "It is judged on the newest entry.")
    # 3. a headline that disagrees with its own body: the body is the source's reading
    title = [c for c in claims if c.in_title]
    if title and body and _consistent(body, tolerance) and \
            any(source_relation([t], body, tolerance) is Relation.DISJOINT for t in title):
        clash = [t for t in title if source_relation([t], body, tolerance) is Relation.DISJOINT]
        return _Settled(body, {id(c): "headline contradicts the body" for c in clash}, "headline contradicts body",
                        f"{name}'s headline ({_describe(clash)}) contradicts its own body ({_describe(body)}).",
                        "It is judged on its body.")
    return None
