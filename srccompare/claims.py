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
from datetime import date
from typing import Iterable, NamedTuple, Sequence

from .claim import Claim
from .lexicon import (
    CAUSAL_VERBS,
    CAUSED_BY,
    CHANGE_NOUNS_DOWN,
    CHANGE_NOUNS_UP,
    CLAUSE_BREAKS,
    COMMODITIES,
    GROUP_NOUNS,
    HEDGES,
    LOCATION_PREPOSITIONS,
    MEMBERSHIP_VERBS,
    PRICE_NOUNS,
    SENDING_VERBS,
)
from .mentions import EntityMention, QuantityMention, TimeMention
from .reading import LOW_PRIORITY_EVENTS, Aspect, Reading, SentenceMentions, Trigger
from .values import Category, Change, EntityValue, Quantity, TimeRange

__all__ = ["build_claims"]

_REPORTING = r"said|says|say|announced|announces|declared|declares|stated|states|told|reported|reports|confirmed|added|stressed|noted|claimed|insisted|warned"
_REPORTING_BEFORE = re.compile(rf"\b(?:{_REPORTING})\s*$", re.IGNORECASE)
_REPORTING_AFTER = re.compile(rf"^\s*,?\s*(?:[\w.'’-]+\s+){{0,4}}?(?:{_REPORTING})\b", re.IGNORECASE)
_REPORTING_ANY = re.compile(rf"\b(?:{_REPORTING})\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(CLAUSE_BREAKS, re.IGNORECASE)
_HEDGE = re.compile(rf"\b(?:{HEDGES})\b", re.IGNORECASE)
_CAUSAL = re.compile(rf"\b(?:{CAUSAL_VERBS})\b", re.IGNORECASE)
_CAUSED_BY = re.compile(rf"\b(?:{CAUSED_BY})\b", re.IGNORECASE)
_GROUP = re.compile(rf"\b(?:{GROUP_NOUNS})\b", re.IGNORECASE)
_GROUP_AFTER_DEMONYM = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{GROUP_NOUNS})\b", re.IGNORECASE)
_SENDING_AFTER = re.compile(rf"^\s+(?:[\w-]+\s+)?(?:{SENDING_VERBS})\b", re.IGNORECASE)
_MEMBERSHIP = re.compile(rf"\b(?:{MEMBERSHIP_VERBS})\s*(?::\s*)?$", re.IGNORECASE)
_LOCATION_BEFORE = re.compile(rf"\b(?:{LOCATION_PREPOSITIONS})\s+(?:the\s+)?$", re.IGNORECASE)
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among them|among whom|of whom|of them|incl\.)\s*$", re.IGNORECASE)
_DASH_AFTER = re.compile(r"^\s*(?:—|–|-|:)\s*$")
_LIST_GLUE = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)$", re.IGNORECASE)
# what may stand between a group noun and its countries: "troops from", "forces of our allies — of"
_GROUP_TO_LIST = re.compile(
    r"^(?:\s+(?:of|from)\s+(?:our|their|its|the)\s+[\w-]+)?\s*(?:—|–|-|,)?\s*(?:from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SEGMENT_BREAK = re.compile(r",|;|\s(?:and|while|but)\s", re.IGNORECASE)
_CHANGE_NOUN = re.compile(
    rf"\b(?P<noun>(?P<up>{CHANGE_NOUNS_UP})|(?P<down>{CHANGE_NOUNS_DOWN}))\s+(?:in|of)\s+(?:the\s+)?"
    rf"(?P<subject>(?:[\w-]+\s+){{0,3}}?)(?:{PRICE_NOUNS})\b",
    re.IGNORECASE,
)
_CHANGE_VERB = re.compile(
    rf"\b(?P<subject>(?:[\w-]+\s+){{0,3}}?)(?:{PRICE_NOUNS})\s+(?:have\s+|has\s+|had\s+)?"
    r"(?P<verb>(?P<up>doubled|tripled|quadrupled|rose|risen|increased|jumped|soared|surged|climbed|spiked)|"
    r"(?P<down>halved|fell|fallen|dropped|declined|decreased|plunged|slumped))\b",
    re.IGNORECASE,
)
_VERB_FACTORS = {"doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_CURRENCIES = frozenset({"usd", "eur", "gbp", "jpy", "cny", "rub", "inr", "chf", "cad", "aud", "dollar", "euro", "pound"})
_COMMODITY_WORDS = sorted(COMMODITIES, key=len, reverse=True)
_ATTACH_WINDOW = 40  # characters between an aspect word and its time expression
_PENALTY = 500  # distance added for each clause break between two words


class _Context(NamedTuple):
    source: str
    reading: Reading
    report_dates: dict[int, date]  # paragraph -> the day a statement in it was made


def build_claims(reading: Reading, source: str) -> list[Claim]:
    """Every claim one text (a body or a title) states, in text order."""
    context = _Context(source, reading, _report_dates(reading))
    claims: list[Claim] = []
    last_event: dict[int, str] = {}
    for sm in reading.sentences:
        paragraph = sm.sentence.paragraph
        claims.extend(_time_claims(sm, context, last_event.get(paragraph)))
        claims.extend(_undated_starts(sm, context, claims))
        claims.extend(_count_claims(sm, context))
        claims.extend(_participant_claims(sm, context))
        claims.extend(_member_claims(sm, context, reading))
        claims.extend(_cause_claims(sm, context))
        events = [t.event for t in _eligible_triggers(sm)]
        if events:
            last_event[paragraph] = events[-1]
    return _unique(claims)


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
    """Event words outside attribution phrases; general ones only when nothing specific is there."""
    found = [t for t in sm.triggers if not _in_attribution(sm, t.start, t.end)]
    specific = [t for t in found if t.event not in LOW_PRIORITY_EVENTS]
    return specific or found


def _distance(anchor: int, trigger: Trigger, breaks: Sequence[int]) -> float:
    lo, hi = sorted((anchor, trigger.start))
    crossed = sum(1 for b in breaks if lo < b < hi)
    gap = trigger.start - anchor if trigger.start >= anchor else anchor - trigger.end
    # a word just left of the anchor is likelier its head than one as far to the right
    weight = 1.0 if trigger.start < anchor else 1.15
    return max(gap, 0) * weight + crossed * _PENALTY


def _nearest_trigger(sm: SentenceMentions, text: str, anchor: int, *, exclude: Iterable[str] = ()) -> Trigger | None:
    candidates = [t for t in _eligible_triggers(sm) if t.event not in set(exclude)]
    if not candidates:
        return None
    breaks = _breaks(text, sm)
    return min(candidates, key=lambda t: (_distance(anchor, t, breaks), t.start))


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
        elif aspect.start >= tm.end and aspect.start - tm.end <= 12 and best is None:
            best = aspect
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


def _time_value(tm: TimeMention, role: str):
    if role == "duration":
        return tm.duration
    return tm.range


def _time_claims(sm: SentenceMentions, ctx: _Context, context_event: str | None) -> list[Claim]:
    text = ctx.reading.text
    claims: list[Claim] = []
    for tm in sm.times:
        if tm.range is None and tm.duration is None:
            continue
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
            if role == "start" and tm.relation in ("by", "until", "before") and aspect is not None and aspect.kind == "end":
                role = "end"
            fronted = tm.start - sm.sentence.start <= 4
            trigger = _fronted_trigger(sm) if fronted and aspect is None else None
            trigger = trigger or _nearest_trigger(sm, text, anchor)
            if trigger is not None:
                event = trigger.event
                anchor = trigger.start
            elif context_event is not None and (aspect is not None or tm.relation in ("by", "until", "within")):
                event = context_event
        if event is None or role is None:
            continue
        value = _time_value(tm, role)
        if value is None:
            continue
        claims.append(_claim(ctx, sm, event=event, role=role, value=value, text=tm.text,
                             start=tm.start, end=tm.end, anchor=anchor))
    return claims


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
    if aspect is not None and tm.range.latest is not None:
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

def _role_for_quantity(q: QuantityMention) -> str | None:
    unit = q.value.unit
    if unit == "times":
        return None
    if unit == "percent":
        return "share"
    if unit in _CURRENCIES:
        return "amount"
    return "count"


def _count_claims(sm: SentenceMentions, ctx: _Context) -> list[Claim]:
    text = ctx.reading.text
    claims = []
    owners = _contingent_owners(sm, text)
    for q in sm.quantities:
        role = _role_for_quantity(q)
        if role is None or _in_attribution(sm, q.start, q.end):
            continue
        before = text[sm.sentence.start:q.start]
        detail = q.value.unit or "part" if _INCLUDING_BEFORE.search(before) else None
        trigger = _nearest_trigger(sm, text, q.start)
        if trigger is None:
            continue
        end = q.noun_end if q.noun_end is not None and q.noun_end <= sm.sentence.end else q.end
        claims.append(_claim(ctx, sm, event=trigger.event, role=role, value=q.value, text=text[q.start:end],
                             start=q.start, end=end, entity=owners.get(q.start), detail=detail, anchor=trigger.start))
    return claims


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


def _in_list(mention: EntityMention, sm: SentenceMentions, text: str) -> bool:
    return any(len(group) > 1 and mention in group for group in _country_groups(sm, text))


def _country_groups(sm: SentenceMentions, text: str) -> list[list[EntityMention]]:
    """Countries written as a list: 'Russia, Armenia, Tajikistan and Belarus'."""
    groups: list[list[EntityMention]] = []
    for country in _countries(sm):
        if groups and _LIST_GLUE.match(text[groups[-1][-1].end:country.start]):
            groups[-1].append(country)
        else:
            groups.append([country])
    return groups


# --- participants and members -----------------------------------------------------------------

def _participant_claims(sm: SentenceMentions, ctx: _Context) -> list[Claim]:
    text = ctx.reading.text
    chosen: list[EntityMention] = []
    groups = _country_groups(sm, text)
    for group in groups:
        head = group[0]
        # "troops from A, B and C", "forces of our colleagues — of A, B and C"
        window = text[max(sm.sentence.start, head.start - 40):head.start]
        nouns = list(_GROUP.finditer(window))
        if nouns and _GROUP_TO_LIST.match(window[nouns[-1].end():]):
            chosen.extend(group)
            continue
        for country in group:
            after = text[country.end:min(sm.sentence.end, country.end + 40)]
            before = text[max(sm.sentence.start, country.start - 12):country.start]
            if country.via == "demonym" and _GROUP_AFTER_DEMONYM.match(after) and not _LOCATION_BEFORE.search(before):
                chosen.append(country)  # "Kyrgyzstani colleagues are leaving"
            elif country.via != "demonym" and _SENDING_AFTER.match(after):
                chosen.append(country)  # "Belarus sent a company"
            elif country.via != "demonym" and len(group) == 1 and _DASH_AFTER.match(after[:3]) and any(
                q.start >= country.end and q.start - country.end <= 6 for q in sm.quantities
            ):
                chosen.append(country)  # "Armenia - 100 of its troops"
    return [
        _claim(ctx, sm, event="forces", role="participants", value=c.entity, entity=c.entity,
               text=c.text, start=c.start, end=c.end)
        for c in chosen
    ]


def _member_claims(sm: SentenceMentions, ctx: _Context, reading: Reading) -> list[Claim]:
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
            claims.append(_claim(ctx, sm, event=organisation.id, role="members", value=country.entity,
                                 entity=country.entity, text=country.text, start=country.start, end=country.end))
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
    phrase = " ".join(words.lower().split())
    if not phrase:
        return None
    for name in _COMMODITY_WORDS:
        if re.search(rf"\b{re.escape(name)}\b", phrase):
            return Category(label=name, broader=COMMODITIES[name])
    return Category(label=phrase, broader=())


def _change_mentions(sm: SentenceMentions) -> list[tuple[int, int, Change]]:
    s = sm.sentence
    found = []
    for pattern in (_CHANGE_NOUN, _CHANGE_VERB):
        for m in pattern.finditer(s.text):
            start, end = s.start + m.start(), s.start + m.end()
            direction = "up" if m.group("up") else "down"
            factor = _factor_near(sm, start, end)
            if factor is None and "verb" in m.groupdict() and m.group("verb"):
                multiple = _VERB_FACTORS.get(m.group("verb").lower())
                if multiple:
                    factor = Quantity(low=multiple, high=multiple, unit="times", stated=multiple)
            if factor is not None and factor.low is not None:
                start = min(start, _factor_start(sm, start) or start)
            subject = _commodity(m.group("subject"))
            found.append((start, end, Change(direction=direction, factor=factor, subject=subject)))
    return found


def _factor_near(sm: SentenceMentions, start: int, end: int) -> Quantity | None:
    for q in sm.quantities:
        if q.value.unit in ("times", "percent") and (0 <= start - q.end <= 12 or 0 <= q.start - end <= 12 or start <= q.start < end):
            if q.value.unit == "percent" and q.value.low is not None:
                scale = 1 + q.value.low / 100
                return Quantity(low=scale, high=scale if q.value.high is None else 1 + q.value.high / 100,
                                unit="times", qualifier=q.value.qualifier, stated=scale)
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
