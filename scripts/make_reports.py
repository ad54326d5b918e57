#!/usr/bin/env python3
"""Write reports/<event>.md, .html and .json for every fixtures/<event>/ folder.

Run from the project root after installing the package: ``python scripts/make_reports.py``.
``tests/test_reports_current.py`` fails when the committed reports differ from what this writes.
"""
from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from srccompare import compare_paths, render

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = {"markdown": ".md", "html": ".html", "json": ".json"}


def fixture_events(root: Path = ROOT) -> list[Path]:
    """Every fixture folder that holds articles."""
    return sorted(p for p in (root / "fixtures").iterdir() if p.is_dir() and not p.name.startswith("."))


def expected_reports(root: Path = ROOT) -> dict[Path, str]:
    """The report files the fixtures produce, path → text."""
    out: dict[Path, str] = {}
    with contextlib.chdir(root):  # paths in the reports are relative to the project, the same in every clone
        for folder in fixture_events(root):
            report = compare_paths([folder.relative_to(root)])
            for fmt, suffix in SUFFIXES.items():
                out[root / "reports" / f"{folder.name}{suffix}"] = render(report, fmt)
    return out


def main() -> int:
    (ROOT / "reports").mkdir(exist_ok=True)
    for path, text in expected_reports().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
