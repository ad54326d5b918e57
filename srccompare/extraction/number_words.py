"""Word lists for the numbers grammar (``numbers.py``): number words, vague amounts, hedges, units.

Kept apart from the grammar so that the grammar reads as rules and this module as data. Every
table here is general English; nothing names a particular event.
"""
from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    """A word list written as a block of text, one or more words per line."""
    return frozenset(block.split())


__all__ = [
    "CURRENCY_ONLY_ABBREVIATIONS",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "FOLD_WORDS",
    "IRREGULAR_PLURALS",
    "IRREGULAR_SINGULARS",
    "LABEL_WORDS",
    "MONTHS",
    "MULTIPLIER_WORDS",
    "ONE_NOT_A_NUMBER_AFTER",
    "ONE_NOT_A_NUMBER_BEFORE",
    "QUALIFIER_PHRASES",
    "SCALES",
    "SCALE_ABBREVIATIONS",
    "STOP_WORDS",
    "TENS",
    "UNITS",
    "VAGUE_COUNTS",
    "VAGUE_PLURALS",
    "YEAR_CONTEXT_WORDS",
]

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Words that multiply what precedes them. "dozen" is here because "two dozen" = 24.
SCALES: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}
# Abbreviated scales glued to digits ("3bn", "€40m"). m/mn/k only count with a currency,
# because "100m" is usually metres and "5k" a race.
SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
}
CURRENCY_ONLY_ABBREVIATIONS = frozenset({"k", "m", "mn", "mln", "b"})

# Vague plurals as intervals. The rule is [2 x scale, 10 x scale - 1]: "hundreds" needs at
# least two hundred and stops before "thousands". "dozens" and "scores" are capped below a
# hundred / two hundred because a writer with more would say "hundreds".
VAGUE_PLURALS: dict[str, tuple[float, float]] = {
    "tens": (20, 99),
    "dozens": (24, 99),
    "scores": (40, 199),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
}
# Vague counts (keys without a trailing "of"), alone ("several people") or before a scale ("several hundred" = [300, 900]).
VAGUE_COUNTS: dict[str, tuple[float, float]] = {
    "several": (3, 9),
    "a few": (2, 6),
    "a couple": (2, 3),
    "a handful": (2, 9),
}

# Hedge phrases → normalised qualifier. Longest phrases are tried first by the grammar.
QUALIFIER_PHRASES: dict[str, str] = {
    # over
    "over": "over", "more than": "over", "in excess of": "over", "upwards of": "over",
    "above": "over", "exceeding": "over", "greater than": "over", "well over": "over",
    "just over": "over", "slightly over": "over", "a little over": "over",
    "well above": "over", "just above": "over", "slightly more than": "over",
    "well more than": "over", "far more than": "over", "much more than": "over",
    # at least
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not fewer than": "at_least", "not less than": "at_least", "a minimum of": "at_least",
    # under
    "under": "under", "less than": "under", "fewer than": "under", "below": "under",
    "well under": "under", "well below": "under", "far fewer than": "under",
    "far less than": "under", "slightly less than": "under", "slightly fewer than": "under",
    # at most
    "at most": "at_most", "no more than": "at_most", "not more than": "at_most",
    "a maximum of": "at_most", "not exceeding": "at_most",
    # up to
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to",
    # about
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "approx.": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "circa": "about", "ca.": "about", "c.": "about", "~": "about", "more or less": "about",
    "an approximate": "about", "approximate": "about", "about some": "about",
    # nearly
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just below": "nearly", "just shy of": "nearly", "just short of": "nearly",
    "not quite": "nearly", "slightly under": "nearly", "slightly below": "nearly",
    "a little under": "nearly", "a little less than": "nearly",
}

# Currency signs and codes that stand before an amount → ISO-like unit.
CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "usd", "a$": "aud", "c$": "cad", "hk$": "hkd", "nz$": "nzd", "s$": "sgd",
    "r$": "brl", "$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr", "₽": "rub",
    "₴": "uah", "₩": "krw", "₺": "try", "usd": "usd", "eur": "eur", "gbp": "gbp",
    "jpy": "jpy", "cny": "cny", "rub": "rub", "inr": "inr", "uah": "uah", "chf": "chf",
}
# Currency nouns after an amount ("2 billion dollars") → unit.
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "usd", "dollars": "usd", "usd": "usd", "euro": "eur", "euros": "eur",
    "eur": "eur", "gbp": "gbp", "sterling": "gbp", "yen": "jpy", "jpy": "jpy", "yuan": "cny",
    "renminbi": "cny", "cny": "cny", "rouble": "rub", "roubles": "rub", "ruble": "rub",
    "rubles": "rub", "rub": "rub", "rupee": "inr", "rupees": "inr", "inr": "inr",
    "hryvnia": "uah", "hryvnias": "uah", "uah": "uah", "franc": "chf", "francs": "chf",
    "chf": "chf", "tenge": "kzt", "lira": "try",
}

# Multiplier words → factor ("a twofold increase" is ×2, "halved" is ×0.5).
MULTIPLIER_WORDS: dict[str, float] = {
    "double": 2, "doubled": 2, "doubling": 2, "twice": 2,
    "triple": 3, "tripled": 3, "tripling": 3,
    "quadruple": 4, "quadrupled": 4, "quadrupling": 4,
    "halve": 0.5, "halved": 0.5, "halving": 0.5,
}
FOLD_WORDS: dict[str, float] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twenty": 20, "hundred": 100, "thousand": 1000,
}

# Plural → singular where the "drop the s" rules go wrong.
IRREGULAR_SINGULARS: dict[str, str] = {
    "people": "person", "persons": "person", "men": "man", "women": "woman",
    "children": "child", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf", "thieves": "thief",
    "wolves": "wolf", "halves": "half", "shelves": "shelf", "loaves": "loaf",
    "crises": "crisis", "analyses": "analysis", "theses": "thesis", "diagnoses": "diagnosis",
    "indices": "index", "criteria": "criterion", "phenomena": "phenomenon",
    "buses": "bus", "viruses": "virus", "gases": "gas", "bonuses": "bonus",
    "campuses": "campus", "censuses": "census", "statuses": "status", "series": "series",
    "species": "species", "movies": "movie", "cookies": "cookie", "calories": "calorie",
    "zombies": "zombie", "rookies": "rookie", "heroes": "hero", "tomatoes": "tomato",
    "potatoes": "potato", "echoes": "echo", "vetoes": "veto", "torpedoes": "torpedo",
    "volcanoes": "volcano", "police": "police", "personnel": "personnel", "staff": "staff",
    "aircraft": "aircraft", "cattle": "cattle", "sheep": "sheep", "fish": "fish",
    "deer": "deer", "livestock": "livestock", "news": "news", "data": "data",
    "media": "media", "clothes": "clothes", "premises": "premises", "headquarters": "headquarters",
    "barracks": "barracks", "means": "means", "per cent": "percent", "percent": "percent",
    "lies": "lie", "ties": "tie", "pies": "pie", "dies": "die",
}
# Plural nouns without a final s, accepted as counted nouns.
IRREGULAR_PLURALS = frozenset({
    "people", "men", "women", "children", "police", "personnel", "staff", "feet", "teeth",
    "mice", "geese", "aircraft", "cattle", "sheep", "fish", "deer", "livestock", "data",
    "criteria", "phenomena", "militia", "crew", "clergy", "infantry", "youth",
})

# Words that end a counted-noun search: function words, pronouns, auxiliaries, words
# ending in s that are not plurals.
STOP_WORDS = _words("""
a an the of to in on at by for from with without into onto over under about after before
since during as than then that this these those who whom whose which what where when while
and or but nor so yet if is are was were be been being has have had do does did will would
shall should can could may might must not no its their his her hers our ours your yours my
it they them he she we you i us him me each every all both some any more most less fewer
many much such own other another per via across among amongst between including said says
say also only just already still even ever again there here up down out off away back
around near against toward towards upon within beyond behind versus vs thus plus minus
besides perhaps always sometimes unless whereas nevertheless regardless nonetheless yes
afterwards whereby lest whilst amid amidst alongside despite except like unlike till until
is isn't wasn't aren't weren't hasn't haven't doesn't don't didn't won't wouldn't according
while ago later earlier apiece each respectively altogether overall in total
""")

# A number right after one of these words is a label, not a count ("Section 5", "Flight 17").
LABEL_WORDS = _words("""
section sections article articles chapter chapters clause clauses paragraph paragraphs
version v ver no nos number num page pages pp p room flight route highway road
platform gate line bus channel grade level phase stage round game match episode season
vol volume part item figure fig table resolution amendment district ward block building
unit apartment apt floor precinct lot case code model type category class division tier
size act bill rule psalm verse track exit terminal runway pier berth lane box id
""")

MONTHS = _words("""
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
""")

# A year-like number after these words reads as a year even when a plural noun follows
# ("the 2022 elections", "since 2019 floods").
YEAR_CONTEXT_WORDS = _words("""
the in since of by until till from before after during early late mid this last next
and to or spring summer autumn fall winter through between year around circa c ca its
their his her our your
""")

# "one" is a pronoun or an idiom, not a count, after these words ("no one", "the one")...
ONE_NOT_A_NUMBER_BEFORE = _words("""
no the this that any every each which someone anyone no-one
""")
# ...or before these ("one of the", "one day", "one another").
ONE_NOT_A_NUMBER_AFTER = _words("""
of another day time way thing side hand point after by more or another's
""")
