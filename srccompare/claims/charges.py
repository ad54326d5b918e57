"""Lexical charge claims: the offence someone is charged with, accused of or convicted of.

"Charged with first-degree murder", "faces a charge of manslaughter", "pleaded not guilty to
kidnapping", "arrested on suspicion of arson": court and crime news states the offence, and
outlets differ ("murder" against "third-degree murder"; "manslaughter" against "murder"). Each
offence becomes a ``Category`` under its head offence ("first-degree murder" ⊂ "murder"), one
row per head offence: a source naming "murder" and "kidnapping" names two charges, never two
readings of one. An offence counts only after a charging cue. Part of ``lexical``.
"""
from __future__ import annotations

import re

from ..claim import Claim
from ..reading import SentenceMentions
from ..values import Category
from .build import _claim, _Context

__all__ = ["_charge_claims"]

# head offence -> the words that name it (general legal English)
OFFENCES: dict[str, str] = {
    "murder": r"murders?", "manslaughter": r"manslaughter", "homicide": r"homicides?",
    "assault": r"assaults?|battery", "robbery": r"robber(?:y|ies)", "burglary": r"burglar(?:y|ies)",
    "theft": r"thefts?|larceny|stealing", "fraud": r"frauds?|embezzlement", "bribery": r"bribery|corruption",
    "kidnapping": r"kidnapping|abduction|false imprisonment", "rape": r"rapes?|sexual assault",
    "arson": r"arson", "trafficking": r"trafficking", "smuggling": r"smuggling", "terrorism": r"terrorism",
    "extortion": r"extortion|blackmail", "money laundering": r"money laundering", "perjury": r"perjury",
    "drink-driving": r"drink[- ]driving|drunk(?:en)?[- ]driving|driving under the influence|DUI|DWI|OWI",
    "dangerous driving": r"(?:reckless|dangerous|careless) driving|vehicular (?:homicide|manslaughter)",
    "stalking": r"stalking|harassment", "conspiracy": r"conspiracy", "espionage": r"espionage|spying",
    "treason": r"treason", "polygamy": r"polygamy|bigamy", "possession": r"possession",
    "vandalism": r"vandalism|criminal damage", "obstruction": r"obstruction of justice|obstruction",
}
_DEGREE = r"(?:(?:first|second|third|1st|2nd|3rd)[- ]degree\s+|attempted\s+|aggravated\s+|involuntary\s+|voluntary\s+|" \
          r"felony\s+|misdemeanou?r\s+|capital\s+|criminal\s+|sexual\s+|armed\s+|practi[cs]ing\s+)*"
_OFFENCE = re.compile(rf"\b(?P<offence>{_DEGREE}(?P<head>{'|'.join(f'(?:{p})' for p in OFFENCES.values())}))\b",
                      re.IGNORECASE)
_CUE = re.compile(
    r"\b(?:charged|charges?|charging|accused|convicted|guilty|indicted|indictment|arraigned|acquitted|cleared|"
    r"arrested|suspicion|booked|sentenced|jailed|counts?|faces|facing|face|trial|tried|prosecuted)\b", re.IGNORECASE)
_REACH = 80  # characters from a cue to the offence it names
_HEADS = [(head, re.compile(rf"(?:{pattern})$", re.IGNORECASE)) for head, pattern in OFFENCES.items()]


def _head_of(word: str) -> str:
    return next(head for head, pattern in _HEADS if pattern.search(word))


def _charge_claims(sm: SentenceMentions, ctx: _Context) -> list[Claim]:
    """Every offence a sentence names within reach after a charging cue, once per head offence."""
    s = sm.sentence
    cues = [m.end() for m in _CUE.finditer(s.text)]
    if not cues:
        return []
    text = ctx.reading.text
    claims, seen = [], set()
    for m in _OFFENCE.finditer(s.text):
        before = [c for c in cues if 0 <= m.start() - c <= _REACH] or [c for c in cues if 0 <= c - m.end() <= 12]
        if not before:
            continue  # "a murder in the town": no charge ("murder charges" has its cue right after)
        head = _head_of(m.group("head"))
        if head in seen:
            continue
        seen.add(head)
        degree = " ".join(m.group("offence")[:m.start("head") - m.start("offence")].lower().split())
        degree = degree.replace("1st", "first").replace("2nd", "second").replace("3rd", "third").replace(" degree", "-degree")
        label = f"{degree} {head}".strip()  # "drunk driving" and "drink-driving" are one offence
        start, end = s.start + m.start("offence"), s.start + m.end("offence")
        broader = () if label == head else (head,)
        claims.append(_claim(ctx, sm, event="charge", role="offence", value=Category(label=label, broader=broader),
                             text=text[start:end], start=start, end=end, detail=head))
    return claims
