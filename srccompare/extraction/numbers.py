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
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..mentions import QuantityMention
from ..values import QUALIFIER_BOUNDS, Quantity
from .number_words import (
    CURRENCY_ONLY_ABBREVIATIONS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FOLD_WORDS,
    IRREGULAR_PLURALS,
    IRREGULAR_SINGULARS,
    LABEL_WORDS,
    MONTHS,
    MULTIPLIER_WORDS,
    ONE_NOT_A_NUMBER_AFTER,
    ONE_NOT_A_NUMBER_BEFORE,
    QUALIFIER_PHRASES,
    SCALE_ABBREVIATIONS,
    SCALES,
    STOP_WORDS,
    TENS,
    UNITS,
    VAGUE_COUNTS,
    VAGUE_PLURALS,
    YEAR_CONTEXT_WORDS,
)

__all__ = ["find_quantities", "parse_number_words", "singular_unit"]


# ---------------------------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------------------------

_WORD_TOKEN = re.compile(r"[a-z]+")
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25}


def parse_number_words(words: str) -> float | None:
    """Read an English number in words: "two thousand" → 2000.0, "one and a half million" →
    1500000.0, "a dozen" → 12.0, "half a million" → 500000.0. ``None`` if it is not one number
    ("five six", "a", "the").
    """
    tokens = _WORD_TOKEN.findall(words.lower())
    total = 0.0
    current = 0.0
    seen_number = False
    pending_article = False  # "a"/"an" must be followed by a scale word or "half"
    last_scale = 0
    for index, token in enumerate(tokens):
        if token == "and":
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in ("a", "an"):
            if following in _FRACTIONS:
                continue  # "one and a half", "a quarter of"
            if following not in SCALES:
                return None
            if 0 < current < 1:
                continue  # "half a million": the "a" only links the fraction to its scale
            pending_article = True
            continue
        if token == "of" and 0 < current < 1 and following in ("a", "an"):
            continue  # "a quarter of a million"
        if token in _FRACTIONS:
            fraction = _FRACTIONS[token]
            if token.startswith("quarter") and current >= 1:
                current *= fraction  # "three quarters"
            elif current == 0 and last_scale:
                total += fraction * last_scale  # "a million and a half"
            else:
                current += fraction  # "half", "one and a half"
            seen_number = True
            continue
        if token in UNITS:
            if current % 10 != 0 and current != 0.5 or pending_article:
                return None
            if current % 100 != 0 and UNITS[token] >= 10:
                return None
            current += UNITS[token]
        elif token in TENS:
            if current % 100 != 0 or pending_article:
                return None
            current += TENS[token]
        elif token in SCALES:
            scale = SCALES[token]
            if (
                scale < 1000
            ):  # hundred, dozen multiply the current group: "twenty-five hundred"
                if current >= scale:
                    return None  # "hundred hundred"
                current = (current or 1.0) * scale
            else:
                if last_scale and scale >= last_scale:
                    return None  # "a million million": scales must fall
                total += (current or 1.0) * scale
                current = 0.0
                last_scale = scale
            pending_article = False
        else:
            return None
        seen_number = True
    if not seen_number or pending_article:
        return None
    return total + current


# ---------------------------------------------------------------------------------------------
# The master pattern
# ---------------------------------------------------------------------------------------------


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

# Context checks, all on short slices next to a candidate.
_NEXT_WORD = re.compile(
    rf"(?:{_SP}+|{_SP}*\n{_SP}*)([A-Za-z](?:[A-Za-z'’\-]*[A-Za-z])?)"
)
_PREVIOUS_WORD = re.compile(r"([A-Za-z][A-Za-z'’\-]*)\.?[^\S\n]*[#]?[^\S\n]*$")
_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])an?[^\S\n]+$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(
    r"[^\S\n]*(?:[ap]\.?[^\S\n]?m\b\.?|o['’]clock\b|(?:gmt|utc|bst|cet|est|pst)\b|hrs\b|h\b)",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(
    rf"[^\S\n]+(?:of[^\S\n]+)?(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b\.?"
)
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)
_FOLD_SUFFIX = re.compile(r"[\s-]*fold")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "GIs", "MPs", "NGOs"
_ADJECTIVE_ENDINGS = (
    "al",
    "ic",
    "ive",
    "ous",
    "ful",
    "ary",
    "ian",
    "ese",
    "ish",
    "ed",
    "ing",
    "ly",
    "-",
)
_OF_DETERMINERS = frozenset(
    {"its", "their", "his", "her", "our", "the", "those", "these", "whose"}
)


# ---------------------------------------------------------------------------------------------
# Reading candidates
# ---------------------------------------------------------------------------------------------


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


def _previous_word(text: str, start: int) -> str:
    """The word just before ``start`` (a trailing "." or "#" is skipped: "Jan. 6", "No. 5")."""
    found = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return found.group(1) if found else ""


def _is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return True
    return (
        len(word) >= 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous", "'s", "’s"))
        and word not in STOP_WORDS
    )


def _country_name(word: str):
    """The country a capitalised word names, if any (imported late: entities is a sibling module)."""
    from .entities import country_by_name

    return country_by_name(word)


def singular_unit(noun: str) -> str:
    """The counted noun as a unit: singular, lower case ("troops" → "troop", "people" →
    "person", "dollars" → "usd")."""
    word = noun.lower()
    if _ACRONYM_PLURAL.fullmatch(noun):
        return word[:-1]
    if word in CURRENCY_WORDS:
        return CURRENCY_WORDS[word]
    if word in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[word]
    if not _is_plural(word):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return word[:-2]
    return word[:-1]


def _counted_noun(
    text: str, position: int, *, singular: bool, after_of: bool
) -> tuple[str, int, int] | None:
    """The counted noun after ``position``: skip up to three modifiers ("Russian", "special
    forces") and take the last word of the first run of plurals ("forces soldiers" → soldiers).
    ``singular`` (after "-strong" or "one") takes the first word that does not look like a
    modifier instead ("special forces squad" → squad).
    """
    words: list[tuple[str, int, int]] = []
    cursor = position
    for _ in range(7):
        found = _NEXT_WORD.match(text, cursor)
        if not found:
            break
        words.append((found.group(1), found.start(1), found.end(1)))
        cursor = found.end()
        if cursor < len(text) and not text[cursor].isspace():
            break  # punctuation ends the noun phrase
    index = 0
    if (
        len(words) >= 2
        and words[0][0].lower() == "of"
        and words[1][0].lower() in _OF_DETERMINERS
    ):
        index = 2  # "100 of its troops"
    elif after_of and words and words[0][0].lower() in _OF_DETERMINERS:
        index = 1  # "thousands of the city's residents"
    head: tuple[str, int, int] | None = None
    modifiers = 0
    for word, start, end in words[index:]:
        lower = word.lower().rstrip("'’")
        acronym = word.isupper() and len(word) >= 2
        if lower in CURRENCY_WORDS and head is None:
            return word, start, end
        if lower in STOP_WORDS and not acronym:
            break
        if lower.endswith(("'s", "’s")):  # a possessive modifies what follows
            if head is not None:
                break
            modifiers += 1
            continue
        if singular:
            # the head is the first word that is not a modifier: "special forces squad",
            # "Kyrgyz contingent", "jury heard" → squad, contingent, jury
            if (
                word[:1].isupper()
                or _is_plural(lower)
                or lower.endswith(_ADJECTIVE_ENDINGS)
            ):
                modifiers += 1
                if modifiers > 3:
                    break
                continue
            return word, start, end
        if (not acronym and _is_plural(lower)) or _ACRONYM_PLURAL.fullmatch(word):
            head = (word, start, end)
            continue
        if head is not None:
            break
        modifiers += 1
        if modifiers > 3:
            break
    return head


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


def _glued(text: str, start: int, end: int) -> bool:
    """True when the number is part of a word or code: "G7", "F-16", "COVID-19", "5G", "10-day"."""
    if start > 0:
        before = text[start - 1]
        if before.isalnum() or before in "_/:.#@":
            return True
        if before in "-‑" and start > 1 and text[start - 2].isalnum():
            return True
    if end < len(text):
        after = text[end]
        if after.isalnum() or after == "_":
            return True
        following = text[end + 1] if end + 1 < len(text) else ""
        if after in ":/-‑" and following.isalnum():
            return True
        if after == "." and following.isdigit():
            return True
    return False


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


def _is_count(
    text: str,
    match: re.Match[str],
    start: int,
    core_start: int,
    low: float,
    high: float,
    is_range: bool,
    qualifier: str,
    noun: tuple[str, int, int] | None,
) -> bool:
    """False for plain numbers that are years, days, times, labels, codes or the pronoun "one"."""
    digits = match.group("dig_a")
    words = match.group("words_a")
    previous = _previous_word(text, start)
    previous_lower = previous.lower().rstrip(".")
    after = match.end()

    if digits is not None:
        if len(digits) > 1 and digits.startswith("0") and not digits.startswith("0."):
            return False  # codes and phone fragments: "020", "007"
        integral = "," not in digits and "." not in digits
        if integral and 1800 <= low <= 2100 and high <= 2100:
            # a year-like number counts only with its noun right after it ("2000 troops")
            adjacent = noun is not None and text[after : noun[1]].strip() == ""
            if not adjacent or previous_lower in YEAR_CONTEXT_WORDS or is_range:
                return False
        day_like = float(low).is_integer() and 1 <= low <= 31 and high <= 31
        if day_like and (
            previous.rstrip(".") in MONTHS or _MONTH_AFTER.match(text, after)
        ):
            return False  # "January 6", "6 January", "May 19-20"
        if _CLOCK_AFTER.match(text, after) and high <= 24:
            return False
        if qualifier == "exact" and previous_lower in LABEL_WORDS:
            return False
        if (
            qualifier == "exact"
            and noun is None
            and "," not in digits
            and previous[:1].isupper()
            and previous_lower not in STOP_WORDS
            and previous.rstrip(".") not in MONTHS
            and previous not in _WEEKDAYS
            and _country_name(previous) is None  # "France sent 300, Italy 200": a list, not a model
        ):
            return False  # a model or name number: "Boeing 737", "Windows 10"
    if (
        words is not None
        and words.lower() == "one"
        and not is_range
        and qualifier == "exact"
    ):
        following = _NEXT_WORD.match(text, after)
        next_lower = following.group(1).lower() if following else ""
        pronoun = (
            previous_lower in ONE_NOT_A_NUMBER_BEFORE
            or next_lower in ONE_NOT_A_NUMBER_AFTER
        )
        if pronoun or noun is None:
            return False  # "no one", "one of the", "one day", "one must"
    label = words is not None and qualifier == "exact" and previous_lower in LABEL_WORDS
    return not label  # "chapter two"


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

    glued = [q for q in extra_quantities(text, []) if q.value.unit in ("magnitude",) or q.value.unit.startswith("ordinal")
             or re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", q.text)]
    kept = [m for m in mentions if not any(g.start < m.end and m.start < g.end for g in glued)]
    merged = sorted(kept + glued, key=lambda q: q.start)
    return sorted(merged + extra_quantities(text, merged), key=lambda q: q.start)
