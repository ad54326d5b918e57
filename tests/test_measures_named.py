"""Measures that name their event, and units that are no owner of what they measure.

Sentences of our own; each test names the rule it checks.
"""
from __future__ import annotations

from datetime import date

from srccompare.article import Article, Published, SourceInfo
from srccompare.pipeline import compare_summaries, summarize_article

DAY = date(2024, 3, 6)


def _make(sid: str, text: str) -> Article:
    day = Published(raw=DAY.isoformat(), precision="day", earliest=DAY, latest=DAY)
    return Article(source=SourceInfo(id=sid, outlet=sid.capitalize(), published=day), text=text)


def _claims(text: str):
    return summarize_article(_make("a", text)).claims


def test_a_share_of_voters_who_voted_is_the_turnout():
    claims = _claims("The commission said 71 per cent of registered voters had cast ballots in Sunday's poll.")
    assert [c.role for c in claims if c.text.startswith("71")] == ["turnout"]


def test_a_share_of_voters_who_backed_something_is_no_turnout():
    claims = _claims("About 40 percent of voters backed the plan in the referendum.")
    assert "turnout" not in {c.role for c in claims}


def test_a_turnout_is_an_elections_whatever_the_sentence():
    fields = {c.field for c in _claims("Turnout was almost 55%, officials said.")}
    assert "election.turnout" in fields


def test_turnouts_in_two_wordings_meet_and_clash():
    report = compare_summaries([
        summarize_article(_make("a", "Officials said turnout reached 67.42 percent in the regional election.")),
        summarize_article(_make("b", "Turnout was almost 60%, the electoral commission said.")),
    ])
    rows = [row for row in report.rows if row.field.startswith("election.turnout")]
    assert len(rows) == 1 and rows[0].verdict.value == "conflict"


def test_the_unit_of_a_percentage_owns_nothing():
    claims = _claims("Some 71 per cent of registered voters took part, the commission said.")
    assert [(c.role, c.frame.owner) for c in claims if c.text.startswith("Some 71")] == [("turnout", "")]


def test_an_age_written_in_words_is_an_age():
    claims = _claims("A forty-two-year-old fisherman was rescued on Tuesday. His nine-year-old son was unhurt.")
    assert sorted(c.value.stated for c in claims if c.role == "age") == [9, 42]


def test_a_street_number_counts_nothing():
    claims = _claims("The van hit her outside the bakery at 310 N. Harbor Blvd. on Monday, police said.")
    assert not [c for c in claims if c.role == "count"]


def test_a_change_from_one_figure_to_another_states_the_second():
    claims = _claims("The death toll from the floods rose from 12 to 15 on Tuesday, officials said.")
    assert [c.value.describe() for c in claims if c.role == "count"] == ["15"]


def test_the_new_number_of_a_thing_counts_that_thing():
    claims = _claims("The reform raised the number of provinces from 9 to 14 last month.")
    assert [(c.value.describe(), c.frame.what) for c in claims if c.role == "count"] == [("14", "province")]


def test_counts_of_charges_are_keyed_by_the_offence_whatever_the_verb():
    fields = [(c.field, c.value.describe()) for c in _claims(
        "The driver pleaded not guilty to three counts of manslaughter and one count of theft. "
        "He faces three manslaughter charges.") if c.role == "count"]
    assert fields == [("charge.count.count of manslaughter", "3 count"), ("charge.count.count of theft", "1 count"),
                      ("charge.count.count of manslaughter", "3 count")]


def test_ages_in_a_pair_count_nothing():
    claims = _claims("The names of the two men killed, who were 71 and 44 years old, have not been released.")
    assert [c.value.describe() for c in claims if c.role == "count"] == ["2 man"]


def test_an_age_in_words_with_no_noun_counts_nothing():
    claims = _claims("A twenty-two year old was hurt when the scaffolding fell, police said.")
    assert not [c for c in claims if c.role == "count"]


def test_a_date_a_figure_is_compared_with_is_no_era_of_the_figure():
    claims = _claims("Turnout was about 58 percent, lower than four years ago, the commission said.")
    assert [c.field for c in claims if c.role == "turnout"] == ["election.turnout"]
