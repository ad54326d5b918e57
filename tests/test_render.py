"""Tests of the report view (order, anchors, labels) and the Markdown, HTML and JSON renderers.

The reports are built by hand: several sources, every verdict, per-entity sub-rows, a value
stated in a headline, a derived value, warnings, and a quote that tries to smuggle markup in.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest

from srccompare.errors import UsageError
from srccompare.report.model import (
    Cell,
    CellValue,
    Report,
    ReportSource,
    Row,
    Summary,
    Verdict,
)
from srccompare.report.render import FORMATS, environment, md_escape, render
from srccompare.report.view import (
    build_view,
    order_rows,
    shorten_quote,
    slugify,
    split_quote,
)

HOSTILE_QUOTE = 'The mayor said "<script>alert(1)</script>" and 12 | 19 people died.'


def value(text: str, quote: str, **extra) -> CellValue:
    """A value whose offsets point at ``text`` inside ``quote`` (as if the quote were the article)."""
    start = max(quote.find(text), 0)
    normalized = extra.pop("normalized", {"kind": "quantity", "low": 1.0, "high": 1.0})
    return CellValue(text=text, quote=quote, start=start, end=start + len(text), normalized=normalized, **extra)


def row(field: str, label: str, verdict: Verdict, cells: dict[str, list[CellValue]], **extra) -> Row:
    return Row(
        field=field, label=label, verdict=verdict,
        explanation=extra.pop("explanation", f"{label}: compared across sources."),
        cells=[Cell(source=s, values=v) for s, v in cells.items()], **extra,
    )


def sample_report() -> Report:
    """An earthquake reported by three outlets; rows deliberately out of reading order."""
    sources = [
        ReportSource(id="harbour-times", outlet="Harbour Times", published="2023-03-04",
                     title="Quake of magnitude 6.1 shakes coastal town", url="https://example.org/quake"),
        ReportSource(id="valley-courier", outlet="Valley Courier", published="2023-03-05",
                     title="Rescuers search rubble after earthquake"),
        ReportSource(id="wire", outlet="Wire Service", published=None, title="Earthquake kills 19",
                     warnings=["no publication date: relative dates unresolved"]),
    ]
    rows = [
        row("quake.date", "Earthquake: date", Verdict.AGREE, {
            "harbour-times": [value("on Friday", "The quake struck on Friday at dawn.",
                                    normalized={"kind": "time", "earliest": "2023-03-03", "latest": "2023-03-03"},
                                    derived="Friday before 2023-03-04")],
            "valley-courier": [value("March 3", "It hit on March 3, officials said.",
                                     normalized={"kind": "time", "earliest": "2023-03-03", "latest": "2023-03-03"})],
            "wire": [],
        }),
        row("aid.donors/japan", "Aid donors: Japan", Verdict.AGREE, {
            "harbour-times": [value("Japan", "Japan and Canada pledged aid.")],
            "valley-courier": [value("Japanese", "A Japanese team arrived.")],
            "wire": [],
        }, parent="aid.donors"),
        row("aid.donors", "Aid donors", Verdict.COMPATIBLE, {
            "harbour-times": [value("Japan and Canada", "Japan and Canada pledged aid.")],
            "valley-courier": [value("several countries", "Several countries sent help.")],
            "wire": [],
        }),
        row("aid.donors/canada", "Aid donors: Canada", Verdict.COMPATIBLE, {
            "harbour-times": [value("Canada", "Japan and Canada pledged aid.")],
            "valley-courier": [value("several countries", "Several countries sent help.")],
            "wire": [],
        }, parent="aid.donors"),
        row("quake.magnitude", "Earthquake: magnitude", Verdict.GAP, {
            "harbour-times": [value("magnitude 6.1", "Quake of magnitude 6.1 shakes coastal town", in_title=True)],
            "valley-courier": [],
            "wire": [],
        }, explanation="Only Harbour Times gives a magnitude (6.1)."),
        row("deaths.count", "People killed", Verdict.CONFLICT, {
            "harbour-times": [value("12", HOSTILE_QUOTE, attribution="the mayor")],
            "valley-courier": [value("at least 15", "At least 15 people were killed, the ministry said.", hedged=True)],
            "wire": [value("19", "Earthquake kills 19", in_title=True)],
        }, explanation="12 | 15 or more | 19: values cannot all be true."),
        row("rescue.teams", "Rescue teams", Verdict.COMPATIBLE, {
            "harbour-times": [value("over 200 rescuers", "Over 200 rescuers worked overnight in the cold.")],
            "valley-courier": [value("about 250", "About 250 volunteers and soldiers joined the search."),
                               value("250", "The army said 250 took part.")],
            "wire": [],
        }),
    ]
    summary = Summary(conflict=1, gap=1, compatible=3, agree=2)
    return Report(sources=sources, rows=rows, summary=summary,
                  warnings=["wire: no body text after cleaning; title only", "wire: no body text after cleaning; title only"])


def table_cells(line: str) -> list[str]:
    """Split one Markdown table line on the pipes that are not backslash-escaped."""
    cells, current, i = [], [], 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line):
            current.append(line[i : i + 2])
            i += 2
            continue
        if ch == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    cells.append("".join(current))
    return cells[1:-1]  # the text before the first and after the last pipe is not a cell


# ---------------------------------------------------------------- view: order, anchors, labels


def test_rows_come_in_verdict_order_conflicts_first():
    view = build_view(sample_report())
    verdicts = [r.verdict for r in view.rows]
    assert verdicts[0] is Verdict.CONFLICT
    order = [Verdict.CONFLICT, Verdict.GAP, Verdict.COMPATIBLE, Verdict.AGREE]
    assert [order.index(v) for v in verdicts] == sorted(order.index(v) for v in verdicts)


def test_sub_row_follows_its_parent_within_a_verdict():
    fields = [r.field for r in build_view(sample_report()).rows]
    assert fields == [
        "deaths.count", "quake.magnitude",
        "aid.donors", "aid.donors/canada", "rescue.teams",
        "aid.donors/japan", "quake.date",
    ]


def test_sub_row_away_from_parent_names_it():
    rows = {r.field: r for r in build_view(sample_report()).rows}
    assert rows["aid.donors/canada"].follows_parent and rows["aid.donors/canada"].depth == 1
    japan = rows["aid.donors/japan"]
    assert not japan.follows_parent and japan.parent_label == "Aid donors"
    assert rows["aid.donors"].depth == 0 and rows["aid.donors"].parent_label is None


def test_order_is_independent_of_input_order():
    report = sample_report()
    reversed_report = report.model_copy(update={"rows": list(reversed(report.rows))})
    assert [r.field for r in order_rows(report.rows)] == [r.field for r in order_rows(reversed_report.rows)]


def test_parent_cycle_does_not_hang():
    a = row("a", "A", Verdict.GAP, {"s": []}, parent="b")
    b = row("b", "B", Verdict.GAP, {"s": []}, parent="a")
    assert {r.field for r in order_rows([a, b])} == {"a", "b"}


SLUG_CASES = [
    ("deaths.count", "deaths-count"),
    ("aid.donors/Japan", "aid-donors-japan"),
    ("strike.workers / Łódź", "strike-workers-łodz"),
    ("vote_share__%", "vote-share"),
    ("  ", ""),
]


@pytest.mark.parametrize("field, expected", SLUG_CASES)
def test_slugify(field, expected):
    assert slugify(field) == expected


def test_anchors_unique_and_from_the_field():
    report = sample_report()
    clash = row("deaths/count", "Deaths (again)", Verdict.GAP, {"wire": []})
    view = build_view(report.model_copy(update={"rows": [*report.rows, clash]}))
    anchors = [r.anchor for r in view.rows]
    assert len(set(anchors)) == len(anchors)
    assert "row-deaths-count" in anchors and "row-deaths-count-2" in anchors


def test_anchors_do_not_depend_on_hash_seed():
    code = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); from test_render import sample_report;"
        "from srccompare.report.render import render; sys.stdout.write(render(sample_report(), 'html'))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_columns_headers_and_summary_line():
    view = build_view(sample_report())
    assert [c.header for c in view.columns] == [
        "Harbour Times · 2023-03-04", "Valley Courier · 2023-03-05", "Wire Service · undated",
    ]
    assert view.summary.line == "1 conflict, 1 gap, 3 compatible, 2 agree"
    assert view.title == "Source comparison: Harbour Times, Valley Courier and Wire Service"
    assert view.warnings == ("wire: no body text after cleaning; title only",)


def test_shared_outlet_gets_source_id_and_unknown_source_gets_column():
    report = Report(
        sources=[ReportSource(id="daily-a", outlet="Daily", published="2021-06", title="t"),
                 ReportSource(id="daily-b", outlet="Daily", published="2021-06-02", title="u")],
        rows=[row("strike.start", "Strike: start", Verdict.GAP, {"ghost": [value("Monday", "It began Monday.")]})],
        summary=Summary(gap=1),
    )
    view = build_view(report)
    assert [c.header for c in view.columns] == ["Daily [daily-a] · 2021-06", "Daily [daily-b] · 2021-06-02", "ghost"]
    assert [c.silent for c in view.rows[0].cells] == [True, True, False]


QUOTE_CASES = [
    ("Turnout was 61 percent.", "61 percent", ("Turnout was ", "61 percent", ".")),
    ("Over 200 rescuers came.", "over 200", ("", "Over 200", " rescuers came.")),
    ("The court met twice.", "three times", ("The court met twice.", "", "")),
]


@pytest.mark.parametrize("quote, text, parts", QUOTE_CASES)
def test_split_quote(quote, text, parts):
    assert split_quote(quote, text) == parts


def test_shorten_quote_keeps_the_value_and_marks_cuts():
    quote = ("Workers at the port, " * 10) + "about 3,400 dockers walked out" + (" on the morning shift" * 10)
    short = shorten_quote(quote, "about 3,400 dockers", width=80)
    assert "about 3,400 dockers" in short
    assert short.startswith("…") and short.endswith("…")
    assert len(short) <= 82
    assert shorten_quote("Short one.\nTwo lines.", "x") == "Short one. Two lines."


# ---------------------------------------------------------------- Markdown


MD_ESCAPE_CASES = [
    ("12 | 19", "12 \\| 19"),
    ("`code`", "\\`code\\`"),
    ("*bold* _it_", "\\*bold\\* \\_it\\_"),
    ("[link](x)", "\\[link\\](x)"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("line one\nline two\r\nthree", "line one line two three"),
    ("back\\slash|", "back\\\\slash\\|"),
    ("~~struck~~", "\\~\\~struck\\~\\~"),
    ("plain words, 2,000", "plain words, 2,000"),
]


@pytest.mark.parametrize("raw, escaped", MD_ESCAPE_CASES)
def test_md_escape(raw, escaped):
    assert md_escape(raw) == escaped


def test_markdown_table_rows_keep_their_column_count():
    md = render(sample_report(), "markdown")
    lines = md.splitlines()
    header_at = next(i for i, line in enumerate(lines) if line.startswith("| Verdict | Fact |"))
    width = len(table_cells(lines[header_at]))
    assert width == 2 + 3 + 1
    body = []
    for line in lines[header_at + 2 :]:
        if not line.startswith("|"):
            break
        body.append(line)
    assert len(body) == len(sample_report().rows)
    for line in body:
        assert len(table_cells(line)) == width, line


def test_markdown_content():
    md = render(sample_report(), "markdown")
    assert md.startswith("# Source comparison: Harbour Times, Valley Courier and Wire Service\n")
    assert "**Summary:** 1 conflict, 1 gap, 3 compatible, 2 agree." in md
    assert "12 \\| 19 people died" in md  # the hostile quote, escaped
    assert "<script" not in md
    assert "**magnitude 6.1** (title)" in md
    assert "derived: Friday before 2023-03-04" in md
    assert "| — |" in md  # a silent source
    assert "↳ [Aid donors: Canada](#row-aid-donors-canada) |" in md
    assert "(under Aid donors)" in md  # Japan's row sits away from its parent
    assert md.index("**CONFLICT**") < md.index("**GAP**") < md.index("**COMPATIBLE**") < md.index("**AGREE**")
    assert '<a id="row-deaths-count"></a>' in md
    assert md.endswith("\n") and not md.endswith("\n\n\n")


# ---------------------------------------------------------------- HTML


def _without_own_script(html: str) -> str:
    """The page less its one inline script (the only ``<script`` the page may hold)."""
    assert html.count("<script>") == 1 and html.count("</script>") == 1
    start = html.index("<script>")
    return html[:start] + html[html.index("</script>") + len("</script>"):]


def test_html_escapes_data():
    html = render(sample_report(), "html")
    assert "<script" not in _without_own_script(html).lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark>12</mark> | 19 people died" in html


def test_html_loads_nothing_from_the_network():
    html = render(sample_report(), "html")
    rest = _without_own_script(html)
    assert not re.search(r"\b(?:src|href|action|poster|srcset)\s*=\s*[\"']?\s*(?:[a-z][a-z0-9+.-]*:|//)", html, re.IGNORECASE)
    assert not re.search(r"<(?:link|script|img|iframe|object|embed|video|audio|source)\b", rest, re.IGNORECASE)
    assert "@import" not in html and "url(" not in html
    assert "https://example.org/quake" in html  # the source's address is shown, as text
    assert "default-src 'none'" in html  # and the page's policy forbids loading anything


def test_html_script_is_allowed_by_its_hash_only():
    import base64
    import hashlib

    html = render(sample_report(), "html")
    script = html[html.index("<script>") + len("<script>"): html.index("</script>")]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in html
    policy = re.search(r'Content-Security-Policy" content="([^"]*)"', html).group(1)
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert script_src.split() == ["script-src", f"'sha256-{digest}'"]  # no 'unsafe-inline' for scripts


def test_html_is_a_complete_page():
    html = render(sample_report(), "html")
    assert html.startswith("<!doctype html>\n<html lang=\"en\">")
    assert "<style>" in html and "@media print" in html
    assert html.rstrip().endswith("</html>")
    view = build_view(sample_report())
    for r in view.rows:
        assert f'id="{r.anchor}"' in html
    assert html.count('<li class="fact ') == len(view.rows)
    assert html.count('data-verdict="conflict"') == 1
    assert '<span class="badge v-conflict">Conflict</span>' in html  # the verdict in words, not only colour
    assert "<mark>19</mark>" in html
    assert '<span class="tag">in title</span>' in html
    assert "derived: Friday before 2023-03-04" in html
    assert "not stated" in html
    assert '<details class="quotes">' in html
    assert 'id="sources"' in html and 'id="timeline"' in html
    assert 'id="articles"' not in html  # no article texts were given


def test_html_groups_values_with_outlet_chips():
    html = render(sample_report(), "html")
    # the rescue row: Harbour Times' "over 200" and Valley Courier's two values are different groups
    assert html.count('<span class="count">1 outlet') >= 3
    assert '<span class="chip">Valley Courier</span>' in html


def test_html_per_article_view_marks_values_and_links_them_to_rows():
    from srccompare.report.facts import ArticleText

    report = sample_report()
    texts = {"harbour-times": ArticleText(title="Quake of magnitude 6.1 shakes coastal town",
                                          text="Japan and Canada pledged aid.")}
    html = render(report, "html", articles=texts)
    assert 'id="articles"' in html and 'id="article-harbour-times"' in html
    # "Japan and Canada" (0-16) and "Japan" (0-5) overlap: the first, longer span is marked once;
    # values whose offsets do not hold their words in this text ("over 200 rescuers") are not marked
    assert re.search(r'<a class="m v-compatible" id="article-harbour-times-b0-16" href="#row-aid-donors"[^>]*>Japan and Canada</a>', html)
    assert '<a class="m v-gap" id="article-harbour-times-t9-22" href="#row-quake-magnitude"' in html
    assert 'href="#article-harbour-times-b0-16"' in html  # and the row's chip links back to it
    assert "3 values marked" not in html and "2 values marked" in html
    assert 'href="#article-harbour-times-b0-17"' not in html


def test_html_escapes_attribute_values():
    report = sample_report()
    sneaky = report.sources[0].model_copy(update={"outlet": 'Times" onmouseover="alert(1)'})
    html = render(report.model_copy(update={"sources": [sneaky, *report.sources[1:]]}), "html")
    assert 'onmouseover="alert' not in html
    assert "&#34;" in html or "&quot;" in html


# ---------------------------------------------------------------- JSON, determinism, formats


def test_json_round_trip():
    report = sample_report()
    text = render(report, "json")
    assert text.endswith("}\n")
    assert Report.model_validate_json(text) == report
    assert list(json.loads(text)) == list(Report.model_fields)


@pytest.mark.parametrize("fmt", FORMATS)
def test_rendering_is_deterministic(fmt):
    assert render(sample_report(), fmt) == render(sample_report(), fmt)


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_empty_report_renders(fmt):
    out = render(Report(sources=[], rows=[], summary=Summary()), fmt)
    assert "No facts to compare." in out
    assert "0 conflicts" in out or "0</span>conflicts" in out


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError):
        render(sample_report(), "pdf")


# ---------------------------------------------------------------- the jinja2 environment


def test_strict_undefined_catches_a_missing_variable():
    env = environment(jinja2.DictLoader({"t.md": "{{ view.title }} {{ view.subtitle }}"}))
    with pytest.raises(jinja2.UndefinedError):
        env.get_template("t.md").render(view=build_view(sample_report()))


@pytest.mark.parametrize("name", ["report.md", "report.html"])
def test_real_templates_refuse_an_incomplete_context(name):
    with pytest.raises(jinja2.UndefinedError):
        environment().get_template(name).render()


def test_autoescape_follows_the_template_name():
    env = environment(jinja2.DictLoader({"a.html": "{{ s }}", "a.md": "{{ s }}", "b.md": "{{ s | md_escape }}"}))
    assert env.get_template("a.html").render(s="<b>") == "&lt;b&gt;"
    assert env.get_template("a.md").render(s="<b>") == "<b>"  # Markdown escapes through its filter only
    assert env.get_template("b.md").render(s="<b>|") == "&lt;b&gt;\\|"
