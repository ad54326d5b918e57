"""From a feed to reports: cluster the articles into events, compare each event on Dask.

``batch_paths`` reads the feed (an unreadable file is listed, not fatal), clusters it
(:mod:`srccompare.feed`), sends one task per event with two or more articles to Dask, and writes
``OUTDIR/<event-id>.<ext>`` plus ``index.html`` and ``index.json``.

Where the tasks run:

- by default, a ``dask.distributed`` ``LocalCluster`` of worker *processes* on this machine
  (``workers`` of them, one thread each: the comparison is pure Python and holds the GIL);
- ``scheduler="tcp://host:port"``: the same tasks go to a running ``dask.distributed``
  cluster (its workers need srccompare installed; the articles travel with the tasks, so no
  shared file system is needed);
- ``scheduler="sequential"``: no Dask at all, one event after the other in this process.

Whatever runs them, the client writes every file itself, in event order, from the results:
the output is byte-identical for any scheduler and any number of workers. A task whose worker
dies is rerun elsewhere by Dask (``allowed-failures``); a task that raises is retried, then
recorded in the index with its error, and the other events go on.
"""
from __future__ import annotations

import os
import resource
import socket
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from pydantic import BaseModel, ConfigDict

from .article import Article
from .errors import InputError, SrcCompareError, UsageError
from .feed import ClusterSettings, FeedFailure, cluster_articles, load_feed
from .feed.features import ArticleFeatures, article_features
from .feed.render import feed_environment
from .pipeline import compare_summaries, summarize_article
from .report.model import Summary
from .report.render import render
from .sources import assign_source_ids

__all__ = ["BATCH_FORMATS", "BatchEvent", "BatchIndex", "BatchResult", "batch_paths", "compare_event"]

BATCH_FORMATS = {"html": "html", "markdown": "md", "json": "json"}
SEQUENTIAL = "sequential"
_RETRIES = 2


class BatchEvent(BaseModel):
    """One event in the index: what it holds, where its report is, or why there is none."""

    model_config = ConfigDict(frozen=True)

    id: str
    label: str
    articles: list[str]
    outlets: list[str]
    published: tuple[str | None, str | None]
    report: str | None = None  # the report's file name inside OUTDIR
    counts: Summary | None = None  # rows of each verdict in its report
    error: str | None = None  # the event could not be compared
    failed_articles: list[FeedFailure] = []  # articles of the event that could not be read into claims


class BatchIndex(BaseModel):
    """``index.json``: every event of the feed and every file that could not be read."""

    model_config = ConfigDict(frozen=True)

    tool: str = "srccompare"
    format: str
    articles: int
    events: list[BatchEvent]  # events with two or more articles: compared
    single_articles: list[BatchEvent]  # articles that match no other: nothing to compare
    failed_files: list[FeedFailure]


class EventOutcome(BaseModel):
    """What a worker sends back for one event (plus where and how much memory it used)."""

    text: str | None
    counts: Summary | None
    failed_articles: list[FeedFailure]
    error: str | None = None
    pid: int  # with host: which worker process ran the task (0: none did)
    host: str = ""
    peak_rss_kib: int
    cpu_seconds: float = 0.0  # CPU time the task used in its worker (a measurement, never written out)


class BatchResult(BaseModel):
    """What ``batch_paths`` did: the index it wrote, and measurements that are not part of the output."""

    index: BatchIndex
    outdir: str
    workers_seen: int  # distinct worker processes that ran events
    peak_rss_kib_by_worker: dict[str, int]  # "host/pid" -> peak resident KiB
    seconds: dict[str, float]  # wall time of each phase: read, start_dask, features, cluster, compare, stop_dask, write
    compare_cpu_seconds: float  # CPU time of the comparison tasks, summed over workers


def compare_event(articles: Sequence[Article], fmt: str) -> EventOutcome:
    """Compare one event's articles and render the report (this is the task a worker runs).

    Same as ``srccompare compare`` on the event's files: ids by outlet, sources in path order.
    An article whose reading fails is left out and named; fewer than two left is an error.
    """
    cpu_start = time.process_time()
    summaries, failed = [], []
    for article in assign_source_ids(sorted(articles, key=lambda a: a.source.path)):
        try:
            summaries.append(summarize_article(article))
        except Exception as exc:  # one bad article must not sink its event
            failed.append(FeedFailure(path=article.source.path, error=_one_line(exc)))
    if len(summaries) < 2:
        return EventOutcome(text=None, counts=None, failed_articles=failed, error="fewer than two articles could be read: "
                            "nothing to compare", **_where_and_how_much(cpu_start))
    report = compare_summaries(summaries)
    counts = report.summary
    text = render(report, fmt)
    return EventOutcome(text=text, counts=counts, failed_articles=failed, **_where_and_how_much(cpu_start))


def _where_and_how_much(cpu_start: float) -> dict:
    """Which process ran a task, its peak memory, and the CPU time the task took."""
    return dict(pid=os.getpid(), host=socket.gethostname(), peak_rss_kib=_peak_rss_kib(),
                cpu_seconds=time.process_time() - cpu_start)


def _peak_rss_kib() -> int:
    """This process's peak resident memory in KiB (VmHWM on Linux: unlike ``ru_maxrss`` it is not
    inherited from the parent across fork and exec, so a worker reports its own)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if isinstance(exc, SrcCompareError) else f"{type(exc).__name__}: {text}".rstrip(": ")


def _stderr_progress(message: str) -> None:
    print(f"srccompare batch: {message}", file=sys.stderr, flush=True)


def batch_paths(paths: Sequence[str | Path] | str | Path, outdir: str | Path, *, fmt: str = "html",
                workers: int | None = None, scheduler: str | None = None,
                settings: ClusterSettings = ClusterSettings(),
                progress: Callable[[str], None] | None = _stderr_progress) -> BatchResult:
    """Cluster a feed into events, compare every event with two or more articles, write the reports and an index."""
    if fmt not in BATCH_FORMATS:
        raise UsageError(f"unknown report format {fmt!r}; choose one of {', '.join(BATCH_FORMATS)}")
    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {workers}")
    say = progress or (lambda message: None)
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(str(out), f"cannot create the output folder: {exc.strerror or exc}") from None
    clock = {"begin": time.perf_counter()}
    articles, failed_files = load_feed(paths, keep_going=True)
    for failure in failed_files:
        say(f"skipped {failure.error}")
    clock["read"] = time.perf_counter()
    with _engine(workers, scheduler, say) as client:
        clock["start_dask"] = time.perf_counter()
        features = _features(client, articles)
        clock["features"] = time.perf_counter()
        clustering = cluster_articles(articles, settings, features)
        clock["cluster"] = time.perf_counter()
        by_path = {a.source.path: a for a in articles}
        to_compare = [e for e in clustering.events if len(e.articles) >= 2]
        say(f"{len(articles)} articles in {len(clustering.events)} events; comparing {len(to_compare)} "
            f"with two or more articles")
        jobs = {e.id: [by_path[p] for p in e.articles] for e in to_compare}
        outcomes = _compare_all(client, jobs, fmt, say)
        clock["compare"] = time.perf_counter()
    clock["stop_dask"] = time.perf_counter()

    ext = BATCH_FORMATS[fmt]
    compared, single = [], []
    for event in clustering.events:
        outlets = sorted({by_path[p].source.outlet for p in event.articles})
        base = dict(id=event.id, label=event.label, articles=event.articles, outlets=outlets, published=event.published)
        if len(event.articles) < 2:
            single.append(BatchEvent(**base))
            continue
        outcome = outcomes[event.id]
        name = None
        if outcome.text is not None:
            name = f"{event.id}.{ext}"
            _write(out / name, outcome.text)
        compared.append(BatchEvent(**base, report=name, counts=outcome.counts, error=outcome.error,
                                   failed_articles=outcome.failed_articles))
    index = BatchIndex(format=fmt, articles=len(articles), events=compared, single_articles=single,
                       failed_files=failed_files)
    _write(out / "index.json", index.model_dump_json(indent=2) + "\n")
    _write(out / "index.html", feed_environment().get_template("index.html").render(index=index))
    say(f"wrote {sum(1 for e in compared if e.report)} reports and the index to {out}")
    peaks: dict[str, int] = {}
    for outcome in outcomes.values():
        if outcome.pid:
            worker = f"{outcome.host}/{outcome.pid}"
            peaks[worker] = max(peaks.get(worker, 0), outcome.peak_rss_kib)
    clock["write"] = time.perf_counter()
    stamps = list(clock.items())
    seconds = {name: t - stamps[i][1] for i, (name, t) in enumerate(stamps[1:])}
    return BatchResult(index=index, outdir=str(out), workers_seen=len(peaks), peak_rss_kib_by_worker=peaks,
                       seconds=seconds, compare_cpu_seconds=sum(o.cpu_seconds for o in outcomes.values()))


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot write: {exc.strerror or exc}") from None


def _failed(error: str) -> EventOutcome:
    return EventOutcome(text=None, counts=None, failed_articles=[], error=error, pid=0, peak_rss_kib=0)


def _report_progress(say: Callable[[str], None], done: int, total: int, event_id: str, outcome: EventOutcome) -> None:
    if outcome.error:
        say(f"[{done}/{total}] {event_id}: failed: {outcome.error}")
    elif outcome.counts is not None:
        say(f"[{done}/{total}] {event_id}: {_count(outcome.counts.conflict, 'conflict')}, {_count(outcome.counts.gap, 'gap')}")


@contextmanager
def _engine(workers: int | None, scheduler: str | None, say: Callable[[str], None]) -> Iterator[Any]:
    """A dask.distributed client (on a new local cluster, or on ``scheduler``), or None for sequential."""
    if scheduler == SEQUENTIAL:
        yield None
        return
    import logging

    from distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        n = workers or os.cpu_count() or 1
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address="127.0.0.1:0",  # no fixed port; stays on this machine
                               silence_logs=logging.ERROR)
        address = cluster.scheduler_address
    else:
        address = scheduler
    try:
        try:
            client = Client(address, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:  # ValueError: not an address at all
            raise UsageError(f"--scheduler {address}: cannot reach a Dask scheduler there ({exc})") from None
        with client:
            if cluster is not None:
                client.wait_for_workers(workers or os.cpu_count() or 1)
                say(f"started a local Dask cluster: {len(cluster.workers)} worker processes")
            else:
                say(f"connected to the Dask scheduler at {address}")
            yield client
    finally:
        if cluster is not None:
            cluster.close()


_FEATURE_CHUNK = 100  # articles per feature task: big enough to outweigh a task's overhead


def _features_of(articles: Sequence[Article]) -> list[ArticleFeatures]:
    return [article_features(a) for a in articles]


def _features(client: Any, articles: Sequence[Article]) -> list[ArticleFeatures]:
    """Every article's clustering features, on the workers when there are any (same values either way)."""
    if client is None or len(articles) < 2 * _FEATURE_CHUNK:
        return _features_of(articles)
    run = uuid.uuid4().hex[:12]
    chunks = [list(articles[i:i + _FEATURE_CHUNK]) for i in range(0, len(articles), _FEATURE_CHUNK)]
    futures = [client.submit(_features_of, chunk, key=f"srccompare-features-{run}-{i}", retries=_RETRIES)
               for i, chunk in enumerate(chunks)]
    return [f for chunk in client.gather(futures) for f in chunk]


def _compare_all(client: Any, jobs: dict[str, list[Article]], fmt: str,
                 say: Callable[[str], None]) -> dict[str, EventOutcome]:
    outcomes: dict[str, EventOutcome] = {}
    if client is None:
        for done, (event_id, articles) in enumerate(sorted(jobs.items()), 1):
            try:
                outcomes[event_id] = compare_event(articles, fmt)
            except Exception as exc:
                outcomes[event_id] = _failed(_one_line(exc))
            _report_progress(say, done, len(jobs), event_id, outcomes[event_id])
        return outcomes
    if not jobs:
        return outcomes
    from distributed import as_completed

    run = uuid.uuid4().hex[:12]  # keys unique to this run: two batches may share a cluster
    futures = {}
    # the biggest events first: the batch ends sooner when the long tasks start early
    for event_id, articles in sorted(jobs.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        futures[client.submit(compare_event, articles, fmt, key=f"srccompare-event-{run}-{event_id}",
                              retries=_RETRIES)] = event_id
    for done, future in enumerate(as_completed(futures), 1):
        event_id = futures[future]
        try:
            outcomes[event_id] = future.result()
        except Exception as exc:  # raised in the task, or its worker died too often (KilledWorker)
            outcomes[event_id] = _failed(_one_line(exc))
        _report_progress(say, done, len(jobs), event_id, outcomes[event_id])
    return outcomes


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
