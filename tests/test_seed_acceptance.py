"""The seed pair's acceptance table (an analyst's reading of the two CSTO articles) as a test.

Each test is one row of the table: what a careful analyst aligns from the raw texts. The
report is built from fixtures/csto-withdrawal, the seed texts kept verbatim with their noise.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from srccompare import compare_paths, render

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "csto-withdrawal"
NOISE = ["czech", "licence", "leave a reply", "see more", "meduza is working", "your support",
         "technically legal", "insignia", "eyewitness", "lipavsk", "email address"]
AGREEING = {"agree", "compatible"}


@pytest.fixture(scope="module")
def report():
    return compare_paths([FIXTURE])


@pytest.fixture(scope="module")
def rows(report):
    return [row.model_dump(mode="json") for row in report.rows]


@pytest.fixture(scope="module")
def ids(report):
    by_outlet = {s.outlet: s.id for s in report.sources}
    return by_outlet["TVP World"], by_outlet["Meduza"]


def values(row, source):
    return next((cell["values"] for cell in row["cells"] if cell["source"] == source), [])


def cell_text(row, source, quotes=True):
    vals = values(row, source)
    if not quotes:
        vals = [{k: v for k, v in val.items() if k in ("text", "normalized")} for val in vals]
    return json.dumps(vals, ensure_ascii=False).lower()


def says(pattern, row, source):
    """The value itself (not merely its sentence) matches."""
    return re.search(pattern, cell_text(row, source, quotes=False), re.I) is not None


def has(pattern, row, source):
    return re.search(pattern, cell_text(row, source), re.I) is not None


def test_1_troop_totals_agree_at_different_precision(rows, ids):
    tvp, med = ids
    both = [r for r in rows if says(r"2,?000\b", r, tvp) and says(r"2,?000\b", r, med)]
    assert both, "no row holds both totals"
    assert any(r["verdict"] in AGREEING for r in both)
    assert not any(r["verdict"] == "conflict" for r in both)


def test_2_ten_days_from_the_13th_conflicts_with_by_the_19th(rows, ids):
    tvp, med = ids
    hits = [r for r in rows if r["verdict"] == "conflict"
            and says(r"\b10[ -]days?\b|\bten days\b|p10d|\"days\": 10\b", r, tvp)
            and says(r"\b19\b|nineteenth|-19\b", r, med)]
    assert hits
    assert any(re.search(r"2022-01-22", r["explanation"]) and re.search(r"2022-01-19", r["explanation"]) for r in hits)


def test_3_withdrawal_start_agrees(rows, ids):
    tvp, med = ids
    assert any(r["verdict"] in AGREEING and has("2022-01-13", r, tvp) and has("2022-01-13", r, med)
               and has("withdr|began", r, tvp) and has("withdr|began", r, med) for r in rows)


def test_4_arrival_date_is_a_gap(rows, ids):
    tvp, med = ids
    assert any(r["verdict"] == "gap" and says("2022-01-06", r, tvp) and not values(r, med) for r in rows)


@pytest.mark.parametrize("country", ["armenia", "tajikistan", "belarus", "kyrgyz"])
def test_5_contributing_countries_named_by_both(rows, ids, country):
    tvp, med = ids
    assert any(r["verdict"] in AGREEING and has(country, r, tvp) and has(country, r, med) for r in rows)


@pytest.mark.parametrize("size", ["150", "100", "200"])
def test_6_contingent_sizes_are_per_country_gaps(rows, ids, size):
    tvp, med = ids
    hits = [r for r in rows if r["verdict"] == "gap" and says(rf"\b{size}\b", r, tvp) and not values(r, med)]
    assert hits and all(r["parent"] for r in hits)


def test_7_protests_began_on_january_2_in_both(rows, ids):
    tvp, med = ids
    assert any(r["verdict"] in AGREEING and has("2022-01-02", r, tvp) and has("2022-01-02", r, med) for r in rows)


def test_8_doubled_lpg_prices_compatible_with_twofold_fuel_prices(rows, ids):
    tvp, med = ids
    assert any(r["verdict"] in AGREEING and has("lpg", r, tvp) and has("fuel", r, med) for r in rows)


def test_9_deaths_are_a_gap(rows, ids):
    tvp, med = ids
    assert any(r["verdict"] == "gap" and says(r"\b160\b", r, tvp) and not values(r, med) for r in rows)


def test_10_no_claim_quotes_teasers_footers_or_appeals(rows, ids):
    noisy = [r["field"] for r in rows for src in ids if any(n in cell_text(r, src) for n in NOISE)]
    assert not noisy


def test_11_and_12_markdown_and_html_name_both_outlets_and_a_conflict(report):
    md, html = render(report, "markdown"), render(report, "html")
    for text in (md, html):
        assert "TVP World" in text and "Meduza" in text and "conflict" in text.lower()
    assert "<html" in html.lower()


def test_stretch_detentions_are_a_gap(rows, ids):
    tvp, med = ids
    assert any(r["verdict"] == "gap" and has("detained", r, tvp) and not values(r, med) for r in rows)
