"""What a timex match means (``Reading``) and the helpers every kind's normaliser shares.

The normalisers in ``calendar``, ``relative`` and ``lengths`` each turn one
kind of master-regex match into a ``Reading``: TimeML type, value and mod, plus the calendar
point it names (which later anaphora such as "the next day" resolve against). The helpers
here pick the year of a month named without one, find the word before a match, format
underspecified values and read prefix modifiers ("the end of" -> END, "about" -> APPROX).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import (
    number_value,
)
from .resolve import Context, nearest_weekday, tail_tense
from .values import (
    CalendarPoint,
    format_point,
)

__all__ = [
    "Reading",
    "prefix_mod",
    "masked_value",
    "date_reading",
    "spelled_year",
    "year_of",
    "is_capitalised",
    "word_before",
    "month_year",
    "day_reading",
    "UNIT_GRANULARITY",
    "SHIFT_UNIT",
    "GRANULARITY_RANK",
    "weekday_date",
    "half_reading",
    "name_before",
]


@dataclass(frozen=True)
class Reading:
    """What a match means: TimeML type, value and mod, and the point it anchors (if any)."""

    type: str
    value: str
    mod: str | None = None
    point: CalendarPoint | None = None
    start_trim: int = 0  # characters to drop from the start of the match (a framing word)
    end_trim: int = 0
    anchors: bool = True  # whether later anaphora ("the next day") may resolve against it


# Prefix word(s) -> TimeML mod.
_PREFIX_MODS: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"(?:the\s+)?(?:very\s+)?(?:end|close|turn|latter\s+part|later\s+part|last\s+part|second\s+half|last\s+half|latter\s+half)\b", re.I), "END"),
    (re.compile(r"(?:the\s+)?(?:very\s+)?(?:beginning|start|dawn|first\s+part|early\s+part|first\s+half)\b", re.I), "START"),
    (re.compile(r"(?:the\s+)?(?:middle|mid)\b", re.I), "MID"),
    (re.compile(r"early\b", re.I), "START"),
    (re.compile(r"late\b", re.I), "END"),
    (re.compile(r"(?:about|around|approximately|roughly|some|close\s+to)\b", re.I), "APPROX"),
    (re.compile(r"(?:nearly|almost|just\s+under|less\s+than|fewer\s+than)\b", re.I), "LESS_THAN"),
    (re.compile(r"(?:more\s+than|just\s+over|well\s+over|upwards\s+of|the\s+better\s+part\s+of)\b", re.I), "MORE_THAN"),
    (re.compile(r"(?:at\s+least|no\s+less\s+than)\b", re.I), "EQUAL_OR_MORE"),
    (re.compile(r"(?:at\s+most|up\s+to|no\s+more\s+than)\b", re.I), "EQUAL_OR_LESS"),
    (re.compile(r"pre-", re.I), "BEFORE"),
    (re.compile(r"post-", re.I), "AFTER"),
]




def prefix_mod(prefix: str | None) -> str | None:
    """The TimeML mod a prefix such as "the end of" or "about" sets."""
    if not prefix:
        return None
    for pattern, mod in _PREFIX_MODS:
        if pattern.match(prefix):
            return mod
    return None


_HALF_PREFIX = re.compile(r"(?:the\s+)?(?P<which>first|second|last|latter)\s+half\s+of", re.I)


def half_reading(prefix: str | None, year: int) -> Reading | None:
    """The half of ``year`` a prefix names ("the first half of 2014", "the second half of the
    year": 2014-H1, ...-H2), or None when the prefix names no half."""
    half = _HALF_PREFIX.match(prefix or "")
    if half is None:
        return None
    n = 1 if half.group("which").lower() == "first" else 2
    return Reading("DATE", f"{year:04d}-H{n}", None, CalendarPoint("half", date(year, 1 if n == 1 else 7, 1)))


def masked_value(granularity: str, known_year: int | None = None) -> str:
    y = f"{known_year:04d}" if known_year is not None else "XXXX"
    return {"day": f"{y}-XX-XX", "week": f"{y}-WXX", "month": f"{y}-XX", "quarter": f"{y}-QX",
            "season": f"{y}-XX", "half": f"{y}-HX", "year": y, "decade": "XXX",
            "century": "XX"}[granularity]


def date_reading(point: CalendarPoint | None, granularity: str, mod: str | None = None) -> Reading:
    if point is None:
        return Reading("DATE", masked_value(granularity), mod)
    return Reading("DATE", format_point(point), mod, point)


def spelled_year(words: str) -> int | None:
    """The year a spelled-out year names ("nineteen ninety-six" -> 1996)."""
    w = " ".join(words.lower().replace("-", " ").split())
    if w.startswith("two thousand"):
        rest = w[len("two thousand"):].strip()
        rest = rest[4:] if rest.startswith("and ") else rest
        n = number_value(rest) if rest else 0
        return None if n is None else 2000 + int(n)
    head, _, rest = w.partition(" ")
    century = {"nineteen": 1900, "twenty": 2000}.get(head)
    if century is None:
        return None
    rest = rest[3:] if rest.startswith("oh ") else rest
    n = number_value(rest)
    return None if n is None or n >= 100 else century + int(n)


def year_of(text: str) -> int:
    if text[:1].isalpha():
        return spelled_year(text) or 0
    t = text.strip().lstrip("'")
    y = int(t)
    if len(t) == 2:
        y += 1900 if y > 30 else 2000
    return y


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


_PRECEDING_WORD = re.compile(r"([A-Za-z']+)\W*$")


def word_before(text: str, start: int) -> str:
    m = _PRECEDING_WORD.search(text[max(0, start - 25):start])
    return m.group(1).lower() if m else ""


# a capitalised word inside a sentence right before a number: "Windows 2000", "Euro 2012",
# "a venture called Orion 1980" name a product, an event or a firm, not a year. Not a word
# that may open a title-case headline or stand before a date ("For 2014", "Summer 2013").
_NAME_BEFORE = re.compile(r"(?<![.!?:;\n\"`'(]\s)(?<![.!?:;\n\"`'(])\b(?<!^)([A-Z][A-Za-z]*[a-z0-9][A-Za-z0-9]*) $")
_NOT_A_NAME = frozenset(
    "in since by until till through of from to during before after for and or the that this "
    "early late mid around between about than at on as with into over under circa year years "
    "beyond within ahead toward towards past against near versus via per is was are were be "
    "fiscal calendar model spring summer fall autumn winter christmas easter thanksgiving "
    "season class".split())


def name_before(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a capitalised word mid-sentence that makes it
    part of a name ("Windows 2000", "Euro 2012"), so it is no year."""
    m = _NAME_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() not in _NOT_A_NAME


def month_year(ctx: Context, month: int, start: int, end: int, day: int = 15) -> int | None:
    """The year of a month (or day) named without one: the one that puts it nearest the DCT,
    leaning back for past-tense sentences and forward for future ones. News names near dates:
    "extended the offer to Nov. 16" in late October is this November, "in December" written
    in February is last December."""
    dct = ctx.dct_for("year")
    if dct is None:
        return None
    if ctx.dct_for("month") is None:
        return dct.year
    try:
        diff = (date(dct.year, month, min(day, 28)) - dct).days
    except ValueError:
        return dct.year
    tense = ctx.tense(start, end)
    if tense == "past":
        return dct.year - 1 if diff > 60 else dct.year
    if tense == "future":
        return dct.year + 1 if diff < -60 else dct.year
    if diff > 183:
        return dct.year - 1
    if diff < -183:
        return dct.year + 1
    return dct.year


def day_reading(ctx: Context, year: int | None, month: int, day: int, start: int, end: int) -> Reading:
    if year is None:
        year = month_year(ctx, month, start, end, day)
    if year is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}")
    try:
        d = date(year, month, day)
    except ValueError:
        return Reading("DATE", f"{year:04d}-{month:02d}")
    return date_reading(CalendarPoint("day", d), "day")


UNIT_GRANULARITY = {"day": "day", "night": "day", "week": "week", "weekend": "week", "fortnight": "week",
              "month": "month", "quarter": "quarter", "year": "year", "decade": "year",
              "century": "year", "hour": "day", "minute": "day", "second": "day",
              "morning": "day", "afternoon": "day", "evening": "day"}


SHIFT_UNIT = {"night": "day", "weekend": "week", "fortnight": "week", "hour": "day",
               "minute": "day", "second": "day", "morning": "day", "afternoon": "day", "evening": "day"}


GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4, "year": 5,
            "decade": 6, "century": 7}


# "called a strike for Monday", "a vote set for Friday": a day something is fixed for lies
# ahead, unless the rest of the sentence puts it behind ("the vigil for Saturday was cancelled")
_APPOINTMENT_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


def weekday_date(ctx: Context, weekday: int, rel: str, start: int, end: int) -> date | None:
    """The day a weekday name refers to: "last Friday" (strictly before the DCT), "next Friday"
    (strictly after), "the previous/following Friday" (around the narrative's date), or a bare
    "Friday" (on or before the DCT, on or after it in a future-tense sentence or after "for")."""
    if rel in ("previous", "preceding", "following"):
        ref = ctx.reference("day")
        if ref is None:
            return None
        return nearest_weekday(ref, weekday, 2 if rel == "following" else -2)
    dct = ctx.dct_for("day")
    if dct is None:
        return None
    if rel == "last":
        return nearest_weekday(dct, weekday, -2)
    if rel in ("next", "coming"):
        return nearest_weekday(dct, weekday, 2)
    if rel == "this":
        return dct + timedelta(days=weekday - dct.isoweekday())
    if ctx.future(start, end):
        return nearest_weekday(dct, weekday, 1)
    if _APPOINTMENT_BEFORE.search(ctx.text, max(0, start - 12), start) and tail_tense(ctx.text, end) != "past":
        return nearest_weekday(dct, weekday, 1)
    return nearest_weekday(dct, weekday, -1)
