"""What a number in a sentence is: a count, an amount, a share, a named measure, or a trap.

Numbers that look like figures but state none make no claim: an enumeration ("1. Who is on
strike?"), part of a name ("Flight 412", "its ATR 72 aircraft"), a population ("a town of about
6,000 people"), a family's size ("a mother of two"), an increment ("another 2,000 jobs"), a count
of something beside the subject ("40 other groups"), a part already counted ("Two of the dead"),
an age ("Chirwa, 68, said").
The rest get their role: people and groups are counted, named measures have their own role
("a depth of 35 km", "magnitude 7.1"), money is an amount, a percent a share, and counted
things fall into classes ("40 ships" = "40 vessels"). Used by ``counts``; ``frames`` shares the
traps.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..extraction.entities import demonym_country
from ..extraction.numbers import changed_from, singular_unit
from ..lexicon import FAMILY_ROLES, MEASURES, PERSON_NOUNS, THING_CLASSES
from ..mentions import QuantityMention
from ..reading import SentenceMentions

__all__ = ["named_measure", "quantity_trap"]

_MEASURE_BEFORE = re.compile(
    rf"\b(?P<measure>{MEASURES})\b(?:[^,;.]{{0,40}}?\b(?:was|were|is|are|of|at|reached|hit|stood at|came to|to|by))?\s+$",
    re.IGNORECASE,
)
_MEASURE_NAMES = {"rain": "rainfall", "winds": "wind", "gusts": "wind", "gust": "wind", "wind speed": "wind", "wind speeds": "wind",
                  "sustained winds": "wind", "temperatures": "temperature"}
# numbers that are not claims: "a town of about 6,000 people", "Two of the dead", "Chirwa, 68,"
_MODEL_NAME_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}[\w-]*|\b(?:Boeing|Airbus|Flight|Route|Highway|Gate|Terminal|Platform|Model|Type|Article|Section|"
    r"Chapter|Room|Unit|Block|Phase|Stage|Level|Category|Cat)\b|"
    r"\b(?i:force|level|grade|phase|stage|category|shaft|gate|platform|route|flight|line|number|no\.|pier|berth|zone))\s+$"
)
_POPULATION_BEFORE = re.compile(
    r"\b(?:town|city|village|country|region|district|province|nation|island|community|state|population)\s+of\s+$",
    re.IGNORECASE,
)
_PART_OF_WHOLE = re.compile(r"^\s+of\s+(?:the|its|their)\s+[\d,.]+\s+(?P<noun>[A-Za-z-]+)")
_FAMILY_SIZE_BEFORE = re.compile(rf"\b(?:{FAMILY_ROLES})s?\s+of\s+$", re.IGNORECASE)
_ADDITIONAL_BEFORE = re.compile(r"\b(?:another|a further|an additional|an extra)\s+$", re.IGNORECASE)
_WHOLE_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|half|all|most|some|many|none))"
    r"\s+(?:of|out of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:next\s+|first\s+|last\s+|past\s+|previous\s+|final\s+|remaining\s+)?$",
    re.IGNORECASE)
_PARTITIVE_AFTER = re.compile(r"^\s+of\s+(?:the|them|those|these|whom|which)\b", re.IGNORECASE)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s*$")
_MEASURE_AFTER = re.compile(r"^-?\s*(?:of\s+)?(?P<measure>magnitude|threshold|majority|rain(?:fall)?|temperatures?)\b", re.IGNORECASE)
# "two miles below ground level", "10 km beneath the seabed", "a mile deep": how deep, not how far
_DEPTH_AFTER = re.compile(
    # a conversion may stand between: "450 metres, or nearly 1,500 feet, below the surface", "(1,500 ft) deep"
    r"^(?:,\s*or\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?[\d,.]+\s*[a-z]+,|\s*\([^()]{1,30}\))?"
    r",?\s*(?:(?:below|beneath|under)\s+(?:the\s+)?(?:ground|surface|earth(?:'s surface)?|sea\s*(?:level|bed|floor)|seabed|"
    r"ocean floor)|deep|underground)\b", re.IGNORECASE)
_CALIBRE_AFTER = re.compile(r"^(?:\s*|-)(?:magnum|calibre|caliber|cal\b)", re.IGNORECASE)
_GUN_AFTER = re.compile(r"^[\s-]*(?:semi-automatic\s+|automatic\s+)?(?:pistol|handgun|rifle|gun|revolver|rounds?|bullets?|shells?)\b",
                        re.IGNORECASE)
_ENUMERATION = re.compile(r"^\s*\d{1,2}[.)]\s")
_GROUP_SIZE_NOUNS = frozenset({"squad", "battalion", "company", "unit", "contingent", "brigade", "team", "crew",
                               "delegation", "regiment", "division", "platoon", "force", "group"})
_EVENT_NOUNS = {"arrest": "detentions", "death": "deaths", "injury": "injuries", "evacuation": "evacuations",
                "strike": "strike", "protest": "protests", "attack": "attack", "airstrike": "attack"}
_CURRENCIES = frozenset({"usd", "eur", "gbp", "jpy", "cny", "rub", "inr", "chf", "cad", "aud", "dollar", "euro", "pound"})


def quantity_trap(q: QuantityMention, text: str, sm: SentenceMentions) -> str | None:
    """Why a number states no figure of its own, or None: the traps both claim rule sets avoid.

    The lexical counts (``_role_for_quantity``) and the open frames (``frames``) make no claim of
    a number this names, except that the lexical rules keep a "partitive" number with no noun of
    its own when the whole follows ("94 of the 229 seats": 94 counts seats).
    """
    if _ENUMERATION.match(text[q.start:q.end + 3]) and q.start - sm.sentence.start <= 1:
        return "enumeration"  # "1. Who is on strike?"
    before, after = text[max(sm.sentence.start, q.start - 40):q.start], text[q.end:min(sm.sentence.end, q.end + 40)]
    if _MODEL_NAME_BEFORE.search(before) and q.value.qualifier == "exact":
        return "model number"  # "its ATR 72 aircraft", "Flight 412": part of a name
    if _CALIBRE_AFTER.match(after) or (q.value.unit in ("mm", "millimetre", "millimeter") and _GUN_AFTER.match(after)):
        return "calibre"  # "a .357 Magnum", "a 9mm pistol", ".38-caliber revolver": a gun's size, not a count
    if _POPULATION_BEFORE.search(before):
        return "population"  # "a town of about 6,000 people" describes the town
    if _FAMILY_SIZE_BEFORE.search(before):
        return "family size"  # "a mother of two" describes her, it counts no one in the news
    if re.match(r"^\s+other\b", after):
        return "something other"  # "with 40 other groups": counts something beside the subject
    if _ADDITIONAL_BEFORE.search(before):
        return "increment"  # "another 2,000 jobs": an increment to something else, not the figure itself
    if _PARTITIVE_AFTER.match(after):
        return "partitive"  # "Two of the dead were found": a part already counted
    if _AGE_AFTER.match(after) or _AGE_PAIR_AFTER.match(after):
        return "age"  # "48 years old", "who were 71 and 44 years old": ages, which the people rules read
    if re.search(r"\bfrom\s*$", before, re.IGNORECASE) and re.match(r"^\s*to\s+\S*\d", after) and \
            changed_from(text, text.rfind("from", 0, q.start)):
        return "figure before a change"  # "the toll rose from 12 to 15": 15 is the toll, 12 what it was
    return None


_AGE_AFTER = re.compile(r"^[- ]years?[- ]old\b", re.IGNORECASE)  # "48 years old", "twenty-two year old"
_AGE_PAIR_AFTER = re.compile(r"^\s*(?:and|or|,)\s*\d{1,3}[- ]years?[- ]old\b", re.IGNORECASE)
# "71 per cent of eligible voters had taken part", "62% of registered voters cast ballots": the turnout
_TURNOUT_AFTER = re.compile(
    r"^\s*of\s+(?:the\s+|all\s+)?(?:(?:eligible|registered)\s+)?(?:voters|electorate|those eligible)\b[^.;]{0,30}?"
    r"\b(?:voted|vote|participated|participate|took part|cast (?:their |a )?ballots?|turned out|went to the polls)\b",
    re.IGNORECASE)


def named_measure(q: QuantityMention, text: str, sm: SentenceMentions) -> str | None:
    """The measure a number names, or None: "a depth of 35 km" and "35 km below the surface" are a
    depth, "magnitude 7.1" a magnitude, "temperatures of minus 12" a temperature."""
    measure = _MEASURE_BEFORE.search(text[max(sm.sentence.start, q.start - 30):q.start]) or \
        _MEASURE_AFTER.match(text[q.end:q.end + 12])
    if measure:
        return _MEASURE_NAMES.get(measure.group("measure").lower(), measure.group("measure").lower())
    if q.value.unit == "percent" and _TURNOUT_AFTER.match(text[q.end:q.end + 90]):
        return "turnout"
    end = max(q.end, q.noun_end or 0)  # after the unit: "two miles below ground level"
    if _DEPTH_AFTER.match(text[end:end + 60]):
        return "depth"
    return None


class _QuantityRole(NamedTuple):
    """What a number is in its sentence: its role, the class of thing it counts (when the
    count makes its own event: "40 vessels"), and a subset or whole it names ("total")."""

    role: str
    thing: str | None = None
    detail: str | None = None


def _role_for_quantity(q: QuantityMention, text: str, sm: SentenceMentions) -> _QuantityRole | None:
    """The role a quantity plays, and the event class it implies on its own (for counted things).

    People are counted ("1,150 dockworkers", "160 were killed"); named measures have their own
    role ("a depth of 35 km", "magnitude 7.1"); money is an amount, percent a share; counted
    things fall into classes ("40 ships" = "40 vessels"); other units are left alone.
    """
    unit = q.value.unit
    trap = quantity_trap(q, text, sm)
    if trap is not None and trap != "partitive":
        return None
    before, after = text[max(sm.sentence.start, q.start - 40):q.start], text[q.end:min(sm.sentence.end, q.end + 40)]
    if _WHOLE_BEFORE.search(before):  # "94 of the 229 seats": 229 is the whole, a fact of its own
        return _QuantityRole("count", THING_CLASSES.get(unit), "total")
    whole = _PART_OF_WHOLE.match(after)
    if whole and not unit:
        unit = singular_unit(whole.group("noun"))  # "94 of the 229 seats": 94 counts seats, not a part already counted
    elif trap == "partitive":
        return None
    if not unit and _NAME_COMMA_BEFORE.search(before) and after.startswith(",") and (q.value.low or 0) < 120:
        return None  # "Chirwa, 68, said": an age
    measure = named_measure(q, text, sm)
    if measure:
        return _QuantityRole(measure)
    if unit == "times":
        return None
    if unit == "percent":
        return _QuantityRole("share")
    if unit in _CURRENCIES:
        return _QuantityRole("amount")
    if unit == "" or unit in PERSON_NOUNS or unit in _GROUP_SIZE_NOUNS or (q.noun[:1].isupper() and demonym_country(q.noun)):
        return _QuantityRole("count")
    if unit in THING_CLASSES:
        return _QuantityRole("count", THING_CLASSES[unit])
    if unit in _EVENT_NOUNS:
        return _QuantityRole("count", _EVENT_NOUNS[unit])  # "1,000 layoffs", "three strikes"
    return None
