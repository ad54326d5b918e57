"""The HTML report in a real browser: Playwright's Python API driving the system's Chromium.

Playwright's own browser download is not used (nor reachable here): the tests run Debian's
``chromium`` (``/usr/bin/chromium``, or ``$SRCCOMPARE_CHROMIUM``). Where it or the
``playwright`` package is missing the tests are skipped with the reason; under CI (``CI=true``)
they fail instead, so a CI machine without a browser cannot pass them silently.
"""
from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from srccompare import compare_paths, render
from srccompare.report.model import Cell, CellValue, Report, ReportSource, Row, Summary, Verdict

ROOT = Path(__file__).resolve().parent.parent
TWO_OUTLETS = [ROOT / "fixtures" / "csto-withdrawal"]
TWELVE_OUTLETS = [ROOT / "fixtures" / "embassy-evacuation-sample", ROOT / "examples" / "embassy-evacuation-more"]


def _chromium() -> str | None:
    for candidate in (os.environ.get("SRCCOMPARE_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"browser tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[test]')")
    executable = _chromium()
    if executable is None:
        _unavailable("no Chromium found (apt-get install chromium, or set SRCCOMPARE_CHROMIUM)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            yield browser
        finally:
            browser.close()


class Loaded:
    """A page opened on a report file, with what it logged and asked the network for."""

    def __init__(self, page, errors: list[str], requests: list[str]):
        self.page, self.errors, self.requests = page, errors, requests


@contextlib.contextmanager
def opened(browser, html: str, tmp_path: Path, width: int = 1280):
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    url = path.as_uri()
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("request", lambda r: requests.append(r.url) if r.url.split("#")[0] != url else None)
    page.goto(url)
    page.wait_for_load_state("load")
    try:
        yield Loaded(page, errors, requests)
    finally:
        context.close()


@pytest.fixture(scope="module")
def built_html() -> str:
    """A hand-built report with every verdict, per-entity rows and article texts: what the page
    must do whatever the claim layer makes of the fixtures."""
    from test_render import sample_report

    from srccompare.report.facts import ArticleText

    texts = {"harbour-times": ArticleText(title="Quake of magnitude 6.1 shakes coastal town",
                                          text="Japan and Canada pledged aid.")}
    return render(sample_report(), "html", articles=texts)


@pytest.fixture(scope="module")
def two_outlet_html() -> str:
    with contextlib.chdir(ROOT):
        return render(compare_paths(TWO_OUTLETS), "html")


@pytest.fixture(scope="module")
def twelve_outlet_html() -> str:
    with contextlib.chdir(ROOT):
        report = compare_paths(TWELVE_OUTLETS)
    assert len(report.sources) == 12
    return render(report, "html")


def visible_verdicts(page) -> list[str]:
    return page.eval_on_selector_all("li.fact", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.verdict)")


@pytest.mark.parametrize("which", ["two_outlet_html", "twelve_outlet_html"])
def test_loads_without_console_errors_or_network_requests(browser, tmp_path, request, which):
    with opened(browser, request.getfixturevalue(which), tmp_path) as loaded:
        loaded.page.click("a[href='#articles']")
        loaded.page.locator("details.quotes > summary").first.click()
        assert loaded.errors == []
        assert loaded.requests == []
        # the script ran: the filter form is shown and counts the facts
        assert loaded.page.is_visible("#filters")
        assert "facts shown" in loaded.page.inner_text("#f-count")


@pytest.mark.parametrize("which", ["built_html", "two_outlet_html", "twelve_outlet_html"])
def test_filtering_to_conflicts_shows_only_conflict_rows(browser, tmp_path, request, which):
    with opened(browser, request.getfixturevalue(which), tmp_path) as loaded:
        page = loaded.page
        everything = visible_verdicts(page)
        assert len(set(everything)) >= 2
        if which == "built_html":
            assert set(everything) == {"conflict", "gap", "compatible", "agree"}
        for verdict in ("gap", "compatible", "agree"):
            page.uncheck(f"#filters input[value={verdict}]")
        shown = visible_verdicts(page)
        assert set(shown) <= {"conflict"}
        assert len(shown) == everything.count("conflict")
        assert page.inner_text("#f-count") == f"{len(shown)} of {len(everything)} facts shown"
        page.click("#filters button[type=reset]")
        page.wait_for_function("() => document.querySelectorAll('li.fact[hidden]').length === 0")
        assert visible_verdicts(page) == everything


def test_filter_by_outlet_and_text_search(browser, tmp_path, twelve_outlet_html):
    with opened(browser, twelve_outlet_html, tmp_path) as loaded:
        page = loaded.page
        total = len(visible_verdicts(page))
        page.select_option("#f-outlet", "sahara-wire")
        by_outlet = page.eval_on_selector_all("li.fact", "rs => rs.filter(r => !r.hidden).map(r => r.dataset.outlets)")
        assert by_outlet and all("sahara-wire" in outlets.split() for outlets in by_outlet)
        assert len(by_outlet) < total
        page.select_option("#f-outlet", "")
        page.fill("#f-text", "Izmir")
        found = page.eval_on_selector_all("li.fact", "rs => rs.filter(r => !r.hidden).map(r => r.id)")
        assert 0 < len(found) < total
        page.fill("#f-text", "no such words anywhere")
        assert visible_verdicts(page) == []
        assert page.is_visible("#f-none")


@pytest.mark.parametrize("which", ["built_html", "two_outlet_html"])
def test_expanding_a_row_shows_its_quotes(browser, tmp_path, request, which):
    with opened(browser, request.getfixturevalue(which), tmp_path) as loaded:
        page = loaded.page
        row = page.locator("li.fact").first
        quote = row.locator("details.quotes blockquote").first
        assert not quote.is_visible()
        row.locator("details.quotes > summary").click()
        assert quote.is_visible()
        assert row.locator("details.quotes mark").first.is_visible()  # the value, marked in its sentence
        if which == "built_html":  # the conflict row comes first: its first quote is Harbour Times'
            assert quote.inner_text() == HOSTILE_QUOTE_TEXT


def test_keyboard_opens_quotes_and_drives_the_filters(browser, tmp_path, built_html):
    with opened(browser, built_html, tmp_path) as loaded:
        page = loaded.page
        page.focus("#filters input[value=gap]")
        page.keyboard.press("Space")  # unticks "Gap"
        assert "gap" not in visible_verdicts(page) and "conflict" in visible_verdicts(page)
        summary = page.locator("li.fact details.quotes > summary").first
        summary.focus()
        page.keyboard.press("Enter")
        assert page.locator("li.fact details.quotes").first.get_attribute("open") is not None


@pytest.mark.parametrize("which", ["built_html", "two_outlet_html"])
def test_a_marked_value_in_an_article_links_to_its_row_and_back(browser, tmp_path, request, which):
    with opened(browser, request.getfixturevalue(which), tmp_path) as loaded:
        page = loaded.page
        chip = page.locator("li.fact .groups a.chip").first
        row_id = page.locator("li.fact:has(.groups a.chip)").first.get_attribute("id")
        target = chip.get_attribute("href")
        assert not page.is_visible(target)  # inside a closed article
        chip.click()
        assert page.evaluate("location.hash") == target
        assert page.is_visible(target)  # its article was opened to show it
        page.click(target)
        assert page.evaluate("location.hash") == f"#{row_id}"


HOSTILE_QUOTE_TEXT = 'The mayor said "<script>alert(1)</script>" and 12 | 19 people died.'  # test_render's
HOSTILE = ('He said "<script>window.__pwned = 1</script>" and <img src=x onerror="window.__pwned = 2"> '
           'before 12 people <b onmouseover="window.__pwned = 3">died</b>.')


def _hostile_report() -> Report:
    value = CellValue(text="12", quote=HOSTILE, start=HOSTILE.index("12"), end=HOSTILE.index("12") + 2,
                      normalized={"kind": "quantity", "low": 12, "high": 12}, attribution='<img src=y onerror="window.__pwned = 4">')
    other = CellValue(text="15", quote="15 died.", start=0, end=2, normalized={"kind": "quantity", "low": 15, "high": 15})
    sources = [ReportSource(id="a", outlet='<script>window.__pwned = 5</script>', published="2024-01-02", title=HOSTILE),
               ReportSource(id="b", outlet="B", published="2024-01-02", title="t")]
    row = Row(field="deaths.count", label='Deaths <img src=z onerror="window.__pwned = 6">', verdict=Verdict.CONFLICT,
              explanation=HOSTILE, cells=[Cell(source="a", values=[value]), Cell(source="b", values=[other])])
    return Report(sources=sources, rows=[row], summary=Summary(conflict=1), warnings=[HOSTILE])


def test_markup_in_quotes_stays_inert(browser, tmp_path):
    from srccompare.report.facts import ArticleText

    html = render(_hostile_report(), "html", articles={"a": ArticleText(title=HOSTILE, text=HOSTILE)})
    with opened(browser, html, tmp_path) as loaded:
        page = loaded.page
        page.locator("details.quotes > summary").first.click()
        page.click("a[href='#articles']")
        page.locator("details.article > summary").first.click()
        page.hover("li.fact blockquote")
        assert page.evaluate("window.__pwned") is None
        assert page.locator("img").count() == 0 and page.locator("body b").count() == 0
        assert page.locator("script").count() == 1  # the page's own
        assert "<script>window.__pwned = 1</script>" in page.inner_text("li.fact blockquote")
        assert loaded.requests == []
        assert loaded.errors == []


def _horizontal_overflow(page) -> list[str]:
    return page.evaluate("""() => {
        const width = document.documentElement.clientWidth;
        const out = [];
        if (document.documentElement.scrollWidth > width) out.push('page ' + document.documentElement.scrollWidth);
        for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.width && r.right > width + 0.5) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
        }
        return out.slice(0, 10);
    }""")


@pytest.mark.parametrize("which", ["built_html", "two_outlet_html", "twelve_outlet_html"])
def test_nothing_overflows_at_360_px(browser, tmp_path, request, which):
    with opened(browser, request.getfixturevalue(which), tmp_path, width=360) as loaded:
        page = loaded.page
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert _horizontal_overflow(page) == []


def test_layout_holds_at_1920_px(browser, tmp_path, twelve_outlet_html):
    with opened(browser, twelve_outlet_html, tmp_path, width=1920) as loaded:
        assert _horizontal_overflow(loaded.page) == []
        assert loaded.page.is_visible("#timeline .axis")


def test_printable(browser, tmp_path, two_outlet_html):
    with opened(browser, two_outlet_html, tmp_path) as loaded:
        page = loaded.page
        page.emulate_media(media="print")
        assert not page.is_visible("#filters")
        assert page.locator("li.fact").first.is_visible()
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
