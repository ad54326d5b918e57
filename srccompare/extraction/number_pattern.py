"""The master pattern of the numbers grammar, and the cheap pre-scan that tells it where to look.

Part of ``numbers``. One precompiled pattern finds every candidate left to right: something that
is no count at all (a phone number, a version, a numeric date, a clock time: matched so that
nothing inside it is read), or a qualifier ("about", "more than", "~") followed by a multiplier
("doubled", "threefold", "3 times"), a vague amount ("dozens of", "several hundred", "tens of
thousands") or a number or range with its currency, scale ("2.5bn", "3 million"), percent, unit
abbreviation and "-strong" suffix. Word lists become prefix-tree alternations, so every part
is linear-time. The pre-scan (``_scan_start``) skips the long stretches of text that hold no
number at all.
"""
from __future__ import annotations

import re

from .number_words import FOLD_WORDS, QUALIFIER_PHRASES, SCALES, TENS, UNITS


def _alternation(words: list[str]) -> str:
    """Regex alternation of fixed phrases as a prefix tree ("a(?:bout|round)"), spaces matching
    any whitespace. The tree lets the engine give up after one character instead of trying
    every phrase in turn; longer continuations come first so the longest phrase wins.
    """
    tree: dict = {}
    for word in set(words):
        node = tree
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}  # end of a phrase

    def emit(node: dict) -> str:
        branches = []
        for char in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
            piece = r"\s+" if char == " " else re.escape(char)
            branches.append(piece + emit(node[char]))
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(tree)


def _depth(node: dict) -> int:
    return 1 + max((_depth(child) for key, child in node.items() if key), default=0)


_SP = r"[^\S\n]"  # whitespace that is not a line break
_NUMBER_WORD = rf"(?:{_alternation(list(UNITS) + list(TENS) + list(SCALES))})\b"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|dozen)\b"
_AFTER_SCALE = "|".join(
    f"(?<={w})" for w in ("hundred", "thousand", "million", "billion", "trillion")
)
_WORD_NUMBER = (
    rf"(?:half\s+an?\s+{_SCALE_WORD}|(?:an?|one|three)\s+quarters?\s+of\s+an?\s+{_SCALE_WORD}"
    rf"|an?\s+{_SCALE_WORD}|{_NUMBER_WORD})"
    rf"(?:{_SP}*-{_SP}*{_NUMBER_WORD}|\s+{_NUMBER_WORD}|(?:{_AFTER_SCALE})\s+and\s+{_NUMBER_WORD}"
    rf"|\s+and\s+a\s+half\b)*"
)
_DIGITS = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_CURRENCY = (
    r"(?:US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|[$€£¥₹₽₴₩₺]"
    rf"|\b(?:USD|EUR|GBP|JPY|CNY|RUB|INR|UAH|CHF)(?=[^\S\n]?[0-9])){_SP}?"
)
_SCALE_SUFFIX = (
    rf"(?:[ \t-]?{_SCALE_WORD}(?:{_SP}+(?:thousand|million|billion)\b)?"
    r"|(?:bn|tn|trn|mln|mn|m|k|b)(?![\w]))"
)


def _number(tag: str) -> str:
    """One number, its groups suffixed by ``tag`` (a range holds two)."""
    return (
        rf"(?P<cur_{tag}>{_CURRENCY})?"
        rf"(?:(?P<dig_{tag}>{_DIGITS})(?P<scale_{tag}>{_SCALE_SUFFIX})?|\b(?P<words_{tag}>{_WORD_NUMBER}))"
    )


_QUALIFIER = rf"(?P<qual>(?:\b(?:{_alternation([q for q in QUALIFIER_PHRASES if q != '~'])})){_SP}+|~{_SP}*)"
_MULTIPLIER = (
    r"(?P<mword>\b(?:doubl(?:e|ed|ing)|tripl(?:e|ed|ing)|quadrupl(?:e|ed|ing)|halv(?:e|ed|ing)"
    r"|twice(?=\s+(?:as|the|that|what)\b))(?![\w-]))"
    rf"|(?P<mfold>(?:[0-9]+(?:\.[0-9]+)?|\b(?:{_alternation(list(FOLD_WORDS))})){_SP}?-?{_SP}?fold\b)"
    rf"|(?P<mtimes>(?:[0-9]+(?:\.[0-9]+)?|\b{_WORD_NUMBER}){_SP}+times\b)"
)
_VAGUE = (
    r"(?P<vnest>\b(?:tens|dozens|hundreds|scores)\s+of\s+(?:thousands|millions|billions)\b)(?P<vof1>\s+of\b)?"
    r"|(?P<vcount>\b(?:several|a\s+few|a\s+couple(?:\s+of)?|a\s+handful\s+of))\s+"
    r"(?P<vscale>(?:hundred|thousand|million|billion|dozen)(?:\s+(?:thousand|million|billion))?)\b(?P<vof2>\s+of\b)?"
    r"|(?P<vplural>\b(?:dozens|hundreds|thousands|millions|billions|scores(?=\s+of\b)))\b(?P<vof3>\s+of\b)?"
    r"|(?P<vbare>\b(?:several|a\s+few|a\s+couple\s+of|a\s+handful\s+of))\b"
)
_RANGE_SEPARATOR = rf"(?P<sep>{_SP}*[-–—]{_SP}*|\s+to\s+|\s+or\s+|\s+and\s+)"
_SUFFIXES = (
    rf"(?P<pct>{_SP}?%|{_SP}+(?:per{_SP}?cent|percent|pct)\b|{_SP}+percentage{_SP}+points?\b)?"
    rf"(?P<uabbr>{_SP}?(?:km/h|kph|mph|km|kg|cm|mm|kwh|mw|gw|sq{_SP}?km)(?![\w/]))?"
    rf"(?P<strong>[-‑–]{_SP}?(?:strong|member|man|woman|person)\b)?"
    rf"(?P<plus>\+|-odd\b|{_SP}+or{_SP}+so\b)?"
)
_JUNK = (
    r"(?P<junk>\+[0-9][0-9 ().-]{6,}[0-9]"  # international phone numbers
    r"|\(?[0-9]{2,5}\)?(?:[ .-][0-9]{2,4}){2,}(?![0-9])"  # local phone numbers, dotted groups
    r"|[0-9]{3}-[0-9]{4}(?![0-9])"  # phone numbers without area code
    r"|[0-9]+(?:\.[0-9]+){2,}"  # versions, addresses
    r"|[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}(?![0-9])"  # numeric dates
    r"|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"  # clock times
    r"|[0-9]+/[0-9]+)"  # fractions and 24/7
)


def _master(with_range: bool) -> re.Pattern[str]:
    tail = rf"(?:{_RANGE_SEPARATOR}{_number('b')})?" if with_range else ""
    # Candidates start at a word start or a symbol: the look-behind lets the engine reject the
    # inside of words at once, which makes the scan several times faster.
    return re.compile(
        rf"(?<![A-Za-z])(?:{_JUNK}|{_QUALIFIER}?(?:{_MULTIPLIER}|{_VAGUE}"
        rf"|(?:(?P<rng>\bbetween|\bfrom)\s+)?{_number('a')}(?P<pct_a>%)?{tail}{_SUFFIXES}))",
        re.IGNORECASE,
    )


_MASTER = _master(with_range=True)
_SINGLE = _master(with_range=False)  # re-read a candidate whose "range" was not one

# A fast pre-scan. Every match of _MASTER holds a "core": a digit or the start of a number,
# vague-amount or multiplier word ("one", "dozens", "several", "few", "doubl"...) at a word
# boundary (the pattern puts ``\b`` or whitespace before each of them), matched here without a
# boundary after it (a superset: "tenant" holds a core too). Before its first core a
# match holds at most a qualifier, "between"/"from", a currency and "a"/"an": fewer than
# _MAX_LEAD non-space characters (the longest qualifier has 17). So no match can start more
# than _MAX_LEAD non-space characters before the first core, and _MASTER need only be run from
# there: the cheap core scan skips the long stretches of text that hold no number at all.
_CORE = re.compile(
    r"[0-9]|\b"
    + _alternation(
        list(UNITS) + list(TENS) + list(SCALES) + list(FOLD_WORDS)
        + ["half", "quarter", "doubl", "tripl", "quadrupl", "halv", "twice", "tens", "scores",
           "several", "few", "couple", "handful"]
    ),
    re.IGNORECASE,
)
_MAX_LEAD = 40
# Read backwards from a core: up to _MAX_LEAD non-space characters and the spaces among them.
_LEAD_REVERSED = re.compile(rf"(?:\s*\S){{0,{_MAX_LEAD}}}\s*")
_LEAD_WINDOW = 400


def _scan_start(text: str, position: int) -> int | None:
    """Where _MASTER must start searching so as to find its first match at or after
    ``position``; ``None`` when no match is left. Always ≥ ``position``."""
    core = _CORE.search(text, position)
    if core is None:
        return None
    at = core.start()
    window_start = max(position, at - _LEAD_WINDOW)
    lead = _LEAD_REVERSED.match(text[window_start:at][::-1])
    length = lead.end() if lead else 0
    if length == at - window_start and window_start > position:
        return position  # a very long run of spaces: do not guess, search from where we are
    return at - length
