"""Organisations a text defines with an acronym: "the World Food Programme (WFP)", "WFP (World Food Programme)".

Part of ``entities``. The long form before a parenthesised acronym is the longest run of
capitalised words (and connectors: "of", "for", "de") whose initials spell the acronym, or,
more loosely, about as many capitalised words starting with its first letter. The organisation
is the table's when the table knows the acronym or the long name, else a new entity. Every later
use of the acronym, the long name or a spelling variant of it is the same entity.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..similarity import same_name
from ..values import EntityValue
from .entity_tables import organisation_by_name
from .entity_words import _Candidate, _Word, _slug, _words

_ACRONYM_IN_PARENS = re.compile(r"\(\s*([A-Z][A-Za-z0-9&+.\-]{1,11})\s*\)")
_NAME_IN_PARENS = re.compile(r"\b([A-Z][A-Z0-9&+\-]{1,11})\s*\(([^()\n]{4,150})\)")
_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "de", "des", "du", "la", "le", "et", "to", "against"})
_MAX_LONG_WORDS = 14


def _initials(words: list[_Word], with_connectors: bool) -> str:
    letters = []
    for w in words:
        if w.text.lower() in _CONNECTORS and not with_connectors:
            continue
        for part in w.text.split("-"):
            if part[:1].isupper() or (with_connectors and part):
                letters.append(part[0].upper())
    return "".join(letters)


def _acronym_letters(acronym: str) -> str:
    return "".join(ch for ch in acronym.upper() if ch.isalpha())


def _long_form_before(words: list[_Word], k: int, acronym: str, text: str) -> tuple[int, int] | None:
    """Word indices [a, k] of the long name ending at word k that the acronym abbreviates."""
    a = k
    while a - 1 >= 0 and k - (a - 1) < _MAX_LONG_WORDS:
        prev = words[a - 1]
        gap = text[prev.end : words[a].start]
        if gap.strip() not in ("", "&"):
            break
        if not (prev.capitalised or prev.text.lower() in _CONNECTORS):
            break
        a -= 1
    while a <= k and (words[a].text.lower() in _CONNECTORS):
        a += 1
    if a > k or not words[k].capitalised:
        return None
    letters = _acronym_letters(acronym)
    if not letters:
        return None
    for s in range(a, k + 1):  # longest suffix whose initials spell the acronym
        span = words[s : k + 1]
        if span[0].text.lower() in _CONNECTORS:
            continue
        if _initials(span, False) == letters or _initials(span, True) == letters:
            return s, k
    for s in range(a, k + 1):  # looser: same first letter and about as many capitalised words
        span = words[s : k + 1]
        if span[0].text[:1].upper() != letters[0] or span[0].text.lower() in _CONNECTORS:
            continue
        caps = len(_initials(span, False))
        if len(letters) - 1 <= caps <= len(letters) + 1:
            return s, k
    return None


@dataclass(frozen=True)
class _Defined:
    entity: EntityValue
    acronym: str
    long_name: str


def _defined_organisations(text: str, words: list[_Word]) -> tuple[list[_Defined], list[_Candidate]]:
    """Organisations defined as "Long Name (ACR)" or "ACR (Long Name)", with their spans."""
    defined: list[_Defined] = []
    spans: list[_Candidate] = []
    starts: dict[int, int] = {}  # built only when a text has parentheses to read
    ends: dict[int, int] = {}
    if "(" in text:
        starts = {w.start: i for i, w in enumerate(words)}
        ends = {w.end: i for i, w in enumerate(words)}

    def register(acronym: str, long_name: str, long_start: int, long_end: int, acr_start: int) -> None:
        entity = organisation_by_name(acronym) or organisation_by_name(long_name)
        if entity is None:
            entity = EntityValue(id=_slug(acronym), name=long_name, type="organisation")
        defined.append(_Defined(entity, acronym, long_name))
        spans.append(_Candidate(long_start, long_end, entity, "name"))
        spans.append(_Candidate(acr_start, acr_start + len(acronym), entity, "acronym"))

    for m in _ACRONYM_IN_PARENS.finditer(text):
        acronym = m.group(1).rstrip(".")
        if sum(ch.isupper() for ch in acronym) < 2:
            continue
        before = text[: m.start()].rstrip()
        k = ends.get(len(before))
        if k is None:
            continue
        found = _long_form_before(words, k, acronym, text)
        if found is None:
            continue
        s, k = found
        register(acronym, text[words[s].start : words[k].end], words[s].start, words[k].end, m.start(1))
    for m in _NAME_IN_PARENS.finditer(text):
        acronym, inner = m.group(1), m.group(2)
        inner_words = _words(inner)
        if not inner_words or _initials(inner_words, False) != _acronym_letters(acronym):
            continue
        offset = m.start(2)
        long_start = offset + inner_words[0].start
        long_end = offset + inner_words[-1].end
        if long_start in starts:
            register(acronym, text[long_start:long_end], long_start, long_end, m.start(1))
    return defined, spans


def _defined_mentions(text: str, words: list[_Word], defined: list[_Defined]) -> list[_Candidate]:
    """Every later use of a defined acronym, long name or a spelling variant of the long name."""
    out: list[_Candidate] = []
    by_acronym = {d.acronym: d for d in defined}
    for w in words:
        d = by_acronym.get(w.text)
        if d is not None:
            out.append(_Candidate(w.start, w.end, d.entity, "acronym"))
    unique = {(d.entity.id, d.long_name): d for d in defined}
    for d in unique.values():
        long_words = _words(d.long_name)
        size = len(long_words)
        first = long_words[0].text.lower()
        for i, w in enumerate(words):
            if i + size > len(words) or w.text.lower() != first:
                continue
            span = text[w.start : words[i + size - 1].end]
            if same_name(span, d.long_name):
                out.append(_Candidate(w.start, words[i + size - 1].end, d.entity, "name"))
    return out
