"""The numbers grammar: find quantities in text ("over 2,000 troops", "dozens of", "€40m").

Step 3 of the flow (text → mentions). ``find_quantities`` turns a text into
``QuantityMention``s: the span of the whole expression with its hedge ("an approximately
150-strong"), the value as an interval (``Quantity``) and the counted noun that follows.

How it works: one precompiled master pattern finds candidates left to right (a qualifier,
then a multiplier, a vague amount, or a number or range with its currency, scale, percent
and "-strong" suffix). Each candidate is then read into a value and checked against the
things that look like numbers but are not counts: years, days of the month, clock times,
ordinals, identifiers ("F-16", "COVID-19"), labels ("Section 5"), phone numbers and "one" used
as a pronoun. All patterns are linear-time: alternations of fixed words and single loops.

Vague amounts are intervals, documented in ``number_words``: "dozens" [24, 99], "hundreds"
[200, 999], "thousands" [2,000, 9,999], "several" [3, 9], "a few" [2, 6]; "several hundred"
multiplies, [300, 900]; "tens of thousands" is [20,000, 99,999].

This module reads the candidates into mentions; the parts it uses live beside it:
``number_pattern`` (the master pattern and its pre-scan), ``spelled_numbers`` (numbers in words:
"two thousand"), ``counted_nouns`` (the noun a number counts, as a unit), ``number_traps``
(numbers that count nothing) and ``number_formats`` (formats the master pattern leaves out).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..mentions import QuantityMention
from ..values import QUALIFIER_BOUNDS, Quantity
from .counted_nouns import UNIT_SPELLINGS, _counted_noun, singular_unit
from .number_pattern import _MASTER, _SINGLE, _scan_start
from .number_traps import _glued, _is_count
from .number_words import (
    CURRENCY_ONLY_ABBREVIATIONS,
    CURRENCY_SYMBOLS,
    FOLD_WORDS,
    MULTIPLIER_WORDS,
    QUALIFIER_PHRASES,
    SCALE_ABBREVIATIONS,
    SCALES,
    VAGUE_COUNTS,
    VAGUE_PLURALS,
)
from .spelled_numbers import parse_number_words

__all__ = ["changed_from", "find_quantities", "parse_number_words", "singular_unit"]

_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])an?[^\S\n]+$", re.IGNORECASE)
_FOLD_SUFFIX = re.compile(r"[\s-]*fold")


def _qualifier_of(match: re.Match[str]) -> str:
    phrase = match.group("qual")
    if not phrase:
        return "exact"
    key = " ".join(phrase.lower().split())
    return QUALIFIER_PHRASES.get(key, "about")


def _bounded(
    low: float, high: float, qualifier: str
) -> tuple[float | None, float | None]:
    """Widen [low, high] by the qualifier's factors from ``QUALIFIER_BOUNDS``."""
    low_factor, high_factor = QUALIFIER_BOUNDS.get(qualifier, (1.0, 1.0))
    lo = None if low_factor is None else _tidy(low * low_factor)
    hi = None if high_factor is None else _tidy(high * high_factor)
    return lo, hi


def _tidy(x: float) -> float:
    """Remove float noise from products such as 150 × 1.1."""
    return float(round(x, 6))


def _read_number(
    match: re.Match[str], tag: str
) -> tuple[float, float, str | None] | None:
    """(value, unscaled value, currency unit) of number ``tag``, or None if unreadable."""
    currency = match.group(f"cur_{tag}")
    unit = CURRENCY_SYMBOLS.get(currency.strip().lower()) if currency else None
    digits = match.group(f"dig_{tag}")
    if digits is not None:
        try:
            base = Decimal(digits.replace(",", ""))
        except InvalidOperation:
            return None
        value = base
        scale_text = match.group(f"scale_{tag}")
        if scale_text:
            for word in scale_text.lower().replace("-", " ").split():
                if word in SCALES:
                    value *= SCALES[word]
                elif word in SCALE_ABBREVIATIONS:
                    if word in CURRENCY_ONLY_ABBREVIATIONS and unit is None:
                        return None
                    value *= SCALE_ABBREVIATIONS[word]
        return float(value), float(base), unit
    words = match.group(f"words_{tag}")
    parsed = parse_number_words(words) if words else None
    if parsed is None:
        return None
    return parsed, parsed, unit


def _scale_of(match: re.Match[str], tag: str) -> float:
    """The factor a scale suffix applied to number ``tag`` (1 when none)."""
    scale_text = match.group(f"scale_{tag}") or ""
    factor = 1.0
    for word in scale_text.lower().replace("-", " ").split():
        factor *= SCALES.get(word, SCALE_ABBREVIATIONS.get(word, 1))
    return factor


def _mention(
    text: str,
    start: int,
    end: int,
    low: float | None,
    high: float | None,
    *,
    unit: str = "",
    qualifier: str = "exact",
    stated: float | None = None,
    noun: tuple[str, int, int] | None = None,
) -> QuantityMention:
    value = Quantity(low=low, high=high, unit=unit, qualifier=qualifier, stated=stated)
    if noun is None:
        return QuantityMention(start=start, end=end, text=text[start:end], value=value)
    return QuantityMention(
        start=start,
        end=end,
        text=text[start:end],
        value=value,
        noun=noun[0],
        noun_start=noun[1],
        noun_end=noun[2],
    )


def _read_multiplier(text: str, match: re.Match[str]) -> QuantityMention | None:
    qualifier = _qualifier_of(match)
    if match.group("mword"):
        factor = MULTIPLIER_WORDS.get(match.group("mword").lower())
    elif match.group("mfold"):
        number = _FOLD_SUFFIX.split(match.group("mfold").lower())[0].strip()
        factor = FOLD_WORDS.get(number) or _to_float(number)
    else:
        number = match.group("mtimes").lower().rsplit("times", 1)[0].strip()
        factor = _to_float(number)
        if factor is None:
            factor = parse_number_words(number)
    if factor is None:
        return None
    low, high = _bounded(factor, factor, qualifier)
    return _mention(
        text,
        match.start(),
        match.end(),
        low,
        high,
        unit="times",
        qualifier=qualifier,
        stated=factor,
    )


def _to_float(number: str) -> float | None:
    try:
        return float(number)
    except ValueError:
        return None


def _read_vague(text: str, match: re.Match[str]) -> QuantityMention | None:
    qualifier = _qualifier_of(match)
    after_of = any(match.group(g) for g in ("vof1", "vof2", "vof3"))
    if match.group("vnest"):
        multiple, _, big = match.group("vnest").lower().split()
        low, high = VAGUE_PLURALS[multiple]
        scale = SCALES[big[:-1]]
        low, high = low * scale, (high + 1) * scale - 1
    elif match.group("vcount"):
        count = " ".join(match.group("vcount").lower().split()).removesuffix(" of")
        low, high = VAGUE_COUNTS[count]
        scale = 1
        for word in match.group("vscale").lower().split():
            scale *= SCALES[word]
        low, high = low * scale, high * scale
    elif match.group("vplural"):
        low, high = VAGUE_PLURALS[match.group("vplural").lower()]
    else:
        count = " ".join(match.group("vbare").lower().split()).removesuffix(" of")
        low, high = VAGUE_COUNTS[count]
        after_of = True
    noun = _counted_noun(text, match.end(), singular=False, after_of=after_of)
    if match.group("vbare") and noun is None:
        return None  # "several" alone is too often not a count ("several of them")
    low_b, high_b = _bounded(low, high, qualifier)
    return _mention(
        text,
        match.start(),
        match.end(),
        low_b,
        high_b,
        unit=singular_unit(noun[0]) if noun else "",
        qualifier="vague" if qualifier == "exact" else qualifier,
        noun=noun,
    )


def _group(match: re.Match[str], name: str) -> str | None:
    """A group that only the range-reading pattern has (None in ``_SINGLE``)."""
    return match.group(name) if name in match.re.groupindex else None


def _read_number_match(
    text: str, match: re.Match[str]
) -> tuple[QuantityMention | None, int]:
    """Read a number or range candidate; returns the mention (or None) and where to go on."""
    first = _read_number(match, "a")
    if first is None:
        return None, match.end()
    qualifier = _qualifier_of(match)
    core_start = (
        match.start("cur_a")
        if match.group("cur_a")
        else (match.start("dig_a") if match.group("dig_a") else match.start("words_a"))
    )
    core_end = match.end()
    second = _read_number(match, "b") if _group(match, "sep") else None

    value, base, currency = first
    unit = currency or ""
    low = high = value
    is_range = False
    if second is not None:
        separator = match.group("sep").strip().lower()
        second_value, second_base, second_unit = second
        if (
            match.group("dig_a")
            and not match.group("scale_a")
            and match.group("scale_b")
            and base < second_base
        ):
            value = base * _scale_of(match, "b")
        hyphen = separator in ("-", "–", "—")
        if not _same_kind(match):
            return _reread_single(text, match)  # "rose 6.2% to $1.45 billion"
        if separator == "and" and (match.group("rng") or "").lower() != "between":
            return _reread_single(text, match)
        if (match.group("rng") or "").lower() == "from" and changed_from(text, match.start()):
            # "the toll rose from 12 to 15", "raised the number of stations from 40 to 55": a change
            # from one figure to another, not a range of one figure (as "fell from 300 to 250")
            return _reread_single(text, match)
        if value < second_value:
            low, high, is_range = value, second_value, True
            unit = unit or second_unit or ""
        elif hyphen:
            return None, match.end()  # a score or tally ("won 3-1", "voted 52-48")
        else:
            return _reread_single(text, match)

    start = match.start() if match.group("qual") or is_range else core_start
    if match.group("rng") and not is_range:
        start, qualifier = (
            core_start,
            "exact",
        )  # "from 5 people": "from" is not part of it

    if _glued(text, core_start, core_end):
        return None, match.end()

    percent = match.group("pct") or match.group("pct_a")
    if percent:
        unit = "percentage point" if "point" in percent.lower() else "percent"
    elif match.group("uabbr"):
        unit = " ".join(match.group("uabbr").lower().split())
        unit = UNIT_SPELLINGS.get(unit, unit)  # "4 km" and "4 kilometres" are one unit
    strong = match.group("strong")
    plus = (match.group("plus") or "").strip().lower()
    if plus == "+" and qualifier == "exact":
        qualifier = "over"
    elif plus and qualifier == "exact":
        qualifier = "about"

    plain = not (unit or match.group("scale_a") or _group(match, "scale_b") or strong)
    noun = None
    if not unit:
        singular = bool(strong) or (value == 1 and not is_range)
        noun = _counted_noun(text, match.end(), singular=singular, after_of=False)
        if noun is not None:
            unit = singular_unit(noun[0])
    if plain and not _is_count(
        text, match, start, core_start, low, high, is_range, qualifier, noun
    ):
        return None, match.end()

    if strong:
        article = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
        if article:
            start = article.start()
    if is_range:
        low_b, high_b = _bounded(low, high, qualifier)
        label = "range" if qualifier == "exact" else qualifier
        return _mention(
            text,
            start,
            match.end(),
            low_b,
            high_b,
            unit=unit,
            qualifier=label,
            noun=noun,
        ), match.end()
    low_b, high_b = _bounded(value, value, qualifier)
    return _mention(
        text,
        start,
        match.end(),
        low_b,
        high_b,
        unit=unit,
        qualifier=qualifier,
        stated=value,
        noun=noun,
    ), match.end()


# a change word, or "the number of seats", right before "from X to Y"
_CHANGE_BEFORE = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|increas(?:e|es|ed|ing)|gr(?:ow|ows|ew|own|owing)|"
    r"f(?:all|alls|ell|allen|alling)|drop(?:s|ped|ping)?|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|"
    r"cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|revis(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|"
    r"soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|slipp?(?:s|ed|ing)?|shr(?:ink|inks|ank|unk)|expand(?:s|ed|ing)?|"
    r"boost(?:s|ed|ing)?|hik(?:e|es|ed|ing)|slash(?:es|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|swell(?:s|ed|ing)?|"
    r"mount(?:s|ed|ing)|went|gone|going|up|down)\b(?:\s+\w+){0,2}\s*$"
    r"|\b(?:number|total|count|tally|toll)\s+of\s+(?:\w+\s+){1,3}$",
    re.IGNORECASE)


def changed_from(text: str, start: int) -> bool:
    """Whether "from" at ``start`` follows a change ("rose from", "raised the number of seats
    from"): then "from X to Y" goes from one figure to another, it is no range of one figure."""
    return start >= 0 and bool(_CHANGE_BEFORE.search(text, max(0, start - 60), start))


def _same_kind(match: re.Match[str]) -> bool:
    """Whether the two ends of a range measure the same thing (no "5% to $10")."""
    first_currency = (match.group("cur_a") or "").strip().lower()
    second_currency = (match.group("cur_b") or "").strip().lower()
    currencies_differ = bool(second_currency) and first_currency != second_currency
    percent_only_first = bool(match.group("pct_a")) and not match.group("pct")
    return not (currencies_differ or percent_only_first)


def _reread_single(
    text: str, match: re.Match[str]
) -> tuple[QuantityMention | None, int]:
    """A "range" that is two separate numbers: read the first alone and go on after it."""
    single = _SINGLE.match(text, match.start())
    if (
        single is None
        or single.group("junk")
        or not single.group("dig_a")
        and not single.group("words_a")
    ):
        return None, match.start() + 1
    mention, _ = _read_number_match(text, single)
    return mention, single.end()


def find_quantities(text: str) -> list[QuantityMention]:
    """Every quantity in ``text``, sorted by start and non-overlapping.

    Each mention spans the expression with its hedge ("over 2,000", "dozens of") and holds the
    value as an interval, the normalised unit and the counted noun as written.
    """
    mentions: list[QuantityMention] = []
    position = 0
    while True:
        start = _scan_start(text, position)
        if start is None:
            break
        match = _MASTER.search(text, start)
        if match is None:
            break
        if match.group("junk"):
            mention, resume = None, match.end()
        elif match.group("mword") or match.group("mfold") or match.group("mtimes"):
            mention, resume = _read_multiplier(text, match), match.end()
        elif any(match.group(g) for g in ("vnest", "vcount", "vplural", "vbare")):
            mention, resume = _read_vague(text, match), match.end()
        else:
            mention, resume = _read_number_match(text, match)
        if mention is not None and (not mentions or mention.start >= mentions[-1].end):
            mentions.append(mention)
        position = max(resume, match.start() + 1)
    return _with_other_formats(text, mentions)


def _with_other_formats(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """Add what ``number_formats`` reads ("magnitude-6.4", "3m euros", "no injuries", "a third of");
    a number the grammar above read inside such a format gives way to the fuller reading."""
    from .number_formats import extra_quantities

    glued = [q for q in extra_quantities(text, []) if q.value.unit in ("magnitude",)
             or q.value.unit.startswith(("ordinal", "degree", "square "))
             or re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", q.text)]
    kept = [m for m in mentions if not any(g.start < m.end and m.start < g.end for g in glued)]
    merged = sorted(kept + glued, key=lambda q: q.start)
    return sorted(merged + extra_quantities(text, merged), key=lambda q: q.start)
