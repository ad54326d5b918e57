"""srccompare: compare how different outlets report the same event.

Give it a few articles about one event; it builds a structured summary of each source's facts,
aligns the summaries field by field, and writes a discrepancy report that says where the
outlets agree, where one is silent (a gap) and where they conflict, each finding with the
quotes that prove it.

    >>> from srccompare import compare_paths, render
    >>> report = compare_paths(["fixtures/csto-withdrawal"])
    >>> markdown = render(report, "markdown")
"""
from .article import Article, Published, SourceInfo
from .claim import Claim
from .errors import (
    AnalysisError,
    DecodeError,
    EmptyInputError,
    InputError,
    MetadataError,
    NothingToCompareError,
    SrcCompareError,
    TooLargeError,
    UsageError,
)
from .batch import batch_paths
from .extraction.timex import tag_timexes
from .feed import cluster_paths
from .pipeline import compare_paths, compare_summaries, summarize_article, summarize_paths
from .report.model import Report, UnreadableFile, Verdict
from .report.render import render
from .summaries import SourceSummary, dump_summaries, load_summary_file
from .values import Category, Change, Duration, EntityValue, Quantity, Relation, TimeRange, Tolerance

__version__ = "0.1.0"

__all__ = [
    "AnalysisError",
    "Article",
    "Category",
    "Change",
    "Claim",
    "DecodeError",
    "Duration",
    "EmptyInputError",
    "EntityValue",
    "InputError",
    "MetadataError",
    "NothingToCompareError",
    "Published",
    "Quantity",
    "Relation",
    "Report",
    "SourceInfo",
    "SourceSummary",
    "SrcCompareError",
    "TimeRange",
    "Tolerance",
    "TooLargeError",
    "UnreadableFile",
    "UsageError",
    "Verdict",
    "batch_paths",
    "cluster_paths",
    "compare_paths",
    "compare_summaries",
    "dump_summaries",
    "load_summary_file",
    "render",
    "summarize_article",
    "summarize_paths",
    "tag_timexes",
]
