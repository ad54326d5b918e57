"""The report as data: what every renderer and every consumer of the JSON reads.

The JSON report is ``Report.model_dump_json()``; its stable keys are documented in the
report contract (sources, rows with cells and values, summary). The model knows nothing of
markup: ``report.render`` turns it into Markdown or HTML through jinja2 templates.
"""
from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Verdict", "UnreadableFile", "ReportSource", "CellValue", "Cell", "Row", "Summary", "Report", "VERDICT_ORDER"]


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


class Cell(BaseModel):
    """What one source says of one fact; ``values`` is empty where the source is silent."""

    model_config = ConfigDict(frozen=True)

    source: str
    values: list[CellValue] = Field(default_factory=list)


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


class Report(BaseModel):
    """A discrepancy report: the sources, one row per fact (conflicts first), a summary."""

    model_config = ConfigDict(frozen=True)

    sources: list[ReportSource]
    rows: list[Row]
    summary: Summary
    warnings: list[str] = Field(default_factory=list)  # degraded input, said once per problem
    unreadable: list[UnreadableFile] = Field(default_factory=list)  # files left out, with the reason
    tool: str = "srccompare"
    version: str = "0.1.0"
