"""Normaliser for a part of a month or a year picked out by an ordinal: "the first week of
January", "the last weekend of May", "the first days of 2022", "the last day of February",
"the first Monday of March", "the third Sunday in January".

An ordinal day or weekday of a month is one calendar day, as "March 4" is: the words name it
as exactly as a date does (the way holidays are fixed: "the fourth Thursday of November").
Read as two timexes ("the last day" a length, "Monday" the nearest one) it was a day of the
wrong week and a duration of nothing.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .grammar import group
from .lexicon import month_number, weekday_number
from .reading import Reading, date_reading, is_capitalised, month_year
from .resolve import Context
from .values import CalendarPoint, format_point, shift_point

__all__ = ["HANDLERS", "nth_weekday"]

_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th (or, for n < 0, last) ISO ``weekday`` of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _nth_day(year: int, month: int, n: int) -> date:
    """The ``n``-th (or, for n < 0, last) day of a month."""
    if n > 0:
        return date(year, month, n)
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def _nth_week(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """ "the first week of January": the week holding that stretch of the month; "the last day
    of February", "the first Monday of March": that day."""
    g = lambda n: group(m, "nth_week", n)  # noqa: E731
    unit = g("unit").lower()
    n = _NTH[g("nth").lower()]
    wd = weekday_number(unit)
    if wd is not None and not is_capitalised(g("unit")):
        return None
    if g("yonly"):  # "the first days of 2022": the year, at its start (or end)
        y = int(g("yonly"))
        if unit == "day" or wd is not None:  # "the last day of 2022": December 31
            month = 1 if n > 0 else 12
            d = _nth_day(y, month, n) if unit == "day" else nth_weekday(y, month, wd, n)
            return date_reading(CalendarPoint("day", d), "day")
        mod = "END" if n < 0 else "START"
        if unit not in ("days", "months", "week"):
            return None
        return date_reading(CalendarPoint("year", date(y, 1, 1)), "year", mod)
    if not is_capitalised(g("mon")) or unit == "months":
        return None
    month = month_number(g("mon"))
    year = int(g("y")) if g("y") else month_year(ctx, month, start, end)
    if year is None or month is None:
        if unit == "day" or wd is not None:
            return Reading("DATE", f"XXXX-{month or 0:02d}-XX" if month else "XXXX-XX-XX")
        return Reading("DATE", "XXXX-WXX" if unit != "days" else f"XXXX-{month or 0:02d}")
    first = date(year, month, 1)
    if unit == "day":
        return date_reading(CalendarPoint("day", _nth_day(year, month, n)), "day")
    if wd is not None:
        return date_reading(CalendarPoint("day", nth_weekday(year, month, wd, n)), "day")
    if unit == "days":  # "the first days of January": the month, at its start
        return date_reading(CalendarPoint("month", first), "month", "END" if n < 0 else "START")
    if unit == "weekend":  # the weekend of the month's n-th (or last) Saturday
        point = CalendarPoint("week", nth_weekday(year, month, 6, n))
        return Reading("DATE", format_point(point) + "-WE", None, point)
    if n < 0:
        last = shift_point(CalendarPoint("month", first), 1, "month").day - timedelta(days=1)
        day = last - timedelta(days=3)
    else:
        day = first + timedelta(days=7 * (n - 1) + 3)
    return date_reading(CalendarPoint("week", day), "week")


# kind name (grammar.KINDS) -> normaliser
HANDLERS = {"nth_week": _nth_week}
