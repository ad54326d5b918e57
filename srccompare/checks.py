"""Checks of the inputs as a whole, said as warnings before a comparison is trusted.

- ``repeated_inputs``: the same file named twice (directly, or once inside a folder), or two
  files with the same bytes: either would count one outlet twice.
- ``separate_events``: sources that share no name, place or date with the others probably
  report another event; their "gaps" would be noise.

Both are linear in the input: each path, file and claim is looked at once.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Mapping, Sequence

from .report.model import Report, Verdict
from .sources import STDIN, collect_input_files

__all__ = ["repeated_inputs", "separate_events", "shared_anchors"]


def repeated_inputs(paths: Sequence[str | Path]) -> list[str]:
    """Warnings for files named more than once, or holding the same bytes as another file."""
    warnings: list[str] = []
    first_named: dict[Path, str] = {}
    by_digest: dict[str, str] = {}
    for raw in paths:
        if str(raw) == STDIN:
            continue
        try:
            files = collect_input_files([raw])
        except Exception:  # the comparison itself reports unreadable paths, once
            continue
        for file in files:
            key = file.resolve()
            if key in first_named:
                if first_named[key] == str(file):
                    warnings.append(f"{file} is given twice; it is read once")
                else:
                    warnings.append(f"{file} is given twice (also as {first_named[key]}); it is read once")
                continue
            first_named[key] = str(file)
            try:
                digest = hashlib.sha256(file.read_bytes()).hexdigest()
            except OSError:
                continue
            if digest in by_digest:
                warnings.append(f"{file} holds the same text as {by_digest[digest]}: one article counted twice?")
            else:
                by_digest[digest] = str(file)
    return warnings


_MID_SENTENCE_NAME = re.compile(r"(?<=[a-z0-9,;:] )([A-Z][\w'’.-]*[\w])")
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december i mr mrs ms dr".split()
)
LEAD_CHARACTERS = 1500  # the title and the lead name the event; share bars and comments come later
LINKING_ANCHORS = 3  # two sources with this many names, places or days in common report one event


def shared_anchors(report: Report, source_id: str, text: str = "") -> set[str]:
    """The names, places and days a source mentions: what two reports of one event share.

    From the report: the entities and single days among the source's values, and the facts it
    states alike with another source (agree or compatible). From the text,
    when given: capitalised words in mid-sentence (names, places, organisations), less
    weekday and month names.
    """
    anchors: set[str] = set()
    for row in report.rows:
        stating = sum(1 for c in row.cells if c.values)
        for cell in row.cells:
            if cell.source != source_id:
                continue
            if cell.values and stating > 1 and row.verdict in (Verdict.AGREE, Verdict.COMPATIBLE):
                # a fact it states alike with another source; the same value ("agree") says more
                # than overlapping ones ("compatible": "about 2,000" troops and "over 2,000" rescuers)
                anchors.add(("same:" if row.verdict is Verdict.AGREE else "near:") + row.field)
            for value in cell.values:
                norm = value.normalized
                if norm.get("kind") == "entity" and norm.get("id"):
                    anchors.add("name:" + str(norm["id"]).casefold())
                elif norm.get("kind") == "time" and norm.get("earliest") and norm.get("earliest") == norm.get("latest"):
                    anchors.add("day:" + str(norm["earliest"]))
    for match in _MID_SENTENCE_NAME.finditer(text):
        word = match.group(1).rstrip(".").casefold()
        if word not in _NOT_NAMES and len(word) > 2:
            anchors.add("name:" + word)
    return anchors


def _weight(anchor: str) -> int:
    """A fact two sources state with the same value says more than a shared name: it counts twice."""
    return 2 if anchor.startswith("same:") else 1


def separate_events(report: Report, texts: Mapping[str, str] | None = None) -> str | None:
    """A warning when the sources fall into groups that share too little; else None.

    Two sources are linked when they share at least ``LINKING_ANCHORS`` names, places or days
    (a fact stated with the same value counts two); only the title and the first ``LEAD_CHARACTERS`` of the
    text are read, where the event is named and page furniture is rare;
    groups are the connected parts of "is linked to". Sources that mention nothing to judge by
    are left out of the test.
    """
    texts = texts or {}
    ids = [s.id for s in report.sources]
    anchors = [shared_anchors(report, sid, texts.get(sid, "")[:LEAD_CHARACTERS]) for sid in ids]
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    holders: dict[str, list[int]] = {}
    for i, mine in enumerate(anchors):
        for anchor in mine:
            holders.setdefault(anchor, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for anchor, members in holders.items():  # pairs of sources per anchor: quadratic in sources, linear in text
        for at, a in enumerate(members):
            for b in members[at + 1:]:
                shared[(a, b)] = shared.get((a, b), 0) + _weight(anchor)
    for (a, b), n in shared.items():
        if n >= LINKING_ANCHORS:
            parent[find(b)] = find(a)
    judged = [i for i, mine in enumerate(anchors) if mine]
    groups: dict[int, list[str]] = {}
    outlets = {s.id: s.outlet or s.id for s in report.sources}
    for i in judged:
        groups.setdefault(find(i), []).append(outlets[ids[i]])
    if len(groups) < 2:
        return None
    parts = sorted((sorted(names) for names in groups.values()), key=lambda names: (-len(names), names))
    listed = "; ".join(", ".join(names) for names in parts)
    return (f"the inputs look like more than one event: these groups share few names, places or dates ({listed}); "
            "compare articles about one event")
