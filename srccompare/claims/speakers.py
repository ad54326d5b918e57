"""Who gives a figure: "police said 12,000 joined, while organisers put the figure at 50,000".

A figure a speaker estimates, or one of several figures for one fact that different speakers
give in one sentence, is keyed by its speaker (one sub-row per speaker), so that the police's
count and the organisers' are not read as one fact in conflict. A plain "…, officials said"
stays unkeyed so that outlets still meet on it. Used by ``counts``.
"""
from __future__ import annotations

import re

from ..claim import Claim
from ..reading import SentenceMentions
from ..values import EntityValue, Quantity

# who gives figures in news: a name, or one of these
_SOURCE_NOUNS = (r"police|organi[sz]ers|officials|authorities|unions?|ministry|government|residents|activists|witnesses|"
                 r"observers|medics|doctors|hospitals?|rescuers|analysts|experts|economists|army|military|rebels|"
                 r"prosecutors|investigators|firefighters|the coastguard|coastguard|company|operator|airline|agency")
_ESTIMATE = (r"estimated|estimates?|put (?:the|their|its) (?:figure|number|crowd|turnout|attendance|toll|count)"
             r"(?: \w+){0,3} at|counted|claimed")
_SPEAKER_IN_CLAUSE = re.compile(
    rf"(?:\baccording to (?:the )?(?P<who>[\w’' -]{{2,30}}?)(?=[,.;]|$)"
    rf"|(?P<who2>\b(?:the )?(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,2}}|{_SOURCE_NOUNS})) (?P<verb>said|say|says|{_ESTIMATE})\b)",
)
_ESTIMATE_RE = re.compile(rf"\b(?:{_ESTIMATE})\b")
_CLAUSE_OF = re.compile(r";|,\s*(?:while|whereas|but|and)\b|\s(?:while|whereas)\s")


def _speaker(text: str, sm: SentenceMentions, claim: Claim) -> tuple[str, bool] | None:
    """Who gives a figure in the figure's own clause, and whether they estimate it:
    "police said 12,000 joined, while organisers put the figure at 50,000"."""
    cuts = [sm.sentence.start, *(sm.sentence.start + m.start() for m in _CLAUSE_OF.finditer(sm.sentence.text)),
            sm.sentence.end]
    lo = max(c for c in cuts if c <= claim.start)
    hi = min(c for c in cuts if c > claim.start)
    m = _SPEAKER_IN_CLAUSE.search(text, lo, hi)
    if m is None:
        return None
    who = (m.group("who") or m.group("who2") or "").strip()
    who = re.sub(r"^(?:(?:while|whereas|but|and|the|The)\s+)+", "", who)
    if not who or who.lower() in ("he", "she", "it", "they", "we", "i", "this", "that", "which", "who"):
        return None
    return who, bool(m.group("verb") and _ESTIMATE_RE.fullmatch(m.group("verb")))


def _by_speaker(claim: Claim, who: str) -> Claim:
    speaker = EntityValue(id="said-by-" + re.sub(r"[^a-z0-9]+", "-", who.lower()).strip("-"),
                          name=f"according to {who}", type="speaker")
    return claim.model_copy(update={"entity": speaker, "attribution": who})


def _keyed_by_speaker(claims: list[Claim], text: str, sm: SentenceMentions) -> list[Claim]:
    """Figures that speakers estimate are theirs: one sub-row per speaker ("police", "organisers").

    A figure is keyed by its speaker when the speaker estimates it ("organisers put the figure
    at 50,000"), or when one sentence gives different figures for one fact from different
    speakers; a plain "…, officials said" stays unkeyed so that outlets still meet on it.
    """
    by_field: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.entity is None and isinstance(claim.value, Quantity):
            by_field.setdefault(claim.field, []).append(claim)
    keyed: dict[int, Claim] = {}
    for group in by_field.values():
        speakers = {id(c): _speaker(text, sm, c) for c in group}
        named = {sp[0].lower() for sp in speakers.values() if sp}
        several = len(group) > 1 and all(speakers.values()) and len(named) == len(group)
        for c in group:
            found = speakers[id(c)]
            if found and (several or found[1]):
                keyed[id(c)] = _by_speaker(c, found[0])
    return [keyed.get(id(c), c) for c in claims]
