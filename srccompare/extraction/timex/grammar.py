"""The master regex of the temporal tagger: every kind of temporal expression as one pattern.

The tagger makes one left-to-right pass of ``TIMEX_RE`` over the text. The pattern is an
optional modifier prefix ("early", "the end of", "about", "more than") followed by an
alternation of named kinds (``date_mdy``, ``relative``, ``duration`` ...). At any position the
first kind that matches wins, so longer, more specific kinds come first. ``match.lastgroup``
names the kind; each kind's inner groups are prefixed with the kind name (``date_mdy__day``).

Every quantifier is over a simple character class or a fixed alternation of words, so matching
is linear in the text length.
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["TIMEX_RE", "KINDS", "KIND_NAMES", "group", "kind_regex", "TRIGGER_RE", "START_RE", "ascii_lower"]

_MONTH_FULL = r"january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_ABBR = r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
MON = rf"(?:(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})(?:\.|\b))"
WD = r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b"
YEAR = r"(?:(?<![\d,.$])(?:1[0-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d))"
YEAR_SHORT = r"(?:'\d\d\b)"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
YEAR_WORDS = (
    r"(?:(?:nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
    rf"|{_TEENS}|oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))"
    r"|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)\b"
)
YEAR_ANY = rf"(?:{YEAR}|{YEAR_WORDS})"
_UNITS_WORDS = r"seconds?|minutes?|hours?|days?|nights?|weekends?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries"
UNIT = rf"(?:(?:{_UNITS_WORDS})\b)"
UNIT_SG = r"(?:(?:second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade|century)\b)"
UNIT_DATE = r"(?:(?:week|weekend|month|year|quarter|decade|century)\b)"
_UNITS_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_ONES = r"one|two|three|four|five|six|seven|eight|nine"
NUM = (
    r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+1/2|½)?"
    rf"|(?:{_UNITS_TENS})(?:[-\s](?:{_UNITS_ONES})\b)?"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+and\s+a\s+|-and-a-)half|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|a\s+dozen|a\s+hundred|a\s+thousand"
    r"|a\s+quarter(?:\s+of\s+an?)?(?=[\s-]+(?:century|decade)\b)|a\s+half(?=-(?:century|decade)\b)"
    r"|three[\s-]+quarters\s+of\s+an?(?=\s+(?:century|decade|year|hour)\b)"
    r"|two\s+thousand|one\s+hundred|half\s+an?|several|a\s+number\s+of|dozens\s+of|hundreds\s+of"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|few|many|an?)\b"
)
ORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth"
    r"|thirty-first|\d{1,2}(?:st|nd|rd|th))\b"
)
SEASON = r"(?:spring|summer|fall|autumn|winter)\b"
PART = r"(?:(?:morning|afternoon|evening|night)s?|overnight)\b"
HOLIDAY = (
    r"(?:christmas(?:\s+(?:day|eve))?|new\s+year's(?:\s+(?:day|eve))?|independence\s+day"
    r"|halloween|valentine's\s+day|boxing\s+day|bastille\s+day|thanksgiving(?:\s+day)?"
    r"|easter(?:\s+(?:sunday|monday|week))?|memorial\s+day|labor\s+day|election\s+day|veterans\s+day)\b"
)
# lower case: the scan runs over ascii_lower(text); daytime.ZONE_OFFSETS knows each offset
TZ = (r"(?:(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d\d)?(?![\d:])"
      r"|(?:gmt|utc|bst|cest|cet|eest|eet|wet|msk|ist|pkt|sgt|hkt|awst|jst|kst|aedt|aest|sast"
      r"|[ecmpa][sd]t|[ecmp]t)\b)")
CLOCK = (
    r"(?:\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b))?"
    r"|\d{1,2}\.\d\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"  # "10.15 p.m."
    # "6.30 this morning", "at 8 tonight": the part of the day tells the half of the clock
    r"|(?:\d{1,2}\.\d\d|(?<=\bat\s)\d{1,2})(?=\s+(?:this\s+(?:morning|afternoon|evening)|last\s+night|tonight)\b)"
    r"|\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)"
    # "half past three", "a quarter to six", "20 minutes past 4 p.m."
    r"|(?:half|a\s+quarter|quarter|(?:\d{1,2}|five|ten|twenty|twenty-five)\s+minutes)\s+(?:past|to)\s+"
    r"(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)|\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)?"
    r"|\d{1,2}(?::\d\d)?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"  # "4 in the morning"
    # "0800 GMT", "1940 local time" ("local time" stays outside the span, as in TimeBank)
    rf"|[0-2]\d[0-5]\d(?=\s*(?:{TZ}|local\s+time\b))|noon\b|midday\b|midnight\b)"
)
DEICTIC = r"(?:yesterday|today|tomorrow|tonight)\b"
# "the end of", "early", "mid-", "about": a prefix that sets a TimeML mod.
PREFIX = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|dawn|rest|remainder|bulk"
    r"|first\s+half|second\s+half|last\s+half|latter\s+half|latter\s+part|early\s+part|later\s+part"
    r"|last\s+part|first\s+part)\s+of\s+(?:the\s+)?"
    r"|(?:earlier|later)\s+(?:on\s+|in\s+(?=the\s+(?:day|week|month|year)\b))?|(?:early|late|mid|middle)[\s-]+(?!hours\b)|mid-?|sometime\s+"
    r"|(?:pre|post)-(?=(?:1\d|20)\d\d)"  # "post-1959", "pre-1990s"
    r"|(?:about|around|approximately|nearly|almost|roughly|some|more\s+than|less\s+than"
    r"|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|just\s+over"
    r"|just\s+under|well\s+over|close\s+to|upwards\s+of|the\s+better\s+part\s+of)\s+)"
)

# (kind, pattern); order matters: at one position the first kind that matches wins.
KINDS: list[tuple[str, str]] = [
    ("date_iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:t(?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::\d\d)?)?\b"),
    ("date_slash", r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d\d)\b"),
    # "the first week of January", "the last day of February", "the first Monday in March"
    ("nth_week", rf"the\s+(?P<nth>first|second|third|fourth|last|final)\s+(?P<unit>week|weekend|days|months|day"
                 rf"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:of|in)\s+(?:(?P<mon>{MON})(?:,?\s+(?P<y>{YEAR}))?|(?P<yonly>{YEAR}))"),
    ("week_of", rf"the\s+week\s+of\s+(?P<mon>{MON})\s*(?P<day>{DAYNUM})(?:,?\s*(?P<y>{YEAR}))?"),
    ("small_hours", rf"(?:the\s+)?(?:early|small|wee)\s+hours\b(?:\s+(?:of|on)\s+(?:(?P<wd>{WD})|(?P<deic>{DEICTIC})"
                    rf"|(?P<mon>{MON})\s*(?P<day>{DAYNUM})(?:,?\s*(?P<y>{YEAR}))?)(?:\s+morning\b)?|(?!\s+(?:of|on)\b))"),
    ("dawn", rf"(?P<pod>dawn|daybreak|first\s+light|sunrise|dusk|nightfall|sunset)\b(?!\s+of\b)(?:,?\s+(?:on\s+)?(?:(?P<wd>{WD})|(?P<deic>{DEICTIC})))?"),
    ("overnight", rf"overnight\b(?:\s+(?:on\s+|from\s+)?(?:(?P<wd>{WD})|(?P<deic>{DEICTIC})))?"),
    ("clock", rf"(?:(?P<wd0>{WD}|{DEICTIC}),?\s+(?:at\s+)?)?(?P<clock>{CLOCK})(?:\s*(?P<tz>{TZ}))?"
              rf"(?:,?\s+(?:on\s+)?(?P<wd>{WD}|{DEICTIC}|(?P<mon>{MON})\s+(?P<day>{DAYNUM})"
              # "3pm on 4 March"; "11 o'clock last night", "6.30 this morning"
              rf"|(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<mon2>{MON})|(?P<dpart>last\s+night|this\s+(?:morning|afternoon|evening))\b))?"),
    ("date_mdy", rf"(?:(?:(?:next|last|this|coming|past)\s+)?(?P<wd>{WD}),?\s+)?(?P<mon>{MON})\s*(?P<day>{DAYNUM})(?:\s*,?\s*(?P<y>{YEAR}|{YEAR_SHORT})"
                 rf"|(?=\s*(?:-|–|and|to|or)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s*(?P<y3>{YEAR})))?"),
    ("date_dmy", rf"(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<mon>{MON})(?:,?\s*(?P<y>{YEAR}))?"),
    ("date_my", rf"(?P<mon>{MON})(?:\s+of)?,?\s+(?:(?P<y>{YEAR}|{YEAR_SHORT}|{YEAR_WORDS})|(?P<rel>this|last|next)\s+year\b)"),
    # "Q3 2012", "2012 Q3", "H1 2013", "FY2013" (capitals checked by the normaliser)
    ("period_code", rf"(?P<code>q[1-4]|h[12])\s+(?P<y>{YEAR})|(?P<y2>{YEAR})\s+(?P<code2>q[1-4]|h[12])\b"
                    rf"|(?P<fy>fy)\s?(?P<y3>{YEAR})"),
    # "the first two quarters of 1990": a half year
    ("two_quarters", rf"(?:the\s+)?(?P<which>first|last|final|second)\s+two\s+quarters\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR})"),
    # "the quarter a year ago", "the corresponding period last year", "the 1988 period"
    ("period_of", rf"the\s+(?:(?P<py>{YEAR})\s+period\b|(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\s+"
                  r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before))\b)"),
    ("quarter", rf"(?:the\s+)?(?:(?P<ry>this|last|next|that)\s+year's\s+|(?P<py>{YEAR})'s\s+)?(?:(?P<py2>{YEAR})\s+)?"
                rf"(?:(?:comparable|corresponding|same)\s+)?(?:(?P<yago>year-earlier|year-ago|prior-year|year-before)\s+(?=first|second|third|fourth|1st|2nd|3rd|4th|fiscal|quarter))?"
                rf"(?:(?P<fiscal1>fiscal)[\s-]+)?(?P<which>first|second|third|fourth|1st|2nd|3rd|4th|final|latest|last|current"
                rf"|previous|past|preceding|year-earlier|year-ago|same|comparable|recent|next|coming|this|fiscal)?"
                rf"(?:[\s-]+(?P<fiscal2>fiscal))?[\s-]*(?P<half>quarter|half)(?P<pl>s)?\b(?!-)"
                rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y>{YEAR})|(?P<ry2>this|last|next|the)\s+year\b(?![-']))|,?\s+(?P<y2>{YEAR}))?"),
    ("decade", r"(?:the\s+)?(?:(?P<em>early|late|mid)[\s-]+|mid-)?(?:(?P<dec>\d{3}0s|'\d0s|\d0s)\b"
               r"|(?<=the\s)(?:(?P<century>nineteen|eighteen)[\s-])?(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"),
    ("century", rf"(?:the\s+)?(?P<ord>{ORD})[\s-]+century\b"),
    # "today is the eighth day of the strike": the Nth day of a stretch, named as today
    ("nth_day", rf"(?:the\s+)?(?P<ord>{ORD})\s+day\b(?!-)"),
    ("ordinal_day", rf"the\s+(?P<ord>{ORD})(?:\s+of\s+(?P<rel>this|the|last|next)\s+month\b)?"),
    ("season", rf"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|that|the)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR_ANY}))?"),
    ("holiday", rf"(?P<hol>{HOLIDAY})(?:,?\s+(?P<y>{YEAR}))?"),
    ("anchored", r"(?:(?:the\s+(?P<dir>next|following|previous|preceding|prior|same|subsequent)|(?P<dirb>following|preceding|subsequent|next(?=\s+(?:day|morning|afternoon|evening)\b)))\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|quarter|year)"
                 r"|(?P<that>that)\s+(?:same\s+|very\s+)?(?P<unit2>day|morning|afternoon|evening|night|week|weekend|month|quarter|year)"
                 r"|the\s+(?P<unit3>day|week|month|year|night)\s+(?P<dir2>before|after)(?:\s+(?P<deic>yesterday|tomorrow)"
                 # "the year before last", "the week after next" (not "the day before last Tuesday")
                 rf"|\s+(?P<ordn>last|next)(?![ \t]+(?:{WD}|{MON}|{UNIT}|morning|afternoon|evening|spring|summer|fall|autumn|winter)))?)\b"),
    # "two years ago", "a day earlier"; with no count only "years ago", "months ago" (PAST_REF)
    ("ago", rf"(?:(?P<num>{NUM})(?:\s+or\s+(?:so|two|three))?[\s-]+|(?=(?:minutes|hours|days|weeks|months|years|decades|centuries)\s+ago\b))(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
            r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back|previously|prior)\b"),
    ("relative", rf"(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|previous|current|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+current"
                 rf"|the\s+previous|the\s+following|the\s+preceding)\s+(?P<what>{WD}|{MON}(?!\.?\s*\d)|{UNIT_DATE}|{PART}|day\b)"),
    ("deictic", rf"(?P<deic>{DEICTIC})(?:\s+(?P<part>{PART}))?|this\s+(?P<part2>morning|afternoon|evening)\b|last\s+night\b"),
    # "in the morning" (of the story's day), "mid-afternoon yesterday", "by mid afternoon"
    ("part_of_day", r"(?P<the>the\s+)?(?P<part>morning|afternoon|evening)\b(?:\s+(?P<deic>yesterday|today|tomorrow)\b)?"),
    ("duration", rf"(?:the\s+)?(?:(?P<rel>past|last|next|first|coming|previous|final|latest|year-earlier|year-ago|remaining|following|preceding|initial|same|recent|full|entire|whole)\s+)?"
                 rf"(?:(?P<num0>{NUM})\s+(?:to|or)\s+)?(?P<num>{NUM})(?:[\s-]+(?:more|additional|full|consecutive|straight|long|extra|whole))?(?:\s+(?:trading|business|working|school))?[\s-]+(?P<unit>{UNIT})(?:\s+or\s+(?:so|two|three|more)\b)?(?P<half>\s+and\s+a\s+half)?(?P<old>-(?:old|long)|\s+old\b)?"),
    ("vague_units", r"(?:the\s+)?(?P<rel>recent|coming|past|last|next|previous|ensuing|following|several|few|many)\s+(?P<unit>(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b)"
                    r"|the\s+(?P<unit2>(?:days|weeks|months|years)\b)\s+ahead\b"),
    ("period", r"(?:the\s+)?(?P<which>latest|year-earlier|year-ago|year-before|comparable|same|prior-year|year-ago|previous)\s+period\b|(?P<adj>year-earlier|year-ago)\b"),
    # "1998", "fiscal 1990", "2012-13" (a season); in a range "2009-2011" each year is its own
    ("year", rf"(?:the\s+year\s+(?P<yw0>{YEAR_WORDS})|(?:the\s+year\s+)?(?P<fiscal>(?:fiscal|calendar|model|financial)(?:\s+year)?\s+)?(?P<y>{YEAR})(?:-(?P<y2>\d\d)(?!\d))?(?![-–](?!(?:1\d|20)\d\d(?!\d)))|(?P<yw>{YEAR_WORDS})"
             # "in '62", "since '98": a year in two digits after a preposition of time
             r"|(?P<ys>'\d\d)(?![\w'])(?!-))"),
    ("the_unit", r"the\s+(?:(?P<adj>full|whole|entire|same|latest|current)\s+)?(?P<fiscal>fiscal\s+)?(?P<unit>year|week|month|weekend|decade|century|day(?=\s*[.,;:!?]))\b(?!-)(?!\s+(?:1\d|20)\d\d\b)"),
    ("set", rf"(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|semiannually)\b"
            r"|(?P<weekends>weekends)\b(?!-)"
            rf"|(?P<every>every|each|per)\s+(?P<other>other\s+)?(?:(?P<num>{NUM})\s+)?(?P<what>{UNIT_SG}|{WD}|{PART}|{UNIT}|{MON}|{SEASON})"),
    ("ref", r"(?P<ref>then[\s-]current|now|currently|current|recently|lately|formerly|nowadays|presently"
            r"|at\s+present|these\s+days|the\s+future|the\s+past|right\s+now|the\s+near\s+term|the\s+short\s+term"
            r"|the\s+long\s+term|the\s+near\s+future|a\s+later\s+date|as\s+soon\s+as\s+possible"
            r"|soon(?!\s+(?:after|afterwards?|thereafter|as|enough)\b))\b"),
    ("year_end", r"(?:the\s+)?(?:(?P<rel>this|last|next)\s+)?(?:year[\s-]end|year's\s+end|end[\s-]of[\s-](?:the[\s-])?year|(?P<mid>mid-?year))\b(?:\s+(?P<yy>(?:1[0-9]|20)\d\d)(?![\d%]))?"),
    ("month", rf"(?P<mon>{MON})"),
    ("weekday", rf"(?P<wd>{WD})(?:\s+(?P<part>{PART}))?"),
    ("bare_units", r"(?P<the>the\s+)?(?P<unit>(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b)(?P<long>-long\b)?"
                   r"|(?P<unit1>hour|day|week|month|year|decade|century)-long\b"),
    ("day_pair", rf"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s*(?P<y>{YEAR})|(?!\s*(?:[/:.,]\d|-(?!{DAYNUM}\s+{MON})\d|%|percent)))"),
]


def _prefixed(kind: str, pattern: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{kind}__{m.group(1)}>", pattern)


def _master(kinds: list[tuple[str, str]]) -> str:
    return (
        r"(?<![\w'])(?P<prefix>" + PREFIX + r")?(?:"
        + "|".join(f"(?P<{kind}>{_prefixed(kind, pat)})" for kind, pat in kinds)
        + ")"
    )


# The scan matches the lower-cased text case-sensitively (much faster than IGNORECASE); the
# kind that matched is then re-read from the original text with ``kind_regex``, whose groups
# keep the writer's capitals (which the normalisers check: "May" the month, "may" the verb).
TIMEX_RE = re.compile(_master(KINDS))
KIND_NAMES = [kind for kind, _ in KINDS]


@lru_cache(maxsize=None)
def kind_regex(kind: str) -> re.Pattern[str]:
    """The master regex restricted to one kind, case-insensitive, for the original text: how the
    tagger reads a match's groups, and retries a position where the first kind that matched
    turned out not to be a timex ("the fall of", "3 hours after the quake")."""
    return re.compile(_master([(k, p) for k, p in KINDS if k == kind]), re.IGNORECASE)


def group(m: re.Match[str], kind: str, name: str) -> str | None:
    """The text of inner group ``name`` of ``kind`` in a master-regex match (None when the
    group did not take part or the kind has no such group)."""
    key = f"{kind}__{name}"
    return m.group(key) if key in m.re.groupindex else None


# ------------------------------------------------------------------ candidate finding
# Scanning the master regex at every word start is slow, so the tagger first finds *trigger*
# words (a digit, a month, "week", "now" ...) that every timex contains, then tries the master
# regex only at the few *start* words (triggers, determiners, modifiers) just before each one.
_TRIGGER_WORDS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays "
    "thursdays fridays saturdays sundays today yesterday tomorrow tonight now current currently "
    "recently lately formerly nowadays presently present second seconds minute minutes hour hours "
    "day days night nights week weeks weekend weekends fortnight fortnights month months quarter "
    "quarters half year years decade decades century centuries ago spring summer fall autumn "
    "winter morning mornings afternoon afternoons evening evenings noon midnight overnight daily "
    "weekly monthly annually yearly hourly nightly quarterly biweekly semiannually future past "
    "term period date possible soon christmas easter thanksgiving halloween new independence "
    "valentine's boxing bastille memorial labor election veterans these first third fourth fifth sixth seventh "
    "eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
    "eighteenth nineteenth twentieth thirtieth twenty nineteen thousand year-earlier year-ago "
    "year-end year's midyear midday dawn daybreak light sunrise dusk nightfall sunset twenties thirties forties fifties sixties seventies eighties nineties"
).split()
_START_WORDS = _TRIGGER_WORDS + (
    "the a an about around approximately nearly almost roughly some more less fewer at up no "
    "just well close upwards very end beginning start middle dawn rest remainder bulk latter "
    "early late mid middle earlier later this last next past coming previous current that "
    "following preceding prior same subsequent each every per other fiscal calendar model "
    "financial several few many dozens hundreds recent ensuing full entire whole latest final "
    "remaining initial comparable corresponding prior-year year-before one two three four five "
    "six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen twenty thirty forty fifty sixty seventy eighty ninety half couple dozen better right as "
    "sometime small wee pre post q1 q2 q3 q4 h1 h2 fy then"
).split()


def _word_alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def ascii_lower(text: str) -> str:
    """``text`` with A-Z lowered and every other character kept: same length, same offsets."""
    return text.translate(_ASCII_LOWER)


# Both run over ``ascii_lower(text)``: case-sensitive matching of lower-case words is fast.
TRIGGER_RE = re.compile(r"(?<![\w'])(?:\d|'\d|fy(?=\d)|(?:" + _word_alternation(_TRIGGER_WORDS) + r")(?!\w))")
START_RE = re.compile(r"(?<![\w'])(?:(?<!\d,)\d|'\d|fy(?=\d)|(?:" + _word_alternation(_START_WORDS) + r")(?!\w))|(?<=-)(?=\d)")
