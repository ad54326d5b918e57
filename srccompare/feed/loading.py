"""Reading a feed: every article it names, and grouping them into events (``cluster_paths``)."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..article import Article
from ..errors import EmptyInputError, SrcCompareError
from ..sources import collect_input_files, is_summary_file, read_article
from .clustering import ClusterSettings, cluster_articles
from .model import EventClustering, FeedFailure

__all__ = ["cluster_paths", "load_feed"]


def load_feed(paths: Sequence[str | Path] | str | Path, *, keep_going: bool = False
              ) -> tuple[list[Article], list[FeedFailure]]:
    """Read every article a feed names (files, or folders of them).

    With ``keep_going`` an unreadable file becomes a :class:`FeedFailure` and the rest are read;
    without it the first one raises its one-line error. Reviewed summaries are not articles and
    fail the same way.
    """
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    articles: list[Article] = []
    failures: list[FeedFailure] = []
    for path in collect_input_files(paths):
        try:
            if is_summary_file(path):
                raise EmptyInputError(str(path), "a reviewed summary, not an article: a feed holds articles")
            articles.append(read_article(path))
        except SrcCompareError as exc:
            if not keep_going:
                raise
            failures.append(FeedFailure(path=str(path), error=str(exc)))
    return articles, failures


def cluster_paths(paths: Sequence[str | Path] | str | Path, *, settings: ClusterSettings = ClusterSettings()
                  ) -> EventClustering:
    """Group the articles named by ``paths`` into events; every article lands in exactly one.

    >>> clustering = cluster_paths(["feed/"])          # doctest: +SKIP
    >>> print(clustering.dump())                        # {"events": [{"id", "label", ...}]}
    """
    articles, _ = load_feed(paths)
    return cluster_articles(articles, settings)
