"""Speed benchmark: srccompare's full extraction against dateparser's ``search_dates``.

    python benchmarks/extraction_speed.py [--corpus DIR] [--mb 2] [--runs 3] [--tagger [--parse]]
                                          [--dateparser-sample-mb MB] [--json] [--keep DIR]

Builds a folder of front-matter Markdown articles from a TimeML corpus (the text inside
<TEXT> with its tags removed; outlet from the file-name prefix, ``published`` from the DCT,
``title`` = the text's first line), repeating the corpus until it holds at least ``--mb``
megabytes of article text. The folder is temporary and is deleted afterwards; nothing is
written into the project.

Both sides are timed the same way, as whole processes (interpreter start and imports included),
by wall clock, best of ``--runs``:

(a) ``python -m srccompare extract FOLDER --format json -o /dev/null`` — every extractor
    (sentences, boilerplate, times, numbers, entities, attribution) and claim building;
    With ``--tagger``, (a) is the temporal tagger alone instead: a small script that calls
    ``tag_timexes(text, dct)`` on every article's text. With ``--tagger --parse`` the script
    first parses every text with spaCy and gives the tagger the parse; the parse is shared
    with the rest of the pipeline, not made for the tagger, so its seconds (measured inside the
    process) are taken off the process's wall clock;
(b) a small script that calls ``dateparser.search.search_dates(paragraph, languages=['en'])``
    on every paragraph (article bodies split on blank lines) — dates only.

dateparser is slow, so it is first timed on a small sample; when the full run would take longer
than ``--dateparser-budget`` seconds (default 600), or when ``--dateparser-sample-mb`` is given,
it is timed on a sample of that many megabytes and its time is extrapolated linearly to the
full size. The output says when that happened.

dateparser and pyinstrument come from the ``bench`` extra (``pip install -e .[bench]``); they
are never runtime dependencies.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = PROJECT.parent / "shared" / "corpora" / "tempeval3-train"
MB = 1_000_000

_DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.S)
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
_TAG = re.compile(r"<[^<>]*>")
_PREFIX = re.compile(r"[A-Za-z]+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")

# Runs in its own process so that its imports and start-up count, as srccompare's do.
DATEPARSER_SCRIPT = """
import json, sys
from dateparser.search import search_dates
paragraphs = json.load(open(sys.argv[1], encoding="utf-8"))
found = 0
for paragraph in paragraphs:
    found += len(search_dates(paragraph, languages=["en"]) or ())
print(found)
"""


TAGGER_SCRIPT = """
import json, os, sys, time
from datetime import date
from srccompare.extraction.timex import tag_timexes
items = json.load(open(sys.argv[1], encoding="utf-8"))
docs = [None] * len(items)
parse_seconds = 0.0
if sys.argv[2] == "parse":
    from srccompare.nlp import parse
    started = time.perf_counter()
    docs = [parse(text) for _, text in items]
    parse_seconds = time.perf_counter() - started
found = sum(len(tag_timexes(text, date.fromisoformat(dct), doc=doc)) for (dct, text), doc in zip(items, docs))
print(json.dumps({"parse_seconds": parse_seconds, "timexes": found}), flush=True)
os._exit(0)  # freeing a thousand parses at exit is the parse's cost, not the tagger's
"""


@dataclass(frozen=True)
class TimeMLDocument:
    """One corpus document: its outlet (file-name prefix), creation date and plain text."""

    name: str
    outlet: str
    published: str
    text: str


def read_timeml(path: Path) -> TimeMLDocument:
    """The plain text inside <TEXT> (tags removed, entities decoded) and the DCT date."""
    raw = path.read_text(encoding="utf-8")
    body = _TEXT.search(raw)
    dct = _DCT.search(raw)
    if body is None or dct is None:
        raise ValueError(f"{path}: no <TEXT> or no <DCT>")
    text = html.unescape(_TAG.sub("", body.group(1))).strip() + "\n"
    prefix = _PREFIX.match(path.name)
    return TimeMLDocument(path.stem, prefix.group(0) if prefix else "unknown", dct.group(1), text)


def paragraphs(text: str) -> list[str]:
    """Article text split on blank lines, empty pieces dropped."""
    return [p.strip() for p in _BLANK_LINES.split(text) if p.strip()]


def as_markdown(doc: TimeMLDocument) -> str:
    """A front-matter Markdown article; JSON strings are valid YAML scalars."""
    title = doc.text.strip().split("\n", 1)[0].strip()
    front = f"outlet: {json.dumps(doc.outlet)}\npublished: {doc.published}\ntitle: {json.dumps(title)}\n"
    return f"---\n{front}---\n{doc.text}"


def build_corpus(corpus: Path, folder: Path, megabytes: float,
                 texts: list[tuple[str, str]] | None = None) -> tuple[int, list[str]]:
    """Write articles into ``folder`` until they hold ``megabytes`` of text.

    Returns (bytes of article text, every paragraph in file order); ``texts``, when given,
    receives (DCT, text) of every article written.
    """
    documents = [read_timeml(p) for p in sorted(corpus.rglob("*.tml"))]
    if not documents:
        raise SystemExit(f"no .tml files under {corpus}")
    total, copy, pieces = 0, 0, []
    while total < megabytes * MB:
        for doc in documents:
            (folder / f"{doc.name}-copy{copy}.md").write_text(as_markdown(doc), encoding="utf-8")
            total += len(doc.text.encode("utf-8"))
            pieces.extend(paragraphs(doc.text))
            if texts is not None:
                texts.append((doc.published[:10], doc.text))
            if total >= megabytes * MB:
                break
        copy += 1
    return total, pieces


def wall_clock(command: list[str], runs: int) -> float:
    """Best wall-clock seconds of ``runs`` runs of a command (which must succeed)."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
        best = min(best, elapsed)
    return best


def tagger_clock(items: list[tuple[str, str]], folder: Path, with_parse: bool, runs: int) -> float:
    """Best wall-clock seconds of the tagger-alone script, less its parse time (``--parse``)."""
    source = folder / "tagger-input.json"
    source.write_text(json.dumps(items), encoding="utf-8")
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", TAGGER_SCRIPT, str(source), "parse" if with_parse else "words"],
                              cwd=PROJECT, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"the tagger script failed ({done.returncode}):\n{done.stderr[-2000:]}")
        best = min(best, elapsed - json.loads(done.stdout)["parse_seconds"])
    source.unlink()
    return best


def sample(pieces: list[str], megabytes: float) -> tuple[list[str], int]:
    """The first paragraphs holding ``megabytes`` of text, and their size in bytes."""
    chosen, size = [], 0
    for piece in pieces:
        if size >= megabytes * MB:
            break
        chosen.append(piece)
        size += len(piece.encode("utf-8"))
    return chosen, size


def time_dateparser(pieces: list[str], folder: Path, megabytes: float | None, runs: int) -> tuple[float, int]:
    """(best seconds, bytes timed) for dateparser's search_dates on all ``pieces`` or a sample."""
    chosen, size = (pieces, sum(len(p.encode("utf-8")) for p in pieces)) if megabytes is None else sample(pieces, megabytes)
    source = folder / "paragraphs.json"
    source.write_text(json.dumps(chosen), encoding="utf-8")
    seconds = wall_clock([sys.executable, "-c", DATEPARSER_SCRIPT, str(source)], runs)
    source.unlink()
    return seconds, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of TimeML .tml files")
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of article text (default 2)")
    parser.add_argument("--runs", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--dateparser-sample-mb", type=float, default=None,
                        help="time dateparser on this many MB and extrapolate linearly")
    parser.add_argument("--dateparser-budget", type=float, default=600.0,
                        help="seconds: sample dateparser when a full run would take longer (default 600)")
    parser.add_argument("--json", action="store_true", help="print one machine-readable JSON line")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="also copy the generated articles into DIR (outside the project), e.g. to profile them")
    parser.add_argument("--tagger", action="store_true", help="time the temporal tagger alone, not the whole extraction")
    parser.add_argument("--parse", action="store_true", help="with --tagger: give the tagger the spaCy parse (parse time not counted)")
    args = parser.parse_args(argv)
    if args.parse and not args.tagger:
        parser.error("--parse goes with --tagger")

    with tempfile.TemporaryDirectory(prefix="srccompare-bench-") as tmp:
        articles = Path(tmp) / "articles"
        articles.mkdir()
        texts: list[tuple[str, str]] = []
        size, pieces = build_corpus(args.corpus, articles, args.mb, texts)
        if args.keep is not None:
            shutil.copytree(articles, args.keep, dirs_exist_ok=True)

        if args.tagger:
            ours = tagger_clock(texts, Path(tmp), args.parse, args.runs)
        else:
            ours = wall_clock([sys.executable, "-m", "srccompare", "extract", str(articles), "--format", "json",
                               "-o", "/dev/null"], args.runs)

        sample_mb = args.dateparser_sample_mb
        if sample_mb is None:  # probe on a small sample to decide whether a full run fits the budget
            probe_seconds, probe_size = time_dateparser(pieces, Path(tmp), 0.05, 1)
            if probe_seconds * size / probe_size * args.runs > args.dateparser_budget:
                sample_mb = max(0.05, args.mb * args.dateparser_budget / (probe_seconds * size / probe_size) / args.runs)
        theirs, theirs_size = time_dateparser(pieces, Path(tmp), sample_mb, args.runs)
        # the full run reads the same paragraphs (only the blank lines between them are left out)
        extrapolated = sample_mb is not None
        theirs_full = theirs * size / theirs_size if extrapolated else theirs

    result = {
        "side": "tagger+parse" if args.parse else "tagger" if args.tagger else "extract",
        "megabytes": round(size / MB, 3),
        "runs": args.runs,
        "srccompare_seconds": round(ours, 2),
        "srccompare_mb_per_s": round(size / MB / ours, 3),
        "dateparser_seconds": round(theirs_full, 2),
        "dateparser_mb_per_s": round(size / MB / theirs_full, 4),
        "dateparser_extrapolated_from_mb": round(theirs_size / MB, 3) if extrapolated else None,
        "dateparser_measured_seconds": round(theirs, 2),
        "ratio": round(theirs_full / ours, 1),
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"text: {size / MB:.2f} MB of newswire ({args.corpus}), best of {args.runs} runs, whole processes")
    side = "srccompare extract:      " if not args.tagger else (
        "tag_timexes with parse:  " if args.parse else "tag_timexes (words only):")
    print(f"{side}  {ours:8.1f} s   {size / MB / ours:7.3f} MB/s")
    note = ""
    if extrapolated:
        note = f"   (EXTRAPOLATED linearly from {theirs:.1f} s on a {theirs_size / MB:.2f} MB sample)"
    print(f"dateparser search_dates:   {theirs_full:8.1f} s   {size / MB / theirs_full:7.4f} MB/s{note}")
    print(f"srccompare is {theirs_full / ours:.1f}x faster than dateparser")
    return 0


if __name__ == "__main__":
    sys.exit(main())
