"""Whose a count is: the country or party that owns a number in its sentence.

"A sent 150 troops, B - 100, and C - 200" gives per-country contingents; "Rwanda's 1,300-strong
contingent", "a 400-strong Nepalese battalion", "about 400 Italians" name their own country;
"The NRA won 94 seats", "Mbewe took 47.8%" name who won the number. An owner keys the count,
so per-country figures are separate facts. Used by ``counts``.
"""
from __future__ import annotations

import re

from ..mentions import EntityMention, QuantityMention
from ..reading import SentenceMentions
from ..values import EntityValue
from ..extraction.entities import demonym_country
from .participants import _DASH_AFTER, _LOCATION_BEFORE, _SENDING_AFTER, _countries, _country_groups

_SEGMENT_BREAK = re.compile(r",|;|\s(?:and|while|but)\s", re.IGNORECASE)
# what a party, a candidate or a country does with the number that follows
_WINS_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+)?(?:(?:won|wins|took|takes|received|receives|secured|secures|garnered|got|gets|polled|obtained|claimed)|"
    r"(?:came|comes|finished|finishes|placed|ended(?: up)?)\s+\w+\s+with)\s+$",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"(?:^|[\s(])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})$")
_COMMA_ONLY = re.compile(r"\s*,\s*")
_ITEM_END = re.compile(r"\s*(?:[;.]|,\s+(?:and\s+)?[A-Z])")


def _item_ends(text: str, end: int, sentence_end: int) -> bool:
    """Whether a list item ends right after ``end``: "9;", "9.", "9, Peru", or the sentence's end
    (a bounded look, so a long sentence costs no more per number)."""
    tail = text[end:min(sentence_end, end + 12)]
    return bool(_ITEM_END.match(tail)) or (end + 12 >= sentence_end and not tail.strip())


def _contingent_owners(sm: SentenceMentions, text: str) -> dict[int, EntityValue]:
    """Quantities owned by one country each: 'A sent 150 troops, B - 100, and C - 200'.

    A country owns the quantity of its segment of the sentence when it stands alone (not in a
    list, not after a place preposition) and either sends it or heads a list of such segments.
    """
    countries = [c for c in _countries(sm) if not _in_list(c, sm, text)]
    owned: dict[int, EntityValue] = {}
    linked: dict[int, bool] = {}
    for q in sm.quantities:
        winner = _winner(sm, text, q) or _own_country(sm, text, q)
        if winner is not None:
            owned[q.start], linked[q.start] = winner, True
            continue
        listed = next((c for c in countries if 0 < q.start - c.end <= 4 and _COMMA_ONLY.fullmatch(text[c.end:q.start])
                       and _item_ends(text, q.end, sm.sentence.end)), None)
        if listed is not None:  # "Chile, 9; Peru: 12": a list of figures by country
            owned[q.start], linked[q.start] = listed.entity, False
            continue
        segment_start = sm.sentence.start
        for m in _SEGMENT_BREAK.finditer(text, sm.sentence.start, q.start):
            segment_start = m.end()
        inside = [c for c in countries if segment_start <= c.start and c.end <= q.start]
        if len(inside) != 1:
            continue
        country = inside[0]
        if _LOCATION_BEFORE.search(text[max(0, country.start - 12):country.start]):
            continue
        between = text[country.end:q.start]
        sends = _SENDING_AFTER.search(between) is not None
        dash = _DASH_AFTER.match(between) is not None or between.strip() in ("", "-", "—", "–", ":")
        if sends or dash:
            owned[q.start] = country.entity
            linked[q.start] = sends
    # a lone dash-linked count is too weak: keep owners only when a sending verb or a series backs them
    if len({e.id for e in owned.values()}) < 2:
        owned = {k: v for k, v in owned.items() if linked[k]}
    return owned


def _own_country(sm: SentenceMentions, text: str, q: QuantityMention) -> EntityValue | None:
    """The country a count belongs to by its own words: "Rwanda's 1,300-strong contingent",
    "a 400-strong Nepalese battalion", "about 400 Italians"."""
    noun_end = q.noun_end if q.noun_end is not None else q.end
    for entity in sm.entities:
        if entity.entity.type != "country":
            continue
        if entity.end <= q.start and re.fullmatch(r"['’]s\s+(?:an?\s+|the\s+)?", text[entity.end:q.start]):
            return entity.entity
        if q.end <= entity.start and entity.end <= noun_end and entity.via == "demonym":
            return entity.entity
    if q.noun and q.noun[:1].isupper():
        return demonym_country(q.noun)
    return None


def _winner(sm: SentenceMentions, text: str, q: QuantityMention) -> EntityValue | None:
    """Who wins, takes or receives a number: "The NRA won 94 seats", "Mbewe took 47.8%"."""
    segment_start = sm.sentence.start
    for m in _SEGMENT_BREAK.finditer(text, sm.sentence.start, q.start):
        segment_start = m.end()
    before = text[segment_start:q.start]
    for entity in sorted(sm.entities, key=lambda e: e.end, reverse=True):
        if segment_start <= entity.start and entity.end <= q.start and _WINS_AFTER.match(text[entity.end:q.start]):
            return entity.entity
    verb = re.search(r"\s+(?:has\s+|had\s+)?(?:\w+\s+\w+\s+with|\w+)\s+$", before)
    if verb and _WINS_AFTER.match(before[verb.start():]):
        name = _NAME_BEFORE.search(before[:verb.start()])
        if name and name.group("name").split()[0] not in ("The", "A", "An", "It", "He", "She", "They", "We"):
            words = name.group("name")
            return EntityValue(id=re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-"), name=words, type="person")
    return None


def _in_list(mention: EntityMention, sm: SentenceMentions, text: str) -> bool:
    return any(len(group) > 1 and mention in group for group in _country_groups(sm, text))
