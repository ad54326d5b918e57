"""Scaling benchmark: does one long article cost time and memory in proportion to its size?

    python benchmarks/scaling.py                      # 0.25, 0.5, 1, 2, 5 MB, best of 1
    python benchmarks/scaling.py --sizes 0.25 1 --runs 2
    python benchmarks/scaling.py --json               # one JSON line per size, then the summary
    python benchmarks/scaling.py --spacy en_core_web_sm   # also time spaCy's pipeline alone

Each size is one article of realistic news text, generated here from templates (no corpus is
read): paragraphs of reported speech with many speakers and attributions ("X said on Tuesday",
"according to X", '"…," said X', quotations continued across paragraphs), counts, money,
percentages, dates, weekdays and durations. The generator is seeded, so the same size gives the
same text on every run.

Every measurement runs in a fresh process: the article is written to a temporary Markdown
file, the process imports srccompare, reads the file (``read_article``), and times
``summarize_article`` by the CPU time of the process (wall clock is shown too, but the machine
may be shared, and CPU time is what other processes disturb least); the best of ``--runs`` counts; its peak resident memory (``ru_maxrss``) is read after the
run, and the resident memory before the run (after imports and reading) is subtracted, so the
figure is what the analysis itself needed. The table gives seconds per MB and peak MB per MB
of article for every size, and the ratio between the largest and the smallest size per MB
(1.0 is perfectly linear; the target is within 1.25).

``--spacy MODEL`` times ``nlp(text)`` for the same text with that spaCy pipeline, in its own
process, when spaCy and the model are installed (the hook for the "within 1.5x spaCy alone"
measurement once srccompare parses with spaCy); without them it says so and carries on.

Nothing here is asserted: tests never time anything.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
MB = 1_000_000

# --- the article generator -----------------------------------------------------------------

_FIRST = ("Anna", "Marek", "Olga", "James", "Fatima", "Luis", "Ingrid", "Kofi", "Mei", "Tomasz", "Aisha",
          "Pedro", "Hanna", "Yusuf", "Claire", "Dmitri", "Nadia", "Samuel", "Elena", "Rahul")
_LAST = ("Kowalski", "Okafor", "Lindqvist", "Moreau", "Haddad", "Tanaka", "Novak", "Brennan", "Silva",
         "Petrov", "Mensah", "García", "Schmidt", "Hosseini", "Walsh", "Duarte", "Nakamura", "Iqbal")
_ROLES = ("the interior minister", "a police spokesman", "the regional governor", "the mayor",
          "a union leader", "the chief prosecutor", "an army spokeswoman", "the health minister",
          "a senior diplomat", "the company's chief executive", "a local official", "the coast guard")
_BODIES = ("the Interior Ministry", "the Red Cross", "the World Health Organization (WHO)", "the WHO",
           "the national weather service", "the transport union", "the central bank", "police",
           "officials", "witnesses", "the defence ministry", "the United Nations", "rescuers")
_VERBS = ("said", "told reporters", "added", "warned", "confirmed", "stressed", "noted", "announced")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_EVENTS = ("strike", "protest", "evacuation", "flood", "trial", "ceasefire", "outbreak", "withdrawal")
_THINGS = ("people were killed", "people were injured", "troops were deployed", "people were detained",
           "homes were destroyed", "workers walked out", "cases were confirmed", "families were evacuated")

_TEMPLATES = (
    "{Speaker} {verb} on {weekday} that at least {n} {thing} in the {event}.",
    "“We have never seen anything like this,” {speaker} {verb}. “The {event} will last {d} days.”",
    "According to {body}, about {n} {thing}, up from {m} a week earlier.",
    "“The situation is stable,” said {person}, {role}, adding that talks would resume on {weekday}.",
    "{person}, {role}, {verb} the {event} had cost {money} million dollars so far.",
    "\"Nobody expected {n} {thing},\" {person} {verb} in a statement on {weekday}.",
    "The {event} began on {month} {day} and is expected to end within {d} days, {body} {verb}.",
    "{Body} {verb} {pct}% of those affected were children, while {speaker} put the number of victims at {m}.",
    "In an interview, {speaker} {verb} the {event} was the worst since {year}.",
    "Prices rose {pct}% in {month}, {body} {verb}, and some {n} {thing} by {weekday}.",
)
_CONTINUED = "“The {event} is not over,” {person} {verb}. “We expect {n} more {thing} by {weekday}."
_CONTINUATION = "“We will report again on {month} {day}, and we ask for patience,” the statement went on."


def _fill(template: str, rnd: random.Random) -> str:
    person = f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)}"
    speaker = rnd.choice((person, rnd.choice(_ROLES), rnd.choice(_BODIES)))
    body = rnd.choice(_BODIES)
    return template.format(
        speaker=speaker, Speaker=speaker[:1].upper() + speaker[1:], body=body, Body=body[:1].upper() + body[1:],
        person=person, role=rnd.choice(_ROLES), verb=rnd.choice(_VERBS),
        weekday=rnd.choice(_WEEKDAYS), month=rnd.choice(_MONTHS), day=rnd.randint(1, 28),
        n=f"{rnd.randint(2, 90_000):,}", m=f"{rnd.randint(2, 9_000):,}", d=rnd.randint(2, 40),
        pct=rnd.randint(1, 99), money=rnd.randint(2, 900), year=rnd.randint(1950, 2020),
        event=rnd.choice(_EVENTS), thing=rnd.choice(_THINGS),
    )


def make_article(size_bytes: int, seed: int = 11) -> str:
    """A Markdown article with front matter, as close to ``size_bytes`` UTF-8 bytes as whole
    paragraphs allow without going over (5 MB is srccompare's limit for one file)."""
    rnd = random.Random(seed)
    head = ("---\noutlet: Scaling Wire\npublished: 2024-03-14T09:30:00+01:00\n"
            "title: Long coverage of a lasting crisis\n---\n\n")
    parts, size = [head], len(head.encode("utf-8"))
    while True:
        if rnd.random() < 0.08:  # a quotation reopened on the next paragraph (newspaper style)
            paragraph = _fill(_CONTINUED, rnd) + "\n\n" + _fill(_CONTINUATION, rnd)
        else:
            paragraph = " ".join(_fill(rnd.choice(_TEMPLATES), rnd) for _ in range(rnd.randint(2, 5)))
        grown = size + len(paragraph.encode("utf-8")) + 2
        if grown > size_bytes:
            break
        parts.append(paragraph + "\n\n")
        size = grown
    return "".join(parts)


# Hostile shapes of the same text: each must stay linear too.
SHAPES = {
    "news": lambda text: text,
    "one-paragraph": lambda text: text.replace("\n\n", " "),  # no paragraph breaks
    "no-punctuation": lambda text: text.replace(".", "").replace("\n\n", " "),  # one endless sentence
    "open-quotes": lambda text: text.replace("”", "“"),  # quotations that never close
}


def shaped_article(size_bytes: int, shape: str) -> str:
    head, _, body = make_article(size_bytes).partition("---\n\n")
    return head + "---\n\n" + SHAPES[shape](body)


# --- one measurement per process ----------------------------------------------------------

_SRCCOMPARE_CHILD = """
import json, resource, sys, time
from srccompare.pipeline import summarize_article
from srccompare.sources import read_article
article = read_article(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start, cpu = time.perf_counter(), time.process_time()
summary = summarize_article(article)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": cpu, "wall": seconds, "peak_kb": peak, "base_kb": before, "claims": len(summary.claims)}))
"""

_SPACY_CHILD = """
import json, resource, sys, time
import spacy
nlp = spacy.load(sys.argv[2])
text = open(sys.argv[1], encoding="utf-8").read()
nlp.max_length = max(nlp.max_length, len(text) + 1)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start, cpu = time.perf_counter(), time.process_time()
doc = nlp(text)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": cpu, "wall": seconds, "peak_kb": peak, "base_kb": before, "tokens": len(doc)}))
"""


def _child(script: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=PROJECT)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "child failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _spacy_available(model: str) -> str | None:
    check = subprocess.run([sys.executable, "-c", f"import spacy; spacy.load({model!r})"], capture_output=True, text=True)
    if check.returncode == 0:
        return None
    lines = check.stderr.strip().splitlines()
    return lines[-1] if lines else "spaCy could not be loaded"


def measure(sizes_mb: list[float], runs: int, spacy_model: str | None, as_json: bool, shape: str = "news") -> list[dict]:
    results = []
    spacy_problem = _spacy_available(spacy_model) if spacy_model else "not asked (--spacy MODEL)"
    if spacy_model and spacy_problem:
        print(f"spaCy timing skipped: {spacy_problem}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="srccompare-scaling-") as tmp:
        for size in sizes_mb:
            path = Path(tmp) / f"article-{size}mb.md"
            text = shaped_article(int(size * MB), shape)
            path.write_text(text, encoding="utf-8")
            mb = len(text.encode("utf-8")) / MB
            best = min((_child(_SRCCOMPARE_CHILD, str(path)) for _ in range(runs)), key=lambda r: r["seconds"])
            row = {"mb": round(mb, 3), "seconds": round(best["seconds"], 3), "wall": round(best["wall"], 3),
                   "claims": best["claims"],
                   "s_per_mb": round(best["seconds"] / mb, 3),
                   "peak_mb": round((best["peak_kb"] - best["base_kb"]) / 1024, 1),
                   "peak_mb_per_mb": round((best["peak_kb"] - best["base_kb"]) / 1024 / mb, 1)}
            if spacy_model and not spacy_problem:
                sp = min((_child(_SPACY_CHILD, str(path), spacy_model) for _ in range(runs)), key=lambda r: r["seconds"])
                row["spacy_seconds"] = round(sp["seconds"], 3)
                row["spacy_peak_mb"] = round((sp["peak_kb"] - sp["base_kb"]) / 1024, 1)
            results.append(row)
            if as_json:
                print(json.dumps(row), flush=True)
            else:
                extra = f"  spaCy {row['spacy_seconds']:8.2f} s" if "spacy_seconds" in row else ""
                print(f"{row['mb']:6.2f} MB  {row['seconds']:8.2f} s CPU ({row['wall']:7.2f} s wall)  {row['s_per_mb']:6.2f} s/MB  "
                      f"peak +{row['peak_mb']:7.1f} MB ({row['peak_mb_per_mb']:6.1f} MB/MB)  "
                      f"{row['claims']:7d} claims{extra}", flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1, 2, 5], metavar="MB")
    parser.add_argument("--runs", type=int, default=1, help="best of this many runs per size")
    parser.add_argument("--spacy", metavar="MODEL", help="also time this spaCy pipeline alone (e.g. en_core_web_sm)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="news",
                        help="the same text made hostile: no paragraph breaks, no full stops, quotes never closed")
    parser.add_argument("--write", metavar="FILE", help="write one generated article of --sizes[0] MB here and stop")
    args = parser.parse_args(argv)
    if args.write:
        Path(args.write).write_text(shaped_article(int(args.sizes[0] * MB), args.shape), encoding="utf-8")
        return 0
    results = measure(sorted(args.sizes), args.runs, args.spacy, args.json, args.shape)
    small, large = results[0], results[-1]
    summary = {
        "time_ratio_largest_to_smallest_per_mb": round(large["s_per_mb"] / small["s_per_mb"], 2),
        "memory_ratio_largest_to_smallest_per_mb": round(large["peak_mb_per_mb"] / small["peak_mb_per_mb"], 2)
        if small["peak_mb_per_mb"] else None,
    }
    if "spacy_seconds" in large:
        summary["largest_srccompare_to_spacy"] = round(large["seconds"] / large["spacy_seconds"], 2)
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"time per MB, {large['mb']} MB over {small['mb']} MB: {summary['time_ratio_largest_to_smallest_per_mb']}x "
              f"(target within 1.25)")
        print(f"peak memory per MB, same sizes: {summary['memory_ratio_largest_to_smallest_per_mb']}x")
        if "largest_srccompare_to_spacy" in summary:
            print(f"srccompare / spaCy alone at {large['mb']} MB: {summary['largest_srccompare_to_spacy']}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
