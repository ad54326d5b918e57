#!/usr/bin/env python3
"""srccompare's full extraction against spaCy's small pipeline alone, on the same text.

Issue target: the full extraction (load, clean, parse, grammars, claims) takes at most 1.5 times
as long as spaCy's small pipeline alone (``nlp.pipe``) on the same articles, whole processes, same
run; and a compare of six articles of about 5 KB takes under 3 seconds including start-up.

    python benchmarks/parse_overhead.py                  # 0.5 MB of TempEval-3 newswire, best of 2
    python benchmarks/parse_overhead.py --mb 2 --runs 3

Both sides are whole processes timed by wall clock (interpreter start-up and model loading
included): ``python -c "spacy.load(...); list(nlp.pipe(texts))"`` over the article texts that
srccompare parses (title and body), and ``python -m srccompare extract FOLDER --format json``.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_speed import DEFAULT_CORPUS, MB, build_corpus, wall_clock  # noqa: E402

_SPACY_ONLY = """
import sys, pathlib, spacy
from srccompare.nlp import model_name
from srccompare.sources import read_article
nlp = spacy.load(model_name())
nlp.max_length = 6_000_000
texts = []
for path in sorted(pathlib.Path(sys.argv[1]).glob('*.md')):
    article = read_article(path)
    texts += [article.title, article.text]
for _ in nlp.pipe(texts):
    pass
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--mb", type=float, default=0.5)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="parse-overhead-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        size, _ = build_corpus(args.corpus, folder, args.mb)
        spacy_alone = wall_clock([sys.executable, "-c", _SPACY_ONLY, str(folder)], args.runs)
        full = wall_clock([sys.executable, "-m", "srccompare", "extract", str(folder), "--format", "json",
                           "-o", str(Path(tmp) / "out.json")], args.runs)
        six = Path(tmp) / "six"
        six.mkdir()
        texts = sorted(folder.glob("*.md"), key=lambda p: -p.stat().st_size)
        for i, path in enumerate(texts[:6]):
            head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
            (six / f"a{i}.md").write_text(head + "\n---\n" + body[: 5 * 1024], encoding="utf-8")
        compare_six = wall_clock([sys.executable, "-m", "srccompare", "compare", str(six), "--format", "json",
                                  "-o", str(Path(tmp) / "six.json")], args.runs)
    result = {"megabytes": round(size / MB, 2), "spacy_alone_s": round(spacy_alone, 2), "full_extraction_s": round(full, 2),
              "ratio": round(full / spacy_alone, 2), "compare_six_5kb_s": round(compare_six, 2)}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['megabytes']} MB of newswire, best of {args.runs} runs, whole processes")
        print(f"  spaCy small pipeline alone : {spacy_alone:7.2f} s")
        print(f"  srccompare full extraction : {full:7.2f} s   ratio {full / spacy_alone:.2f} (target <= 1.5)")
        print(f"  compare of 6 x 5 KB        : {compare_six:7.2f} s   (target < 3 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
