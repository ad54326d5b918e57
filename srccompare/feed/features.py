"""What tells one event from another: the words of an article and the names, years it states.

Words feed a TF-IDF vector (similar text); *names* are the sharper evidence the stricter check
uses: the countries, organisations and people :func:`~srccompare.extraction.entities.find_entities`
recognises, capitalised words inside sentences (places, venues, products and people the world
table does not know), and the years the text states. Two raids in one city share the city but
not the people; two earthquakes of the same kind share words but not the place or the year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import Article
from ..extraction.entities import find_entities

__all__ = ["ArticleFeatures", "article_features"]

# a capitalised word that does not open a sentence or a line
_INNER_CAPITAL = re.compile(r"(?<![.!?\"\n]\s)(?<!\n)(?<!^)\b[A-Z][a-z]+\b")
_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")


@dataclass(frozen=True)
class ArticleFeatures:
    """The text to weigh words in, and the name terms (``E:`` entity, ``C:`` capitalised word, ``Y:`` year)."""

    text: str
    names: tuple[str, ...]


def article_features(article: Article) -> ArticleFeatures:
    """Features of one article, from its title and body together."""
    text = f"{article.title}\n{article.text}" if article.title and not article.text.lstrip().startswith(article.title) \
        else article.text
    names = [f"E:{m.entity.id}" for m in find_entities(text)]
    names += [f"C:{m.group().lower()}" for m in _INNER_CAPITAL.finditer(text)]
    names += [f"Y:{m.group(1)}" for m in _YEAR.finditer(text)]
    return ArticleFeatures(text=text, names=tuple(names))
