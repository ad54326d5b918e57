"""TempEval-3 Task A benchmark for srccompare's temporal tagger (``tag_timexes``).

    python benchmarks/tempeval.py DIR [DIR ...] [--parse] [--errors] [--kind missed|spurious|value|span]
                                  [--categories]

Reads every TimeML ``.tml`` file under the given folders (the text inside <TEXT> with its tags
removed, gold TIMEX3 spans/types/values, and the DCT from <DCT>), tags the text, and scores the
TempEval-3 way: strict span match (exact span, surrounding whitespace ignored) and relaxed
match (overlap, each gold matched to at most one system timex, greedily by largest overlap);
type and value accuracy over relaxed matches; attribute F1 = accuracy x relaxed F1.
Micro-averaged over files. ``--categories`` counts the value errors by kind (``value_category``).
With ``--parse`` each text is parsed first (``srccompare.nlp.parse``,
not timed) and the tagger reads the parse too. The numbers agree with /work/shared/tools/te3_score.py, which scores
the same function through the CLI.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from srccompare.extraction.timex import tag_timexes  # noqa: E402

_DCT_RE = re.compile(r"<DCT>.*?value=\"([^\"]+)\"", re.S)
_TEXT_RE = re.compile(r"<TEXT>(.*)</TEXT>", re.S)


@dataclass
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


def read_tml(path: Path) -> tuple[str, str, list[GoldTimex]]:
    """(DCT as YYYY-MM-DD, plain text of <TEXT>, gold timexes with offsets into that text)."""
    raw = path.read_text(encoding="utf-8")
    dct = _DCT_RE.search(raw).group(1)
    body = _TEXT_RE.search(raw).group(1)
    root = ET.fromstring("<TEXT>" + body + "</TEXT>")
    parts: list[str] = []
    length = 0
    gold: list[GoldTimex] = []

    def walk(el: ET.Element) -> None:
        nonlocal length
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            start = length
            walk(child)
            if child.tag == "TIMEX3":
                gold.append(GoldTimex(start, length, child.get("type", ""), child.get("value", "")))
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    walk(root)
    text = "".join(parts)
    for g in gold:
        g.text = text[g.start:g.end]
    return dct[:10], text, gold


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_WEEKDAY_RE = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def value_category(gold: GoldTimex, sys_type: str, sys_value: str, sys_text: str) -> str:
    """A coarse kind of value error, for the summary of ``--categories`` (first match wins)."""
    gv, sv, words = gold.value, sys_value, f"{gold.text} {sys_text}".lower()
    if _WEEKDAY_RE.search(words) and _DAY_VALUE.match(gv) and _DAY_VALUE.match(sv):
        if gv[:10] == sv[:10]:
            return "weekday + part of day: the part's code (TNI, TMO ...) in one value only"
        days = abs((date.fromisoformat(sv[:10]) - date.fromisoformat(gv[:10])).days)
        return "bare weekday a week away" if days == 7 else "weekday, another day"
    if "Q" in gv or "Q" in sv or re.search(r"quarter|period|year-ago|year-earlier", words):
        return "quarters and reporting periods (earnings news)"
    if "WXX" in gv and "-W" in sv:
        return "week: gold underspecified (WXX) for a computed week"
    if re.fullmatch(r"\d{4}-XX(?:-XX)?|\d{3}X|\d\dXX", gv) and gv.replace("X", "").rstrip("-") == sv.replace("X", "").rstrip("-"):
        return "year or decade: gold underspecified (1968-XX, 198X)"
    if "DURATION" in (gold.type, sys_type) and gold.type != sys_type:
        return "DATE or DURATION ('the past year', 'the year', 'recent years')"
    if "_REF" in gv or "_REF" in sv:
        return "PAST_REF / PRESENT_REF / FUTURE_REF against a value"
    if gold.type == "SET" or sys_type == "SET":
        return "sets"
    if gold.type == "DURATION":
        return "length of a duration (P10Y / PXY, P24H / P1D)"
    if re.search(r"\b(?:next|last|this|ago|earlier|later|before|after|following|previous|that)\b", words):
        return "relative or anchored expressions (the reference date)"
    return "other"


@dataclass
class Score:
    n_gold: int = 0
    n_sys: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[str] = field(default_factory=list)
    categories: dict[str, int] = field(default_factory=dict)
    parse_seconds: float = 0.0

    @staticmethod
    def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_sys if n_sys else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def report(self) -> str:
        sp, sr, sf = self.prf(self.strict, self.n_sys, self.n_gold)
        rp, rr, rf = self.prf(self.relaxed, self.n_sys, self.n_gold)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return (
            f"gold {self.n_gold}, system {self.n_sys}\n"
            f"strict  P {sp:.3f} R {sr:.3f} F1 {sf:.3f}\n"
            f"relaxed P {rp:.3f} R {rr:.3f} F1 {rf:.3f}\n"
            f"type accuracy {type_acc:.3f}  type F1 {type_acc * rf:.3f}\n"
            f"value accuracy {value_acc:.3f}  value F1 {value_acc * rf:.3f}"
        )


def score_file(path: Path, score: Score, use_parse: bool = False) -> None:
    dct_text, text, gold = read_tml(path)
    doc = None
    if use_parse:
        from srccompare.nlp import parse

        t0 = time.perf_counter()
        doc = parse(text)
        score.parse_seconds += time.perf_counter() - t0
    system = tag_timexes(text, date.fromisoformat(dct_text), doc=doc)
    score.n_gold += len(gold)
    score.n_sys += len(system)
    gspans = [strip_span(text, g.start, g.end) for g in gold]
    sspans = [strip_span(text, s.start, s.end) for s in system]
    score.strict += len(set(gspans) & set(sspans))
    used: set[int] = set()
    name = path.name
    for gi, (gs, ge) in enumerate(gspans):
        best, overlap = None, 0
        for si, (ss, se) in enumerate(sspans):
            ov = min(ge, se) - max(gs, ss)
            if si not in used and ov > overlap:
                best, overlap = si, ov
        g = gold[gi]
        context = text[max(0, gs - 40):gs].replace("\n", " ")
        if best is None:
            score.errors.append(f"missed\t{name}\t{dct_text}\t{g.text!r}\t{g.type}\t{g.value}\t...{context}")
            continue
        used.add(best)
        score.relaxed += 1
        s = system[best]
        score.type_ok += s.type == g.type
        if s.value == g.value:
            score.value_ok += 1
        else:
            kind = value_category(g, s.type, s.value, s.text)
            score.categories[kind] = score.categories.get(kind, 0) + 1
            score.errors.append(
                f"value\t{name}\t{dct_text}\t{g.text!r}\t{g.type}\t{g.value}\t|sys {s.text!r}\t{s.type}\t{s.value}\t...{context}")
        if (gs, ge) != sspans[best]:
            score.errors.append(f"span\t{name}\t{dct_text}\tgold {g.text!r}\tsys {s.text!r}\t...{context}")
    for si in sorted(set(range(len(system))) - used):
        s = system[si]
        context = text[max(0, s.start - 40):s.end + 20].replace("\n", " ")
        score.errors.append(f"spurious\t{name}\t{dct_text}\t{s.text!r}\t{s.type}\t{s.value}\t...{context}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--errors", action="store_true", help="print mismatches (missed, spurious, value, span)")
    ap.add_argument("--kind", action="append", help="only these error kinds (repeatable)")
    ap.add_argument("--parse", action="store_true", help="give the tagger the spaCy parse of each text")
    ap.add_argument("--categories", action="store_true", help="count the value errors by kind")
    args = ap.parse_args(argv)
    files = sorted(p for d in args.dirs for p in (d.rglob("*.tml") if d.is_dir() else [d]))
    if not files:
        print("no .tml files found", file=sys.stderr)
        return 2
    score = Score()
    t0 = time.perf_counter()
    for path in files:
        score_file(path, score, args.parse)
    elapsed = time.perf_counter() - t0 - score.parse_seconds
    if args.errors:
        for line in score.errors:
            if not args.kind or line.split("\t", 1)[0] in args.kind:
                print(line)
        print()
    print(f"files {len(files)}, tagging+scoring {elapsed:.2f}s")
    print(score.report())
    if args.categories:
        print(f"value errors by kind ({sum(score.categories.values())}):")
        for kind, n in sorted(score.categories.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:4d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
