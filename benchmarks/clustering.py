"""B-cubed precision, recall and F1 of ``srccompare cluster`` on a mixed feed.

Every sub-folder of the corpus is one gold event; all of them are mixed into one feed and
clustered together. ECB+ folders come in pairs ("NN-ecb", "NN-ecbplus"): two different real
events of the same kind, which the stricter check has to keep apart.

    python benchmarks/clustering.py ../shared/corpora/ecbplus-dev [--errors]

Also prints the naive baseline (TF-IDF cosine, single-link at its best threshold) for contrast.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from srccompare.feed import cluster_articles, load_feed
from srccompare.feed.clustering import ClusterSettings


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 (Bagga & Baldwin 1998) over the items of ``gold``."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item, label in predicted.items():
        by_pred[label].add(item)
    for item, label in gold.items():
        by_gold[label].add(item)
    precision = recall = 0.0
    for item in gold:
        same_pred, same_gold = by_pred[predicted[item]], by_gold[gold[item]]
        overlap = len(same_pred & same_gold)
        precision += overlap / len(same_pred)
        recall += overlap / len(same_gold)
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def naive_single_link(articles, gold):
    """TF-IDF cosine single-link (connected components above a threshold), best threshold."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from scipy.sparse.csgraph import connected_components

    x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [f"{a.title}\n{a.text}" for a in articles])
    sims = x @ x.T
    best = None
    for step in range(10, 90, 2):
        t = step / 100
        _, labels = connected_components(sims >= t, directed=False)
        score = bcubed({a.source.path: str(l) for a, l in zip(articles, labels)}, gold)
        if best is None or score[2] > best[0][2]:
            best = (score, t)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--errors", action="store_true", help="list predicted events that mix gold events")
    args = parser.parse_args()
    folders = sorted(p for p in args.corpus.iterdir() if p.is_dir())
    articles, failures = load_feed(folders, keep_going=True)
    for failure in failures:
        print(f"unreadable: {failure.path}: {failure.error}", file=sys.stderr)
    gold = {a.source.path: Path(a.source.path).parent.name for a in articles}
    start = time.perf_counter()
    clustering = cluster_articles(articles, ClusterSettings())
    elapsed = time.perf_counter() - start
    predicted = {path: event.id for event in clustering.events for path in event.articles}
    assert sorted(predicted) == sorted(gold), "every article in exactly one event"
    p, r, f = bcubed(predicted, gold)
    print(f"feed: {len(articles)} articles, {len(set(gold.values()))} gold events, "
          f"{len(clustering.events)} predicted events ({sum(len(e.articles) == 1 for e in clustering.events)} singletons)")
    print(f"srccompare cluster: B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({elapsed:.1f} s)")
    (bp, br, bf), t = naive_single_link(articles, gold)
    print(f"naive TF-IDF single-link (best threshold {t:.2f}): P {bp:.3f}  R {br:.3f}  F1 {bf:.3f}")
    if args.errors:
        for event in clustering.events:
            mix = Counter(gold[path] for path in event.articles)
            if len(mix) > 1:
                print(f"mixed: {event.label[:60]!r}: {dict(mix)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
