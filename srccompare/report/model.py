"""The report as data: what every renderer and every consumer of the JSON reads.

The JSON report is ``Report.model_dump_json()``; its stable keys are documented in the
report contract (sources, rows with cells and values, summary). The model knows nothing of
markup: ``report.render`` turns it into Markdown or HTML through jinja2 templates.
"""
from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Verdict", "UnreadableFile", "ReportSource", "CellValue", "Cell", "Row", "Summary", "Report", "VERDICT_ORDER",
           "ValueSupport", "TimedValue", "SharedText"]


class Verdict(str, Enum):
    """The outcome of comparing one fact across sources."""

    CONFLICT = "conflict"  # at least two sources' values cannot both be true
    GAP = "gap"  # only one source states the fact
    COMPATIBLE = "compatible"  # all can be true, at different precision
    AGREE = "agree"  # all give the same value within tolerance


VERDICT_ORDER = {Verdict.CONFLICT: 0, Verdict.GAP: 1, Verdict.COMPATIBLE: 2, Verdict.AGREE: 3}


class ReportSource(BaseModel):
    """A source as the report lists it."""

    model_config = ConfigDict(frozen=True)

    id: str
    outlet: str
    published: str | None  # "YYYY-MM-DD" when the day is known, else None (report contract)
    published_as_given: str | None = None  # what the source said: "2024-05", "2024-05-13T16:05:00-04:00"
    title: str
    url: str | None = None
    path: str = ""
    warnings: list[str] = Field(default_factory=list)
    # provenance (srccompare.provenance): additive, absent from older reports
    originator: str | None = None  # the agency or body the source credits for its text ("AFP")
    shared_text_group: str | None = None  # "text-1" when the source carries one text with others
    time_rank: int | None = None  # 1 for the earliest publication; equal ranks when the order is unknown
    own_timeline: list[str] = Field(default_factory=list)  # "18 → 31 (up from 18)": a source's own revisions


class CellValue(BaseModel):
    """One value a source gives for a fact, with the words and sentence it came from."""

    model_config = ConfigDict(frozen=True)

    text: str  # the value as written ("over 2,000 troops")
    quote: str  # the sentence it came from, verbatim
    start: int  # offsets of ``text`` in the article body, or in the title when ``in_title``
    end: int
    in_title: bool = False
    normalized: dict[str, Any]  # the typed value's dump; dates as ISO strings
    derived: str | None = None  # how reasoning reached it ("10 days from 2022-01-13")
    attribution: str | None = None  # who the source says said it
    hedged: bool = False  # "is expected to", "reportedly", "may"
    update: str | None = None  # "earlier report, 2026-04-09 08:10": the value was revised later


class Cell(BaseModel):
    """What one source says of one fact; ``values`` is empty where the source is silent."""

    model_config = ConfigDict(frozen=True)

    source: str
    values: list[CellValue] = Field(default_factory=list)


class ValueSupport(BaseModel):
    """How many independent reports give one value of a row: copies of one text count once."""

    model_config = ConfigDict(frozen=True)

    value: str  # the normalised value in words
    sources: list[str]  # ids of the sources that give it
    independent: int  # reports that do not share a text or an originator
    copies: int  # the other sources: copies of one of those reports


class TimedValue(BaseModel):
    """One source's (current) value of a revised count, with when it was published."""

    model_config = ConfigDict(frozen=True)

    source: str
    published: str | None  # as the source gave it
    value: str


class Row(BaseModel):
    """One fact across all sources, with its verdict and an explanation in normalised terms."""

    model_config = ConfigDict(frozen=True)

    field: str  # stable key: "withdrawal.end", "deployment.count/kgz"
    label: str  # what a person reads: "Withdrawal: end"
    parent: str | None = None  # the field this row refines (per-entity sub-rows)
    verdict: Verdict
    explanation: str
    cells: list[Cell]
    # how sure the match of the sources' values to one fact is (1.0 for a clean key match; a
    # conflict is only declared at or above alignment.confidence.CONFIDENT); None where only one
    # source states the fact
    confidence: float | None = None
    # provenance: independent support per value, marks ("update", "headline contradicts body"),
    # and the revised count's values in publication order when the row is marked "update"
    support: list[ValueSupport] = Field(default_factory=list)
    marks: list[str] = Field(default_factory=list)
    updates: list[TimedValue] = Field(default_factory=list)


class Summary(BaseModel):
    """How many rows got each verdict."""

    model_config = ConfigDict(frozen=True)

    agree: int = 0
    compatible: int = 0
    conflict: int = 0
    gap: int = 0


class UnreadableFile(BaseModel):
    """A file the user gave that could not be read or analysed, and why; the others were compared."""

    model_config = ConfigDict(frozen=True)

    path: str  # as the user named it
    problem: str  # one line: "not valid UTF-8 (byte 0xff at offset 12); save the file as UTF-8"
    error: str  # the exception's class: DecodeError, MetadataError, AnalysisError, ...


class SharedText(BaseModel):
    """Sources that carry one underlying text (wire copies, light rewrites)."""

    model_config = ConfigDict(frozen=True)

    id: str  # "text-1"
    sources: list[str]  # in publication order
    originator: str | None = None
    description: str  # "4 outlets carry one AFP text: AFP, Daily Courier, ..."


class Report(BaseModel):
    """A discrepancy report: the sources, one row per fact (conflicts first), a summary."""

    model_config = ConfigDict(frozen=True)

    sources: list[ReportSource]
    rows: list[Row]
    summary: Summary
    warnings: list[str] = Field(default_factory=list)  # degraded input, said once per problem
    unreadable: list[UnreadableFile] = Field(default_factory=list)  # files left out, with the reason
    shared_text: list[SharedText] = Field(default_factory=list)  # provenance: groups of one text
    tool: str = "srccompare"
    version: str = "0.1.0"
