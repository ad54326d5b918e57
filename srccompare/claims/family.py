"""Family sizes: "Ana Ruiz, 41, a mother of five" says how many children she has.

News describes people by their families, and outlets copy or misremember the figure ("a mother
of 12" in five outlets, "the mother of 13" in a sixth). The number counts nobody in the news
(the numbers rules leave it alone as a "family size" trap), but it is a fact about a person:
here it becomes a count of children keyed by that person, like an age. The person is the one
named beside the phrase ("Ruiz, a mother of five", "mother of five Ana Ruiz", "Ruiz was the
mother of five"), or for "one of her five children" the last person named before it; an unnamed "the mother of five" is an epithet, settled per source to the
person the story names most (see ``people.settle_names``) and never a conflict's evidence.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ..claim import Claim, Frame
from ..extraction.number_words import UNITS
from ..lexicon import FAMILY_ROLES
from ..reading import Reading
from ..values import EntityValue, Quantity
from .build import make_claim
from .people import EPITHET, person_spans
from .words import person_key

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..nlp import TokenIndex

__all__ = ["family_claims"]

_NUMBER_WORDS = "|".join(sorted((w for w, n in UNITS.items() if n >= 1), key=len, reverse=True))
_FAMILY = re.compile(
    rf"\b(?:{FAMILY_ROLES})s?\s+of\s+"
    rf"(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\b(?!\s*(?:years?|months?|weeks?|days?|percent|per\s+cent|%|[.,]\d))"
    r"(?:\s+(?:young\s+|grown\s+|adult\s+)?(?:children|kids|sons|daughters|boys|girls))?",
    re.IGNORECASE)
# "one of her nine children", "two of his three sons": the whole a part is taken from is the family's
# size ("her two children were hurt" counts the hurt, not the family)
_POSSESSED = re.compile(
    rf"(?<=\bof )(?:her|his)\s+(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+(?:young\s+|grown\s+|adult\s+)?(?:children|kids|sons|daughters)\b",
    re.IGNORECASE)
# what may stand between a name and its family phrase: ", 34, a ", " was the ", "-who was a "
_BETWEEN_NAME_AND_PHRASE = re.compile(r"^(?:,\s*\d{1,3},\s*|,\s*|\s*[-–—]\s*who\s+(?:was|is)\s+|\s+(?:was|is)\s+)"
                                      r"(?:a|an|the)?\s*(?:\w+\s+){0,2}$", re.IGNORECASE)


def family_claims(reading: Reading, index: "TokenIndex", source: str) -> list[Claim]:
    """Every family size the text gives, as a count of children keyed by its person."""
    claims = []
    for sm in reading.sentences:
        people = person_spans(sm, index)
        found = [*_FAMILY.finditer(reading.text, sm.sentence.start, sm.sentence.end),
                 *_POSSESSED.finditer(reading.text, sm.sentence.start, sm.sentence.end)]
        for m in found:
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else UNITS[word]
            if m.re is _POSSESSED:  # "Ruiz was walking with one of her five children": the person before the pronoun
                owner = next((p.text for p in reversed(people) if p.end_char <= m.start()), "")
            else:
                owner = _owner(people, m, reading.text) or _proper_name_beside(index, m, reading.text)
            who = EntityValue(id=person_key(owner), name=owner, type="person") if owner else None
            frame = Frame(what="child", happened="family", modifiers=[], predicate="")
            claims.append(make_claim(source, reading, sm, event="family", role="count",
                                     value=Quantity(low=n, high=n, unit="child", stated=n), text=m.group(0),
                                     start=m.start(), end=m.end(), frame=frame, hedge_from=m.start(), hedge_to=m.end(),
                                     detail=None if who else EPITHET, entity=who))
    return claims


def _owner(people: Sequence["Span"], m: "re.Match[str]", text: str) -> str:
    """The person named right after the phrase ("mother of five Ana Ruiz") or right before it,
    with only an age, a comma, an article or "was" between ("Ruiz, 41, a mother of five")."""
    after = [p for p in people if 0 <= p.start_char - m.end() <= 2]
    if after:
        return after[0].text
    before = [p for p in people if p.end_char <= m.start() and m.start() - p.end_char <= 30
              and _BETWEEN_NAME_AND_PHRASE.match(text[p.end_char:m.start()])]
    return before[-1].text if before else ""


_NAME_AFTER = re.compile(r"\s(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
_CAPITALISED = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)")


def _proper_name_beside(index: "TokenIndex", m: "re.Match[str]", text: str) -> str:
    """The same, for a name the recogniser missed: proper nouns right after the phrase, or a
    proper noun before it with only what ``_BETWEEN_NAME_AND_PHRASE`` allows between."""
    after = _NAME_AFTER.match(text, m.end())
    if after and all((t := index.at(after.start("name") + i)) is not None and t.pos_ == "PROPN"
                     for i in (0, len(after.group("name")) - 1)):
        return after.group("name")
    window_start = max(0, m.start() - 45)
    before = next((w for w in reversed(list(_CAPITALISED.finditer(text, window_start, m.start())))
                   if _BETWEEN_NAME_AND_PHRASE.match(text[w.end():m.start()])), None)
    if before:
        token = index.at(before.start("name"))
        if token is not None and token.pos_ == "PROPN" and token.i > token.sent.start:
            return before.group("name")  # not a sentence's first word, which is capitalised anyway
        if token is not None and token.pos_ == "PROPN" and text[before.end():m.start()].strip().startswith(("was", "is")):
            return before.group("name")  # "Ruiz was the mother of five"
    return ""
