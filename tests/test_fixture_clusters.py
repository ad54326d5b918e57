"""The invented clusters in fixtures/: the findings their EXPECTED.md tables build in.

These are our own articles about other kinds of events (a quake, a port strike, a summit), so
they check that the machinery is general; each test names the finding an analyst expects.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from srccompare import compare_paths

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def verdicts():
    cache = {}

    def get(cluster: str) -> dict[str, str]:
        if cluster not in cache:
            cache[cluster] = {r.field: r.verdict.value for r in compare_paths([FIXTURES / cluster]).rows}
        return cache[cluster]

    return get


@pytest.mark.parametrize("cluster,field,verdict", [
    # quake: 60 days from 14 March vs "until April 30"
    ("quake-sample", "emergency.end", "conflict"),
    ("quake-sample", "deaths.count", "compatible"),
    ("quake-sample", "earthquake.date", "agree"),
    ("quake-sample", "earthquake.magnitude", "agree"),
    ("quake-sample", "parties.participants/chile", "agree"),
    ("quake-sample", "aid.amount/japan", "agree"),
    ("quake-sample", "earthquake.depth", "gap"),
    # strike: a 48-hour / two-day strike vs "until Friday"; an offer of 7% vs 8.5%
    ("strike-sample", "strike.end", "conflict"),
    ("strike-sample", "offer.share", "conflict"),
    ("strike-sample", "strike.start", "agree"),
    ("strike-sample", "strike.count", "compatible"),
    ("strike-sample", "vessel.count", "compatible"),
    ("strike-sample", "demand.share", "agree"),
    # summit: a two-day summit from Thursday vs "until Saturday"; eight vs nine countries
    ("summit-sample", "talks.end", "conflict"),
    ("summit-sample", "country.count", "conflict"),
    ("summit-sample", "talks.start", "agree"),
    ("summit-sample", "cost.amount", "compatible"),
    ("summit-sample", "parties.participants/poland", "agree"),
    ("summit-sample", "parties.participants/norway", "gap"),
])
def test_expected_findings(verdicts, cluster, field, verdict):
    assert verdicts(cluster).get(field) == verdict


@pytest.mark.parametrize("cluster", ["quake-sample", "strike-sample", "summit-sample"])
def test_no_claim_quotes_boilerplate(cluster):
    from srccompare.cleaning import boilerplate_spans
    from srccompare.sources import collect_input_files, read_article

    noise_texts = []
    for path in collect_input_files([FIXTURES / cluster]):
        article = read_article(path)
        noise_texts += [article.text[s.start:s.end] for s in boilerplate_spans(article.text)]
    report = compare_paths([FIXTURES / cluster])
    quotes = [v.quote for row in report.rows for cell in row.cells for v in cell.values]
    assert noise_texts, "each cluster carries noise"
    assert not [q for q in quotes if any(q in noise or noise in q for noise in noise_texts)]
