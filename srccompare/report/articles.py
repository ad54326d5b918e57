"""The articles' own text for the per-article view of the HTML report.

The report keeps offsets, not the articles; ``load_article_texts`` reads each source's file
again (through ``sources.read_article``, so the same checks and the same text the offsets count)
and skips, silently, sources that were reviewed summaries or whose file is gone or changed
shape: the page then lists their values without the article around them.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import SrcCompareError
from ..sources import is_summary_file, read_article
from .facts import ArticleText
from .model import Report

__all__ = ["load_article_texts"]


def load_article_texts(report: Report) -> dict[str, ArticleText]:
    """Source id → title and body, for every source whose article file can be read again."""
    texts: dict[str, ArticleText] = {}
    for source in report.sources:
        if not source.path:
            continue
        path = Path(source.path)
        if source.path != "-" and (not path.is_file() or is_summary_file(path)):
            continue
        try:
            article = read_article(path)
        except SrcCompareError:
            continue
        if article.title != source.title:  # not the file the report was made from
            continue
        texts[source.id] = ArticleText(title=article.title, text=article.text)
    return texts
