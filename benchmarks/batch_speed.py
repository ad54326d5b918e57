"""Speed of ``srccompare batch`` on a feed of 1,000 articles, by number of Dask workers.

The feed is the ECB+ development corpus (846 real articles in 74 events) topped up to 1,000
with second copies of its first articles under new names (they join their own events, as a
re-published wire story would). Each run starts its own local Dask cluster of worker processes,
as ``srccompare batch`` does by default; the sequential run uses no Dask at all.

    python benchmarks/batch_speed.py ../shared/corpora/ecbplus-dev [--workers 1 2] [--articles 1000]

Reports, per run: wall time of each phase (read the files; start the local Dask cluster;
features: names and words of every article, as Dask tasks; cluster: TF-IDF and agglomeration in
the client; compare: one Dask task per event; stop the cluster; write), articles per second per worker in the
compare phase (wall clock), articles per CPU-second of the comparison tasks (what a worker
does when it has a core to itself: the figure to plan a cluster with, since wall time on a
shared 2-core machine depends on whatever else runs), and the peak resident memory of each worker process (VmHWM; for the sequential
run, the one process, which also clustered). Checks that every run wrote the same bytes.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from srccompare.batch import batch_paths


def build_feed(corpus: Path, size: int, into: Path) -> Path:
    files = sorted(f for d in sorted(corpus.iterdir()) if d.is_dir() for f in sorted(d.glob("*.md"))
                   if f.stem.lower() not in {"expected", "readme"})
    feed = into / "feed"
    feed.mkdir()
    for i in range(size):
        source = files[i % len(files)]
        copy = i // len(files)
        shutil.copyfile(source, feed / (f"{source.parent.name}_{source.stem}" + (f"_copy{copy}" if copy else "") + ".md"))
    return feed


def digest(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-sequential", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        feed = build_feed(args.corpus, args.articles, tmp)
        runs = ([] if args.no_sequential else [("sequential", None)]) + [(f"{n} workers", n) for n in args.workers]
        first = None
        print(f"feed: {args.articles} articles")
        print(f"{'run':<12} {'total s':>8} {'read':>6} {'start':>6} {'features':>9} {'cluster':>8} {'compare':>8} "
              f"{'stop':>5} {'write':>6} {'art/s/worker':>13} {'art/cpu-s':>10}  peak MiB per worker")
        for name, workers in runs:
            out = tmp / name.replace(" ", "-")
            start = time.perf_counter()
            result = batch_paths([feed], out, workers=workers, scheduler="sequential" if workers is None else None,
                                 progress=None)
            total = time.perf_counter() - start
            compared = sum(len(e.articles) for e in result.index.events)
            s = result.seconds
            per_worker = compared / s["compare"] / (workers or 1)
            peaks = " ".join(f"{kib / 1024:.0f}" for _, kib in sorted(result.peak_rss_kib_by_worker.items()))
            print(f"{name:<12} {total:8.1f} {s['read']:6.1f} {s['start_dask']:6.1f} {s['features']:9.1f} "
                  f"{s['cluster']:8.1f} {s['compare']:8.1f} {s['stop_dask']:5.1f} {s['write']:6.1f} {per_worker:13.1f} {compared / result.compare_cpu_seconds:10.1f}  {peaks}", flush=True)
            files = digest(out)
            if first is None:
                first = files
                print(f"{'':<12} {len(result.index.events)} events compared ({compared} articles), "
                      f"{len(result.index.single_articles)} single articles, {len(result.index.failed_files)} unreadable")
            elif files != first:
                print(f"{name}: OUTPUT DIFFERS from the first run", file=sys.stderr)
                return 1
        print("every run wrote the same bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
