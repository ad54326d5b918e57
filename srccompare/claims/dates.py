"""Lexical time claims: which event a date or duration belongs to, and in what role.

A date or duration belongs to the nearest event word, in the role its aspect word or framing word
gives ("began on" → start, "by" → end, "is to last" → duration, "on" → date); a date fronted
before a causal verb dates the event it sets off ("On May 2, price rises sparked protests").
Times that date no event are left out: datelines, "as of 6 pm" counts, clock times with no day,
records ("the worst fire in a decade"). A date after a reporting verb is when something was
announced ("announced on Wednesday that the mission had been completed"), and dates an undated
"began …" in the same paragraph. Relative lengths become dates from the publication date ("has
been burning for three days", "in two weeks"). Part of ``lexical``.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Sequence

from ..bounds import add_days, ceil_days, floor_days
from ..claim import Claim
from ..extraction.timex import timex_duration, timex_range
from ..lexicon import DURATIVE_EVENTS
from ..mentions import TimeMention
from ..reading import Aspect, Reading, SentenceMentions, Trigger
from ..values import Duration, TimeRange
from .build import _claim, _Context
from .causes import _CAUSAL
from .triggers import _breaks, _eligible_triggers, _in_attribution, _nearest_trigger
from .words import OCCURRENCE_VERBS


_REPORTING = r"said|says|say|announced|announces|declared|declares|stated|states|told|reported|reports|confirmed|added|stressed|noted|claimed|insisted|warned"
_REPORTING_BEFORE = re.compile(rf"\b(?:{_REPORTING})\s*$", re.IGNORECASE)
_REPORTING_AFTER = re.compile(rf"^\s*,?\s*(?:[\w.'’-]+\s+){{0,4}}?(?:{_REPORTING})\b", re.IGNORECASE)
_REPORTING_ANY = re.compile(rf"\b(?:{_REPORTING})\b", re.IGNORECASE)
_AS_OF_BEFORE = re.compile(r"\b(?:as of|as at|at the time of|updated|last updated|correct as of)\s*(?:[\w:.]+\s*,?\s*){0,3}$",
                           re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ /-]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*$")
_EXPLICIT_DAY = re.compile(
    r"\d{4}|\d{1,2}/\d{1,2}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tonight|yesterday|tomorrow)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.IGNORECASE)
# what may stand between "a 48-hour" and the event it measures: nothing, or one plain adjective
_LENGTH_HEAD = re.compile(r"\s+(?:(?:general|national|nationwide|total|full|partial|major|new|joint|planned|fresh|"
                          r"complete|temporary|indefinite|rolling|token|warning|state|peace)\s+)?")
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:worst|deadliest|biggest|largest|strongest|highest|lowest|first|most|best|fastest|"
                                 r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest)\b[^.;]{0,50}$",
                                 re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|set to|due to|expected to|scheduled|planned|going to)\b", re.IGNORECASE)
# a holiday's bare name ("Christmas", "Thanksgiving"), perhaps after a preposition, and a plain
# noun after it that is no part of a day ("party", "shopping", not "Day", "morning", "weekend")
_HOLIDAY_ALONE = re.compile(r"(?:(?:on|at|over|for|by|before|after|since|until)\s+)?"
                            r"(?:Christmas|Thanksgiving|Easter|Halloween|Hanukkah|Ramadan|Diwali|New Year's)", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:day|eve|morning|afternoon|evening|night|weekend|holidays?|week|period|season|break)\b)"
                         r"[a-z][a-z-]+\b(?!\s*[,.;:]?\s*(?:[A-Z]|\d))")
_ATTACH_WINDOW = 40  # characters between an aspect word and its time expression


_OFFSET_AFTER = re.compile(r"\s+(?:after|before|ahead of|prior to|following|since|into)\b", re.IGNORECASE)
_LENGTH_CUE = re.compile(r"(?:for|over|during|last(?:s|ed|ing)?|took|takes?)\s", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\b(?:for|lasting|lasted|lasts|last|took|takes|take)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more than\s+)?$", re.IGNORECASE)


def is_offset_between_events(text: str, tm: TimeMention) -> bool:
    """Whether a length only separates two events: "the vote comes two years after the death of
    the ruler", "a week before the summit" are gaps between the two, the length of neither;
    "ruled for nine years before his death" is still the rule's length."""
    return (tm.timex.type == "DURATION" and bool(_OFFSET_AFTER.match(text, tm.end))
            and not _LENGTH_CUE.match(tm.text)
            and not _FOR_BEFORE.search(text, max(0, tm.start - 25), tm.start))


def names_a_seasonal_thing(text: str, tm: TimeMention) -> bool:
    """Whether a holiday's bare name only qualifies the noun after it: "the firm's Christmas
    dinner", "the Thanksgiving parade", "the Easter egg hunt" name a thing by its season and give
    no date (such a dinner is seldom held on the day); "on Christmas Eve", "Christmas morning",
    "at Christmas" are dates."""
    return bool(_HOLIDAY_ALONE.fullmatch(tm.text) and _NOUN_AFTER.match(text, tm.end))


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
        for trigger in _eligible_triggers(sm, epithets=False):
            if 0 <= trigger.start - verb_end <= 30:
                return trigger
    return None


_COARSE_LENGTH = re.compile(r"\b(decades?|century|centuries)\b(?!\s+and\b)", re.IGNORECASE)
_LENGTH_ADJECTIVE = re.compile(r"\w-(?:second|minute|hour|day|week|month|year)\b", re.IGNORECASE)


def _time_value(tm: TimeMention, role: str):
    if role == "duration":
        duration = tm.duration
        if tm.relation == "within" and _LENGTH_ADJECTIVE.search(tm.text):
            duration = timex_duration(tm.timex.value) or duration  # "in a 48-hour strike" is 48 hours, not a window
        if duration is None or (not duration.min_days and duration.max_days is None):
            return None  # "in more than half a century": no length worth comparing
        coarse = _COARSE_LENGTH.search(tm.text)
        if coarse is not None and duration.min_days and duration.max_days is not None:
            # "two decades", "a century": a count of so big a unit is a round figure, within half a unit
            half = (3652.5 if coarse[1].lower().startswith("decade") else 36525.0) / 2
            return Duration(min_days=max(0.0, duration.min_days - half), max_days=duration.max_days + half)
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
        if names_a_seasonal_thing(text, tm) or is_offset_between_events(text, tm):
            continue
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
            possessed = _POSSESSIVE_AFTER.match(text, tm.end)
            if possessed is not None and not _MEASURE_OF_TIME.match(text, tm.end):
                # "Sunday's cup semi-final", "Thursday's vote": the day is its noun's; an event word
                # in that noun phrase is the event, any other noun names a different thing
                owned = next((t for t in sm.triggers if tm.end < t.start < possessed.end()), None)
                if owned is None:
                    continue
                trigger, role = owned, "date"  # "within 72 hours of Sunday's meeting": the meeting's day
            if trigger is None and _in_other_relative_clause(sm, text, tm):
                continue  # "a clerk who was fired last week shot two people": last week is the firing's
            if trigger is None and aspect is not None:
                trigger = _subject_trigger(sm, text, aspect)
            trigger = trigger or _nearest_trigger(sm, text, anchor, epithets=False)
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


# "Sunday's cup semi-final at home": a day that owns the noun phrase after it (up to its noun)
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s*(?:[,.;:]|\s(?:at|in|on|of|for|against|and|was|is|will|would|has|had)\b|$))",
                               re.IGNORECASE)
# "in a week's time", "two days' notice": the possessive measures time, it owns no other thing
_MEASURE_OF_TIME = re.compile(r"['’]s?\s+(?:time|notice|wait|drive|walk|journey|work|pay|wages?)\b", re.IGNORECASE)
# "who was fired last week", "that had been sold in May": a relative clause's own verb before the date
_RELATIVE_CLAUSE_BEFORE = re.compile(
    r"\b(?:who|that|which)\s+(?:(?:has|had|have|was|were|is|are)\s+)?(?:been\s+)?(?P<verb>[a-z]+)\b[^,;.()]{0,40}$",
    re.IGNORECASE)
# verbs that only say their subject happened ("the landslide that struck on Thursday"): such a clause
# dates its head noun, which is the news event however the lexicon names it
_OCCURRENCE_FORMS = frozenset(form for forms in OCCURRENCE_VERBS.values() for form in forms)


def _in_other_relative_clause(sm: SentenceMentions, text: str, tm: TimeMention) -> bool:
    """Whether a date sits in a relative clause whose verb names no event of the lexicon ("a clerk
    who was fired last week shot two people"): the date is that verb's, not the sentence's event's,
    and the open frames read it with its verb."""
    clause = _RELATIVE_CLAUSE_BEFORE.search(text, max(sm.sentence.start, tm.start - 60), tm.start)
    return clause is not None and clause.group("verb").lower() not in _OCCURRENCE_FORMS \
        and not any(clause.start() <= t.start < tm.start for t in sm.triggers)


def _subject_trigger(sm: SentenceMentions, text: str, aspect: Aspect) -> Trigger | None:
    """'A truce … took effect on Friday, the first pause in fighting': an aspect verb's event is
    its subject, to its left in the same clause; None when nothing stands there."""
    breaks = _breaks(text, sm)
    left = [t for t in _eligible_triggers(sm, epithets=False)
            if t.end <= aspect.start and not any(t.end < b < aspect.start for b in breaks)]
    return left[-1] if left else None


def _relative_clause_head(sm: SentenceMentions, text: str, anchor: int) -> Trigger | None:
    """'the earthquake that hit … on Tuesday': a date in a relative clause dates its head noun."""
    before = [t for t in _eligible_triggers(sm, epithets=False) if t.end <= anchor]
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
    for trigger in _eligible_triggers(sm, epithets=False):
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
    after = [t for t in _eligible_triggers(sm, epithets=False) if t.start >= min(verb_end, tm.end)]
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
        trigger = next((t for t in _eligible_triggers(sm, epithets=False) if 0 <= t.start - aspect.end <= 3 or 0 <= aspect.start - t.end <= 25), None)
        if trigger is None or trigger.event in dated:
            continue
        lo, hi = min(aspect.start, trigger.start), max(aspect.end, trigger.end)
        claims.append(_claim(ctx, sm, event=trigger.event, role="start",
                             value=TimeRange(earliest=day, latest=day, granularity="day"),
                             text=ctx.reading.text[lo:hi], start=lo, end=hi,
                             derived=f"no date of its own; reported on {day.isoformat()}"))
        dated.add(trigger.event)
    return claims
