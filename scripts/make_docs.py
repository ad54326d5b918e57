#!/usr/bin/env python3
"""Write docs/cli.md from the command line's own --help (kept current by tests/test_docs.py).

Run from the project root: ``python scripts/make_docs.py``; then ``mkdocs build`` builds the site.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH = "100"  # argparse wraps help to $COLUMNS: fixed, so the page is the same on every machine


def cli_page() -> str:
    os.environ["COLUMNS"] = WIDTH
    from srccompare.cli import _parser

    parser = _parser()
    commands = parser._subparsers._group_actions[0].choices
    out = ["# Command line", "",
           "`srccompare` (or `python -m srccompare`). Every command answers `--help`; this page is that help,",
           "written by `scripts/make_docs.py`.", ""]
    out += ["## srccompare", "", "```text", parser.format_help().rstrip(), "```", ""]
    for name, sub in commands.items():
        out += [f"## srccompare {name}", "", "```text", sub.format_help().rstrip(), "```", ""]
    return "\n".join(out)


def main() -> int:
    (ROOT / "docs" / "cli.md").write_text(cli_page(), encoding="utf-8")
    print("wrote docs/cli.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
