"""Word knowledge for open frames: event families of lemmas, canonical counted nouns, name keys.

This is synonym data, not a gate: a lemma the lexicon knows is named by its family ("kill",
"die", "death toll" → "deaths") so that outlets' different words meet in one row; a lemma it does
not know is kept as it is ("seize").
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..lexicon import EVENT_TRIGGERS, THING_CLASSES

__all__ = ["DISTANCE_UNITS", "OCCURRENCE_LEMMAS", "OCCURRENCE_VERBS", "event_family", "canonical_what", "thing_class", "is_reporting_lemma", "person_key", "REPORTING_LEMMAS"]

_COMPILED = [(family, re.compile(rf"(?:{forms})", re.IGNORECASE)) for family, forms in EVENT_TRIGGERS.items()]
# lemmas whose inflected forms the trigger patterns list but whose base form they do not
_LEMMA_FAMILIES = {
    "die": "deaths", "death": "deaths", "dead": "deaths", "fatality": "deaths", "toll": "deaths",
    "injure": "injuries", "wound": "injuries", "injury": "injuries",
    "arrest": "detentions", "detain": "detentions", "detention": "detentions",
    "evacuate": "evacuations", "kill": "deaths", "hospitalize": "injuries", "hospitalise": "injuries",
    "turnout": "election",  # "turnout was 62%": only a vote has a turnout
}
# verbs that say only that their subject happened: "the quake struck", "the fire broke out",
# "the attack occurred", "the temblor was recorded"; what happened is the subject. Lemma → the
# inflected forms the lexical rules (which have no parse) read.
OCCURRENCE_VERBS: dict[str, tuple[str, ...]] = {
    "occur": ("occurred", "occurs"), "happen": ("happened", "happens"), "strike": ("struck", "strikes"),
    "hit": ("hit", "hits"), "break": ("broke",), "erupt": ("erupted",),
    "take": (),  # only in "took place", which the parse reads ("who took office in May" is no occurrence)
    "start": ("started",), "begin": ("began",), "record": ("recorded",), "register": ("registered",),
    "rock": ("rocked",), "shake": ("shook",), "jolt": ("jolted",), "sweep": ("swept",),
}
OCCURRENCE_LEMMAS = frozenset(OCCURRENCE_VERBS)
# units of distance: a distance is a fact only together with the place it is measured from
DISTANCE_UNITS = frozenset({"km", "kilometre", "kilometer", "mile", "metre", "meter", "m", "foot", "feet", "ft", "yard"})
REPORTING_LEMMAS = frozenset(
    "say tell announce report confirm add state claim note insist warn stress declare explain write quote".split())
# nouns that name "people" in general; specific roles (officers, protesters) keep their own word
_GENERAL_PEOPLE = frozenset("person people individual human other others".split())  # "injured two others"
_THING_SYNONYMS = {"quake": "earthquake", "tremor": "earthquake", "blaze": "fire", "cop": "officer",
                   "policeman": "officer", "policemen": "officer", "kid": "child", "youngster": "child"}


@functools.lru_cache(maxsize=4096)
def event_family(lemma: str) -> str | None:
    """The lexicon's event family for a lemma ("die" → "deaths"), or None."""
    word = lemma.lower().strip()
    if not word or not word.isalpha() or len(word) < 3:
        return None
    if word in _LEMMA_FAMILIES:
        return _LEMMA_FAMILIES[word]
    for family, pattern in _COMPILED:
        if pattern.fullmatch(word):
            return family
    return None


@functools.lru_cache(maxsize=4096)
def canonical_what(noun: str) -> str:
    """The counted noun in one form: "people" and "persons" → "person", "quake" → "earthquake"."""
    word = " ".join(noun.lower().split())
    last = word.rsplit(" ", 1)[-1]
    if last in _GENERAL_PEOPLE:
        return "person"
    if last in _THING_SYNONYMS:
        return word[: len(word) - len(last)] + _THING_SYNONYMS[last]
    return word


def thing_class(what: str) -> str:
    """A counted noun by its class: "five engines" and "three appliances" count one kind of thing,
    as "40 ships" and "40 vessels" do; a detail after a comma stays ("engine, more" → "fire
    engine, more"), so an increment meets only increments."""
    word = canonical_what(what)
    head, comma, detail = word.partition(",")
    last = head.rsplit(" ", 1)[-1]
    return f"{THING_CLASSES[last]}{comma}{detail}" if last in THING_CLASSES else word


def is_reporting_lemma(lemma: str) -> bool:
    return lemma.lower() in REPORTING_LEMMAS


def person_key(name: str) -> str:
    """A person's row key: the surname, without a possessive, in one Unicode form ("Peterson's" → "peterson")."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"['’]s$", "", text.strip())
    words = [w for w in re.split(r"[\s]+", text) if w and w not in ("jr", "jr.", "sr", "sr.", "ii", "iii")]
    return re.sub(r"[^\w-]", "", words[-1]) if words else text
