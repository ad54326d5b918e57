"""Word lists and regex fragments for the temporal tagger (``timex``).

Everything here is data: month and weekday names, number words, time units with their
TimeML codes, seasons and holidays, and the regex fragments built from them. The grammar in
``grammar`` assembles the fragments into the master regex; the normaliser in ``tagger``
uses the maps to turn matched words into values.
"""
from __future__ import annotations

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "UNITS",
    "SEASONS",
    "PARTS_OF_DAY",
    "HOLIDAYS",
    "VAGUE_AMOUNTS",
    "month_number",
    "weekday_number",
    "unit_code",
    "number_value",
]

# Month name or abbreviation (lower case, no dot) -> month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Weekday name or abbreviation -> ISO weekday (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a thousand": 1000, "one thousand": 1000, "two thousand": 2000,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5, "half": 0.5,
    "one and a half": 1.5, "a couple of": 2, "a couple": 2, "couple of": 2,
    # fractions of a long unit: "a quarter-century", "a quarter of a century", "three quarters
    # of an hour" (the grammar reads them only before such a unit)
    "a quarter": 0.25, "a quarter of a": 0.25, "a quarter of an": 0.25,
    "three quarters of a": 0.75, "three quarters of an": 0.75,
    "three-quarters of a": 0.75, "three-quarters of an": 0.75,
}

# Amount words that leave the count open (TimeML writes them as X: "several years" is PXY).
VAGUE_AMOUNTS = frozenset({
    "a few", "few", "several", "some", "many", "a number of", "dozens of", "hundreds of",
    "thousands of", "a series of", "the", "recent", "coming", "these", "those", "multiple",
})

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31, "last": -1, "final": -1,
}

# Unit word (singular, lower case) -> (TimeML duration code, is a time-of-day unit).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

# Fixed-date holidays: name -> (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "boxing day": (12, 26), "may day": (5, 1), "bastille day": (7, 14), "veterans day": (11, 11),
}


def month_number(word: str) -> int | None:
    """The month a name or abbreviation stands for ("Sept." -> 9), None if it is not one."""
    return MONTHS.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    """ISO weekday of a name ("Fridays" -> 5), None if it is not one."""
    w = word.lower().rstrip(".")
    if w.endswith("s") and w[:-1] in WEEKDAYS and len(w) > 4:
        w = w[:-1]
    return WEEKDAYS.get(w)


def unit_code(word: str) -> str | None:
    """Singular unit of a unit word ("Years" -> "year", "centuries" -> "century")."""
    w = word.lower()
    if w == "centuries":
        return "century"
    if w in UNITS:
        return w
    if w.endswith("s") and w[:-1] in UNITS:
        return w[:-1]
    return None


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


def number_value(words: str) -> float | None:
    """The number a count phrase states ("two", "24", "twenty-five", "2 1/2", "a"), or None
    when the phrase leaves it open ("several", "a few")."""
    w = " ".join(words.lower().replace(",", "").split())
    if not w:
        return None
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if w in VAGUE_AMOUNTS:
        return None
    parts = w.split(" ")
    if len(parts) == 2 and parts[1] in ("1/2", "½"):
        whole = number_value(parts[0])
        return None if whole is None else whole + 0.5
    if w.endswith(" and a half"):
        whole = number_value(w[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if w.endswith("½"):
        whole = number_value(w[:-1] or "0")
        return None if whole is None else whole + 0.5
    try:
        return float(w)
    except ValueError:
        pass
    for sep in ("-", " "):
        if sep in w:
            head, _, tail = w.partition(sep)
            if head in _TENS and tail in NUMBER_WORDS and NUMBER_WORDS[tail] < 10:
                return _TENS[head] + NUMBER_WORDS[tail]
    return None
