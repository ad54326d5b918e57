"""People and places: ages keyed by the person they belong to, named people with their role,
named places, and one key per person across a source.

Step 5 of the flow, beside ``frames``: "Marsh, 49" is the age of the person keyed by surname;
"Harlan Boll, a spokesman" is a named person in a role; "in Palermo" a named place. A title-case
headline fools the entity recogniser ("Esther Williams Dies"), so ``settle_names`` keys a person
by the surname the source uses most and drops names found only in a headline.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping, Sequence

from ..claim import Claim, Frame
from ..extraction.entity_tables import country_by_name
from ..extraction.person_names import is_title_word
from ..extraction.spelled_numbers import parse_number_words
from ..reading import Reading, SentenceMentions
from ..values import EntityValue, Quantity
from .build import make_claim as _claim
from .words import canonical_what, is_reporting_lemma, person_key

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..nlp import TokenIndex

__all__ = ["age_claims", "people_and_places", "person_spans", "settle_names", "settle_entity_types"]

# an age in words: "seventy-four", "twenty two", "seven"
_AGE_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
              r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
              r"eighteen|nineteen)")
_AGE_PATTERNS = (
    re.compile(rf"\b(?P<n>\d{{1,3}}|{_AGE_WORDS})[- ]years?[- ]old\b", re.IGNORECASE),
    re.compile(r"\baged\s+(?P<n>\d{1,3})\b", re.IGNORECASE),
    re.compile(r"\bat the age of\s+(?P<n>\d{1,3})\b", re.IGNORECASE),
    re.compile(r"\b(?:died|dies|dead|passed away)\s+(?:\w+\s+){0,3}?at\s+(?P<n>\d{1,3})\b(?![-.,:]?\d)", re.IGNORECASE),
    re.compile(r"\b(?P<name>[A-Z][\w'’-]+)(?:,\s*|\s+\()(?P<n>\d{1,3})(?:,|\)|\.(?!\d))", re.UNICODE),
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ORG_SUFFIX = re.compile(r",?\s+(?:inc|ltd|llc|plc|corp|corporation|co|company|limited|group|s\.?a|ag|gmbh)\.?$", re.IGNORECASE)
# the wires and broadcasters an article cites are its sources, not organisations of the story
_NEWS_AGENCY = re.compile(r"\b(?:Associated Press|AP|Reuters|AFP|Agence France|Bloomberg|CNN|BBC|NBC|CBS|ABC|Fox News|"
                          r"Xinhua|Interfax|TASS|Press Association|Canadian Press|UPI|Dow Jones)\b")
_DEATH_WORDS = re.compile(r"\b(?:died|dies|dead|death|killed|passed away)\b", re.IGNORECASE)
_EPITHET_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
EPITHET = "epithet"  # the detail of an age given as an epithet ("the 28-year-old") until its person is known

def _age_number(words: str) -> int:
    """An age as written: "74", "seventy-four", "seven"."""
    if words.isdigit():
        return int(words)
    value = parse_number_words(words.replace("-", " ").lower())
    return int(value) if value is not None else 0


def person_spans(sm: SentenceMentions, index: "TokenIndex") -> list["Span"]:
    """The people the recogniser names in one sentence."""
    return [e for e in index.entities_in(sm.sentence.start, sm.sentence.end) if e.label_ == "PERSON"]


def age_claims(reading: Reading, index: "TokenIndex", source: str) -> list[Claim]:
    """Every age the text gives, keyed by the person it belongs to (read before any other rule:
    "died at 91" is an age, not a count of deaths)."""
    return [c for sm in reading.sentences for c in _age_claims(sm, reading, index, source)]


def _age_claims(sm: SentenceMentions, reading: Reading, index: "TokenIndex", source: str) -> list[Claim]:
    """Ages, keyed by the person they belong to: "Scott Peterson, 32," "the 33-year-old actress"."""
    text = reading.text
    sentence = sm.sentence
    people = person_spans(sm, index)
    claims = []
    seen: set[int] = set()
    for pattern in _AGE_PATTERNS:
        for m in pattern.finditer(text, sentence.start, sentence.end):
            start = m.start("n")
            if start in seen:
                continue
            age = _age_number(m.group("n"))
            if not 0 < age < 125:
                continue
            seen.add(start)
            if "name" in pattern.groupindex and country_by_name(m.group("name")) is not None:
                continue  # "Chile, 9; Peru, 12": a count listed by country, not an age
            if pattern is _AGE_PATTERNS[2] and not _DEATH_WORDS.search(text, sentence.start, sentence.end):
                continue  # "at the age of 10 she was sent away": an age then, not the person's age in the news
            owner = _owner_of_age(people, m, pattern)
            if owner is None and "name" in pattern.groupindex and index.at(m.start("name")).pos_ == "PROPN":
                # "Ortega, 52, was not available": the name itself, where the recogniser missed it
                key = person_key(m.group("name"))
                who = EntityValue(id=key, name=m.group("name"), type="person")
            elif owner is not None:
                key = person_key(owner.text)
                who = EntityValue(id=key, name=owner.text, type="person")
            elif "name" in pattern.groupindex:
                continue  # "Chapter, 12,": a number after a word that is no name
            elif pattern is _AGE_PATTERNS[0] and (name := _proper_name_after(index, m.end())):
                # "61-year-old Helen Marsh", where the recogniser missed the name
                key = person_key(name)
                who = EntityValue(id=key, name=name, type="person")
            else:
                noun = _noun_after(index, m.end())
                if noun is None and pattern is _AGE_PATTERNS[0] and _EPITHET_BEFORE.search(text, sentence.start, m.start()):
                    key = EPITHET  # "the 28-year-old": the story's own person, settled per source
                elif pattern in (_AGE_PATTERNS[2], _AGE_PATTERNS[3]):
                    key = EPITHET  # "she died at 85" with no name in the sentence: the story's own person
                elif noun is None:
                    continue
                else:
                    key = canonical_what(noun.lemma_.lower())
                who = None
            value = Quantity(low=age, high=age, unit="year", stated=age)
            frame = Frame(what=key, happened="age", modifiers=[], predicate="")
            words = m.group("n") if pattern is _AGE_PATTERNS[-1] else m.group(0).strip(" ,()")
            first = m.start("n") if pattern is _AGE_PATTERNS[-1] else m.start() + m.group(0).index(words)
            claims.append(_claim(source, reading, sm, event="age", role="age", value=value, text=words,
                                 start=first, end=first + len(words), detail=None if who else key, entity=who, frame=frame,
                                 hedge_from=m.start(), hedge_to=m.end()))
    return claims


def _proper_name_after(index: "TokenIndex", offset: int) -> str:
    """The run of proper nouns right after an offset ("… Helen Marsh and …"), or ""."""
    token = index.at(offset + 1)
    words = []
    while token is not None and token.pos_ == "PROPN" and token.is_alpha and len(words) < 4:
        words.append(token.text)
        token = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return " ".join(words) if len(words) >= 2 else ""


def _owner_of_age(people: Sequence["Span"], m: "re.Match[str]", pattern: "re.Pattern[str]") -> "Span | None":
    """The person an age belongs to. "Marsh, 61, and Ortega, 47": the name the age follows,
    never a nearer or a later one; "the 61-year-old Helen Marsh" or "Marsh, a 61-year-old":
    the name right beside it; "aged 63", "died at 91": the nearest name in the sentence."""
    if "name" in pattern.groupindex:
        return next((p for p in people if p.start_char <= m.start("name") < p.end_char), None)
    if pattern is _AGE_PATTERNS[0]:
        after = [p for p in people if 0 <= p.start_char - m.end() <= 12]
        before = [p for p in people if 0 <= m.start() - p.end_char <= 6 or (0 <= m.start() - p.end_char <= 12 and
                                                                           m.string[p.end_char:m.start()].strip(" ,") in ("a", "an"))]
        return (after or before or [None])[0]
    return _nearest(people, m.start("n"))


def _nearest(spans: Sequence["Span"], offset: int) -> "Span | None":
    best, distance = None, 10 ** 9
    for span in spans:
        d = min(abs(span.start_char - offset), abs(span.end_char - offset))
        if d < distance and d <= 80:
            best, distance = span, d
    return best


def _noun_after(index: "TokenIndex", offset: int) -> "Token | None":
    token = index.at(offset)
    for _ in range(4):
        if token is None:
            return None
        if token.pos_ == "NOUN" and token.idx >= offset:
            return token
        if token.i + 1 >= len(token.doc):
            return None
        token = token.doc[token.i + 1]
    return None


def _role_of_person(span: "Span") -> str:
    """The role a sentence gives a named person: a title beside the name, else what they did."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return child.lemma_.lower()
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return root.head.lemma_.lower()
    titles = [t.lemma_.lower() for t in span.doc[max(0, span.start - 3):span.start]
              if t.pos_ == "NOUN" and t.dep_ == "compound"]
    if titles:
        return titles[-1]
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") else None
    if verb is not None and verb.pos_ == "ADP":
        verb = verb.head
    if verb is not None and verb.pos_ == "VERB" and not is_reporting_lemma(verb.lemma_):
        side = "by" if root.dep_ == "nsubj" else "of"
        return f"{verb.lemma_.lower()} ({side})"
    return ""


_DASH_TAIL = re.compile(r"[-–—][a-z][a-z-]*$")
_POSSESSIVE_START = re.compile(r"^['’]s\s+")


def _without_titles(name: str) -> str:
    """A person's name without the titles the recogniser took in ("Det. Ana Ruiz", "’s Sgt
    Ruiz", "Sheriff"): "" when nothing but titles is left."""
    words = _POSSESSIVE_START.sub("", name).split()
    while words and is_title_word(words[0]):
        words.pop(0)
    if not words:
        return ""
    return name[name.index(words[0]):]


def _common_word(name: str, text: str) -> bool:
    """Whether a one-word "name" is a common word the same text also writes in lower case
    ("Gunfire erupted …" beside "… heard gunfire"): capitalised only at a sentence's start."""
    return " " not in name and re.search(rf"(?<![\w’']){re.escape(name.lower())}(?![\w’'])", text) is not None


def people_and_places(sm: SentenceMentions, reading: Reading, index: "TokenIndex", source: str) -> list[Claim]:
    """Every named person (with the role the sentence gives them), organisation and place."""
    claims = []

    def named(kind: str, event: str, key: str, name: str, start: int, modifiers: list[str]) -> None:
        # the value names the entity without an article ("the Red Cross" → "Red Cross"); the text is as written
        value = EntityValue(id=key, name=re.sub(r"^the\s+", "", name, flags=re.IGNORECASE), type=kind)
        frame = Frame(what=key, happened=kind, modifiers=modifiers, predicate="")
        claims.append(_claim(source, reading, sm, event=event, role="named", value=value, text=name,
                             start=start, end=start + len(name), entity=value, frame=frame,
                             hedge_from=start, hedge_to=start + len(name)))

    for ent in index.entities_in(sm.sentence.start, sm.sentence.end):
        name = _DASH_TAIL.sub("", ent.text.strip())  # "Maria Costa-director of ...": a dash lost its spaces
        if len(name) < 2 or not any(ch.isalpha() for ch in name):
            continue
        name_start = ent.start_char + ent.text.index(name)
        if ent.label_ == "PERSON":
            name = _without_titles(name)
            if not name or (name.isupper() and len(name) <= 4) or _common_word(name, reading.text):
                continue
            role_word = _role_of_person(ent)
            named("person", "people", person_key(name), name, ent.start_char + ent.text.index(name),
                  [role_word] if role_word else [])
        elif ent.label_ == "ORG" and _names_an_organisation(name):
            # "Lakeside General Hospital", "Norrvik Trucks AB": one row per organisation,
            # which outlets name alike (agree) or not at all (a gap); spellings apart are two rows
            name = re.sub(r"\s*\(.*$", "", name)  # "World Health Organization (WHO": the recogniser cut the bracket
            key = _ORG_SUFFIX.sub("", re.sub(r"^the\s+|['’]s$", "", name.lower())).strip(" ,.")
            if len(key) >= 3:
                named("organisation", "organisations", key, name, name_start, [])
        elif ent.label_ in _PLACE_LABELS:
            named("place", "places", re.sub(r"^the\s+", "", name.lower()), name, name_start, [])
    return claims


def _names_an_organisation(name: str) -> bool:
    """Whether a name the recogniser calls an organisation is worth a row: not a wire or
    broadcaster the article cites, not a country ("Belarus"), no figure in it ("Armenia - 100"),
    and more than one word unless it is an acronym ("IBM"; "Defense" alone is a fragment)."""
    words = name.split()
    if _NEWS_AGENCY.search(name) or any(ch.isdigit() for ch in name) or country_by_name(name) is not None:
        return False
    return len(words) > 1 or (name.isupper() and 2 <= len(name) <= 6)


def _as_type(claim: Claim, kind: str) -> Claim:
    """The same named claim as a person or as a place."""
    name = claim.entity.name
    key = person_key(name) if kind == "person" else re.sub(r"^the\s+", "", name.lower())
    entity = EntityValue(id=key, name=name, type=kind)
    event, happened = ("people", "person") if kind == "person" else ("places", "place")
    frame = claim.frame.model_copy(update={"what": key, "happened": happened}) if claim.frame else None
    return claim.model_copy(update={"event": event, "entity": entity, "value": entity, "frame": frame})


def settle_entity_types(by_source: Mapping[str, Sequence[Claim]]) -> dict[str, list[Claim]]:
    """Across sources, a name is a person or a place as most sources read it: the small
    recogniser labels one name differently from text to text ("Helen Marsh" as a place,
    "Alexandria" as a person). Each source votes once, for how most of its mentions read the
    name; an age counts as a mention of a person."""
    votes: dict[tuple[str, str], int] = {}  # (name key, type) → how many sources mostly read it so
    for claims in by_source.values():
        mentions: dict[tuple[str, str], int] = {}
        for c in claims:
            if c.entity is not None and c.entity.type in ("person", "place") and c.role in ("named", "age"):
                key = (person_key(c.entity.name), c.entity.type)
                mentions[key] = mentions.get(key, 0) + 1
        for (name, kind), count in mentions.items():
            other = "place" if kind == "person" else "person"
            if count >= mentions.get((name, other), 0):
                votes[(name, kind)] = votes.get((name, kind), 0) + 1

    def settled(claim: Claim) -> Claim:
        if claim.role != "named" or claim.entity is None or claim.entity.type not in ("person", "place"):
            return claim
        key = person_key(claim.entity.name)
        other = "place" if claim.entity.type == "person" else "person"
        return _as_type(claim, other) if votes.get((key, other), 0) > votes.get((key, claim.entity.type), 0) else claim

    # an organisation's name that some source reads as a person's ("Ferris" in one text a
    # company, in the others the fugitive) is the person's: the organisation row is dropped
    people = {person_key(c.entity.name) for claims in by_source.values() for c in claims
              if c.entity is not None and c.entity.type == "person" and c.role in ("named", "age")}

    def kept(claim: Claim) -> bool:
        return not (claim.entity is not None and claim.entity.type == "organisation" and claim.role == "named"
                    and person_key(claim.entity.name) in people)

    return {sid: [settled(c) for c in claims if kept(c)] for sid, claims in by_source.items()}


def _epithet_settled(claim: Claim, main: str | None, name: str | None) -> Claim:
    """"The 28-year-old" or "the mother of five" is the person the story names most (news calls
    its subject by an epithet); with no named person it is a person's."""
    if main is None:
        if claim.role != "age":
            return claim.model_copy(update={"detail": "person"})
        frame = claim.frame.model_copy(update={"what": "person"}) if claim.frame else None
        return claim.model_copy(update={"detail": "person", "frame": frame})
    who = EntityValue(id=main, name=name or main, type="person")
    # the epithet is read as the story's main person, not linked to a name: never a conflict's evidence
    what = main if claim.role == "age" else (claim.frame.what if claim.frame else "")  # a family size still counts children
    frame = claim.frame.model_copy(update={"what": what, "modifiers": [EPITHET]}) if claim.frame else None
    return claim.model_copy(update={"detail": None, "entity": who, "frame": frame})


def _title_case(headline: str) -> bool:
    """Whether a headline capitalises its words ("Esther Williams Dies At 91"), which fools the
    recogniser, rather than being written as a sentence ("Police in Palermo said on Wednesday")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", headline) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def settle_names(claims: Sequence[Claim]) -> list[Claim]:
    """Key every person by the surname the source uses most, and drop headline-only guesses.

    A headline in title case fools the entity recogniser ("Esther Williams Dies" as a name): a
    name is keyed by its word that the source most often uses as a surname, and a person or
    place found only in such a headline, never in the body, is left out (a headline written as a
    sentence is read like the body).
    """
    def named(c: Claim) -> bool:
        return c.role == "named" and c.entity is not None or (c.role == "age" and c.entity is not None)

    counts: dict[str, int] = {}
    for c in claims:
        if named(c) and c.entity.type == "person" and not c.in_title:
            counts[c.entity.id] = counts.get(c.entity.id, 0) + 1
    body_keys = {c.entity.id for c in claims if named(c) and not c.in_title}
    main = max(counts, key=lambda k: (counts[k], k), default=None)  # the person the story names most
    main_name = next((c.entity.name for c in claims if named(c) and c.entity.id == main and c.role == "named"), main)
    out = []
    for c in claims:
        if c.entity is None and c.detail == EPITHET:  # an age or a family size given as an epithet
            c = _epithet_settled(c, main, main_name)
        if not named(c):
            out.append(c)
            continue
        entity = c.entity
        if entity.type == "person":
            words = [person_key(w) for w in entity.name.split()]
            best = max(words, key=lambda w: (counts.get(w, 0), words.index(w)), default=entity.id)
            if counts.get(best, 0) > counts.get(entity.id, 0):
                entity = entity.model_copy(update={"id": best})
        if c.in_title and entity.id not in body_keys and entity.id not in counts and _title_case(c.quote):
            continue
        if entity is not c.entity:
            value = c.value.model_copy(update={"id": entity.id}) if isinstance(c.value, EntityValue) else c.value
            c = c.model_copy(update={"entity": entity, "value": value})
        out.append(c)
    return out
