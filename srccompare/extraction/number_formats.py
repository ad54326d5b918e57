"""Number formats of real news that the main numbers grammar does not read, as extra mentions.

Each pattern is a general way of writing a value, none tied to a story:

- measures glued to their name: "magnitude-6.4", "a 7.2-magnitude quake", "a 6.1 magnitude tremor";
- money with a suffix before its currency word: "3m euros", "4.5bn dollars", "a 110bn-euro package";
- thousands split by spaces: "12 000 people", "1 250 000";
- fractions of a whole: "a third of", "half the", "between a third and half" (as percentages);
- zero and one said in words: "no injuries", "no one was hurt", "no reports of damage or injuries",
  "no one reported damage",
  "a single helicopter";
- ordinals of days and rounds: "the eighth day", "the seventh straight day";
- areas with their whole unit: "a 52,000-square-foot warehouse", "4,830 square metres";
- temperatures, below zero too: "minus 12 degrees", "-15C", "minus-15 degree temperatures",
  "temperatures were minus 15" (a bare "minus 15" only after a word for temperature).

``extra_quantities`` returns only mentions that do not overlap the ones already found, so the main
grammar keeps the last word wherever it read something.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..mentions import QuantityMention
from ..values import Quantity


def singular_unit(noun: str) -> str:
    from .numbers import singular_unit as singular

    return singular(noun)

__all__ = ["extra_quantities"]

_MAGNITUDE = re.compile(
    r"\b(?:magnitude[- ](?P<a>\d{1,2}(?:\.\d)?)\b|(?P<b>\d{1,2}\.\d)[- ]magnitude\b|(?P<c>\d{1,2}\.\d)(?=[- ](?:earthquake|quake|tremor|temblor|aftershock)s?\b))",
    re.IGNORECASE)
_CURRENCY_WORDS = {"euro": "eur", "euros": "eur", "dollar": "usd", "dollars": "usd", "pound": "gbp", "pounds": "gbp",
                   "yen": "jpy", "yuan": "cny", "rouble": "rub", "roubles": "rub", "ruble": "rub", "rubles": "rub",
                   "rupee": "inr", "rupees": "inr", "francs": "chf", "franc": "chf"}
_SUFFIX = {"k": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9, "trillion": 1e12, "tn": 1e12}
_MONEY_SUFFIX = re.compile(
    rf"\b(?P<n>\d+(?:\.\d+)?)\s?(?P<s>k|m|mn|bn|b|tn)(?:\s+|-)(?P<c>{'|'.join(_CURRENCY_WORDS)})\b", re.IGNORECASE)
# "euro80 billion", "euro15 million": wire copy spells the euro sign as a word glued to the figure
_GLUED_CURRENCY = re.compile(
    r"\b(?P<c>euro|EUR)(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?:\s*-?\s*(?P<s>million|billion|trillion|mn|bn|m|tn)\b)?")
# "a 400-metre drop", "a 40-mile pursuit", "a 180-pound man": a measure as an adjective ("6-foot-1" is a
# height in feet and inches, left alone); a pound in this form weighs, it is not money
_HYPHEN_UNITS = "metre|meter|foot|mile|kilometre|kilometer|km|pound|kilogram|kg|tonne|acre|hectare|yard|inch"
_HYPHEN_MEASURE = re.compile(
    rf"(?<![\w.,-])(?P<n>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)-(?P<u>{_HYPHEN_UNITS})\b(?!-)", re.IGNORECASE)
# "minus 12 degrees", "-15C", "12 degrees Celsius", "temperatures of minus 15": the sign is part of the
# value; the scale, when stated, is part of the unit (a Celsius figure never meets a Fahrenheit one)
_TEMPERATURE = re.compile(
    r"(?<![\w.,-])(?P<sign>(?:minus|negative)[\s-]|[-\u2212](?=\d))?(?P<n>\d{1,3}(?:\.\d+)?)"
    r"(?:(?:\s*|-)(?P<deg>degrees?|°)(?:\s*(?P<scale>Celsius|Fahrenheit|centigrade|[CF]\b))?|(?P<glued>[CF])\b(?![\w-]))?",
    re.IGNORECASE)
_TEMPERATURE_WORD_BEFORE = re.compile(r"\btemperatures?\b[^.;\d]{0,30}$", re.IGNORECASE)
# "a 52,000-square-foot warehouse", "4,830 square metres", "40 sq ft": an area, with its unit whole
_AREA_UNITS = {"foot": "square foot", "feet": "square foot", "ft": "square foot", "metre": "square metre",
               "metres": "square metre", "meter": "square metre", "meters": "square metre", "m": "square metre",
               "mile": "square mile", "miles": "square mile", "kilometre": "square kilometre",
               "kilometres": "square kilometre", "kilometer": "square kilometre", "kilometers": "square kilometre",
               "km": "square kilometre", "yard": "square yard", "yards": "square yard"}
_AREA = re.compile(
    rf"(?<![\w.,-])(?P<n>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)(?:\s+|-)(?:square|sq\.?)(?:\s+|-)"
    rf"(?P<u>{'|'.join(sorted(_AREA_UNITS, key=len, reverse=True))})\b", re.IGNORECASE)
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?![\d.,])(?=\s+[A-Za-z])")
_FRACTIONS = {"half": 50.0, "a half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "a quarter": 25.0,
              "one quarter": 25.0, "a fifth": 20.0, "one fifth": 20.0, "two thirds": 200 / 3, "two-thirds": 200 / 3,
              "three quarters": 75.0, "three-quarters": 75.0, "a tenth": 10.0, "one tenth": 10.0}
_FRACTION = "|".join(sorted((re.escape(k) for k in _FRACTIONS), key=len, reverse=True))
_FRACTION_RANGE = re.compile(rf"\bbetween\s+(?P<a>{_FRACTION})\s+and\s+(?P<b>{_FRACTION})\b", re.IGNORECASE)
_FRACTION_OF = re.compile(rf"\b(?P<a>{_FRACTION})\s+(?:of|the)\b", re.IGNORECASE)
_ZERO = re.compile(
    r"\b(?:no|zero)\s+(?P<noun>injuries|deaths|casualties|fatalities|arrests|victims|survivors|people|damage)\b"
    r"|\b(?P<nobody>nobody|no one|no-one)\s+(?:was|were|has been|had been|is)\b", re.IGNORECASE)
_HARM = r"injur(?:y|ies)|deaths?|casualt(?:y|ies)|fatalit(?:y|ies)|damage"
_SEVERE = r"(?:(?:major|serious|significant|structural|severe)\s+)?"
# "no reports of injuries", "no immediate reports of damage or injuries", "no one reported damage",
# "nobody has reported any injuries": none known, for each noun named
_NONE_REPORTED = re.compile(
    r"\b(?:no\s+(?:immediate\s+|initial\s+|early\s+|other\s+)?reports?\s+of|(?:no one|no-one|nobody)\s+(?:has\s+|had\s+)?reported)"
    rf"\s+(?:any\s+)?{_SEVERE}(?P<noun>{_HARM})\b(?:\s+(?:or|and)\s+{_SEVERE}(?P<other>{_HARM})\b)?",
    re.IGNORECASE)
_SINGLE = re.compile(r"\ba\s+single\s+(?P<noun>[a-z]+)\b", re.IGNORECASE)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL = re.compile(
    rf"\b(?P<o>{'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|successive\s+)?"
    r"(?P<noun>day|night|week|month|round)s?\b", re.IGNORECASE)


def _mention(text: str, start: int, end: int, value: Quantity, noun: str = "", noun_span: tuple[int, int] | None = None) -> QuantityMention:
    return QuantityMention(start=start, end=end, text=text[start:end], value=value, noun=noun,
                           noun_start=noun_span[0] if noun_span else None, noun_end=noun_span[1] if noun_span else None)


def _exact(n: float, unit: str = "", qualifier: str = "exact") -> Quantity:
    return Quantity(low=n, high=n, unit=unit, qualifier=qualifier, stated=n)


def _temperatures(text: str) -> list[QuantityMention]:
    """Temperatures: a figure with degrees or a glued scale, or a signed figure after "temperature"."""
    found = []
    for m in _TEMPERATURE.finditer(text):
        sign, degrees, scale = m.group("sign"), m.group("deg"), m.group("scale") or m.group("glued")
        if m.group("glued") and not sign:
            continue  # "20C" alone may be a code or a room; "-20C" is a temperature
        if not (degrees or scale) and not (sign and _TEMPERATURE_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            continue
        if degrees and not scale and not sign and not _TEMPERATURE_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and not re.match(r"[\s-]+(?:temperatures?|weather|heat|cold)\b", text[m.end():m.end() + 14], re.IGNORECASE):
            continue  # "a 90-degree turn", "turned 180 degrees": an angle, not a temperature
        n = float(m.group("n")) * (-1 if sign else 1)
        unit = "degree" + (f" {scale[0].upper()}" if scale and scale[0].upper() in "CF" else "")
        found.append(_mention(text, m.start(), m.end(), Quantity(low=n, high=n, unit=unit, qualifier="exact", stated=n)))
    return found


def extra_quantities(text: str, found: Sequence[QuantityMention]) -> list[QuantityMention]:
    """Mentions in the formats above that overlap nothing in ``found``."""
    spans = [(m.start, m.end) for m in found]
    extra: list[QuantityMention] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in spans)

    def add(mention: QuantityMention) -> None:
        if free(mention.start, mention.end):
            extra.append(mention)
            spans.append((mention.start, mention.end))

    for m in _MAGNITUDE.finditer(text):
        group = "a" if m.group("a") else "b" if m.group("b") else "c"
        add(_mention(text, m.start(group), m.end(group), _exact(float(m.group(group)), "magnitude")))
    for m in _MONEY_SUFFIX.finditer(text):
        n = float(m.group("n")) * _SUFFIX[m.group("s").lower()]
        add(_mention(text, m.start(), m.end(), _exact(n, _CURRENCY_WORDS[m.group("c").lower()])))
    for m in _GLUED_CURRENCY.finditer(text):
        n = float(m.group("n").replace(",", "")) * (_SUFFIX[m.group("s").lower()] if m.group("s") else 1)
        add(_mention(text, m.start(), m.end(), _exact(n, "eur")))
    for m in _HYPHEN_MEASURE.finditer(text):
        n = float(m.group("n").replace(",", ""))
        unit = m.group("u").lower()
        add(_mention(text, m.start(), m.end(), _exact(n, "lb" if unit == "pound" else singular_unit(unit))))
    for m in _AREA.finditer(text):
        n = float(m.group("n").replace(",", ""))
        add(_mention(text, m.start(), m.end(), _exact(n, _AREA_UNITS[m.group("u").lower()])))
    for mention in _temperatures(text):
        add(mention)
    for m in _SPACED_THOUSANDS.finditer(text):
        n = float(re.sub(r"\D", "", m.group("n")))
        add(_mention(text, m.start(), m.end(), _exact(n)))
    for m in _FRACTION_RANGE.finditer(text):
        a, b = sorted((_FRACTIONS[m.group("a").lower()], _FRACTIONS[m.group("b").lower()]))
        add(_mention(text, m.start(), m.end(), Quantity(low=round(a, 1), high=round(b, 1), unit="percent", qualifier="exact")))
    for m in _FRACTION_OF.finditer(text):
        share = round(_FRACTIONS[m.group("a").lower()], 1)
        add(_mention(text, m.start("a"), m.end("a"), Quantity(low=share, high=share, unit="percent", qualifier="about", stated=share)))
    for m in _ZERO.finditer(text):
        if m.group("nobody"):
            add(_mention(text, m.start("nobody"), m.end("nobody"), _exact(0, "person")))
        else:
            noun = m.group("noun")
            unit = "person" if noun.lower() in ("one", "people") else singular_unit(noun)
            add(_mention(text, m.start(), m.end(), _exact(0, unit), noun, (m.start("noun"), m.end("noun"))))
    for m in _NONE_REPORTED.finditer(text):
        for group in ("noun", "other"):
            if m.group(group):
                noun = m.group(group)
                start = m.start() if group == "noun" else m.start(group)  # "no reports of damage", "… or injuries"
                add(_mention(text, start, m.end(group), _exact(0, singular_unit(noun)), noun, (m.start(group), m.end(group))))
    for m in _SINGLE.finditer(text):
        noun = m.group("noun")
        add(_mention(text, m.start(), m.end(), _exact(1, noun.lower()), noun, (m.start("noun"), m.end("noun"))))
    for m in _ORDINAL.finditer(text):
        word = m.group("o").lower()
        n = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        add(_mention(text, m.start("o"), m.end("o"), _exact(n, f"ordinal {m.group('noun').lower()}")))
    return sorted(extra, key=lambda q: q.start)
