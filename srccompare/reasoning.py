"""Reasoning per source: what follows from a source's own claims about one event.

Step 5 of the flow. A source that gives a start and a duration has, in effect, given an end:
"began on 13 January … is to last 10 days" ends on the 22nd or 23rd (depending on whether
the first day counts). When another source states the end ("complete by the 19th"), the
duration is compared as the end it implies. The derived claim keeps the words and offsets of
the duration it came from and says how it was reached, so the report can show the arithmetic.
"""
from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from typing import Mapping, Sequence

from .claim import Claim
from .values import Duration, TimeRange

__all__ = ["end_from_start", "reconcile_schedules"]


def end_from_start(start: date, duration: Duration) -> TimeRange:
    """The days on which something that starts on ``start`` and lasts ``duration`` ends.

    Counting the first day as day one gives ``start + n - 1``; counting from the next day gives
    ``start + n``. Both readings are common in news, so the end is the range of the two.
    """
    low = 0.0 if duration.min_days is None else duration.min_days
    earliest = start + timedelta(days=max(math.floor(low) - 1, 0))
    latest = None if duration.max_days is None else start + timedelta(days=math.ceil(duration.max_days))
    return TimeRange(earliest=earliest, latest=latest, granularity="day")


def _start_day(claims: Sequence[Claim], event: str) -> date | None:
    for claim in claims:
        value = claim.value
        if (claim.event == event and claim.role == "start" and claim.entity is None
                and isinstance(value, TimeRange) and value.earliest is not None and value.earliest == value.latest):
            return value.earliest
    return None


def reconcile_schedules(by_source: Mapping[str, Sequence[Claim]]) -> dict[str, list[Claim]]:
    """Put durations and ends of the same event on one footing across sources.

    For each event: when some source states its end and every source that states its duration
    also gives a start day, each duration becomes the end it implies (a derived claim in
    place of the stated one, so every stated claim still appears exactly once). Otherwise
    durations stay durations.
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

    convert: set[str] = set()
    for event, stated in durations.items():
        if event in events_with_end and all(_start_day(by_source[s], event) for s, _ in stated):
            convert.add(event)

    result: dict[str, list[Claim]] = {}
    for source, claims in by_source.items():
        out = []
        for claim in claims:
            if claim.event in convert and claim.role == "duration" and claim.entity is None and claim.detail is None \
                    and isinstance(claim.value, Duration):
                start = _start_day(claims, claim.event)
                assert start is not None  # guaranteed by the check above
                end = end_from_start(start, claim.value)
                claim = claim.model_copy(update={
                    "role": "end",
                    "value": end,
                    "derived": f"{claim.value.describe()} from {start.isoformat()}",
                })
            out.append(claim)
        result[source] = out
    return result
