#!/usr/bin/env python3
"""Screenshots of a 2-outlet and a 12-outlet HTML report at 1280 and 360 px, in the system Chromium.

    python scripts/screenshots.py [OUT_DIR] [--full]

OUT_DIR defaults to docs/screenshots. ``--full`` takes whole pages instead of the first screen,
and opens every quote first. The 12-outlet input is the five articles of
fixtures/embassy-evacuation-sample plus the seven of examples/embassy-evacuation-more.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

from srccompare import compare_paths, render

ROOT = Path(__file__).resolve().parent.parent
INPUTS = {
    "two-outlets": ["fixtures/csto-withdrawal"],
    "twelve-outlets": ["fixtures/embassy-evacuation-sample", "examples/embassy-evacuation-more"],
}
WIDTHS = (1280, 360)


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    full = "--full" in argv
    args = [a for a in argv if a != "--full"]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    chromium = os.environ.get("SRCCOMPARE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for name, paths in INPUTS.items():
            with contextlib.chdir(ROOT):
                html = render(compare_paths(paths), "html")
            page_file = Path(tmp) / f"{name}.html"
            page_file.write_text(html, encoding="utf-8")
            for width in WIDTHS:
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(page_file.as_uri())
                if full:
                    page.evaluate("() => document.querySelectorAll('details.quotes').forEach(d => d.open = true)")
                target = out / f"{name}-{width}{'-full' if full else ''}.png"
                page.screenshot(path=str(target), full_page=full)
                page.close()
                print(f"wrote {target}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
