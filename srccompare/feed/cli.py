"""``srccompare cluster`` and ``srccompare batch``: the feed's commands, added to the main parser."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

__all__ = ["add_commands"]


def add_commands(commands, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add the two sub-commands to ``commands``; return their handlers by name."""
    cluster = commands.add_parser("cluster", parents=[common], help="group a feed of articles into events")
    cluster.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of them")
    cluster.add_argument("--format", choices=["json", "markdown"], default="json")
    cluster.add_argument("-o", "--output", metavar="FILE", help="write the events here instead of stdout")

    batch = commands.add_parser("batch", parents=[common],
                                help="cluster a feed into events and write one report per event, on Dask")
    batch.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of them")
    batch.add_argument("-o", "--output", metavar="OUTDIR", required=True, help="folder for the reports and the index")
    batch.add_argument("--format", choices=["html", "markdown", "json"], default="html")
    batch.add_argument("--workers", type=int, metavar="N", help="local worker processes (default: one per core)")
    batch.add_argument("--scheduler", metavar="ADDRESS",
                       help="a running dask.distributed scheduler (tcp://host:port); 'sequential' runs without Dask")
    return {"cluster": _cluster, "batch": _batch}


def _cluster(args: argparse.Namespace) -> int:
    from ..cli import EXIT_BAD_INPUT, EXIT_OK
    from ..errors import EmptyInputError, InputError
    from . import cluster_articles, load_feed, render_events

    # one bad file never loses the others: the readable ones are clustered, each bad one is named
    articles, failures = load_feed(args.paths, keep_going=True)
    if not articles:
        why = f" ({failures[0].error}" + (f"; and {len(failures) - 1} more)" if len(failures) > 1 else ")") if failures else ""
        raise EmptyInputError(", ".join(str(p) for p in args.paths), f"no readable article to cluster{why}")
    for failure in failures:
        print(f"srccompare: skipped {failure.error}", file=sys.stderr)
    text = render_events(cluster_articles(articles), args.format)
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(args.output, f"cannot write: {exc.strerror or exc}") from None
    return EXIT_BAD_INPUT if failures else EXIT_OK  # the events were written; some files could not be read


def _batch(args: argparse.Namespace) -> int:
    from ..batch import batch_paths

    batch_paths(args.paths, args.output, fmt=args.format, workers=args.workers, scheduler=args.scheduler)
    return 0
