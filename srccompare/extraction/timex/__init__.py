"""Temporal tagger: find TimeML temporal expressions (TIMEX3) in text and normalise them.

The public face of the subpackage; ``tagger`` holds the pass over the text, ``grammar`` the
regexes, ``calendar`` / ``relative`` / ``lengths`` the normalisers (dispatched by
``normalise``), ``resolve`` the context (DCT, narrative anchor, tense), ``values`` the calendar
arithmetic and ``lexicon`` the word lists.
"""
from __future__ import annotations

from .syntax import timex_roles
from .tagger import tag_timexes, timex_duration, timex_range

__all__ = ["tag_timexes", "timex_range", "timex_duration", "timex_roles"]
