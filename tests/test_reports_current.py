"""The committed reports/ are what the current code makes from fixtures/ (regenerate with
``python scripts/make_reports.py``)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _make_reports():
    spec = importlib.util.spec_from_file_location("make_reports", ROOT / "scripts" / "make_reports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_reports_are_current():
    expected = _make_reports().expected_reports(ROOT)
    assert expected, "no fixtures found"
    stale = [
        str(path.relative_to(ROOT)) for path, text in expected.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert not stale, f"stale reports (run python scripts/make_reports.py): {stale}"


def test_every_report_file_has_a_fixture():
    expected = {p.name for p in _make_reports().expected_reports(ROOT)}
    present = {p.name for p in (ROOT / "reports").iterdir() if p.is_file()}
    assert present <= expected, f"reports without a fixture: {sorted(present - expected)}"
