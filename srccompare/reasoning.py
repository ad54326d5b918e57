"""Reasoning per source: what follows from a source's own claims about one event.

Step 5 of the flow. A source that gives a start and a duration has, in effect, given an end:
"began on 13 January … is to last 10 days" ends on the 22nd or 23rd (depending on whether
the first day counts). When another source states the end ("complete by the 19th"), the
duration is compared as the end it implies. The derived claim keeps the words and offsets of
the duration it came from and says how it was reached, so the report can show the arithmetic.
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import Mapping, Sequence

from .bounds import add_days, ceil_days, floor_days
from .claim import Claim
from .values import Duration, TimeRange

__all__ = ["end_from_start", "counting_of", "reconcile_schedules"]


_HOURS = re.compile(r"\bhours?\b|-hour\b", re.IGNORECASE)
_DAY_ADJECTIVE = re.compile(r"\b[\w]+-(?:day|week|month)\b", re.IGNORECASE)


def end_from_start(start: date, duration: Duration, counting: str = "either") -> TimeRange:
    """The days on which something that starts on ``start`` and lasts ``duration`` ends.

    ``counting`` is how the text counts: "inclusive" when the first day is day one (a
    "two-day summit" opening Thursday ends Friday: ``start + n - 1``), "exact" for lengths in
    hours (48 hours from Monday ends Wednesday: ``start + n``), "either" when the words leave
    both open ("is to last 10 days": the end is one of the two days).
    """
    low = 0.0 if duration.min_days is None else duration.min_days
    high = duration.max_days
    first_day_counts = 0 if counting == "exact" or low == 0 else 1
    earliest = add_days(start, max(floor_days(low) - first_day_counts, 0))
    if high is None:
        latest = None
    else:
        latest = add_days(start, max(ceil_days(high) - (1 if counting == "inclusive" and high >= 1 else 0), 0))
    return TimeRange(earliest=earliest, latest=latest, granularity="day")


def counting_of(words: str) -> str:
    """How a duration's words count days: exact (hours), inclusive ("two-day"), or either."""
    if _HOURS.search(words):
        return "exact"
    if _DAY_ADJECTIVE.search(words):
        return "inclusive"
    return "either"


def _start_days(claims: Sequence[Claim]) -> dict[str, date]:
    """The first stated start day of each event in one source's claims."""
    days: dict[str, date] = {}
    for claim in claims:
        value = claim.value
        if (claim.role == "start" and claim.entity is None and isinstance(value, TimeRange)
                and value.earliest is not None and value.earliest == value.latest):
            days.setdefault(claim.event, value.earliest)
    return days


def reconcile_schedules(by_source: Mapping[str, Sequence[Claim]]) -> dict[str, list[Claim]]:
    """Put durations and ends of the same event on one footing across sources.

    For each event that some source gives an end for, the duration of every source that also
    gives a start day becomes the end it implies (a derived claim in place of the stated one,
    so every stated claim still appears exactly once). Durations of sources without a start
    stay durations.
    """
    events_with_end: set[str] = set()
    durations: dict[str, list[tuple[str, Claim]]] = defaultdict(list)
    for source, claims in by_source.items():
        for claim in claims:
            if claim.entity is not None or claim.detail is not None:
                continue
            if claim.role == "end":
                events_with_end.add(claim.event)
            elif claim.role == "duration" and isinstance(claim.value, Duration):
                durations[claim.event].append((source, claim))

    convert = {event for event in durations if event in events_with_end}

    result: dict[str, list[Claim]] = {}
    for source, claims in by_source.items():
        starts = _start_days(claims)
        out = []
        for claim in claims:
            start = starts.get(claim.event) if claim.event in convert else None
            if start is not None and claim.role == "duration" and claim.entity is None and claim.detail is None \
                    and isinstance(claim.value, Duration):
                end = end_from_start(start, claim.value, counting_of(claim.text))
                claim = claim.model_copy(update={
                    "role": "end",
                    "value": end,
                    "derived": f"{claim.value.describe()} from {start.isoformat()}",
                })
            out.append(claim)
        result[source] = out
    return result
