"""The country and organisation tables, and looking a name up in them.

Part of ``entities``. ``data/countries.json`` (names, aliases, demonyms, capitals, ambiguous
forms and names that are no country) and ``data/organisations.json`` (names, acronyms, aliases)
are read once and folded into exact-case look-up tables at import, with British and American
spellings of organisation names ("Organisation"/"Organization"), so that finding the entities of
a text is one dictionary look-up per capitalised word position. ``country_by_name``,
``demonym_country`` and ``organisation_by_name`` answer for a single name, with normalised and
fuzzy matches as fallbacks.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from ..similarity import normalize, same_name
from ..values import EntityValue


class Country(BaseModel):
    """One row of the country table: a sovereign state or a commonly named territory."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    iso3: str
    capital: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()

    def value(self) -> EntityValue:
        return EntityValue(id=self.id, name=self.name, type="country")


class Organisation(BaseModel):
    """One row of the organisation table: an international body and its acronyms."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    def value(self) -> EntityValue:
        return EntityValue(id=self.id, name=self.name, type="organisation")


def _read_json(name: str) -> dict:
    return json.loads(resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_countries() -> tuple[Country, ...]:
    """Every row of ``data/countries.json`` (read once)."""
    return tuple(Country(**row) for row in _read_json("countries.json")["countries"])


@lru_cache(maxsize=1)
def _country_extras() -> tuple[dict[str, str | None], tuple[str, ...]]:
    doc = _read_json("countries.json")
    ambiguous = {form: info.get("default") for form, info in doc.get("ambiguous", {}).items()}
    return ambiguous, tuple(doc.get("not_countries", ()))


@lru_cache(maxsize=1)
def load_organisations() -> tuple[Organisation, ...]:
    """Every row of ``data/organisations.json`` (read once)."""
    return tuple(Organisation(**row) for row in _read_json("organisations.json")["organisations"])


_SPACE_RUN = re.compile(r"\s+")
_CURLY = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-"})

# British and American spellings of words that occur in organisation names.
_SPELLING_PAIRS = (
    ("Organisation", "Organization"),
    ("Programme", "Program"),
    ("Defence", "Defense"),
    ("Centre", "Center"),
    ("Labour", "Labor"),
    ("Co-operation", "Cooperation"),
)


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """Exact-case look-up key: unified apostrophes and dashes, single spaces.

    Cached: the same names and words are looked up again and again across a text."""
    return _SPACE_RUN.sub(" ", text.translate(_CURLY)).strip()


@dataclass(frozen=True)
class _Entry:
    entity: EntityValue | None  # None: a blocker ("Latin America") that produces nothing
    via: str


def _spelling_variants(form: str) -> set[str]:
    variants = {form}
    for british, american in _SPELLING_PAIRS:
        swapped = {v.replace(british, american) for v in variants}
        swapped |= {v.replace(american, british) for v in variants}
        variants |= swapped
    return variants


def _build_tables() -> tuple[dict[str, _Entry], dict[str, _Entry], dict[str, Country]]:
    exact: dict[str, _Entry] = {}
    upper: dict[str, _Entry] = {}
    capitals: dict[str, Country] = {}

    def add(form: str, entry: _Entry, allow_upper: bool = True) -> None:
        k = _key(form)
        if not k or k in exact:  # first entry wins: names are added before aliases
            return
        exact[k] = entry
        if allow_upper and sum(ch.isalpha() for ch in k) >= 4:
            upper.setdefault(k.upper(), entry)

    countries = load_countries()
    by_id = {c.id: c for c in countries}
    ambiguous, blockers = _country_extras()
    for c in countries:
        add(c.name, _Entry(c.value(), "name"))
    for org in load_organisations():
        for form in _spelling_variants(org.name):
            add(form, _Entry(org.value(), "name"))
    for c in countries:
        for alias in c.aliases:
            add(alias, _Entry(c.value(), "alias"))
        for dem in c.demonyms:
            add(dem, _Entry(c.value(), "demonym"))
        if c.capital:
            capitals.setdefault(_key(c.capital), c)
    for org in load_organisations():
        for alias in org.aliases:
            for form in _spelling_variants(alias):
                add(form, _Entry(org.value(), "alias"))
        for acronym in org.acronyms:
            add(acronym, _Entry(org.value(), "acronym"), allow_upper=False)
    for form, default in ambiguous.items():
        entity = by_id[default].value() if default else None
        is_demonym = form[:1].isupper() and form.endswith(("an", "ans", "ese"))
        add(form, _Entry(entity, "demonym" if is_demonym else "alias"))
    for form in blockers:
        add(form, _Entry(None, "blocked"))
    return exact, upper, capitals


_EXACT, _UPPER, _CAPITALS = _build_tables()
# For each word that can open a table form, the most words a form opening with it has: most
# capitalised words open no form at all, and are skipped after one set look-up.
_FIRST_WORDS: dict[str, int] = {}
for _form in _EXACT:
    _parts = re.findall(r"\w+(?:-\w+|['’](?![sS]\b)\w+)*", _form)
    if _parts:
        for _first in {_parts[0], _parts[0].upper()}:
            _FIRST_WORDS[_first] = max(_FIRST_WORDS.get(_first, 0), len(_parts))
# Forms that begin with a lower-case word ("al-Qaeda"): their first words may start a match.
_LOWER_STARTS = frozenset(k.split()[0].split("-")[0] for k in _EXACT if k[:1].islower())


@lru_cache(maxsize=4096)
def country_by_name(name: str) -> EntityValue | None:
    """The country a name, alias or demonym denotes ("Kyrgyz Republic" → kyrgyzstan).

    Exact (case-sensitive) forms first, then a case-insensitive normalised match, then a fuzzy
    match on long names ("Kyrgyzstan Republic"); ``None`` when nothing fits.
    """
    entry = _EXACT.get(_key(name))
    if entry is not None:
        return entry.entity if entry.entity is not None and entry.entity.type == "country" else None
    wanted = normalize(name)
    if not wanted:
        return None
    for c in load_countries():
        for form in (c.name, *c.aliases, *c.demonyms):
            if normalize(form) == wanted and (len(wanted) > 3 or form == name):
                return c.value()
    if len(wanted) < 8:  # short names must match exactly: "us" is not "US"
        return None
    for c in load_countries():
        for form in (c.name, *c.aliases):
            if same_name(form, name):
                return c.value()
    return None


def demonym_country(word: str) -> EntityValue | None:
    """The country whose demonym ``word`` is ("Kazakh", "Filipinos", "Dutch"), else ``None``."""
    entry = _EXACT.get(_key(word))
    if entry is not None and entry.via == "demonym" and entry.entity is not None:
        return entry.entity
    wanted = normalize(word)
    for c in load_countries():
        if any(normalize(d) == wanted for d in c.demonyms):
            return c.value()
    return None


def organisation_by_name(name: str) -> EntityValue | None:
    """The table organisation a name, alias or acronym denotes, spelling variants included."""
    entry = _EXACT.get(_key(name))
    if entry is not None and entry.entity is not None and entry.entity.type == "organisation":
        return entry.entity
    for org in load_organisations():
        if any(same_name(form, name) for form in (org.name, *org.aliases)):
            return org.value()
    return None


_NEEDS_KEY = re.compile(r"[\s’‘ʼ‐‑–]{2,}|[\n\t\u00a0’‘ʼ‐‑–]")


def _lookup(form: str) -> _Entry | None:
    k = _key(form) if _NEEDS_KEY.search(form) else form
    entry = _EXACT.get(k)
    if entry is None and k.isupper():
        entry = _UPPER.get(k)
    return entry
