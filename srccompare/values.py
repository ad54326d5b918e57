"""Typed values that srccompare compares, each carrying its own comparison logic.

A value is what a claim asserts: a quantity ("over 2,000"), a span of calendar time ("by January
19"), a duration ("10 days"), an entity ("Kyrgyzstan"), a category ("LPG" within "fuel") or a
change ("a twofold increase in fuel prices"). Numbers, dates and durations are intervals on a
number line, so "over 2,000" vs "roughly 2,000" and "January" vs "January 13" fall out of the
same rule: ``relation`` says whether two values are the same (within a tolerance), overlap,
or cannot both be true. ``comparison`` turns relations into verdicts.
"""
from __future__ import annotations

import math
from datetime import date
from enum import Enum
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .bounds import add_days, ceil_days, floor_days
from .similarity import same_name

__all__ = [
    "Relation",
    "Tolerance",
    "Quantity",
    "TimeRange",
    "Duration",
    "EntityValue",
    "Category",
    "Change",
    "Value",
    "QUALIFIER_BOUNDS",
    "CLOCK_UNIT",
]

CLOCK_UNIT = "minutes after midnight"  # the unit of a time of day held as a Quantity


class Relation(str, Enum):
    """How two values relate: the raw material of a verdict."""

    SAME = "same"  # equal within tolerance
    OVERLAP = "overlap"  # both can be true, at different precision
    DISJOINT = "disjoint"  # cannot both be true


class Tolerance(BaseModel):
    """How far apart two values may be and still count as the same.

    ``relative`` is a fraction of the larger magnitude (quantities), ``absolute`` is in the
    value's own unit (people, days).
    """

    model_config = ConfigDict(frozen=True)

    relative: float = Field(default=0.0, ge=0.0)
    absolute: float = Field(default=0.0, ge=0.0)

    def slack(self, magnitude: float) -> float:
        return max(self.absolute, self.relative * abs(magnitude))


def interval_relation(
    a: tuple[float, float], b: tuple[float, float], tolerance: Tolerance
) -> Relation:
    """Relate two closed intervals (infinite bounds allowed) under a tolerance."""
    (alo, ahi), (blo, bhi) = a, b

    def close(x: float, y: float) -> bool:
        if math.isinf(x) or math.isinf(y):
            return x == y
        return abs(x - y) <= tolerance.slack(max(abs(x), abs(y)))

    if close(alo, blo) and close(ahi, bhi):
        return Relation.SAME
    # widen each interval by the slack before testing for overlap
    def widen(lo: float, hi: float) -> tuple[float, float]:
        lo_w = lo if math.isinf(lo) else lo - tolerance.slack(lo)
        hi_w = hi if math.isinf(hi) else hi + tolerance.slack(hi)
        return lo_w, hi_w

    (alo, ahi), (blo, bhi) = widen(alo, ahi), widen(blo, bhi)
    if alo <= bhi and blo <= ahi:
        return Relation.OVERLAP
    return Relation.DISJOINT


# How a qualifier turns a stated number n into bounds: (low factor, high factor), None = open.
QUALIFIER_BOUNDS: dict[str, tuple[float | None, float | None]] = {
    "exact": (1.0, 1.0),
    "over": (1.0, None),
    "at_least": (1.0, None),
    "under": (None, 1.0),
    "at_most": (None, 1.0),
    "up_to": (None, 1.0),
    "about": (0.9, 1.1),
    "nearly": (0.9, 1.0),
}


class _Interval(BaseModel):
    """A value that is an interval on a number line: it relates to another of its kind by bounds."""

    model_config = ConfigDict(frozen=True)

    def bounds(self) -> tuple[float, float]:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    @model_validator(mode="after")
    def _ordered(self) -> "_Interval":
        """An interval's low end may not lie above its high end (a hand-edited summary may try)."""
        low, high = self.bounds()
        if low > high:
            raise ValueError(f"the lower bound lies above the upper bound ({self.describe()})")
        return self

    def relation(self, other: "Value", tolerance: Tolerance) -> Relation:
        if type(other) is not type(self):
            return Relation.DISJOINT
        return interval_relation(self.bounds(), other.bounds(), tolerance)


def _number(x: float, decimals: int = 2) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.{decimals}f}"


class Quantity(_Interval):
    """A count or amount as an interval: "over 2,000 troops" is [2000, ∞) troops.

    ``low``/``high`` are ``None`` where open. ``unit`` is the counted noun in singular lower case
    ("troop", "person", "percent", "times"); ``qualifier`` is the normalised hedge ("over",
    "about", "at_least", "up_to", "nearly", "exact", "vague").
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["quantity"] = "quantity"
    low: float | None
    high: float | None
    unit: str = ""
    qualifier: str = "exact"
    stated: float | None = None  # the number as written, before the qualifier widened it

    def bounds(self) -> tuple[float, float]:
        return (-math.inf if self.low is None else self.low, math.inf if self.high is None else self.high)

    def describe(self) -> str:
        fmt = _number
        lo, hi = self.low, self.high
        if self.unit == CLOCK_UNIT and lo is not None and hi is not None:
            clock = [f"{int(x) // 60:02d}:{int(x) % 60:02d}" for x in (lo, hi)]
            return clock[0] if lo == hi else f"{clock[0]}–{clock[1]}"
        unit = f" {self.unit}" if self.unit else ""
        if lo is not None and hi is not None and lo == hi:
            return f"{fmt(lo)}{unit}"
        if lo is None and hi is None:
            return f"an unknown number of{unit}"
        if hi is None:
            return f"≥ {fmt(lo)}{unit}"
        if lo is None:
            return f"≤ {fmt(hi)}{unit}"
        return f"{fmt(lo)}–{fmt(hi)}{unit}"


class TimeRange(_Interval):
    """The days on which something may have happened: [earliest, latest], either end open.

    "January 2022" is [2022-01-01, 2022-01-31] at month granularity; "by January 19" is
    (open, 2022-01-19]. Comparing two ranges is interval logic in days.
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["time"] = "time"
    earliest: date | None
    latest: date | None
    granularity: str = "day"  # day, week, month, season, quarter, year, decade, century, open

    def bounds(self) -> tuple[float, float]:
        lo = -math.inf if self.earliest is None else float(self.earliest.toordinal())
        hi = math.inf if self.latest is None else float(self.latest.toordinal())
        return lo, hi

    def shifted(self, low_days: float, high_days: float) -> "TimeRange":
        """The range reached by adding between ``low_days`` and ``high_days`` days."""
        earliest = None if self.earliest is None else add_days(self.earliest, floor_days(low_days))
        latest = None if self.latest is None or math.isinf(high_days) else add_days(self.latest, ceil_days(high_days))
        return TimeRange(earliest=earliest, latest=latest, granularity="day")

    def describe(self) -> str:
        e, l = self.earliest, self.latest
        if e is not None and e == l:
            return e.isoformat()
        if e is None and l is None:
            return "an unknown time"
        if e is None:
            return f"by {l.isoformat()}"
        if l is None:
            return f"from {e.isoformat()}"
        if self.granularity == "month" and e.day == 1:
            return e.strftime("%Y-%m")
        if self.granularity == "year" and (e.month, e.day) == (1, 1):
            return str(e.year)
        if (l - e).days == 1:
            return f"{e.isoformat()}/{l.day:02d}"
        return f"{e.isoformat()} to {l.isoformat()}"


class Duration(_Interval):
    """A length of time in days as an interval: "10 days" is [10, 10]; "within five days" [0, 5]."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["duration"] = "duration"
    min_days: float | None
    max_days: float | None

    def bounds(self) -> tuple[float, float]:
        return (-math.inf if self.min_days is None else self.min_days, math.inf if self.max_days is None else self.max_days)

    def describe(self) -> str:
        def fmt(x: float) -> str:
            return _number(round(x) if 100 <= x < math.inf else x, 1).replace(",", "")  # "5474 days", not "5473.8"

        lo, hi = self.min_days, self.max_days
        if hi is not None and 0 < hi < 1 and lo is not None:
            hours = [round(x * 24, 1) for x in (lo, hi)]
            words = [f"{int(h)}" if float(h).is_integer() else f"{h}" for h in hours]
            return f"{words[0]} hours" if lo == hi else f"{words[0]}–{words[1]} hours"
        if lo is not None and lo == hi:
            return f"{fmt(lo)} days"
        if lo in (None, 0) and hi is not None:
            return f"at most {fmt(hi)} days"
        if hi is None and lo is not None:
            return f"at least {fmt(lo)} days"
        if lo is None and hi is None:
            return "an unknown length"
        return f"{fmt(lo)}–{fmt(hi)} days"


class EntityValue(BaseModel):
    """A named thing, normalised to a stable id: the country "KGZ", the organisation "csto"."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["entity"] = "entity"
    id: str
    name: str
    type: str = "country"  # country, organisation, person, place

    def relation(self, other: "Value", tolerance: Tolerance) -> Relation:
        if isinstance(other, EntityValue) and other.id == self.id:
            return Relation.SAME
        if isinstance(other, EntityValue) and self.type == other.type == "person" and same_name(self.name, other.name):
            return Relation.OVERLAP  # two spellings of one name ("Ilene Wolfe", "Ilene Wolff"; Sergei/Sergey)
        return Relation.DISJOINT

    def describe(self) -> str:
        return self.name


class Category(BaseModel):
    """A label with the chain of broader labels it falls under: "lpg" ⊂ "gas" ⊂ "fuel".

    Two categories are the same when their labels are; they overlap when one lies in the
    other's broader chain (one source was more specific); otherwise they differ.
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["category"] = "category"
    label: str
    broader: tuple[str, ...] = ()

    def relation(self, other: "Value", tolerance: Tolerance) -> Relation:
        if not isinstance(other, Category):
            return Relation.DISJOINT
        if self.label == other.label:
            return Relation.SAME
        if self.label in other.broader or other.label in self.broader:
            return Relation.OVERLAP
        return Relation.DISJOINT

    def describe(self) -> str:
        return self.label if not self.broader else f"{self.label} (a kind of {self.broader[0]})"


class Change(BaseModel):
    """A change of something by an amount: "a twofold increase in fuel prices".

    ``factor`` is the multiplier as a Quantity in "times" (+100 % is ×2); ``subject`` is what
    changed. Relation: disjoint if the directions or any part differ, same if all parts are the
    same, overlap otherwise.
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["change"] = "change"
    direction: Literal["up", "down"]
    factor: Quantity | None = None
    subject: Category | None = None

    def relation(self, other: "Value", tolerance: Tolerance) -> Relation:
        if not isinstance(other, Change) or other.direction != self.direction:
            return Relation.DISJOINT
        parts: list[Relation] = []
        for mine, theirs in ((self.factor, other.factor), (self.subject, other.subject)):
            if mine is None and theirs is None:
                continue
            if mine is None or theirs is None:
                parts.append(Relation.OVERLAP)  # one source is less specific
            else:
                parts.append(mine.relation(theirs, tolerance))
        if Relation.DISJOINT in parts:
            return Relation.DISJOINT
        if all(p is Relation.SAME for p in parts):
            return Relation.SAME
        return Relation.OVERLAP

    def describe(self) -> str:
        word = "increase" if self.direction == "up" else "decrease"
        factor = ""
        if self.factor is not None and self.factor.low is not None:
            factor = f"×{self.factor.describe().replace(' times', '')} "
        subject = f" in {self.subject.describe()}" if self.subject else ""
        return f"{factor}{word}{subject}".strip()


Value = Annotated[
    Union[Quantity, TimeRange, Duration, EntityValue, Category, Change],
    Field(discriminator="kind"),
]
