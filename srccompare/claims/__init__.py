"""Claims: what each sentence of a source states, as typed facts with their quotes.

Step 5 of the flow (text → analysis → mentions → **claims** → alignment → verdicts → report).
Two rule families read the same mentions:

- ``lexical``: the shapes of common event families known well (a withdrawal's end, a
  deployment's per-country contingents, a strike's start, a cause given as a price change),
  one module per family (``dates``, ``counts``, ``participants``, ``causes``; ``counts`` with
  ``quantity_roles``, ``owners`` and ``speakers``), each finding its event word with ``triggers``;
- ``frames``: every value the lexical rules leave unclaimed, read off the dependency parse in
  open vocabulary (what it is about, what happened, its role), with ``words`` as synonym data;
- ``people``: ages keyed by person, named people with their role, named places;
- ``build``: what they share (making a claim with its quote, speaker and hedge).
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..claim import Claim
from ..reading import Reading
from .frames import attach_frames, build_frames
from .family import family_claims
from .people import age_claims
from .lexical import build_claims as build_lexical_claims

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["build_claims", "build_lexical_claims", "build_frames"]


def build_claims(reading: Reading, source: str, dct: date | None = None, doc: "Doc | None" = None) -> list[Claim]:
    """Every claim one text (a body or a title) states: the lexical rules' first, then open frames.

    ``doc`` is the text's parse; without it (or with an empty text) only the lexical rules run.
    """
    claims = build_lexical_claims(reading, source, dct)
    if doc is None or not reading.sentences:
        return claims
    from ..nlp import TokenIndex

    index = TokenIndex(doc)
    ages = age_claims(reading, index, source) + family_claims(reading, index, source)
    age_spans = [(c.start, c.end) for c in ages]
    # "died at 91" is an age: a lexical count read from the same words is dropped
    claims = [c for c in claims if not any(s <= c.start < e for s, e in age_spans)]
    claims = attach_frames(claims, reading, index)
    taken = [(c.start, c.end) for c in claims if not c.derived] + age_spans
    frames = build_frames(reading, index, source, dct, taken)
    return claims + ages + frames
