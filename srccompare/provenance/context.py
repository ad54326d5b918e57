"""The provenance context: what is known of the sources before any row is weighed.

Part of ``srccompare.provenance`` (see its docstring): per source its shared-text group,
originator, publication time and live-blog entries, and the independence clusters (shared text
or shared originator = one report).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Mapping, Sequence

from ..summaries import SourceSummary
from ..values import Tolerance
from .originators import find_originator
from .shared_text import shared_text_groups
from .timeline import live_entries, publication_interval

# ---------------------------------------------------------------- context


@dataclass
class ProvenanceContext:
    """What is known of the sources before any row is weighed."""

    order: list[str]
    names: dict[str, str]
    tolerances: Mapping[str, Tolerance]
    published: dict[str, str | None]  # as the source gave it
    published_days: dict[str, str | None]
    intervals: dict[str, tuple[datetime, datetime] | None]
    originators: dict[str, str | None]
    groups: list[list[str]]  # shared text, each in publication order
    group_of: dict[str, str]  # source → "text-1"
    cluster_of: dict[str, int]  # source → independence cluster (shared text or originator)
    entries: dict[str, list[tuple[int, int]]]
    texts: dict[str, str]
    own_timeline: dict[str, list[str]] = field(default_factory=dict)
    position: dict[str, int] = field(default_factory=dict)  # source → its place in ``order``

    def __post_init__(self) -> None:
        self.position = {sid: i for i, sid in enumerate(self.order)}

    def when(self, sid: str) -> str:
        return self.published.get(sid) or "date unknown"

    def time_key(self, sid: str) -> tuple:
        """Publication order: by the middle of the known interval; unknown times last."""
        interval = self.intervals.get(sid)
        position = self.position.get(sid, len(self.position))
        if interval is None:
            return (1, datetime.min, position)
        return (0, interval[0] + (interval[1] - interval[0]) / 2, position)


def build_context(summaries: Sequence[SourceSummary], names: Mapping[str, str],
                  tolerances: Mapping[str, Tolerance] | None = None) -> ProvenanceContext:
    """Read groups, originators, times and live-blog entries from the sources."""
    order = [s.source.id for s in summaries]
    published = {s.source.id: (s.source.published.raw if s.source.published else None) for s in summaries}
    days = {s.source.id: (s.source.published.day.isoformat() if s.source.published and s.source.published.day else None)
            for s in summaries}
    intervals = {sid: publication_interval(raw) for sid, raw in published.items()}
    texts = {s.source.id: s.text for s in summaries}
    originators = {sid: find_originator(text) if text else None for sid, text in texts.items()}

    position = {sid: i for i, sid in enumerate(order)}

    def by_time(sid: str) -> tuple:
        interval = intervals.get(sid)
        if interval is None:
            return (1, datetime.min, position[sid])
        return (0, interval[0] + (interval[1] - interval[0]) / 2, position[sid])

    groups = [sorted(g, key=by_time) for g in shared_text_groups({sid: t for sid, t in texts.items() if t.strip()})]
    groups.sort(key=lambda g: by_time(g[0]))
    group_of = {sid: f"text-{k}" for k, g in enumerate(groups, start=1) for sid in g}
    # independence: sources sharing a text or crediting one originator are one report
    cluster_of: dict[str, int] = {}
    parent = {sid: sid for sid in order}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=position.__getitem__)
            parent[drop] = keep

    for g in groups:
        for sid in g[1:]:
            join(g[0], sid)
    by_originator: dict[str, str] = {}
    for sid in order:
        origin = originators.get(sid)
        if origin is None:
            continue
        key = origin.casefold()
        if key in by_originator:
            join(by_originator[key], sid)
        else:
            by_originator[key] = sid
    for sid in order:
        cluster_of[sid] = position[find(sid)]
    entries = {sid: live_entries(text) for sid, text in texts.items()}
    return ProvenanceContext(order=order, names=dict(names), tolerances=dict(tolerances or {}), published=published,
                             published_days=days, intervals=intervals, originators=originators, groups=groups,
                             group_of=group_of, cluster_of=cluster_of, entries=entries, texts=texts)
