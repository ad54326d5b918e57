"""Normalisers for timexes that name a calendar unit: explicit dates, months, years, quarters,
seasons, decades, centuries, holidays ("March 22, 2013", "the third quarter", "fiscal 1989",
"last fall", "the 1990s", "Christmas", "by the 19th").

Each function takes a master-regex match and the resolution ``Context`` and returns a
``Reading`` or None when the match is not a timex after all ("may" the verb, "the fall of").
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .grammar import group
from .lexicon import (
    HOLIDAYS,
    ORDINAL_WORDS,
    SEASONS,
    month_number,
)
from .reading import (
    Reading,
    date_reading,
    day_reading,
    half_reading,
    is_capitalised,
    month_year,
    name_before,
    prefix_mod,
    spelled_year,
    word_before,
    year_of,
)
from .ordinals import nth_weekday
from .resolve import Context
from .values import (
    SEASON_START_MONTH,
    CalendarPoint,
    format_point,
    season_of,
    shift_point,
)

__all__ = ["HANDLERS"]


def _date_iso(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"2013-03-22", "2013-03-22T14:30": ISO dates and times."""
    g = lambda n: group(m, "date_iso", n)  # noqa: E731
    try:
        d = date(int(g("y")), int(g("m")), int(g("d")))
    except ValueError:
        return None
    if g("hh"):
        return Reading("TIME", f"{d.isoformat()}T{g('hh')}:{g('mm')}", None, CalendarPoint("day", d))
    return date_reading(CalendarPoint("day", d), "day")


def _date_slash(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"11/04/2009": month first (US style) unless the first number cannot be a month."""
    g = lambda n: group(m, "date_slash", n)  # noqa: E731
    a, b, y = int(g("a")), int(g("b")), year_of(g("y"))
    month, day = (a, b) if a <= 12 else (b, a)
    try:
        d = date(y, month, day)
    except ValueError:
        return None
    return date_reading(CalendarPoint("day", d), "day")


def _date_mdy(m: re.Match[str], ctx: Context, start: int, end: int, kind: str = "date_mdy") -> Reading | None:
    """"March 22, 2013", "Friday, Oct. 23", "Jan 5th": a day; the year from the text or the DCT."""
    g = lambda n: group(m, kind, n)  # noqa: E731
    mon_text = g("mon")
    if not is_capitalised(mon_text):
        return None
    month = month_number(mon_text)
    day = int(re.match(r"\d+", g("day")).group())
    if month is None:
        return None
    year = year_of(g("y")) if g("y") else (int(g("y3")) if g("y3") else None)
    if year is None and g("wd"):
        # "Friday, Oct. 23": the weekday picks the year when the DCT cannot
        year = month_year(ctx, month, start, end)
    return day_reading(ctx, year, month, day, start, end)


def _date_dmy(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"22 March 2013", "the 3rd of May": as ``_date_mdy`` with the day first."""
    return _date_mdy(m, ctx, start, end, kind="date_dmy")


def _date_my(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"July 2012", "January this year": a month."""
    g = lambda n: group(m, "date_my", n)  # noqa: E731
    mon_text = g("mon")
    if not is_capitalised(mon_text):
        return None
    month = month_number(mon_text)
    if g("y"):
        year: int | None = year_of(g("y"))
    else:
        dct = ctx.dct_for("year")
        year = None if dct is None else dct.year + {"this": 0, "last": -1, "next": 1}[g("rel").lower()]
    if year is None or month is None:
        return Reading("DATE", f"XXXX-{month or 0:02d}")
    return date_reading(CalendarPoint("month", date(year, month, 1)), "month")


_QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _quarter(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"the third quarter", "fiscal second-quarter", "the year-ago quarter", "the first half of
    2014". A quarter named by its place ("the latest quarter") is the last one reported."""
    g = lambda n: group(m, "quarter", n)  # noqa: E731
    text = m.group("quarter").lower()
    which = (g("which") or "").lower()
    is_half = g("half").lower() == "half"
    plural = bool(g("pl"))
    has_det = bool(re.match(r"(?:the|its|their|this|last|next|that|\d{4}'s)\b", text))
    year_text = g("y") or g("y2") or g("py") or g("py2")
    rel_year = (g("ry") or g("ry2") or "").lower()
    if not which and not has_det and not year_text:
        return None
    if is_half:
        if which not in ("first", "second", "1st", "2nd") or not (year_text or rel_year or "-" in text):
            return None
    dct = ctx.dct_for("quarter")
    if year_text:
        year: int | None = int(year_text)
    elif rel_year:
        year = None if ctx.dct_for("year") is None else ctx.dct_for("year").year + {"this": 0, "the": 0, "that": 0, "last": -1, "next": 1}[rel_year]
    else:
        year = None if dct is None else dct.year
    if g("yago") and not which:
        which = "year-ago"
    if plural:
        if which in _QUARTER_ORD:
            return Reading("SET", f"XXXX-Q{_QUARTER_ORD[which]}")
        if which in ("coming", "next"):
            return Reading("DATE", "FUTURE_REF")
        if which in ("past", "recent", "last", "previous", "preceding"):
            return Reading("DATE", "PAST_REF")
        return None
    if "-" in text and text.startswith("the ") and re.search(r"-(?:quarter|half)$", text):
        trim = 4  # "the third-quarter results": the adjective alone is the timex
    else:
        trim = 0
    if is_half:
        n = 1 if which in ("first", "1st") else 2
        if year is None:
            return Reading("DATE", f"XXXX-H{n}")
        return date_reading(CalendarPoint("half", date(year, 1 if n == 1 else 7, 1)), "half")
    if which in _QUARTER_ORD:
        n = _QUARTER_ORD[which]
        if year is None:
            return Reading("DATE", f"XXXX-Q{n}")
        if g("yago"):
            point = CalendarPoint("quarter", date(year - 1, 3 * n - 2, 1))
            return Reading("DATE", format_point(point), None, point, anchors=False)
        if not (year_text or rel_year) and dct is not None and 3 * n - 2 > dct.month \
                and ctx.tense(start, end) != "future":
            year -= 1  # "the fourth quarter" reported in January is last year's
        point = CalendarPoint("quarter", date(year, 3 * n - 2, 1))
        return Reading("DATE", format_point(point), None, point, start_trim=trim)
    # A quarter named by its place relative to now: the reporting quarter is the last one
    # completed (results are published after a quarter closes).
    if dct is None:
        return Reading("DATE", "XXXX-QX")
    current = CalendarPoint("quarter", date(dct.year, 3 * ((dct.month - 1) // 3) + 1, 1))
    reporting = shift_point(current, -1, "quarter")
    if ctx.last_quarter is not None and which in ("", "fiscal", "latest", "same", "comparable"):
        reporting = ctx.last_quarter
    if which in ("current", "this"):
        point = current if dct.month % 3 != 1 or dct.day > 20 else reporting
        if which == "this" and ctx.recent_quarter(start) is not None and ctx.tense(start, end) != "future":
            point = ctx.recent_quarter(start)  # "this quarter's loss" in a report on a quarter
    elif which in ("next", "coming"):
        point = shift_point(current, 1, "quarter")
    elif which in ("previous", "preceding", "prior"):
        base = ctx.last_quarter or reporting
        point = shift_point(base, -1, "quarter")
    elif which in ("year-earlier", "year-ago"):
        point = shift_point(ctx.last_quarter or reporting, -1, "year")
        return Reading("DATE", format_point(point), None, point, anchors=False)
    else:  # the quarter, latest, last, past, final, recent, fiscal
        point = reporting
    if year_text or rel_year:
        point = CalendarPoint("quarter", date(year or point.day.year, point.day.month, 1))
    return date_reading(point, "quarter")


_DAY_PAIR_BEFORE = re.compile(
    r"(?P<mon>[A-Z][a-z]{2,8}\.?)\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?\s*(?:and|or|to|-|–|through|until)\s*$")


# the first day of a range written day first: "12 to 15 April", "2-5 March 2012"
_DAY_PAIR_AFTER = re.compile(
    r"\s*(?:and|or|to|-|–|through|until|till)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<mon>[A-Z][a-z]{2,8}\.?)(?:,?\s+(?P<y>(?:1[0-9]|20)\d\d)(?!\d))?")


def _day_pair(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """The second day of "April 24 and 25", "March 3-5": the month of the day just named; the
    first of "12 to 15 April", "2-5 March 2012": the month (and year) named just after."""
    before = _DAY_PAIR_BEFORE.search(ctx.text, max(0, start - 30), start)
    month = month_number(before.group("mon")) if before else None
    day = int(group(m, "day_pair", "d"))
    if month is None:
        after = _DAY_PAIR_AFTER.match(ctx.text, end)
        month = month_number(after.group("mon")) if after else None
        if month is None or group(m, "day_pair", "y"):
            return None
        return day_reading(ctx, int(after.group("y")) if after.group("y") else None, month, day, start, end)
    anchor = ctx.anchor
    if anchor is None or anchor.granularity != "day" or anchor.day.month != month:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}")
    try:
        d = anchor.day.replace(day=day)
    except ValueError:
        return None
    return date_reading(CalendarPoint("day", d), "day")


def _period(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """ "the latest period", "the year-earlier period", "year-earlier": a reporting period,
    read as the quarter the report is about (or the same quarter a year before)."""
    which = (group(m, "period", "which") or group(m, "period", "adj") or "").lower()
    dct = ctx.dct_for("quarter")
    if dct is None:
        return Reading("DATE", "XXXX-QX")
    current = CalendarPoint("quarter", date(dct.year, 3 * ((dct.month - 1) // 3) + 1, 1))
    base = ctx.last_quarter or shift_point(current, -1, "quarter")
    if which in ("latest", "comparable", "same"):
        return date_reading(base, "quarter")
    if which == "previous":
        return date_reading(shift_point(base, -1, "quarter"), "quarter")
    if ctx.last_quarter is not None and ctx.period_since_quarter(start):
        base = CalendarPoint("year", base.day)  # "for the nine months, ... year-earlier net"
    point = shift_point(base, -1, "year")
    return Reading("DATE", format_point(point), None, point, anchors=False)


def _two_quarters(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """ "the first two quarters of 1990" (H1), "the last two quarters of 1990" (H2)."""
    y = int(group(m, "two_quarters", "y"))
    n = 1 if group(m, "two_quarters", "which").lower() == "first" else 2
    return Reading("DATE", f"{y:04d}-H{n}", None, CalendarPoint("half", date(y, 1 if n == 1 else 7, 1)))


def _period_of(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """ "the quarter a year ago", "the corresponding period last year": the reported quarter a
    year before; "the 1988 period": the reported quarter's place in 1988. After a longer period
    ("for the nine months, ...") it is that period's year; with no quarter named, the year."""
    year_text = group(m, "period_of", "py")
    base = ctx.recent_quarter(start)
    if base is None or ctx.period_since_quarter(start):
        dct = ctx.dct_for("year")
        if year_text is None and dct is None:
            return Reading("DATE", "XXXX")
        y = int(year_text) if year_text else (base.day.year if base else dct.year) - 1
        point = CalendarPoint("year", date(y, 1, 1))
    elif year_text:
        point = CalendarPoint("quarter", date(int(year_text), base.day.month, 1))
    else:
        point = shift_point(base, -1, "year")
    return Reading("DATE", format_point(point), None, point, anchors=False)


_DECADE_WORD = re.compile(r"'?(\d{1,4})0s", re.I)


def _decade(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"the 1990s", "the '80s", "the early 1980s", "the nineties" (not "in his 30s"); "the
    1800s" is a century (18), "the 2000s" the decade 200."""
    g = lambda n: group(m, "decade", n)  # noqa: E731
    if not m.group("decade").lower().startswith("the") and word_before(ctx.text, start) in ("his", "her", "their", "its", "my", "your", "our", "early", "late", "mid"):
        if word_before(ctx.text, start) not in ("early", "late", "mid") or re.search(r"\b(?:his|her|their|my|your|our)\s+\w+\s*$", ctx.text[max(0, start - 20):start]):
            return None  # "in his 30s": an age, not a decade
    if g("decw"):
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[g("decw").lower()]
        digits = ("18" if (g("century") or "").lower() == "eighteen" else "19") + str(tens)
    else:
        digits = _DECADE_WORD.fullmatch(g("dec")).group(1)
    if len(digits) == 1:
        decade = "19" + digits
    elif len(digits) == 3:
        decade = digits
    else:
        return None
    em = (g("em") or "").lower()
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(em)
    if mod is None and m.group("decade").lower().lstrip("the ").startswith("mid-"):
        mod = "MID"
    if decade.endswith("0") and int(decade) < 200:  # "the 1800s", "the early 1900s": a century
        return Reading("DATE", decade[:2], mod, CalendarPoint("century", date(int(decade) * 10 or 1, 1, 1)))
    return Reading("DATE", decade, mod, CalendarPoint("decade", date(int(decade) * 10 or 1, 1, 1)))


def _century(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"the 20th century" -> 19."""
    word = group(m, "century", "ord").lower()
    n = ORDINAL_WORDS.get(word)
    if n is None:
        n = int(re.match(r"\d+", word).group()) if word[:1].isdigit() else None
    if not n or n < 1:
        return None
    return Reading("DATE", f"{n - 1:02d}", None, CalendarPoint("century", date(max((n - 1) * 100, 1), 1, 1)))


_SEASON_CUE_WORDS = frozenset({"in", "during", "over", "since", "until", "till", "by", "through",
                               "throughout", "from", "for", "before", "after", "into", "this", "of"})


def _season(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"last fall", "this summer", "the winter of 1994"; a bare "spring" or "the fall of" is not one."""
    g = lambda n: group(m, "season", n)  # noqa: E731
    rel = " ".join((g("rel") or "").lower().split())
    rel = {"this past": "last", "this coming": "next"}.get(rel, rel)
    code = SEASONS[g("season").lower()]
    if g("y"):
        year: int | None = year_of(g("y"))
        return Reading("DATE", f"{year:04d}-{code}", None, CalendarPoint("season", date(year, SEASON_START_MONTH[code], 1)))
    if not rel and not m.group("prefix"):
        return None
    if re.match(r"\s+of\b", ctx.text[end:end + 4]):
        return None  # "the fall of the government"
    if rel == "the" and word_before(ctx.text, start) not in _SEASON_CUE_WORDS:
        return None  # "the spring in the valley"
    dct = ctx.dct_for("month")
    if dct is None:
        return Reading("DATE", f"XXXX-{code}")
    cur_year, cur_code = season_of(dct)
    # seasons counted from the DCT's: index of the same-named season this calendar year
    this_year = dct.year if code != "WI" else (dct.year if dct.month == 12 else dct.year - 1 if dct.month <= 2 else dct.year)
    this_point = CalendarPoint("season", date(this_year, SEASON_START_MONTH[code], 1))
    cur_start = date(cur_year, SEASON_START_MONTH[cur_code], 1)
    if rel in ("last", "past"):
        point = this_point if this_point.day < cur_start else shift_point(this_point, -1, "year")
    elif rel in ("next", "coming"):
        point = this_point if this_point.day > cur_start else shift_point(this_point, 1, "year")
    else:
        point = this_point
        if rel in ("the", "") and this_point.day > cur_start and ctx.past(start, end) and not ctx.future(start, end):
            point = shift_point(this_point, -1, "year")
    return date_reading(point, "season")


def _easter(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    mm = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * mm + 114, 31)
    return date(year, month, day + 1)


def _holiday(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"Christmas", "Thanksgiving Day", "Easter week", "Election Day": fixed and computed
    holidays (Election Day is the US one, the Tuesday after the first Monday in November)."""
    g = lambda n: group(m, "holiday", n)  # noqa: E731
    name = " ".join(g("hol").lower().split())
    if not is_capitalised(g("hol")):
        return None
    dct = ctx.dct_for("year")
    year = int(g("y")) if g("y") else (dct.year if dct else None)
    if year is None:
        fixed = HOLIDAYS.get(name)
        return Reading("DATE", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX")
    if not g("y"):
        month = HOLIDAYS[name][0] if name in HOLIDAYS else {"thanksgiving": 11, "easter": 4, "memorial": 5, "labor": 9, "election": 11}.get(name.split()[0], 0)
        if month:
            year = month_year(ctx, month, start, end) or year
    if name in HOLIDAYS:
        month, day = HOLIDAYS[name]
        d = date(year, month, day)
    elif name.startswith("thanksgiving"):
        d = nth_weekday(year, 11, 4, 4)
    elif name.startswith("easter"):
        d = _easter(year)
        if name.endswith("week"):
            return date_reading(CalendarPoint("week", d), "week")
        if name.endswith("monday"):
            d += timedelta(days=1)
    elif name.startswith("memorial"):
        d = nth_weekday(year, 5, 1, -1)
    elif name.startswith("labor"):
        d = nth_weekday(year, 9, 1, 1)
    elif name.startswith("election"):  # US: the Tuesday after the first Monday in November
        d = nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    else:
        return None
    return date_reading(CalendarPoint("day", d), "day")


_YEAR_CUE_WORDS = frozenset({
    "in", "since", "by", "until", "till", "through", "of", "from", "to", "during", "before",
    "after", "year", "early", "late", "mid", "around", "between", "fiscal", "circa",
    "about", "than", "summer", "spring", "winter", "fall", "autumn", "throughout",
})


_YEAR_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+s|people|feet|foot|metres|meters|miles|km|tons|tonnes|men|women|children|persons)\b"
)


_RANGE_START = re.compile(r"(?<!\d)(?:1\d|20)\d\d-$")


def _year(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"1998", "fiscal 1989", "the year 2000", "nineteen ninety-six"; not "1500 troops"."""
    g = lambda n: group(m, "year", n)  # noqa: E731
    words = g("yw0") or g("yw")
    if words:
        y = spelled_year(words)
        if y is None:
            return None
        return Reading("DATE", f"{y:04d}", prefix_mod(m.group("prefix")), CalendarPoint("year", date(y, 1, 1)))
    before = word_before(ctx.text, start)
    if g("ys"):  # "in '62": only after a word that frames a year ("the '62 vintage" is left)
        if before not in _YEAR_CUE_WORDS - {"to", "than", "about", "year"} and before != "class":
            return None
        y = year_of(g("ys"))
        return Reading("DATE", f"{y:04d}", prefix_mod(m.group("prefix")), CalendarPoint("year", date(y, 1, 1)))
    y = int(g("y"))
    has_cue = bool(g("fiscal")) or bool(m.group("prefix")) or before in _YEAR_CUE_WORDS
    if not has_cue and (y < 1900 or y > 2100):
        return None
    after, mod = ctx.text[end:end + 20], prefix_mod(m.group("prefix"))  # "post-1959 politics"
    if not g("fiscal") and _YEAR_NOUN_AFTER.match(after) and mod not in ("BEFORE", "AFTER") \
            and not re.match(r"\s+(?:was|has|is|were|levels?|figures?|season|elections?|census|budget|results|games|olympics|polls|talks|accords?)\b", after):
        return None
    if not has_cue and name_before(ctx.text, start):
        return None  # "Windows 2000", "Euro 2012": part of a name
    if ctx.text[start - 1:start] in ("#", "-", "/") and not _RANGE_START.search(ctx.text, max(0, start - 6), start) \
            or ctx.text[end:end + 1] in ("/",):
        return None  # "#1990", "ISO-2001", "1/1990"; but the end of a range "2009-2011" is a year
    return half_reading(m.group("prefix"), y) or Reading("DATE", f"{y:04d}", mod, CalendarPoint("year", date(y, 1, 1)))


def _year_end(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"year-end", "the end of the year": the year, at its end; "mid-year" at its middle."""
    rel = (group(m, "year_end", "rel") or "").lower()
    mod = "MID" if group(m, "year_end", "mid") else "END"
    if group(m, "year_end", "yy"):  # "by year-end 2014", "mid-year 2015"
        y = int(group(m, "year_end", "yy"))
        return Reading("DATE", f"{y:04d}", mod, CalendarPoint("year", date(y, 1, 1)))
    ref = ctx.reference("year") if not rel else ctx.dct_for("year")
    if ref is None:
        return Reading("DATE", "XXXX", mod)
    y = ref.year + {"": 0, "this": 0, "last": -1, "next": 1}[rel]
    return Reading("DATE", f"{y:04d}", mod, CalendarPoint("year", date(y, 1, 1)))


_MONTH_CUE_WORDS = frozenset({
    "in", "since", "by", "until", "till", "through", "last", "next", "this", "early", "late",
    "mid", "of", "from", "to", "during", "before", "after", "end", "beginning", "and", "or",
    "between", "each", "every", "throughout", "on", "for", "that", "until", "into",
})


_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "your"})
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|to|on|in|for|and|or|by|with|at|from|through|across|past|against|is|was|were|are|will|would)\b)[a-z]{3,}\b")


def _attributive_month(text: str, start: int, end: int) -> bool:
    """ "a June agreement", "the March accession": a month naming the time of the noun after it."""
    return word_before(text, start) in _DETERMINERS and _NOUN_AFTER.match(text, end) is not None


def _month(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"January", "early March": a capitalised month name alone ("may" the verb is not)."""
    mon_text = group(m, "month", "mon")
    if not is_capitalised(mon_text):
        return None
    month = month_number(mon_text)
    low = mon_text.lower()
    if month is None:
        return None
    if low not in ("january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december") and not low.endswith("."):
        return None  # a bare abbreviation without its dot is too ambiguous
    if low in ("may", "march", "june", "august"):  # also a verb, a noun or a name
        if not m.group("prefix") and word_before(ctx.text, start) not in _MONTH_CUE_WORDS \
                and not (low != "may" and _attributive_month(ctx.text, start, end)):  # "the May government"
            return None
    year = month_year(ctx, month, start, end)
    if year is None:
        return Reading("DATE", f"XXXX-{month:02d}", prefix_mod(m.group("prefix")))
    return date_reading(CalendarPoint("month", date(year, month, 1)), "month", prefix_mod(m.group("prefix")))


def _week_of(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"the week of March 6": that day's week."""
    day = _date_mdy(m, ctx, start, end, kind="week_of")
    if day is None or day.point is None:
        return None if day is None else Reading("DATE", "XXXX-WXX")
    point = CalendarPoint("week", day.point.day)
    return date_reading(point, "week")


_ORDINAL_CUE_WORDS = frozenset({"on", "by", "until", "till", "before", "after", "since", "from",
                                "through", "to", "than", "and", "or", "between", "starting"})


_ORDINAL_FOLLOW = re.compile(r"\s*(?:[.,;:)!?]|$|(?:and|or|at|when|to|if|unless|but|in|as)\b)", re.I)


def _ordinal_day(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """ "by the 19th": day 19 of the month nearest the DCT (or the one named)."""
    g = lambda n: group(m, "ordinal_day", n)  # noqa: E731
    word = g("ord").lower()
    day = ORDINAL_WORDS.get(word)
    if day is None and word[:1].isdigit():
        day = int(re.match(r"\d+", word).group())
    if not day or day < 1 or day > 31:
        return None
    rel = (g("rel") or "").lower()
    if word_before(ctx.text, start) not in _ORDINAL_CUE_WORDS:
        return None
    if not rel and not _ORDINAL_FOLLOW.match(ctx.text, end):
        return None
    if not word[:1].isdigit() and day < 2 and not rel:
        return None
    dct = ctx.dct_for("day") if not rel else ctx.dct_for("month")
    if dct is None:
        return Reading("DATE", f"XXXX-XX-{day:02d}")
    candidates = []
    steps = {"this": [0], "the": [0], "last": [-1], "next": [1]}.get(rel, [-1, 0, 1])
    for step in steps:
        first = shift_point(CalendarPoint("month", date(dct.year, dct.month, 1)), step, "month").day
        try:
            candidates.append(date(first.year, first.month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    best = min(candidates, key=lambda d: (abs((d - dct).days), d < dct))
    return date_reading(CalendarPoint("day", best), "day")


# kind name (grammar.KINDS) -> normaliser
HANDLERS = {
    "date_iso": _date_iso,
    "date_slash": _date_slash,
    "date_mdy": _date_mdy,
    "date_dmy": _date_dmy,
    "date_my": _date_my,
    "quarter": _quarter,
    "period": _period,
    "period_of": _period_of,
    "two_quarters": _two_quarters,
    "decade": _decade,
    "century": _century,
    "season": _season,
    "holiday": _holiday,
    "year": _year,
    "year_end": _year_end,
    "month": _month,
    "week_of": _week_of,
    "day_pair": _day_pair,
    "ordinal_day": _ordinal_day,
}
