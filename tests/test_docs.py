"""The reference docs build from the source tree, the CLI page is the CLI's own --help, and the
examples on the verdicts page are still what the committed reports say."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_page_is_current():
    expected = _script("make_docs").cli_page()
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == expected, "run python scripts/make_docs.py"


def test_docs_build_strictly(tmp_path):
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("mkdocstrings_handlers") is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("mkdocs and mkdocstrings-python are needed to build the docs (pip install -e '.[docs]')")
        pytest.skip("docs not built: mkdocs or mkdocstrings-python is not installed (pip install -e '.[docs]')")
    site = tmp_path / "site"
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    assert "Read articles or summaries from" in api  # compare_paths' docstring
    for verdict in ("Conflict", "Gap", "Compatible", "Agree"):
        assert f'id="{verdict.lower()}"' in (site / "verdicts" / "index.html").read_text(encoding="utf-8")


def _values(report: str, field: str) -> dict[str, list[dict]]:
    data = json.loads((ROOT / "reports" / f"{report}.json").read_text(encoding="utf-8"))
    row = next(r for r in data["rows"] if r["field"] == field)
    return row["verdict"], {c["source"]: c["values"] for c in row["cells"]}


def test_verdict_page_examples_are_what_the_reports_say():
    page = (ROOT / "docs" / "verdicts.md").read_text(encoding="utf-8")
    examples = [
        ("csto-withdrawal", "withdrawal.end", "conflict", "tvp-world", "is to last 10 days"),
        ("csto-withdrawal", "deaths.count", "gap", "tvp-world", "160"),
        ("csto-withdrawal", "deployment.count", "compatible", "meduza", "roughly 2,000 troops"),
        ("csto-withdrawal", "protests.cause", "compatible", "tvp-world", "double increase in LPG prices"),
        ("csto-withdrawal", "protests.start", "agree", "meduza", "On January 2"),
    ]
    for report, field, verdict, source, text in examples:
        got, cells = _values(report, field)
        assert got == verdict, (field, got)
        assert any(v["text"] == text for v in cells[source]), (field, source, text)
        assert text in page
    _, cells = _values("csto-withdrawal", "withdrawal.end")
    tvp = next(v for v in cells["tvp-world"] if v["text"] == "is to last 10 days")
    assert tvp["hedged"] and tvp["derived"] == "10 days from 2022-01-13"
    _, cells = _values("structures-sample", "deaths.count")
    assert any(v["in_title"] and v["text"] == "Twelve" for v in cells["scheldt-wire"])
    _, cells = _values("cholera-sample", "deaths.count")
    assert any(v["text"] == "nine deaths" for v in cells["health-wire-international"])
