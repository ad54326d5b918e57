"""Scored matching: rows that state one fact in different words are joined into one row.

Step 7 of the flow, after the exact keys. Outlets rewrite each other: "overpowered two guards",
"handcuffed two transport officers", "took two prison guards hostage" are one fact under three
predicates; "the quake struck at about 9:30" and "the temblor occurred at 9:27" are one time
stated at two precisions. Two rows are candidates only when joining them adds no reading: every
value of one can hold beside the values of the other (so a join can never create a clash, and so
never a conflict), and a source stating both says the same thing twice. The match weight then adds
evidence field by field, as in record linkage (Fellegi-Sunter):

- what the values are about (the same counted noun, or both groups of people);
- what happened (the same event family or predicate);
- whose value it is, or where a distance is measured from;
- the context: how many content words the quoted sentences share (wire copies and rewrites share
  most of theirs);
- the value: the same figure agreeing is evidence when the figure is rare ("3.4 miles",
  "9:27 a.m.", "$11.6 billion"), none when it is common ("two", "Sunday"); an unrounded figure
  ("4:17 a.m.", "212 deputies") comes from one source document, and its agreement alone joins
  rows unless other evidence speaks against it;
- the lead: the same value stated in both headlines or first sentences, where news states its
  main event ("killed on Monday" and "the Monday shooting" date one event);
- clock times: two clock times of the news whose readings overlap most likely time one moment;
- the news day: a day that the leads of two or more outlets give is the day of the cluster's
  event, so two rows dating something to that very day under different predicates ("the dam
  burst on Monday", "villagers fled their homes Monday", "was at the mill on March 3 when the
  water came") most likely date the one event. Only rows whose values agree are joined this way: the news day is
  evidence of one event, never of a clash.

Rows join when the weight reaches ``JOIN_WEIGHT``: less (``SAME_VALUE_WEIGHT``) when both state
exactly the same values, more when their values differ (a join of the same value can only make
an agreeing row, a join of different values may make a clash for the gate); the joined row
keeps the key of its largest part. Named people and places are already keyed by who or where they
are and are left alone.
"""
from __future__ import annotations

import math
import re
from typing import Mapping, Sequence

from ..claim import Claim
from ..claims.words import DISTANCE_UNITS, thing_class
from ..comparison import EXACT, _consistent, _distinct
from ..lexicon import PERSON_NOUNS, THING_CLASSES
from ..values import CLOCK_UNIT, Quantity, TimeRange
from .confidence import distinct_readings, in_lead, is_relative

__all__ = ["join_rewordings", "news_day", "news_days", "JOIN_WEIGHT", "DIFFERENT_VALUES_WEIGHT", "role_class"]

JOIN_WEIGHT = 3.0
SAME_VALUE_WEIGHT = 2.5  # rows stating only the very same value
DIFFERENT_VALUES_WEIGHT = 4.0  # values that differ (in precision, hedging) need more evidence than one same value
CANDIDATES_PER_BLOCK = 48  # groups a row is weighed against in each of its blocks
DISTINCTIVE_VALUE_WEIGHT = 3.0  # an unrounded figure agreeing joins rows unless other evidence speaks against it
CLASH_WEIGHT = 3.5  # two rows whose values clash join only on strong evidence (and the gate still judges)
# events of one act of violence: the day of one is the day of the others
HARM_EVENTS = frozenset({"attack", "deaths", "injuries", "shoot", "stab", "violence"})
NEWS_DAY_WEIGHT = 1.5  # both rows date something to a day that two or more outlets' leads give
# two clock times of the news that can be one moment ("about 4 p.m." and "4 p.m. Friday"): the
# story's few clock times are its event's moments, and clock times never clash, so a join can
# only make an agreeing or compatible row
CLOCK_OVERLAP_WEIGHT = 3.0
_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_STOP = frozenset("""the and for that with from this were was has have had his her their its they them said says will
would been being are but not who which when where what than then into onto over under after before about also
more most some such only other one two three four five six seven eight nine ten there here would could should
police officials told according""".split())


class _Side:
    """One row, or a group of joined rows, with what the weight reads from it computed once."""

    def __init__(self, field: str, claims: Mapping[str, Sequence[Claim]], news_days: frozenset[int] = frozenset()):
        self.field = field
        self.news_days = news_days
        self.claims: dict[str, list[Claim]] = {sid: list(cs) for sid, cs in claims.items()}
        self._refresh()

    def _refresh(self) -> None:
        every = [c for cs in self.claims.values() for c in cs]
        self.sources = {sid for sid, cs in self.claims.items() if cs}
        # a named person's age is a person's age: "a 58-year-old woman" may be "Halvorsen, 58"
        self.whats = {"person" if c.entity is not None and c.entity.type == "person" else thing_class(c.frame.what)
                      for c in every if c.frame is not None and c.frame.what}
        self.happened = {c.event.partition("@")[0] for c in every}
        self.eras = {c.event.partition("@")[2] for c in every}  # "" for the news, a year for history
        # figures and dates can clash as readings of one fact; a list member or a name is its own row
        self.measured = all(c.entity is None and isinstance(c.value, (Quantity, TimeRange)) for c in every)
        self.owners = {c.frame.owner for c in every if c.frame is not None} - {""}
        self.distance = any(getattr(c.value, "unit", "") in DISTANCE_UNITS for c in every)
        self.words = {w for c in every for w in _WORD.findall(c.quote.lower()) if w not in _STOP}
        self.values = {_comparable(c) for c in every}
        self.specific = any(_specific(c) for c in every)
        self.distinctive = {_comparable(c) for c in every if _distinctive(c)}
        self.lead = {_comparable(c) for c in every if in_lead(c)}
        self.days = {d for c in every if (d := news_day(c)) is not None}
        # clock times of the news (never history): they never clash, so near ones may meet freely
        # (midnight and noon excepted: deadlines, starts and ends of many things fall on them)
        self.clock = [c.value.bounds() for c in every] if every and all(
            isinstance(c.value, Quantity) and c.value.unit == CLOCK_UNIT and "@" not in c.event
            and (c.value.stated is None or c.value.stated % 720 != 0) for c in every) else []
        self.distinct = {sid: _distinct(cs) for sid, cs in self.claims.items() if cs}  # each value once per source
        self.readings = distinct_readings(self.distinct, EXACT)

    def absorb(self, other: "_Side") -> None:
        for sid, cs in other.claims.items():
            self.claims.setdefault(sid, []).extend(cs)
        self._refresh()


def _significant_digits(x: float) -> int:
    """2.7 → 2, 355 → 3, 20,000 → 1, 13.9 billion → 3."""
    if float(x).is_integer():
        return len(str(int(abs(x))).rstrip("0")) or 1
    return len(f"{abs(x):.6f}".rstrip("0").replace(".", "").lstrip("0"))


def _specific(claim: Claim) -> bool:
    """Whether a value is rare enough that two outlets stating it are likely stating one fact:
    "2.7", "355", "9:27", "January 2008" are; "two", "20,000", "9:30", a day of the week are not
    (a date named by its month or year is rare in a cluster; "Monday" is any outlet's news day)."""
    value = claim.value
    if isinstance(value, TimeRange):
        bounded = value.earliest is not None and value.latest is not None
        return bounded and (value.granularity in ("month", "season", "quarter", "year") or not is_relative(claim))
    if not isinstance(value, Quantity) or value.stated is None:
        return False
    if value.unit == CLOCK_UNIT:
        return value.stated % 30 != 0
    x = abs(value.stated)
    if x <= 12 and float(x).is_integer():
        return False
    return _significant_digits(x) >= 2


def _distinctive(claim: Claim) -> bool:
    """Whether a figure is so rare that two outlets stating it all but certainly state one fact:
    a clock time to the odd minute ("4:17 a.m."), a figure with decimals ("3.4 miles", "$11.6
    billion") or three significant digits ("355 shops"). Reporters round; the unrounded figure
    comes from one source document, so its agreement outweighs different wording around it."""
    value = claim.value
    if not isinstance(value, Quantity) or value.stated is None or value.qualifier not in ("exact", "converted"):
        return False
    if value.unit == CLOCK_UNIT:
        return value.stated % 5 != 0
    x = abs(value.stated)
    return _significant_digits(x) >= 3 or (not float(x).is_integer() and _significant_digits(x) >= 2)


def _weight(a: _Side, b: _Side) -> float:
    weight = 0.0
    if a.whats & b.whats:
        weight += 1.5
    elif a.whats and b.whats and all(w in PERSON_NOUNS or w == "person" for w in a.whats | b.whats):
        weight += 0.5
    elif a.whats and b.whats:
        weight -= 1.0
    if a.happened & b.happened:
        weight += 1.5
    elif a.days and b.days and a.happened <= HARM_EVENTS and b.happened <= HARM_EVENTS:
        weight += 1.0  # the day of the shooting is the day of its dead and of its wounded
    if a.owners and b.owners and not a.owners & b.owners:
        weight -= 2.0  # two named owners or reference places
    elif a.owners != b.owners:
        # "25 miles east of Houston" and "25 miles from where he escaped" measure from two
        # places; a magnitude "of the earthquake" and a bare magnitude may well be one
        weight -= 2.0 if a.distance or b.distance else 0.5
    if a.words and b.words:
        weight += 4.0 * len(a.words & b.words) / min(len(a.words), len(b.words))
    if a.distinctive & b.distinctive:
        weight += DISTINCTIVE_VALUE_WEIGHT
    elif a.specific and b.specific and a.values & b.values:
        weight += 1.5
    if a.lead & b.lead:
        weight += 2.0  # one value stated in both leads: the news event's own figure or day
    elif a.lead and b.lead:
        weight += 0.5
    if a.days and a.days == b.days and a.days <= a.news_days:
        weight += NEWS_DAY_WEIGHT
    if a.clock and b.clock and all(_overlap(x, y) for x in a.clock for y in b.clock):
        weight += CLOCK_OVERLAP_WEIGHT
    return weight


def _overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


def news_day(claim: Claim) -> int | None:
    """The day (an ordinal) a news date names, when it names one day: "Monday", "Nov. 30",
    "Monday morning"; None for a week, a month, a time of day, a count, or history."""
    value = claim.value
    if claim.role not in ("date", "start") or not isinstance(value, TimeRange) or "@" in claim.event:
        return None
    if value.earliest is None or value.earliest != value.latest:
        return None
    return value.earliest.toordinal()


def news_days(rows: Mapping[str, Mapping[str, Sequence[Claim]]]) -> frozenset[int]:
    """The days that the leads (headline or first sentence) of two or more sources give: the
    cluster's event happened on one of them."""
    sources_of: dict[int, set[str]] = {}
    for by_source in rows.values():
        for sid, claims in by_source.items():
            for claim in claims:
                day = news_day(claim)
                if day is not None and in_lead(claim):
                    sources_of.setdefault(day, set()).add(sid)
    return frozenset(day for day, sids in sources_of.items() if len(sids) >= 2)


def _unit_kind(value) -> str:
    """A value's unit as comparison sees it: people are people whatever the noun, a scale's name
    ("magnitude") is no unit, and a counted thing is its class ("engine", "appliance")."""
    unit = getattr(value, "unit", "")
    return THING_CLASSES.get(unit, unit) if unit and unit not in PERSON_NOUNS and unit not in ("person", "magnitude") else ""


def _comparable(claim: Claim) -> str:
    """A value as comparison sees it: bounds for intervals (the counted noun is the frame's business)."""
    value = claim.value
    bounds = getattr(value, "bounds", None)
    if bounds is not None:
        return f"{value.kind}:{_unit_kind(value)}:{bounds()}"
    return value.model_dump_json()


def _block(claim: Claim) -> str:
    """Rows are compared only within a block of values that could be one: the same kind and unit
    family, and the same order of magnitude (a day for dates)."""
    value = claim.value
    if isinstance(value, Quantity):
        unit = _unit_kind(value)
        if unit in DISTANCE_UNITS:
            unit = "distance"
        size = value.stated if value.stated is not None else (value.low if value.low is not None else value.high)
        if unit == CLOCK_UNIT:
            return f"clock:{int(size or 0) // 120}"
        order = math.floor(math.log10(abs(size))) if size else 0
        return f"quantity:{unit}:{order}"
    earliest = getattr(value, "earliest", None)
    if earliest is not None:
        return f"time:{earliest.isoformat()[:7]}"
    return f"{getattr(value, 'kind', type(value).__name__)}"


_OWN_CLASS = frozenset({"count", "amount", "share", "age", "end", "step", "duration", "time",
                        "announced", "named", "participants", "members", "cause"})


def role_class(role: str) -> str:
    """Roles that can name one fact: a magnitude read as "earthquake: magnitude" by one rule and as
    "a 4.6 measure" by another is one measure; "the clashes began on Saturday" and "the clashes
    came on Saturday" date one event."""
    if role in ("date", "start"):
        return "date"
    return role if role in _OWN_CLASS else "measure"


def _added_readings(group: _Side, row: _Side) -> int | None:
    """How many readings joining adds (None when a source in both would say two things, not one
    thing twice)."""
    for sid in group.sources & row.sources:
        if not _consistent(group.distinct[sid] + row.distinct[sid], EXACT):
            return None
    union = {sid: group.distinct.get(sid, []) + row.distinct.get(sid, []) for sid in group.sources | row.sources}
    return max(0, distinct_readings(union, EXACT) - max(group.readings, row.readings))


def _needed(group: _Side, row: _Side) -> float | None:
    """The weight a join needs: least for one same value, more for values at different precision,
    most for two clean rows whose values clash (a join that the confidence gate then judges)."""
    added = _added_readings(group, row)
    if added is None:
        return None
    if added == 0:
        return SAME_VALUE_WEIGHT if group.values == row.values else JOIN_WEIGHT if group.values & row.values else DIFFERENT_VALUES_WEIGHT
    if added == 1 and group.readings == row.readings == 1 and not group.sources & row.sources \
            and group.measured and row.measured and group.eras == row.eras:  # the 2008 cuts are not this week's
        return CLASH_WEIGHT
    return None


def join_rewordings(rows: dict[str, dict[str, list[Claim]]], roles: dict[str, str],
                    days: frozenset[int] | None = None) -> dict[str, str]:
    """Which rows join which: a map from a row's field to the field of the row it joins.

    ``rows`` maps field → source id → claims; ``roles`` maps field → role; ``days`` are the
    cluster's news days (``news_days``), computed from ``rows`` when not given. Rows of named people
    or places (role "named") never join. Rows are taken largest first; each joins the group that
    weighs most, if any reaches the threshold. A row is weighed against at most
    ``CANDIDATES_PER_BLOCK`` groups of each of its blocks (the largest), so the cost stays linear
    in the number of rows however many values share a block.
    """
    blocks_of: dict[str, list[tuple[str, str]]] = {}
    for field in sorted(rows):
        if roles[field] != "named":
            blocks_of[field] = sorted({(role_class(roles[field]), _block(c)) for cs in rows[field].values() for c in cs})
    ordered = sorted(blocks_of, key=lambda f: (-sum(1 for cs in rows[f].values() if cs), f))
    days = news_days(rows) if days is None else days
    joined: dict[str, str] = {}
    in_block: dict[tuple[str, str], list[_Side]] = {}  # the groups of each block, largest rows first
    listed: dict[tuple[str, str], set[int]] = {}
    for field in ordered:
        row = _Side(field, rows[field], days)
        candidates: dict[int, _Side] = {}
        for block in blocks_of[field]:
            for group in in_block.get(block, [])[:CANDIDATES_PER_BLOCK]:
                candidates.setdefault(id(group), group)
        best, best_weight = None, 0.0
        for group in sorted(candidates.values(), key=lambda g: g.field):
            weight = _weight(group, row)
            if weight < SAME_VALUE_WEIGHT or weight <= best_weight:
                continue
            needed = _needed(group, row)
            if needed is not None and weight >= needed:
                best, best_weight = group, weight
        target = row if best is None else best
        if best is not None:
            best.absorb(row)
            joined[field] = best.field
        for block in blocks_of[field]:
            if id(target) not in listed.setdefault(block, set()):
                listed[block].add(id(target))
                in_block.setdefault(block, []).append(target)
    return joined
