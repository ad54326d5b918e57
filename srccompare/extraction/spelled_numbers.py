"""Numbers written in words: "two thousand" → 2000, "one and a half million", "half a million".

Part of the numbers grammar (``numbers``): the master pattern finds a run of number words, and
``parse_number_words`` reads it into one value, or says it is not one number ("five six": units
must fall into place under tens, hundreds and falling scales).
"""
from __future__ import annotations

import re

from .number_words import SCALES, TENS, UNITS

_WORD_TOKEN = re.compile(r"[a-z]+")
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25}


def parse_number_words(words: str) -> float | None:
    """Read an English number in words: "two thousand" → 2000.0, "one and a half million" →
    1500000.0, "a dozen" → 12.0, "half a million" → 500000.0. ``None`` if it is not one number
    ("five six", "a", "the").
    """
    tokens = _WORD_TOKEN.findall(words.lower())
    total = 0.0
    current = 0.0
    seen_number = False
    pending_article = False  # "a"/"an" must be followed by a scale word or "half"
    last_scale = 0
    for index, token in enumerate(tokens):
        if token == "and":
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in ("a", "an"):
            if following in _FRACTIONS:
                continue  # "one and a half", "a quarter of"
            if following not in SCALES:
                return None
            if 0 < current < 1:
                continue  # "half a million": the "a" only links the fraction to its scale
            pending_article = True
            continue
        if token == "of" and 0 < current < 1 and following in ("a", "an"):
            continue  # "a quarter of a million"
        if token in _FRACTIONS:
            fraction = _FRACTIONS[token]
            if token.startswith("quarter") and current >= 1:
                current *= fraction  # "three quarters"
            elif current == 0 and last_scale:
                total += fraction * last_scale  # "a million and a half"
            else:
                current += fraction  # "half", "one and a half"
            seen_number = True
            continue
        if token in UNITS:
            if current % 10 != 0 and current != 0.5 or pending_article:
                return None
            if current % 100 != 0 and UNITS[token] >= 10:
                return None
            current += UNITS[token]
        elif token in TENS:
            if current % 100 != 0 or pending_article:
                return None
            current += TENS[token]
        elif token in SCALES:
            scale = SCALES[token]
            if (
                scale < 1000
            ):  # hundred, dozen multiply the current group: "twenty-five hundred"
                if current >= scale:
                    return None  # "hundred hundred"
                current = (current or 1.0) * scale
            else:
                if last_scale and scale >= last_scale:
                    return None  # "a million million": scales must fall
                total += (current or 1.0) * scale
                current = 0.0
                last_scale = scale
            pending_article = False
        else:
            return None
        seen_number = True
    if not seen_number or pending_article:
        return None
    return total + current
