"""Time mentions: temporal expressions read as comparable values, with the word that frames them.

A timex says *which* time ("January 19", "10 days"); the word before it says how the text uses
that time: a deadline ("by January 19" is any day up to the 19th), a window ("within five days"
is at most five days), a plain length ("is to last 10 days"), a start ("since March"). This
module finds that framing word and turns each timex into a ``TimeMention`` whose ``range`` or
``duration`` already carries it, so the comparison step can treat every time as an interval.
It sits after ``timex.tag_timexes`` and before claim building.

The timex's mod counts too: "early 2022" is the first third of 2022, "the end of the month"
its last third; "about 10 days" is 9 to 11 days, "more than 20 days" at least 20, "no more
than 10 days" at most 10. Ranges ("from March 2 to March 5", "between 2010 and 2015") give a
"from" mention and an "until" one.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from srccompare.mentions import TimeMention, Timex
from srccompare.values import Duration, TimeRange

from .timex import tag_timexes, timex_duration, timex_range

if TYPE_CHECKING:
    from spacy.tokens import Doc

_CLOCK_VALUE = re.compile(r"T\d\d:\d\d")
__all__ = ["find_time_mentions", "frame_relation"]

# The framing words right before a timex, longest first; group "frame" is the phrase.
_FRAME_RE = re.compile(
    r"(?<![\w-])(?P<frame>no\s+later\s+than|not\s+later\s+than|at\s+the\s+latest\s+by|prior\s+to|ahead\s+of"
    r"|up\s+until|up\s+till|until|till|through|thru|by|before"
    r"|ever\s+since|since|as\s+of|starting(?:\s+(?:on|from|in))?|beginning(?:\s+(?:on|from|in))?|effective|from"
    r"|after|following|later\s+than"
    r"|in\s+less\s+than|in\s+under|in\s+no\s+more\s+than|less\s+than|fewer\s+than|no\s+more\s+than"
    r"|not\s+more\s+than|at\s+most|up\s+to|within|under|inside\s+of|in"
    r"|(?:is|are|was|were)\s+(?:due|expected|set|scheduled|planned|supposed)\s+to\s+last|(?:is|are|was|were)\s+to\s+last"
    r"|to\s+last|lasting|lasted|lasts|last|for|over|during|throughout|between|on|at)"
    r"(?:\s+(?:the\s+)?(?:next|coming|following|first))?\s+$",
    re.IGNORECASE,
)
_RANGE_LINK_RE = re.compile(r"\s*(?P<frame>to|and|through|till|until|-|–|—)\s*", re.IGNORECASE)
_WINDOW_WORDS = ("in less than", "in under", "in no more than", "less than", "fewer than",
                 "no more than", "not more than", "at most", "up to", "within", "under", "inside of")
_DATE_RELATIONS = {
    "no later than": "by", "not later than": "by", "at the latest by": "by", "by": "by",
    "before": "before", "prior to": "before", "ahead of": "before",
    "until": "until", "till": "until", "up until": "until", "up till": "until", "through": "until",
    "thru": "until",
    "since": "since", "ever since": "since",
    "after": "after", "following": "after", "later than": "after",
    "from": "from", "as of": "from", "starting": "from", "beginning": "from", "effective": "from",
}
_APPROX_WIDEN = 0.1  # "about 10 days" reads as 9 to 11 days


def frame_relation(frame: str, timex: Timex) -> str:
    """The TimeMention relation a framing phrase gives a timex ("by" -> "by", "within" ->
    "within", "for" -> "for", nothing -> "at" for dates and "for" for durations)."""
    f = " ".join(frame.lower().split())
    for lead in ("starting", "beginning"):
        if f.startswith(lead):
            f = lead
    if timex.type == "DURATION":
        if f in _WINDOW_WORDS or f == "in":
            return "within"
        if timex.mod in ("LESS_THAN", "EQUAL_OR_LESS"):
            return "within"
        return "for"
    if f in _DATE_RELATIONS:
        return _DATE_RELATIONS[f]
    if timex.mod == "BEFORE":
        return "before"
    if timex.mod == "AFTER":
        return "after"
    return "at"


def _narrow(base: TimeRange, mod: str | None) -> TimeRange:
    """The part of a range a START/MID/END mod names: "early 2022" is its first third."""
    if mod not in ("START", "MID", "END") or base.earliest is None or base.latest is None:
        return base
    third = timedelta(days=(base.latest - base.earliest).days // 3)
    if mod == "START":
        return TimeRange(earliest=base.earliest, latest=base.earliest + third, granularity=base.granularity)
    if mod == "END":
        return TimeRange(earliest=base.latest - third, latest=base.latest, granularity=base.granularity)
    return TimeRange(earliest=base.earliest + third, latest=base.latest - third, granularity=base.granularity)


def _date_range(base: TimeRange, relation: str) -> TimeRange:
    """Widen a date's calendar range by how the text uses it."""
    if relation in ("by", "until"):
        return TimeRange(earliest=None, latest=base.latest, granularity=base.granularity)
    if relation == "before":
        latest = None if base.earliest is None else base.earliest - timedelta(days=1)
        return TimeRange(earliest=None, latest=latest, granularity=base.granularity)
    if relation in ("since", "from"):
        return TimeRange(earliest=base.earliest, latest=None, granularity=base.granularity)
    if relation == "after":
        earliest = None if base.latest is None else base.latest + timedelta(days=1)
        return TimeRange(earliest=earliest, latest=None, granularity=base.granularity)
    return base


def _duration(base: Duration, relation: str, mod: str | None) -> Duration:
    """Read a duration's bounds through its relation and mod ("within" -> [0, max])."""
    lo, hi = base.min_days, base.max_days
    if mod == "APPROX":
        lo = None if lo is None else lo * (1 - _APPROX_WIDEN)
        hi = None if hi is None else hi * (1 + _APPROX_WIDEN)
    elif mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        hi = None
    elif mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        lo = 0.0
    if relation == "within":
        lo = 0.0
    return Duration(min_days=lo, max_days=hi)


def _interval(tx: Timex, relation: str) -> tuple[TimeRange | None, Duration | None]:
    """The comparable interval of one timex: a range for dates and times, a length for durations."""
    if tx.type == "DURATION":
        base_duration = timex_duration(tx.value)
        return None, None if base_duration is None else _duration(base_duration, relation, tx.mod)
    base_range = timex_range(tx.value)
    return (None if base_range is None else _date_range(_narrow(base_range, tx.mod), relation)), None


_WEEKDAY_VALUE = re.compile(r"XXXX-WXX-([1-7])(?:T.*)?$")


def weekday_in_window(value: str, dct: date, precision: str) -> TimeRange | None:
    """A weekday the tagger could not place because the publication is known only to the month or
    the year ("Wednesday" in an article of "2008-12"): every such weekday from the week before the
    period to its end. Two outlets' "Wednesday" of one period then agree, and a weekday never
    contradicts a date it may be (the range is wide, at week granularity)."""
    m = _WEEKDAY_VALUE.match(value)
    if m is None or precision not in ("month", "year"):
        return None
    if precision == "month":
        following = date(dct.year + (dct.month == 12), dct.month % 12 + 1, 1)
        end = following - timedelta(days=1)
    else:
        end = date(dct.year, 12, 31)
    start = dct - timedelta(days=6)
    weekday = int(m.group(1)) - 1  # ISO 1 = Monday; date.weekday() 0 = Monday
    earliest = start + timedelta(days=(weekday - start.weekday()) % 7)
    latest = end - timedelta(days=(end.weekday() - weekday) % 7)
    return TimeRange(earliest=earliest, latest=latest, granularity="week")


def find_time_mentions(
    text: str,
    dct: date | None,
    dct_precision: str = "day",
    timexes: list[Timex] | None = None,
    *,
    doc: "Doc | None" = None,
    zone: str | None = None,
) -> list[TimeMention]:
    """The comparable times of ``text``: each DATE/TIME/DURATION timex with the word framing it.

    Pass ``timexes`` when the text was already tagged (they must come from the same text);
    else ``doc`` (the spaCy parse of ``text``) and ``zone`` (the publication's time zone) go to
    ``tag_timexes``.
    Timexes that are not placed on the calendar (PRESENT_REF, XXXX-WXX-1, sets) are left out:
    they have nothing to compare.
    """
    if timexes is None:
        timexes = tag_timexes(text, dct, dct_precision, doc=doc, zone=zone)
    mentions: list[TimeMention] = []
    previous_end = 0
    previous_relation = ""
    for tx in timexes:
        if tx.type == "SET":
            previous_end, previous_relation = tx.end, ""
            continue
        window_start = max(previous_end, tx.start - 40)
        frame_match = _FRAME_RE.search(text, window_start, tx.start)
        frame = frame_match.group("frame") if frame_match else ""
        relation = frame_relation(frame, tx)
        if tx.type != "DURATION":
            # the second end of a range: "from March 2 to March 5", "between 2010 and 2015"
            link = _RANGE_LINK_RE.fullmatch(text, previous_end, tx.start)
            if link and previous_relation in ("from", "since", "between"):
                frame_match, relation = link, "until"
            elif frame.lower() == "between":
                relation = "from"
        try:  # a value whose interval reaches beyond the calendar (years 1-9999) is left out
            value_range, value_duration = _interval(tx, relation)
        except (OverflowError, ValueError):
            value_range = value_duration = None
        if value_range is None and value_duration is None and dct is not None:
            value_range = weekday_in_window(tx.value, dct, dct_precision)
        if value_range is None and value_duration is None and not (tx.type == "TIME" and _CLOCK_VALUE.search(tx.value)):
            # (a clock time stays without its day: "just after 7 p.m." is a fact of its own even
            # when the publication day is known only to the month)
            previous_end, previous_relation = tx.end, ""
            continue
        start = frame_match.start("frame") if frame_match else tx.start
        mentions.append(TimeMention(
            start=start, end=tx.end, text=text[start:tx.end], timex=tx, relation=relation,
            range=value_range, duration=value_duration,
        ))
        previous_end = tx.end
        previous_relation = "between" if frame.lower() == "between" else relation
    return mentions

