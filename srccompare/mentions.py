"""Mentions: what the extractors find in text, each with its span and the typed value it reads.

Every mention keeps the raw text beside the parsed value (``text``, ``start``, ``end`` are
character offsets into the string the extractor was given), so a report can always quote the
words a value came from. Extractors are pure functions ``text -> list[...Mention]``.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from .values import Duration, EntityValue, Quantity, TimeRange

__all__ = [
    "Span",
    "QuantityMention",
    "Timex",
    "TimeMention",
    "EntityMention",
    "AttributionMention",
    "Sentence",
]


class Span(BaseModel):
    """A stretch of text: ``text == source[start:end]``."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str


class Sentence(Span):
    """A sentence of the article, with the index of the paragraph it sits in."""

    index: int
    paragraph: int


class QuantityMention(Span):
    """A number with its qualifier and counted noun: "an approximately 150-strong squad".

    ``noun`` is the counted noun as written ("troops", "people"), empty when none was found;
    ``value.unit`` is its normalised singular form.
    """

    value: Quantity
    noun: str = ""
    noun_start: int | None = None
    noun_end: int | None = None


class Timex(Span):
    """A TimeML temporal expression: type and normalised value against a document time.

    ``value`` follows TimeML/TIMEX3 (2013-03-22, 2013-W11, 2013-03, 2012-SU, P10D, PXM,
    PRESENT_REF, XXXX-WXX-1, T14:00 ...); ``mod`` is START, END, MID, APPROX, BEFORE, AFTER,
    ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE or None.
    """

    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None = None


class TimeMention(Span):
    """A temporal expression read as a comparable value, with the word that frames it.

    ``relation`` is how the text uses it: "at" (on January 2), "by" (a deadline: by the 19th),
    "before", "after", "since", "until", "within" (a window: within five days), "for" (a
    plain duration: to last 10 days). ``range`` holds the calendar span for dates (already
    widened by the relation: "by 2022-01-19" is (open, 2022-01-19]); ``duration`` holds
    lengths. The span covers the framing word too ("by January 19").
    """

    timex: Timex
    relation: Literal["at", "by", "before", "after", "since", "until", "within", "for", "from"] = "at"
    range: TimeRange | None = None
    duration: Duration | None = None


class EntityMention(Span):
    """A named entity: a country (by name, alias or demonym), organisation, person or place.

    ``via`` says how it was recognised ("name", "alias", "demonym", "acronym", "title");
    ``entity`` carries the normalised id and canonical name; ``title`` is a person's role
    as written ("Russian Defense Minister") when one precedes the name.
    """

    entity: EntityValue
    via: str = "name"
    title: str | None = None


class AttributionMention(Span):
    """Who says a thing: "the Russian Defence Ministry said on Thursday", "according to X".

    ``speaker`` is the speaker as written; ``sentence`` is the index of the sentence the
    attribution sits in; ``covers`` lists the sentence indices whose claims it attributes
    (the sentence itself, and a quotation it closes).
    """

    speaker: str
    verb: str
    sentence: int
    covers: list[int] = []
