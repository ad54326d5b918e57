"""Group a feed's articles into events: TF-IDF candidates, then a stricter check on names and dates.

1. **Vectors.** Each article becomes two TF-IDF vectors (sublinear term frequency, L2-normed):
   its words, and its name terms (see :mod:`.features`). Their similarity is a weighted sum of
   the two cosines.
2. **Candidates.** Only pairs that share at least one term held by at most ``max_df`` articles
   are compared, so the work grows with the feed's size, not with its square (a term every
   article holds proves nothing anyway).
3. **Average-link agglomeration** over the candidate graph: the two groups with the highest
   mean similarity merge first, until no pair of groups reaches ``threshold``.
4. **The stricter check** vetoes a merge when the two groups are evidently different events of
   one kind: both are large enough for absence to mean something (``min_group`` articles), and
   each has names or years that most of its articles state and none of the other's do (an
   earthquake in one province and year against one in another; a fight against one opponent
   and a rematch against another). A merge is also vetoed when the articles' known publication
   days would span more than ``max_days``, and at any size when each group is mostly about a
   name written in full (a suspect, a town) that the other group never writes (two raids in
   one city on one day, each with its own suspect). Near-copies of one text (wire stories re-published
   by many outlets, ``copy_similarity``) count as one article for this check.

The weights were tuned on the ECB+ development feed by these general features only
(``benchmarks/clustering.py``); nothing is keyed to a story.
"""
from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..article import Article
from ..sources import slugify
from .features import ArticleFeatures, article_features
from .model import EventClustering, FeedEvent

__all__ = ["ClusterSettings", "cluster_articles"]


@dataclass(frozen=True)
class ClusterSettings:
    """The knobs of the clustering, as data (the defaults are the tuned ones)."""

    word_weight: float = 0.7  # the rest of the similarity is the names' cosine
    threshold: float = 0.12  # mean similarity two groups need to merge
    min_edge: float = 0.05  # pairs less similar than this are not linked at all
    max_df: int = 200  # terms held by more articles than this make no candidates
    min_group: int = 5  # absence of a name is evidence only in groups this large
    salient_share: float = 0.5  # a name most of a group states ...
    salient_min: int = 2  # ... in at least this many articles
    veto_weight: float = 2.0  # summed IDF of such names, on both sides, vetoes a merge
    max_days: int = 30  # known publication days of one event lie within this many days
    main_name_check: bool = True  # groups about different main names never merge
    copy_similarity: float = 0.9  # articles this similar are copies of one text: one witness for the check


def cluster_articles(articles: Sequence[Article], settings: ClusterSettings = ClusterSettings(),
                     features: Sequence[ArticleFeatures] | None = None) -> EventClustering:
    """Every article in exactly one event; the result does not depend on the order given."""
    order = sorted(range(len(articles)), key=lambda i: articles[i].source.path)
    articles = [articles[i] for i in order]
    if features is None:
        features = [article_features(a) for a in articles]
    else:
        features = [features[i] for i in order]
    n = len(articles)
    if n == 0:
        return EventClustering(events=[])
    words, names = _vectors(features)
    days = [_day_number(a) for a in articles]
    edges = _edges(words, names, settings)
    groups = _agglomerate(n, edges, features, days, settings)
    events = [_event(members, articles, words) for members in groups]
    events.sort(key=lambda e: (-len(e.articles), e.id))
    return EventClustering(events=events)


# --- vectors and candidates -------------------------------------------------------------------


def _vectors(features: Sequence[ArticleFeatures]):
    """The word and name TF-IDF matrices (rows L2-normed); a zero-column matrix when a feed has none."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer

    def tfidf(docs, **options):
        try:
            return TfidfVectorizer(sublinear_tf=True, dtype=np.float64, **options).fit_transform(docs).tocsr()
        except ValueError:  # empty vocabulary: nothing but stop words, digits or no names at all
            return sp.csr_matrix((len(docs), 0), dtype=np.float64)

    words = tfidf([f.text for f in features], stop_words="english", token_pattern=r"(?u)\b[^\W\d_][^\W\d_]+\b")
    names = tfidf([f.names for f in features], analyzer=_identity)
    return words, names


def _identity(terms):
    return terms


def _edges(words, names, settings: ClusterSettings) -> dict[tuple[int, int], float]:
    """Similarity of every candidate pair at or above ``min_edge``, keyed (i, j) with i < j."""
    import numpy as np
    import scipy.sparse as sp

    n = words.shape[0]
    if n < 2:
        return {}
    mats = [words, names]
    rare = []
    for m in mats:
        present = (m > 0).astype(np.int32)
        df = np.asarray(present.sum(axis=0)).ravel()
        rare.append(present[:, np.flatnonzero((df >= 2) & (df <= settings.max_df))])
    shared = sp.hstack(rare).tocsr()
    pairs = sp.triu(shared @ shared.T, k=1).tocoo()
    rows, cols = pairs.row.astype(np.int64), pairs.col.astype(np.int64)
    order = np.lexsort((cols, rows))
    rows, cols = rows[order], cols[order]
    sims = np.zeros(len(rows))
    chunk = 20_000  # pairs at a time: bounded memory
    for start in range(0, len(rows), chunk):
        r, c = rows[start:start + chunk], cols[start:start + chunk]
        sims[start:start + chunk] = (settings.word_weight * np.asarray(words[r].multiply(words[c]).sum(axis=1)).ravel()
                                     + (1 - settings.word_weight) * np.asarray(names[r].multiply(names[c]).sum(axis=1)).ravel())
    keep = sims >= settings.min_edge
    return {(int(i), int(j)): float(s) for i, j, s in zip(rows[keep], cols[keep], sims[keep])}


# --- agglomeration with the stricter check ----------------------------------------------------


class _Group:
    """A growing event: its articles, its copies-collapsed name counts, its known publication days.

    Near-copies of one text (a wire story re-published by many outlets) form one *unit*: the
    stricter check counts units, not articles, so twelve copies of one story are one witness of
    which names the event has, not twelve.
    """

    __slots__ = ("members", "names", "units", "first", "last", "full_names", "mains")

    def __init__(self, members: list[int], features: Sequence[ArticleFeatures], days: list[int | None]) -> None:
        self.members = members
        self.names = Counter(set().union(*(features[i].names for i in members)))
        self.full_names = set().union(*(features[i].full_names for i in members))
        self.mains = Counter({features[members[0]].main_name: 1} if features[members[0]].main_name else {})
        self.units = 1
        known = [d for d in days if d is not None]
        self.first, self.last = (min(known), max(known)) if known else (None, None)

    def absorb(self, other: "_Group") -> None:
        self.members += other.members
        self.names.update(other.names)
        self.full_names |= other.full_names
        self.mains.update(other.mains)
        self.units += other.units
        known = [d for d in (self.first, self.last, other.first, other.last) if d is not None]
        self.first, self.last = (min(known), max(known)) if known else (None, None)


def _copies(n: int, edges: dict[tuple[int, int], float], days: list[int | None],
            settings: ClusterSettings) -> list[list[int]]:
    """Articles joined by near-copy similarity (union-find), each list sorted, in order of first member.

    A story re-published years later is not a copy of the same event: copies join only while
    their known publication days stay within ``max_days``.
    """
    parent = list(range(n))
    span = {i: (days[i], days[i]) for i in range(n)}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (i, j), s in sorted(edges.items()):
        if s >= settings.copy_similarity:
            a, b = root(i), root(j)
            if a == b:
                continue
            known = [d for d in (*span[a], *span[b]) if d is not None]
            if known and max(known) - min(known) > settings.max_days:
                continue
            low, high = min(a, b), max(a, b)
            parent[high] = low
            span[low] = (min(known), max(known)) if known else (None, None)
    units: dict[int, list[int]] = {}
    for i in range(n):
        units.setdefault(root(i), []).append(i)
    return [units[k] for k in sorted(units)]


def _agglomerate(n: int, edges: dict[tuple[int, int], float], features: Sequence[ArticleFeatures],
                 days: list[int | None], settings: ClusterSettings) -> list[list[int]]:
    document_frequency = Counter(t for f in features for t in set(f.names))
    idf = {t: math.log(n / c) for t, c in document_frequency.items()}
    units = _copies(n, edges, days, settings)
    unit_of = {i: u for u, members in enumerate(units) for i in members}
    groups = {u: _Group(list(members), features, [days[i] for i in members]) for u, members in enumerate(units)}
    links: dict[int, dict[int, float]] = {u: {} for u in groups}  # summed similarity of the groups' article pairs
    for (i, j), s in edges.items():
        a, b = unit_of[i], unit_of[j]
        if a != b:
            links[a][b] = links[b][a] = links[a].get(b, 0.0) + s
    vetoed: set[tuple[int, int]] = set()

    def mean(a: int, b: int) -> float:
        return links[a].get(b, 0.0) / (len(groups[a].members) * len(groups[b].members))

    heap = [(-mean(a, b), a, b) for a in sorted(links) for b in sorted(links[a]) if a < b]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in groups or b not in groups or (a, b) in vetoed:
            continue
        current = mean(a, b)
        if abs(current + negative) > 1e-12:
            continue  # stale: one of the two has grown since this entry was pushed
        if current < settings.threshold:
            break
        if _different_events(groups[a], groups[b], idf, settings):
            vetoed.add((a, b))
            continue
        if len(groups[a].members) < len(groups[b].members):
            a, b = b, a  # the larger group absorbs the smaller: merging stays cheap
        groups[a].absorb(groups.pop(b))
        for k, s in links.pop(b).items():
            links[k].pop(b, None)
            if k != a:
                links[a][k] = links[k][a] = links[a].get(k, 0.0) + s
        links[a].pop(b, None)
        for k in sorted(links[a]):
            low, high = min(a, k), max(a, k)
            vetoed.discard((low, high))
            heapq.heappush(heap, (-mean(a, k), low, high))
    return [sorted(g.members) for _, g in sorted(groups.items())]


def _different_events(a: _Group, b: _Group, idf: dict[str, float], settings: ClusterSettings) -> bool:
    known = [d for d in (a.first, a.last, b.first, b.last) if d is not None]
    if known and max(known) - min(known) > settings.max_days:
        return True
    if settings.main_name_check and _main_names_differ(a, b):
        return True
    if min(a.units, b.units) < settings.min_group:
        return False
    return (_unshared_weight(a, b, idf, settings) >= settings.veto_weight
            and _unshared_weight(b, a, idf, settings) >= settings.veto_weight)


def _main_name(group: _Group) -> str | None:
    """The name most of a group's texts name most often, if one stands out."""
    ranked = group.mains.most_common(2)
    if not ranked or ranked[0][1] * 2 < group.units or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _main_names_differ(a: _Group, b: _Group) -> bool:
    """Each group is about someone or somewhere the other never names (two raids, two suspects)."""
    main_a, main_b = _main_name(a), _main_name(b)
    return (main_a is not None and main_b is not None and main_a != main_b
            and main_a not in b.full_names and main_b not in a.full_names)


def _unshared_weight(a: _Group, b: _Group, idf: dict[str, float], settings: ClusterSettings) -> float:
    """Summed IDF of the names most of ``a``'s units state and none of ``b``'s do."""
    return sum(idf[t] for t, c in a.names.items()
               if c >= settings.salient_min and c >= settings.salient_share * a.units and t not in b.names)


# --- naming the events ------------------------------------------------------------------------


def _day_number(article: Article) -> int | None:
    published = article.source.published
    return published.earliest.toordinal() if published is not None and published.precision == "day" else None


def _event(members: list[int], articles: Sequence[Article], words) -> FeedEvent:
    import numpy as np

    chosen = [articles[i] for i in members]
    if len(members) > 1:  # the label comes from the article closest to the group's centre
        block = words[members]
        centre = np.asarray(block.mean(axis=0)).ravel()
        scores = block @ centre
        central = chosen[int(np.argmax(scores))]
    else:
        central = chosen[0]
    label = _label(central)
    paths = [a.source.path for a in chosen]
    digest = hashlib.sha1("\n".join(sorted(paths)).encode("utf-8")).hexdigest()[:8]
    slug = slugify(label)[:48].rstrip("-") or "event"
    known = [a.source.published for a in chosen if a.source.published is not None]
    first = min((p.earliest for p in known), default=None)
    last = max((p.latest for p in known), default=None)
    return FeedEvent(id=f"{slug}-{digest}", label=label, articles=paths,
                     published=(first.isoformat() if first else None, last.isoformat() if last else None))


def _label(article: Article) -> str:
    title = " ".join(article.title.split())
    if not title:
        first_line = next((line for line in article.text.splitlines() if line.strip()), "")
        title = " ".join(first_line.split())
    if len(title) > 90:
        title = title[:90].rsplit(" ", 1)[0] + "…"
    return title or Path(article.source.path).stem
