"""Hypothesis strategies for srccompare's models, valid by construction, for users' own tests.

Plural names, keyword-only arguments that take strategies or sizes (as xarray's and
hypothesis' own guides recommend). Pydantic v2 has no hypothesis plugin, so every model is
built explicitly rather than through ``from_type``::

    from hypothesis import given
    from srccompare.testing import summaries

    @given(summaries(min_size=2, max_size=4))
    def test_my_pipeline(sources): ...
"""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from .article import Published, SourceInfo
from .claim import Claim
from .summaries import SourceSummary
from .values import Category, Change, Duration, EntityValue, Quantity, TimeRange, Tolerance

__all__ = [
    "quantities",
    "time_ranges",
    "durations",
    "entity_values",
    "categories",
    "changes",
    "values",
    "tolerances",
    "claims",
    "summaries",
]

_UNITS = ("troop", "person", "officer", "house", "")
_EVENTS = ("deaths", "withdrawal", "deployment", "protests", "strike")
_COUNTRIES = (("armenia", "Armenia"), ("chile", "Chile"), ("japan", "Japan"), ("kenya", "Kenya"), ("peru", "Peru"))


@st.composite
def quantities(draw, *, min_value: float = 0, max_value: float = 100_000, units=st.sampled_from(_UNITS)) -> Quantity:
    """Counts as intervals: exact, open-ended or ranged, with a unit."""
    low = draw(st.integers(min_value=int(min_value), max_value=int(max_value)))
    shape = draw(st.sampled_from(["exact", "over", "under", "range"]))
    unit = draw(units)
    if shape == "exact":
        return Quantity(low=low, high=low, unit=unit, qualifier="exact", stated=low)
    if shape == "over":
        return Quantity(low=low, high=None, unit=unit, qualifier="over", stated=low)
    if shape == "under":
        return Quantity(low=None, high=low, unit=unit, qualifier="at_most", stated=low)
    width = draw(st.integers(min_value=1, max_value=max(1, int(max_value) // 10)))
    return Quantity(low=low, high=low + width, unit=unit, qualifier="range", stated=low)


@st.composite
def time_ranges(draw, *, min_date: date = date(2000, 1, 1), max_date: date = date(2030, 12, 31)) -> TimeRange:
    """Days, spans of days, and half-open ranges ("by", "from")."""
    first = draw(st.dates(min_value=min_date, max_value=max_date))
    shape = draw(st.sampled_from(["day", "span", "by", "from"]))
    if shape == "day":
        return TimeRange(earliest=first, latest=first, granularity="day")
    if shape == "by":
        return TimeRange(earliest=None, latest=first, granularity="day")
    if shape == "from":
        return TimeRange(earliest=first, latest=None, granularity="day")
    length = draw(st.integers(min_value=1, max_value=365))
    return TimeRange(earliest=first, latest=first + timedelta(days=length), granularity="day")


@st.composite
def durations(draw, *, max_days: int = 3650) -> Duration:
    """Lengths of time in days: exact, windows ("within N days") and ranges."""
    low = draw(st.integers(min_value=0, max_value=max_days))
    shape = draw(st.sampled_from(["exact", "within", "range"]))
    if shape == "exact":
        return Duration(min_days=low, max_days=low)
    if shape == "within":
        return Duration(min_days=0, max_days=low)
    return Duration(min_days=low, max_days=low + draw(st.integers(min_value=1, max_value=30)))


def entity_values(*, names=st.sampled_from(_COUNTRIES)) -> st.SearchStrategy[EntityValue]:
    """Countries as entity values."""
    return names.map(lambda pair: EntityValue(id=pair[0], name=pair[1], type="country"))


def categories() -> st.SearchStrategy[Category]:
    """Labels with their broader chains, drawn from a small consistent taxonomy."""
    taxonomy = [("lpg", ("gas", "fuel")), ("gas", ("fuel",)), ("fuel", ()), ("bread", ("food",)), ("food", ())]
    return st.sampled_from(taxonomy).map(lambda pair: Category(label=pair[0], broader=pair[1]))


@st.composite
def changes(draw) -> Change:
    """Price changes: a direction, a factor and a subject."""
    factor = draw(st.sampled_from([1.5, 2.0, 3.0]))
    return Change(direction=draw(st.sampled_from(["up", "down"])),
                  factor=Quantity(low=factor, high=factor, unit="times", stated=factor),
                  subject=draw(categories()))


def values() -> st.SearchStrategy:
    """Any comparable value."""
    return st.one_of(quantities(), time_ranges(), durations(), entity_values(), categories(), changes())


@st.composite
def tolerances(draw, *, max_relative: float = 0.5, max_absolute: float = 30) -> Tolerance:
    """Tolerances from exact to loose."""
    return Tolerance(relative=draw(st.floats(min_value=0, max_value=max_relative)),
                     absolute=draw(st.floats(min_value=0, max_value=max_absolute)))


_ROLE_STRATEGIES = {
    "count": quantities,
    "date": time_ranges,
    "end": time_ranges,
    "duration": durations,
    "cause": changes,
}


@st.composite
def claims(draw, *, source: str = "source-a", events=st.sampled_from(_EVENTS)) -> Claim:
    """One claim whose value fits its role, with a quote that holds its text."""
    event = draw(events)
    role = draw(st.sampled_from([*_ROLE_STRATEGIES, "participants"]))
    entity = None
    if role == "participants":
        entity = draw(entity_values())
        value = entity
    else:
        value = draw(_ROLE_STRATEGIES[role]())
    text = value.describe()
    start = draw(st.integers(min_value=0, max_value=500))
    return Claim(source=source, event=event, role=role, value=value, entity=entity, text=text,
                 quote=f"The report says {text}.", start=start, end=start + len(text))


@st.composite
def summaries(draw, *, min_size: int = 1, max_size: int = 4, max_claims: int = 6) -> list[SourceSummary]:
    """Several sources, each with a few claims, with unique ids and outlets."""
    count = draw(st.integers(min_value=min_size, max_value=max_size))
    result = []
    for i in range(count):
        sid = f"source-{chr(ord('a') + i)}"
        day = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
        info = SourceInfo(id=sid, outlet=f"Outlet {chr(ord('A') + i)}",
                          published=Published(raw=day.isoformat(), precision="day", earliest=day, latest=day),
                          title=f"Report {i + 1}")
        items = draw(st.lists(claims(source=sid), max_size=max_claims))
        result.append(SourceSummary(source=info, claims=items))
    return result
