"""Temporal tagger: find TimeML temporal expressions (TIMEX3) in text and normalise them.

This is the time step of mention recognition (``extraction/``): ``tag_timexes`` finds every
date, time, duration and set in an article and writes it as a TimeML value resolved against
the publication date (the document creation time, DCT) and the narrative's last date
("the next day"). ``find_time_mentions`` in ``times`` then reads those timexes as comparable
intervals. ``timex_range`` / ``timex_duration`` turn a TimeML value into the interval
srccompare compares.

How it works (one linear pass): a fast word regex finds *trigger* words that every timex
contains (a digit, a month, "week", "now" ...); at the few *start* words just before each
trigger the precompiled master regex of ``grammar`` picks the kind of expression; the
kind's normaliser (``calendar``, ``relative``, ``lengths``, dispatched by
``normalise``) reads it against a ``Context`` (``resolve``: DCT, narrative anchor,
tense) or rejects it, and the next kind is tried. Calendar arithmetic lives in
``values``, word lists in ``lexicon``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from srccompare.mentions import Timex
from srccompare.values import Duration, TimeRange

from .daytime import publication_zone
from .grammar import (
    KIND_NAMES,
    START_RE,
    TIMEX_RE,
    TRIGGER_RE,
    ascii_lower,
    kind_regex,
)
from .intervals import join_intervals
from .normalise import Reading, normalise
from .resolve import Context
from .syntax import Syntax
from .values import CalendarPoint
from .values import timex_duration as _timex_duration
from .values import timex_range as _timex_range

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["tag_timexes", "timex_range", "timex_duration"]

_PRECISIONS = ("day", "week", "month", "quarter", "year")


def tag_timexes(
    text: str, dct: date | str | None, dct_precision: str = "day", *, doc: "Doc | None" = None,
    zone: str | None = None,
) -> list[Timex]:
    """Every temporal expression in ``text``, normalised TimeML-style against ``dct``.

    ``dct_precision`` says how much of the DCT is known ("day", "month", "year"); anything
    that needs more than that is left underspecified ("XXXX-XX-XX") rather than guessed.
    ``doc`` is the spaCy parse of ``text`` when the caller has one (``srccompare.nlp.parse``):
    the tense of the governing verb then decides which way a bare "Friday" or "March" points,
    and a date of a report ("said on Sunday") does not anchor "the next day". Without it the
    tagger reads the same cues from the words around each mention. ``zone`` is the
    publication's time zone (an IANA name, "+01:00" or "GMT"): a clock time written in another
    named zone ("0800 GMT", "10.15 p.m. ET") is then converted to it; without it clock times
    keep the zone they are written in.
    ``dct`` may be a ``date`` or an ISO date string ("2024-03-19").
    Offsets are character offsets into ``text``; results are in text order and do not overlap.
    """
    if dct_precision not in _PRECISIONS:
        raise ValueError(f"dct_precision must be one of {_PRECISIONS}, not {dct_precision!r}")
    if isinstance(dct, str):  # "2024-03-19", as a user would write it
        try:
            dct = date.fromisoformat(dct[:10])
        except ValueError:
            raise ValueError(f"dct must be a date or an ISO date (YYYY-MM-DD), not {dct!r}") from None
    syntax = None
    if doc is not None:
        # a cheap check that the parse is of this text (doc.text would rebuild the whole string)
        if len(doc) and (doc[-1].idx + len(doc[-1].text_with_ws) != len(text)
                         or not text.startswith(doc[0].text, doc[0].idx)):
            raise ValueError("doc must be the parse of text")
        syntax = Syntax(doc)
    ctx = Context(text=text, dct=dct, dct_precision=dct_precision, syntax=syntax,
                  zone=None if zone is None else publication_zone(zone))
    found: list[Timex] = []
    low = ascii_lower(text)
    scans: dict[int, re.Match[str] | None] = {}  # master-regex result per start offset
    pos = 0
    for trigger in TRIGGER_RE.finditer(low):
        t = trigger.start()
        if t < pos:
            continue
        hit = _match_covering(text, low, ctx, max(pos, t - _REACH), t, scans)
        if hit is None:
            continue
        m, reading = hit
        start, end = m.start() + reading.start_trim, m.end() - reading.end_trim
        start, reading = _day_before_after(text, max(pos, start - 24), start, reading)
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        found.append(Timex(start=start, end=end, text=text[start:end], type=reading.type,
                           value=reading.value, mod=reading.mod))
        if reading.point is not None and reading.type in ("DATE", "TIME") and reading.anchors:
            ctx.note(reading.point, end, report=ctx.dates_report(start, end), start=start)
        elif reading.point is not None and reading.point.granularity == "quarter":
            ctx.quarter_still_in_view(end)  # "the year-earlier quarter": the report goes on
        pos = m.end()
    return join_intervals(text, found)


_DAY_BEFORE_AFTER = re.compile(r"\b[Tt]he\s+day\s+(?P<dir>before|after)\s+$")


def _day_before_after(text: str, lo: int, start: int, reading: Reading) -> tuple[int, Reading]:
    """"the day before last Tuesday's hearing", "the day after Christmas": a day named right
    after "the day before / after" is the anchor of one timex, the day next to it (the anchor
    alone was a day off). Only a named day: "the day after the 2012 vote" keeps its year."""
    if reading.point is None or reading.point.granularity != "day" or reading.type != "DATE" \
            or not re.fullmatch(r"\d{4}-\d\d-\d\d", reading.value):
        return start, reading
    cue = _DAY_BEFORE_AFTER.search(text, lo, start)
    if cue is None:
        return start, reading
    day = reading.point.day + timedelta(days=1 if cue.group("dir") == "after" else -1)
    point = CalendarPoint("day", day)
    return cue.start(), Reading("DATE", day.isoformat(), None, point, anchors=reading.anchors)


_REACH = 48  # how far before a trigger word a timex may start ("at least the past 18 months")


def _match_covering(
    text: str, low: str, ctx: Context, lo: int, trigger: int, scans: dict[int, re.Match[str] | None]
) -> tuple[re.Match[str], Reading] | None:
    """The leftmost timex that begins at a start word in [lo, trigger] and covers the trigger.

    At each start the master regex picks the first kind that matches; when the normaliser
    rejects it ("the fall of the regime"), the kinds after it are tried in order.
    """
    for start_word in START_RE.finditer(low, lo):
        s = start_word.start()
        if s > trigger:
            break
        if s not in scans:
            scans[s] = TIMEX_RE.match(low, s)
        scan = scans[s]
        if scan is None or scan.end() <= trigger:
            continue
        first = KIND_NAMES.index(scan.lastgroup or "")
        for kind in KIND_NAMES[first:]:
            m = kind_regex(kind).match(text, s)
            if m is not None and m.end() > trigger:
                try:
                    reading = normalise(m, ctx)
                except (OverflowError, ValueError):  # a value beyond the calendar (years 1-9999)
                    reading = None
                if reading is not None:
                    return m, reading
    return None


def timex_range(value: str) -> TimeRange | None:
    """The calendar interval of a TimeML DATE/TIME value (None for REFs and X-values).

    A day is that day, a week its seven days, a month/season/quarter/half/year/decade/century
    its first to last day.
    """
    return _timex_range(value)


def timex_duration(value: str) -> Duration | None:
    """The length in days of a TimeML DURATION value: P10D -> [10, 10], P1M -> [28, 31],
    PXD -> at least a day, open above; None when it is not a duration."""
    return _timex_duration(value)
