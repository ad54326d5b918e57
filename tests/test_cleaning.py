"""Tests for srccompare.cleaning: boilerplate blocks found, article paragraphs left alone."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from srccompare.cleaning import BoilerplateSpan, boilerplate_spans, is_boilerplate
from srccompare.sources import read_article
from srccompare.text import split_paragraphs

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def flagged(text: str) -> dict[str, str]:
    """Paragraph text → reason, for every paragraph inside a boilerplate block."""
    spans = boilerplate_spans(text)
    result: dict[str, str] = {}
    for para in split_paragraphs(text):
        for span in spans:
            if span.start <= para.start and para.end <= span.end:
                result[para.text] = span.reason
    return result


def assert_whole_paragraphs(text: str, spans: list[BoilerplateSpan]) -> None:
    starts = {p.start for p in split_paragraphs(text)}
    ends = {p.end for p in split_paragraphs(text)}
    for span in spans:
        assert span.start in starts and span.end in ends
        assert text[span.start : span.end] == span.text


# (name, page, {paragraph: reason} expected flagged; every other paragraph must stay unflagged)
NOISY_PAGES: list[tuple[str, str, dict[str, str]]] = [
    (
        "teaser with ellipsis and read-more marker",
        (
            "Wildfire forces 5,000 from homes in Attica\n\n"
            "More than 5,000 residents were evacuated on Saturday as a wildfire spread.\n\n"
            "Ferry strike disrupts island travel\n\n"
            "Seamen walked off the job for 24 hours on Tuesday, stranding thousands of tourists…\n\n"
            "Read more\n\n"
            "Firefighters said the blaze was 40% contained by Sunday evening."
        ),
        {
            "Ferry strike disrupts island travel": "teaser",
            "Seamen walked off the job for 24 hours on Tuesday, stranding thousands of tourists…": "teaser",
            "Read more": "read-more",
        },
    ),
    (
        "read also line with a headline",
        (
            "The court sentenced the former mayor to six years.\n\n"
            "Read also: Parliament debates anti-corruption bill\n\n"
            "His lawyers said they would appeal."
        ),
        {"Read also: Parliament debates anti-corruption bill": "read-more"},
    ),
    (
        "label and run-together link titles",
        (
            "Turnout reached 61.4%, the election commission said.\n\n"
            "More from Politics\n\n"
            "Coalition talks stall over budgetWhy young voters stayed homeMayor resigns after audit"
        ),
        {
            "More from Politics": "related-links",
            "Coalition talks stall over budgetWhy young voters stayed homeMayor resigns after audit": "related-links",
        },
    ),
    (
        "label and one headline per line",
        (
            "The dam was completed in 2019.\n\n"
            "Related stories\n\n"
            "River levels fall to record low\nFarmers ask for drought relief"
        ),
        {
            "Related stories": "related-links",
            "River levels fall to record low\nFarmers ask for drought relief": "related-links",
        },
    ),
    (
        "comment form with its fields",
        (
            "The ministry confirmed 12 cases.\n\n"
            "Leave a Reply\n\n"
            "Your email address will not be published. Required fields are marked *\n\n"
            "Comment\n\nName *\n\nEmail *\n\nWebsite\n\nPost Comment"
        ),
        {
            "Leave a Reply": "comment-form",
            "Your email address will not be published. Required fields are marked *": "comment-form",
            "Comment": "comment-form",
            "Name *": "comment-form",
            "Email *": "comment-form",
            "Website": "comment-form",
            "Post Comment": "comment-form",
        },
    ),
    (
        "appeals, newsletter, share bar, cookies, credits",
        (
            "By Ana Costa\n\n"
            "The central bank raised its key rate to 5.25% on Wednesday.\n\n"
            "Photo: Traders at the stock exchange / AFP\n\n"
            "Share on Facebook Share on Twitter Email\n\n"
            "Independent journalism needs you. Donate today and become a member.\n\n"
            "Sign up for our newsletter to get the morning briefing.\n\n"
            "We use cookies to improve your experience. Accept all cookies"
        ),
        {
            "By Ana Costa": "byline-credit",
            "Photo: Traders at the stock exchange / AFP": "byline-credit",
            "Share on Facebook Share on Twitter Email": "share",
            "Independent journalism needs you. Donate today and become a member.": "appeal",
            "Sign up for our newsletter to get the morning briefing.": "newsletter",
            "We use cookies to improve your experience. Accept all cookies": "cookie",
        },
    ),
]

# Article paragraphs that use appeal words but are reporting, not asking.
SUPPORT_IN_BODY: list[str] = [
    "The government said it would support farmers hit by the drought with 200 million euros.",
    "Opposition parties withdrew their support for the bill on Tuesday.",
    "\u201cWe need your support,\u201d the candidate told a rally of 3,000 people in Leeds.",
    "Donors pledged $1.2 billion, and Norway said it would donate another 50 million crowns.",
    "Support for the ruling party fell to 28% in the latest poll.",
    "Residents who subscribe to the flood alert service received a text message at 4 a.m.",
    "The union said members would become eligible for the bonus in March.",
    "Readers can find the full ruling on the court's website.",
    "Nearly two-thirds of Estonians support building the cable, a survey found.",
    "The spokesman said the ministry would post a comment on its website later.",
    "Newsletter subscribers were told on Friday that the magazine would close.",
]


@pytest.mark.parametrize(
    "name,page,expected", NOISY_PAGES, ids=[c[0] for c in NOISY_PAGES]
)
def test_noisy_pages(name: str, page: str, expected: dict[str, str]) -> None:
    assert flagged(page) == expected
    assert_whole_paragraphs(page, boilerplate_spans(page))


@pytest.mark.parametrize("paragraph", SUPPORT_IN_BODY)
def test_body_paragraphs_with_appeal_words_are_not_flagged(paragraph: str) -> None:
    page = "Officials met on Monday.\n\n" + paragraph + "\n\nThe meeting ended at noon."
    assert boilerplate_spans(page) == []


def test_headline_above_last_body_paragraph_is_not_a_teaser_without_a_marker() -> None:
    page = "Storm Kiara hits the coast\n\nWinds of 130 km/h were recorded on Friday...\n\nPower was cut."
    assert boilerplate_spans(page) == []


def test_label_without_links_is_left_alone() -> None:
    page = "Most read\n\nThe minister said the plan would cost 3 billion euros over five years."
    assert boilerplate_spans(page) == []


def test_is_boilerplate_overlap_and_points() -> None:
    spans = [BoilerplateSpan(start=10, end=20, text="x" * 10, reason="appeal")]
    assert is_boilerplate(12, 15, spans)
    assert is_boilerplate(5, 11, spans)
    assert not is_boilerplate(0, 10, spans)
    assert not is_boilerplate(20, 25, spans)
    assert is_boilerplate(10, 10, spans)
    assert not is_boilerplate(20, 20, spans)


def test_pathological_paragraphs_are_fast() -> None:
    for text in (
        "1" * 200_000 + " comments",
        "Related\n\n" + "aB" * 100_000,
        "... " * 50_000,
    ):
        started = time.perf_counter()
        boilerplate_spans(text)
        assert time.perf_counter() - started < 2.0


# --- the fixtures ---------------------------------------------------------------------------

# file → the opening words of every paragraph that is page furniture, and its reason.
FIXTURE_NOISE: dict[str, dict[str, str]] = {
    "csto-withdrawal/tvp-world.md": {
        "Czech MFA suspends licence": "teaser",
        "Prompted by the outburst": "teaser",
        "see more": "read-more",
    },
    "csto-withdrawal/meduza.md": {
        "about events in Kazakhstan": "related-links",
        "Technically legal": "related-links",
        "Meduza is working for you": "appeal",
        "Leave A Reply": "comment-form",
        "Your email address": "comment-form",
    },
    "quake-sample/andes-daily.md": {
        "Mining firm raises": "teaser",
        "The company said on Monday": "teaser",
        "Read more": "read-more",
        "Sign up for our daily": "newsletter",
        "Related": "related-links",
        "Landslides cut off": "related-links",
    },
    "quake-sample/global-wire.md": {
        "By Maria Torres": "byline-credit",
        "Share on Facebook": "share",
        "Photo: Rescuers": "byline-credit",
        "(Reporting by": "byline-credit",
        "Most read": "related-links",
        "Central bank holds": "related-links",
    },
    "quake-sample/pacific-herald.md": {
        "Volcano alert raised": "teaser",
        "Authorities raised the alert": "teaser",
        "See more": "read-more",
        "We rely on readers": "appeal",
        "Leave a comment": "comment-form",
        "Your email address": "comment-form",
        "Name *": "comment-form",
        "Email *": "comment-form",
        "Post Comment": "comment-form",
    },
    "strike-sample/laurentian-post.md": {
        "Rail carriers expect": "teaser",
        "A major rail carrier": "teaser",
        "Read more": "read-more",
        "Comments are closed": "comment-form",
        "Subscribe to our newsletter": "newsletter",
        "More from Business": "related-links",
        "Grocery prices ease": "related-links",
    },
    "strike-sample/freight-desk.md": {
        "Share\nTweet": "share",
        "Related:": "related-links",
        "Halifax port volumes": "related-links",
        "Leave a Reply": "comment-form",
        "Your email address": "comment-form",
        "Comment": "comment-form",
        "Name": "comment-form",
        "Email": "comment-form",
        "Website": "comment-form",
    },
    "strike-sample/citynews-now.md": {
        "Photo credit:": "byline-credit",
        "Support local news": "appeal",
        "We use cookies": "cookie",
    },
    "summit-sample/northern-courier.md": {
        "READ ALSO:": "read-more",
        "Fisheries group warns": "teaser",
        "Fishing associations": "teaser",
        "Read more": "read-more",
        "Get the Northern Courier": "newsletter",
        "Most popular": "related-links",
        "Tallinn tram extension": "related-links",
    },
    "summit-sample/continental-review.md": {
        "Share this article": "share",
        "Continental Review is reader-funded": "appeal",
        "3 Comments": "comment-form",
        "Leave a Reply": "comment-form",
        "Your email address": "comment-form",
        "Post Comment": "comment-form",
    },
}


def _expected_reason(paragraph: str, noise: dict[str, str]) -> str | None:
    matches = [prefix for prefix in noise if paragraph.startswith(prefix)]
    if not matches:
        return None
    best = max(matches, key=len)
    if (
        best in {"Comment", "Name", "Email", "Related", "Website"}
        and paragraph.rstrip(" *:") != best
    ):
        return None  # a short field label, not a paragraph that merely starts with the word
    return noise[best]


@pytest.mark.parametrize("relative", sorted(FIXTURE_NOISE))
def test_fixture_noise_is_covered_and_body_is_not(relative: str) -> None:
    article = read_article(FIXTURES / relative)
    text = article.text
    noise = FIXTURE_NOISE[relative]
    got = flagged(text)
    paragraphs = split_paragraphs(text)
    expected = {
        p.text: reason
        for p in paragraphs
        if (reason := _expected_reason(p.text, noise)) is not None
    }
    assert len(expected) == len(noise), (
        "every listed noise paragraph exists in the fixture"
    )
    assert got == expected
    assert_whole_paragraphs(text, boilerplate_spans(text))


@pytest.mark.parametrize("stamp", ["June 3, 2011-9:15AM", "June 3, 2011 – 9:15 AM", "3 June 2011 | 09:15"])
def test_a_date_and_time_line_is_page_furniture(stamp: str) -> None:
    page = stamp + "\n\nA fire destroyed a warehouse on the harbour early on Friday, officials said."
    assert [s.text.strip() for s in boilerplate_spans(page)] == [stamp]


@pytest.mark.parametrize("stamp", ["POSTED: 0915 GMT (1715 HKT), March 2, 2015", "Updated: 9:15 a.m. (1415 GMT)"])
def test_a_stamp_with_a_second_zone_in_brackets_is_page_furniture(stamp: str) -> None:
    page = stamp + "\n\nA fire destroyed a warehouse on the harbour early on Friday, officials said."
    assert [s.text.strip() for s in boilerplate_spans(page)] == [stamp]
