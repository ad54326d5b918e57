"""Intervals written as two times: "from Monday to Wednesday", "between 2 and 4 p.m.".

The tagger reads each end of an interval on its own; this pass, run once over its output, makes
the two ends agree:

* **order**: the end of an interval does not come before its start. A bare weekday or month
  that the tense rules placed before the other end moves by a week or a year ("the strike runs
  from Friday to Monday" written on a Monday: Monday is the one after that Friday), a bare clock
  time earlier than the start by a day ("from 10 p.m. to 6 a.m.": the next morning);
* **the bare first end of a clock interval** ("between 2 and 4 p.m.", "from 9 to 11 a.m.",
  "2-4 p.m.") is a time too, on the second end's day and half of the day; the regex tagger
  does not see it, as a bare number is not a time.

``times.find_time_mentions`` then reads such a pair as a "from" and an "until" mention.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from srccompare.mentions import Timex

__all__ = ["join_intervals"]

_LINK = re.compile(r"\s*(?:to|until|till|through|thru|and|-|–|—)\s*$", re.IGNORECASE)
_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"(?:\s+(?:morning|afternoon|evening|night))?$")
_BARE_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October"
                         r"|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)$")
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(.*)$")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)$")
# the first end of a clock interval, right before the link to the second:
# "between 2 and 4 p.m.", "from 9 to 11 a.m.", "2-4 p.m."
_BARE_HOUR = re.compile(
    r"(?:(?P<opener>\b(?:between|from)\s+)(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s*(?:and|to|until|till|-|–)\s*"
    r"|(?<![\w.:/,-])(?P<h2>\d{1,2})(?:[:.](?P<mi2>[0-5]\d))?\s*[-–]\s*)$", re.IGNORECASE)
_MERIDIAN = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)
_TIME_VALUE = re.compile(r"(?P<day>.*T)(?P<hh>\d\d):(?P<mm>\d\d)$")
# a clock time with no day of its own: "6 a.m.", "06:30", "midnight"
_BARE_CLOCK = re.compile(r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?|noon|midnight)$", re.IGNORECASE)
_LOOKBACK = 24


def _shift_day(value: str, days: int) -> str | None:
    m = _DAY_VALUE.match(value)
    if m is None:
        return None
    d = date(int(m[1]), int(m[2]), int(m[3])) + timedelta(days=days)
    return d.isoformat() + m[4]


def _day_key(value: str) -> tuple[str, str] | None:
    m = _DAY_VALUE.match(value)
    return None if m is None else (f"{m[1]}-{m[2]}-{m[3]}", m[4])


def _order(first: Timex, second: Timex) -> tuple[Timex, Timex]:
    """The two ends of an interval, the bare one moved so that the end is not before the start."""
    a, b = _day_key(first.value), _day_key(second.value)
    if a is not None and b is not None and a[0] == b[0] and first.type == second.type == "TIME" \
            and b[1] < a[1] and _BARE_CLOCK.match(second.text):
        moved = _shift_day(second.value, 1)  # "from 10 p.m. to 6 a.m.": the next morning
        return first, (second if moved is None else second.model_copy(update={"value": moved}))
    if a is not None and b is not None and b[0] < a[0]:
        if _BARE_WEEKDAY.match(second.text):
            moved = _shift_day(second.value, 7)
            if moved is not None and moved[:10] >= a[0]:
                return first, second.model_copy(update={"value": moved})
        if _BARE_WEEKDAY.match(first.text):
            moved = _shift_day(first.value, -7)
            if moved is not None and moved[:10] <= b[0]:
                return first.model_copy(update={"value": moved}), second
        return first, second
    ma, mb = _MONTH_VALUE.match(first.value), _MONTH_VALUE.match(second.value)
    if ma and mb and mb.group() < ma.group() and _BARE_MONTH.match(second.text):
        year = int(mb[1]) + 1
        if f"{year:04d}-{mb[2]}" >= ma.group():
            return first, second.model_copy(update={"value": f"{year:04d}-{mb[2]}"})
    return first, second


def _bare_hour(text: str, earlier_end: int, second: Timex) -> Timex | None:
    """The timex of the bare first end of a clock interval ending right before ``second``."""
    meridian = _MERIDIAN.match(second.text)
    value = _TIME_VALUE.match(second.value)
    if meridian is None or value is None:
        return None
    lo = max(earlier_end, second.start - _LOOKBACK)
    m = _BARE_HOUR.search(text, lo, second.start)
    if m is None or m.end() != second.start:
        return None
    h_group, mi_group = ("h", "mi") if m.group("h") else ("h2", "mi2")
    hh = int(m.group(h_group))
    mi = int(m.group(mi_group) or 0)
    if not 1 <= hh <= 12:
        return None
    pm = meridian["ap"].lower().startswith("p")
    if pm and hh < 12:
        hh += 12
    elif not pm and hh == 12:
        hh = 0
    if hh > int(value["hh"]) and not pm:
        return None  # "11-2 a.m." is no interval of one morning
    start, end = m.start(h_group), m.end(mi_group if m.group(mi_group) else h_group)
    return Timex(start=start, end=end, text=text[start:end], type="TIME",
                 value=f"{value['day']}{hh:02d}:{mi:02d}")


def join_intervals(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` (the tagger's timexes, in text order) with the two ends of each written
    interval made to agree and the bare first end of a clock interval added."""
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and _LINK.fullmatch(text, prev.end, t.start) \
                and (_OPENER.search(text, max(0, prev.start - 10), prev.start)
                     or not text[prev.end:t.start].strip().lower() == "and"):
            out[-1], t = _order(prev, t)
        elif t.type == "TIME":
            first = _bare_hour(text, prev.end if prev is not None else 0, t)
            if first is not None:
                out.append(first)
        out.append(t)
    return out
