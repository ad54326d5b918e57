"""Weigh the sources: shared text, shared originators, reporting time, updates, self-contradiction.

An analyst does not count five outlets that reprint one wire dispatch as five confirmations, and
does not call a toll of 18 at 9:00 and 31 at 18:00 a contradiction without saying that the second
is a later report. This module reads that from the articles and the aligned rows, as pure
functions:

- ``shared_text_groups``: sources that carry one underlying text (wire copies, light rewrites,
  trimmed copies), by exact overlap of word 5-shingles (containment of the smaller text);
- ``find_originator``: the agency a source credits for its text, from a dateline
  ("ATHENS (Reuters) -"), a byline ("By AFP"), a credit line ("— AP", "Reuters contributed") or
  "according to <agency>";
- ``build_context``: per source its group, originator, publication time and own timeline, and
  the independence clusters (shared text or shared originator = one report);
- ``weigh_row``: per row the independent support of each value, update marks when reports
  published at different times give different values of one count, and a source's own
  revisions (a headline against its body, a live blog's successive entries, "up from 18") settled
  on its current value;
- ``annotate_report``: the report's sources with group, originator and time rank.

Verdicts are left as the values say, with one exception, the self-contradiction rule: a source
whose headline disagrees with its body, whose live-blog entries revise a figure, or which says
itself that a figure was revised ("up from 18") is judged on its current value (the body, the
newest entry, the revised figure) instead of on all its values at once. Its other values stay in
the cell, marked.

Cost: shingling is linear in the text; pairs are found through an index of shingles, so the work
is linear in the text plus the number of (pair, shared shingle) hits, which is small unless many
sources share one text (then it is what the answer costs to state). Output order follows the
report's own order and publication times, never hashing, so reports stay byte-stable.

Layout (one module per job; this package re-exports the public names, so
``from srccompare.provenance import ...`` works as before):

- ``originators``: ``AGENCIES``, ``find_originator``;
- ``shared_text``: ``SHINGLE``, ``shingles``, ``text_overlap``, ``shared_text_groups``;
- ``timeline``: ``publication_interval``, ``live_entries``, a source's own revisions in its text;
- ``context``: ``ProvenanceContext``, ``build_context``;
- ``settling``: the self-contradiction rule (a source's current value and what it supersedes);
- ``weighing``: ``weigh_row``, ``annotate_report``.
"""
from __future__ import annotations

from .context import ProvenanceContext, build_context
from .originators import AGENCIES, find_originator
from .shared_text import SHINGLE, shared_text_groups, shingles, text_overlap
from .timeline import live_entries, publication_interval
from .weighing import annotate_report, weigh_row

__all__ = [
    "AGENCIES",
    "ProvenanceContext",
    "SHINGLE",
    "annotate_report",
    "build_context",
    "find_originator",
    "live_entries",
    "publication_interval",
    "shared_text_groups",
    "shingles",
    "text_overlap",
    "weigh_row",
]
