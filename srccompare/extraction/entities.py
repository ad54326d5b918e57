"""Named entities in news text: countries, organisations and people, each with a stable id.

Step 3 of the flow (text → mentions). ``find_entities`` returns sorted, non-overlapping
``EntityMention``s (the longest candidate wins where two overlap):

* countries by name, alias or demonym from ``data/countries.json`` ("Kazakhstan",
  "Kyrgyz Republic", "Kazakh"), and a capital used for its government ("Moscow said");
* organisations from ``data/organisations.json`` and those the text defines with an acronym:
  "the Collective Security Treaty Organisation (CSTO)" makes the long form, its spelling
  variants and every later "CSTO" one entity;
* people after a title ("Russian Defense Minister Sergey Shoygu", "Sen. Elizabeth Warren") or
  before a reporting verb ("Tokayev said"); later surname-only mentions and repeated
  two-word titles ("the Russian president") resolve to the same person id.

Matching is by dictionary look-up over capitalised word positions, never by one regex per
table entry, so the cost grows with the text, not with the size of the tables. Table names are
matched case-sensitively ("US" is a country, "us" is not); all-caps headlines match forms of
four letters or more. String similarity comes from ``srccompare.similarity``.

This module finds the table names and capitals in a text and resolves overlaps; the rest lives
beside it: ``entity_tables`` (the country and organisation tables and look-ups by name),
``entity_words`` (a text's words and candidate spans), ``defined_organisations`` ("Long Name
(ACR)") and ``person_names`` (titles, names, later short mentions).
"""
from __future__ import annotations

from ..mentions import EntityMention
from .defined_organisations import _defined_mentions, _defined_organisations
from .entity_tables import (
    _CAPITALS,
    _FIRST_WORDS,
    _LOWER_STARTS,
    Country,
    Organisation,
    _EXACT,
    _key,
    _lookup,
    country_by_name,
    demonym_country,
    load_countries,
    load_organisations,
    organisation_by_name,
)
from .entity_words import _Candidate, _Word, _words
from .person_names import _followed_by_verb, _person_candidates

__all__ = [
    "Country",
    "Organisation",
    "country_by_name",
    "demonym_country",
    "find_entities",
    "load_countries",
    "load_organisations",
    "organisation_by_name",
]

# When two candidates have the same span, the table (countries, organisations) beats a person
# guess.
_PRIORITY = {"country": 0, "organisation": 1, "place": 2, "person": 3}


def _resolve(text: str, candidates: list[_Candidate]) -> list[EntityMention]:
    """Keep the longest of overlapping candidates; blockers win their span and emit nothing."""
    ordered = sorted(
        candidates,
        key=lambda c: (
            -(c.end - c.start),
            c.entity is not None,  # a blocker of equal length beats an entity
            _PRIORITY.get(c.entity.type, 9) if c.entity else -1,
            c.start,
        ),
    )
    taken = bytearray(len(text) + 1)
    kept: list[_Candidate] = []
    for cand in ordered:
        if cand.end <= cand.start or any(taken[cand.start : cand.end]):
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    mentions = [
        EntityMention(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            entity=c.entity,
            via=c.via,
            title=c.title,
        )
        for c in kept
        if c.entity is not None
    ]
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


# Acronyms that are also English words: in an all-caps line ("WHO IS TO BLAME") they are words.
_WORDLIKE_ACRONYMS = frozenset({"WHO", "AU", "CIS", "IMO", "BIS", "OAS", "SCO", "ICC", "ECB", "US"})


def _in_capitals_run(text: str, words: list[_Word], i: int) -> bool:
    """Whether word ``i`` sits among other all-caps words (a shouted headline)."""
    neighbours = [words[k].text for k in (i - 1, i + 1) if 0 <= k < len(words)]
    return any(len(n) > 1 and n.isalpha() and n.isupper() and _EXACT.get(n) is None for n in neighbours)


def _table_candidates(text: str, words: list[_Word]) -> list[_Candidate]:
    out: list[_Candidate] = []
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        if not (w.capitalised or w.text[:1].isdigit() or w.text.split("-")[0] in _LOWER_STARTS):
            i += 1
            continue
        found = False
        reach = _FIRST_WORDS.get(w.text, 0)
        for j in range(min(n, i + reach) - 1, i - 1, -1):
            start, end = w.start, words[j].end
            if end - start > 120:
                continue
            # forms that end in punctuation: "U.S.", "OPEC+"
            trail = text[end : end + 1]
            entry = None
            if trail in (".", "+"):
                entry = _lookup(text[start : end + 1])
                if entry is not None:
                    end += 1
            if entry is None:
                entry = _lookup(text[start:end])
            if entry is not None:
                if j == i and w.text in _WORDLIKE_ACRONYMS and _in_capitals_run(text, words, i):
                    break
                out.append(_Candidate(start, end, entry.entity, entry.via))
                found = True
                i = j + 1
                break
        if found:
            continue
        if "-" in w.text:  # "Russian-led", "pro-Western": try the capitalised parts alone
            offset = w.start
            for part in w.text.split("-"):
                if part[:1].isupper():
                    entry = _lookup(part)
                    if entry is not None and entry.via != "acronym":
                        out.append(_Candidate(offset, offset + len(part), entry.entity, entry.via))
                offset += len(part) + 1
        i += 1
    return out


# Capitals that are also common given names or surnames are not read as governments.
_CAPITALS_NOT_METONYMS = frozenset(
    {"Victoria", "Hamilton", "Douglas", "Stanley", "Santiago", "Kingston", "Plymouth", "Georgetown",
     "Lima", "Valletta", "Cayenne", "Praia", "Apia", "Castries"}
)
_CAPITAL_FIRST_WORDS = frozenset(_words(name)[0].text for name in _CAPITALS if _words(name))


def _capital_candidates(text: str, words: list[_Word]) -> list[_Candidate]:
    """"Moscow said", "Beijing has warned": a capital standing for its government."""
    out: list[_Candidate] = []
    for i, w in enumerate(words):
        if w.text not in _CAPITAL_FIRST_WORDS:
            continue
        for size in (1, 2, 3):
            if i + size > len(words):
                break
            span = text[w.start : words[i + size - 1].end]
            country = _CAPITALS.get(_key(span))
            if country is None or span in _CAPITALS_NOT_METONYMS:
                continue
            if _followed_by_verb(text, words, i + size - 1):
                out.append(_Candidate(w.start, words[i + size - 1].end, country.value(), "capital"))
    return out


def find_entities(text: str, *, people: bool = True) -> list[EntityMention]:
    """Countries, organisations and people named in ``text``, sorted and non-overlapping.

    ``people=False`` skips guessing person names (the costliest part) for callers that use
    only countries and organisations.
    """
    if not text:
        return []
    words = _words(text)
    candidates = _table_candidates(text, words)
    defined, definition_spans = _defined_organisations(text, words)
    candidates += definition_spans
    candidates += _defined_mentions(text, words, defined)
    if people:
        candidates += _person_candidates(text, words)
    candidates += _capital_candidates(text, words)
    return _resolve(text, candidates)
