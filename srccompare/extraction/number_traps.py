"""Numbers that count nothing: years, days of the month, clock times, labels, codes, model numbers.

Part of ``numbers``. A plain number (no unit, scale or "-strong") is a count only when its
context says so: "2000 troops" is a count but "in 2000" a year; "January 6" and "6 January"
are days, "at 9 pm" a time, "Section 5" and "chapter two" labels, "020" a code, "Boeing 737" a
model ("France sent 300, Italy 200" is a list, not a model: the word before is a country); "one"
is a pronoun in "no one", "one of the", "one must". A number glued to a word or a code ("G7",
"F-16", "COVID-19", "10-day") is never read.
"""
from __future__ import annotations

import re

from .counted_nouns import _NEXT_WORD
from .number_words import LABEL_WORDS, MONTHS, ONE_NOT_A_NUMBER_AFTER, ONE_NOT_A_NUMBER_BEFORE, STOP_WORDS, YEAR_CONTEXT_WORDS

_PREVIOUS_WORD = re.compile(r"([A-Za-z][A-Za-z'’\-]*)\.?[^\S\n]*[#]?[^\S\n]*$")
_CLOCK_AFTER = re.compile(
    r"[^\S\n]*(?:[ap]\.?[^\S\n]?m\b\.?|o['’]clock\b|(?:gmt|utc|bst|cet|est|pst)\b|hrs\b|h\b)",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(
    rf"[^\S\n]+(?:of[^\S\n]+)?(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b\.?"
)
# a street address after a number: an optional direction, one to three capitalised words (or an
# ordinal: "5th"), then a street word
_STREET_AFTER = re.compile(
    r"[^\S\n]+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[^\S\n]+)?"
    r"(?:(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))[^\S\n]+){1,3}"
    r"(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy|"
    r"Terrace|Square|Sq|Crescent|Row|Alley)\b\.?")
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


def _previous_word(text: str, start: int) -> str:
    """The word just before ``start`` (a trailing "." or "#" is skipped: "Jan. 6", "No. 5")."""
    found = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return found.group(1) if found else ""


def _country_name(word: str):
    """The country a capitalised word names, if any (imported late: entities is a sibling module)."""
    from .entities import country_by_name

    return country_by_name(word)


def _glued(text: str, start: int, end: int) -> bool:
    """True when the number is part of a word or code: "G7", "F-16", "COVID-19", "5G", "10-day"."""
    if start > 0:
        before = text[start - 1]
        if before.isalnum() or before in "_/:.#@":
            return True
        if before in "-‑" and start > 1 and text[start - 2].isalnum():
            return True
    if end < len(text):
        after = text[end]
        if after.isalnum() or after == "_":
            return True
        following = text[end + 1] if end + 1 < len(text) else ""
        if after in ":/-‑" and following.isalnum():
            return True
        if after == "." and following.isdigit():
            return True
    return False


def _is_count(
    text: str,
    match: re.Match[str],
    start: int,
    core_start: int,
    low: float,
    high: float,
    is_range: bool,
    qualifier: str,
    noun: tuple[str, int, int] | None,
) -> bool:
    """False for plain numbers that are years, days, times, labels, codes or the pronoun "one"."""
    digits = match.group("dig_a")
    words = match.group("words_a")
    previous = _previous_word(text, start)
    previous_lower = previous.lower().rstrip(".")
    after = match.end()

    if digits is not None:
        if len(digits) > 1 and digits.startswith("0") and not digits.startswith("0."):
            return False  # codes and phone fragments: "020", "007"
        integral = "," not in digits and "." not in digits
        if integral and 1800 <= low <= 2100 and high <= 2100:
            # a year-like number counts only with its noun right after it ("2000 troops")
            adjacent = noun is not None and text[after : noun[1]].strip() == ""
            if not adjacent or previous_lower in YEAR_CONTEXT_WORDS or is_range:
                return False
        day_like = float(low).is_integer() and 1 <= low <= 31 and high <= 31
        if day_like and (
            previous.rstrip(".") in MONTHS or _MONTH_AFTER.match(text, after)
        ):
            return False  # "January 6", "6 January", "May 19-20"
        if _CLOCK_AFTER.match(text, after) and high <= 24:
            return False
        if integral and qualifier == "exact" and not is_range and _STREET_AFTER.match(text, after):
            return False  # a street number: "310 N. Harbor Blvd.", "12 West Third Street"
        if qualifier == "exact" and previous_lower in LABEL_WORDS:
            return False
        if (
            qualifier == "exact"
            and noun is None
            and "," not in digits
            and previous[:1].isupper()
            and previous_lower not in STOP_WORDS
            and previous.rstrip(".") not in MONTHS
            and previous not in _WEEKDAYS
            and _country_name(previous) is None  # "France sent 300, Italy 200": a list, not a model
        ):
            return False  # a model or name number: "Boeing 737", "Windows 10"
    if (
        words is not None
        and words.lower() == "one"
        and not is_range
        and qualifier == "exact"
    ):
        following = _NEXT_WORD.match(text, after)
        next_lower = following.group(1).lower() if following else ""
        pronoun = (
            previous_lower in ONE_NOT_A_NUMBER_BEFORE
            or next_lower in ONE_NOT_A_NUMBER_AFTER
        )
        if pronoun or noun is None:
            return False  # "no one", "one of the", "one day", "one must"
    label = words is not None and qualifier == "exact" and previous_lower in LABEL_WORDS
    return not label  # "chapter two"
