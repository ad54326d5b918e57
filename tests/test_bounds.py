"""The calendar's edges: clamped arithmetic, values beyond years 1-9999, grouped numbers in lengths."""
from __future__ import annotations

import math
from datetime import date

import pytest

from srccompare import tag_timexes
from srccompare.bounds import add_days, beyond_calendar, ceil_days, floor_days, resolvable_publication
from srccompare.extraction.times import find_time_mentions
from srccompare.reasoning import end_from_start
from srccompare.values import Duration, TimeRange


def test_add_days_stops_at_the_edges() -> None:
    assert add_days(date(2022, 1, 13), 10) == date(2022, 1, 23)
    assert add_days(date(2022, 1, 13), -767_000) == date.min
    assert add_days(date(2022, 1, 13), 10**12) == date.max
    assert add_days(date(2022, 1, 13), math.inf) == date.max
    assert add_days(date(2022, 1, 13), -math.inf) == date.min
    assert add_days(date(2022, 1, 13), math.nan) == date(2022, 1, 13)
    assert beyond_calendar(date.min) and beyond_calendar(date.max) and not beyond_calendar(date(2022, 1, 13))
    assert ceil_days(1.2) == 2 and floor_days(1.8) == 1 and ceil_days(math.inf) == math.inf


def test_an_end_far_beyond_the_calendar_still_lies_after_next_year() -> None:
    end = end_from_start(date(2022, 1, 13), Duration(min_days=40_000 * 365, max_days=40_000 * 366))
    assert end.earliest == end.latest == date.max
    shifted = TimeRange(earliest=date(2, 1, 1), latest=date(9998, 1, 1)).shifted(-10**9, 10**9)
    assert (shifted.earliest, shifted.latest) == (date.min, date.max)


def test_relative_dates_resolve_only_against_plausible_publication_days() -> None:
    assert resolvable_publication(date(2022, 1, 13)) and resolvable_publication(date(1000, 1, 1))
    assert not resolvable_publication(date(999, 12, 31)) and not resolvable_publication(date(9000, 1, 1))
    assert not resolvable_publication(None)


@pytest.mark.parametrize("text,words,value", [("lasted 2,000 days", "2,000 days", "P2000D"),
                                              ("12,000 hours ago", "12,000 hours ago", "2020-08-31")])
def test_grouped_numbers_are_read_whole_in_lengths(text: str, words: str, value: str) -> None:
    (found,) = tag_timexes(text, date(2022, 1, 13))
    assert (found.text, found.value) == (words, value)


@pytest.mark.parametrize("text", ["for 50,000 years", "in 1,5 days"])
def test_the_digits_after_a_thousands_comma_are_not_a_number_of_their_own(text: str) -> None:
    assert all(not t.text.startswith(("000", "5 ")) for t in tag_timexes(text, date(2022, 1, 13)))


@pytest.mark.parametrize("text,dct", [
    ("The siege began on 9999-12-31 and lasted 3 weeks.", date(2022, 1, 13)),
    ("It ended on 0001-01-01, the week before.", date(2022, 1, 13)),
    ("Yesterday, last week and next year it rained.", date(1, 1, 1)),
    ("Tomorrow and next week it will rain.", date(9999, 12, 31)),
    ("The ship has been missing for 21 centuries and will sail in 9,000 years.", date(2022, 1, 13)),
])
def test_dates_at_the_edges_of_the_calendar_raise_nothing(text: str, dct: date) -> None:
    for mention in find_time_mentions(text, dct):
        assert text[mention.start:mention.end] == mention.text
