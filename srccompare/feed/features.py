"""What tells one event from another: the words of an article and the names, years it states.

Words feed a TF-IDF vector (similar text); *names* are the sharper evidence the stricter check
uses: the countries, organisations and people :func:`~srccompare.extraction.entities.find_entities`
recognises, capitalised words inside sentences (places, venues, products and people the world
table does not know), and the years the text states. Two raids in one city share the city but
not the people; two earthquakes of the same kind share words but not the place or the year.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..article import Article
from ..extraction.entities import find_entities

__all__ = ["ArticleFeatures", "article_features"]

# a capitalised word that does not open a sentence or a line
_INNER_CAPITAL = re.compile(r"(?<![.!?\"\n]\s)(?<!\n)(?<!^)\b[A-Z][a-z]+\b")
_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")
# two to four capitalised words in a row: a person, place or organisation named in full
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}\b")
_NOT_NAME_WORDS = frozenset(
    "The A An In On At By For From To Of And But Or As After Before When While If Since Until During With "
    "Without About Over Under This That These Those Its His Her Their Our Police Officers Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July August September "
    "October November December Mr Mrs Ms Dr".split())


@dataclass(frozen=True)
class ArticleFeatures:
    """The text to weigh words in, the name terms (``E:`` entity, ``C:`` capitalised word, ``Y:`` year),
    the names written in full (several capitalised words) and the one the article names most often."""

    text: str
    names: tuple[str, ...]
    full_names: frozenset[str] = frozenset()
    main_name: str | None = None


def article_features(article: Article) -> ArticleFeatures:
    """Features of one article, from its title and body together."""
    text = f"{article.title}\n{article.text}" if article.title and not article.text.lstrip().startswith(article.title) \
        else article.text
    names = [f"E:{m.entity.id}" for m in find_entities(text)]
    names += [f"C:{m.group().lower()}" for m in _INNER_CAPITAL.finditer(text)]
    names += [f"Y:{m.group(1)}" for m in _YEAR.finditer(text)]
    full = Counter(name for m in _FULL_NAME.finditer(text) if (name := _full_name(m.group())))
    ranked = full.most_common(2)
    # the main name: named at least twice, more often than any other, and in 30% of the names given
    # (a byline or a code named twice among many names is no article's subject)
    main = ranked[0][0] if (ranked and ranked[0][1] >= 2 and ranked[0][1] >= 0.3 * sum(full.values())
                            and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])) else None
    return ArticleFeatures(text=text, names=tuple(names), full_names=frozenset(full), main_name=main)


def _full_name(run: str) -> str | None:
    """The run without leading function words and weekdays; None when fewer than two words remain."""
    words = run.split()
    while words and words[0] in _NOT_NAME_WORDS:
        words.pop(0)
    return " ".join(words).lower() if len(words) >= 2 else None
