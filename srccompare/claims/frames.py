"""Open-vocabulary claims: every value becomes a frame read off the dependency parse.

Step 5 of the flow, the part with no closed gate. The lexical rules (``lexical``) know the
shapes of a few dozen common event families well; everything they do not claim is read here from
the sentence's structure, so "police seized 14 rifles", "the toll rose to 412", "a 4.4-magnitude
quake" or "the 33-year-old actress" make claims whatever the event:

- **what** the value is about: the counted noun with its modifiers ("rifle"), or, for a bare
  number, the subject it completes ("the death toll rose to 412" → "death toll");
- **what happened**: the governing predicate (a verb, or an event noun), named by its event family
  when the lexicon knows the word (killed, died, dead, death toll → "deaths": the lexicon is
  synonym data here, not a condition), else by its lemma; with negation and modality;
- **role**: count, amount (money, in its currency), share, measure, age, date, person, place.

Each frame is a ``Claim`` with its ``Frame`` attached, so alignment can score how alike two
frames are instead of demanding identical keys.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from typing import TYPE_CHECKING, Iterable, Sequence

from ..claim import Claim, Frame
from ..extraction.numbers import singular_unit
from ..lexicon import PERSON_NOUNS, UNIT_CONVERSIONS
from ..mentions import QuantityMention, TimeMention
from ..reading import Reading, SentenceMentions, Trigger
from ..values import CLOCK_UNIT, Quantity
from .lexical import (
    _AS_OF_BEFORE,
    _CURRENCIES,
    _DATELINE,
    _EXPLICIT_DAY,
    _clause_eras,
    _in_canonical_unit,
    _in_era,
    _time_value,
    _with_rounding,
)
from ..reading import SpanIndex
from .build import make_claim as _claim
from .counts import _after_unit, is_speed
from .dates import is_offset_between_events, names_a_seasonal_thing
from .people import people_and_places
from .senses import CHARGE_VERBS, EVENT_NOUNS_OF_LIGHT_VERBS, LIGHT_VERBS, counts_of, number_of, sense_of_firing
from .quantity_roles import _WHOLE_BEFORE, named_measure, quantity_trap
from .tree import agent, clause_chain, governing_predicate, in_condition, owner_words, reference_place, subject_of
from .words import DISTANCE_UNITS, OCCURRENCE_LEMMAS, canonical_what, event_family, is_reporting_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..nlp import TokenIndex

__all__ = ["build_frames", "quantity_frame", "time_frame", "attach_frames"]

_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def build_frames(
    reading: Reading,
    index: "TokenIndex",
    source: str,
    dct: date | None,
    taken: Sequence[tuple[int, int]],
) -> list[Claim]:
    """Frames for every value of a text that the lexical rules left unclaimed, in text order.

    ``index`` maps offsets onto the parse of ``reading.text``; ``taken`` holds the spans the
    lexical rules already claimed (a value is claimed once).
    """
    claimed = SpanIndex(taken)

    claims: list[Claim] = []
    for sm in reading.sentences:
        start = len(claims)
        for q in sm.quantities:
            if claimed.overlaps(q.start, q.end):
                continue
            claim = _quantity_frame(q, sm, reading, index, source)
            if claim is not None:
                claims.append(claim)
        for tm in sm.times:
            if claimed.overlaps(tm.start, tm.end):
                # the rules dated the event by this day; its time of day is a fact of its own
                clock = _clock_claim(tm, sm, reading, index, source) if tm.timex.type == "TIME" else None
                claims.extend([clock] if clock is not None else [])
                continue
            claims.extend(_time_frame_claims(tm, sm, reading, index, source))
        eras = _clause_eras(sm, dct, reading.text)
        claims[start:] = [_in_era(c, eras) for c in claims[start:]]
        claims.extend(people_and_places(sm, reading, index, source))
    return claims


def _time_frame_claims(tm: TimeMention, sm: SentenceMentions, reading: Reading, index: "TokenIndex", source: str) -> list[Claim]:
    """A date or length with the predicate it hangs on: "was captured Monday" → capture: date.
    A day with a time of day ("on Sunday at 9:27 a.m.") states both: the day and the clock time."""
    if tm.timex.type == "SET":
        return []
    text = reading.text
    if _DATELINE.match(text[sm.sentence.start:tm.start]) or \
            _AS_OF_BEFORE.search(text, max(sm.sentence.start, tm.start - 25), tm.start):
        return []  # when the story was filed or the count taken, not when anything happened
    if names_a_seasonal_thing(text, tm) or is_offset_between_events(text, tm):
        return []  # "the firm's Christmas dinner": the season names the dinner; "two years after the death"
    clock = _clock_claim(tm, sm, reading, index, source) if tm.timex.type == "TIME" else None
    if tm.timex.type == "TIME" and not _EXPLICIT_DAY.search(tm.text):
        return [clock] if clock is not None else []
    role = "duration" if tm.timex.type == "DURATION" else "date"
    value = _time_value(tm, role)
    if value is None or (role == "date" and value.earliest is None and value.latest is None):
        return [clock] if clock is not None else []
    frame = time_frame(tm, sm, index)
    if not frame.happened or frame.happened == "report":
        return []
    day = _claim(source, reading, sm, event=frame.happened, role=role, value=value, text=tm.text, start=tm.start,
                 end=tm.end, frame=frame, hedge_from=tm.start, hedge_to=tm.end)
    return [day, clock] if clock is not None else [day]


_CLOCK = re.compile(r"T(\d{2}):(\d{2})")
_ROUGHLY = re.compile(r"\b(?:about|around|approximately|roughly|some|shortly|just|nearly|almost|circa|ca\.)\b", re.IGNORECASE)


def _clock_claim(tm: TimeMention, sm: SentenceMentions, reading: Reading, index: "TokenIndex", source: str) -> Claim | None:
    """A clock time with the event it times: "the quake struck at 4:17 a.m." → earthquake: time 04:17.

    The day is left to the date claims; a time of day is compared as minutes after midnight,
    a quarter of an hour either way when hedged ("about 9:30", "shortly after 6").
    """
    m = _CLOCK.search(tm.timex.value)
    if m is None:
        return None
    minutes = int(m.group(1)) * 60 + int(m.group(2))
    end_of_day = minutes == 24 * 60
    if end_of_day:
        minutes = 0  # "midnight Friday" is T24:00, the end of Friday: on the clock, midnight
    if minutes >= 24 * 60:
        return None
    window = reading.text[max(sm.sentence.start, tm.start - 14):tm.end]
    low, high, qualifier = minutes, minutes, "exact"
    if end_of_day and tm.relation == "before":
        # "just before midnight Friday": the last half hour of Friday, not the first of the day
        minutes = low = 24 * 60 - 30
        high, qualifier = 24 * 60 - 1, "under"
    elif _ROUGHLY.search(window):
        low, high, qualifier = max(0, minutes - 15), min(24 * 60 - 1, minutes + 15), "about"
    elif tm.relation == "after":
        high, qualifier = min(24 * 60 - 1, minutes + 30), "over"
    elif tm.relation == "before":
        low, qualifier = max(0, minutes - 30), "under"
    frame = time_frame(tm, sm, index)
    if not frame.happened or frame.happened == "report":
        return None
    value = Quantity(low=low, high=high, unit=CLOCK_UNIT, qualifier=qualifier, stated=minutes)
    return _claim(source, reading, sm, event=frame.happened, role="time", value=value, text=tm.text, start=tm.start,
                  end=tm.end, frame=frame, hedge_from=tm.start, hedge_to=tm.end)


# --- quantities --------------------------------------------------------------------------------

def _number_token(index: "TokenIndex", q: QuantityMention) -> "Token | None":
    tokens = index.tokens_in(q.start, q.end)
    numeric = [t for t in tokens if t.like_num or t.tag_ == "CD"]
    return (numeric or tokens or [None])[-1]


def _modifiers(noun: "Token") -> list[str]:
    return [c.lemma_.lower() for c in noun.children
            if c.dep_ in ("compound", "amod") and c.is_alpha and not c.like_num and c.lemma_.lower() not in _ORDINAL_WORDS]


def _trigger_near(sm: SentenceMentions, tokens: Iterable["Token"]) -> Trigger | None:
    spans = [(t.idx, t.idx + len(t.text)) for t in tokens if t is not None]
    for trigger in sm.triggers:
        if any(trigger.start < e and s < trigger.end for s, e in spans):
            return trigger
    return None


def _occurring_event(predicate: "Token | None") -> str:
    """The event family of an occurrence verb's subject ("the temblor occurred" → earthquake), or ""."""
    if predicate is None or predicate.lemma_.lower() not in OCCURRENCE_LEMMAS:
        return ""
    subject = next((c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return ""
    return event_family(canonical_what(subject.lemma_)) or ""


def _happened(sm: SentenceMentions, predicate: "Token | None", what_tokens: Sequence["Token"]) -> str:
    """The event family of the predicate or the counted noun, else the predicate's lemma."""
    near: list["Token"] = list(what_tokens)
    if predicate is not None:
        near.append(predicate)
        near.extend(c for c in predicate.children if c.dep_ in ("prt", "acomp", "oprd", "xcomp"))
        for prep in (c for c in predicate.children if c.dep_ in ("prep", "agent")):
            near.extend(g for g in prep.children if g.dep_ == "pobj")
    occurred = _occurring_event(predicate)
    if occurred:
        return occurred
    if predicate is not None and predicate.pos_ == "VERB" and predicate.lemma_.lower() == "fire":
        return sense_of_firing(predicate)
    if predicate is not None and predicate.lemma_.lower() in LIGHT_VERBS and not what_tokens:
        # "charges were filed on Friday", "police made arrests on Monday": the noun is what happened
        event_noun = next((c for c in predicate.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None)
        if event_noun is not None and event_noun.lemma_.lower() in EVENT_NOUNS_OF_LIGHT_VERBS:
            return event_family(event_noun.lemma_) or event_noun.lemma_.lower()
    trigger = _trigger_near(sm, near)
    if trigger is not None:
        return trigger.event
    family = next((f for t in near if t is not None and (f := event_family(t.lemma_))), None)
    if family:
        return family
    if predicate is not None and predicate.lemma_.lower() == "report" and what_tokens and what_tokens[0].pos_ == "NOUN" \
            and what_tokens[0].dep_ == "dobj":
        return what_tokens[0].lemma_.lower()  # "no one reported damage": the damage is what happened, not the report
    if predicate is not None and predicate.pos_ in ("VERB", "AUX") and predicate.lemma_.lower() not in ("be", "have"):
        return predicate.lemma_.lower()
    return ""


def _role(q: QuantityMention, text: str, sm: SentenceMentions, trap: str | None) -> str | None:
    """What kind of value a number is, or None when it is a trap (a model number, a population).

    ``trap`` is ``quantity_trap``'s reading of the number. An increment ("a further four
    appliances", "another 2,000 jobs") is a count of its own: it is keyed apart from the total
    (see ``quantity_frame``), so it meets only other outlets' increments.
    """
    if trap == "calibre":
        return "measure:calibre"  # ".38 caliber" against ".357 Magnum": a gun's size, compared as a measure
    if trap not in (None, "increment"):
        return None
    unit = q.value.unit
    if unit == "magnitude":
        return "measure:magnitude"
    measure = named_measure(q, text, sm)
    if measure:
        return "measure:" + measure
    if unit.startswith("square ") or unit in ("acre", "hectare"):
        return "measure:area"  # "a 52,000-square-foot warehouse" and "4,830 square metres" are one area
    if is_speed(q, text):
        return "measure:speed"  # "up to 90 miles an hour" and "145km/h" are one speed, not a distance or a count
    if unit in _WEIGHT_UNITS or (unit == "pound" and _WEIGH_BEFORE.search(text, max(sm.sentence.start, q.start - 30), q.start)):
        return "measure:weight"  # "a 180-pound man", "weighs about 180 pounds": pounds that weigh, not money
    if unit == "percent":
        return "share"
    if unit in _CURRENCIES:
        return "amount"
    if unit == "times":
        return None
    return "count"


def quantity_frame(q: QuantityMention, sm: SentenceMentions, reading: Reading, index: "TokenIndex") -> tuple[Frame, str, int] | None:
    """What the parse says a number is about: its frame, its role and the offset of its predicate.

    None when the number is a trap (a model number, a population, a partitive) or a bare number
    whose clause names nothing it could count.
    """
    text = reading.text
    trap = quantity_trap(q, text, sm)
    role = _role(q, text, sm, trap)
    if role is None:
        return None
    number = _number_token(index, q)
    if number is None or in_condition(number):
        return None
    noun: "Token | None" = None
    if q.noun_end is not None and q.noun:
        noun = index.at(q.noun_end - 1)
    elif number.dep_ in ("nummod", "quantmod", "compound", "amod") and number.head.pos_ in ("NOUN", "PROPN") \
            and number.head.i > number.i:
        noun = number.head
    what_tokens: list["Token"] = []
    owner = ""
    if role.startswith("measure:"):
        role, what = "measure", role.split(":", 1)[1]
        predicate = governing_predicate(number)
        if what not in ("speed", "weight"):  # a speed or a weight is its thing's; the unit names no owner
            owner = reference_place(noun or number) or _measured_thing(number, what, q.value.unit)
    elif noun is not None and role == "count" and _decimal(q):
        # "a 3.0 earthquake": a number with decimals sizes its noun, it does not count it
        role, what = "measure", canonical_what(noun.lemma_.lower())
        predicate = governing_predicate(noun)
    elif noun is not None and role == "count":
        what = counts_of(noun) or canonical_what(noun.lemma_.lower() if noun.pos_ != "PROPN" else noun.text.lower())
        what_tokens = [noun, *[c for c in noun.children if c.dep_ == "compound"]]
        # "99 members seized on Tuesday", "12 people who were killed": the clause on the noun says
        # what happened to what is counted, before any verb the noun phrase sits under
        # ("called three more engines to help": an infinitive is a purpose, not what happened to them)
        predicate = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                          and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None) \
            or governing_predicate(noun)
        if what in DISTANCE_UNITS:
            role, owner = "measure", reference_place(noun)
    else:
        predicate = governing_predicate(number)
        subject = subject_of(predicate) if predicate is not None else None
        if role in ("amount", "share"):
            what = q.value.unit
            if subject is not None and subject.i < number.i and subject.pos_ in ("NOUN", "PROPN"):
                what_tokens = [subject, *[c for c in subject.children if c.dep_ == "compound"]]
                owner = owner_words(subject)
                if subject.pos_ == "NOUN":
                    what = f"{subject.lemma_.lower()} {q.value.unit}".strip()
        elif subject is not None and subject.i < number.i and subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ != "PERSON" \
                and predicate is not None and predicate.lemma_.lower() in _VALUE_VERBS:
            # "the death toll rose to 412": the number completes its clause's subject
            mods = _modifiers(subject)
            what = canonical_what(" ".join([*mods[-1:], subject.lemma_.lower()]) if mods else subject.lemma_.lower())
            what_tokens = [subject, *[c for c in subject.children if c.dep_ == "compound"]]
        elif (counted := number_of(predicate, number)) is not None:
            # "raised the number of stations from 40 to 55": 55 stations (40 is the figure before)
            what, what_tokens = canonical_what(counted.lemma_.lower()), [counted]
        else:
            return None  # a bare number with nothing to say what it counts
    happened = _happened(sm, predicate, what_tokens)
    if what.startswith("count of ") and predicate is not None and predicate.lemma_.lower() in CHARGE_VERBS:
        happened = "charge"  # charged with, faces, pleaded not guilty to, arraigned on two counts: one set of charges
    if not happened and role == "count" and not what:
        return None
    if role == "count" and _WHOLE_BEFORE.search(text[max(sm.sentence.start, q.start - 40):q.start]):
        what = f"{what}, in all" if what else "in all"  # "won 14 of its next 20 games": 20 is not what was won
    elif role == "count" and trap == "increment":
        what = f"{what}, more" if what else "more"  # "called in a further three engines": added to a count, not the count
    elif role == "count" and _listed_part(number):
        what = f"{what} (one of a list)" if what else "one of a list"  # "one Australian and one English climber"
    if predicate is not None and any(c.dep_ == "neg" for c in predicate.children):
        happened = f"not {happened}" if happened else "not"
    frame = Frame(what=what, happened=happened, modifiers=_modifiers(noun) if noun is not None else [],
                  predicate=predicate.lemma_.lower() if predicate is not None else "", owner=owner)
    return frame, role, predicate.idx if predicate is not None else q.start


def _listed_part(number: "Token") -> bool:
    """Whether a count is one item of a coordinated list of counts ("one Australian and one
    English climber", "three soldiers and two police"): a part, never the total."""
    doc = number.doc
    own = (counts_of(number.head) or number.head.lemma_.lower()) if number.head.pos_ == "NOUN" else ""

    def same_kind(other: "Token") -> bool:
        # the other count counts the same noun, or only an adjective of it ("one Australian");
        # "two counts of murder and one count of kidnapping" count two different charges
        head = other.head
        return head.pos_ != "NOUN" or (counts_of(head) or head.lemma_.lower()) == own

    window = doc[max(0, number.i - 6):number.i]
    if any(t.lower_ in ("and", ",") for t in window) and any(t.like_num and same_kind(t) for t in window):
        return True
    joined = verb_after = False
    for t in doc[number.i + 1:min(len(doc), number.i + 7)]:
        if t.lower_ in (".", ";", ":"):
            break
        if t.lower_ in ("and", "or"):
            joined = True
        elif joined and t.pos_ == "VERB":
            verb_after = True
        elif joined and t.like_num and same_kind(t) and not (t.lower_ in _ORDINAL_WORDS and verb_after):
            # "two goals, and a late third" is a list; in "killing two guards and wounding a
            # third" the ordinal is another verb's, and the two are the whole of the killed
            return True
    return False


def _decimal(q: QuantityMention) -> bool:
    return bool(re.fullmatch(r"\d+\.\d+", q.text.strip())) and not q.value.unit


_CALIBRE_WORDS = frozenset({"caliber", "calibre", "magnum", "cal"})
# measures of the weather: they belong to a place and a time, never to a thing or a person in the clause
_WEATHER_MEASURES = frozenset({"temperature", "wind", "rainfall"})


def _measured_thing(number: "Token", measure: str, unit: str) -> str:
    """What a measure is of: "a magnitude 2.9 aftershock" → "aftershock" (else the subject).

    The number's own unit ("minus 12 degrees") and a person who is the subject ("firefighters
    battled in minus-15 temperatures") are not what is measured; the weather is nobody's.
    """
    if measure in _WEATHER_MEASURES:
        return ""
    for token in (number.head, number.head.head):
        lemma = token.lemma_.lower()
        if lemma in _CALIBRE_WORDS:
            continue  # ".38 caliber revolver": the measure's own name in either spelling
        if token.pos_ == "NOUN" and lemma != measure and measure not in lemma and not _names_the_unit(lemma, unit):
            return canonical_what(lemma)
    predicate = governing_predicate(number)
    subject = subject_of(predicate) if predicate is not None else None
    if subject is not None and subject.pos_ == "NOUN" and singular_unit(subject.lemma_.lower()) not in PERSON_NOUNS \
            and measure not in subject.lemma_.lower() and not _names_the_unit(subject.lemma_.lower(), unit):
        return canonical_what(subject.lemma_.lower())  # not "turnout reached 67.42 percent": the turnout is the measure
    return ""


def _names_the_unit(lemma: str, unit: str) -> bool:
    """Whether a noun is the value's own unit ("degrees", "per cent", "%"), not a thing measured."""
    return not lemma.isalpha() or singular_unit(lemma) in unit.split() or (unit == "percent" and lemma in ("cent", "pct"))


_WEIGHT_UNITS = frozenset(unit for unit, (canonical, _) in UNIT_CONVERSIONS.items() if canonical == "kilogram")
_WEIGH_BEFORE = re.compile(r"\bweigh(?:s|ed|ing)?\b[^.;]{0,25}$", re.IGNORECASE)
_NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod", "npadvmod"})


def _quantity_frame(q: QuantityMention, sm: SentenceMentions, reading: Reading, index: "TokenIndex", source: str) -> Claim | None:
    read = quantity_frame(q, sm, reading, index)
    if read is None:
        return None
    frame, role, anchor = read
    text = reading.text
    end = q.noun_end if q.noun_end is not None and q.noun_end <= sm.sentence.end else q.end
    value = _with_rounding(q.value)
    if frame.what == "weight" and value.unit == "pound":
        value = value.model_copy(update={"unit": "lb"})
    if frame.what.startswith("count of ") and value.unit == "charge":
        value = value.model_copy(update={"unit": "count"})  # "two murder charges" = "two counts of murder"
    value = _in_canonical_unit(value, _after_unit(text, q))
    what, happened = frame.what, frame.happened
    event = happened or what
    detail = what if happened and what and what != happened else None
    if frame.owner:
        detail = f"{detail or what} ({frame.owner})"
    return _claim(source, reading, sm, event=event, role=role, value=value, text=text[q.start:end], start=q.start,
                  end=end, detail=detail, frame=frame, hedge_from=min(anchor, q.start), hedge_to=max(anchor, end))


def time_frame(tm: TimeMention, sm: SentenceMentions, index: "TokenIndex") -> Frame:
    """What the parse says a time expression dates: the predicate it hangs on, by event family."""
    tokens = index.tokens_in(tm.start, tm.end)
    if not tokens:
        return Frame()
    head = tokens[-1]
    predicate = governing_predicate(head)
    near: list["Token"] = []
    noun_host = head.head if head.dep_ == "pobj" and head.head.head.pos_ == "NOUN" else None
    if noun_host is not None:
        near.append(noun_host.head)  # "the blast on Thursday": the event noun the date modifies
    reported = predicate is not None and is_reporting_lemma(predicate.lemma_)
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside), head)  # the span's own head word
    modified = root.head if tm.timex.type in ("DATE", "TIME") and root.dep_ in _NOUN_MODIFIER_DEPS \
        and root.head.pos_ == "NOUN" and root.head.i > root.i and not reported \
        else None  # "an eight-year deal" is a length, not a day; "will report third-quarter results" is a report
    if modified is not None:
        near.append(modified)  # "the March 3 escape", "Thursday's blast": the date names its noun's day
    happened = _happened(sm, predicate, near)
    if not happened and predicate is not None and predicate.lemma_.lower() == "be":
        # "the ferry was near the harbour at 4:10 a.m. when the fire broke out": the state's moment is the event's
        event_clause = next((c for c in predicate.children if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
            g.lower_ in ("when", "as") and g.dep_ in ("advmod", "mark") for g in c.children)), None)
        if event_clause is not None:
            predicate, happened = event_clause, _happened(sm, event_clause, [])
    if modified is not None and happened == (predicate.lemma_.lower() if predicate is not None else ""):
        happened = event_family(modified.lemma_) or modified.lemma_.lower()  # the noun, not the clause's verb
    return Frame(what="", happened="report" if reported and not near else happened,
                 predicate=predicate.lemma_.lower() if predicate is not None else "",
                 owner="" if reported else agent(predicate))


# --- ages, people, places ---------------------------------------------------------------------

def attach_frames(claims: Sequence[Claim], reading: Reading, index: "TokenIndex") -> list[Claim]:
    """Give claims made by the lexical rules the frame the parse reads for their value.

    Alignment then knows whether the parse confirms the lexical attachment (the number's
    predicate is the event word) or only proximity put it there, and calls a conflict only in
    the first case.
    """
    starts = [sm.sentence.start for sm in reading.sentences]
    out = []
    for claim in claims:
        if claim.frame is not None or claim.derived or claim.entity is not None and claim.role in ("participants", "members"):
            out.append(claim)
            continue
        i = bisect.bisect_right(starts, claim.start) - 1
        frame = None
        if 0 <= i < len(reading.sentences):
            sm = reading.sentences[i]
            q = next((q for q in sm.quantities if q.start <= claim.start < q.end), None)
            tm = next((t for t in sm.times if t.start <= claim.start < t.end or claim.start <= t.start < claim.end), None)
            if q is not None and claim.role not in _TIME_ROLES:
                read = quantity_frame(q, sm, reading, index)
                frame = read[0] if read is not None else Frame()
                value_span = (q.start, q.end)
            elif tm is not None:
                frame = time_frame(tm, sm, index)
                value_span = (tm.start, tm.end)
            event = claim.event.partition("@")[0]
            if frame is not None and frame.happened != event and (
                    _linked(index, value_span, sm, event)
                    # a date in a sentence about one event only: the parse may misplace the clause
                    # ("a summit that opened on Thursday and runs until Saturday"), the event cannot be another
                    or claim.role in ("start", "end") and sm.triggers and all(t.event == event for t in sm.triggers)):
                frame = frame.model_copy(update={"happened": event})
        out.append(claim.model_copy(update={"frame": frame or Frame()}))
    return out


def _linked(index: "TokenIndex", value_span: tuple[int, int], sm: SentenceMentions, event: str) -> bool:
    """Whether the parse ties a value to a word of its event within one clause.

    True when an event word of that family governs the value (the value's chain of heads reaches
    it: "the withdrawal ... by January 19", "killed 12 people"), or is a direct argument of the
    value's governing predicate ("the strike would continue until Friday": subject of the verb
    the date hangs on), with no clause boundary on the way.
    """
    tokens = index.tokens_in(*value_span)
    if not tokens:
        return False
    value = tokens[-1]
    value_chain = clause_chain(value)
    near = [t.i for t in value_chain[:6]]
    predicate = next((t for t in value_chain[1:] if t.pos_ in ("VERB", "AUX")), None)
    predicates = set()
    while predicate is not None and len(predicates) < 4:
        predicates.add(predicate.i)
        # "the withdrawal is to last 10 days", "vaccination is due to begin on Tuesday": the
        # verb shares the subject of the verb it completes
        predicate = predicate.head if predicate.dep_ in ("xcomp", "conj", "acomp") and predicate.head.i != predicate.i else None
    for trigger in sm.triggers:
        if trigger.event != event:
            continue
        for t in index.tokens_in(trigger.start, trigger.end):
            if t.i in near:
                return True
            if t.dep_ in ("compound", "amod") and t.head.i in near:
                return True  # "the vaccination campaign starting on 17 February"
            head = t.head if t.dep_ in ("compound", "amod") else t
            if head.head.i in predicates and head.dep_ in _ARGUMENTS:
                return True
    return False


# verbs whose subject a bare number measures: "the toll rose to 412", "the total stands at 31"
_VALUE_VERBS = frozenset("""be rise climb reach increase jump hit stand total fall drop grow exceed top surpass
decline decrease soar swell mount double triple edge number come amount go""".split())
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "acomp", "xcomp"})


_TIME_ROLES = frozenset({"date", "start", "end", "step", "announced", "duration"})


