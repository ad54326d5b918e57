"""Normalisers for timexes that are placed relative to the document time or the narrative:
"yesterday", "Friday", "last week", "two years ago", "the next day", "a year earlier",
"this morning", "10:35 a.m.".

Deictic expressions resolve against the document creation time; anaphoric ones ("the next
day", "a year earlier", "that week") against the narrative's last date (``Context.anchor``).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .daytime import to_zone
from .grammar import group
from .lexicon import (
    PARTS_OF_DAY,
    month_number,
    number_value,
    unit_code,
    weekday_number,
)
from .reading import (
    GRANULARITY_RANK,
    SHIFT_UNIT,
    UNIT_GRANULARITY,
    Reading,
    date_reading,
    half_reading,
    is_capitalised,
    month_year,
    prefix_mod,
    weekday_date,
    word_before,
)
from .resolve import Context
from .values import (
    CalendarPoint,
    duration_value,
    format_point,
    shift_point,
)

__all__ = ["HANDLERS"]


def _anchored(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"the next day", "the following week", "that day", "the day before": anaphora resolved
    against the narrative's last date (the DCT when the story has named none)."""
    g = lambda n: group(m, "anchored", n)  # noqa: E731
    unit = (g("unit") or g("unit2") or g("unit3")).lower()
    direction = (g("dir") or g("dirb") or g("dir2") or "that").lower()
    step = {"next": 1, "following": 1, "subsequent": 1, "after": 1, "previous": -1, "preceding": -1,
            "prior": -1, "before": -1, "same": 0, "that": 0}[direction]
    gran = UNIT_GRANULARITY[unit]
    if g("ordn"):
        # "the year before last", "the week after next": two units from the DCT's, when the
        # words pair that way ("the year after last" says nothing sensible)
        if (g("ordn").lower() == "last") != (step < 0):
            return None
        ref = ctx.dct_for(gran)
        if ref is None:
            return date_reading(None, gran)
        point = shift_point(CalendarPoint(gran, ref), 2 * step, SHIFT_UNIT.get(unit, unit))
        reading = date_reading(point, gran)
        return Reading(reading.type, reading.value, None, reading.point, anchors=False)
    if g("dir2") and not g("deic") and not re.match(r"\s*(?:[.,;:)!?]|$|and\b|but\b)", ctx.text[end:end + 6]):
        return None  # "the day before the vote": "the day" alone is the timex
    if g("deic"):
        dct = ctx.dct_for("day")
        if dct is None:
            return Reading("DATE", "XXXX-XX-XX")
        base = dct + timedelta(days=-1 if g("deic").lower() == "yesterday" else 1)
        return date_reading(CalendarPoint("day", base + timedelta(days=step)), "day")
    if unit == "quarter" and step == 0 and ctx.named_quarter is not None:
        return date_reading(ctx.named_quarter, "quarter")  # "that quarter": the one just named
    ref = ctx.reference(gran)
    if ref is None:
        return date_reading(None, gran)
    point = shift_point(CalendarPoint(gran, ref), step, SHIFT_UNIT.get(unit, unit))
    if unit == "weekend":
        return Reading("DATE", format_point(point) + "-WE", None, point)
    return date_reading(point, gran)


_BACKWARD = {"ago", "earlier", "before", "back", "previously", "prior"}


def _ago(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"two years ago", "a year earlier", "three days later": a shift from the DCT ("ago") or
    from the narrative anchor ("earlier", "later"); financial "a year ago" compares quarters."""
    g = lambda n: group(m, "ago", n)  # noqa: E731
    unit = unit_code(g("unit"))
    if unit is None:
        return None
    direction = " ".join(g("dir").lower().split())
    if direction in ("before", "after") and not re.match(r"\s*(?:[.,;:)]|$|and\b|but\b)", ctx.text[end:end + 6]):
        return None  # "two days after the vote": the duration alone is the timex
    amount = number_value(g("num")) if g("num") else None  # "years ago": no count, PAST_REF
    sign = -1 if direction in _BACKWARD else 1
    deictic = direction in ("ago", "back", "from now", "hence")
    gran = UNIT_GRANULARITY[unit]
    if amount is None:
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    shift_unit = SHIFT_UNIT.get(unit, unit)
    n = amount
    if unit == "decade":
        shift_unit, n = "year", amount * 10
    elif unit == "century":
        shift_unit, n = "year", amount * 100
    elif unit == "fortnight":
        n = amount * 2
    elif unit in ("hour", "minute", "second"):
        n = 0 if amount * {"hour": 1, "minute": 1 / 60, "second": 1 / 3600}[unit] < 24 else round(amount / 24)
    if not float(n).is_integer():
        if shift_unit == "year":
            shift_unit, n = "month", round(n * 12)
        else:
            n = round(n)
    if shift_unit == "year" and sign < 0 and ctx.recent_quarter(start) is not None:
        # financial news: "up from $5 million a year ago" compares with the same quarter, or
        # with the same longer period when one was named since ("for the nine months, ...")
        point = ctx.recent_quarter(start)
        if ctx.period_since_quarter(start):
            point = CalendarPoint("year", point.day)
    elif shift_unit == "year" and sign < 0 and not deictic and ctx.dct_for("year") is not None \
            and ctx.period_in_sentence(start):
        # "losses through the first nine months, compared with earnings a year earlier": that
        # period of the year before, whatever the narrative's last date
        point = CalendarPoint("year", ctx.dct_for("year"))
    elif deictic:
        ref = ctx.dct_for(gran)
        if ref is None:
            return date_reading(None, gran)
        point = CalendarPoint(gran, ref)
    else:
        point = ctx.reference_point(gran)
        if point is None:
            return date_reading(None, gran)
        if point.granularity not in ("quarter", "half", "season") and GRANULARITY_RANK[point.granularity] < GRANULARITY_RANK[gran]:
            point = CalendarPoint(gran, point.day)
    shifted = shift_point(point, sign * int(n), shift_unit)
    reading = date_reading(shifted, point.granularity)
    if shift_unit in ("year", "month", "quarter") or gran in ("year", "month", "quarter"):
        reading = Reading(reading.type, reading.value, reading.mod, reading.point, anchors=False)
    return reading


def _relative(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"last week", "next month", "this year", "last Friday", "next April", "this morning"."""
    g = lambda n: group(m, "relative", n)  # noqa: E731
    rel = " ".join(g("rel").lower().split())
    rel = {"this past": "last", "this coming": "next"}.get(rel, rel)  # "this past weekend" is the last one
    what_text = g("what")
    what = what_text.lower().rstrip(".")
    wd = weekday_number(what)
    if wd is not None:
        if what.endswith("s") and not what.endswith("s's"):
            return None
        d = weekday_date(ctx, wd, rel.replace("the ", ""), start, end)
        return Reading("DATE", f"XXXX-WXX-{wd}") if d is None else date_reading(CalendarPoint("day", d), "day")
    month = month_number(what)
    if month is not None and what not in ("may", "march") or (month is not None and is_capitalised(what_text)):
        if not is_capitalised(what_text):
            return None
        dct = ctx.dct_for("month")
        if dct is None:
            return Reading("DATE", f"XXXX-{month:02d}")
        year = dct.year
        r = rel.replace("the ", "")
        if r in ("last", "past", "previous") and month >= dct.month:
            year -= 1
        elif r in ("next", "coming") and month <= dct.month:
            year += 1
        return date_reading(CalendarPoint("month", date(year, month, 1)), "month")
    if what in PARTS_OF_DAY:
        dct = ctx.dct_for("day")
        r = rel.replace("the ", "")
        if r not in ("this", "last"):
            return None
        if dct is None:
            return Reading("TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[what]}")
        d = dct - timedelta(days=1) if r == "last" else dct
        return Reading("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[what]}", None, CalendarPoint("day", d))
    unit = unit_code(what)
    if unit is None:
        return None
    if _is_title(ctx.text, start, g("rel"), what_text):
        return None  # ABC's "This Week", "Next Year in Jerusalem": a title, not a time
    if rel.startswith("the ") and rel != "the current" or rel == "past":
        return Reading("DURATION", duration_value(1, unit))
    step = {"this": 0, "current": 0, "the current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}[rel]
    gran = UNIT_GRANULARITY[unit]
    if unit == "day":
        return None
    ref = ctx.dct_for(gran)
    if ref is None:
        return date_reading(None, gran)
    shift_unit = {"decade": "decade", "century": "century"}.get(unit, SHIFT_UNIT.get(unit, unit))
    point = shift_point(CalendarPoint(gran, ref), step, shift_unit)
    if unit == "decade":
        return Reading("DATE", f"{point.day.year // 10:03d}", None, CalendarPoint("decade", point.day))
    if unit == "century":
        return Reading("DATE", f"{point.day.year // 100:02d}", None, CalendarPoint("century", point.day))
    if unit == "weekend":
        return Reading("DATE", format_point(point) + "-WE", None, point)
    if unit == "quarter":
        point = CalendarPoint("quarter", point.day)
    return date_reading(point, gran)


# an opening quote inside a sentence: what follows is quoted mid-sentence
_QUOTE_OPENS = re.compile(r"[\w,'’]\s+(?:\"|``|“)$")


def _is_title(text: str, start: int, *words: str) -> bool:
    """Whether the words, each capitalised, open a quotation inside a sentence: the name of a
    programme or a work ('speaking on ABC's "This Week"'), not a time. (A title-case headline,
    "Talks Resume Next Week", is not quoted and stays a time.)"""
    if not all(w[:1].isupper() for w in words):
        return False
    return _QUOTE_OPENS.search(text, max(0, start - 4), start) is not None


# "USA Today", "VOA Today", "NBC's Today show": a title, not a day
_TITLE_BEFORE = re.compile(r"\b[A-Z]{2,}(?:'s)?\s+$")
_TITLE_AFTER = re.compile(r"\s+(?:show|program|programme|newspaper|magazine)\b", re.IGNORECASE)


def _deictic(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"yesterday", "today", "tomorrow afternoon", "tonight", "last night"."""
    g = lambda n: group(m, "deictic", n)  # noqa: E731
    text = m.group("deictic").lower()
    deic = (g("deic") or "").lower()
    if deic in ("today", "tonight") and ctx.text[start:start + 1] == "T" and not g("part") and (
            _TITLE_BEFORE.search(ctx.text, max(0, start - 12), start) or _TITLE_AFTER.match(ctx.text, end)):
        return None
    part = (g("part") or g("part2") or "").lower().rstrip("s")
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "": 0}[deic]
    if text.startswith("last night"):
        offset, part = -1, "night"
    if deic == "tonight":
        part = "night"
    dct = ctx.dct_for("day")
    if dct is None:
        if part:
            return Reading("TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[part]}")
        return Reading("DATE", "XXXX-XX-XX")
    d = dct + timedelta(days=offset)
    point = CalendarPoint("day", d)
    if part and deic != "tonight":
        return Reading("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", None, point)
    if deic == "tonight":
        return Reading("TIME", f"{d.isoformat()}TNI", None, point)
    return date_reading(point, "day")


_PART_CUE_WORDS = frozenset({"in", "during", "by", "until", "till", "through", "throughout", "since", "at"})


def _part_of_day(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"in the morning", "mid-afternoon yesterday", "by mid afternoon": a part of the day
    named (yesterday, today), of the story's latest day, or of the publication day."""
    g = lambda n: group(m, "part_of_day", n)  # noqa: E731
    prefix = m.group("prefix") or ""
    if g("the"):
        if prefix or word_before(ctx.text, start) not in _PART_CUE_WORDS:
            return None  # "the morning papers", "the evening of March 3" (read elsewhere)
        if re.match(r"\s+(?:of|after|before|when|that|news|paper|session|shift|prayers?)\b", ctx.text[end:end + 10], re.I):
            return None
    elif not re.match(r"(?:mid|early|late)\b", prefix, re.I):
        return None  # a bare "morning" is no time ("morning prayers")
    code = PARTS_OF_DAY[g("part").lower()]
    deic = (g("deic") or "").lower()
    dct = ctx.dct_for("day")
    if deic:
        d = None if dct is None else dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(deic, 0))
    elif ctx.anchor is not None and ctx.anchor.granularity == "day":
        d = ctx.anchor.day
    else:
        d = dct
    mod = prefix_mod(prefix) if prefix else None
    if d is None:
        return Reading("TIME", f"XXXX-XX-XXT{code}", mod)
    return Reading("TIME", f"{d.isoformat()}T{code}", mod, CalendarPoint("day", d))


# "The Sunday Times", "the Mail on Sunday" aside, a weekday before one of these capitalised
# nouns names a newspaper or a programme ("Sunday Telegraph", "Saturday Night Live")
_TITLE_NOUN_AFTER = re.compile(
    r"\s(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Observer|Tribune|Star|Mail|Sport|People"
    r"|Age|Record|Journal|Magazine|Edition|Live|Football)\b")


def _weekday(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"Friday", "Thursday night", "Sundays": the nearest such day before the DCT, or after it
    when the sentence speaks of the future."""
    g = lambda n: group(m, "weekday", n)  # noqa: E731
    wd_text = g("wd")
    if not is_capitalised(wd_text):
        return None
    wd = weekday_number(wd_text)
    if wd is None or _TITLE_NOUN_AFTER.match(ctx.text, end):
        return None  # "The Sunday Times": a title
    raw_part = (g("part") or "").lower()
    part = raw_part.rstrip("s")
    if (wd_text.lower().endswith("s") and not wd_text.lower().endswith("ss")) or raw_part.endswith("s"):
        suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
        return Reading("SET", f"XXXX-WXX-{wd}{suffix}")
    d = weekday_date(ctx, wd, "", start, end)
    if d is None:
        base = f"XXXX-WXX-{wd}"
        return Reading("TIME", f"{base}T{PARTS_OF_DAY[part]}") if part else Reading("DATE", base)
    point = CalendarPoint("day", d)
    return date_reading(point, "day", prefix_mod(m.group("prefix")))


_PERIOD_CLOSING = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends|to\s+end)\b")
_YEAR_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends|to)\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+\d{1,2}\b")


def _part_of_this(unit: str, adj: str, prefix: str | None, ctx: Context) -> Reading | None:
    """"the end of the decade", "the middle of the century": a part of the current decade or
    century (201, 20 with mod END ...). "the decade" alone is left: it mostly names a stretch
    already in the text ("in the decade since the war"), not a calendar decade."""
    mod = prefix_mod(prefix)
    if adj or mod not in ("START", "MID", "END"):
        return None
    ref = ctx.dct_for("year")
    if ref is None:
        return Reading("DATE", "XXX" if unit == "decade" else "XX", mod)
    if unit == "decade":
        return Reading("DATE", f"{ref.year // 10:03d}", mod, CalendarPoint("decade", date(ref.year // 10 * 10, 1, 1)))
    return Reading("DATE", f"{ref.year // 100:02d}", mod, CalendarPoint("century", date(ref.year // 100 * 100, 1, 1)))


def _the_unit(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"the year", "the week", "the weekend", "the full year": a unit named with "the"."""
    g = lambda n: group(m, "the_unit", n)  # noqa: E731
    unit = g("unit").lower()
    adj = (g("adj") or "").lower()
    if unit in ("decade", "century"):
        return _part_of_this(unit, adj, m.group("prefix"), ctx)
    before = word_before(ctx.text, start)
    closing = _YEAR_ENDED.match(ctx.text, end) if unit == "year" else None
    # "for the year", "for the full year", "for the week": the reporting period a figure is
    # given for ("For the year, sales rose 5%"), a date; not "for the whole year" (a length)
    reporting = before == "for" and unit in ("year", "week") and adj in ("", "full") \
        and not _PERIOD_CLOSING.match(ctx.text, end)
    if adj in ("full", "whole", "entire") and not reporting:
        return Reading("DURATION", duration_value(1, unit))
    if closing is not None and month_number(closing.group("mon")) not in (None, 12):
        # "the fiscal year ended March 31": a year that is no calendar year, so its length
        return Reading("DURATION", duration_value(1, unit))
    if unit == "weekend":
        dct = ctx.dct_for("day")
        if dct is None:
            return Reading("DATE", "XXXX-WXX-WE")
        if dct.isoweekday() >= 6 or ctx.future(start, end):
            point = CalendarPoint("week", dct)
        else:
            point = CalendarPoint("week", dct - timedelta(days=7))
        return Reading("DATE", format_point(point) + "-WE", None, point)
    if before in ("for", "during", "throughout", "over", "all") and not reporting:
        return Reading("DURATION", duration_value(1, unit))
    if unit == "day":
        if re.match(r"\s+(?:of|that|when|on|in)\b", ctx.text[end:end + 8]):
            return None
        if not re.match(r"(?:earlier|later)\b", m.group("prefix") or "", re.I):
            return None  # only "later in the day" / "earlier in the day" date the story's day
        ref = ctx.reference("day")
        return date_reading(None if ref is None else CalendarPoint("day", ref), "day")
    if unit == "week":
        ref = ctx.dct_for("day")
        return Reading("DATE", "XXXX-WXX" if ref is None else f"{ref.isocalendar()[0]:04d}-WXX")
    if unit == "month":
        if re.match(r"\s+(?:of|before|after)\b", ctx.text[end:end + 8]):
            return None
        ref = ctx.reference("month")
        return date_reading(None if ref is None else CalendarPoint("month", ref), "month")
    # "the year" in news is the current one; "earlier in the year" follows the narrative
    in_narrative = re.search(r"\bin\s*$", m.group("prefix") or "")
    ref = ctx.reference("year") if in_narrative else ctx.dct_for("year")
    if ref is not None and (half := half_reading(m.group("prefix"), ref.year)) is not None:
        return half  # "the first half of the year": H1 of that year
    return date_reading(None if ref is None else CalendarPoint("year", ref), "year")


# "half past three", "a quarter to six p.m.", "ten minutes past 4 in the morning"
_SPOKEN_CLOCK = re.compile(
    r"(?P<n>half|a\s+quarter|quarter|\S+\s+minutes)\s+(?P<dir>past|to)\s+(?P<h>\w+)(?P<tail>.*)$")


def _spoken_clock(m: re.Match[str]) -> tuple[int, int]:
    """Hour and minute of a clock time said in words: "a quarter to six" is 5:45, "half past
    ten at night" 22:30; with no half of the day named, the hour as written (as "6:30" is)."""
    n = m["n"]
    mins = 30 if n == "half" else 15 if "quarter" in n else int(number_value(n.split()[0]) or 0)
    hour = int(m["h"]) if m["h"].isdigit() else int(number_value(m["h"]) or 0)
    if m["dir"] == "to":
        hour, mins = (hour - 1) or 12, 60 - mins
    tail = m["tail"].replace(".", "")
    if re.search(r"pm|afternoon|evening|night", tail) and hour < 12:
        hour += 12
    elif re.search(r"am|morning", tail) and hour == 12:
        hour = 0
    return hour, mins


_CLOCK_RE = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm|o'clock)?", re.I)


_WORDLIKE_ZONES = {"wet", "et", "ct", "mt", "pt", "ist", "west"}


# "8 p.m. local time on Sunday": the day after "local time", which stays outside the span
_LOCAL_TIME_DAY = re.compile(
    r"\s+local\s+time,?\s+(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|yesterday|today|tomorrow|tonight)\b", re.IGNORECASE)
# "shortly after midnight on Saturday": the start of the day named, not its end
_DAY_START_WORDS = frozenset({"after", "past", "since", "from"})


def _day_part_after(words: str) -> str:
    """The part of the day a clock time's day words name: "morning" for "this morning",
    "night" for "last night" or "tonight", "" when they name none."""
    w = words.lower()
    if w == "tonight" or w.startswith("last"):
        return "night"
    return w.split()[-1] if w.startswith("this") else ""


def _clock(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"10:35 a.m.", "noon Thursday", "0735 GMT": a time of day on the day named, the
    narrative's day, or the DCT."""
    g = lambda n: group(m, "clock", n)  # noqa: E731
    clock = g("clock").lower()
    if clock in ("noon", "midday"):
        if word_before(ctx.text, start) == "high" and not g("wd") and not g("mon"):
            return None  # "high noon": the idiom (or the film), not a clock time
        hh, mi = 12, 0
    elif clock == "midnight":
        hh, mi = 0, 0
    elif re.fullmatch(r"\d{4}", clock):
        hh, mi = int(clock[:2]), int(clock[2:4])
    elif (spoken := _SPOKEN_CLOCK.match(clock)) is not None:
        hh, mi = _spoken_clock(spoken)
    else:
        c = _CLOCK_RE.match(clock)
        hh, mi = int(c["h"]), int(c["mi"] or 0)
        ap = (c["ap"] or "").replace(".", "")
        if not ap and re.search(r"\s(?:in|at)\s", clock):  # "4 in the morning", "10 at night"
            ap = "am" if clock.endswith("morning") or clock.startswith("12") and clock.endswith("night") else "pm"
        part = _day_part_after(g("dpart") or g("wd") or "")
        if ap in ("", "o'clock") and part:  # "11 o'clock last night", "6.30 this morning"
            ap = "am" if part == "morning" or part == "night" and (hh < 5 or hh == 12) else "pm"
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
        if not ap and not c["mi"]:
            return None
    if hh > 24 or mi > 59:
        return None
    day_word = (g("wd") or g("wd0") or "").lower()
    if g("dpart") or g("mon2"):
        day_word = ""
    local_day = None if day_word or g("mon") or g("mon2") or g("dpart") else _LOCAL_TIME_DAY.match(ctx.text, end)
    if local_day is not None:  # "8 p.m. local time on Sunday": the clock time of that day
        day_word = local_day.group(1).lower()
    if clock == "midnight" and (day_word or g("mon") or g("mon2")) and word_before(ctx.text, start) not in _DAY_START_WORDS:
        hh = 24  # "midnight Friday", "by midnight on Sunday": the end of the day named (TimeML T24:00)
    dct = ctx.dct_for("day")
    d: date | None = None
    if g("dpart"):  # "last night" is the evening before the DCT, or its small hours
        d = None if dct is None else dct - timedelta(days=1 if g("dpart").lower().startswith("last") and hh >= 5 else 0)
    elif g("mon") or g("mon2"):
        month = month_number(g("mon") or g("mon2"))
        day = int(re.match(r"\d+", g("day") or g("day2")).group())
        year = month_year(ctx, month, start, end)
        try:
            d = date(year, month, day) if year else None
        except ValueError:
            d = None
    elif day_word in ("yesterday", "today", "tomorrow", "tonight"):
        d = None if dct is None else dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(day_word, 0))
    elif day_word:
        wd = weekday_number(day_word)
        d = None if wd is None else weekday_date(ctx, wd, "", start, end)
    else:
        d = ctx.anchor.day if ctx.anchor is not None and ctx.anchor.granularity == "day" else dct
    zone = g("tz")
    end_trim = 0
    if zone and zone.lower() in _WORDLIKE_ZONES and not zone.isupper():
        # "at 5 pm, wet ...": a zone abbreviation that is also a word counts only in capitals
        end_trim = len(m.group()) - (m.start("clock__tz") - m.start())
        if g("wd") or g("mon") or g("mon2"):
            return None
        zone = None
    if zone and ctx.zone is not None and d is not None and hh < 24:
        converted = to_zone(d, hh, mi, zone, ctx.zone)
        if converted is not None:
            d, hh, mi = converted
    time = f"T{hh:02d}:{mi:02d}"
    if d is None:
        return Reading("TIME", f"XXXX-XX-XX{time}", end_trim=end_trim)
    return Reading("TIME", f"{d.isoformat()}{time}", None, CalendarPoint("day", d), end_trim=end_trim)


# kind name (grammar.KINDS) -> normaliser
_TODAY_IS = re.compile(r"\b(?:today|it|this)\s*(?:is|['’]s)\s+$", re.IGNORECASE)


def _nth_day(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"Today is the eighth day of the strike", "it's the second day of the talks": the
    document's day; an Nth day not said to be today ("on his first day in office") is none."""
    if not _TODAY_IS.search(ctx.text, max(0, start - 12), start):
        return None
    dct = ctx.dct_for("day")
    return date_reading(None if dct is None else CalendarPoint("day", dct), "day")


HANDLERS = {
    "nth_day": _nth_day,
    "anchored": _anchored,
    "ago": _ago,
    "relative": _relative,
    "deictic": _deictic,
    "part_of_day": _part_of_day,
    "weekday": _weekday,
    "the_unit": _the_unit,
    "clock": _clock,
}
