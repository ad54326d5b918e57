"""What a word means where the parse puts it: senses that the frames need to key a value.

Part of ``frames``. To fire is to shoot or to dismiss, never a blaze; a light verb ("filed
charges", "made arrests") carries the event its object names; "two counts of murder" and "two
murder charges" count one charge by its offence; a number after "to" gives the new count of
"the number of" noun.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs that only carry the event their object names ("filed charges", "made arrests", "held talks")
LIGHT_VERBS = frozenset("file make carry conduct hold stage launch bring lay press lodge issue".split())
EVENT_NOUNS_OF_LIGHT_VERBS = frozenset("""charge arrest raid attack search talk meeting protest strike appeal complaint
lawsuit suit warrant indictment""".split())
_SHOTS = frozenset("shot shots round rounds bullet bullets gun guns weapon weapons volley volleys salvo salvos missile "
                   "missiles rocket rockets shell shells cartridge cartridges pellet pellets".split())


def sense_of_firing(verb: "Token") -> str:
    """To fire is to shoot ("fired two shots", "fired at the crowd", "opened fire") or to dismiss
    ("was fired last week", "fired from his job"), never a blaze: "attack" or "dismissal"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in _SHOTS:
            return "attack"
        if child.dep_ == "prep" and child.lemma_.lower() in ("at", "on", "into", "upon", "toward", "towards") and any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in child.children):
            return "attack"  # "fired at the guards", not "was fired on Friday"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    dismissed = passive or any(c.dep_ == "prep" and c.lemma_.lower() == "from" for c in verb.children) or verb.dep_ == "acl"
    return "dismissal" if dismissed else "attack"


CHARGE_VERBS = frozenset("charge face plead arraign indict accuse book hold".split())
_COUNT_NOUNS = frozenset({"number", "total", "count", "tally"})  # "the number of seats"


def counts_of(noun: "Token") -> str:
    """A count of charges named by its offence: "two counts of murder", "two counts of
    first-degree murder" and "two murder charges" → "count of murder" (else "")."""
    if noun.lemma_.lower() == "charge":  # "two murder charges": two counts of murder
        offence = next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"), None)
        return f"count of {offence.lemma_.lower()}" if offence is not None else ""
    if noun.lemma_.lower() != "count":
        return ""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            offence = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
            if offence is not None:  # the offence's head word: "first-degree murder" and "murder" are one charge
                return f"count of {offence.lemma_.lower()}"
    return ""


def number_of(predicate: "Token | None", number: "Token") -> "Token | None":
    """The noun of "the number of seats" that a bare number after "to" gives the new figure of:
    "raised the number of stations from 40 to 55", "the number of branches was cut to 12"."""
    if number.head.lower_ not in ("to", "from"):
        return None
    host = number.head.head
    if host.pos_ == "NOUN" and host.head.lower_ == "of" and host.head.head.lemma_.lower() in _COUNT_NOUNS:
        return host  # the parse may hang "from 40 to 55" on "stations" itself
    if predicate is None or host.i != predicate.i:
        return None
    for argument in predicate.children:
        if argument.dep_ in ("dobj", "nsubj", "nsubjpass") and argument.lemma_.lower() in _COUNT_NOUNS:
            for prep in argument.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    noun = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
                    if noun is not None:
                        return noun
    return None
