"""Typed values: intervals and their relations, the raw material of every verdict."""
from __future__ import annotations

from datetime import date

import pytest

from srccompare.values import Category, Change, Duration, EntityValue, Quantity, Relation, TimeRange, Tolerance

EXACT = Tolerance()


def q(low, high, qualifier="exact"):
    return Quantity(low=low, high=high, qualifier=qualifier, stated=low if low is not None else high)


def day(y, m, d):
    return TimeRange(earliest=date(y, m, d), latest=date(y, m, d))


CASES = [
    ("over vs roughly the same number overlap", q(2000, None, "over"), q(1800, 2200, "about"), Relation.OVERLAP),
    ("equal counts are the same", q(160, 160), q(160, 160), Relation.SAME),
    ("different exact counts are disjoint", q(160, 160), q(162, 162), Relation.DISJOINT),
    ("at least 1,200 vs 1,214", q(1200, None, "at_least"), q(1214, 1214), Relation.OVERLAP),
    ("a month contains its day", TimeRange(earliest=date(2022, 1, 1), latest=date(2022, 1, 31), granularity="month"),
     day(2022, 1, 13), Relation.OVERLAP),
    ("an end by the 19th vs the 22nd/23rd", TimeRange(earliest=None, latest=date(2022, 1, 19)),
     TimeRange(earliest=date(2022, 1, 22), latest=date(2022, 1, 23)), Relation.DISJOINT),
    ("within five days vs five days", Duration(min_days=0, max_days=5), Duration(min_days=5, max_days=5), Relation.OVERLAP),
    ("ten days vs within five days", Duration(min_days=10, max_days=10), Duration(min_days=0, max_days=5), Relation.DISJOINT),
    ("same country", EntityValue(id="chile", name="Chile"), EntityValue(id="chile", name="Chile"), Relation.SAME),
    ("a narrower category overlaps its broader one", Category(label="lpg", broader=("gas", "fuel")), Category(label="fuel"),
     Relation.OVERLAP),
    ("unrelated categories are disjoint", Category(label="bread", broader=("food",)), Category(label="fuel"), Relation.DISJOINT),
    ("values of different kinds never match", q(5, 5), Duration(min_days=5, max_days=5), Relation.DISJOINT),
]


@pytest.mark.parametrize("name,a,b,expected", CASES, ids=[c[0] for c in CASES])
def test_relation(name, a, b, expected):
    assert a.relation(b, EXACT) is expected
    assert b.relation(a, EXACT) is expected  # symmetric


def test_tolerance_turns_a_near_miss_into_the_same():
    assert q(160, 160).relation(q(162, 162), Tolerance(relative=0.05)) is Relation.SAME
    assert day(2022, 1, 12).relation(day(2022, 1, 13), Tolerance(absolute=1)) is Relation.SAME


def test_changes_compare_direction_factor_and_subject():
    lpg = Change(direction="up", factor=q(2, 2), subject=Category(label="lpg", broader=("gas", "fuel")))
    fuel = Change(direction="up", factor=q(2, 2), subject=Category(label="fuel"))
    down = Change(direction="down", factor=q(2, 2), subject=Category(label="fuel"))
    triple = Change(direction="up", factor=q(3, 3), subject=Category(label="fuel"))
    assert lpg.relation(fuel, EXACT) is Relation.OVERLAP
    assert fuel.relation(down, EXACT) is Relation.DISJOINT
    assert fuel.relation(triple, EXACT) is Relation.DISJOINT


@pytest.mark.parametrize("value,words", [
    (q(2000, None, "over"), "≥ 2,000"),
    (TimeRange(earliest=date(2022, 1, 22), latest=date(2022, 1, 23)), "2022-01-22/23"),
    (TimeRange(earliest=None, latest=date(2022, 1, 19)), "by 2022-01-19"),
    (Duration(min_days=0, max_days=5), "at most 5 days"),
])
def test_describe(value, words):
    assert value.describe() == words


def test_two_spellings_of_one_persons_name_overlap_and_two_given_names_do_not():
    from srccompare.values import EntityValue, Relation, Tolerance
    wolfe = EntityValue(id="wolfe", name="Ilene Wolfe", type="person")
    wolff = EntityValue(id="wolff", name="Ilene Wolff", type="person")
    assert wolfe.relation(wolff, Tolerance()) is Relation.OVERLAP
    mikhail = EntityValue(id="petrov", name="Mikhail Petrov", type="person")
    maxim = EntityValue(id="petrov2", name="Maxim Petrov", type="person")
    assert mikhail.relation(maxim, Tolerance()) is Relation.DISJOINT


def test_a_length_open_at_the_top_describes_itself_whatever_its_size():
    import math

    from srccompare.values import Duration

    assert Duration(min_days=5473.75, max_days=math.inf).describe() == "5474–inf days"
    assert Duration(min_days=math.inf, max_days=math.inf).describe() == "inf days"
