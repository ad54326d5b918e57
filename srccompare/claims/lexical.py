"""Claims: join the mentions of a sentence (and its paragraph) into facts a source states.

Step 4 of the flow (text → mentions → **claims** → alignment → verdicts → report). Each rule
reads one sentence's mentions and emits claims; none names an event, a place or a phrase of
any one story. The rules:

- time: a date or duration belongs to the nearest event word, in the role its aspect word or
  framing word gives ("began on" → start, "by" → end, "is to last" → duration, "on" → date);
  a date fronted before a causal verb dates the event it sets off ("On May 2, price rises
  sparked protests"); a date after a reporting verb is when something was announced, and
  dates an undated "began …" in the same paragraph;
- counts: a quantity belongs to the nearest event word in its clause ("160 were killed");
  "including 16 officers" is a subset; "X sent 150, Y 100" gives per-country counts;
- participants: countries attached to groups of people ("troops from A, B and C", "forces
  of A", "Kyrgyzstani colleagues", "A sent …") take part, one claim per country;
- members: "<organisation> includes A, B and C" gives one claim per member;
- causes: "a twofold increase in fuel prices sparked protests", "protests over a doubling of
  bread prices" give the event's cause as a ``Change``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Iterable, NamedTuple, Sequence

from ..bounds import add_days, ceil_days, floor_days
from ..claim import Claim
from ..lexicon import (
    CAUSAL_VERBS,
    CAUSED_BY,
    CHANGE_NOUNS_DOWN,
    CHANGE_NOUNS_UP,
    CLAUSE_BREAKS,
    COMMODITIES,
    DURATIVE_EVENTS,
    GROUP_NOUNS,
    MEASURES,
    PERSON_NOUNS,
    THING_CLASSES,
    UNIT_CONVERSIONS,
    HEDGES,
    LOCATION_PREPOSITIONS,
    MEMBERSHIP_VERBS,
    PARTICIPATION_AFTER,
    PARTICIPATION_BEFORE,
    PRICE_NOUNS,
    SENDING_VERBS,
)
from ..mentions import EntityMention, QuantityMention, TimeMention
from ..extraction.entities import demonym_country
from ..extraction.numbers import singular_unit
from ..extraction.timex import timex_duration, timex_range
from ..reading import GROUP_RE, LOW_PRIORITY_EVENTS, Aspect, Reading, SentenceMentions, Trigger
from ..values import Category, Change, EntityValue, Quantity, Relation, TimeRange, Tolerance

__all__ = ["build_claims"]

_REPORTING = r"said|says|say|announced|announces|declared|declares|stated|states|told|reported|reports|confirmed|added|stressed|noted|claimed|insisted|warned"
_REPORTING_BEFORE = re.compile(rf"\b(?:{_REPORTING})\s*$", re.IGNORECASE)
_REPORTING_AFTER = re.compile(rf"^\s*,?\s*(?:[\w.'’-]+\s+){{0,4}}?(?:{_REPORTING})\b", re.IGNORECASE)
_REPORTING_ANY = re.compile(rf"\b(?:{_REPORTING})\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(CLAUSE_BREAKS, re.IGNORECASE)
_HEDGE = re.compile(rf"\b(?:{HEDGES})\b", re.IGNORECASE)
_CAUSAL = re.compile(rf"\b(?:{CAUSAL_VERBS})\b", re.IGNORECASE)
_CAUSED_BY = re.compile(rf"\b(?:{CAUSED_BY})\b", re.IGNORECASE)
_GROUP_AFTER_DEMONYM = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{GROUP_NOUNS})\b", re.IGNORECASE)
_SENDING_AFTER = re.compile(rf"^\s+(?:[\w-]+\s+)?(?:{SENDING_VERBS})\b", re.IGNORECASE)
_MEMBERSHIP = re.compile(rf"\b(?:{MEMBERSHIP_VERBS})\s*(?::\s*)?$", re.IGNORECASE)
_LOCATION_BEFORE = re.compile(rf"\b(?:{LOCATION_PREPOSITIONS})\s+(?:the\s+)?$", re.IGNORECASE)
_INCLUDING_BEFORE = re.compile(
    r"\b(?:including|among them|among whom|of whom|of them|incl\.|includes?|included)\s*$", re.IGNORECASE)
_DASH_AFTER = re.compile(r"^\s*(?:—|–|-|:)\s*$")
_LIST_GLUE = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)(?:the\s+)?$", re.IGNORECASE)
_LEAVING_BEFORE = re.compile(r"\b(?:withdraw\w*|withdrew|pull\w* out|leav\w*|left|evacuat\w*|depart\w*|exit\w*|"
                             r"drew down|draw\w* down|fle[de]\w*)\b[^.;]*$", re.IGNORECASE)
# a country's own institutions speak for it but do not "take part": "Croatian officials said"
_OWN_INSTITUTIONS = re.compile(r"^\s+(?:[\w-]+\s+)?(?:officials|authorities|police|residents|citizens|people|ministers|"
                               r"lawmakers|media|press|voters|protesters|government|leaders)\b", re.IGNORECASE)
# what may stand between a group noun and its countries: "troops from", "forces of our allies — of"
_GROUP_TO_LIST = re.compile(
    r"^(?:\s+(?:of|from)\s+(?:our|their|its|the)\s+[\w-]+)?\s*(?:—|–|-|,)?\s*(?:from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SEGMENT_BREAK = re.compile(r",|;|\s(?:and|while|but)\s", re.IGNORECASE)
_CHANGE_NOUN = re.compile(
    rf"\b(?P<noun>(?P<up>{CHANGE_NOUNS_UP})|(?P<down>{CHANGE_NOUNS_DOWN}))\s+(?:in|of)\s+(?:the\s+)?"
    rf"(?P<subject>(?:[\w'’-]+\s+){{0,3}}?)(?P<price>{PRICE_NOUNS})\b",
    re.IGNORECASE,
)
_CHANGE_VERB = re.compile(
    rf"\b(?P<subject>(?:[\w'’-]+\s+){{0,3}}?)(?P<price>{PRICE_NOUNS})\s+(?:have\s+|has\s+|had\s+)?"
    r"(?P<verb>(?P<up>doubled|tripled|quadrupled|rose|risen|increased|jumped|soared|surged|climbed|spiked)|"
    r"(?P<down>halved|fell|fallen|dropped|declined|decreased|plunged|slumped))\b",
    re.IGNORECASE,
)
_PARTICIPATES_AFTER = re.compile(rf"^\s+{PARTICIPATION_AFTER}\b", re.IGNORECASE)
_PARTICIPATES_BEFORE = re.compile(rf"\b{PARTICIPATION_BEFORE}\s+(?:the\s+)?$", re.IGNORECASE)
_AS_OF_BEFORE = re.compile(r"\b(?:as of|as at|at the time of|updated|last updated|correct as of)\s*(?:[\w:.]+\s*,?\s*){0,3}$",
                           re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ /-]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*$")
_EXPLICIT_DAY = re.compile(
    r"\d{4}|\d{1,2}/\d{1,2}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tonight|yesterday|tomorrow)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.IGNORECASE)
_MEASURE_BEFORE = re.compile(
    rf"\b(?P<measure>{MEASURES})\b(?:[^,;.]{{0,40}}?\b(?:was|were|is|are|of|at|reached|hit|stood at|came to|to|by))?\s+$",
    re.IGNORECASE,
)
# numbers that are not claims: "a town of about 6,000 people", "Two of the dead", "Chirwa, 68,"
_MEASURE_NAMES = {"rain": "rainfall", "winds": "wind", "gusts": "wind", "gust": "wind", "wind speed": "wind", "wind speeds": "wind",
                  "sustained winds": "wind", "temperatures": "temperature"}
_PER_HOUR_AFTER = re.compile(r"^\s*(?:an|per)\s+hour\b", re.IGNORECASE)
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
# measures that are facts in their own right, whatever event word stands near
# what may stand between "a 48-hour" and the event it measures: nothing, or one plain adjective
_LENGTH_HEAD = re.compile(r"\s+(?:(?:general|national|nationwide|total|full|partial|major|new|joint|planned|fresh|"
                          r"complete|temporary|indefinite|rolling|token|warning|state|peace)\s+)?")
_STANDALONE_MEASURES = frozenset({"inflation", "growth", "economic growth", "unemployment", "jobless rate", "interest rate",
                                  "interest rates", "policy rate", "base rate", "benchmark rate", "key rate", "attendance"})
_CAUSE_BEFORE = re.compile(r"\b(?:against|over)\s+(?:the\s+|rising\s+|high\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_REMAINDER_BEFORE = re.compile(r"\b(?:leaving(?: only| just)?|left with|remaining|still)\s+$", re.IGNORECASE)
_ACCOMPANYING_BEFORE = re.compile(r"\b(?:together with|along with|accompanied by|plus)\s+$", re.IGNORECASE)
_ADDITIONAL_BEFORE = re.compile(r"\b(?:another|a further|an additional|an extra)\s+$", re.IGNORECASE)
_WHOLE_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|half|all|most|some|many|none))"
    r"\s+(?:of|out of)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_PARTITIVE_AFTER = re.compile(r"^\s+of\s+(?:the|them|those|these|whom|which)\b", re.IGNORECASE)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s*$")
_COORDINATED_VERB = re.compile(r"\b(?:and|but|then)\s+(?:\w+ly\s+)?\w+(?:ed|ing)\b", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"^-?\s*(?:of\s+)?(?P<measure>magnitude|threshold|majority|rain(?:fall)?)\b", re.IGNORECASE)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:worst|deadliest|biggest|largest|strongest|highest|lowest|first|most|best|fastest|"
                                 r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest)\b[^.;]{0,50}$",
                                 re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|set to|due to|expected to|scheduled|planned|going to)\b", re.IGNORECASE)
# what a party, a candidate or a country does with the number that follows
_WINS_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+)?(?:(?:won|wins|took|takes|received|receives|secured|secures|garnered|got|gets|polled|obtained|claimed)|"
    r"(?:came|comes|finished|finishes|placed|ended(?: up)?)\s+\w+\s+with)\s+$",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"(?:^|[\s(])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})$")
_ENUMERATION = re.compile(r"^\s*\d{1,2}[.)]\s")
_GROUP_SIZE_NOUNS = frozenset({"squad", "battalion", "company", "unit", "contingent", "brigade", "team", "crew",
                               "delegation", "regiment", "division", "platoon", "force", "group"})
_EVENT_NOUNS = {"arrest": "detentions", "death": "deaths", "injury": "injuries", "evacuation": "evacuations",
                "strike": "strike", "protest": "protests", "attack": "attack", "airstrike": "attack"}
_BACKGROUND_DAYS = 30  # a sentence dated this long before publication tells history, not the news
_CHANGE_HINT = re.compile(
    rf"\b(?:{CHANGE_NOUNS_UP}|{CHANGE_NOUNS_DOWN}|doubled|tripled|quadrupled|rose|risen|increased|jumped|soared|"
    r"surged|climbed|spiked|halved|fell|fallen|dropped|declined|decreased|plunged|slumped)\b",
    re.IGNORECASE,
)
_PRICE_HINT = re.compile(rf"\b(?:{PRICE_NOUNS})\b", re.IGNORECASE)
_VERB_FACTORS = {"doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_CURRENCIES = frozenset({"usd", "eur", "gbp", "jpy", "cny", "rub", "inr", "chf", "cad", "aud", "dollar", "euro", "pound"})
_COMMODITY_WORDS = sorted(COMMODITIES, key=len, reverse=True)
_ATTACH_WINDOW = 40  # characters between an aspect word and its time expression
_PENALTY = 500  # distance added for each clause break between two words


class _Context(NamedTuple):
    source: str
    reading: Reading
    report_dates: dict[int, date]  # paragraph -> the day a statement in it was made
    dct: date | None


def build_claims(reading: Reading, source: str, dct: date | None = None) -> list[Claim]:
    """Every claim one text (a body or a title) states, in text order.

    Claims from a sentence dated well before the publication date ("The last strike, in 2021,
    lasted a week") are history, not news: their event is keyed with that year
    ("strike@2021") so they align with other sources' history, not with the current event.
    """
    context = _Context(source, reading, _report_dates(reading), dct)
    claims: list[Claim] = []
    last_event: dict[int, str] = {}
    for sm in reading.sentences:
        paragraph = sm.sentence.paragraph
        timed = _time_claims(sm, context, last_event.get(paragraph))
        found = [
            *timed,
            *_undated_starts(sm, context, timed),
            *_count_claims(sm, context),
            *_participant_claims(sm, context),
            *_member_claims(sm, context, reading),
            *_cause_claims(sm, context),
        ]
        eras = _clause_eras(sm, dct, context.reading.text)
        found = [_in_era(c, eras) for c in found]
        claims.extend(found)
        events = [t.event for t in _eligible_triggers(sm)]
        if events and not any(era for _, _, era in eras):
            last_event[paragraph] = events[-1]
    return _unique(_dates_as_starts(claims))


def _dates_as_starts(claims: list[Claim]) -> list[Claim]:
    """'Dockers went on strike on Monday': the date of a lasting event is its start.

    Only where the text gives that event no explicit start ("began on …"); otherwise a further
    date is a step within the event ("Tomorrow we withdraw the rest", "a third flight is planned
    for Tuesday"): role "step", which sources may well give differently.
    """
    explicit = {c.event for c in claims if c.role == "start" and not c.derived}

    def role_of(c: Claim) -> str:
        if c.role != "date" or c.event not in DURATIVE_EVENTS or c.entity is not None:
            return c.role
        return "step" if c.event in explicit else "start"

    return [c if role_of(c) == c.role else c.model_copy(update={"role": role_of(c)}) for c in claims]


_CLAUSE_SPLIT = re.compile(r";|:\s|\s[—–]\s|,\s*(?=(?:when|where|which|while|and|but|whereas)\b)", re.IGNORECASE)
_CLOSING_COMMA = re.compile(r",(?=\s)")
_RELATIVE_OPENER = re.compile(r",\s*(?:which|who|whose)\b", re.IGNORECASE)
_INHERITING_CLAUSE = re.compile(r"^\W*(?:when|where|which)\b", re.IGNORECASE)


def _clause_eras(sm: SentenceMentions, dct: date | None, text: str) -> list[tuple[int, int, int | None]]:
    """Each clause of a sentence with the year it is about when that lies long before publication.

    "The disaster is the deadliest this year; in October 2013, 368 people died": only the
    second clause is history. A clause opened by "when"/"which" with no date of its own shares
    the era of the clause it hangs on ("a strike in 2022, when 250 flights were grounded").
    """
    s = sm.sentence
    cuts = {s.start, s.end, *(s.start + m.start() for m in _CLAUSE_SPLIT.finditer(s.text))}
    for m in _RELATIVE_OPENER.finditer(s.text):  # ", which was deployed in 2019, is made up of": the clause closes
        closing = _CLOSING_COMMA.search(s.text, m.end())  # not the comma of "£20,000"
        if closing is not None:
            cuts.add(s.start + closing.start())
    cuts = sorted(cuts)
    eras: list[tuple[int, int, int | None]] = []
    for lo, hi in zip(cuts, cuts[1:]):
        era: int | None = None
        dated = [tm.range for tm in sm.times if lo <= tm.start < hi and tm.range is not None
                 and tm.range.latest is not None and tm.relation == "at"]
        if dct is not None and dated and all(r.latest < dct - timedelta(days=_BACKGROUND_DAYS) for r in dated):
            era = dated[0].latest.year
        elif not dated and eras and _INHERITING_CLAUSE.match(text[lo:hi]):
            # "a strike in 2022, when …": the era of the date the clause hangs on
            before = [tm.range for tm in sm.times if tm.end <= lo and tm.range is not None
                      and tm.range.latest is not None and tm.relation == "at"]
            if dct is not None and before and before[-1].latest < dct - timedelta(days=_BACKGROUND_DAYS):
                era = before[-1].latest.year
        eras.append((lo, hi, era))
    return eras


def _in_era(claim: Claim, eras: list[tuple[int, int, int | None]]) -> Claim:
    """Key a claim with the year of its clause when that clause tells history ("strike@2021")."""
    for lo, hi, era in eras:
        if lo <= claim.start < hi:
            return claim.model_copy(update={"event": f"{claim.event}@{era}"}) if era else claim
    return claim


# --- shared helpers -------------------------------------------------------------------------

def _claim(ctx: _Context, sm: SentenceMentions, *, event: str, role: str, value, text: str, start: int,
           end: int, entity: EntityValue | None = None, detail: str | None = None, derived: str | None = None,
           anchor: int | None = None) -> Claim:
    anchor = start if anchor is None else anchor
    return Claim(
        source=ctx.source,
        event=event,
        role=role,
        value=value,
        entity=entity,
        detail=detail,
        text=text,
        quote=sm.sentence.text,
        start=start,
        end=end,
        in_title=ctx.reading.in_title,
        attribution=sm.attributions[0].speaker if sm.attributions else None,
        hedged=_hedged(ctx.reading.text, sm, min(anchor, start), max(anchor, end)),
        derived=derived,
    )


def _hedged(text: str, sm: SentenceMentions, lo: int, hi: int) -> bool:
    """A modal or future word in the clause just before or between the two ends of a claim."""
    window_start = max(sm.sentence.start, lo - 30)
    window = text[window_start:hi]
    return _HEDGE.search(window) is not None


def _breaks(text: str, sm: SentenceMentions) -> list[int]:
    """Offsets of clause breaks (";", ", while", " but ") inside the sentence."""
    return [sm.sentence.start + m.start() for m in _CLAUSE_BREAK.finditer(sm.sentence.text)]


def _in_attribution(sm: SentenceMentions, start: int, end: int) -> bool:
    return any(a.start <= start and end <= a.end for a in sm.attributions)


def _eligible_triggers(sm: SentenceMentions) -> list[Trigger]:
    """Event words outside attribution phrases; general ones only when nothing specific is there.

    A word after "against" or "over" names a cause ("march against housing costs"), not the event.
    """
    found = [t for t in sm.triggers if not _in_attribution(sm, t.start, t.end)
             and not _CAUSE_BEFORE.search(sm.sentence.text, max(0, t.start - sm.sentence.start - 120), t.start - sm.sentence.start)]
    specific = [t for t in found if t.event not in LOW_PRIORITY_EVENTS]
    return specific or found


def _distance(anchor: int, trigger: Trigger, breaks: Sequence[int], text: str = "") -> float:
    lo, hi = sorted((anchor, trigger.start))
    crossed = sum(1 for b in breaks if lo < b < hi)
    if trigger.start > anchor and trigger.text.endswith("ing") and text[max(0, trigger.start - 2):trigger.start] == ", ":
        crossed += 1  # ", killing five people": a participle clause tells a consequence, not the head
    gap = trigger.start - anchor if trigger.start >= anchor else anchor - trigger.end
    # a word just left of the anchor is likelier its head than one as far to the right
    weight = 1.0 if trigger.start < anchor else 1.15
    return max(gap, 0) * weight + crossed * _PENALTY


def _nearest_trigger(sm: SentenceMentions, text: str, anchor: int, *, exclude: Iterable[str] = ()) -> Trigger | None:
    candidates = [t for t in _eligible_triggers(sm) if t.event not in set(exclude)]
    if not candidates:
        return None
    breaks = _breaks(text, sm)
    return min(candidates, key=lambda t: (_distance(anchor, t, breaks, text), t.start))


def _report_dates(reading: Reading) -> dict[int, date]:
    """For each paragraph, the day of a statement made in it ("…, the ministry said on Thursday")."""
    found: dict[int, date] = {}
    for sm in reading.sentences:
        for tm in sm.times:
            if tm.range is None or tm.range.earliest is None or tm.range.earliest != tm.range.latest:
                continue
            if _is_report_time(reading.text, sm, tm):
                found.setdefault(sm.sentence.paragraph, tm.range.earliest)
    return found


def _is_report_time(text: str, sm: SentenceMentions, tm: TimeMention) -> bool:
    """'said on Thursday', 'announced Monday', 'On Friday, the minister said'."""
    before = text[max(sm.sentence.start, tm.start - 25):tm.start]
    if _REPORTING_BEFORE.search(before.rstrip().removesuffix(" on").removesuffix(" on")):
        return True
    if _REPORTING_BEFORE.search(re.sub(r"\s+on\s*$", " ", before)):
        return True
    if _DATELINE.match(text[sm.sentence.start:tm.start]):
        return True  # "LIMA, March 15 (Agency) -": when the story was filed
    fronted = tm.start - sm.sentence.start <= 4
    if fronted:
        after = text[tm.end:min(sm.sentence.end, tm.end + 45)]
        return _REPORTING_AFTER.search(after) is not None
    return False


# --- time ---------------------------------------------------------------------------------

_ROLE_BY_ASPECT = {"start": "start", "end": "end", "length": "duration"}
_ROLE_BY_RELATION = {"by": "end", "until": "end", "before": "end", "since": "start", "from": "start",
                     "after": "start", "within": "duration", "for": "duration", "at": "date"}


def _aspect_for(sm: SentenceMentions, tm: TimeMention, text: str) -> Aspect | None:
    breaks = _breaks(text, sm)
    best: Aspect | None = None
    for aspect in sm.aspects:
        if aspect.end <= tm.start and tm.start - aspect.end <= _ATTACH_WINDOW:
            if not any(aspect.end < b < tm.start for b in breaks):
                best = aspect  # the last one before the time expression wins
        elif aspect.start >= tm.end and aspect.start - tm.end <= 30 and best is None:
            if not any(tm.end < b < aspect.start for b in breaks):
                best = aspect  # "on Wednesday, when the stoppage is due to end"
    return best


def _caused_trigger(sm: SentenceMentions, after: int) -> Trigger | None:
    """The event a causal verb after ``after`` sets off: '… sparked protests'."""
    for match in _CAUSAL.finditer(sm.sentence.text):
        verb_end = sm.sentence.start + match.end()
        if verb_end <= after:
            continue
        for trigger in _eligible_triggers(sm):
            if 0 <= trigger.start - verb_end <= 30:
                return trigger
    return None


_LENGTH_ADJECTIVE = re.compile(r"\w-(?:second|minute|hour|day|week|month|year)\b", re.IGNORECASE)


def _time_value(tm: TimeMention, role: str):
    if role == "duration":
        duration = tm.duration
        if tm.relation == "within" and _LENGTH_ADJECTIVE.search(tm.text):
            duration = timex_duration(tm.timex.value) or duration  # "in a 48-hour strike" is 48 hours, not a window
        if duration is None or (not duration.min_days and duration.max_days is None):
            return None  # "in more than half a century": no length worth comparing
        return duration
    if tm.relation == "until" or (tm.relation in ("from", "since") and role == "start"):
        return timex_range(tm.timex.value) or tm.range  # "until Friday" ends on Friday; "from Wednesday" starts on it
    if tm.relation in ("after", "before") and tm.timex.type == "TIME":
        return timex_range(tm.timex.value) or tm.range  # "shortly after 9:30 on Monday" is still Monday
    return tm.range


def _time_claims(sm: SentenceMentions, ctx: _Context, context_event: str | None) -> list[Claim]:
    text = ctx.reading.text
    claims: list[Claim] = []
    for tm in sm.times:
        if tm.range is None and tm.duration is None:
            continue
        if tm.timex.type == "TIME" and not _EXPLICIT_DAY.search(tm.text):
            continue  # "at 3:42 a.m." alone: its day is a guess from the publication date
        if _DATELINE.match(text[sm.sentence.start:tm.start]):
            continue  # the dateline says when the story was filed, not when anything happened
        if _AS_OF_BEFORE.search(text, max(sm.sentence.start, tm.start - 25), tm.start):
            continue  # "figures as of 6 pm, 12 May": when the count was taken, not when anything happened
        if _is_report_time(text, sm, tm):
            claims.extend(_announcement_claims(sm, ctx, tm))
            continue
        if _in_attribution(sm, tm.start, tm.end):
            continue
        event: str | None = None
        anchor = tm.start
        role: str | None = None
        caused = _caused_trigger(sm, tm.end) if tm.start - sm.sentence.start <= 4 else None
        if caused is not None and tm.range is not None:
            event, role, anchor = caused.event, "start", caused.start
        else:
            aspect = _aspect_for(sm, tm, text)
            if aspect is not None:
                anchor = aspect.start
                role = _ROLE_BY_ASPECT[aspect.kind]
                if role == "duration" and tm.duration is None:
                    role = None
                elif role == "start" and tm.duration is not None and tm.range is None:
                    role = "duration"
            if role is None or (role in ("start", "end") and tm.relation in ("within", "for")):
                role = _ROLE_BY_RELATION.get(tm.relation, "date")
            if role in ("start", "end", "date") and tm.range is None:
                role = "duration"
            if tm.relation == "until" or (tm.relation in ("by", "before") and not (
                    aspect is not None and aspect.kind == "start" and tm.start - aspect.end <= 15)):
                role = "end"  # "opened on Thursday and runs until Saturday": until marks the end
            fronted = tm.start - sm.sentence.start <= 4
            trigger = _fronted_trigger(sm) if fronted and aspect is None else None
            trigger = trigger or _relative_clause_head(sm, text, anchor)
            if trigger is None and aspect is not None and _RELATIVE_VERB_BEFORE.search(
                    text, max(sm.sentence.start, aspect.start - 40), aspect.start):
                continue  # "ending a mission that began on December 14": the clause's head is no event here
            if trigger is None and aspect is not None:
                trigger = _subject_trigger(sm, text, aspect)
            trigger = trigger or _nearest_trigger(sm, text, anchor)
            if trigger is not None and trigger.end <= tm.start and _SUBORDINATE.search(text[trigger.end:tm.start]):
                continue  # "a truce, the first since fighting broke out in January": the date is the clause's
            if _COUNT_UPDATE.search(text[max(sm.sentence.start, tm.start - 50):tm.start]):
                continue  # "the toll from the floods rose to 23 on Tuesday": when the count was updated
            if trigger is not None:
                event = trigger.event
                anchor = trigger.start
            elif context_event is not None and aspect is not None:
                event = context_event  # "We plan to complete all the work by the 19th": the paragraph's event
        if event is None or role is None:
            continue
        if tm.duration is not None and ctx.dct is not None and _NEXT_PERIOD.match(tm.text):
            latest = tm.duration.max_days
            if latest is not None:
                claims.append(_claim(ctx, sm, event=event, role="end",
                                     value=TimeRange(earliest=ctx.dct, latest=add_days(ctx.dct, ceil_days(latest))),
                                     text=tm.text, start=tm.start, end=tm.end, anchor=anchor,
                                     derived=f"{tm.duration.describe()} from publication ({ctx.dct.isoformat()})"))
                continue
        if tm.text.lower().startswith(("in ", "since ")) and _SUPERLATIVE_BEFORE.search(
                text[max(sm.sentence.start, tm.start - 60):tm.start]):
            continue  # "the worst fire in a decade", "the biggest protest since 2011": the record, not a date
        if tm.relation == "within" and tm.text.lower().startswith("in "):
            ahead = _date_ahead(ctx.dct, tm, text[sm.sentence.start:tm.start])
            if ahead is not None:
                claims.append(_claim(ctx, sm, event=event, role="start" if event in DURATIVE_EVENTS else "date",
                                     value=ahead, text=tm.text, start=tm.start, end=tm.end, anchor=anchor,
                                     derived=f"{tm.duration.describe()} after publication ({ctx.dct.isoformat()})"))
                continue
        if role == "duration" and ctx.dct is not None and tm.duration is not None and _ONGOING_BEFORE.search(
                text[max(sm.sentence.start, tm.start - 40):tm.start]):
            claims.append(_ongoing_start(ctx, sm, event, tm, anchor))
            continue
        if role == "duration" and tm.duration is not None and (
                (tm.duration.max_days is not None and tm.duration.max_days < 1 / 24)
                or _WINDOW_FOR_ANOTHER_ACT.match(text[tm.end:tm.end + 30])):
            continue  # "stopped for four minutes"; "has 14 days to appeal": not the event's length
        if role == "duration" and _LENGTH_ADJECTIVE.search(tm.text) and not any(
                _LENGTH_HEAD.fullmatch(text[tm.end:t.start]) for t in sm.triggers if t.start >= tm.end):
            continue  # "a 25-year mortgage": the length describes its noun, which is no event
        value = _time_value(tm, role)
        if value is None:
            continue
        claims.append(_claim(ctx, sm, event=event, role=role, value=value, text=tm.text,
                             start=tm.start, end=tm.end, anchor=anchor))
    return claims


# "the earthquake that hit", "a summit in the Estonian capital that opened": a head noun, perhaps
# with prepositional phrases after it, then the relative pronoun
_RELATIVE = re.compile(
    r"^(?:\s+(?:in|of|at|on|from|near|for|with|over)\s+(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?){0,2}"
    r"\s*,?\s*(?:that|which|who)\b",
    re.IGNORECASE,
)
_RELATIVE_VERB_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:has\s+|had\s+|have\s+|was\s+|were\s+)?(?:been\s+)?$",
                                   re.IGNORECASE)


def _subject_trigger(sm: SentenceMentions, text: str, aspect: Aspect) -> Trigger | None:
    """'A truce … took effect on Friday, the first pause in fighting': an aspect verb's event is
    its subject, to its left in the same clause; None when nothing stands there."""
    breaks = _breaks(text, sm)
    left = [t for t in _eligible_triggers(sm)
            if t.end <= aspect.start and not any(t.end < b < aspect.start for b in breaks)]
    return left[-1] if left else None


def _relative_clause_head(sm: SentenceMentions, text: str, anchor: int) -> Trigger | None:
    """'the earthquake that hit … on Tuesday': a date in a relative clause dates its head noun."""
    before = [t for t in _eligible_triggers(sm) if t.end <= anchor]
    for trigger in reversed(before):
        between = text[trigger.end:anchor]
        if _RELATIVE.match(between) and not any(t.start >= trigger.end and t.end <= anchor for t in before if t is not trigger):
            return trigger
    return None


_SUBORDINATE = re.compile(r"\b(?:since|after|before|when|whereas|because|although)\s+(?:the\s+|a\s+|its\s+|their\s+)?[a-z]\w*\s+\w+",
                          re.IGNORECASE)
_NEXT_PERIOD = re.compile(r"^(?:over|in|during|for|within)\s+the\s+(?:next|coming|following)\b", re.IGNORECASE)
_WINDOW_FOR_ANOTHER_ACT = re.compile(r"^\s+(?:in which\s+)?to\s+(?!last\b|run\b|complete\b|finish\b|end\b)[a-z]+", re.IGNORECASE)
_COUNT_UPDATE = re.compile(r"\b(?:rose|risen|climbed|jumped|increased|reached|stood|passed|topped)\s+(?:to|at)\s+"
                           r"[\w,.\-]+(?:\s+[\w-]+)?\s+$", re.IGNORECASE)
_ONGOING_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+)?been\s+\w+ing\s+(?:now\s+)?$|\b(?:has|have)\s+(?:now\s+)?(?:lasted|gone on|continued)\s+$",
                             re.IGNORECASE)


def _ongoing_start(ctx: _Context, sm: SentenceMentions, event: str, tm: TimeMention, anchor: int) -> Claim:
    """'The fire has been burning for three days' (published the 12th): it began on the 9th or 10th."""
    assert ctx.dct is not None and tm.duration is not None
    longest = tm.duration.max_days
    earliest = None if longest is None else add_days(ctx.dct, -ceil_days(longest))
    latest = add_days(ctx.dct, -max(floor_days(tm.duration.min_days or 0) - 1, 0))
    return _claim(ctx, sm, event=event, role="start", value=TimeRange(earliest=earliest, latest=latest),
                  text=tm.text, start=tm.start, end=tm.end, anchor=anchor,
                  derived=f"{tm.duration.describe()} before publication ({ctx.dct.isoformat()})")


def _date_ahead(dct: date | None, tm: TimeMention, clause_before: str) -> TimeRange | None:
    """'The run-off will be held in two weeks': a future 'in N' is a date N after publication."""
    if dct is None or tm.duration is None or tm.duration.max_days is None or not _FUTURE.search(clause_before):
        return None
    days = tm.duration.max_days
    slack = 1 if days >= 7 else 0  # "in two weeks" is rarely to the day
    return TimeRange(earliest=add_days(dct, days - slack), latest=add_days(dct, days + slack))


def _fronted_trigger(sm: SentenceMentions) -> Trigger | None:
    """For a date that opens a sentence, the main verb's event: the first past-tense event word."""
    for trigger in _eligible_triggers(sm):
        if trigger.text.split()[0].lower().endswith("ed"):
            return trigger
    return None


def _announcement_claims(sm: SentenceMentions, ctx: _Context, tm: TimeMention) -> list[Claim]:
    """'X announced on Wednesday that the mission had been completed': the end is by that day."""
    if tm.range is None:
        return []
    text = ctx.reading.text
    verbs = [sm.sentence.start + m.end() for m in _REPORTING_ANY.finditer(sm.sentence.text)]
    verb_end = next((v for v in verbs if v >= tm.end - 40), None)
    if verb_end is None:
        return []
    after = [t for t in _eligible_triggers(sm) if t.start >= min(verb_end, tm.end)]
    if not after:
        return []
    trigger = after[0]
    aspect = next((a for a in sm.aspects if a.start >= trigger.end and a.kind in ("start", "end")), None)
    if aspect is None:
        aspect = next((a for a in sm.aspects if 0 <= trigger.start - a.end <= 12 and a.kind in ("start", "end")), None)
    planned = _FUTURE.search(text[verb_end:trigger.start]) or re.search(r"\bwould\b", text[verb_end:trigger.start])
    if aspect is not None and tm.range.latest is not None and not planned:
        value = TimeRange(earliest=None, latest=tm.range.latest, granularity=tm.range.granularity)
        return [_claim(ctx, sm, event=trigger.event, role=_ROLE_BY_ASPECT[aspect.kind], value=value, text=tm.text,
                       start=tm.start, end=tm.end, anchor=trigger.start,
                       derived=f"announced on {tm.range.describe()} as {'begun' if aspect.kind == 'start' else 'done'}")]
    return [_claim(ctx, sm, event=trigger.event, role="announced", value=tm.range, text=tm.text,
                   start=tm.start, end=tm.end, anchor=trigger.start)]


def _undated_starts(sm: SentenceMentions, ctx: _Context, so_far: Sequence[Claim]) -> list[Claim]:
    """'Forces began withdrawing, the ministry said on Thursday': the start is that Thursday."""
    day = ctx.report_dates.get(sm.sentence.paragraph)
    if day is None:
        return []
    dated = {c.event for c in so_far if c.role == "start" and sm.sentence.start <= c.start < sm.sentence.end}
    claims = []
    for aspect in sm.aspects:
        if aspect.kind != "start":
            continue
        trigger = next((t for t in _eligible_triggers(sm) if 0 <= t.start - aspect.end <= 3 or 0 <= aspect.start - t.end <= 25), None)
        if trigger is None or trigger.event in dated:
            continue
        lo, hi = min(aspect.start, trigger.start), max(aspect.end, trigger.end)
        claims.append(_claim(ctx, sm, event=trigger.event, role="start",
                             value=TimeRange(earliest=day, latest=day, granularity="day"),
                             text=ctx.reading.text[lo:hi], start=lo, end=hi,
                             derived=f"no date of its own; reported on {day.isoformat()}"))
        dated.add(trigger.event)
    return claims


# --- counts ---------------------------------------------------------------------------------

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
    if _ENUMERATION.match(text[q.start:q.end + 3]) and q.start - sm.sentence.start <= 1:
        return None  # "1. Who is on strike?"
    before, after = text[max(sm.sentence.start, q.start - 40):q.start], text[q.end:min(sm.sentence.end, q.end + 40)]
    if _MODEL_NAME_BEFORE.search(before) and q.value.qualifier == "exact":
        return None  # "its ATR 72 aircraft", "Flight 412": part of a name
    if _POPULATION_BEFORE.search(before):
        return None  # "a town of about 6,000 people" describes the town
    if re.match(r"^\s+other\b", after):
        return None  # "with 40 other groups": counts something beside the subject
    if _ADDITIONAL_BEFORE.search(before):
        return None  # "another 2,000 jobs": an increment to something else, not the figure itself
    if _WHOLE_BEFORE.search(before):  # "94 of the 229 seats": 229 is the whole, a fact of its own
        return _QuantityRole("count", THING_CLASSES.get(unit), "total")
    whole = _PART_OF_WHOLE.match(after)
    if whole and not unit:
        unit = singular_unit(whole.group("noun"))  # "94 of the 229 seats"
    elif _PARTITIVE_AFTER.match(after):
        return None  # "Two of the dead were found": a part already counted
    if not unit and _NAME_COMMA_BEFORE.search(before) and after.startswith(",") and (q.value.low or 0) < 120:
        return None  # "Chirwa, 68, said": an age
    measure = _MEASURE_BEFORE.search(text[max(sm.sentence.start, q.start - 30):q.start]) or \
        _MEASURE_AFTER.match(text[q.end:q.end + 12])
    if measure:
        return _QuantityRole(_MEASURE_NAMES.get(measure.group("measure").lower(), measure.group("measure").lower()))
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


def _count_claims(sm: SentenceMentions, ctx: _Context) -> list[Claim]:
    if not sm.quantities:
        return []
    text = ctx.reading.text
    claims = []
    owners = _contingent_owners(sm, text)
    strong: set[int] = set()  # claims whose number is the subject of their event word
    for q in sm.quantities:
        found = _role_for_quantity(q, text, sm)
        if found is None or _in_attribution(sm, q.start, q.end):
            continue
        role, thing, detail = found
        before = text[sm.sentence.start:q.start]
        if detail is None and _INCLUDING_BEFORE.search(before):
            detail = q.value.unit or "part"
        if _REMAINDER_BEFORE.search(before):
            detail = "remaining"  # "leaving only five at the embassy"
        elif _ACCOMPANYING_BEFORE.search(before):
            detail = "accompanying"  # "together with 22 family members"
        if detail is None and q.value.unit in _GROUP_SIZE_NOUNS and q.start not in owners:
            detail = "unit"  # "a 400-strong battalion" sizes one unit, not the whole force
        detail = detail or _vote_side(text, q, sm)
        exclude = _MOMENT_EVENTS if role == "count" else ()
        predicate = _predicate_trigger(sm, text, q)
        trigger = predicate or _nearest_trigger(sm, text, q.start, exclude=exclude)
        if trigger is not None and trigger.end <= q.start and _COORDINATED_VERB.search(text[trigger.end:q.start]):
            trigger = None  # "killed three people and forced 4,000 to leave": 4,000 belongs to "forced"
        if thing is not None:
            event, anchor = thing, q.start
        elif role not in ("count", "share", "amount") and (trigger is None or role in _STANDALONE_MEASURES):
            event, role, anchor = role.replace(" ", "_"), "value", q.start  # "inflation rose to 3.1%"
        elif trigger is not None:
            event, anchor = trigger.event, trigger.start
        else:
            continue
        end = q.noun_end if q.noun_end is not None and q.noun_end <= sm.sentence.end else q.end
        value = _with_rounding(q.value if q.value.unit or not thing else q.value.model_copy(update={"unit": thing}))
        value = _in_canonical_unit(value, text[q.end:q.end + 12])
        claim = _claim(ctx, sm, event=event, role=role, value=value, text=text[q.start:end],
                       start=q.start, end=end, entity=owners.get(q.start), detail=detail, anchor=anchor)
        claims.append(claim)
        if predicate is not None and predicate is trigger:
            strong.add(id(claim))
    keyed = _keyed_by_speaker(claims, text, sm)
    strong = {id(k) for k, c in zip(keyed, claims) if id(c) in strong}
    return _without_pooled_values(keyed, strong)


def _in_canonical_unit(value: Quantity, after: str) -> Quantity:
    """Miles as kilometres, mph as km/h, acres as hectares: one unit per kind of measure.

    The stated figure's rounding travels with it (134 mph is 133.5–134.5 mph, so
    214.8–216.5 km/h), so a converted figure agrees with the same figure stated in the other unit.
    """
    unit = value.unit
    if unit in ("kilometre", "mile") and _PER_HOUR_AFTER.match(after):
        unit = "km/h" if unit == "kilometre" else "mph"
    if unit not in UNIT_CONVERSIONS:
        return value
    canonical, factor = UNIT_CONVERSIONS[unit]
    if factor == 1.0:
        return value.model_copy(update={"unit": canonical})
    half = 0.5 if value.qualifier == "exact" and value.low is not None and float(value.low).is_integer() else 0.0

    def scaled(x: float | None, sign: int) -> float | None:
        return None if x is None else round((x + sign * half) * factor, 3)

    return value.model_copy(update={"low": scaled(value.low, -1), "high": scaled(value.high, 1), "unit": canonical,
                                    "qualifier": "converted" if value.qualifier == "exact" else value.qualifier})


def _with_rounding(value: Quantity) -> Quantity:
    """A percentage stated exactly carries the rounding of its last digit: "38%" is [37.5, 38.5].

    Outlets round shares differently ("38 percent", "38.1%"); counts of people are not widened.
    """
    if value.unit != "percent" or value.qualifier != "exact" or value.low is None or value.low != value.high:
        return value
    text = f"{value.low:g}"
    half = 0.5 * 10 ** -(len(text.split(".")[1]) if "." in text else 0)
    return value.model_copy(update={"low": round(value.low - half, 6), "high": round(value.high + half, 6), "qualifier": "rounded"})


_VOTES_FOR_AFTER = re.compile(r"^\s+(?:votes?\s+)?(?:to\s+[\d,]+|for\b|in favou?r)", re.IGNORECASE)
_VOTES_AGAINST_AFTER = re.compile(r"^\s+(?:votes?\s+)?(?:against|opposed)\b", re.IGNORECASE)
_VOTES_AGAINST_BEFORE = re.compile(r"\bvotes?\s+to\s+$", re.IGNORECASE)


def _vote_side(text: str, q: QuantityMention, sm: SentenceMentions) -> str | None:
    """'by 178 votes to 169', '310 voted for and 241 against': which side a count is."""
    if q.value.unit not in ("", "vote", "ballot", "lawmaker", "deputy", "senator", "member", "mp"):
        return None  # "38 percent for the president" is a share, not a side of a vote
    after = text[q.end:min(sm.sentence.end, q.end + 24)]
    before = text[max(sm.sentence.start, q.start - 12):q.start]
    if _VOTES_AGAINST_BEFORE.search(before) or _VOTES_AGAINST_AFTER.match(after):
        return "against"
    if _VOTES_FOR_AFTER.match(after) or re.match(r"^\s+voted\s+(?:for|in favou?r)", after, re.IGNORECASE):
        return "for"
    return None


# who gives figures in news: a name, or one of these
_SOURCE_NOUNS = (r"police|organi[sz]ers|officials|authorities|unions?|ministry|government|residents|activists|witnesses|"
                 r"observers|medics|doctors|hospitals?|rescuers|analysts|experts|economists|army|military|rebels|"
                 r"prosecutors|investigators|firefighters|the coastguard|coastguard|company|operator|airline|agency")
_ESTIMATE = (r"estimated|estimates?|put (?:the|their|its) (?:figure|number|crowd|turnout|attendance|toll|count)"
             r"(?: \w+){0,3} at|counted|claimed")
_SPEAKER_IN_CLAUSE = re.compile(
    rf"(?:\baccording to (?:the )?(?P<who>[\w’' -]{{2,30}}?)(?=[,.;]|$)"
    rf"|(?P<who2>\b(?:the )?(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,2}}|{_SOURCE_NOUNS})) (?P<verb>said|say|says|{_ESTIMATE})\b)",
)
_ESTIMATE_RE = re.compile(rf"\b(?:{_ESTIMATE})\b")
_CLAUSE_OF = re.compile(r";|,\s*(?:while|whereas|but|and)\b|\s(?:while|whereas)\s")


def _speaker(text: str, sm: SentenceMentions, claim: Claim) -> tuple[str, bool] | None:
    """Who gives a figure in the figure's own clause, and whether they estimate it:
    "police said 12,000 joined, while organisers put the figure at 50,000"."""
    cuts = [sm.sentence.start, *(sm.sentence.start + m.start() for m in _CLAUSE_OF.finditer(sm.sentence.text)),
            sm.sentence.end]
    lo = max(c for c in cuts if c <= claim.start)
    hi = min(c for c in cuts if c > claim.start)
    m = _SPEAKER_IN_CLAUSE.search(text, lo, hi)
    if m is None:
        return None
    who = (m.group("who") or m.group("who2") or "").strip()
    who = re.sub(r"^(?:(?:while|whereas|but|and|the|The)\s+)+", "", who)
    if not who or who.lower() in ("he", "she", "it", "they", "we", "i", "this", "that", "which", "who"):
        return None
    return who, bool(m.group("verb") and _ESTIMATE_RE.fullmatch(m.group("verb")))


def _by_speaker(claim: Claim, who: str) -> Claim:
    speaker = EntityValue(id="said-by-" + re.sub(r"[^a-z0-9]+", "-", who.lower()).strip("-"),
                          name=f"according to {who}", type="speaker")
    return claim.model_copy(update={"entity": speaker, "attribution": who})


def _keyed_by_speaker(claims: list[Claim], text: str, sm: SentenceMentions) -> list[Claim]:
    """Figures that speakers estimate are theirs: one sub-row per speaker ("police", "organisers").

    A figure is keyed by its speaker when the speaker estimates it ("organisers put the figure
    at 50,000"), or when one sentence gives different figures for one fact from different
    speakers; a plain "…, officials said" stays unkeyed so that outlets still meet on it.
    """
    by_field: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.entity is None and isinstance(claim.value, Quantity):
            by_field.setdefault(claim.field, []).append(claim)
    keyed: dict[int, Claim] = {}
    for group in by_field.values():
        speakers = {id(c): _speaker(text, sm, c) for c in group}
        named = {sp[0].lower() for sp in speakers.values() if sp}
        several = len(group) > 1 and all(speakers.values()) and len(named) == len(group)
        for c in group:
            found = speakers[id(c)]
            if found and (several or found[1]):
                keyed[id(c)] = _by_speaker(c, found[0])
    return [keyed.get(id(c), c) for c in claims]


def _without_pooled_values(claims: list[Claim], strong: set[int] = frozenset()) -> list[Claim]:
    """Drop same-field values of one sentence that differ and have no owner of their own.

    "A won 47.8% and B 38.1%" or "94 seats … a 50% threshold": two different values for one
    field in one sentence belong to different things; pooled into one row they would make
    false conflicts. Values keyed by an owner (a country) stay, and so does the one value that
    is the subject of its event word ("300 fell ill, and 11 have died": 11 died).
    """
    by_field: dict[str, list[Claim]] = {}
    for claim in claims:
        by_field.setdefault(claim.field, []).append(claim)
    dropped: set[int] = set()
    for group in by_field.values():
        if len(group) < 2 or all(a.value.relation(b.value, Tolerance()) is not Relation.DISJOINT
                                 for i, a in enumerate(group) for b in group[i + 1:]):
            continue  # one value, or readings that can all hold ("215 km/h (134 mph)")
        subjects = [c for c in group if id(c) in strong]
        keep = {id(subjects[0])} if len(subjects) == 1 else set()
        dropped |= {id(c) for c in group if id(c) not in keep}
    return [c for c in claims if id(c) not in dropped]


_PREDICATE = re.compile(
    r"^\s+(?:(?:were|was|are|is|have|has|had|been|being|got|reportedly|also|now|all|later|since|so far|already|"
    r"still|remain|remains|remained|believed|feared|thought|reported|confirmed)\s+){0,3}(?:to be\s+)?$",
    re.IGNORECASE,
)


def _predicate_trigger(sm: SentenceMentions, text: str, q: QuantityMention) -> Trigger | None:
    """The event word a counted subject does: "4,300 people were injured", "160 were killed"."""
    end = q.noun_end if q.noun_end is not None else q.end
    for trigger in _eligible_triggers(sm):
        if trigger.start >= end and _PREDICATE.match(text[end:trigger.start]) and trigger.event not in _MOMENT_EVENTS:
            return trigger
    return None


# events that are not counted in people: "1,200 dead in the earthquake" counts deaths
_MOMENT_EVENTS = ("earthquake", "flood", "storm", "fire", "crash", "attack", "talks", "operation", "request",
                  "emergency", "sentence", "ceasefire")


def _countries(sm: SentenceMentions) -> list[EntityMention]:
    return [e for e in sm.entities if e.entity.type == "country" and e.title is None]


def _contingent_owners(sm: SentenceMentions, text: str) -> dict[int, EntityValue]:
    """Quantities owned by one country each: 'A sent 150 troops, B - 100, and C - 200'.

    A country owns the quantity of its segment of the sentence when it stands alone (not in a
    list, not after a place preposition) and either sends it or heads a list of such segments.
    """
    countries = [c for c in _countries(sm) if not _in_list(c, sm, text)]
    owned: dict[int, EntityValue] = {}
    linked: dict[int, bool] = {}
    for q in sm.quantities:
        winner = _winner(sm, text, q) or _own_country(sm, text, q)
        if winner is not None:
            owned[q.start], linked[q.start] = winner, True
            continue
        segment_start = sm.sentence.start
        for m in _SEGMENT_BREAK.finditer(text, sm.sentence.start, q.start):
            segment_start = m.end()
        inside = [c for c in countries if segment_start <= c.start and c.end <= q.start]
        if len(inside) != 1:
            continue
        country = inside[0]
        if _LOCATION_BEFORE.search(text[max(0, country.start - 12):country.start]):
            continue
        between = text[country.end:q.start]
        sends = _SENDING_AFTER.search(between) is not None
        dash = _DASH_AFTER.match(between) is not None or between.strip() in ("", "-", "—", "–", ":")
        if sends or dash:
            owned[q.start] = country.entity
            linked[q.start] = sends
    # a lone dash-linked count is too weak: keep owners only when a sending verb or a series backs them
    if len({e.id for e in owned.values()}) < 2:
        owned = {k: v for k, v in owned.items() if linked[k]}
    return owned


def _own_country(sm: SentenceMentions, text: str, q: QuantityMention) -> EntityValue | None:
    """The country a count belongs to by its own words: "Rwanda's 1,300-strong contingent",
    "a 400-strong Nepalese battalion", "about 400 Italians"."""
    noun_end = q.noun_end if q.noun_end is not None else q.end
    for entity in sm.entities:
        if entity.entity.type != "country":
            continue
        if entity.end <= q.start and re.fullmatch(r"['’]s\s+(?:an?\s+|the\s+)?", text[entity.end:q.start]):
            return entity.entity
        if q.end <= entity.start and entity.end <= noun_end and entity.via == "demonym":
            return entity.entity
    if q.noun and q.noun[:1].isupper():
        return demonym_country(q.noun)
    return None


def _winner(sm: SentenceMentions, text: str, q: QuantityMention) -> EntityValue | None:
    """Who wins, takes or receives a number: "The NRA won 94 seats", "Mbewe took 47.8%"."""
    segment_start = sm.sentence.start
    for m in _SEGMENT_BREAK.finditer(text, sm.sentence.start, q.start):
        segment_start = m.end()
    before = text[segment_start:q.start]
    for entity in sorted(sm.entities, key=lambda e: e.end, reverse=True):
        if segment_start <= entity.start and entity.end <= q.start and _WINS_AFTER.match(text[entity.end:q.start]):
            return entity.entity
    verb = re.search(r"\s+(?:has\s+|had\s+)?(?:\w+\s+\w+\s+with|\w+)\s+$", before)
    if verb and _WINS_AFTER.match(before[verb.start():]):
        name = _NAME_BEFORE.search(before[:verb.start()])
        if name and name.group("name").split()[0] not in ("The", "A", "An", "It", "He", "She", "They", "We"):
            words = name.group("name")
            return EntityValue(id=re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-"), name=words, type="person")
    return None


def _in_list(mention: EntityMention, sm: SentenceMentions, text: str) -> bool:
    return any(len(group) > 1 and mention in group for group in _country_groups(sm, text))


def _country_groups(sm: SentenceMentions, text: str, *, organisations: bool = False) -> list[list[EntityMention]]:
    """Countries (and, when asked, organisations) written as a list: 'Russia, Armenia and Belarus'."""
    groups: list[list[EntityMention]] = []
    members = _countries(sm)
    if organisations:
        members = sorted(members + [e for e in sm.entities if e.entity.type == "organisation"], key=lambda e: e.start)
    for country in members:
        if groups and _LIST_GLUE.match(text[groups[-1][-1].end:country.start]):
            groups[-1].append(country)
        else:
            groups.append([country])
    return groups


# --- participants and members -----------------------------------------------------------------

def _participant_claims(sm: SentenceMentions, ctx: _Context) -> list[Claim]:
    """Countries and organisations that take part: "observers from the EU and the African Union"."""
    if not any(e.entity.type in ("country", "organisation") for e in sm.entities):
        return []
    text = ctx.reading.text
    chosen: list[EntityMention] = []
    donors: list[EntityMention] = []
    groups = _country_groups(sm, text, organisations=True)
    for group in groups:
        head = group[0]
        # "troops from A, B and C", "forces of our colleagues — of A, B and C"
        window = text[max(sm.sentence.start, head.start - 40):head.start]
        nouns = list(GROUP_RE.finditer(window))
        if nouns and _GROUP_TO_LIST.match(window[nouns[-1].end():]) and re.search(r"\bfrom\s+(?:the\s+)?$", window) \
                and _LEAVING_BEFORE.search(text[max(sm.sentence.start, head.start - 60):head.start]):
            continue  # "withdrawing its troops from Togo": the country left, not one taking part
        if nouns and _GROUP_TO_LIST.match(window[nouns[-1].end():]) or _PARTICIPATES_BEFORE.search(window):
            chosen.extend(group)  # "troops from A, B and C", "… were joined by A, B and C"
            continue
        last = group[-1]
        after = text[last.end:min(sm.sentence.end, last.end + 40)]
        before = text[max(sm.sentence.start, head.start - 12):head.start]
        demonyms = all(c.via == "demonym" for c in group)
        names = all(c.via != "demonym" for c in group)
        if names and _PARTICIPATES_AFTER.match(after):
            chosen.extend(group)  # "A, B and C are taking part", "Germany took part as an observer"
        elif demonyms and _GROUP_AFTER_DEMONYM.match(after) and not _LOCATION_BEFORE.search(before) \
                and not _OWN_INSTITUTIONS.match(after):
            chosen.extend(group)  # "Chilean and Colombian rescuers", "Kyrgyzstani colleagues are leaving"
        elif names and _SENDING_AFTER.match(after) and not _LOCATION_BEFORE.search(before):
            if _gives_money(sm, text, last.end):
                donors.extend(group)  # "Japan pledged $5 million"
            else:
                chosen.extend(group)  # "Belarus sent a company", "A, B and C sent rescue teams"
        elif names and len(group) == 1 and _DASH_AFTER.match(after[:3]) and any(
            q.start >= last.end and q.start - last.end <= 6 for q in sm.quantities
        ):
            chosen.extend(group)  # "Armenia - 100 of its troops"
    return [
        _claim(ctx, sm, event=event, role="participants", value=c.entity, entity=c.entity,
               text=c.text, start=c.start, end=c.end)
        for event, group in (("parties", chosen), ("aid", donors))
        for c in group
    ]


def _gives_money(sm: SentenceMentions, text: str, after: int) -> bool:
    """Whether what a country gives, in the same clause right after it, is money ("pledged $5 million")."""
    return any(
        q.value.unit in _CURRENCIES and 0 <= q.start - after <= 40 and "," not in text[after:q.start]
        for q in sm.quantities
    )


def _member_claims(sm: SentenceMentions, ctx: _Context, reading: Reading) -> list[Claim]:
    if not any(e.entity.type == "country" for e in sm.entities):
        return []
    text = ctx.reading.text
    claims = []
    for group in _country_groups(sm, text):
        before = text[max(sm.sentence.start, group[0].start - 40):group[0].start]
        if not _MEMBERSHIP.search(before):
            continue
        organisation = _organisation_before(sm, group[0].start) or _organisation_of_previous(sm, reading)
        if organisation is None:
            continue
        for country in group:
            claim = _claim(ctx, sm, event=organisation.id, role="members", value=country.entity,
                           entity=country.entity, text=country.text, start=country.start, end=country.end)
            claims.append(claim.model_copy(update={"event_name": organisation.name}))
    return claims


def _organisation_before(sm: SentenceMentions, position: int) -> EntityValue | None:
    organisations = [e for e in sm.entities if e.entity.type == "organisation" and e.end <= position]
    return organisations[-1].entity if organisations else None


def _organisation_of_previous(sm: SentenceMentions, reading: Reading) -> EntityValue | None:
    """'The bloc … It includes A, B and C': the organisation the previous sentence is about."""
    index = next((i for i, other in enumerate(reading.sentences) if other is sm), None)
    if not index:
        return None
    previous = reading.sentences[index - 1]
    organisations = [e for e in previous.entities if e.entity.type == "organisation"]
    return organisations[0].entity if organisations else None


# --- causes -----------------------------------------------------------------------------------

def _commodity(words: str) -> Category | None:
    """The commodity named in a price phrase, with its broader chain; None when it is not one we know.

    Unknown subjects ("the company's shares", "Norrvik shares") are left unnamed rather than
    compared as strings, where two wordings of one thing would look like a conflict.
    """
    phrase = " ".join(words.lower().split())
    for name in _COMMODITY_WORDS:
        if re.search(rf"\b{re.escape(name)}\b", phrase):
            return Category(label=name, broader=COMMODITIES[name])
    return None


def _change_mentions(sm: SentenceMentions) -> list[tuple[int, int, Change]]:
    s = sm.sentence
    if _CHANGE_HINT.search(s.text) is None or _PRICE_HINT.search(s.text) is None:
        return []  # most sentences name no change: skip the costlier patterns
    found = []
    for pattern in (_CHANGE_NOUN, _CHANGE_VERB):
        for m in pattern.finditer(s.text):
            start, end = s.start + m.start(), s.start + m.end()
            direction = "up" if m.group("up") else "down"
            factor = _factor_near(sm, start, end, direction)
            if factor is None and "verb" in m.groupdict() and m.group("verb"):
                multiple = _VERB_FACTORS.get(m.group("verb").lower())
                if multiple:
                    factor = Quantity(low=multiple, high=multiple, unit="times", stated=multiple)
            if factor is not None and factor.low is not None:
                start = min(start, _factor_start(sm, start) or start)
            subject = _commodity(m.group("subject"))
            found.append((start, end, Change(direction=direction, factor=factor, subject=subject)))
    return found


def _factor_near(sm: SentenceMentions, start: int, end: int, direction: str) -> Quantity | None:
    """The multiplier of a change: "a twofold increase", "fell 8%" (×0.92), "a 50% rise" (×1.5)."""
    sign = 1 if direction == "up" else -1
    for q in sm.quantities:
        if q.value.unit in ("times", "percent") and (0 <= start - q.end <= 12 or 0 <= q.start - end <= 12 or start <= q.start < end):
            if q.value.unit == "percent" and q.value.low is not None:
                ends = sorted(1 + sign * x / 100 for x in (q.value.low, q.value.high if q.value.high is not None else q.value.low))
                return Quantity(low=round(ends[0], 6), high=round(ends[1], 6), unit="times",
                                qualifier=q.value.qualifier, stated=round(1 + sign * (q.value.stated or q.value.low) / 100, 6))
            return q.value
    return None


def _factor_start(sm: SentenceMentions, start: int) -> int | None:
    starts = [q.start for q in sm.quantities if q.value.unit in ("times", "percent") and 0 <= start - q.end <= 12]
    return starts[0] if starts else None


def _cause_claims(sm: SentenceMentions, ctx: _Context) -> list[Claim]:
    claims = []
    s = sm.sentence
    for start, end, change in _change_mentions(sm):
        text = ctx.reading.text[start:end]
        effect: Trigger | None = None
        after = s.text[end - s.start:]
        causal = _CAUSAL.search(after)
        if causal and causal.start() <= 12:
            verb_end = end + causal.end()
            effect = next((t for t in _eligible_triggers(sm) if 0 <= t.start - verb_end <= 30), None)
        if effect is None:
            for trigger in _eligible_triggers(sm):
                between = ctx.reading.text[trigger.end:start]
                if trigger.end <= start and len(between) <= 60 and _CAUSED_BY.search(between):
                    effect = trigger
        if effect is None:
            claims.append(_claim(ctx, sm, event="prices", role="change", value=change, text=text, start=start, end=end))
        else:
            claims.append(_claim(ctx, sm, event=effect.event, role="cause", value=change, text=text,
                                 start=start, end=end, anchor=effect.start))
    return claims


def _unique(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple] = set()
    kept = []
    for claim in claims:
        key = (claim.field, claim.start, claim.end, claim.in_title)
        if key not in seen:
            seen.add(key)
            kept.append(claim)
    return kept
