"""srccompare: compare how different outlets report the same event.

Give it a few articles about one event; it builds a structured summary of each source's facts,
aligns the summaries field by field, and writes a discrepancy report that says where the
outlets agree, where one is silent (a gap) and where they conflict, each finding with the
quotes that prove it.

    >>> from srccompare import compare_paths, render
    >>> report = compare_paths(["fixtures/csto-withdrawal"])
    >>> markdown = render(report, "markdown")
"""
from importlib import import_module
from typing import TYPE_CHECKING

from .errors import (
    AnalysisError,
    DecodeError,
    EmptyInputError,
    InputError,
    MetadataError,
    NothingToCompareError,
    SkippedFileWarning,
    SrcCompareError,
    TooLargeError,
    UsageError,
)

# The public names are imported on first use (PEP 562): importing one part, such as the time
# tagger, does not pay for the pipeline, spaCy's loader or Dask.
_LAZY = {
    "Article": ".article", "Published": ".article", "SourceInfo": ".article",
    "Claim": ".claim",
    "batch_paths": ".batch",
    "tag_timexes": ".extraction.timex",
    "cluster_paths": ".feed",
    "compare_paths": ".pipeline", "compare_summaries": ".pipeline", "summarize_article": ".pipeline",
    "summarize_paths": ".pipeline",
    "Report": ".report.model", "UnreadableFile": ".report.model", "Verdict": ".report.model",
    "render": ".report.render",
    "SourceSummary": ".summaries", "dump_summaries": ".summaries", "load_summary_file": ".summaries",
    "Category": ".values", "Change": ".values", "Duration": ".values", "EntityValue": ".values",
    "Quantity": ".values", "Relation": ".values", "TimeRange": ".values", "Tolerance": ".values",
}

if TYPE_CHECKING:  # for type checkers and editors: the same names, imported eagerly
    from .article import Article, Published, SourceInfo
    from .batch import batch_paths
    from .claim import Claim
    from .extraction.timex import tag_timexes
    from .feed import cluster_paths
    from .pipeline import compare_paths, compare_summaries, summarize_article, summarize_paths
    from .report.model import Report, UnreadableFile, Verdict
    from .report.render import render
    from .summaries import SourceSummary, dump_summaries, load_summary_file
    from .values import Category, Change, Duration, EntityValue, Quantity, Relation, TimeRange, Tolerance


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'srccompare' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
    "SkippedFileWarning",
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
