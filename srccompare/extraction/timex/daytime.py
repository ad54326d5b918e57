"""Times of day that news writes around the clock: zones, the small hours, dawn, overnight.

* **Clock times with zones** ("0800 GMT", "10.15 p.m. ET", "14:00 UTC+3"): the zone is part
  of the timex. When the caller gives the publication's zone (``tag_timexes(...,
  zone="Europe/London")`` or "+01:00"), a time written in another named zone is converted to
  it, so two outlets' "0800 GMT" and "9 a.m. BST" read as one moment; the date moves with it
  ("0100 GMT Tuesday" in New York is Monday 21:00). "09:40 local time" names the place's zone,
  which the text does not give as an offset: the time is kept as written and "local time"
  stays outside the span (as TimeBank annotates it).
* **Parts of the day without a clock**: "the early hours of Monday" and "the small hours of
  Monday" are the start of Monday (DATE Monday, mod START), not Sunday night; "dawn",
  "daybreak", "first light" are the start of a morning (TIME ...TMO, mod START), "dusk",
  "nightfall" of an evening; "overnight" is the night before the publication day in a
  past-tense sentence and the publication day's night otherwise ("overnight Sunday" is Sunday
  night), TIME ...TNI.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .grammar import group
from .lexicon import month_number, weekday_number
from .reading import Reading, day_reading, weekday_date
from .resolve import Context
from .values import CalendarPoint

__all__ = ["ZONE_OFFSETS", "publication_zone", "zone_offset", "to_zone", "HANDLERS"]

# Zone abbreviations with a fixed offset from UTC, in hours.
ZONE_OFFSETS: dict[str, float] = {
    "gmt": 0, "utc": 0, "wet": 0, "bst": 1, "cet": 1, "west": 1, "cest": 2, "eet": 2, "eest": 3,
    "msk": 3, "ist": 5.5, "pkt": 5, "sgt": 8, "hkt": 8, "awst": 8, "jst": 9, "kst": 9,
    "aest": 10, "aedt": 11, "sast": 2,
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    "ast": -4, "adt": -3,
}
# North American zones written without S/D ("ET", "PT"): standard or daylight by the date
_US_ZONES = {"et": -5, "ct": -6, "mt": -7, "pt": -8}
_OFFSET_RE = re.compile(r"(?:utc|gmt)?\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d\d))?$", re.IGNORECASE)


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(year: int, month: int) -> date:
    last = (date(year, month + 1, 1) if month < 12 else date(year + 1, 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _us_daylight(d: date) -> bool:
    """Whether US daylight time is in force on day ``d`` (the rules of 2007 on; before that,
    the first Sunday of April to the last Sunday of October)."""
    if d.year >= 2007:
        return _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)
    return _nth_sunday(d.year, 4, 1) <= d < _last_sunday(d.year, 10)


def zone_offset(name: str, on: date) -> timedelta | None:
    """The UTC offset of a zone as written after a clock time ("GMT", "ET", "UTC+3") on a day,
    or None when it names no fixed zone ("local time")."""
    key = " ".join(name.lower().split())
    if key in ZONE_OFFSETS:
        return timedelta(hours=ZONE_OFFSETS[key])
    if key in _US_ZONES:
        return timedelta(hours=_US_ZONES[key] + (1 if _us_daylight(on) else 0))
    m = _OFFSET_RE.match(key)
    if m and key[:1] in "ug+-":
        sign = -1 if m["sign"] == "-" else 1
        return sign * timedelta(hours=int(m["h"]), minutes=int(m["m"] or 0))
    return None


def publication_zone(zone: str) -> tzinfo:
    """The publication's zone from an IANA name ("Europe/London"), an offset ("+01:00",
    "UTC-5") or a fixed abbreviation ("GMT", "CET"); ValueError when it is none of these."""
    z = zone.strip()
    m = _OFFSET_RE.match(z)
    if m:
        sign = -1 if m["sign"] == "-" else 1
        return timezone(sign * timedelta(hours=int(m["h"]), minutes=int(m["m"] or 0)))
    if z.lower() in ZONE_OFFSETS:
        return timezone(timedelta(hours=ZONE_OFFSETS[z.lower()]))
    try:
        return ZoneInfo(z)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone {zone!r}: give an IANA name (Europe/London), an "
                         f"offset (+01:00) or an abbreviation (GMT)") from None


def to_zone(day: date, hh: int, mi: int, written: str, target: tzinfo) -> tuple[date, int, int] | None:
    """The day and clock time in ``target`` of ``hh:mi`` on ``day`` in the written zone, or
    None when the written zone has no known offset."""
    offset = zone_offset(written, day)
    if offset is None:
        return None
    moment = datetime(day.year, day.month, day.day, tzinfo=timezone(offset)) + timedelta(hours=hh, minutes=mi)
    local = moment.astimezone(target)
    return local.date(), local.hour, local.minute


# ------------------------------------------------------------------ parts of the day
_DAWN = {"dawn": "MO", "daybreak": "MO", "first light": "MO", "sunrise": "MO",
         "dusk": "EV", "nightfall": "EV", "sunset": "EV"}
# "at dawn", "before dawn": a bare "dawn" is a time only after such a word ("as dawn broke" is
# the event of the day breaking, "the dawn of an era" no time at all)
_DAWN_FRAME = re.compile(r"\b(?:at|by|before|after|until|till|from|since|around|near|about|toward|towards|shortly\s+(?:before|after)|just\s+(?:before|after))\s+$", re.IGNORECASE)
# "overnight" as an adverb: what follows is punctuation, the end, a day or a function word;
# "an overnight stay", "overnight rates" are not times
_OVERNIGHT_AFTER = re.compile(
    r"(?:\s*(?:[.,;:!?)\"']|$)|\s+(?:on|in|to|into|and|as|at|from|after|before|when|while|the|a|an|but|with"
    r"|by|near|outside|inside|for|across|along|around|amid|despite|until|till|through|under|over|[A-Z]))")
# "in the early hours", "during the small hours": with no day named, a time only after these
_SMALL_HOURS_FRAME = re.compile(r"\b(?:in|during|into)\s+$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|our|this|that)\s+$", re.IGNORECASE)


def _day_named(m: re.Match[str], kind: str, ctx: Context, start: int, end: int) -> date | None:
    """The day a part-of-day expression names ("Monday", "yesterday"), or None when none is named."""
    wd_text = group(m, kind, "wd")
    if wd_text:
        wd = weekday_number(wd_text)
        return None if wd is None else weekday_date(ctx, wd, "", start, end)
    deic = (group(m, kind, "deic") or "").lower()
    dct = ctx.dct_for("day")
    if deic and dct is not None:
        return dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(deic, 0))
    return None


def _small_hours(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"the early hours of Monday", "the small hours of Sunday": the start of that day; "in
    the early hours" with no day named: the start of the story's day (else the publication's)."""
    if group(m, "small_hours", "mon"):  # "the early hours of October 9"
        month = month_number(group(m, "small_hours", "mon"))
        day = int(re.match(r"\d+", group(m, "small_hours", "day")).group())
        year_text = group(m, "small_hours", "y")
        if month is None:
            return None
        r = day_reading(ctx, int(year_text) if year_text else None, month, day, start, end)
        return Reading(r.type, r.value, "START", r.point)
    named = group(m, "small_hours", "wd") or group(m, "small_hours", "deic")
    if not named:
        if not m.group().lower().startswith("the") or not _SMALL_HOURS_FRAME.search(ctx.text, max(0, start - 10), start):
            return None
        d = ctx.anchor.day if ctx.anchor is not None and ctx.anchor.granularity == "day" else ctx.dct_for("day")
        if d is None:
            return Reading("DATE", "XXXX-XX-XX", "START")
        return Reading("DATE", d.isoformat(), "START", CalendarPoint("day", d), anchors=False)
    if group(m, "small_hours", "wd") and not group(m, "small_hours", "wd")[:1].isupper():
        return None
    d = _day_named(m, "small_hours", ctx, start, end)
    if d is None:
        wd = weekday_number(group(m, "small_hours", "wd") or "")
        return Reading("DATE", f"XXXX-WXX-{wd}" if wd else "XXXX-XX-XX", "START")
    return Reading("DATE", d.isoformat(), "START", CalendarPoint("day", d))


def _dawn(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"dawn on Sunday", "at dusk", "before first light": the start of a morning or an evening."""
    word = " ".join(group(m, "dawn", "pod").lower().split())
    part = _DAWN.get(word)
    if part is None:
        return None
    named = group(m, "dawn", "wd") or group(m, "dawn", "deic")
    if not named and not _DAWN_FRAME.search(ctx.text, max(0, start - 20), start):
        return None
    if named and group(m, "dawn", "wd") and not group(m, "dawn", "wd")[:1].isupper():
        return None
    d = _day_named(m, "dawn", ctx, start, end)
    if d is None and not named:
        d = ctx.anchor.day if ctx.anchor is not None and ctx.anchor.granularity == "day" else ctx.dct_for("day")
    if d is None:
        return Reading("TIME", f"XXXX-XX-XXT{part}", "START")
    return Reading("TIME", f"{d.isoformat()}T{part}", "START", CalendarPoint("day", d))


def _overnight(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"overnight", "overnight Sunday", "overnight on Tuesday": a night (TNI)."""
    named = group(m, "overnight", "wd") or group(m, "overnight", "deic")
    if not named:
        if _DETERMINER_BEFORE.search(ctx.text, max(0, start - 8), start):
            return None
        if not _OVERNIGHT_AFTER.match(ctx.text, end):
            return None
        if ctx.syntax is not None:
            head = ctx.syntax.head_of(start, end)
            if head is not None and head.dep_ in ("amod", "compound"):
                return None
    if named and group(m, "overnight", "wd") and not group(m, "overnight", "wd")[:1].isupper():
        return None
    d = _day_named(m, "overnight", ctx, start, end)
    if d is None and not named:
        dct = ctx.dct_for("day")
        if dct is not None:
            d = dct if ctx.future(start, end) else dct - timedelta(days=1)
    if d is None:
        return Reading("TIME", "XXXX-XX-XXTNI")
    return Reading("TIME", f"{d.isoformat()}TNI", None, CalendarPoint("day", d))


# kind name (grammar.KINDS) -> normaliser
HANDLERS = {
    "small_hours": _small_hours,
    "dawn": _dawn,
    "overnight": _overnight,
}
