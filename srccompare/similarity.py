"""String similarity for names: the one door through which srccompare uses jellyfish.

Entity recognition and alignment need to decide whether two strings name the same thing
("Organisation" vs "Organization", "Shoigu" vs "Shoygu", "Côte d'Ivoire" vs "Cote d'Ivoire").
Every such decision goes through this module, so normalisation is done once and the same way:
NFKC, casefold, diacritics stripped, punctuation turned into spaces, whitespace collapsed.

Conventions (see the style guide): ``*_similarity`` returns a float in [0, 1], higher is closer;
``*_distance`` returns a number ≥ 0. An empty string (after normalisation) is *missing*: every
similarity involving it is 0.0, so two blanks never look like a match.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jellyfish

__all__ = [
    "DEFAULT_NAME_THRESHOLD",
    "edit_distance",
    "name_similarity",
    "normalize",
    "phonetic_key",
    "same_name",
    "token_set_similarity",
]

DEFAULT_NAME_THRESHOLD = 0.92
"""Jaro-Winkler score at or above which two long normalised names count as one: high enough that
"Slovakia"/"Slovenia" (0.87) stay apart, low enough for one-letter spelling variants of long
names ("Organisation"/"Organization" in a four-word name scores ~0.99). Names shorter than
eight characters must match exactly (see ``same_name``)."""

# Anything that is not a letter, digit or whitespace becomes a space (apostrophes vanish so
# "Côte d'Ivoire" and "Cote dIvoire" agree).
_APOSTROPHES = re.compile(r"['’‘`ʼ]")
_NON_WORD = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Fold ``text`` into a comparable key: NFKC, casefold, no diacritics or punctuation.

    "Côte d’Ivoire" → "cote divoire"; "U.S." → "u s"; "  São   Tomé " → "sao tome".
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    # strip combining marks (diacritics) via NFKD, then recompose what is left
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = _APOSTROPHES.sub("", stripped)
    stripped = _NON_WORD.sub(" ", stripped)
    return _SPACES.sub(" ", stripped).strip()


def name_similarity(a: str, b: str) -> float:
    """Jaro-Winkler similarity of two names after ``normalize``; 0.0 if either is empty."""
    na, nb = normalize(a), normalize(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    return float(jellyfish.jaro_winkler_similarity(na, nb))


def same_name(a: str, b: str, threshold: float = DEFAULT_NAME_THRESHOLD) -> bool:
    """Whether two names are close enough to be spellings of one name.

    Short names are held to exact equality after normalisation: one letter of difference in a
    five-letter word is a different word ("Niger"/"Nigeria" share a prefix, "Iran"/"Iraq"
    differ by one letter), so fuzzy matching only applies when both keys are long.
    """
    na, nb = normalize(a), normalize(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    if min(len(na), len(nb)) < 8:
        return False
    return name_similarity(na, nb) >= threshold


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance between the normalised strings (≥ 0)."""
    return int(jellyfish.damerau_levenshtein_distance(normalize(a), normalize(b)))


def phonetic_key(word: str) -> str:
    """A Metaphone key for one word, so "Shoigu" and "Shoygu" share a key; "" if empty."""
    norm = normalize(word)
    if not norm:
        return ""
    return str(jellyfish.metaphone(norm)).replace(" ", "")


def token_set_similarity(a: str, b: str) -> float:
    """Similarity of two strings as sets of normalised words, in [0, 1].

    Each word of the smaller set is paired with its most similar word of the other set
    (Jaro-Winkler); the mean of those best scores is weighted by how much of the larger set
    was covered. Word order does not matter: "Defence Ministry of Russia" vs "Russian
    Defence Ministry" scores high; empty input scores 0.0.
    """
    ta = sorted(set(normalize(a).split()))
    tb = sorted(set(normalize(b).split()))
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.0
    def mean_best(small: list[str], large: list[str]) -> float:
        total = sum(
            max(float(jellyfish.jaro_winkler_similarity(word, other)) for other in large)
            for word in small
        )
        return total / len(small)

    if len(ta) == len(tb):  # average both directions so the score stays symmetric
        best = (mean_best(ta, tb) + mean_best(tb, ta)) / 2
    elif len(ta) < len(tb):
        best = mean_best(ta, tb)
    else:
        best = mean_best(tb, ta)
    coverage = min(len(ta), len(tb)) / max(len(ta), len(tb))
    score = best * (0.5 + 0.5 * coverage)
    return min(1.0, max(0.0, score))
