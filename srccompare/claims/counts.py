"""Lexical count claims: a quantity belongs to the nearest event word in its clause.

"160 were killed", "4,300 people were injured": a counted subject belongs to the event word it
does; otherwise to the nearest event word, not across a coordinated verb ("killed three people and
forced 4,000 to leave"). "including 16 officers" is a subset, "leaving only five" a remainder,
"a 400-strong battalion" one unit, "by 178 votes to 169" a side of a vote. Values are put in one
unit per kind of measure, with the stated figure's rounding. Two different values for one fact
in one sentence are dropped unless an owner (``owners``) or a speaker (``speakers``) tells them
apart. What a number is comes from ``quantity_roles``. Part of ``lexical``.
"""
from __future__ import annotations

import re

from ..claim import Claim
from ..lexicon import UNIT_CONVERSIONS
from ..mentions import QuantityMention
from ..reading import SentenceMentions, Trigger
from ..values import Quantity, Relation, Tolerance
from .build import _claim, _Context
from .owners import _contingent_owners
from .quantity_roles import _GROUP_SIZE_NOUNS, _role_for_quantity
from .speakers import _keyed_by_speaker
from .triggers import _eligible_triggers, _in_attribution, _nearest_trigger
from .words import event_family

_INCLUDING_BEFORE = re.compile(
    r"\b(?:including|among them|among whom|of whom|of them|incl\.|includes?|included)\s*$", re.IGNORECASE)
_PER_HOUR_AFTER = re.compile(r"^\s*(?:an|per)\s+hour\b", re.IGNORECASE)
# measures that are facts in their own right, whatever event word stands near
_STANDALONE_MEASURES = frozenset({"inflation", "growth", "economic growth", "unemployment", "jobless rate", "interest rate",
                                  "interest rates", "policy rate", "base rate", "benchmark rate", "key rate", "attendance"})
_REMAINDER_BEFORE = re.compile(r"\b(?:leaving(?: only| just)?|left with|remaining|still)\s+$", re.IGNORECASE)
_ACCOMPANYING_BEFORE = re.compile(r"\b(?:together with|along with|accompanied by|plus)\s+$", re.IGNORECASE)
_COORDINATED_VERB = re.compile(r"\b(?:and|but|then)\s+(?:\w+ly\s+)?\w+(?:ed|ing)\b", re.IGNORECASE)


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
        elif role not in ("count", "share", "amount") and event_family(role) and trigger is None:
            event, anchor = event_family(role), q.start  # "turnout was 62%": a measure only one kind of event has
        elif role not in ("count", "share", "amount") and (trigger is None or role in _STANDALONE_MEASURES):
            event, role, anchor = role.replace(" ", "_"), "value", q.start  # "inflation rose to 3.1%"
        elif trigger is not None:
            event, anchor = trigger.event, trigger.start
        else:
            continue
        end = q.noun_end if q.noun_end is not None and q.noun_end <= sm.sentence.end else q.end
        value = _with_rounding(q.value if q.value.unit or not thing else q.value.model_copy(update={"unit": thing}))
        value = _in_canonical_unit(value, _after_unit(text, q))
        claim = _claim(ctx, sm, event=event, role=role, value=value, text=text[q.start:end],
                       start=q.start, end=end, entity=owners.get(q.start), detail=detail, anchor=anchor)
        claims.append(claim)
        if predicate is not None and predicate is trigger:
            strong.add(id(claim))
    keyed = _keyed_by_speaker(claims, text, sm)
    strong = {id(k) for k, c in zip(keyed, claims) if id(c) in strong}
    return _without_pooled_values(keyed, strong)


_SPEED_UNITS = frozenset(unit for unit, (canonical, _) in UNIT_CONVERSIONS.items() if canonical == "km/h")


def _after_unit(text: str, q: QuantityMention) -> str:
    """The words right after a quantity and its unit noun ("90 miles| an hour"): "an hour" there
    makes a distance a speed."""
    end = q.noun_end if q.noun_end is not None and q.noun_end >= q.end else q.end
    return text[end:end + 12]


def is_speed(q: QuantityMention, text: str) -> bool:
    """Whether a quantity is a speed: "80 mph", "130km/h", "90 miles an hour"."""
    unit = q.value.unit
    return unit in _SPEED_UNITS or (unit in ("mile", "kilometre") and bool(_PER_HOUR_AFTER.match(_after_unit(text, q))))


CONVERSION_ROUNDING = 0.005  # a converted figure may be off by this fraction from where the other unit rounds


def _in_canonical_unit(value: Quantity, after: str) -> Quantity:
    """Miles as kilometres, mph as km/h, acres as hectares: one unit per kind of measure.

    The stated figure's rounding travels with it (134 mph is 133.5–134.5 mph, so 214.8–216.5
    km/h; 6.6 pounds is 6.55–6.65 pounds), so a converted figure agrees with the same figure
    stated in the other unit.
    """
    unit = value.unit
    if unit in ("kilometre", "mile") and _PER_HOUR_AFTER.match(after):
        unit = "km/h" if unit == "kilometre" else "mph"
    if unit not in UNIT_CONVERSIONS:
        return value
    canonical, factor = UNIT_CONVERSIONS[unit]
    if factor == 1.0:
        return value.model_copy(update={"unit": canonical})
    half = _half_last_digit(value.low) if value.qualifier == "exact" and value.low is not None else 0.0

    def scaled(x: float | None, sign: int) -> float | None:
        # an outlet's own conversion is rounded too ("52,000 square feet" printed as "4,830 square metres")
        return None if x is None else round((x + sign * half) * factor * (1 + sign * CONVERSION_ROUNDING), 6)

    return value.model_copy(update={"low": scaled(value.low, -1), "high": scaled(value.high, 1), "unit": canonical,
                                    "qualifier": "converted" if value.qualifier == "exact" else value.qualifier})


def _half_last_digit(x: float) -> float:
    """Half a unit of a figure's last written digit: 134 → 0.5, 6.6 → 0.05, 38.25 → 0.005."""
    text = f"{x:g}"
    return 0.5 * 10 ** -(len(text.split(".")[1]) if "." in text and "e" not in text else 0)


def _with_rounding(value: Quantity) -> Quantity:
    """A percentage stated exactly carries the rounding of its last digit: "38%" is [37.5, 38.5].

    Outlets round shares differently ("38 percent", "38.1%"); counts of people are not widened.
    """
    if value.unit != "percent" or value.qualifier != "exact" or value.low is None or value.low != value.high:
        return value
    half = _half_last_digit(value.low)
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
