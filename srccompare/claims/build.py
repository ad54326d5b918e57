"""What the claim rules share: making a ``Claim`` with its quote, speaker and hedge.

``make_claim`` is used by ``frames`` (values read off the parse) and ``people`` (ages, named
people and places); ``_claim`` by the lexical rule families (``dates``, ``counts``,
``participants``, ``causes``), with ``_Context``, what they know of the text they read.
"""
from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from ..claim import Claim, Frame
from ..lexicon import HEDGES
from ..reading import Reading, SentenceMentions
from ..values import EntityValue

__all__ = ["make_claim"]

_HEDGE = re.compile(rf"\b(?:{HEDGES})\b", re.IGNORECASE)
# a headline's future: "Striker to miss cup final", "Senate to vote on cuts Thursday" (no auxiliary)
_HEADLINE_FUTURE = re.compile(r"\b[A-Z][\w.'’-]*\s+to\s+(?!be\b)[a-z]{3,}\b")


def _hedged_window(window: str, in_title: bool) -> bool:
    return _HEDGE.search(window) is not None or (in_title and _HEADLINE_FUTURE.search(window) is not None)


def make_claim(source: str, reading: Reading, sm: SentenceMentions, *, event: str, role: str, value, text: str, start: int,
           end: int, frame: Frame, hedge_from: int, hedge_to: int, detail: str | None = None,
           entity: EntityValue | None = None) -> Claim:
    """A claim of one source: the value, its words and the sentence they sit in, who said it,
    and whether a modal or future word hedges it."""
    window = reading.text[max(sm.sentence.start, hedge_from - 30):hedge_to]
    speaker = sm.attributions[0].speaker if sm.attributions else None
    if speaker is not None and role == "named" and text in speaker:
        speaker = None  # the speaker's own name is not a claim the speaker makes ("according to Governor X")
    return Claim(
        source=source, event=event, role=role, value=value, entity=entity, detail=detail, text=text,
        quote=sm.sentence.text, start=start, end=end, in_title=reading.in_title,
        attribution=speaker, hedged=_hedged_window(window, reading.in_title), frame=frame,
    )


class _Context(NamedTuple):
    source: str
    reading: Reading
    report_dates: dict[int, date]  # paragraph -> the day a statement in it was made
    dct: date | None


def _claim(ctx: _Context, sm: SentenceMentions, *, event: str, role: str, value, text: str, start: int,
           end: int, entity: EntityValue | None = None, detail: str | None = None, derived: str | None = None,
           anchor: int | None = None) -> Claim:
    anchor = start if anchor is None else anchor
    return Claim(
        source=ctx.source,
        event=event,
        role=role,
        value=value,
        entity=entity,
        detail=detail,
        text=text,
        quote=sm.sentence.text,
        start=start,
        end=end,
        in_title=ctx.reading.in_title,
        attribution=sm.attributions[0].speaker if sm.attributions else None,
        hedged=_hedged(ctx.reading.text, sm, min(anchor, start), max(anchor, end), ctx.reading.in_title),
        derived=derived,
    )


def _hedged(text: str, sm: SentenceMentions, lo: int, hi: int, in_title: bool = False) -> bool:
    """A modal or future word in the clause just before or between the two ends of a claim."""
    window_start = max(sm.sentence.start, lo - 30)
    window = text[window_start:hi]
    return _hedged_window(window, in_title)
