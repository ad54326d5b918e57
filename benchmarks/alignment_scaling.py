"""How the comparison step grows with the number of sources (real articles, summaries made once).

Reads N articles of the ECB+ development corpus (every folder, in order, so the rows are many
and varied), summarises them once, then times ``compare_summaries`` alone (names sweep,
reading split, scored matching, the confidence gate, provenance, the report) on the first
N of them for each N. The report is a table of rows × sources (every row has a cell for every
source, silent or not), and with articles of many events the rows grow with the sources too: so
the honest unit is the table cell, and linear cost means the microseconds per cell stay flat.
Many events belong in ``srccompare batch``, which compares each event on its own.

    python benchmarks/alignment_scaling.py [--corpus ../shared/corpora/ecbplus-dev] [--sizes 50 100 200 400]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from srccompare.intake import take_in
from srccompare.pipeline import compare_summaries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parents[1].parent / "shared/corpora/ecbplus-dev"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400])
    args = parser.parse_args()
    paths = sorted(p for p in Path(args.corpus).glob("*/*") if p.suffix in (".md", ".txt"))[: max(args.sizes)]
    started = time.perf_counter()
    summaries = take_in(paths).summaries
    print(f"{len(summaries)} articles summarised in {time.perf_counter() - started:.1f} s (not counted below)")
    print(f"{'sources':>8} {'rows':>7} {'compare s':>10} {'ms per source':>14} {'µs per cell':>12}")
    for size in args.sizes:
        chosen = summaries[:size]
        started = time.process_time()
        report = compare_summaries(chosen)
        seconds = time.process_time() - started
        cells = len(report.rows) * len(chosen)
        print(f"{len(chosen):>8} {len(report.rows):>7} {seconds:>10.2f} {1000 * seconds / len(chosen):>14.1f}"
              f" {1e6 * seconds / cells:>12.1f}")


if __name__ == "__main__":
    main()
