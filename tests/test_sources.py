"""Tests for srccompare.sources: reading article files, their metadata, and clear errors."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from srccompare.article import Article, SourceInfo
from srccompare.errors import (
    DecodeError,
    EmptyInputError,
    InputError,
    MetadataError,
    TooLargeError,
)
from srccompare.sources import (
    NO_DATE_WARNING,
    assign_source_ids,
    collect_input_files,
    is_summary_file,
    load_articles,
    parse_published,
    read_article,
    slugify,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

ARTICLE_MD = """---
outlet: Harbour Times
published: 2024-05-13
title: "Dockworkers strike: port closed"
url: https://example.org/strike
section: business
---
Dockworkers strike: port closed

About 900 dockworkers walked out on Monday.
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def assert_names_file(error: pytest.ExceptionInfo[BaseException], path: Path) -> None:
    message = str(error.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message


# --- Markdown with front matter ---------------------------------------------------------------


def test_front_matter_article(tmp_path: Path) -> None:
    path = write(tmp_path, "harbour.md", ARTICLE_MD)
    article = read_article(path)
    source = article.source
    assert source.outlet == "Harbour Times"
    assert source.id == "harbour-times"
    assert source.title == "Dockworkers strike: port closed"
    assert source.url == "https://example.org/strike"
    assert source.published is not None and source.published.day == date(2024, 5, 13)
    assert source.path == str(path)
    assert source.warnings == ()
    assert (
        article.text
        == "Dockworkers strike: port closed\n\nAbout 900 dockworkers walked out on Monday.\n"
    )


PUBLISHED_CASES: list[tuple[str, object, str, date, date]] = [
    ("date", "2022-01-13", "day", date(2022, 1, 13), date(2022, 1, 13)),
    (
        "date-time keeps the local date",
        "2022-01-13T01:30:00+06:00",
        "day",
        date(2022, 1, 13),
        date(2022, 1, 13),
    ),
    (
        "date-time in UTC",
        "2022-01-13T23:59:59Z",
        "day",
        date(2022, 1, 13),
        date(2022, 1, 13),
    ),
    (
        "date-time with fraction",
        "2022-01-13T10:43:00.000-05:00",
        "day",
        date(2022, 1, 13),
        date(2022, 1, 13),
    ),
    ("month", "2015-09", "month", date(2015, 9, 1), date(2015, 9, 30)),
    ("month december", "2015-12", "month", date(2015, 12, 1), date(2015, 12, 31)),
    ("february leap", "2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),
    ("year", "2015", "year", date(2015, 1, 1), date(2015, 12, 31)),
    ("year as int", 2015, "year", date(2015, 1, 1), date(2015, 12, 31)),
    ("date object", date(2022, 1, 13), "day", date(2022, 1, 13), date(2022, 1, 13)),
    (
        "aware datetime object",
        datetime(2022, 1, 13, 1, 30, tzinfo=timezone(timedelta(hours=6))),
        "day",
        date(2022, 1, 13),
        date(2022, 1, 13),
    ),
]


@pytest.mark.parametrize(
    "name,value,precision,earliest,latest",
    PUBLISHED_CASES,
    ids=[c[0] for c in PUBLISHED_CASES],
)
def test_parse_published(
    name: str, value: object, precision: str, earliest: date, latest: date
) -> None:
    published = parse_published(value, path="a.md")
    assert (published.precision, published.earliest, published.latest) == (
        precision,
        earliest,
        latest,
    )


@pytest.mark.parametrize(
    "value",
    [
        "13 January 2022",
        "2022-13-01",
        "2022-02-30",
        "yesterday",
        "22-01-13",
        ["2022"],
        True,
    ],
)
def test_unparseable_published(value: object) -> None:
    with pytest.raises(MetadataError) as error:
        parse_published(value, path="notes/a.md")
    assert str(error.value).startswith("notes/a.md: ")
    assert "published" in str(error.value)


@pytest.mark.parametrize(
    "written,precision,raw",
    [
        ("2022-01-13T01:30:00+06:00", "day", "2022-01-13T01:30:00+06:00"),
        ("'2015-09'", "month", "2015-09"),
        ("2015", "year", "2015"),
        ("2022-01-13", "day", "2022-01-13"),
    ],
)
def test_published_in_front_matter_is_kept_as_written(
    tmp_path: Path, written: str, precision: str, raw: str
) -> None:
    path = write(
        tmp_path,
        "a.md",
        f"---\noutlet: Radio North\npublished: {written}\n---\nA flood hit the valley.\n",
    )
    published = read_article(path).source.published
    assert published is not None
    assert (published.precision, published.raw) == (precision, raw)
    if precision == "day":
        assert published.day is not None and published.day.isoformat() == raw[:10]


def test_missing_published_warns(tmp_path: Path) -> None:
    path = write(
        tmp_path, "a.md", "---\noutlet: Radio North\n---\nA flood hit the valley.\n"
    )
    source = read_article(path).source
    assert source.published is None
    assert NO_DATE_WARNING in source.warnings


def test_unparseable_published_in_file_names_file_and_key(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "---\noutlet: Radio North\npublished: last Tuesday\n---\nText.\n",
    )
    with pytest.raises(MetadataError) as error:
        read_article(path)
    assert_names_file(error, path)
    assert "'published'" in str(error.value)


# --- plain text, JSON, YAML, HTML -----------------------------------------------------------


def test_plain_text_without_front_matter(tmp_path: Path) -> None:
    text = "Bridge collapses in storm\n\nTwo cars fell into the river on Friday.\n"
    path = write(tmp_path, "valley-news.txt", text)
    article = read_article(path)
    assert article.text == text
    assert article.source.outlet == "valley-news"
    assert article.source.id == "valley-news"
    assert article.source.title == "Bridge collapses in storm"
    assert any("front matter" in w for w in article.source.warnings)
    assert NO_DATE_WARNING in article.source.warnings


def test_plain_text_first_line_sentence_is_not_a_title(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "notes.txt",
        "Two cars fell into the river on Friday.\n\nNobody was hurt.\n",
    )
    assert read_article(path).source.title == ""


def test_json_article(tmp_path: Path) -> None:
    data = {
        "outlet": "Wire One",
        "published": "2023-03-15",
        "title": "Quake kills 1,100",
        "url": "https://example.org/q",
        "body": "More than 1,100 people died.\r\n\r\nRescue teams arrived.",
        "tags": ["quake"],
    }
    path = write(tmp_path, "wire.json", json.dumps(data))
    article = read_article(path)
    assert article.source.outlet == "Wire One"
    assert article.source.title == "Quake kills 1,100"
    assert article.text == "More than 1,100 people died.\n\nRescue teams arrived."
    assert not is_summary_file(path)


@pytest.mark.parametrize(
    "content,error_class",
    [
        ('{"outlet": "Wire One", "text": ', MetadataError),
        ('["not", "an", "object"]', MetadataError),
        ('{"outlet": "Wire One"}', MetadataError),
        ('{"outlet": "Wire One", "text": 42}', MetadataError),
        ('{"outlet": "Wire One", "text": "   "}', EmptyInputError),
        ('{"outlet": ["Wire", "One"], "text": "A flood."}', MetadataError),
    ],
)
def test_bad_json_articles(
    tmp_path: Path, content: str, error_class: type[Exception]
) -> None:
    path = write(tmp_path, "bad.json", content)
    with pytest.raises(error_class) as error:
        read_article(path)
    assert_names_file(error, path)


def test_summary_files_are_recognised_and_skipped(tmp_path: Path) -> None:
    summary_yaml = write(
        tmp_path, "b-summary.yaml", "source: wire-one\nclaims:\n  - field: deaths\n"
    )
    summary_json = write(
        tmp_path, "c-summary.json", json.dumps({"source": "x", "claims": []})
    )
    article = write(tmp_path, "a.md", ARTICLE_MD)
    assert is_summary_file(summary_yaml) and is_summary_file(summary_json)
    assert not is_summary_file(article)
    assert not is_summary_file(write(tmp_path, "broken.yaml", "claims: [unclosed\n"))
    articles = load_articles([article, summary_yaml, summary_json])
    assert [a.source.id for a in articles] == ["harbour-times"]


def test_yaml_article(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.yaml",
        "outlet: Radio North\npublished: 2024-01-05\ntext: |\n  A flood hit the valley.\n",
    )
    article = read_article(path)
    assert article.text == "A flood hit the valley.\n"
    assert (
        article.source.published is not None
        and article.source.published.raw == "2024-01-05"
    )


HTML_PAGE = """<!DOCTYPE html>
<html><head>
<title>Floods hit the north | Daily Example</title>
<meta property="og:site_name" content="Daily Example">
<meta property="og:title" content="Floods hit the north">
<meta property="og:url" content="https://daily.example/floods">
<meta property="article:published_time" content="2024-04-02T23:10:00+02:00">
<style>p { color: red }</style>
<script>var total = 999999;</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Floods hit the north</h1>
<p>Rivers burst their banks on <b>Tuesday</b>, forcing
   2,000 people from their homes.</p>
<p>The army sent 300 soldiers &amp; 40 boats.<br>More rain is expected.</p>
<script>trackView(12345)</script>
<ul><li>Schools closed</li><li>Trains cancelled</li></ul>
</article>
<footer>© 2024 Daily Example. All rights reserved.</footer>
</body></html>
"""


def test_html_page(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", HTML_PAGE)
    article = read_article(path)
    assert article.source.outlet == "Daily Example"
    assert article.source.title == "Floods hit the north"
    assert article.source.url == "https://daily.example/floods"
    assert article.source.published is not None
    assert article.source.published.day == date(2024, 4, 2)
    assert article.text == (
        "Floods hit the north\n\n"
        "Rivers burst their banks on Tuesday, forcing 2,000 people from their homes.\n\n"
        "The army sent 300 soldiers & 40 boats.\nMore rain is expected.\n\n"
        "Schools closed\n\nTrains cancelled"
    )
    for dropped in ("999999", "12345", "Home", "rights reserved", "color"):
        assert dropped not in article.text


def test_html_without_article_uses_body_and_title_tag(tmp_path: Path) -> None:
    page = "<html><head><title>Strike ends</title></head><body><div>Buses run again.</div><div>Talks resume.</div></body></html>"
    path = write(tmp_path, "strike.htm", page)
    article = read_article(path)
    assert article.source.title == "Strike ends"
    assert article.source.outlet == "strike"
    assert article.text == "Buses run again.\n\nTalks resume."
    assert NO_DATE_WARNING in article.source.warnings


def test_html_keeps_the_story_of_a_form_wrapped_page(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Vote count</title><body><form id='page'>"
        "<article><h1>Vote count</h1><p>Turnout was 61%, the election commission said on Monday evening.</p>"
        "<p>Counting ends on Sunday, and the result is due a day later.</p></article>"
        "</form></body></html>"
    )
    article = read_article(write(tmp_path, "vote.html", page))
    assert article.text == (
        "Vote count\n\nTurnout was 61%, the election commission said on Monday evening.\n\n"
        "Counting ends on Sunday, and the result is due a day later."
    )


def test_html_with_nothing_to_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "blank.html",
        "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>",
    )
    with pytest.raises(EmptyInputError) as error:
        read_article(path)
    assert_names_file(error, path)


# --- bad files --------------------------------------------------------------------------------

BAD_FILES: list[tuple[str, str, bytes, type[Exception]]] = [
    ("empty", "empty.md", b"", EmptyInputError),
    ("only whitespace", "blank.txt", b"  \n\n\t\n", EmptyInputError),
    (
        "empty body after front matter",
        "nobody.md",
        b"---\noutlet: A\n---\n\n\n",
        EmptyInputError,
    ),
    (
        "binary with NUL bytes",
        "image.md",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        DecodeError,
    ),
    ("control bytes", "ctl.txt", bytes(range(1, 9)) * 20 + b"text", DecodeError),
    (
        "latin-1 bytes",
        "latin.md",
        "---\noutlet: A\n---\nCaf\u00e9 opens in Montr\u00e9al.\n".encode("latin-1"),
        DecodeError,
    ),
    (
        "broken YAML",
        "yaml.md",
        b"---\noutlet: [A\ntitle: x\n---\nText.\n",
        MetadataError,
    ),
    (
        "front matter is a list",
        "list.md",
        b"---\n- outlet\n- title\n---\nText.\n",
        MetadataError,
    ),
    (
        "front matter is a string",
        "str.md",
        b"---\njust words\n---\nText.\n",
        MetadataError,
    ),
    (
        "title is a list",
        "title.md",
        b"---\noutlet: A\ntitle: [a, b]\n---\nText.\n",
        MetadataError,
    ),
    (
        "url is a mapping",
        "url.md",
        b"---\noutlet: A\nurl: {a: b}\n---\nText.\n",
        MetadataError,
    ),
    ("front matter never closed", "open.md", b"---\noutlet: A\nText.\n", MetadataError),
    ("invalid UTF-16", "u16.txt", b"\xff\xfe" + b"\x00\xd8", DecodeError),
]


@pytest.mark.parametrize(
    "name,filename,content,error_class", BAD_FILES, ids=[c[0] for c in BAD_FILES]
)
def test_bad_files(
    tmp_path: Path,
    name: str,
    filename: str,
    content: bytes,
    error_class: type[Exception],
) -> None:
    path = write(tmp_path, filename, content)
    with pytest.raises(error_class) as error:
        read_article(path)
    assert isinstance(error.value, InputError)
    assert error.value.path == str(path)
    assert_names_file(error, path)


def test_latin1_error_names_the_byte_offset(tmp_path: Path) -> None:
    content = "Café".encode("latin-1")
    path = write(tmp_path, "latin.txt", content)
    with pytest.raises(DecodeError) as error:
        read_article(path)
    assert "offset 3" in str(error.value)
    assert "0xe9" in str(error.value)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.md"
    with pytest.raises(InputError) as error:
        read_article(path)
    assert_names_file(error, path)


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.md", "---\noutlet: A\n---\n" + "Rain fell. " * 1000)
    with pytest.raises(TooLargeError) as error:
        read_article(path, max_bytes=1000)
    assert_names_file(error, path)
    assert "1,000 bytes" in str(error.value)


@pytest.mark.parametrize(
    "encoding,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")]
)
def test_utf16_with_bom(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = write(tmp_path, "u16.md", bom + ARTICLE_MD.encode(encoding))
    article = read_article(path)
    assert article.source.outlet == "Harbour Times"
    assert article.text.endswith("walked out on Monday.\n")


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.md", b"\xef\xbb\xbf" + ARTICLE_MD.encode("utf-8"))
    article = read_article(path)
    assert article.source.outlet == "Harbour Times"
    assert "\ufeff" not in article.text


def test_crlf_is_normalised(tmp_path: Path) -> None:
    path = write(tmp_path, "crlf.md", ARTICLE_MD.replace("\n", "\r\n").encode("utf-8"))
    article = read_article(path)
    assert "\r" not in article.text
    assert article.text == read_article(write(tmp_path, "lf.md", ARTICLE_MD)).text


# --- folders and ids --------------------------------------------------------------------------


def test_collect_input_files(tmp_path: Path) -> None:
    folder = tmp_path / "event"
    folder.mkdir()
    for name in (
        "b.md",
        "a.txt",
        "c.html",
        "EXPECTED.md",
        "README.md",
        ".hidden.md",
        "image.png",
        "d.json",
    ):
        write(folder, name, ARTICLE_MD)
    (folder / "sub").mkdir()
    write(folder / "sub", "e.md", ARTICLE_MD)
    extra = write(tmp_path, "extra.markdown", ARTICLE_MD)
    files = collect_input_files([folder, str(extra), folder / "b.md"])
    assert [f.name for f in files] == [
        "a.txt",
        "b.md",
        "c.html",
        "d.json",
        "extra.markdown",
    ]


def test_collect_empty_folder_and_missing_path(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    write(empty, "notes.png", b"\x89PNG")
    with pytest.raises(EmptyInputError) as error:
        collect_input_files([empty])
    assert str(error.value).startswith(str(empty))
    with pytest.raises(InputError) as missing:
        collect_input_files([tmp_path / "missing"])
    assert "missing" in str(missing.value)


def _article(outlet: str, path: str = "x.md") -> Article:
    return Article(source=SourceInfo(id="", outlet=outlet, path=path), text="Text.")


def test_assign_source_ids_unique_in_input_order() -> None:
    articles = assign_source_ids(
        [
            _article("TVP World"),
            _article("Le Monde"),
            _article("TVP World"),
            _article("tvp world"),
            _article("TVP World 2"),
        ]
    )
    assert [a.source.id for a in articles] == [
        "tvp-world",
        "le-monde",
        "tvp-world-2",
        "tvp-world-3",
        "tvp-world-2-2",
    ]


@pytest.mark.parametrize(
    "name,slug",
    [
        ("TVP World", "tvp-world"),
        ("Le Monde", "le-monde"),
        ("Süddeutsche Zeitung", "suddeutsche-zeitung"),
        ("BBC News (UK)", "bbc-news-uk"),
        ("Газета.ру", "газета-ру"),
        ("al_jazeera", "al-jazeera"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_outlet_missing_comes_from_file_name(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "radio_north.md",
        "---\npublished: 2024-01-05\n---\nA flood hit the valley.\n",
    )
    source = read_article(path).source
    assert source.outlet == "radio_north"
    assert source.id == "radio-north"
    assert any("outlet" in w for w in source.warnings)


# --- the fixtures ------------------------------------------------------------------------------


def test_seed_fixtures_load() -> None:
    articles = load_articles([FIXTURES / "csto-withdrawal"])
    by_id = {a.source.id: a for a in articles}
    assert sorted(by_id) == ["meduza", "tvp-world"]
    for article in articles:
        assert article.source.published is not None
        assert article.source.published.day == date(2022, 1, 13)
        assert article.source.warnings == ()
        assert article.text.split("\n", 1)[0] == article.source.title
    assert by_id["tvp-world"].source.outlet == "TVP World"
    assert by_id["meduza"].source.title.endswith("Russian Defense Minister says")


@pytest.mark.parametrize("event", ["quake-sample", "strike-sample", "summit-sample"])
def test_invented_fixtures_load(event: str) -> None:
    articles = load_articles([FIXTURES / event])
    assert 2 <= len(articles) <= 3
    for article in articles:
        assert article.source.published is not None
        assert article.source.title
        assert article.source.warnings == ()
        words = len(article.text.split())
        assert 200 <= words <= 500, (article.source.id, words)
