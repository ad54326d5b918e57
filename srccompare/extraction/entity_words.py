"""The words of a text and the candidate spans the entity grammars propose.

Part of ``entities``: the table look-ups, the organisations a text defines and the person names
all read the same word list (a word keeps inner hyphens and apostrophes but not a possessive
"'s") and propose ``_Candidate`` spans, which ``entities`` resolves (longest wins).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..similarity import normalize
from ..values import EntityValue

# A word keeps inner hyphens and apostrophes ("Kassym-Jomart", "O'Brien", "Côte d'Ivoire" splits
# at the space) but not a possessive "'s", so "Putin's" yields "Putin".
_WORD = re.compile(r"\w+(?:-\w+|['’](?![sS]\b)\w+)*")


class _Word(NamedTuple):
    # a named tuple, not a frozen dataclass: a text has thousands of words and a tuple is
    # several times cheaper to build
    start: int
    end: int
    text: str
    capitalised: bool  # starts with an upper-case letter


def _words(text: str) -> list[_Word]:
    new = tuple.__new__  # what _Word(...) does, without the Python-level __new__ call
    return [new(_Word, (m.start(), m.end(), word := m.group(), word[:1].isupper())) for m in _WORD.finditer(text)]


@lru_cache(maxsize=65536)
def _word_count(text: str) -> int:
    """How many words ``text`` holds (names are counted many times over: cached)."""
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    entity: EntityValue | None
    via: str
    title: str | None = None


def _slug(text: str) -> str:
    return normalize(text).replace(" ", "-")
