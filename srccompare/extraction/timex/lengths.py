"""Normalisers for lengths, recurrences and vague references: durations ("10 days",
"the past two months", "a five-year term"), sets ("daily", "every week", "$5 a year") and
PRESENT_REF/PAST_REF/FUTURE_REF words ("now", "recently", "the future").
"""
from __future__ import annotations

import re

from .grammar import group
from .lexicon import (
    PARTS_OF_DAY,
    SEASONS,
    month_number,
    number_value,
    unit_code,
    weekday_number,
)
from .reading import (
    Reading,
    is_capitalised,
    prefix_mod,
    word_before,
)
from .resolve import Context
from .values import (
    duration_value,
)

__all__ = ["HANDLERS"]


# "$500 a year", "four flights a week", "twice a day": a rate, so "a year" is a SET
_RATE_BEFORE = re.compile(
    r"(?:[$£€¥]\s?[\d.,]+(?:\s*(?:million|billion|trillion|[mbk]n?))?"
    r"|(?<![\w-])(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand"
    r"|hundreds|thousands|million|billion|twice|once|times)"
    # (a preposition ends the count's phrase: "walked 5 miles in an hour" is a length)
    r"(?:\s+(?!(?:in|within|for|over|after|under|than|by|about|nearly|almost)\b)[a-z]+){0,2})\s*$", re.I)


# "120 miles an hour", "60 km per hour", "15 million instructions per second": a speed (a
# distance or an amount of work over a time), which the TimeML guidelines do not mark; the
# time word of a speed is no SET
_SPEED_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|hundreds"
    r"|thousand|thousands|million|millions|billion))[\d,.]*\s*(?:million\s+|billion\s+)?"
    r"(?:miles?|mi|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|ft|yards?|inches|centimet(?:er|re)s?|cm"
    r"|(?:kilo|mega|giga|tera)?(?:bits?|bytes?)|[kmgt]b|instructions|operations|calculations"
    r"|revolutions|rotations)\s*(?:per\s*)?$", re.IGNORECASE)


def is_speed(text: str, start: int) -> bool:
    """Whether the time unit at ``start`` is the denominator of a speed ("120 miles an hour",
    "60 km per hour", "a million instructions per second"): no temporal expression."""
    return _SPEED_BEFORE.search(text, max(0, start - 40), start) is not None


_VERB_LAST_CUES = frozenset({"to", "will", "would", "could", "should", "might", "may", "can", "must",
                             "not", "ll", "did", "does", "do", "could", "cannot"})


_SHARE_BEFORE = re.compile(r"\bby\s+(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than)\s+)?$", re.I)


def _duration(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"10 days", "a five-year term", "the past two months", "2 1/2 years", "about a week";
    "$5 a year" is a rate (SET), "a 6-year-old" an age (no timex)."""
    g = lambda n: group(m, "duration", n)  # noqa: E731
    unit = unit_code(g("unit"))
    if unit is None:
        return None
    num_text = " ".join(g("num").lower().replace("-and-a-", " and a ").split())
    text = m.group("duration")
    if unit == "quarter" and ("-" in text and g("unit").lower().endswith("s")
                              or re.match(r"\s+of\b", ctx.text[end:end + 4])):
        return None  # "three-quarters", "a quarter of the residents"
    if unit == "quarter" and num_text in ("a", "one") and _SHARE_BEFORE.search(ctx.text, max(0, start - 30), start):
        return None  # "sales rose by a quarter", "fell by about a quarter": a share, not three months
    amount = number_value(num_text)
    if re.match(r"-(?:on|over|to)-", ctx.text[end:end + 6], re.I):
        return None  # "a year-on-year rise", "a quarter-over-quarter gain": a comparison, no time
    if re.match(r"-(?:earlier|ago|before)\b", ctx.text[end:end + 8], re.I):
        return None  # "a year-earlier loss": the adjective alone is the timex (a reporting period)
    if num_text in ("a", "an") and g("unit").lower().endswith("s"):
        return None  # "a decades-long war": the count belongs to the noun
    if g("old") and g("old").strip("- ").lower() == "old":
        return None  # ages ("a 6-year-old boy") are not annotated as durations
    if unit == "second" and num_text in ("a", "an") and re.match(r"\s+(?!(?:ago|later|earlier|or|and|longer)\b)[a-z]", ctx.text[end:end + 12]):
        return None  # "a second betrayal"
    if g("half") and amount is not None:
        amount += 0.5
    mod = prefix_mod(m.group("prefix"))
    if re.search(r"\bor\s+so$", text, re.I):
        mod = "APPROX"
    trim = 0
    if not g("rel") and not g("num0") and re.match(r"the\s+\S+-", text, re.I) and not m.group("prefix"):
        trim = re.match(r"the\s+", text, re.I).end()  # "the 14-day truce": the adjective alone
    if (g("rel") or "").lower() == "last" and not text.lower().startswith("the") and not m.group("prefix") \
            and word_before(ctx.text, start) in _VERB_LAST_CUES:
        # "is to last 10 days": "last" is the verb, not part of the timex
        trim = re.match(r"last\s+", text, re.I).end()
        return Reading("DURATION", duration_value(amount, unit), None, None, start_trim=trim)
    if num_text in ("a", "an") and (g("old") or "").lower() == "-long" and not m.group("prefix"):
        # "a month-long strike": the article belongs to the noun, the adjective is the timex
        trim = re.match(r"(?:the\s+)?an?\s+", text, re.I).end()
        return Reading("DURATION", duration_value(amount, unit), None, start_trim=trim)
    if num_text in ("a", "an") and not g("rel") and not text.lower().startswith("the"):
        if is_speed(ctx.text, start):
            return None
        if _RATE_BEFORE.search(ctx.text[max(0, start - 40):start]):
            return Reading("SET", duration_value(1, unit))
    if num_text == "one" and unit == "day" and not g("rel") and not m.group("prefix") \
            and word_before(ctx.text, start) in _VERB_LAST_CUES - {"to", "not", "did", "does", "do"}:
        return Reading("DATE", "FUTURE_REF")  # "will one day be", "could one day win": someday
    if num_text in ("a", "an", "one") and unit in ("day",) and re.match(r"\s*(?:,|when|after|before|in\b|last|next)", ctx.text[end:end + 8]) and num_text == "one":
        return Reading("DATE", "XXXX-XX-XX")
    if amount is not None and (amount > 10000 or amount >= 1000 and not g("unit").lower().endswith("s")):
        return None  # "the 1988 second quarter"
    return Reading("DURATION", duration_value(amount, unit), mod, start_trim=trim)


def _vague_units(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"recent years", "the coming months", "the days ahead": a length with no count."""
    g = lambda n: group(m, "vague_units", n)  # noqa: E731
    unit = unit_code(g("unit") or g("unit2"))
    if unit is None:
        return None
    return Reading("DURATION", duration_value(None, unit))


_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q", "biweekly": "P2W",
                "semiannually": "P6M"}


_ADJECTIVE_USE = re.compile(
    r"\s+(?!(?:and|or|but|for|to|in|on|at|from|since|the|a|an|with|until|by|basis|during|over|across|throughout|through|after|before)\b)[A-Za-z]")


def _set(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"daily", "every week", "each July", "per hour": recurring times."""
    g = lambda n: group(m, "set", n)  # noqa: E731
    if g("weekends"):
        # "closed on weekends", "at weekends": every weekend (a count, "three weekends", is a
        # length, read before this)
        if word_before(ctx.text, start) not in ("on", "at", "during", "over", "most", "all"):
            return None
        return Reading("SET", "XXXX-WXX-WE")
    if g("adv"):
        adv = g("adv").lower()
        if adv == "quarterly" and _ADJECTIVE_USE.match(ctx.text, end):
            return None  # "its quarterly dividend" names a payment, not a recurring time
        return Reading("SET", _SET_ADVERBS[adv])
    what = g("what").lower()
    if g("every").lower() == "per" and is_speed(ctx.text, start):
        return None  # "60 miles per hour": a speed
    wd = weekday_number(what)
    if wd is not None:
        return Reading("SET", f"XXXX-WXX-{wd}")
    if what in PARTS_OF_DAY:
        return Reading("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[what]}")
    if what in SEASONS:
        return Reading("SET", f"XXXX-{SEASONS[what]}")
    month = month_number(what)
    if month is not None and unit_code(what) is None:
        return Reading("SET", f"XXXX-{month:02d}") if is_capitalised(g("what")) else None
    unit = unit_code(what)
    if unit is None:
        return None
    amount = number_value(g("num")) if g("num") else 1
    if amount is None:
        amount = 1
    if g("other"):
        amount *= 2  # "every other week" is every second week, P2W
    return Reading("SET", duration_value(amount, unit))


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
         "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
         "these days": "PRESENT_REF", "right now": "PRESENT_REF",
         "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
         "previously": "PAST_REF", "formerly": "PAST_REF", "the past": "PAST_REF",
         "soon": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
         "a later date": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
         "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
         "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
         # "the then current price", "the then-current chairman": current as it was then
         "then current": "PAST_REF", "then-current": "PAST_REF"}


_COUNT_AFTER = re.compile(r"\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
                          r"|thirty|few|several|many|couple|dozen)\b)", re.IGNORECASE)


def _ref(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"now", "currently", "recently", "the future": PRESENT_REF, PAST_REF, FUTURE_REF."""
    word = " ".join(group(m, "ref", "ref").lower().split())
    value = _REFS.get(word)
    if value is None:
        return None
    if word in ("now", "current") and m.group("prefix"):
        return None
    if word.startswith("then") and word_before(ctx.text, start) in ("since", "until", "till", "from", "by", "and", "but"):
        return None  # "since then current prices have fallen": "then" closes a phrase of its own
    if word in ("the past", "the future") and _COUNT_AFTER.match(ctx.text, end):
        return None  # "the past three summers", "the past few seasons": "past" qualifies a count
    if word == "soon" and (m.group("prefix") or word_before(ctx.text, start) in ("as", "too", "how", "so")
                           or ctx.tense(start, end) != "future"):
        return None  # only a "soon" that points ahead ("will soon vote") is a time; "soon became" is not
    return Reading("DATE", value)


_UNIT_CUE_WORDS = frozenset({"for", "over", "within", "in", "took", "lasted", "spent", "last",
                             "after", "taking", "than", "about", "few", "past", "recent",
                             "coming", "couple", "next", "several", "many", "lasting"})


def _bare_units(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """ "for years", "decades-long", "a day-long strike": a length with no count."""
    g = lambda n: group(m, "bare_units", n)  # noqa: E731
    if g("unit1"):  # "day-long": one unit
        return Reading("DURATION", duration_value(1, unit_code(g("unit1")) or "day"))
    unit = unit_code(g("unit"))
    if g("the"):  # "over the years", "through the decades": a vague stretch up to now
        if unit is None or g("long") or word_before(ctx.text, start) not in ("over", "through", "throughout", "down"):
            return None
    elif unit is None or (not g("long") and word_before(ctx.text, start) not in _UNIT_CUE_WORDS):
        return None
    if re.match(r"\s+(?:of|ago|later|earlier)\b", ctx.text[end:end + 9]):
        return None
    return Reading("DURATION", duration_value(None, unit))


# kind name (grammar.KINDS) -> normaliser
HANDLERS = {
    "duration": _duration,
    "vague_units": _vague_units,
    "set": _set,
    "ref": _ref,
    "bare_units": _bare_units,
}
