"""Shared pieces of the claim rules: making a ``Claim`` from a frame, span look-ups, entities.

Used by ``frames`` (values read off the parse) and ``people`` (ages, named people and places).
"""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Sequence

from ..claim import Claim, Frame
from ..reading import Reading, SentenceMentions
from ..values import EntityValue
from .lexical import _HEDGE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..nlp import TokenIndex

__all__ = ["make_claim", "Spans", "entities_in"]


class Spans:
    """Sorted character spans answering "does anything overlap [start, end)?" in log time."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []
        reach = -1
        for _, end in ordered:
            reach = max(reach, end)
            self._reach.append(reach)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start


def entities_in(doc: "Doc", index: "TokenIndex", sm: SentenceMentions) -> list["Span"]:
    """The named entities inside one sentence, from a list made once per Doc (``doc.ents``
    builds every span anew on each call, so asking it per sentence costs the square)."""
    cached = _ENTITY_CACHE.get(id(doc))
    if cached is None or cached[0] is not doc:
        ents = list(doc.ents)
        cached = (doc, ents, [e.start for e in ents])
        _ENTITY_CACHE.clear()
        _ENTITY_CACHE[id(doc)] = cached
    _, ents, starts = cached
    tokens = index.tokens_in(sm.sentence.start, sm.sentence.end)
    if not tokens:
        return []
    lo, hi = tokens[0].i, tokens[-1].i + 1
    out = []
    for i in range(bisect.bisect_left(starts, lo), len(ents)):
        if ents[i].start >= hi:
            break
        if ents[i].end <= hi:
            out.append(ents[i])
    return out


_ENTITY_CACHE: dict[int, tuple] = {}



def make_claim(source: str, reading: Reading, sm: SentenceMentions, *, event: str, role: str, value, text: str, start: int,
           end: int, frame: Frame, hedge_from: int, hedge_to: int, detail: str | None = None,
           entity: EntityValue | None = None) -> Claim:
    """A claim of one source: the value, its words and the sentence they sit in, who said it,
    and whether a modal or future word hedges it."""
    window = reading.text[max(sm.sentence.start, hedge_from - 30):hedge_to]
    return Claim(
        source=source, event=event, role=role, value=value, entity=entity, detail=detail, text=text,
        quote=sm.sentence.text, start=start, end=end, in_title=reading.in_title,
        attribution=sm.attributions[0].speaker if sm.attributions else None,
        hedged=_HEDGE.search(window) is not None, frame=frame,
    )
