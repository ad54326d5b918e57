"""Lexical cause claims: a price change that sets off an event, as a ``Change``.

"A twofold increase in fuel prices sparked protests", "protests over a doubling of bread prices":
the change (its direction, its factor, the commodity when we know it) is the cause of the event
its causal verb or "over"/"caused by" links it to; a change that causes nothing named is a fact
about prices. The causal verbs are also read by ``dates`` ("On May 2, price rises sparked
protests" dates the protests). Part of ``lexical``.
"""
from __future__ import annotations

import re

from ..claim import Claim
from ..lexicon import CAUSAL_VERBS, CAUSED_BY, CHANGE_NOUNS_DOWN, CHANGE_NOUNS_UP, COMMODITIES, PRICE_NOUNS
from ..reading import SentenceMentions, Trigger
from ..values import Category, Change, Quantity
from .build import _claim, _Context
from .triggers import _eligible_triggers

_CAUSAL = re.compile(rf"\b(?:{CAUSAL_VERBS})\b", re.IGNORECASE)
_CAUSED_BY = re.compile(rf"\b(?:{CAUSED_BY})\b", re.IGNORECASE)
_CHANGE_NOUN = re.compile(
    rf"\b(?P<noun>(?P<up>{CHANGE_NOUNS_UP})|(?P<down>{CHANGE_NOUNS_DOWN}))\s+(?:in|of)\s+(?:the\s+)?"
    rf"(?P<subject>(?:[\w'’-]+\s+){{0,3}}?)(?P<price>{PRICE_NOUNS})\b",
    re.IGNORECASE,
)
_CHANGE_VERB = re.compile(
    rf"\b(?P<subject>(?:[\w'’-]+\s+){{0,3}}?)(?P<price>{PRICE_NOUNS})\s+(?:have\s+|has\s+|had\s+)?"
    r"(?P<verb>(?P<up>doubled|tripled|quadrupled|rose|risen|increased|jumped|soared|surged|climbed|spiked)|"
    r"(?P<down>halved|fell|fallen|dropped|declined|decreased|plunged|slumped))\b",
    re.IGNORECASE,
)
_CHANGE_HINT = re.compile(
    rf"\b(?:{CHANGE_NOUNS_UP}|{CHANGE_NOUNS_DOWN}|doubled|tripled|quadrupled|rose|risen|increased|jumped|soared|"
    r"surged|climbed|spiked|halved|fell|fallen|dropped|declined|decreased|plunged|slumped)\b",
    re.IGNORECASE,
)
_PRICE_HINT = re.compile(rf"\b(?:{PRICE_NOUNS})\b", re.IGNORECASE)
_VERB_FACTORS = {"doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_COMMODITY_WORDS = sorted(COMMODITIES, key=len, reverse=True)


def _commodity(words: str) -> Category | None:
    """The commodity named in a price phrase, with its broader chain; None when it is not one we know.

    Unknown subjects ("the company's shares", "Norrvik shares") are left unnamed rather than
    compared as strings, where two wordings of one thing would look like a conflict.
    """
    phrase = " ".join(words.lower().split())
    for name in _COMMODITY_WORDS:
        if re.search(rf"\b{re.escape(name)}\b", phrase):
            return Category(label=name, broader=COMMODITIES[name])
    return None


def _change_mentions(sm: SentenceMentions) -> list[tuple[int, int, Change]]:
    s = sm.sentence
    if _CHANGE_HINT.search(s.text) is None or _PRICE_HINT.search(s.text) is None:
        return []  # most sentences name no change: skip the costlier patterns
    found = []
    for pattern in (_CHANGE_NOUN, _CHANGE_VERB):
        for m in pattern.finditer(s.text):
            start, end = s.start + m.start(), s.start + m.end()
            direction = "up" if m.group("up") else "down"
            factor = _factor_near(sm, start, end, direction)
            if factor is None and "verb" in m.groupdict() and m.group("verb"):
                multiple = _VERB_FACTORS.get(m.group("verb").lower())
                if multiple:
                    factor = Quantity(low=multiple, high=multiple, unit="times", stated=multiple)
            if factor is not None and factor.low is not None:
                start = min(start, _factor_start(sm, start) or start)
            subject = _commodity(m.group("subject"))
            found.append((start, end, Change(direction=direction, factor=factor, subject=subject)))
    return found


def _factor_near(sm: SentenceMentions, start: int, end: int, direction: str) -> Quantity | None:
    """The multiplier of a change: "a twofold increase", "fell 8%" (×0.92), "a 50% rise" (×1.5)."""
    sign = 1 if direction == "up" else -1
    for q in sm.quantities:
        if q.value.unit in ("times", "percent") and (0 <= start - q.end <= 12 or 0 <= q.start - end <= 12 or start <= q.start < end):
            if q.value.unit == "percent" and q.value.low is not None:
                ends = sorted(1 + sign * x / 100 for x in (q.value.low, q.value.high if q.value.high is not None else q.value.low))
                return Quantity(low=round(ends[0], 6), high=round(ends[1], 6), unit="times",
                                qualifier=q.value.qualifier, stated=round(1 + sign * (q.value.stated or q.value.low) / 100, 6))
            return q.value
    return None


def _factor_start(sm: SentenceMentions, start: int) -> int | None:
    starts = [q.start for q in sm.quantities if q.value.unit in ("times", "percent") and 0 <= start - q.end <= 12]
    return starts[0] if starts else None


def _cause_claims(sm: SentenceMentions, ctx: _Context) -> list[Claim]:
    claims = []
    s = sm.sentence
    for start, end, change in _change_mentions(sm):
        text = ctx.reading.text[start:end]
        effect: Trigger | None = None
        after = s.text[end - s.start:]
        causal = _CAUSAL.search(after)
        if causal and causal.start() <= 12:
            verb_end = end + causal.end()
            effect = next((t for t in _eligible_triggers(sm) if 0 <= t.start - verb_end <= 30), None)
        if effect is None:
            for trigger in _eligible_triggers(sm):
                between = ctx.reading.text[trigger.end:start]
                if trigger.end <= start and len(between) <= 60 and _CAUSED_BY.search(between):
                    effect = trigger
        if effect is None:
            claims.append(_claim(ctx, sm, event="prices", role="change", value=change, text=text, start=start, end=end))
        else:
            claims.append(_claim(ctx, sm, event=effect.event, role="cause", value=change, text=text,
                                 start=start, end=end, anchor=effect.start))
    return claims
