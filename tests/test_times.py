"""Tests of ``find_time_mentions``: timexes read as comparable values with their framing word
(deadlines, windows, plain durations, starts and ends), as named example corpora."""
from __future__ import annotations

from datetime import date

import pytest

from srccompare.extraction.timex import tag_timexes
from srccompare.extraction.times import find_time_mentions

DCT = date(2022, 1, 13)  # a Thursday


def only(text: str, dct: date | None = DCT):
    found = find_time_mentions(text, dct)
    assert len(found) == 1, [(m.text, m.relation) for m in found]
    return found[0]


# (sentence, mention text, relation, earliest, latest)
DATE_CASES = [
    ("The troops will leave by January 19.", "by January 19", "by", None, date(2022, 1, 19)),
    ("Rebels must disarm no later than Feb. 2.", "no later than Feb. 2", "by", None, date(2022, 2, 2)),
    ("The contingent will be home before the 19th.", "before the 19th", "before", None, date(2022, 1, 18)),
    ("The curfew stays in force until Friday.", "until Friday", "until", None, date(2022, 1, 14)),
    ("The border has been closed since March 2021.", "since March 2021", "since", date(2021, 3, 1), None),
    ("Flights resume after January 20.", "after January 20", "after", date(2022, 1, 21), None),
    ("The new tariff applies from February 1.", "from February 1", "from", date(2022, 2, 1), None),
    ("Voters went to the polls on January 2.", "on January 2", "at", date(2022, 1, 2), date(2022, 1, 2)),
    ("The factory shut in December 2021.", "in December 2021", "at", date(2021, 12, 1), date(2021, 12, 31)),
    ("The quake hit on Tuesday.", "on Tuesday", "at", date(2022, 1, 11), date(2022, 1, 11)),
    ("The tribunal was set up in 2019.", "in 2019", "at", date(2019, 1, 1), date(2019, 12, 31)),
    ("Miners will be evacuated by next Wednesday, January 19.", "by next Wednesday, January 19", "by",
     None, date(2022, 1, 19)),
    ("The strike has lasted since last week.", "since last week", "since", date(2022, 1, 3), None),
    ("Ballots must arrive before the end of the month.", "before the end of the month", "before", None, date(2022, 1, 20)),
    ("Prices rose in early 2021.", "in early 2021", "at", date(2021, 1, 1), date(2021, 5, 2)),
]

# (sentence, mention text, relation, min_days, max_days)
DURATION_CASES = [
    ("The mission is to last 10 days.", "is to last 10 days", "for", 10, 10),
    ("Peacekeepers will stay for two weeks.", "for two weeks", "for", 14, 14),
    ("The withdrawal will be completed within five days.", "within five days", "within", 0, 5),
    ("The strike lasted no more than 10 days.", "lasted no more than 10 days", "within", 0, 10),
    ("The rescue finished in less than a week.", "in less than a week", "within", 0, 7),
    ("The count took about 10 days.", "about 10 days", "for", 9, 11),
    ("The blockade lasted more than 20 days.", "lasted more than 20 days", "for", 20, None),
    ("A 30-day ceasefire was agreed.", "30-day", "for", 30, 30),
]


@pytest.mark.parametrize("sentence,text,relation,earliest,latest", DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_dates(sentence, text, relation, earliest, latest):
    m = only(sentence)
    assert (m.text, m.relation) == (text, relation)
    assert (m.range.earliest, m.range.latest) == (earliest, latest)
    assert sentence[m.start:m.end] == m.text
    assert m.duration is None


@pytest.mark.parametrize("sentence,text,relation,lo,hi", DURATION_CASES, ids=[c[0] for c in DURATION_CASES])
def test_durations(sentence, text, relation, lo, hi):
    m = only(sentence)
    assert (m.text, m.relation) == (text, relation)
    assert m.duration.min_days == pytest.approx(lo)
    if hi is None:
        assert m.duration.max_days is None
    else:
        assert m.duration.max_days == pytest.approx(hi)
    assert m.range is None


RANGES = [
    ("The ceasefire runs from January 2 to January 5.",
     [("from January 2", "from", "from 2022-01-02"), ("to January 5", "until", "by 2022-01-05")]),
    ("Output fell between 2010 and 2015.",
     [("between 2010", "from", "from 2010-01-01"), ("and 2015", "until", "by 2015-12-31")]),
    ("The office is closed from March 3 through March 9.",
     [("from March 3", "from", "from 2022-03-03"), ("through March 9", "until", "by 2022-03-09")]),
]


@pytest.mark.parametrize("sentence,expected", RANGES, ids=[c[0] for c in RANGES])
def test_ranges(sentence, expected):
    found = [(m.text, m.relation, m.range.describe()) for m in find_time_mentions(sentence, DCT)]
    assert found == expected


KNOWN_FAILURES = [
    pytest.param("The summit is set for January 20-21.", "January 20-21", "at",
                 marks=pytest.mark.xfail(reason="day ranges inside one date are read as their first day", strict=True)),
]


@pytest.mark.parametrize("sentence,text,relation", KNOWN_FAILURES)
def test_known_failures(sentence, text, relation):
    m = only(sentence)
    assert (m.text, m.relation) == (text, relation)


def test_uncomparable_timexes_are_left_out():
    text = "Markets are calm now, and the ferry runs daily; talks resume on Thursday."
    found = find_time_mentions(text, None)
    assert [m.timex.value for m in found] == []
    found = find_time_mentions(text, DCT)
    assert [m.text for m in found] == ["on Thursday"]


def test_reuses_given_timexes():
    text = "The army pulled out by January 19 after a 10-day stay."
    timexes = tag_timexes(text, DCT)
    assert find_time_mentions(text, DCT, timexes=timexes) == find_time_mentions(text, DCT)


def test_narrative_deadline():
    text = "The deployment began on January 6. The next day, officials said it would end by the 19th."
    found = find_time_mentions(text, DCT)
    assert [(m.text, m.relation, m.range.describe()) for m in found] == [
        ("on January 6", "at", "2022-01-06"),
        ("The next day", "at", "2022-01-07"),
        ("by the 19th", "by", "by 2022-01-19"),
    ]
