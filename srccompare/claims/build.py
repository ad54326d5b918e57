"""What the claim rules share: making a ``Claim`` from a frame, its quote, speaker and hedge.

Used by ``frames`` (values read off the parse) and ``people`` (ages, named people and places).
"""
from __future__ import annotations


from ..claim import Claim, Frame
from ..reading import Reading, SentenceMentions
from ..values import EntityValue
from .lexical import _HEDGE

__all__ = ["make_claim"]


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
