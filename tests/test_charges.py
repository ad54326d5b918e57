"""Charges: the offence someone is charged with, as a category under its head offence.

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


def _offences(text: str) -> dict[str, str]:
    return {c.field: c.value.describe() for c in summarize_article(_make("a", text)).claims if c.role == "offence"}


def test_each_offence_after_a_charging_cue_is_a_charge_of_its_own():
    assert _offences("The lorry driver was charged with 3rd-degree manslaughter and drunk driving on Friday.") == {
        "charge.offence.manslaughter": "third-degree manslaughter (a kind of manslaughter)",
        "charge.offence.drink-driving": "drink-driving",
    }


def test_an_offence_without_a_charge_is_no_charge():
    assert _offences("The robbery at the jeweller's shocked the town, the mayor said.") == {}


def test_a_charge_and_a_narrower_charge_are_compatible_and_other_offences_their_own_rows():
    report = compare_summaries([
        summarize_article(_make("a", "A builder was charged on Monday with murder and arson after the fire.")),
        summarize_article(_make("b", "A builder faces a first-degree murder charge after Sunday's fire, police said.")),
    ])
    verdicts = {row.field: row.verdict.value for row in report.rows if row.field.startswith("charge.offence")}
    assert verdicts == {"charge.offence.murder": "compatible", "charge.offence.arson": "gap"}


def test_an_organisation_named_by_two_outlets_is_one_agreeing_row():
    report = compare_summaries([
        summarize_article(_make("a", "The cyclist died at Lakeside General Hospital on Monday, police said.")),
        summarize_article(_make("b", "The injured cyclist was taken to Lakeside General Hospital, where she died.")),
    ])
    rows = [row for row in report.rows if row.field.startswith("organisations.named")]
    assert [(row.field, row.verdict.value) for row in rows] == [("organisations.named/lakeside general hospital", "agree")]


def test_a_news_agency_cited_is_no_organisation_of_the_story():
    claims = summarize_article(_make("a", "Two people were hurt in the blast, the Associated Press reported.")).claims
    assert not [c for c in claims if c.event == "organisations"]
