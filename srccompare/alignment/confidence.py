"""How sure srccompare is that two sources' values are the same fact: the gate before a conflict.

Step 7 of the flow. Rows are keyed by what the claim rules read (event, role, what, owner), but a
key can be shared by things that only look alike: "tens of thousands marched" and "one protester
was hurt" both touch the protests; "40 km north of Lima" and "12 km from the coast" are both
distances. Matching is evidence, scored field by field as in record linkage (splink's
Fellegi-Sunter levels): what the value is about, what happened to it, whose it is, and whether the
parse confirms the attachment the rules made by proximity. Only a confident match can be a
conflict; a clash between loosely matched values is split into separate rows instead.

A claim with no frame at all comes from a reviewed summary or from reasoning: an analyst or a
derivation vouches for it, so it is trusted.
"""
from __future__ import annotations

from itertools import combinations
from typing import Mapping, Sequence

from pydantic import BaseModel, ConfigDict

from ..claim import Claim
import re

from ..claims.words import event_family, thing_class
from ..similarity import same_name
from ..lexicon import DURATIVE_EVENTS, EVENT_TRIGGERS, MEASURES, PERSON_NOUNS, THING_CLASSES
from ..comparison import _consistent, _distinct  # one notion of "one source's distinct values"
from ..values import Quantity, Relation, TimeRange, Tolerance

__all__ = ["MatchEvidence", "claim_evidence", "pair_confidence", "CONFIDENT", "value_groups", "confident_clash",
           "reading_groups", "in_lead"]

_GENERAL_WHATS = frozenset({"", "person", "people", "individual", "man", "woman", "member", "other", "thing"})
CONFIDENT = 0.75  # the match weight a clash needs to be reported as a conflict
_TIME_ROLES = frozenset({"date", "start", "end", "step", "announced", "duration", "time"})
_NAMED_ROLES = frozenset({"named"})


class MatchEvidence(BaseModel):
    """Why a claim can (or cannot) stand for its row's fact: levels with their labels."""

    model_config = ConfigDict(frozen=True)

    confirmed: bool  # the parse reads the same event the row is keyed by
    what: str
    owner: str
    label: str


_NAMED_MEASURE = re.compile(rf"(?:{MEASURES})", re.IGNORECASE)


def _names_a_measure(claim: Claim) -> bool:
    """Whether the claim's sentence names its measure: as the role ("depth"), as the measured
    thing of a measure ("temperature") or as the event of a standalone value ("temperature.value")."""
    named = [claim.role]
    if claim.role in ("measure", "value") and claim.frame is not None:
        named.append(claim.frame.what)
    if claim.role == "value":
        named.append(_event_base(claim))
    return any(word and _NAMED_MEASURE.fullmatch(word) for word in named)


def _event_base(claim: Claim) -> str:
    return claim.event.partition("@")[0]


def claim_evidence(claim: Claim) -> MatchEvidence:
    """Whether the parse confirms a claim's attachment, and what the claim is about."""
    frame = claim.frame
    if frame is None or claim.derived:
        return MatchEvidence(confirmed=True, what="", owner="", label="reviewed or derived")
    if claim.role in _NAMED_ROLES:
        return MatchEvidence(confirmed=False, what=frame.what, owner="", label="a name, not a value")
    happened = frame.happened
    if claim.role in _TIME_ROLES:
        # an open frame's date is trusted only on a known kind of event ("arrested on Tuesday"),
        # not on any verb ("walked in at 10 a.m.", "updated at 4:31")
        confirmed = happened == _event_base(claim) and happened in EVENT_TRIGGERS
        label = "the date hangs on the event word" if confirmed else "the date hangs on another predicate"
        return MatchEvidence(confirmed=confirmed, what="", owner=frame.owner, label=label)
    if _event_base(claim) == "family":  # a family size, like an age, is evidence only when a name owns it
        confirmed = claim.entity is not None and "epithet" not in frame.modifiers
        return MatchEvidence(confirmed=confirmed, what=frame.what, owner="",
                             label="a family size of a named person" if confirmed else "a family size given as an epithet")
    if claim.role == "age":
        if "epithet" in frame.modifiers:
            return MatchEvidence(confirmed=False, what=frame.what, owner="",
                                 label="an age given as an epithet (“the 28-year-old”), read as the story's main person")
        return MatchEvidence(confirmed=claim.entity is not None, what=frame.what, owner="",
                             label="an age of a named person" if claim.entity is not None else "an age of an unnamed person")
    confirmed = bool(happened) and happened == _event_base(claim) and not happened.startswith("not")
    if confirmed and happened not in EVENT_TRIGGERS and claim.role == "count" and frame.what in _GENERAL_WHATS:
        # "two people were involved" beside "20 individuals were involved": an open verb with a
        # general noun says too little about which people are counted
        confirmed = False
    unit = claim.value.unit if isinstance(claim.value, Quantity) else ""
    if not confirmed and _names_a_measure(claim):
        # "a depth of 1.2 miles", "temperatures of minus 12": the sentence names the measure, whatever its verb
        return MatchEvidence(confirmed=True, what=frame.what, owner=frame.owner, label="the sentence names the measure")
    if not confirmed and any(w in THING_CLASSES and THING_CLASSES[w] == _event_base(claim) for w in (frame.what, unit)):
        confirmed = True  # "nine countries", "420 flights", "94 of the 229 seats": a count of things is its own fact
    return MatchEvidence(confirmed=confirmed, what=frame.what or unit, owner=frame.owner,
                         label="the parse links the number to the event" if confirmed else "linked by proximity only")


def _whats_match(a: str, b: str, event: str) -> bool:
    if a == b:
        return True
    if (a in _GENERAL_WHATS and b in PERSON_NOUNS) or (b in _GENERAL_WHATS and a in PERSON_NOUNS):
        return True  # "21 men" and "23 miners": a general word for people matches any group of them
    if not a or not b:  # a bare "12 were hurt" matches any group of people, or the event's own noun ("nine deaths")
        other = a or b
        return other in PERSON_NOUNS or other == "person" or event_family(other) == event
    return thing_class(a) == thing_class(b)


def _same_owner(a: str, b: str) -> bool:
    """Owners agree when either is unknown or their names share a word ("rovers", "port city rovers")."""
    if not a or not b:
        return True
    return bool(set(a.split()) & set(b.split()))


def pair_confidence(a: Claim, b: Claim) -> float:
    """A match weight in [0, 1] for two claims of one row from two sources."""
    ea, eb = claim_evidence(a), claim_evidence(b)
    if a.frame is None and b.frame is None:
        return 1.0
    score = 0.0
    score += 0.45 if ea.confirmed else 0.0
    score += 0.45 if eb.confirmed else 0.0
    if not _same_owner(ea.owner, eb.owner):
        score -= 0.5  # two named parties: the Rovers' offer and the Mariners'
    elif a.role in ("amount", "duration") and bool(ea.owner) != bool(eb.owner):
        score -= 0.3  # whose deal or money it is, said by one side only
    if a.role not in _TIME_ROLES:
        if a.role in ("amount", "share") and ea.confirmed and eb.confirmed:
            score += 0.1  # "the offer is 7 percent", "raised its offer to 8.5 per cent": the event names the amount
        else:
            score += 0.1 if _whats_match(ea.what, eb.what, _event_base(a)) else -0.5
        if a.role == "amount" and not (ea.owner or " " in ea.what or ea.confirmed):
            score -= 0.3  # "$24.34" with nothing to say whose money or price it is
    else:
        score += 0.1
    return max(0.0, min(1.0, score))


def _stated(claim: Claim) -> float | None:
    value = claim.value
    if isinstance(value, Quantity):
        if value.stated is not None:
            return value.stated
        finite = [x for x in (value.low, value.high) if x is not None]
        return finite[0] if len(finite) == 1 else (sum(finite) / 2 if finite else None)
    return None


def _same_reading(x: Claim, y: Claim, tolerance: Tolerance) -> bool:
    """Whether two values can be one reading of a fact: they can both hold, and for amounts the
    figures stated are of one size ("as many as 20,000" can hold beside "three", but they are not
    one reading of a count)."""
    if x.value.relation(y.value, tolerance) is Relation.DISJOINT:
        tx, ty = x.value, y.value
        if (x.derived or y.derived) and isinstance(tx, TimeRange) and isinstance(ty, TimeRange) \
                and None not in (tx.earliest, tx.latest, ty.earliest, ty.latest):
            # one day apart: the same estimate counted two ways ("a two-day strike" from Monday)
            return min(abs((tx.earliest - ty.latest).days), abs((ty.earliest - tx.latest).days)) <= 1
        return False
    a, b = _stated(x), _stated(y)
    if a is None or b is None or a <= 0 or b <= 0:
        return True
    return max(a, b) / min(a, b) <= 3.0


def value_groups(by_source: Mapping[str, Sequence[Claim]], tolerance: Tolerance) -> list[set[str]]:
    """Sources grouped so that sources whose values can both hold share a group (connected parts)."""
    stating = [sid for sid, claims in by_source.items() if claims]
    parent = {sid: sid for sid in stating}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in combinations(stating, 2):
        if any(_same_reading(x, y, tolerance) for x in _distinct(by_source[a]) for y in _distinct(by_source[b])):
            parent[find(a)] = find(b)
    groups: dict[str, set[str]] = {}
    for sid in stating:
        groups.setdefault(find(sid), set()).add(sid)
    return sorted(groups.values(), key=lambda g: sorted(g))


_ABSOLUTE_DATE = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)", re.IGNORECASE)


def is_relative(claim: Claim) -> bool:
    """Whether a date was resolved from words that depend on the publication day ("Monday", "today")."""
    return claim.role in _TIME_ROLES and claim.role not in ("duration", "time") and not _ABSOLUTE_DATE.search(claim.text)


def distinct_readings(by_source: Mapping[str, Sequence[Claim]], tolerance: Tolerance) -> int:
    """How many different readings a row's values form: each value joins the first reading whose
    every value it can hold beside, else starts a new one ("last week" does not chain Monday and
    Thursday into one reading)."""
    # a source that contradicts itself on a count (an update, a live blog) is judged by the
    # comparison's own rule; other values are counted over every source (several dates or
    # amounts in one source mean the row gathers several events or parties)
    counted = all(c.role == "count" for claims in by_source.values() for c in claims)
    consistent = [sid for sid in sorted(by_source) if not counted or _consistent(by_source[sid], tolerance)]
    return len(reading_groups([c for sid in consistent for c in by_source[sid]], tolerance))


_MAX_READINGS_SCANNED = 64
_MAX_VALUES_COMPARED = 12


def reading_groups(claims: Sequence[Claim], tolerance: Tolerance) -> list[list[Claim]]:
    """The distinct values of some claims grouped into readings: each value joins the first
    reading whose every value it can hold beside, else starts a new one (in a fixed order)."""
    readings: list[list[Claim]] = []
    for claim in sorted(_distinct(claims), key=lambda c: c.value.model_dump_json()):
        # bounded work per value: a row of more than a few dozen readings mixes facts whatever
        # the grouping, and a reading's first values stand for it
        home = next((r for r in readings[:_MAX_READINGS_SCANNED]
                     if all(_same_reading(claim, other, tolerance) for other in r[:_MAX_VALUES_COMPARED])), None)
        if home is None:
            readings.append([claim])
        else:
            home.append(claim)
    return readings


def _granularity(claim: Claim) -> str:
    value = claim.value
    if isinstance(value, TimeRange):
        if value.earliest is None or value.latest is None:
            return "open"
        return value.granularity
    return ""


_START_CUE = re.compile(r"\b(?:began|begun|begins?|start(?:ed|s|ing)?|broke out|erupted|launched|since|"
                        r"went on strike|walked out|opened|sparked|first)\b", re.IGNORECASE)


def _two_people(x: Claim, y: Claim) -> bool:
    """Whether two claims keyed by one surname name people with different given names
    ("Anna Ferris, 20" and "Tom Ferris, 23")."""
    if x.entity is None or y.entity is None or x.entity.type != "person" or y.entity.type != "person":
        return False
    a, b = x.entity.name.split(), y.entity.name.split()
    if len(a) < 2 or len(b) < 2:
        return False
    return not same_name(" ".join(a[:-1]), " ".join(b[:-1]))


def _implausible(x: Claim, y: Claim) -> str | None:
    """Why two clashing values are not the kind of disagreement outlets have about one fact, or None.

    Dates at different precision far apart ("December 2008" against "on Thursday") are two
    events more often than one event misdated; vague amounts ("dozens", "hundreds") are too loose
    to contradict anything; clock times are parted by sub-events, updates and time zones far more
    often than by error; announcement dates may quote different statements.
    """
    if x.role == "time":
        return "clock times are not compared for conflicts"
    if _two_people(x, y):
        return f"two people of one surname (“{x.entity.name}”, “{y.entity.name}”)"
    if x.role == "announced":
        return "outlets may quote different announcements"
    if x.role == "weapon" and not (in_lead(x) and in_lead(y)):
        return "weapons named outside the leads may be of different moments of the story"
    if x.role == "offence" and not (in_lead(x) and in_lead(y)):
        return "charges named outside the leads may be different people's or of different stages of the case"
    if x.hedged != y.hedged and x.role not in _TIME_ROLES and not (x.derived or y.derived):
        # "will miss two games" beside "missed four games": what is expected is not what has happened
        # (days are judged against publication in ``_doubt``: two planned days can clash)
        hedged = x if x.hedged else y
        return f"a plan or expectation (“{hedged.text}”) beside a report of what happened"
    for claim in (x, y):
        before = claim.quote[:max(0, claim.quote.find(claim.text))][-60:]  # bounded: linear on any sentence
        if claim.text and _CONVERSION.search(before + "\x00"):
            return f"“{claim.text}” converts the amount before it into another unit or currency"
    if x.role == "start" and _event_base(x) in DURATIVE_EVENTS and not (x.hedged or y.hedged) \
            and not any(_START_CUE.search(c.quote) for c in (x, y)):
        # "fresh riots on Saturday", "rallies on Sunday": days of a lasting event, neither said to be its
        # start (a planned date, "the strike will go ahead on March 20", is the event's own date)
        return "days within a lasting event, neither said to be its start"
    gx, gy = _granularity(x), _granularity(y)
    if gx and gy and "open" not in (gx, gy) and gx != gy:
        return f"dates at different precision ({gx}, {gy})"
    for claim in (x, y):
        if isinstance(claim.value, Quantity) and claim.value.qualifier == "vague":
            return f"a vague amount (“{claim.text}”)"
    return None


# "$US2 million ($2.9 million)", "215 km/h (134 mph)": a bracketed figure right after another is its conversion
_CONVERSION = re.compile(r"\d[\d.,]*(?:\s*[A-Za-z%€£$]{1,12}){0,2}\s*\(\s*[$€£]?\s*\x00$")


LEAD_CHARACTERS = 80  # the first sentence starts within this many characters of the body (after a byline)


def in_lead(claim: Claim) -> bool:
    """Whether a claim is stated in the headline or the body's first sentence, where news
    states its main event."""
    if claim.in_title:
        return True
    at = claim.quote.find(claim.text)
    return claim.start - max(at, 0) < LEAD_CHARACTERS


def _lead_says_otherwise(claim: Claim, lead: Sequence[Claim], tolerance: Tolerance) -> bool:
    """Whether a claim stated outside its article's lead is contradicted by that lead on the same
    event and role ("two others" injured in the lead, "three people" in a paragraph about March)."""
    if in_lead(claim):
        return False
    same_kind = [c for c in lead if _event_base(c) == _event_base(claim) and c.role == claim.role]
    return bool(same_kind) and not any(_same_reading(claim, c, tolerance) for c in same_kind)


def _doubt(x: Claim, y: Claim, a: str, b: str, *, mixed: bool, leads: Mapping[str, Sequence[Claim]] | None,
           published: Mapping[str, str | None] | None, tolerance: Tolerance) -> str | None:
    """Why a clashing pair of claims (of sources ``a`` and ``b``) cannot be trusted as one fact
    whatever its match weight, or None: "" when the reason is the claims' own evidence."""
    if leads is not None:
        other = next((c for c, sid in ((x, a), (y, b)) if _lead_says_otherwise(c, leads.get(sid, ()), tolerance)), None)
        if other is not None:
            return f"“{other.text}” is not in its outlet's lead, which gives another value for this"
    if mixed and not (in_lead(x) and in_lead(y)):
        return (f"one outlet gives several values for this kind of fact, and “{x.text}”, “{y.text}” are not both "
                "in the outlets' leads")
    if x.hedged != y.hedged and x.role in _TIME_ROLES and not (x.derived or y.derived) and published is not None:
        plain, plain_source = (y, b) if x.hedged else (x, a)
        day = published.get(plain_source)
        latest = getattr(plain.value, "latest", None)
        if day and latest is not None and latest.isoformat() < day[:10]:
            # "the hearing will resume Monday" beside "heard in court on Thursday" (already past)
            hedged = x if x.hedged else y
            return f"a planned day (“{hedged.text}”) beside a day that has passed (“{plain.text}”)"
    if (is_relative(x) or is_relative(y)) and published is not None and (published.get(a) is None or published.get(b) is None):
        return ""  # "Monday" in an undated article: no day to read it against
    return None


_OWN_FIGURE_ROLES = frozenset({"amount", "share", "age"})  # money, shares and ages say whose they are
_THING_EVENTS = frozenset(THING_CLASSES.values())


def _lone_details(by_source: Mapping[str, Sequence[Claim]], pair: tuple[Claim, Claim]) -> bool:
    """Whether a clash is one outlet's detail against another's under an open verb, neither in a lead:
    "the old team gained 410 yards" beside "the visitors gained 520 yards", "spent six seasons as a
    coach" beside "spent 12 seasons in the city". Such pairs are more often two details of a
    story than one fact told two ways; a known event word, a lead, or a third outlet is needed."""
    if sum(1 for claims in by_source.values() if claims) != 2:
        return False
    for claim in pair:
        if claim.frame is None or claim.derived or claim.role in _OWN_FIGURE_ROLES or in_lead(claim):
            return False
        if claim.entity is not None or claim.frame.owner:
            return False  # whose figure it is is said: "the Greens took 41 seats"
        if _event_base(claim) in EVENT_TRIGGERS or _event_base(claim) in _THING_EVENTS:
            return False  # a known event, or a count of things that is its own fact ("800,000 homes")
    return True


def confident_clash(by_source: Mapping[str, Sequence[Claim]], tolerance: Tolerance,
                    published: Mapping[str, str | None] | None = None, *, mixed: bool = False,
                    leads: Mapping[str, Sequence[Claim]] | None = None) -> tuple[bool, float, str]:
    """Whether a clash in a row is a confident match of one fact: (confident, weight, why not).

    A conflict needs: at most two groups of values (three or more different figures for "one"
    fact mean the row mixes several), and for some clashing pair of sources, two claims that
    cannot both hold whose match weight reaches ``CONFIDENT``. In a ``mixed`` row (its key gathers
    several facts of one source) only values both stated in the outlets' leads are trusted.
    ``leads`` (source id → the claims of its headline and first sentence) tell a value deep in an
    article that its own lead contradicts for the same event and role: that value is about another
    occasion (an earlier shooting, last year's flood), and is not the outlet's figure for this one.
    """
    readings = distinct_readings(by_source, tolerance)
    if readings > 2:
        return False, 0.0, f"{readings} different values: the row likely mixes several facts"
    best, pair, why = 0.0, None, None
    for a, b in combinations(sorted(sid for sid, claims in by_source.items() if claims), 2):
        for x in _distinct(by_source[a]):
            for y in _distinct(by_source[b]):
                if x.value.relation(y.value, tolerance) is Relation.DISJOINT:
                    weight = 0.0 if _implausible(x, y) else pair_confidence(x, y)
                    doubt = _doubt(x, y, a, b, mixed=mixed, leads=leads, published=published, tolerance=tolerance)
                    if doubt is not None:
                        weight = min(weight, 0.5)
                    if pair is None or weight > best:
                        best, pair, why = weight, (x, y), doubt
    if best >= CONFIDENT and pair is not None and _lone_details(by_source, pair):
        return False, best, ("the values are not confidently the same fact (one outlet against one, under a verb the "
                             "event lexicon does not know and outside both leads: two details of a story more often "
                             f"than one fact told two ways; match weight {best:.2f})")
    if best >= CONFIDENT:
        return True, best, ""
    if pair is None:
        return False, best, "the values are not confidently the same fact"
    if why:
        return False, best, f"the values are not confidently the same fact ({why}; match weight {best:.2f})"
    evidence = _implausible(*pair) or "; ".join(dict.fromkeys(f"{claim_evidence(c).label} (“{c.text}”)" for c in pair))
    return False, best, f"the values are not confidently the same fact ({evidence}; match weight {best:.2f})"
