"""How clustering time grows with the size of a feed (synthetic feeds, in memory).

Builds feeds of N articles: events of a few kinds (quakes, strikes, fires, votes) with invented
names, 2 to 8 outlets each, every outlet writing its own mix of sentences, and times
``cluster_articles`` (features, TF-IDF, candidates, agglomeration) on each size. Linear cost
means the seconds per 1,000 articles stay flat as N grows. Also reports the B-cubed F1
against the generated events (easy data: the point here is the time).

    python benchmarks/clustering_scale.py [--sizes 1000 2000 4000 8000]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from clustering import bcubed  # noqa: E402

from srccompare.article import Article, Published, SourceInfo  # noqa: E402
from srccompare.feed.clustering import cluster_articles  # noqa: E402
from srccompare.feed.features import article_features  # noqa: E402

KINDS = {
    "quake": ("A magnitude {n1}.{n2} earthquake struck {place} on {day}, killing at least {n3} people.",
              "Rescuers searched collapsed buildings in {place} as aftershocks rattled {region}.",
              "{person}, who heads the {region} emergency agency, said {n4} people were injured.",
              "The quake was felt as far away as {city}, the {org} said."),
    "strike": ("Workers at {org} in {place} walked out on {day} in a dispute over pay.",
               "The strike by {n4} members of the {org} union halted production in {region}.",
               "{person}, a spokesperson for the workers, said talks in {city} had failed.",
               "Managers said {n3} shifts had been cancelled since the walkout began."),
    "fire": ("A fire swept through {place} in {region} on {day}, destroying {n4} homes.",
             "Firefighters from {city} battled the blaze for {n2} days, {person} said.",
             "At least {n3} people were evacuated, according to the {org}.",
             "Officials in {region} said strong winds had spread the flames toward {city}."),
    "vote": ("Voters in {region} went to the polls on {day} to choose a new council in {place}.",
             "{person} of the {org} won {n3} per cent of the vote, officials said.",
             "Turnout reached {n4} thousand, the highest since the {city} election.",
             "Observers from {org} said the count in {place} had been orderly."),
}
SYLLABLES = ("ka", "lo", "mi", "ren", "tos", "va", "dru", "sel", "mar", "qui", "zen", "bor", "ul", "fen", "tari",
             "nor", "pes", "gal", "vir", "hob", "ash", "bel", "cor", "dan", "el", "fir", "gor", "hal", "is", "jor",
             "kel", "lun", "mos", "nat", "or", "pra", "rus", "sim", "tev", "wen")
FILLER = ("Local media reported long queues at the main hospital.", "More details are expected later.",
          "The government promised an inquiry.", "Residents described scenes of confusion.",
          "Roads into the area remained closed on the second day.")


def name(rng: random.Random, parts: int = 3) -> str:
    """An invented name: 40 syllables, three of them by default (64,000 names, rarely drawn twice)."""
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def build_feed(size: int, seed: int = 1) -> tuple[list[Article], dict[str, str]]:
    rng = random.Random(seed)
    articles, gold = [], {}
    start = date(2026, 1, 1)
    event = 0
    while len(articles) < size:
        event += 1
        kind = rng.choice(sorted(KINDS))
        values = dict(place=name(rng), region=name(rng, 4), city=name(rng), org=f"{name(rng)} {name(rng)}",
                      person=f"{name(rng, 2)} {name(rng, 4)}", day=rng.choice(("Monday", "Tuesday", "Friday")),
                      n1=rng.randint(4, 8), n2=rng.randint(0, 9), n3=rng.randint(3, 300), n4=rng.randint(10, 9000))
        day = start + timedelta(days=rng.randint(0, 365))
        for outlet in range(min(rng.randint(2, 8), size - len(articles))):
            sentences = [s.format(**values) for s in KINDS[kind] if rng.random() < 0.8] or [KINDS[kind][0].format(**values)]
            sentences += rng.sample(FILLER, 2)
            rng.shuffle(sentences)
            path = f"feed/e{event:05d}-{outlet}.md"
            published = (day + timedelta(days=rng.randint(0, 2))).isoformat()
            source = SourceInfo(id=f"o{outlet}", outlet=f"Outlet {outlet}", path=path,
                                published=Published(raw=published, precision="day", earliest=published,
                                                    latest=published),
                                title=f"{kind.capitalize()} in {values['place']}")
            articles.append(Article(source=source, text=" ".join(sentences)))
            gold[path] = str(event)
    return articles, gold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    args = parser.parse_args()
    warm, _ = build_feed(50, seed=2)  # imports and first-call costs out of the first row
    cluster_articles(warm)
    print(f"{'articles':>8} {'features s':>10} {'cluster s':>9} {'s / 1000':>8} {'peak MiB':>8} {'F1':>6}")
    for size in args.sizes:
        articles, gold = build_feed(size)
        t0 = time.perf_counter()
        features = [article_features(a) for a in articles]
        t1 = time.perf_counter()
        tracemalloc.start()
        clustering = cluster_articles(articles, features=features)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        t2 = time.perf_counter()
        predicted = {p: e.id for e in clustering.events for p in e.articles}
        f1 = bcubed(predicted, gold)[2]
        print(f"{size:8d} {t1 - t0:10.1f} {t2 - t1:9.1f} {(t2 - t0) / size * 1000:8.2f} {peak / 2**20:8.0f} {f1:6.3f}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
