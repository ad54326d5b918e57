"""Structured summaries: each source's claims as plain data an analyst can review and edit.

``srccompare extract`` writes them (YAML or JSON); ``srccompare compare`` reads them back
beside articles. A summary file is a mapping with ``sources`` (who said it) and ``claims``
(what they said), so one file can hold several sources.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Literal, Sequence

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .article import SourceInfo
from .claim import Claim
from .errors import DecodeError, MetadataError

__all__ = ["SourceSummary", "SummaryFile", "dump_summaries", "load_summary_file"]


class SourceSummary(BaseModel):
    """One source and every claim it makes."""

    model_config = ConfigDict(frozen=True)

    source: SourceInfo
    claims: list[Claim] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    # the article body as read, for provenance (shared text, datelines, live-blog entries);
    # empty for reviewed summaries, which are compared on their claims alone
    text: str = Field(default="", exclude=True)


class SummaryFile(BaseModel):
    """What a reviewed-summary file holds: sources and their claims."""

    model_config = ConfigDict(frozen=True)

    format: Literal["srccompare-summary/1"] = "srccompare-summary/1"
    sources: list[SourceInfo]
    claims: list[Claim]


def _as_file(summaries: Sequence[SourceSummary]) -> SummaryFile:
    return SummaryFile(sources=[s.source for s in summaries], claims=[c for s in summaries for c in s.claims])


def dump_summaries(summaries: Sequence[SourceSummary], fmt: str = "yaml") -> str:
    """The summaries as one YAML or JSON document, stable byte for byte."""
    document = _as_file(summaries)
    if fmt == "json":
        return document.model_dump_json(indent=2) + "\n"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(document.model_dump(mode="json"), Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)


def load_summary_file(path: Path) -> list[SourceSummary]:
    """Read a summary file written by ``dump_summaries`` (and perhaps corrected by hand)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(str(path), f"not UTF-8 text (byte {exc.start})") from exc
    try:
        data = json.loads(raw) if path.suffix.lower() == ".json" else yaml.safe_load(raw)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise MetadataError(str(path), f"not a readable summary: {str(exc).splitlines()[0]}") from exc
    except RecursionError:
        raise MetadataError(str(path), "not a readable summary: nested too deeply") from None
    try:
        parsed = SummaryFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise MetadataError(str(path), f"summary key {where}: {first['msg']}") from exc
    known = {s.id for s in parsed.sources}
    stray = sorted({c.source for c in parsed.claims} - known)
    if stray:
        raise MetadataError(str(path), f"claims name sources not listed under 'sources': {', '.join(stray)}")
    return [
        SourceSummary(source=s.model_copy(update={"path": s.path or str(path)}),
                      claims=[c for c in parsed.claims if c.source == s.id])
        for s in parsed.sources
    ]
