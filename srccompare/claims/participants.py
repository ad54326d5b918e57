"""Lexical participant and member claims: which countries and organisations take part or belong.

Participants: countries attached to groups of people ("troops from A, B and C", "forces of A",
"Kyrgyzstani colleagues", "A sent …") take part, one claim per country; a country that gives
money ("Japan pledged $5 million") is a donor; a country's own institutions ("Croatian officials
said") and a country left ("withdrawing its troops from Togo") do not take part. Members:
"<organisation> includes A, B and C" gives one claim per member, the organisation named before
the list or in the previous sentence. Part of ``lexical``.
"""
from __future__ import annotations

import re

from ..claim import Claim
from ..lexicon import (
    GROUP_NOUNS,
    LOCATION_PREPOSITIONS,
    MEMBERSHIP_VERBS,
    PARTICIPATION_AFTER,
    PARTICIPATION_BEFORE,
    SENDING_VERBS,
)
from ..mentions import EntityMention
from ..reading import GROUP_RE, Reading, SentenceMentions
from ..values import EntityValue
from .build import _claim, _Context
from .quantity_roles import _CURRENCIES

_GROUP_AFTER_DEMONYM = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{GROUP_NOUNS})\b", re.IGNORECASE)
_SENDING_AFTER = re.compile(rf"^\s+(?:[\w-]+\s+)?(?:{SENDING_VERBS})\b", re.IGNORECASE)
_MEMBERSHIP = re.compile(rf"\b(?:{MEMBERSHIP_VERBS})\s*(?::\s*)?$", re.IGNORECASE)
_LOCATION_BEFORE = re.compile(rf"\b(?:{LOCATION_PREPOSITIONS})\s+(?:the\s+)?$", re.IGNORECASE)
_DASH_AFTER = re.compile(r"^\s*(?:—|–|-|:)\s*$")
_LIST_GLUE = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)(?:the\s+)?$", re.IGNORECASE)
_LEAVING_BEFORE = re.compile(r"\b(?:withdraw\w*|withdrew|pull\w* out|leav\w*|left|evacuat\w*|depart\w*|exit\w*|"
                             r"drew down|draw\w* down|fle[de]\w*)\b[^.;]*$", re.IGNORECASE)
# a country's own institutions speak for it but do not "take part": "Croatian officials said"
_OWN_INSTITUTIONS = re.compile(r"^\s+(?:[\w-]+\s+)?(?:officials|authorities|police|residents|citizens|people|ministers|"
                               r"lawmakers|media|press|voters|protesters|government|leaders)\b", re.IGNORECASE)
# what may stand between a group noun and its countries: "troops from", "forces of our allies — of"
_GROUP_TO_LIST = re.compile(
    r"^(?:\s+(?:of|from)\s+(?:our|their|its|the)\s+[\w-]+)?\s*(?:—|–|-|,)?\s*(?:from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PARTICIPATES_AFTER = re.compile(rf"^\s+{PARTICIPATION_AFTER}\b", re.IGNORECASE)
_PARTICIPATES_BEFORE = re.compile(rf"\b{PARTICIPATION_BEFORE}\s+(?:the\s+)?$", re.IGNORECASE)


def _countries(sm: SentenceMentions) -> list[EntityMention]:
    return [e for e in sm.entities if e.entity.type == "country" and e.title is None]


def _country_groups(sm: SentenceMentions, text: str, *, organisations: bool = False) -> list[list[EntityMention]]:
    """Countries (and, when asked, organisations) written as a list: 'Russia, Armenia and Belarus'."""
    groups: list[list[EntityMention]] = []
    members = _countries(sm)
    if organisations:
        members = sorted(members + [e for e in sm.entities if e.entity.type == "organisation"], key=lambda e: e.start)
    for country in members:
        if groups and _LIST_GLUE.match(text[groups[-1][-1].end:country.start]):
            groups[-1].append(country)
        else:
            groups.append([country])
    return groups


def _participant_claims(sm: SentenceMentions, ctx: _Context) -> list[Claim]:
    """Countries and organisations that take part: "observers from the EU and the African Union"."""
    if not any(e.entity.type in ("country", "organisation") for e in sm.entities):
        return []
    text = ctx.reading.text
    chosen: list[EntityMention] = []
    donors: list[EntityMention] = []
    groups = _country_groups(sm, text, organisations=True)
    for group in groups:
        head = group[0]
        # "troops from A, B and C", "forces of our colleagues — of A, B and C"
        window = text[max(sm.sentence.start, head.start - 40):head.start]
        nouns = list(GROUP_RE.finditer(window))
        if nouns and _GROUP_TO_LIST.match(window[nouns[-1].end():]) and re.search(r"\bfrom\s+(?:the\s+)?$", window) \
                and _LEAVING_BEFORE.search(text[max(sm.sentence.start, head.start - 60):head.start]):
            continue  # "withdrawing its troops from Togo": the country left, not one taking part
        if nouns and _GROUP_TO_LIST.match(window[nouns[-1].end():]) or _PARTICIPATES_BEFORE.search(window):
            chosen.extend(group)  # "troops from A, B and C", "… were joined by A, B and C"
            continue
        last = group[-1]
        after = text[last.end:min(sm.sentence.end, last.end + 40)]
        before = text[max(sm.sentence.start, head.start - 12):head.start]
        demonyms = all(c.via == "demonym" for c in group)
        names = all(c.via != "demonym" for c in group)
        if names and _PARTICIPATES_AFTER.match(after):
            chosen.extend(group)  # "A, B and C are taking part", "Germany took part as an observer"
        elif demonyms and _GROUP_AFTER_DEMONYM.match(after) and not _LOCATION_BEFORE.search(before) \
                and not _OWN_INSTITUTIONS.match(after):
            chosen.extend(group)  # "Chilean and Colombian rescuers", "Kyrgyzstani colleagues are leaving"
        elif names and _SENDING_AFTER.match(after) and not _LOCATION_BEFORE.search(before):
            if _gives_money(sm, text, last.end):
                donors.extend(group)  # "Japan pledged $5 million"
            else:
                chosen.extend(group)  # "Belarus sent a company", "A, B and C sent rescue teams"
        elif names and len(group) == 1 and _DASH_AFTER.match(after[:3]) and any(
            q.start >= last.end and q.start - last.end <= 6 for q in sm.quantities
        ):
            chosen.extend(group)  # "Armenia - 100 of its troops"
    return [
        _claim(ctx, sm, event=event, role="participants", value=c.entity, entity=c.entity,
               text=c.text, start=c.start, end=c.end)
        for event, group in (("parties", chosen), ("aid", donors))
        for c in group
    ]


def _gives_money(sm: SentenceMentions, text: str, after: int) -> bool:
    """Whether what a country gives, in the same clause right after it, is money ("pledged $5 million")."""
    return any(
        q.value.unit in _CURRENCIES and 0 <= q.start - after <= 40 and "," not in text[after:q.start]
        for q in sm.quantities
    )


def _member_claims(sm: SentenceMentions, ctx: _Context, reading: Reading) -> list[Claim]:
    if not any(e.entity.type == "country" for e in sm.entities):
        return []
    text = ctx.reading.text
    claims = []
    for group in _country_groups(sm, text):
        before = text[max(sm.sentence.start, group[0].start - 40):group[0].start]
        if not _MEMBERSHIP.search(before):
            continue
        organisation = _organisation_before(sm, group[0].start) or _organisation_of_previous(sm, reading)
        if organisation is None:
            continue
        for country in group:
            claim = _claim(ctx, sm, event=organisation.id, role="members", value=country.entity,
                           entity=country.entity, text=country.text, start=country.start, end=country.end)
            claims.append(claim.model_copy(update={"event_name": organisation.name}))
    return claims


def _organisation_before(sm: SentenceMentions, position: int) -> EntityValue | None:
    organisations = [e for e in sm.entities if e.entity.type == "organisation" and e.end <= position]
    return organisations[-1].entity if organisations else None


def _organisation_of_previous(sm: SentenceMentions, reading: Reading) -> EntityValue | None:
    """'The bloc … It includes A, B and C': the organisation the previous sentence is about."""
    index = next((i for i, other in enumerate(reading.sentences) if other is sm), None)
    if not index:
        return None
    previous = reading.sentences[index - 1]
    organisations = [e for e in previous.entities if e.entity.type == "organisation"]
    return organisations[0].entity if organisations else None
