"""Batch: a feed to one report per event and an index, sequentially and on a real Dask cluster.

The distributed tests start a ``dask.distributed`` ``LocalCluster`` of worker processes in this
process (no mocks) and check that its output is byte-for-byte the sequential run's; one of them
kills a worker in the middle of a batch and checks that nothing is lost.
"""
from __future__ import annotations

import json
import logging
import os
import signal
from pathlib import Path

import pytest

from srccompare import batch as batch_module
from srccompare.batch import batch_paths
from srccompare.cli import main
from srccompare.pipeline import compare_paths
from srccompare.report.render import render
from feed_articles import QUAKE_A, write_quake

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted(p for p in (ROOT / "fixtures").iterdir() if p.is_dir())
SOME = [ROOT / "fixtures" / name for name in ("quake-sample", "strike-sample", "summit-sample", "csto-withdrawal")]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> list[Path]:
    """Four fixture events, an article that matches nothing, and a file that cannot be read."""
    extra = tmp_path_factory.mktemp("extra")
    (extra / "recipe.md").write_text("---\noutlet: Kitchen Notes\n---\nSlow-roast the tomatoes with garlic and "
                                     "thyme, then blend them with olive oil.\n", encoding="utf-8")
    (extra / "broken.md").write_bytes(b"---\noutlet: [unclosed\n---\nbody\n")
    return [*SOME, extra]


@pytest.fixture(scope="module")
def sequential(feed, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sequential")
    batch_paths(feed, out, scheduler="sequential", progress=None)
    return out


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0",
                      silence_logs=logging.ERROR) as local:
        yield local


def test_each_event_report_is_the_compare_report_of_its_articles(sequential):
    index = json.loads((sequential / "index.json").read_text(encoding="utf-8"))
    assert len(index["events"]) == 4
    for event in index["events"]:
        expected = render(compare_paths(event["articles"]), "html")
        assert (sequential / event["report"]).read_text(encoding="utf-8") == expected
        assert {Path(p).parent for p in event["articles"]} & set(SOME)


def test_the_index_lists_counts_singletons_and_failures(sequential):
    index = json.loads((sequential / "index.json").read_text(encoding="utf-8"))
    assert index["articles"] == sum(len(e["articles"]) for e in index["events"] + index["single_articles"])
    seed = next(e for e in index["events"] if "csto-withdrawal" in e["articles"][0])
    assert seed["outlets"] == ["Meduza", "TVP World"] and seed["counts"]["conflict"] >= 1
    assert [e["articles"][0].rsplit("/", 1)[1] for e in index["single_articles"]] == ["recipe.md"]
    assert len(index["failed_files"]) == 1 and index["failed_files"][0]["path"].endswith("broken.md")
    assert "broken.md" in index["failed_files"][0]["error"]
    html = (sequential / "index.html").read_text(encoding="utf-8")
    for event in index["events"]:
        assert f'<a href="{event["report"]}">' in html
    assert "Files that could not be read" in html and "recipe.md" in html


def test_the_same_batch_on_a_dask_cluster_gives_the_same_bytes(feed, sequential, cluster, tmp_path, monkeypatch):
    monkeypatch.setattr(batch_module, "_FEATURE_CHUNK", 3)  # the clustering features are computed on the workers too
    result = batch_paths(feed, tmp_path, scheduler=cluster.scheduler_address, progress=None)
    assert _files(tmp_path) == _files(sequential)
    assert result.workers_seen >= 1


def test_the_default_local_scheduler_gives_the_same_bytes(feed, sequential, tmp_path, capsys):
    assert main(["batch", *map(str, feed), "-o", str(tmp_path), "--workers", "2"]) == 0
    assert _files(tmp_path) == _files(sequential)
    err = capsys.readouterr().err
    assert "started a local Dask cluster: 2 worker processes" in err and "[4/4]" in err


def test_a_killed_worker_loses_nothing(cluster, tmp_path):
    from distributed import Client

    with Client(cluster.scheduler_address) as client:
        pids = client.run(os.getpid)  # worker address -> process id
    seq = tmp_path / "seq"
    batch_paths(FIXTURES, seq, scheduler="sequential", progress=None)
    killed: list[tuple[int, int]] = []  # (pid, tasks it was running or holding)

    def kill_on_first_result(message: str) -> None:
        if message.startswith("[1/") and not killed:
            busy = {a: len(ws.processing) for a, ws in cluster.scheduler.workers.items()}
            address = max(sorted(busy), key=busy.get)
            os.kill(pids[address], signal.SIGKILL)  # mid-batch, with work on it
            killed.append((pids[address], busy[address]))

    out = tmp_path / "dask"
    batch_paths(FIXTURES, out, scheduler=cluster.scheduler_address, progress=kill_on_first_result)
    assert killed and killed[0][1] >= 1, "a worker holding tasks was killed before the batch ended"
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert len(index["events"]) == len(FIXTURES) and not any(e["error"] for e in index["events"])
    assert _files(out) == _files(seq)
    with Client(cluster.scheduler_address) as client:
        client.wait_for_workers(2, timeout=60)  # the nanny restarted it; later tests keep two workers
        assert killed[0][0] not in client.run(os.getpid).values()


def test_an_article_that_fails_is_left_out_and_named(monkeypatch, tmp_path):
    paths = write_quake(tmp_path / "feed", QUAKE_A, outlets=3)
    real = batch_module.summarize_article

    def failing(article):
        if article.source.path == str(paths[0]):
            raise ValueError("cannot read this one")
        return real(article)

    monkeypatch.setattr(batch_module, "summarize_article", failing)
    batch_paths([tmp_path / "feed"], tmp_path / "out", scheduler="sequential", progress=None)
    event = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))["events"][0]
    assert event["failed_articles"] == [{"path": str(paths[0]), "error": "ValueError: cannot read this one"}]
    assert event["report"] and event["error"] is None


def test_an_event_that_cannot_be_compared_is_listed_with_its_error(monkeypatch, tmp_path):
    write_quake(tmp_path / "feed", QUAKE_A, outlets=2)

    def failing(summaries, **_):
        raise RuntimeError("alignment broke")

    monkeypatch.setattr(batch_module, "compare_summaries", failing)
    batch_paths([tmp_path / "feed"], tmp_path / "out", scheduler="sequential", progress=None)
    event = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))["events"][0]
    assert event["report"] is None and event["error"] == "RuntimeError: alignment broke"
    assert "Not compared: RuntimeError: alignment broke" in (tmp_path / "out" / "index.html").read_text("utf-8")


def test_index_html_escapes_labels(tmp_path):
    for outlet in ("A", "B"):
        (tmp_path / f"{outlet}.md").write_text(
            f"---\noutlet: {outlet}\ntitle: '<script>alert(1)</script> storm kills 4 in Oldport'\n---\n"
            "A storm killed 4 people in Oldport on Monday, officials said.\n", encoding="utf-8")
    batch_paths([tmp_path], tmp_path / "out", scheduler="sequential", progress=None)
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("fmt,ext", [("markdown", "md"), ("json", "json")])
def test_other_formats(fmt, ext, tmp_path):
    batch_paths(SOME[:1], tmp_path, fmt=fmt, scheduler="sequential", progress=None)
    index = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    assert index["format"] == fmt and index["events"][0]["report"].endswith(f".{ext}")


@pytest.mark.parametrize("argv,needle", [
    (["batch", "fixtures/quake-sample"], "required: -o/--output"),
    (["batch", "fixtures/quake-sample", "-o", "x", "--workers", "0"], "--workers must be 1 or more"),
    (["batch", "no-such-feed", "-o", "x"], "no-such-feed: no such file or folder"),
    (["batch", "fixtures/quake-sample", "-o", "x", "--scheduler", "not-an-address"],
     "--scheduler not-an-address: cannot reach a Dask scheduler there"),
])
def test_batch_bad_usage_is_one_line(capsys, argv, needle, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    argv = [a if a != "x" else str(tmp_path / "out") for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1
