"""Whatever text comes in, the pipeline answers: no exception escapes on odd or hostile input."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srccompare.article import Article, Published, SourceInfo
from srccompare.pipeline import compare_summaries, summarize_article
from srccompare.report.render import render

# fragments of news text that exercise every extractor at once, glued in any order
FRAGMENTS = [
    "On Monday,", "by January 19", "within five days", "is to last 10 days", "until Friday", "since 2019",
    "over 2,000 troops", "roughly 1.5 million", "thousands of people", "a 150-strong unit", "-", "—", "(",
    ")", "“", "”", "\"", "France, Italy and Spain", "Kyrgyzstani", "the Collective Defence Pact (CDP)",
    "the CDP", "killed", "were injured", "began", "withdrawal", "protests", "strike", "sent", "said",
    "according to officials", "a twofold increase in fuel prices", "fell 8%", "including 12 children",
    "Read more", "Leave a Reply", "\n\n", ".", ",", ";", "  ", "2022-01-13", "3:42 a.m.", "O'Brien",
    "Côte d'Ivoire", "U.S.", "1.", "12", "of the 229 seats", "\u00a0", "…", "[…]",
]


@st.composite
def news_texts(draw) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60))
    return " ".join(parts)


def _article(sid: str, text: str, published: date | None) -> Article:
    pub = None if published is None else Published(raw=published.isoformat(), precision="day",
                                                    earliest=published, latest=published)
    return Article(source=SourceInfo(id=sid, outlet=sid.upper(), published=pub, title=text[:40]), text=text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_texts(), news_texts(), st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))))
def test_any_text_gives_a_report(a, b, published):
    summaries = [summarize_article(_article("a", a, published)), summarize_article(_article("b", b, None))]
    for summary in summaries:
        for claim in summary.claims:
            source = claim.quote
            assert claim.text, "every claim quotes words"
            assert 0 <= claim.start <= claim.end
            assert source  # the sentence it came from
    report = compare_summaries(summaries)
    for fmt in ("markdown", "html", "json"):
        assert render(report, fmt)


@settings(max_examples=100, deadline=None)
@given(news_texts())
def test_offsets_point_at_the_quoted_words(text):
    summary = summarize_article(_article("a", text, date(2022, 1, 13)))
    for claim in summary.claims:
        where = summary.source.title if claim.in_title else text
        if not claim.derived:
            assert where[claim.start:claim.end] == claim.text
        assert claim.quote in where
