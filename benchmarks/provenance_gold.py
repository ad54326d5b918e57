#!/usr/bin/env python3
"""Provenance on the development gold clusters: shared text, originators, updates, self-contradiction.

Lays out every gold cluster as ``real_clusters.py`` does (articles from ``../shared/corpora``),
compares each, and prints per cluster the shared-text groups, the credited originators and the
rows carrying a provenance mark, then the totals: conflict rows, the share of them marked as an
update (reports at different times giving different values of one count), and the rows whose
verdict the self-contradiction rule set.

    python benchmarks/provenance_gold.py
    python benchmarks/provenance_gold.py --cluster 08-ecbplus-bank-firebomb

The facts-right and conflict-precision figures come from ``real_clusters.py``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_clusters import CORPUS, SHARED, materialize  # noqa: E402

from srccompare import compare_paths  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cluster", help="one cluster only")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    conflicts = updated = groups = copies = by_rule = 0
    with tempfile.TemporaryDirectory(prefix="gold-prov-") as tmp:
        folders = materialize(Path(tmp), args.cluster, args.corpus)
        if not folders:
            parser.error("no gold cluster found")
        # the scorer's own layout: Markdown with front matter (outlet, published, title, url)
        spec = importlib.util.spec_from_file_location("score_clusters", SHARED / "tools" / "score_clusters.py")
        scorer = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(scorer)
        for folder in folders:
            inputs = Path(tmp) / "inputs" / folder.name
            inputs.mkdir(parents=True)
            scorer.write_inputs(folder, json.loads((folder / "meta.json").read_text(encoding="utf-8")), inputs)
            report = compare_paths([inputs])
            print(f"{folder.name}: {len(report.sources)} sources")
            for group in report.shared_text:
                groups += 1
                copies += len(group.sources) - 1
                print(f"  shared text {group.id}: {group.description}")
            for source in report.sources:
                if source.originator:
                    print(f"  originator {source.outlet}: {source.originator}")
            for row in report.rows:
                if row.verdict.value == "conflict":
                    conflicts += 1
                    updated += "update" in row.marks
                if "self-contradiction rule" in row.explanation:
                    by_rule += 1
                marks = [m for m in row.marks if m != "shared text"]
                if marks:
                    print(f"  {row.verdict.value:10} {row.field}: {', '.join(marks)}")
    share = f"{updated / conflicts:.0%}" if conflicts else "n/a"
    print(f"conflict rows: {conflicts}; marked as an update: {updated} ({share})")
    print(f"shared-text groups: {groups} ({copies} copies counted once); verdicts set by the self-contradiction rule: {by_rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
