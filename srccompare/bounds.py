"""The calendar's edges: date arithmetic that cannot overflow, and a plausible publication window.

Python's dates run from year 1 to year 9999. Text can say anything ("missing for 21 centuries",
"will last 40,000 years"), so a derived date may fall outside that range. ``add_days`` then
stops at the edge (``date.min`` or ``date.max``) instead of raising ``OverflowError``: a bound
beyond the calendar is as far as the calendar goes, which keeps interval comparisons right
(40,000 years from now still lies after next year) and never invents a closer date.
``beyond_calendar`` tells whether a date sits on an edge, so the report can mark it.

A publication date far from today makes every relative date ("yesterday", "last week", "five
years ago") arithmetic near the edges; ``resolvable_publication`` says whether a publication
day is inside the window in which srccompare resolves relative dates against it.
"""
from __future__ import annotations

import math
from datetime import date, timedelta

__all__ = ["add_days", "ceil_days", "floor_days", "beyond_calendar", "resolvable_publication", "RESOLVABLE_FROM", "RESOLVABLE_UNTIL"]

RESOLVABLE_FROM = date(1000, 1, 1)
RESOLVABLE_UNTIL = date(8999, 12, 31)


def add_days(day: date, days: float) -> date:
    """``day`` plus ``days`` whole days (a float is taken as is by ``timedelta``), stopping at
    the calendar's edges; an infinite or NaN shift goes to the edge on its side (NaN: ``day``)."""
    if math.isnan(days):
        return day
    if math.isinf(days):
        return date.max if days > 0 else date.min
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def ceil_days(days: float) -> float:
    """``math.ceil`` that leaves infinity and NaN as they are (``add_days`` takes them)."""
    return math.ceil(days) if math.isfinite(days) else days


def floor_days(days: float) -> float:
    """``math.floor`` that leaves infinity and NaN as they are."""
    return math.floor(days) if math.isfinite(days) else days


def beyond_calendar(day: date | None) -> bool:
    """Whether a derived date was stopped at the calendar's first or last day."""
    return day is not None and (day == date.min or day == date.max)


def resolvable_publication(day: date | None) -> bool:
    """Whether relative dates are resolved against this publication day (years 1000-8999)."""
    return day is not None and RESOLVABLE_FROM <= day <= RESOLVABLE_UNTIL
