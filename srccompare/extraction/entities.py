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
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from ..mentions import EntityMention
from ..similarity import normalize, same_name
from ..values import EntityValue

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


# ---------------------------------------------------------------------------------------------
# Look-up tables built once at import
# ---------------------------------------------------------------------------------------------

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

# Capitals that are also common given names or surnames are not read as governments.
_CAPITALS_NOT_METONYMS = frozenset(
    {"Victoria", "Hamilton", "Douglas", "Stanley", "Santiago", "Kingston", "Plymouth", "Georgetown",
     "Lima", "Valletta", "Cayenne", "Praia", "Apia", "Castries"}
)


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


# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------

# A word keeps inner hyphens and apostrophes ("Kassym-Jomart", "O'Brien", "Côte d'Ivoire" splits
# at the space) but not a possessive "'s", so "Putin's" yields "Putin".
_WORD = re.compile(r"\w+(?:-\w+|['’](?![sS]\b)\w+)*")


class _Word(NamedTuple):
    # a named tuple, not a frozen dataclass: a text has thousands of words and a tuple is
    # several times cheaper to build
    start: int
    end: int
    text: str
    capitalised: bool  # starts with an upper-case letter


def _words(text: str) -> list[_Word]:
    new = tuple.__new__  # what _Word(...) does, without the Python-level __new__ call
    return [new(_Word, (m.start(), m.end(), word := m.group(), word[:1].isupper())) for m in _WORD.finditer(text)]


@lru_cache(maxsize=65536)
def _word_count(text: str) -> int:
    """How many words ``text`` holds (names are counted many times over: cached)."""
    return len(_WORD.findall(text))


# ---------------------------------------------------------------------------------------------
# Candidates and overlap resolution
# ---------------------------------------------------------------------------------------------

# When two candidates have the same span, the table (countries, organisations) beats a person
# guess.
_PRIORITY = {"country": 0, "organisation": 1, "place": 2, "person": 3}


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    entity: EntityValue | None
    via: str
    title: str | None = None


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


# ---------------------------------------------------------------------------------------------
# Countries and table organisations
# ---------------------------------------------------------------------------------------------


_NEEDS_KEY = re.compile(r"[\s’‘ʼ‐‑–]{2,}|[\n\t\u00a0’‘ʼ‐‑–]")


def _lookup(form: str) -> _Entry | None:
    k = _key(form) if _NEEDS_KEY.search(form) else form
    entry = _EXACT.get(k)
    if entry is None and k.isupper():
        entry = _UPPER.get(k)
    return entry


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


# ---------------------------------------------------------------------------------------------
# Organisations the text defines: "the World Food Programme (WFP)"
# ---------------------------------------------------------------------------------------------

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


def _slug(text: str) -> str:
    return normalize(text).replace(" ", "-")


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


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

_CORE_TITLES = frozenset(
    ["president", "vice-president", "president-elect", "minister", "secretary", "secretary-general", "chancellor", "king", "queen", "prince", "princess", "emperor", "empress", "sheikh", "emir", "sultan", "pope", "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt", "admiral", "adm", "commander", "cmdr", "sergeant", "sgt", "corporal", "cpl", "marshal", "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice", "magistrate", "prosecutor", "attorney", "lawyer", "dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "professor", "prof", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "chairperson", "director", "director-general", "commissioner", "speaker", "premier", "archbishop", "bishop", "cardinal", "rabbi", "imam", "ayatollah", "mullah", "patriarch", "pastor", "reverend", "rev", "father", "sister", "brother", "officer", "detective", "inspector", "superintendent", "constable", "coach", "manager", "chief", "leader", "mp", "mep", "lawmaker", "legislator", "councillor", "councilor", "founder", "co-founder", "executive", "economist", "analyst", "researcher", "scientist", "author", "writer", "journalist", "reporter", "editor", "actor", "actress", "singer", "striker", "midfielder", "defender", "goalkeeper", "player", "lord", "lady", "sir", "dame", "duke", "duchess", "baron", "baroness", "count", "countess", "sheriff", "deputy-director", "vice-chairman", "vice-chair", "chief-executive", "candidate", "activist", "dissident", "fm"]
)
_TITLE_MODIFIERS = frozenset(
    ["former", "acting", "deputy", "vice", "interim", "first", "prime", "foreign", "defence", "defense", "interior", "finance", "health", "justice", "economy", "economic", "economics", "trade", "energy", "education", "agriculture", "home", "state", "chief", "senior", "junior", "top", "supreme", "high", "crown", "executive", "managing", "opposition", "party", "national", "security", "federal", "regional", "local", "police", "army", "military", "navy", "naval", "air", "force", "forces", "labour", "labor", "environment", "environmental", "transport", "culture", "emergency", "emergencies", "situations", "affairs", "development", "house", "senate", "majority", "minority", "assistant", "associate", "lead", "head", "board", "central", "bank", "presidential", "press", "government", "ministry", "white", "kremlin", "outgoing", "incoming", "then", "late", "general", "attorney", "public", "social", "internal", "external", "digital", "communications", "information", "sports", "tourism", "fisheries", "justice-minister", "and", "of", "for", "the", "field", "grand", "elect", "commerce", "industry", "foreign-affairs", "human", "rights", "climate", "treasury", "parliamentary"]
)
_ABBREVIATED_TITLES = frozenset(
    {"Mr", "Mrs", "Ms", "Mx", "Dr", "Sen", "Rep", "Gen", "Gov", "Lt", "Col", "Capt", "Sgt",
     "Prof", "Maj", "Adm", "Cmdr", "Cpl", "Rev", "St", "Fr", "Sr", "Jr", "Supt", "Insp", "Det"}
)
_NAME_PARTICLES = frozenset(
    {"bin", "bint", "ibn", "al", "el", "de", "da", "di", "do", "dos", "das", "del", "della", "van",
     "von", "der", "den", "ter", "le", "la", "du", "y", "abu", "ben", "mac"}
)
# Capitalised words that are not names on their own: sentence openers, pronouns, time words,
# collective nouns that report things ("Police said").
_NOT_NAMES = frozenset(
    ["The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Who", "What", "When", "Where", "Why", "How", "Which", "Whose", "Some", "Many", "Most", "Several", "Few", "All", "Both", "Each", "Every", "No", "Not", "None", "Other", "Another", "Such", "Yet", "But", "And", "Or", "So", "If", "As", "At", "In", "On", "Of", "For", "From", "By", "With", "Without", "To", "Into", "After", "Before", "During", "Since", "Until", "While", "Although", "Though", "Because", "However", "Meanwhile", "Also", "Still", "Later", "Earlier", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Tonight", "Last", "Next", "This", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Police", "Officials", "Official", "Authorities", "Witnesses", "Witness", "Residents", "Analysts", "Experts", "Sources", "Source", "Reports", "Report", "Rescuers", "Doctors", "Prosecutors", "Investigators", "Protesters", "Protestors", "Demonstrators", "Troops", "Soldiers", "Militants", "Rebels", "Organisers", "Organizers", "Researchers", "Scientists", "Lawyers", "Critics", "Observers", "Officers", "Workers", "Farmers", "Students", "Voters", "Citizens", "People", "Families", "Survivors", "Victims", "Government", "Ministry", "Department", "Agency", "Office", "Council", "Committee", "Commission", "Court", "Army", "Military", "Parliament", "Senate", "Congress", "Cabinet", "Kremlin", "Pentagon", "Statement", "Spokesman", "Spokeswoman", "Spokesperson", "Mr", "Mrs", "Ms", "Dr", "According", "Asked", "Speaking", "Addressing", "Reuters", "AP", "AFP", "TASS", "Tass", "Interfax", "Xinhua", "BBC", "CNN", "Bloomberg", "Associated", "Press", "Company", "Group", "Bank", "Inc", "Corp", "Ltd", "Union", "Party", "Team", "Club", "University", "Institute", "Hospital", "Ministry", "Service", "Agency", "Times", "Post", "News", "Journal", "Herald", "Guardian", "Tribune", "Daily", "Weekly", "Online", "Newsroom", "Update", "Breaking", "Live", "Photo", "Video", "Watch", "Read", "See", "More", "Share", "Comment", "Comments", "Subscribe", "Advertisement", "God", "Allah", "Jesus", "Lord", "Christmas", "Easter", "Ramadan", "Eid"]
)
_ORG_HEADS = frozenset(
    ["Ministry", "Department", "Agency", "Office", "Council", "Committee", "Commission", "Court", "Corp", "Corporation", "Inc", "Ltd", "Company", "Co", "Group", "Bank", "Service", "Services", "University", "Institute", "College", "School", "Hospital", "Police", "Army", "Navy", "Forces", "Force", "Government", "Party", "Union", "Association", "Organisation", "Organization", "Federation", "Foundation", "Fund", "Times", "Post", "News", "Journal", "Network", "Press", "Agency", "Board", "Authority", "Administration", "Bureau", "Centre", "Center", "Club", "Team", "Parliament", "Assembly", "Senate", "Congress", "Cabinet", "Tribunal", "Coalition", "Alliance", "League", "Front", "Movement", "Brigade", "Battalion", "Regiment", "Command", "Guard", "Airlines", "Airways", "Motors", "Industries", "Holdings", "Partners", "Capital", "Fund", "Trust", "Society", "Church", "Embassy", "Consulate", "Mission", "Secretariat", "Directorate", "Inspectorate", "Prosecutor", "Prosecutors", "House", "Hall", "Street", "Square", "Palace", "Building", "Tower", "Airport", "Station", "Port", "Bridge", "Road", "Avenue"]
)

# Verbs after a name that mark it as a person's (broader than attribution's list: "vowed").
_REPORTING_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "announced", "announces", "stressed",
    "stresses", "noted", "notes", "claimed", "claims", "reported", "reports", "confirmed",
    "confirms", "warned", "warns", "insisted", "insists", "wrote", "writes", "tweeted", "posted",
    "explained", "explains", "argued", "argues", "denied", "denies", "acknowledged", "admitted",
    "urged", "urges", "declared", "declares", "replied", "continued", "recalled", "underscored",
    "underlined", "emphasised", "emphasized", "emphasises", "emphasizes", "stated", "states",
    "asserted", "alleged", "suggested", "predicted", "estimated", "revealed", "disclosed",
    "indicated", "commented", "remarked", "observed", "pointed", "concluded", "maintained",
    "conceded", "countered", "responded", "answered", "agreed", "promised", "vowed", "pledged",
    "threatened", "demanded", "called", "accused", "blamed", "praised", "criticised",
    "criticized", "condemned", "welcomed", "thinks", "believes", "believed", "wants", "hopes",
)
_REPORTING = frozenset(_REPORTING_VERBS)
_AUXILIARIES = frozenset(
    {"has", "have", "had", "also", "later", "then", "previously", "earlier", "will", "would", "could", "may", "might", "is", "was"}
)


@lru_cache(maxsize=65536)
def _is_core(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in _CORE_TITLES or any(part in _CORE_TITLES for part in low.split("-") if len(part) > 2)


@lru_cache(maxsize=65536)
def _is_titleish(word: str) -> bool:
    low = word.lower().rstrip(".")
    if _is_core(word) or low in _TITLE_MODIFIERS:
        return True
    entry = _EXACT.get(_key(word))
    return entry is not None and entry.entity is not None


_RUN_JOINERS = _NAME_PARTICLES | {"of", "for"}


def _runs(text: str, words: list[_Word]) -> list[list[int]]:
    """Runs of word indices that may form a title and a name: capitalised words (and name
    particles, "of"/"for" inside titles) joined by single spaces or an abbreviation's dot."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, w in enumerate(words):
        joinable = w.capitalised or (current and w.text.lower() in _RUN_JOINERS)
        if current:
            prev = words[current[-1]]
            gap = text[prev.end : w.start]
            initial = len(prev.text) == 1 and prev.text.isupper()
            ok_gap = (
                gap in (" ", "\u00a0")
                or (gap in (". ", ".\u00a0") and (prev.text in _ABBREVIATED_TITLES or initial))
                or (gap == "." and initial and len(w.text) == 1)  # "U.S."
            )
            if not (joinable and ok_gap):
                runs.append(current)
                current = []
        if not current and not w.capitalised:
            continue
        current.append(i)
    if current:
        runs.append(current)
    # trailing lower-case joiners ("Smith of") do not belong to the run
    return [r[: _last_capitalised(words, r) + 1] for r in runs]


def _last_capitalised(words: list[_Word], run: list[int]) -> int:
    for pos in range(len(run) - 1, -1, -1):
        if words[run[pos]].capitalised:
            return pos
    return 0


@dataclass
class _PersonGuess:
    start: int
    end: int
    name: str
    title: str | None
    via: str


def _valid_name(tokens: list[_Word]) -> bool:
    if not 1 <= len(tokens) <= 5 or not tokens[0].capitalised or not tokens[-1].capitalised:
        return False
    for t in tokens:
        low = t.text.lower()
        if low in ("of", "for", "and", "the"):
            return False
        if t.capitalised and (t.text in _NOT_NAMES or _is_core(t.text)):
            return False
        if t.text.isupper() and len(t.text) > 2:
            return False  # "NATO", "CSTO": not a name part
    # a name made only of table entities ("Kazakhstan", "European Union") is not a person
    joined = " ".join(t.text for t in tokens)
    if _EXACT.get(_key(joined)) is not None:
        return False
    if any(_EXACT.get(_key(t.text)) is not None and _EXACT[_key(t.text)].entity is not None for t in tokens):
        # "Russian Tokayev" never happens; a country word inside means this is not a name
        return False
    return tokens[-1].text not in _ORG_HEADS


def _split_title(text: str, words: list[_Word], run: list[int]) -> _PersonGuess | None:
    """"Russian Defense Minister Sergey Shoygu" → title "Russian Defense Minister", name "Sergey Shoygu"."""
    tokens = [words[i] for i in run]
    core_positions = [p for p, t in enumerate(tokens) if _is_core(t.text)]
    for p in reversed(core_positions):
        rest = p + 1
        # "President of Kazakhstan", "Minister for Foreign Affairs"
        while rest < len(tokens) and (
            tokens[rest].text.lower() in ("of", "for", "the", "and")
            or (rest > p + 1 and tokens[rest - 1].text.lower() in ("of", "for", "the", "and") and _is_titleish(tokens[rest].text))
            or (tokens[rest].text.lower() in _TITLE_MODIFIERS and rest + 1 < len(tokens) and _is_core(tokens[rest + 1].text))
        ):
            rest += 1
        name_tokens = tokens[rest:]
        if not _valid_name(name_tokens):
            continue
        first = p
        while first - 1 >= 0 and tokens[first - 1].text not in _NOT_NAMES and (
            _is_titleish(tokens[first - 1].text) or tokens[first - 1].capitalised
        ):
            first -= 1
        title = text[tokens[first].start : tokens[p if rest == p + 1 else rest - 1].end]
        if text[tokens[p].end : tokens[p].end + 1] == "." and rest == p + 1:
            title += "."
        name = text[name_tokens[0].start : name_tokens[-1].end]
        return _PersonGuess(name_tokens[0].start, name_tokens[-1].end, name, title, "title")
    return None


def _lower_title_before(text: str, words: list[_Word], first_index: int) -> str | None:
    """A lower-case title right before a name: "defence minister Sergei Shoigu"."""
    i = first_index - 1
    start = None
    has_core = False
    while i >= 0 and first_index - i <= 5:
        w = words[i]
        gap = text[w.end : words[i + 1].start]
        if gap not in (" ", "\u00a0"):
            break
        if _is_core(w.text):
            has_core = True
        elif not _is_titleish(w.text):
            break
        start = w.start
        i -= 1
    if start is None or not has_core:
        return None
    # one capitalised word that qualifies the role: "Apple chief executive", "Fire chief"
    if i >= 0 and words[i].capitalised and words[i].text not in _NOT_NAMES and text[words[i].end : words[i + 1].start] == " ":
        start = words[i].start
    while start is not None:
        title = text[start : words[first_index - 1].end]
        lead = title.split(" ", 1)
        if lead[0].lower() in ("the", "and", "of", "for") and len(lead) > 1:
            start += len(lead[0]) + 1
            continue
        return title
    return None


def _next_word(words: list[_Word], index: int) -> str:
    return words[index].text.lower() if 0 <= index < len(words) else ""


def _followed_by_verb(text: str, words: list[_Word], last: int) -> bool:
    j = last + 1
    if j < len(words) and text[words[last].end : words[j].start].strip() not in ("",):
        return False
    while _next_word(words, j) in _AUXILIARIES:
        j += 1
    return _next_word(words, j) in _REPORTING


def _preceded_by_verb(text: str, words: list[_Word], first: int) -> bool:
    """"..., said John Smith" or "according to John Smith"."""
    if first == 0:
        return False
    prev = words[first - 1].text.lower()
    if prev in _REPORTING and text[words[first - 1].end : words[first].start] == " ":
        return True
    return prev == "to" and first >= 2 and words[first - 2].text.lower() == "according"


_CONNECTOR_WORDS = frozenset({"of", "for"})
_LEADING_ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]n?) ")


def _person_guesses(text: str, words: list[_Word]) -> list[_PersonGuess]:
    guesses: list[_PersonGuess] = []
    lower_words: set[str] | None = None  # the text's lower-case words, built when first needed
    pending_title: tuple[str, int] | None = None  # a run that was all title: "the President of X"
    for run in _runs(text, words):
        appositive_title = None
        if pending_title is not None and text[pending_title[1] : words[run[0]].start] in (", ", ",\u00a0"):
            appositive_title = pending_title[0]
        pending_title = None
        guess = _split_title(text, words, run)
        if guess is not None:
            guesses.append(guess)
            continue
        # strip sentence-opening function words ("Then Smith said") and cut at "of"/"for"
        idx = list(run)
        while idx and words[idx[0]].text in _NOT_NAMES:
            idx = idx[1:]
        for pos, i in enumerate(idx):
            if words[i].text.lower() in _CONNECTOR_WORDS:
                idx = idx[:pos]
                break
        tokens = [words[i] for i in idx]
        if tokens and all(_is_titleish(t.text) for t in tokens) and any(_is_core(t.text) for t in tokens):
            last = run[-1]
            pending_title = (text[words[run[0]].start : words[last].end], words[last].end)
            continue
        if not tokens or not _valid_name(tokens):
            continue
        first_index, last_index = idx[0], idx[-1]
        name = text[tokens[0].start : tokens[-1].end]
        title = appositive_title or _lower_title_before(text, words, first_index)
        if title is not None:
            title = _LEADING_ARTICLE.sub("", title)
            guesses.append(_PersonGuess(tokens[0].start, tokens[-1].end, name, title, "title"))
            continue
        if _followed_by_verb(text, words, last_index) or _preceded_by_verb(text, words, first_index):
            if len(tokens) == 1 and lower_words is None:
                lower_words = {w.text for w in words if w.text[:1].islower()}
            if len(tokens) == 1 and tokens[0].text.lower() in lower_words:
                continue  # a common word that happens to open a sentence ("Markets said")
            guesses.append(_PersonGuess(tokens[0].start, tokens[-1].end, name, None, "name"))
    return guesses


@lru_cache(maxsize=65536)
def _title_key(title: str) -> str:
    """A title with countries folded to ids: "Kazakhstani President" ≈ "the Kazakh president"."""
    parts = []
    for w in _words(title):
        entry = _EXACT.get(_key(w.text))
        if entry is not None and entry.entity is not None and entry.entity.type == "country":
            parts.append(entry.entity.id)
        elif w.text.lower() not in ("the", "a", "an", "of", "for"):
            parts.append(normalize(w.text))
    return " ".join(sorted(parts))


@lru_cache(maxsize=65536)
def _name_suffixes(name: str) -> tuple[str, ...]:
    """The shorter forms a full name may take later: "Andrés Manuel López Obrador" →
    "Manuel López Obrador", "López Obrador", "Obrador" (never starting with "de", "van"...)."""
    parts = _words(name)
    out = []
    for k in range(1, len(parts)):
        if parts[k].capitalised:
            out.append(name[parts[k].start :])
    return tuple(out)


def _person_candidates(text: str, words: list[_Word]) -> list[_Candidate]:
    guesses = _person_guesses(text, words)
    # full names (two or more words) define people; shorter forms join them by suffix
    full: dict[str, str] = {}  # slug -> the longest form of the name
    by_suffix: dict[str, set[str]] = {}
    # longest names first, so "López Obrador" joins "Andrés Manuel López Obrador"
    for g in sorted(guesses, key=lambda g: -_word_count(g.name)):
        if _word_count(g.name) < 2 or _key(g.name) in by_suffix:
            continue
        slug = _slug(g.name)
        if slug in full:
            continue
        full[slug] = g.name
        for suffix in _name_suffixes(g.name):
            by_suffix.setdefault(_key(suffix), set()).add(slug)
    short_forms = {k: next(iter(v)) for k, v in by_suffix.items() if len(v) == 1 and k not in full}

    def person(name: str) -> EntityValue | None:
        slug = _slug(name)
        if slug not in full:
            slug = short_forms.get(_key(name), slug)
        if slug not in full and _word_count(name) < 2:
            return None  # a lone word nobody introduced ("Target said"): too often a company
        return EntityValue(id=slug, name=full.get(slug, name), type="person")

    out: list[_Candidate] = []
    titles: dict[str, set[str]] = {}
    for g in guesses:
        entity = person(g.name)
        if entity is None and g.title is not None:
            entity = EntityValue(id=_slug(g.name), name=g.name, type="person")
        if entity is None:
            continue
        out.append(_Candidate(g.start, g.end, entity, g.via, g.title))
        if g.title and len(g.title.split()) >= 2:
            titles.setdefault(_title_key(g.title), set()).add(entity.id)
    # later short mentions ("Putin's", "López Obrador") of a known person
    if short_forms:
        max_words = max(_word_count(k) for k in short_forms)
        for i, w in enumerate(words):
            if not w.capitalised:
                continue
            for j in range(min(len(words), i + max_words) - 1, i - 1, -1):
                slug = short_forms.get(_key(text[w.start : words[j].end]))
                if slug is not None:
                    entity = EntityValue(id=slug, name=full[slug], type="person")
                    out.append(_Candidate(w.start, words[j].end, entity, "name"))
                    break
    # repeated two-word titles ("the Russian president") of exactly one person
    unique_titles = {t: next(iter(ids)) for t, ids in titles.items() if len(ids) == 1 and t}
    if unique_titles:
        out.extend(_title_mentions(text, words, unique_titles, full))
    return out


def _title_mentions(text: str, words: list[_Word], titles: dict[str, str], full: dict[str, str]) -> list[_Candidate]:
    out: list[_Candidate] = []
    sizes = {len(t.split()) for t in titles}
    norm_words = [_title_key(w.text) for w in words]
    # a window can equal a title key only if its first and last words are words of some title:
    # checking that first skips the sort and join at almost every position
    title_tokens = {token for t in titles for token in t.split()}
    useful = [bool(n) and title_tokens.issuperset(n.split()) for n in norm_words]
    for size in sizes:
        for i in range(len(words) - size + 1):
            if not useful[i] or not useful[i + size - 1]:
                continue  # a title starts and ends with a content word
            joined = " ".join(sorted(norm_words[i : i + size]))
            slug = titles.get(joined)
            if slug is None:
                continue
            nxt = words[i + size] if i + size < len(words) else None
            gap = text[words[i + size - 1].end : nxt.start] if nxt is not None else ""
            if nxt is not None and nxt.capitalised and gap in (" ", ", "):
                continue  # the title is followed by a name: the name is the mention
            start, end = words[i].start, words[i + size - 1].end
            entity = EntityValue(id=slug, name=full.get(slug, slug), type="person")
            out.append(_Candidate(start, end, entity, "title", text[start:end]))
    return out


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


# ---------------------------------------------------------------------------------------------
# The entry point
# ---------------------------------------------------------------------------------------------


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
