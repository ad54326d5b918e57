"""TimeML values as calendar arithmetic: format, parse, shift, and read as intervals.

A resolved calendar value is a ``CalendarPoint``: a granularity (day, week, month, quarter,
half, season, year, decade, century) and one day inside it. The tagger shifts points ("a year
earlier" keeps the granularity of what it is earlier than) and formats them as TimeML values
("1998-W08", "1989-Q3", "1997-FA", "199"). ``timex_range`` and ``timex_duration`` read values
back as the intervals srccompare compares.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from srccompare.values import Duration, TimeRange

__all__ = [
    "CalendarPoint",
    "format_point",
    "parse_point",
    "shift_point",
    "point_bounds",
    "timex_range",
    "timex_duration",
    "duration_value",
]

SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
                    8: "SU", 9: "FA", 10: "FA", 11: "FA"}


@dataclass(frozen=True)
class CalendarPoint:
    """One calendar unit: ``granularity`` and a day ``day`` that lies inside it."""

    granularity: str
    day: date


def _add_months(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last))


def season_of(d: date) -> tuple[int, str]:
    """The (year, season code) a day falls in. TimeML writes the winter that starts in
    December 1997 as 1997-WI, so January and February belong to the previous year's winter."""
    code = _SEASON_OF_MONTH[d.month]
    year = d.year - 1 if d.month in (1, 2) else d.year
    return year, code


def format_point(p: CalendarPoint) -> str:
    """The TimeML value of a calendar point ("1998-03-22", "1998-W12", "1998-Q1", "199")."""
    d, g = p.day, p.granularity
    if g == "day":
        return d.isoformat()
    if g == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if g == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if g == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if g == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if g == "season":
        y, code = season_of(d)
        return f"{y:04d}-{code}"
    if g == "year":
        return f"{d.year:04d}"
    if g == "decade":
        return f"{d.year // 10:03d}"
    if g == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(g)


_POINT_RE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d?)|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?"
)
_DECADE_RE = re.compile(r"(?P<dec>\d{3})X?")
_CENTURY_RE = re.compile(r"(?P<cen>\d\d)X{0,2}")


def parse_point(value: str) -> CalendarPoint | None:
    """Read a fully specified TimeML calendar value back as a point; None for REFs, X's etc."""
    m = _POINT_RE.fullmatch(value)
    if m:
        y = int(m["y"])
        if y < 1:
            return None
        try:
            if m["d"]:
                return CalendarPoint("day", date(y, int(m["m"]), int(m["d"])))
            if m["m"]:
                return CalendarPoint("month", date(y, int(m["m"]), 1))
            if m["w"]:
                return CalendarPoint("week", date.fromisocalendar(y, int(m["w"]), 1))
            if m["q"]:
                return CalendarPoint("quarter", date(y, 3 * int(m["q"]) - 2, 1))
            if m["h"]:
                return CalendarPoint("half", date(y, 1 if m["h"] == "1" else 7, 1))
            if m["s"]:
                return CalendarPoint("season", date(y, SEASON_START_MONTH[m["s"]], 1))
        except ValueError:
            return None
        return CalendarPoint("year", date(y, 1, 1))
    m = _DECADE_RE.fullmatch(value)
    if m and len(value) in (3, 4):
        return CalendarPoint("decade", date(max(int(m["dec"]) * 10, 1), 1, 1))
    m = _CENTURY_RE.fullmatch(value)
    if m and len(value) in (2, 4):
        return CalendarPoint("century", date(max(int(m["cen"]) * 100, 1), 1, 1))
    return None


def shift_point(p: CalendarPoint, amount: int, unit: str) -> CalendarPoint:
    """Move a point by ``amount`` units (day, week, month, quarter, year, decade, century),
    keeping its granularity."""
    d = p.day
    try:
        if unit == "day":
            d = d + timedelta(days=amount)
        elif unit == "week":
            d = d + timedelta(weeks=amount)
        elif unit == "month":
            d = _add_months(d, amount)
        elif unit == "quarter":
            d = _add_months(d, 3 * amount)
        elif unit == "half":
            d = _add_months(d, 6 * amount)
        elif unit == "season":
            d = _add_months(d, 3 * amount)
        elif unit == "year":
            d = _add_months(d, 12 * amount)
        elif unit == "decade":
            d = _add_months(d, 120 * amount)
        elif unit == "century":
            d = _add_months(d, 1200 * amount)
    except OverflowError:
        pass
    return CalendarPoint(p.granularity, d)


def point_bounds(p: CalendarPoint) -> tuple[date, date]:
    """First and last day of the calendar unit a point stands for."""
    d, g = p.day, p.granularity
    if g == "day":
        return d, d
    if g == "week":
        start = d - timedelta(days=d.isoweekday() - 1)
        return start, start + timedelta(days=6)
    if g == "month":
        return date(d.year, d.month, 1), date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    if g == "quarter":
        first = 3 * ((d.month - 1) // 3) + 1
        return date(d.year, first, 1), _add_months(date(d.year, first, 1), 3) - timedelta(days=1)
    if g == "half":
        first = 1 if d.month <= 6 else 7
        return date(d.year, first, 1), _add_months(date(d.year, first, 1), 6) - timedelta(days=1)
    if g == "season":
        y, code = season_of(d)
        start = date(y, SEASON_START_MONTH[code], 1)
        return start, _add_months(start, 3) - timedelta(days=1)
    if g == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if g == "decade":
        y = d.year // 10 * 10
        return date(max(y, 1), 1, 1), date(y + 9, 12, 31)
    if g == "century":
        y = d.year // 100 * 100
        return date(max(y, 1), 1, 1), date(min(y + 99, 9999), 12, 31)
    raise ValueError(g)


_PARTIAL_RE = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-XX")
_WEEK_WEEKEND_RE = re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d?)-WE")
_WEEK_DAY_RE = re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d?)-(?P<d>[1-7])")


def timex_range(value: str) -> TimeRange | None:
    """The calendar interval a DATE (or TIME) value stands for.

    A day is that day; a week its seven days; a month, season, quarter, half, year, decade or
    century its first to last day. Times of day read as their day. Values that are not placed
    on the calendar (PRESENT_REF, XXXX-WXX-1, P3D) give None.
    """
    v = value.strip()
    if "T" in v and not v.startswith("P"):
        v = v.split("T", 1)[0]
    m = _WEEK_WEEKEND_RE.fullmatch(v)
    if m:
        try:
            sat = date.fromisocalendar(int(m["y"]), int(m["w"]), 6)
        except ValueError:
            return None
        return TimeRange(earliest=sat, latest=sat + timedelta(days=1), granularity="day")
    m = _WEEK_DAY_RE.fullmatch(v)
    if m:
        try:
            d = date.fromisocalendar(int(m["y"]), int(m["w"]), int(m["d"]))
        except ValueError:
            return None
        return TimeRange(earliest=d, latest=d, granularity="day")
    m = _PARTIAL_RE.fullmatch(v)
    if m:
        v = f"{m['y']}-{m['m']}"
    p = parse_point(v)
    if p is None:
        return None
    lo, hi = point_bounds(p)
    return TimeRange(earliest=lo, latest=hi, granularity=p.granularity)


# Days per unit as [min, max]: a month is 28 to 31 days, a year 365 or 366.
_UNIT_DAYS: dict[str, tuple[float, float]] = {
    "S": (1 / 86400, 1 / 86400), "TM": (1 / 1440, 1 / 1440), "H": (1 / 24, 1 / 24),
    "D": (1, 1), "W": (7, 7), "WE": (2, 2), "M": (28, 31), "Q": (89, 92), "Y": (365, 366),
    "DE": (3652, 3653), "CE": (36524, 36525), "L": (365242, 365243),
}
_DURATION_PART = re.compile(r"(?P<n>\d+(?:\.\d+)?|X)(?P<u>DE|CE|WE|[YMWDHSQL])")


def timex_duration(value: str) -> Duration | None:
    """The length in days of a DURATION value: P10D -> [10, 10], P1M -> [28, 31],
    PT3H -> [0.125, 0.125]; an unspecified count (PXD, PXY) -> open at the top."""
    v = value.strip()
    if not v.startswith("P") or v in ("P", "PT") or v.endswith("_REF"):
        return None
    body = v[1:]
    date_part, _, time_part = body.partition("T")
    lo = hi = 0.0
    vague = False
    for part, is_time in ((date_part, False), (time_part, True)):
        pos = 0
        for m in _DURATION_PART.finditer(part):
            if m.start() != pos:
                return None
            pos = m.end()
            unit = m["u"]
            if is_time and unit == "M":
                unit = "TM"
            if is_time and unit not in ("H", "TM", "S"):
                return None
            dlo, dhi = _UNIT_DAYS[unit]
            if m["n"] == "X":
                vague = True
                lo += dlo
                continue
            n = float(m["n"])
            lo += n * dlo
            hi += n * dhi
        if pos != len(part):
            return None
    if vague:
        return Duration(min_days=None if lo == 0 else lo, max_days=None)
    return Duration(min_days=lo, max_days=hi)


def duration_value(amount: float | None, unit: str) -> str:
    """TimeML value of ``amount`` units ("P3D", "PT2H", "PXY", "P2Y6M" for 2.5 years)."""
    code = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
            "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
            "decade": "DE", "century": "CE"}[unit]
    timed = unit in ("second", "minute", "hour")
    prefix = "PT" if timed else "P"
    if amount is None:
        return f"{prefix}X{code}"
    if unit == "fortnight":
        amount *= 2
    if unit == "quarter":
        unit, code, amount = "month", "M", amount * 3  # TimeML writes quarters as months
    if unit == "year" and float(amount).is_integer() and amount >= 1000 and amount % 1000 == 0:
        return f"P{int(amount) // 1000}L"
    if unit in ("decade", "century"):  # in years: "a decade and a half" is P15Y, not P1.5DE
        return duration_value(amount * (10 if unit == "decade" else 100), "year")
    if float(amount).is_integer():
        return f"{prefix}{int(amount)}{code}"
    whole = int(amount)
    frac = amount - whole
    sub = {"year": (12, "M", "P"), "month": (30, "D", "P"), "day": (24, "H", "PT"),
           "hour": (60, "M", "PT"), "week": (7, "D", "P"), "minute": (60, "S", "PT")}.get(unit)
    if sub is None:
        return f"{prefix}{amount:g}{code}"
    mult, subcode, _ = sub
    rest = round(frac * mult)
    if unit == "day":
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    if whole:
        return f"{prefix}{whole}{code}{rest}{subcode}"
    return f"{prefix}{rest}{subcode}"
