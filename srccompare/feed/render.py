"""The events of a feed as JSON or Markdown (jinja2, like every rendered report)."""
from __future__ import annotations

from pathlib import Path

import jinja2

from ..errors import UsageError
from ..report.render import TEMPLATE_DIR, environment
from .model import EventClustering

__all__ = ["EVENT_FORMATS", "render_events", "feed_environment"]

EVENT_FORMATS = ("json", "markdown")
_ENV = environment(jinja2.ChoiceLoader([  # the report's own partials (its style sheet) are shared
    jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")), jinja2.FileSystemLoader(str(TEMPLATE_DIR))]))


def feed_environment() -> jinja2.Environment:
    """The jinja2 environment of the feed's pages (autoescaped HTML, ``md_escape`` for Markdown)."""
    return _ENV


def render_events(clustering: EventClustering, fmt: str) -> str:
    """The events in ``fmt`` ("json" or "markdown"); same events, same bytes."""
    if fmt == "json":
        return clustering.dump()
    if fmt == "markdown":
        return _ENV.get_template("events.md").render(events=clustering.events)
    raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(EVENT_FORMATS)}")
