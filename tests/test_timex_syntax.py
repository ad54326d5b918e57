"""The temporal tagger with the parse's help (``tag_timexes(text, dct, doc=parse(text))``):
named example corpora of our own sentences, each with the reading the parse gives and, where
the words alone give another, that reading too, so a test fails if the parse stops counting.
"""
from __future__ import annotations

from datetime import date

import pytest

from srccompare.extraction.timex import tag_timexes
from srccompare.nlp import parse

MONDAY = date(2013, 3, 18)


def values(text: str, dct: date = MONDAY, with_parse: bool = True) -> list[tuple[str, str]]:
    doc = parse(text) if with_parse else None
    return [(t.text, t.value) for t in tag_timexes(text, dct, doc=doc)]


# Direction of a bare weekday or month from the governing verb when the words around it tell
# none: (sentence, span, value with the parse, value from the words alone)
DIRECTION = [
    # the scheduled present of a verb the word list does not know points ahead
    ("The hearings open on Wednesday.", "Wednesday", "2013-03-20", "2013-03-13"),
    # a schedule verb the word list knows points ahead without the parse too
    ("The talks begin on Wednesday.", "Wednesday", "2013-03-20", "2013-03-20"),
    ("The negotiators reconvene on Thursday in Vienna.", "Thursday", "2013-03-21", "2013-03-14"),
    ("The two leaders sit down together on Friday.", "Friday", "2013-03-22", "2013-03-15"),
    ("The new ferry timetable applies from Saturday.", "Saturday", "2013-03-23", "2013-03-16"),
    # a copula's present says nothing of direction: the nearest past day, as without the parse
    ("The share before Friday's sale is small.", "Friday", "2013-03-15", "2013-03-15"),
    # a past verb keeps the day behind, however far it is from the time
    ("The talks that began on Wednesday collapsed.", "Wednesday", "2013-03-13", "2013-03-13"),
]


@pytest.mark.parametrize("sentence,span,with_parse,words_only", DIRECTION, ids=[c[0] for c in DIRECTION])
def test_direction_from_the_governing_verb(sentence, span, with_parse, words_only):
    assert values(sentence) == [(span, with_parse)]
    assert values(sentence, with_parse=False) == [(span, words_only)]


# A date of a report does not anchor "the next day" / "two days later": the event date does.
REPORT_AND_EVENT = [
    ("The blast on Thursday killed five, police said on Sunday. Two days later, a second bomb went off.",
     [("Thursday", "2013-03-14"), ("Sunday", "2013-03-17"), ("Two days later", "2013-03-16")],
     "2013-03-19"),
    ("The dam failed on March 3. Engineers told reporters on March 9 that the spillway had cracked. "
     "The next day the reservoir was empty.",
     [("March 3", "2013-03-03"), ("March 9", "2013-03-09"), ("The next day", "2013-03-04")],
     "2013-03-10"),
    ("Troops entered the town on Tuesday, the army announced on Friday. A day later they withdrew.",
     [("Tuesday", "2013-03-12"), ("Friday", "2013-03-15"), ("A day later", "2013-03-13")],
     "2013-03-16"),
]


@pytest.mark.parametrize("text,expected,words_only", REPORT_AND_EVENT, ids=[c[0][:40] for c in REPORT_AND_EVENT])
def test_report_dates_do_not_anchor(text, expected, words_only):
    assert values(text) == expected
    assert values(text, with_parse=False)[-1][1] == words_only


# With no event date near, the report date is the only anchor there is and is used.
ANCHORED_ON_REPORT = [
    ("Police said on Sunday that the fire was out. The next day the road reopened.",
     [("Sunday", "2013-03-17"), ("The next day", "2013-03-18")]),
    ("The company said Friday it lost money in the quarter. A day earlier its chief quit.",
     [("Friday", "2013-03-15"), ("the quarter", "2012-Q4"), ("A day earlier", "2013-03-14")]),
]


@pytest.mark.parametrize("text,expected", ANCHORED_ON_REPORT, ids=[c[0][:40] for c in ANCHORED_ON_REPORT])
def test_report_date_anchors_when_alone(text, expected):
    assert values(text) == expected


def test_parse_of_another_text_is_refused():
    with pytest.raises(ValueError):
        tag_timexes("The talks begin on Wednesday.", MONDAY, doc=parse("Something else entirely."))


def test_parse_never_changes_spans():
    text = ("Rescuers worked through the night on Tuesday. The storm, which hit the coast on March 2, "
            "is expected to weaken by Friday; officials said on Thursday that schools reopen next week.")
    with_parse = [(t.start, t.end) for t in tag_timexes(text, MONDAY, doc=parse(text))]
    without = [(t.start, t.end) for t in tag_timexes(text, MONDAY)]
    assert with_parse == without


ROLES = [
    ("The blast on Thursday killed five, police said on Sunday.", ["event", "report"]),
    ("Police said on Sunday that the blast on Thursday killed five.", ["report", "event"]),
    ("The ministry announced Monday that the border reopens on Friday.", ["report", "event"]),
    ("Officials told reporters on Tuesday the dam failed on March 3.", ["report", "event"]),
    ("The strike began on Monday and ended on Friday.", ["event", "event"]),
]


@pytest.mark.parametrize("text,roles", ROLES, ids=[c[0] for c in ROLES])
def test_timex_roles(text, roles):
    from srccompare.extraction.timex import timex_roles

    doc = parse(text)
    assert timex_roles(doc, tag_timexes(text, MONDAY, doc=doc)) == roles
