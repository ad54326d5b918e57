"""People named in a text: titles and names, and the later mentions of the same person.

Part of ``entities``. A run of capitalised words is a title and a name when it holds a title
word ("Russian Defense Minister Sergey Shoygu", "Sen. Elizabeth Warren"), follows a lower-case
title ("defence minister Sergei Shoigu") or an appositive one ("the President of Kazakhstan,
Kassym-Jomart Tokayev"); a name alone counts when a reporting verb stands next to it ("Tokayev
said", "according to John Smith"). Full names define people; later surname-only or shorter forms
("López Obrador") and repeated two-word titles ("the Russian president") of exactly one person
resolve to the same id. Words that are not names (sentence openers, collective nouns such as
"Police", table countries and organisations) keep runs from becoming people.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..similarity import normalize
from ..values import EntityValue
from .entity_tables import _EXACT, _key
from .entity_words import _Candidate, _Word, _slug, _word_count, _words

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


# abbreviated titles a name may start with, in lower case ("St", "Sr", "Jr" are parts of names)
_TITLE_ABBREVIATIONS = frozenset(t.lower() for t in _ABBREVIATED_TITLES - {"St", "Sr", "Jr"}) | {"atty", "dep", "ofc", "cpt"}


def is_title_word(word: str) -> bool:
    """Whether a word is a title or its abbreviation ("Sheriff", "Det.", "Atty", "Gov."), not a name."""
    bare = word.rstrip(".")
    return _is_core(bare) or bare.lower() in _TITLE_ABBREVIATIONS

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
