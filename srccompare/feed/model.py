"""Events found in a feed: the models ``srccompare cluster`` writes and ``batch`` reads.

The JSON is the model's own dump: ``{"events": [{"id", "label", "articles", "published"}]}``.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["FeedEvent", "FeedFailure", "EventClustering"]


class FeedEvent(BaseModel):
    """One event: the articles that report it, a label a reader recognises, and its dates.

    ``id`` is stable for the same set of article paths (a slug of the label and a digest of the
    paths), so reruns on the same feed name the same files. ``published`` is the first and last
    publication day of its articles where known (``null`` when no article gives one).
    """

    model_config = ConfigDict(frozen=True)

    id: str
    label: str
    articles: list[str]
    published: tuple[str | None, str | None]


class FeedFailure(BaseModel):
    """A file of the feed that could not be read: its path and the one-line problem."""

    model_config = ConfigDict(frozen=True)

    path: str
    error: str


class EventClustering(BaseModel):
    """Every readable article of a feed in exactly one event (a singleton where it matches nothing)."""

    model_config = ConfigDict(frozen=True)

    events: list[FeedEvent]

    def dump(self) -> str:
        """The JSON contract, deterministic: same feed, same bytes."""
        return self.model_dump_json(indent=2) + "\n"
