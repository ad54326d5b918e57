"""Articles as srccompare reads them: a source's metadata, its title and its body text."""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = ["Published", "SourceInfo", "Article"]


class Published(BaseModel):
    """A publication date as given: day, month or year precision (or a date-time, kept as given).

    ``day`` is the calendar day when the precision is "day"; ``earliest``/``latest`` bound the
    day for coarser precision ("2015-09" → 2015-09-01 … 2015-09-30).
    """

    model_config = ConfigDict(frozen=True)

    raw: str
    precision: Literal["day", "month", "year"]
    earliest: date
    latest: date

    @model_validator(mode="after")
    def _ordered(self) -> "Published":
        if self.earliest > self.latest:
            raise ValueError(f"earliest {self.earliest} lies after latest {self.latest}")
        if self.precision == "day" and self.earliest != self.latest:
            raise ValueError("a day-precision date has one day: earliest must equal latest")
        return self

    @property
    def day(self) -> date | None:
        return self.earliest if self.precision == "day" else None


class SourceInfo(BaseModel):
    """Who published an article, when, and where it was read from."""

    model_config = ConfigDict(frozen=True)

    id: str  # stable, unique within one comparison: a slug of the outlet ("tvp-world")
    outlet: str
    published: Published | None = None
    title: str = ""
    url: str | None = None
    path: str = ""  # the file it came from, as the user named it
    warnings: tuple[str, ...] = ()  # degraded reading: "no publication date: relative dates unresolved"


class Article(BaseModel):
    """One article: its source and its text. The title is text too, extracted like the body."""

    model_config = ConfigDict(frozen=True)

    source: SourceInfo
    text: str  # the body, verbatim (noise included; cleaning marks it, never deletes it)

    @property
    def title(self) -> str:
        return self.source.title
