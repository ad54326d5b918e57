"""Events from a feed: read many articles, group them into events (``srccompare cluster``).

``cluster_paths`` is the entry point; :mod:`srccompare.batch` compares each event on Dask. The
names below are imported on first use (PEP 562), so that the command line can build its
parser without loading the clustering.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__all__ = ["ClusterSettings", "EventClustering", "FeedEvent", "FeedFailure", "cluster_articles", "cluster_paths",
           "load_feed", "render_events"]

_LAZY = {"ClusterSettings": ".clustering", "cluster_articles": ".clustering", "EventClustering": ".model",
         "FeedEvent": ".model", "FeedFailure": ".model", "render_events": ".render", "cluster_paths": ".loading",
         "load_feed": ".loading"}

if TYPE_CHECKING:
    from .clustering import ClusterSettings, cluster_articles
    from .loading import cluster_paths, load_feed
    from .model import EventClustering, FeedEvent, FeedFailure
    from .render import render_events


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'srccompare.feed' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
