#!/usr/bin/env python3
"""Score srccompare on real multi-outlet clusters against hand-written gold tables.

The gold tables live in ``benchmarks/gold/<cluster>/`` (``meta.json``, ``gold.md``, ``gold.json``,
format: ``../shared/tools/GOLD-FORMAT.md``). The articles themselves are not copied into the
project: each article entry of ``meta.json`` names its ``corpus_file`` in
``../shared/corpora/ecbplus-dev``, and this script lays the clusters out in a temporary folder
(``<outlet-slug>.txt``: the corpus file without its front matter, line 1 the headline) before it
runs ``../shared/tools/score_clusters.py`` on them.

    python benchmarks/real_clusters.py                    # score every cluster
    python benchmarks/real_clusters.py --cluster 08-ecbplus-bank-fire
    python benchmarks/real_clusters.py --materialize DIR  # only lay the clusters out (for validate_gold.py)
    python benchmarks/real_clusters.py --validate         # lay out, then run validate_gold.py

Run from the project root with the project's virtualenv active (the scorer calls
``python -m srccompare``).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "ecbplus-dev"


def article_text(corpus_file: Path) -> str:
    """The corpus article without its YAML front matter: line 1 the headline, then the body."""
    text = corpus_file.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        end = text.find("\n---\n", 3)
        if end == -1 and text.startswith("---\n---\n"):
            end = 3
        text = text[end + 5:] if end != -1 else text
    return text


def materialize(dest: Path, only: str | None = None, corpus: Path = CORPUS) -> list[Path]:
    """Write every gold cluster (or one) with its articles under ``dest``; the folders written."""
    written = []
    for folder in sorted(p.parent for p in GOLD.glob("*/gold.json")):
        if only and folder.name != only:
            continue
        target = dest / folder.name
        target.mkdir(parents=True, exist_ok=True)
        for name in ("meta.json", "gold.json", "gold.md"):
            shutil.copyfile(folder / name, target / name)
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        for name, article in meta["articles"].items():
            (target / name).write_text(article_text(corpus / article["corpus_file"]), encoding="utf-8")
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cluster", help="score one cluster only")
    parser.add_argument("--materialize", type=Path, metavar="DIR", help="only write the clusters to DIR")
    parser.add_argument("--validate", action="store_true", help="run validate_gold.py on the laid-out clusters")
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="the ECB+ development corpus (default: ../shared/corpora/ecbplus-dev beside the clone)")
    parser.add_argument("--tools", type=Path, default=SHARED / "tools",
                        help="the folder of score_clusters.py and validate_gold.py (default: ../shared/tools)")
    parser.add_argument("--json", type=Path, help="the scorer's per-fact results, as JSON")
    parser.add_argument("--keep", type=Path, help="keep the scorer's inputs in this folder")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        parser.error(f"{args.corpus}: no such folder; this benchmark needs the ECB+ development corpus (--corpus)")
    if not args.materialize and not (args.tools / "score_clusters.py").is_file():
        parser.error(f"{args.tools}: score_clusters.py not found; this benchmark needs the shared scorer (--tools)")
    if args.materialize:
        for folder in materialize(args.materialize, args.cluster, args.corpus):
            print(folder)
        return 0
    with tempfile.TemporaryDirectory(prefix="gold-") as tmp:
        root = Path(tmp)
        if not materialize(root, args.cluster, args.corpus):
            parser.error("no gold cluster found")
        if args.validate:
            return subprocess.call([sys.executable, str(args.tools / "validate_gold.py"), "--root", str(root)])
        command = [sys.executable, str(args.tools / "score_clusters.py"), "--root", str(root)]
        if args.json:
            command += ["--json", str(args.json.resolve())]
        if args.keep:
            command += ["--keep-inputs", str(args.keep.resolve())]
        return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
