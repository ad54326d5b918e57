"""HTML pages through trafilatura: the story, its metadata, and hostile markup."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from srccompare.errors import EmptyInputError, InputError
from srccompare.sources import read_article

DATA = Path(__file__).parent / "data"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_news_page_gives_its_story_and_metadata() -> None:
    article = read_article(DATA / "port-strike-page.html")
    source = article.source
    assert source.outlet == "Harbour Gazette"
    assert source.title == "Port workers strike for a third day"
    assert source.url == "https://gazette.example/port-strike"
    assert source.published is not None and source.published.raw == "2023-06-14T08:05:00+02:00"
    assert source.published.day == date(2023, 6, 14)
    assert source.warnings == ()
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Port workers strike for a third day"
    assert paragraphs[1].startswith("About 1,200 dock workers stayed off the job on Wednesday")
    # a <br> stays a line break inside its paragraph
    assert "so far and that talks would resume on Friday.\nPolice said two people were detained." in article.text
    # navigation, byline, related teasers, comments and footer are not the story
    for furniture in ("Home", "By Ana Ruiz", "Ferry fares", "crane", "Great article", "rights reserved"):
        assert furniture not in article.text


def test_json_ld_alone_gives_date_outlet_and_title(tmp_path: Path) -> None:
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
            '"2021-05-04T10:00:00Z", "headline": "Quake hits the coast", "publisher": {"@type": "Organization", '
            '"name": "Quake News"}}</script></head><body><article><p>A quake of magnitude 6.1 hit on Monday, '
            'killing 12 people, officials said.</p><p>Rescuers said 40 people were injured.</p></article></body></html>')
    source = read_article(write(tmp_path, "quake.html", page)).source
    assert source.outlet == "Quake News"
    assert source.title == "Quake hits the coast"
    assert source.published is not None and source.published.day == date(2021, 5, 4)


def test_a_publication_date_that_is_no_date_is_passed_over_with_a_warning(tmp_path: Path) -> None:
    page = ('<html><head><meta property="og:site_name" content="Wire">'
            '<meta property="article:published_time" content="99999-01-01">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-02-03"}</script>'
            '</head><body><article><p>Floods forced 2,000 people from their homes on Tuesday, officials said.</p>'
            '</article></body></html>')
    path = write(tmp_path, "flood.html", page)
    source = read_article(path).source
    assert source.published is not None and source.published.day == date(2020, 2, 3)
    assert any(str(path) in w and "99999-01-01" in w for w in source.warnings)


ODD_PAGES = {
    "marked section": "<html><body><![ foo bar ]><p>About 300 people were detained on Monday, police said.</p></body></html>",
    "conditional comment": "<html><body><![if !supportLists]><p>About 300 people were detained.</p><![endif]></body></html>",
    "cdata": "<html><body><![CDATA[ x ]]><p>About 300 people were detained on Monday.</p></body></html>",
    "truncated": "<html><head><title>Detentions</title></head><body><article><p>About 300 people were detained on Mon",
    "unclosed everything": "<html><body><div><p>About 300 people <b>were <i>detained <p>on Monday",
    "stray end tags": "</div></p></html><p>About 300 people were detained on Monday.</p></body></body>",
    "bad entities": "<html><body><p>About &#1114112; 300 &#x0; people &bogus; were detained.</p></body></html>",
    "xml declaration": "<?xml version='1.0'?><html><body><p>About 300 people were detained.</p></body></html>",
    "deep nesting": "<html><body>" + "<div>" * 5000 + "<p>About 300 people were detained.</p>" + "</div>" * 5000 + "</body></html>",
}


@pytest.mark.parametrize("kind", sorted(ODD_PAGES))
def test_odd_markup_gives_an_article_or_an_error_naming_the_file(tmp_path: Path, kind: str) -> None:
    path = write(tmp_path, "odd.html", ODD_PAGES[kind])
    try:
        article = read_article(path)
    except InputError as error:
        assert str(error).startswith(str(path)) and "\n" not in str(error)
        return
    assert "300" in article.text and "detained" in article.text


@pytest.mark.parametrize("page", [
    "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>",
    "<![ foo ]>",
    "<html></html>",
])
def test_a_page_without_a_story_is_an_empty_input_error(tmp_path: Path, page: str) -> None:
    path = write(tmp_path, "blank.html", page)
    with pytest.raises(EmptyInputError) as error:
        read_article(path)
    assert str(error.value).startswith(str(path))


def test_offsets_of_a_page_point_into_the_text_srccompare_reads() -> None:
    from srccompare.pipeline import summarize_article

    article = read_article(DATA / "port-strike-page.html")
    summary = summarize_article(article)
    assert summary.claims
    for claim in summary.claims:
        where = article.source.title if claim.in_title else article.text
        if not claim.derived:
            assert where[claim.start:claim.end] == claim.text
        assert claim.quote in where
