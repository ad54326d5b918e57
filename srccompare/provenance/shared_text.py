"""Shared text: sources that carry one underlying text (wire copies, rewrites, trimmed copies).

Part of ``srccompare.provenance`` (see its docstring): found by exact overlap of word 5-shingles
through an index of shingles, so the cost is linear in the text plus the shared hits.
"""
from __future__ import annotations

import re
import zlib
from typing import Mapping

# ---------------------------------------------------------------- shared text

SHINGLE = 5  # words per shingle: long enough that independent reports rarely share one by chance
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
CONTAINED = 0.5  # share of the smaller text's shingles found in the other
MIN_SHARED = 8  # shingles: a quoted sentence or two is not a shared text


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """The text's word k-shingles (case-folded words), as stable 32-bit hashes."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < k:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i:i + k]).encode()) for i in range(len(words) - k + 1)}


def text_overlap(a: set[int], b: set[int]) -> tuple[int, float, float]:
    """(shared shingles, Jaccard, containment of the smaller in the larger)."""
    shared = len(a & b)
    union = len(a) + len(b) - shared
    smaller = min(len(a), len(b))
    return shared, (shared / union if union else 0.0), (shared / smaller if smaller else 0.0)


def shared_text_groups(texts: Mapping[str, str]) -> list[list[str]]:
    """Sources (ids, in the mapping's order) that carry one text: groups of two or more.

    Two texts are one when at least ``MIN_SHARED`` shingles and half of the smaller text's
    shingles are shared (a trimmed copy is contained in its original; a light rewrite keeps most
    five-word runs). Groups are connected parts: a rewrite of a copy joins the original's group.
    """
    ids = list(texts)
    sets = {sid: shingles(texts[sid]) for sid in ids}
    index: dict[int, list[int]] = {}
    for i, sid in enumerate(ids):
        for h in sets[sid]:
            index.setdefault(h, []).append(i)
    hits: dict[tuple[int, int], int] = {}
    for members in index.values():
        if len(members) < 2:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pair = (members[x], members[y])
                hits[pair] = hits.get(pair, 0) + 1
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (i, j), shared in sorted(hits.items()):
        smaller = min(len(sets[ids[i]]), len(sets[ids[j]]))
        if shared >= MIN_SHARED and smaller and shared / smaller >= CONTAINED:
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[str]] = {}
    for i, sid in enumerate(ids):
        groups.setdefault(find(i), []).append(sid)
    return [g for _, g in sorted(groups.items()) if len(g) > 1]
