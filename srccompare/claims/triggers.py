"""Which event word a value belongs to: the nearest one in its clause, left before right.

Shared by the lexical rule families (``dates``, ``counts``, ``causes``): event words inside an
attribution ("…, the ministry said") or after "against"/"over" (a cause, not the event) are not
candidates; a general event word counts only when no specific one is in the sentence; each clause
break between a value and a word adds a penalty to their distance.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..extraction.numbers import singular_unit
from ..lexicon import CLAUSE_BREAKS, PERSON_NOUNS
from ..reading import LOW_PRIORITY_EVENTS, SentenceMentions, Trigger

_CLAUSE_BREAK = re.compile(CLAUSE_BREAKS, re.IGNORECASE)
_CAUSE_BEFORE = re.compile(r"\b(?:against|over)\s+(?:the\s+|rising\s+|high\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_PENALTY = 500  # distance added for each clause break between two words


def _breaks(text: str, sm: SentenceMentions) -> list[int]:
    """Offsets of clause breaks (";", ", while", " but ") inside the sentence."""
    return [sm.sentence.start + m.start() for m in _CLAUSE_BREAK.finditer(sm.sentence.text)]


def _in_attribution(sm: SentenceMentions, start: int, end: int) -> bool:
    return any(a.start <= start and end <= a.end for a in sm.attributions)


def _eligible_triggers(sm: SentenceMentions, *, epithets: bool = True) -> list[Trigger]:
    """Event words outside attribution phrases; general ones only when nothing specific is there.

    A word after "against" or "over" names a cause ("march against housing costs"), not the event;
    with ``epithets=False`` (for dates) neither is a word that describes a person ("a convicted
    burglar").
    """
    found = [t for t in sm.triggers if not _in_attribution(sm, t.start, t.end)
             and not _CAUSE_BEFORE.search(sm.sentence.text, max(0, t.start - sm.sentence.start - 120), t.start - sm.sentence.start)
             and (epithets or not describes_a_person(sm, t))]
    specific = [t for t in found if t.event not in LOW_PRIORITY_EVENTS]
    return specific or found


_WORDS_AFTER = re.compile(r"\s+([a-z-]+)(?:\s+([a-z-]+))?(?:\s+([a-z-]+))?")
_CURRENT_HARM = frozenset({"injuries", "deaths"})  # "three injured people", "the dead man": harm of the story itself


def describes_a_person(sm: SentenceMentions, trigger: Trigger) -> bool:
    """Whether an event word is an epithet of a person, not an event of the story: "a convicted
    burglar escaped Monday", "the jailed leader appeared on Tuesday" date the escape and the hearing,
    not a conviction or a jailing. (Counts keep such words, and harm words stay the story's own:
    "three injured people were taken to hospital on Monday".)"""
    if trigger.event in _CURRENT_HARM or not trigger.text.lower().endswith("ed"):
        return False
    after = _WORDS_AFTER.match(sm.sentence.text, trigger.end - sm.sentence.start)
    if after is None:
        return False
    return any(w and singular_unit(w) in PERSON_NOUNS for w in after.groups())


def _distance(anchor: int, trigger: Trigger, breaks: Sequence[int], text: str = "") -> float:
    lo, hi = sorted((anchor, trigger.start))
    crossed = sum(1 for b in breaks if lo < b < hi)
    if trigger.start > anchor and trigger.text.endswith("ing") and text[max(0, trigger.start - 2):trigger.start] == ", ":
        crossed += 1  # ", killing five people": a participle clause tells a consequence, not the head
    gap = trigger.start - anchor if trigger.start >= anchor else anchor - trigger.end
    # a word just left of the anchor is likelier its head than one as far to the right
    weight = 1.0 if trigger.start < anchor else 1.15
    return max(gap, 0) * weight + crossed * _PENALTY


def _nearest_trigger(sm: SentenceMentions, text: str, anchor: int, *, exclude: Iterable[str] = (),
                     epithets: bool = True) -> Trigger | None:
    candidates = [t for t in _eligible_triggers(sm, epithets=epithets) if t.event not in set(exclude)]
    if not candidates:
        return None
    breaks = _breaks(text, sm)
    return min(candidates, key=lambda t: (_distance(anchor, t, breaks, text), t.start))
