"""Lexical weapon claims: what an attack was carried out with, as a ``Category``.

"Opened fire in the hall with a shotgun", "armed with a knife", "threw petrol bombs at the
station": the weapon is a fact outlets often tell differently ("a shotgun" against "a long gun,
a shotgun or a rifle"; "petrol bombs" against "Molotov cocktails"). Each weapon word is
read with the chain of broader kinds it falls under (``lexicon.WEAPONS``), so a shotgun and a long
gun are compatible, a knife and a shotgun are not. A weapon counts only when the sentence tells
an attack (an event word of the attack, deaths or injuries families, or "armed with",
"wielding", "fired", "threw"). Part of ``lexical``.
"""
from __future__ import annotations

import re

from ..claim import Claim
from ..lexicon import WEAPONS
from ..reading import SentenceMentions
from ..values import Category
from .build import _claim, _Context

_NAMES = sorted(WEAPONS, key=len, reverse=True)
_WEAPON = re.compile(rf"\b(?P<name>{'|'.join(re.escape(n) for n in _NAMES)})(?:s|es)?\b", re.IGNORECASE)
_USE = re.compile(r"\b(?:armed with|wielding|-wielding|brandishing|fired|firing|opened fire|shot|stabbed|threw|thrown|"
                  r"hurled|lobbed|with an?|with (?:his|her|their) )\b", re.IGNORECASE)
_HARM_EVENTS = frozenset({"attack", "deaths", "injuries", "protests", "clashes"})


def _weapon_claims(sm: SentenceMentions, ctx: _Context) -> list[Claim]:
    """The first weapon a sentence about an attack names: "a long gun, a shotgun or a rifle"
    is a long gun; "armed with a knife and a gun" keeps the knife (one weapon per sentence,
    so a source is never read as contradicting itself within one sentence)."""
    text = ctx.reading.text
    s = sm.sentence
    m = _WEAPON.search(s.text)
    if m is None:
        return []  # most sentences name no weapon: skip the rest
    if not (_USE.search(s.text) or any(t.event in _HARM_EVENTS for t in sm.triggers)):
        return []
    label, broader = WEAPONS[m.group("name").lower()]
    start, end = s.start + m.start(), s.start + m.end()
    return [_claim(ctx, sm, event="attack", role="weapon", value=Category(label=label, broader=broader),
                   text=text[start:end], start=start, end=end)]
