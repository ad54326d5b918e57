"""The noun a number counts, and that noun as a unit: "over 2,000 Russian troops" → troop.

Part of ``numbers``. After a number, up to three modifiers are skipped ("Russian", "special
forces") and the last word of the first run of plurals is the counted noun ("forces soldiers" →
soldiers); after "-strong" or "one" the first word that is no modifier is ("special forces
squad" → squad). ``singular_unit`` makes the unit: singular, lower case, currencies as codes
("people" → person, "dollars" → usd). Claims use it too, to name what "94 of the 229 seats"
counts.
"""
from __future__ import annotations

import re

from .number_pattern import _SP
from .number_words import CURRENCY_WORDS, IRREGULAR_PLURALS, IRREGULAR_SINGULARS, STOP_WORDS

_NEXT_WORD = re.compile(
    rf"(?:{_SP}+|{_SP}*\n{_SP}*)([A-Za-z](?:[A-Za-z'’\-]*[A-Za-z])?)"
)
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "GIs", "MPs", "NGOs"
_ADJECTIVE_ENDINGS = (
    "al",
    "ic",
    "ive",
    "ous",
    "ful",
    "ary",
    "ian",
    "ese",
    "ish",
    "ed",
    "ing",
    "ly",
    "-",
)
_OF_DETERMINERS = frozenset(
    {"its", "their", "his", "her", "our", "the", "those", "these", "whose"}
)


def _is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return True
    return (
        len(word) >= 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous", "'s", "’s"))
        and word not in STOP_WORDS
    )


# one spelling per unit of length, so that "4 km" and "about 4 kilometres" are one measure
UNIT_SPELLINGS = {"km": "kilometre", "kms": "kilometre", "kilometer": "kilometre", "kilometers": "kilometre",
                  "kilometres": "kilometre", "meter": "metre", "meters": "metre", "metres": "metre",
                  "ft": "foot", "feet": "foot", "mi": "mile", "miles": "mile"}


def singular_unit(noun: str) -> str:
    """The counted noun as a unit: singular, lower case ("troops" → "troop", "people" →
    "person", "dollars" → "usd")."""
    word = noun.lower()
    if word in UNIT_SPELLINGS:
        return UNIT_SPELLINGS[word]
    if _ACRONYM_PLURAL.fullmatch(noun):
        return word[:-1]
    if word in CURRENCY_WORDS:
        return CURRENCY_WORDS[word]
    if word in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[word]
    if not _is_plural(word):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return word[:-2]
    return word[:-1]


def _counted_noun(
    text: str, position: int, *, singular: bool, after_of: bool
) -> tuple[str, int, int] | None:
    """The counted noun after ``position``: skip up to three modifiers ("Russian", "special
    forces") and take the last word of the first run of plurals ("forces soldiers" → soldiers).
    ``singular`` (after "-strong" or "one") takes the first word that does not look like a
    modifier instead ("special forces squad" → squad).
    """
    words: list[tuple[str, int, int]] = []
    cursor = position
    for _ in range(7):
        found = _NEXT_WORD.match(text, cursor)
        if not found:
            break
        words.append((found.group(1), found.start(1), found.end(1)))
        cursor = found.end()
        if cursor < len(text) and not text[cursor].isspace():
            break  # punctuation ends the noun phrase
    index = 0
    if (
        len(words) >= 2
        and words[0][0].lower() == "of"
        and words[1][0].lower() in _OF_DETERMINERS
    ):
        index = 2  # "100 of its troops"
    elif after_of and words and words[0][0].lower() in _OF_DETERMINERS:
        index = 1  # "thousands of the city's residents"
    head: tuple[str, int, int] | None = None
    modifiers = 0
    for word, start, end in words[index:]:
        lower = word.lower().rstrip("'’")
        acronym = word.isupper() and len(word) >= 2
        if lower in CURRENCY_WORDS and head is None:
            return word, start, end
        if lower in STOP_WORDS and not acronym:
            break
        if lower.endswith(("'s", "’s")):  # a possessive modifies what follows
            if head is not None:
                break
            modifiers += 1
            continue
        if singular:
            # the head is the first word that is not a modifier: "special forces squad",
            # "Kyrgyz contingent", "jury heard" → squad, contingent, jury
            if (
                word[:1].isupper()
                or _is_plural(lower)
                or lower.endswith(_ADJECTIVE_ENDINGS)
            ):
                modifiers += 1
                if modifiers > 3:
                    break
                continue
            return word, start, end
        if (not acronym and _is_plural(lower)) or _ACRONYM_PLURAL.fullmatch(word):
            head = (word, start, end)
            continue
        if head is not None:
            break
        modifiers += 1
        if modifiers > 3:
            break
    return head
