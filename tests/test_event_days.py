"""The day of the news event across outlets' wordings, and dates that name no event.

Sentences of our own; each test names the rule it checks.
"""
from __future__ import annotations

from datetime import date

from srccompare.article import Article, Published, SourceInfo
from srccompare.pipeline import compare_summaries, summarize_article

DAY = date(2024, 3, 6)  # a Wednesday; "Monday" is 2024-03-04


def _make(sid: str, text: str) -> Article:
    day = Published(raw=DAY.isoformat(), precision="day", earliest=DAY, latest=DAY)
    return Article(source=SourceInfo(id=sid, outlet=sid.capitalize(), published=day), text=text)


def _claims(text: str):
    return summarize_article(_make("a", text)).claims


def _report(texts: dict[str, str]):
    return compare_summaries([summarize_article(_make(sid, text)) for sid, text in texts.items()])


def _rows_holding(report, day: str):
    return [row for row in report.rows
            if any(v.normalized.get("earliest") == day for c in row.cells for v in c.values
                   if isinstance(v.normalized, dict))]


def test_a_holiday_that_names_a_party_is_no_date():
    claims = _claims("A clerk opened fire at the firm's Christmas dinner on Friday, police said.")
    assert not [c for c in claims if c.role == "date" and c.value.describe().endswith("12-25")]
    assert [c for c in claims if c.role == "date" and c.value.describe() == "2024-03-01"]


def test_a_holiday_with_a_part_of_the_day_is_a_date():
    claims = _claims("The bakery was robbed on Christmas morning, police said.")
    assert [c for c in claims if c.role == "date" and c.value.describe().endswith("12-25")]


def test_a_length_between_two_events_is_the_length_of_neither():
    claims = _claims("The vote comes two years after the death of the founder, which stunned the region.")
    assert not [c for c in claims if c.role == "duration"]


def test_a_length_with_for_before_another_event_stays_a_length():
    claims = _claims("The founder ruled the region for nine years before his death.")
    assert [c.value.describe() for c in claims if c.role == "duration"]


def test_a_count_of_decades_is_a_round_figure():
    report = _report({"a": "Voters chose a parliament on Sunday. The late ruler, who governed the republic for two "
                           "decades until his death in 2011, banned opposition parties.",
                      "b": "Voters chose a parliament on Sunday. The late ruler died in 2011 after 23 years in power."})
    lengths = [row.verdict.value for row in report.rows if row.field.endswith("duration")]
    assert lengths == ["compatible"]


def test_the_news_day_under_different_verbs_is_one_row():
    report = _report({
        "a": "A sacked clerk shot a cashier and wounded two guards on Monday at the depot where he had worked, "
             "police said.\n\nOn Saturday, a man was stabbed in the harbour district.",
        "b": "A sacked clerk walked into the depot where he had worked on Monday and opened fire, police said.\n\n"
             "The clerk had been dismissed a week earlier.",
        "c": "Police named the sacked clerk who was arrested after the shooting at the depot on Monday.\n\n"
             "Officers said Monday's violence lasted minutes.",
    })
    together = [row for row in _rows_holding(report, "2024-03-04")
                if {c.source for c in row.cells if c.values} == {"a", "b", "c"}]
    assert len(together) == 1 and together[0].verdict.value == "agree"


def test_to_fire_is_to_shoot_or_to_dismiss_never_a_blaze():
    claims = _claims("A clerk who was fired on Friday walked into the depot on Monday. "
                     "He fired at two guards on Monday, police said.")
    events = {c.event for c in claims if c.role == "date"}
    assert "fire" not in events and {"dismissal", "attack"} <= events


def test_near_clock_times_under_different_verbs_are_one_moment():
    report = _report({"a": "A gunman walked into the depot at about 10 a.m. on Monday, police said.",
                      "b": "Police received the first emergency call at 10:04 a.m. on Monday."})
    rows = [row for row in report.rows if row.field.endswith(".time")]
    assert len(rows) == 1 and rows[0].verdict.value == "compatible"


def test_clock_times_hours_apart_stay_apart():
    report = _report({"a": "A gunman walked into the depot at about 10 a.m. on Monday, police said.",
                      "b": "The gunman surrendered at 4:15 p.m. on Monday, police said."})
    rows = [row for row in report.rows if row.field.endswith(".time")]
    assert len(rows) == 2 and "conflict" not in {row.verdict.value for row in rows}



def test_a_state_at_a_time_when_something_happened_times_the_event():
    claims = _claims("The ferry was near the harbour at 4:10 a.m. on Monday when the fire broke out, the coastguard said.")
    assert {c.event for c in claims if c.role == "time"} == {"fire"}


def test_a_clock_time_stands_when_the_publication_day_is_known_only_to_the_month():
    month = Published(raw="2024-03", precision="month", earliest=date(2024, 3, 1), latest=date(2024, 3, 31))
    article = Article(source=SourceInfo(id="m", outlet="M", published=month),
                      text="A cyclist was struck by a van just after 8 p.m., police said.")
    assert [c.text for c in summarize_article(article).claims if c.role == "time"] == ["after 8 p.m."]


def test_minutes_into_a_match_are_no_length():
    claims = _claims("Around 67 minutes into the final, the home side scored a second goal.")
    assert not [c for c in claims if c.role == "duration"]


def test_a_light_verb_carries_the_event_its_object_names():
    claims = _claims("Charges were filed on Friday against the driver, prosecutors said.")
    assert {c.event for c in claims if c.role == "date"} == {"charge"}


def test_voters_elect_on_a_coming_day_in_a_preview():
    claims = _claims("Voters in the island republic elect a council on Sunday in a vote seen as a test.")
    assert [c.value.describe() for c in claims if c.role == "date"] == ["2024-03-10"]  # the coming Sunday, not the last
