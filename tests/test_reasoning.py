"""Per-source reasoning: a start and a duration give an end."""
from __future__ import annotations

from datetime import date

import pytest

from srccompare.claim import Claim
from srccompare.reasoning import counting_of, end_from_start, reconcile_schedules
from srccompare.values import Duration, TimeRange


@pytest.mark.parametrize("days,counting,earliest,latest", [
    (10, "either", date(2022, 1, 22), date(2022, 1, 23)),   # "is to last 10 days" from the 13th
    (2, "inclusive", date(2022, 1, 14), date(2022, 1, 14)),  # a "two-day" event opening on the 13th
    (2, "exact", date(2022, 1, 15), date(2022, 1, 15)),      # 48 hours from the 13th
])
def test_end_from_start(days, counting, earliest, latest):
    end = end_from_start(date(2022, 1, 13), Duration(min_days=days, max_days=days), counting)
    assert (end.earliest, end.latest) == (earliest, latest)


def test_a_window_ends_between_the_start_and_its_limit():
    end = end_from_start(date(2022, 1, 13), Duration(min_days=0, max_days=5))
    assert (end.earliest, end.latest) == (date(2022, 1, 13), date(2022, 1, 18))


@pytest.mark.parametrize("words,counting", [("48 hours", "exact"), ("a 48-hour strike", "exact"),
                                            ("two-day", "inclusive"), ("is to last 10 days", "either")])
def test_counting_of(words, counting):
    assert counting_of(words) == counting


def _claim(source, role, value, text="x"):
    return Claim(source=source, event="strike", role=role, value=value, text=text, quote=text + ".", start=0, end=len(text))


def test_durations_become_ends_only_where_a_start_is_known_and_an_end_is_stated():
    start = _claim("a", "start", TimeRange(earliest=date(2024, 5, 13), latest=date(2024, 5, 13)))
    length = _claim("a", "duration", Duration(min_days=2, max_days=2), "will last 48 hours")
    other_end = _claim("b", "end", TimeRange(earliest=date(2024, 5, 17), latest=date(2024, 5, 17)))
    lone_length = _claim("c", "duration", Duration(min_days=2, max_days=2))
    result = reconcile_schedules({"a": [start, length], "b": [other_end], "c": [lone_length]})
    (converted,) = [c for c in result["a"] if c.text == "will last 48 hours"]
    assert converted.role == "end" and converted.value.earliest == date(2024, 5, 15)
    assert "from 2024-05-13" in converted.derived
    assert result["c"] == [lone_length]
    # without a stated end anywhere, durations stay durations
    assert reconcile_schedules({"a": [start, length]})["a"] == [start, length]
