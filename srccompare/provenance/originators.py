"""Originators: the agency a source credits for its text (dateline, byline, credit line, "according to").

Part of ``srccompare.provenance`` (see its docstring): sources that credit one agency are one
report when the rows are weighed. Split out of the former single module by job; pure functions.
"""
from __future__ import annotations

import re

# ---------------------------------------------------------------- originators

# news agencies by the names they are credited with (lower case → how the report names them)
AGENCIES: dict[str, str] = {
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "tass": "TASS", "itar-tass": "TASS", "ria novosti": "RIA Novosti", "interfax": "Interfax",
    "xinhua": "Xinhua", "dpa": "dpa", "deutsche presse-agentur": "dpa", "efe": "EFE", "ansa": "ANSA",
    "anadolu": "Anadolu", "anadolu agency": "Anadolu", "pti": "PTI", "press trust of india": "PTI",
    "kyodo": "Kyodo", "kyodo news": "Kyodo", "yonhap": "Yonhap", "upi": "UPI", "pa": "PA",
    "pa media": "PA", "aap": "AAP", "ukrinform": "Ukrinform", "bernama": "Bernama", "antara": "Antara",
    "kuna": "KUNA", "wam": "WAM", "irna": "IRNA", "sana": "SANA", "mena": "MENA", "pap": "PAP", "ctk": "ČTK",
    "apa": "APA", "belga": "Belga", "anp": "ANP", "tt": "TT", "ntb": "NTB", "stt": "STT", "lusa": "Lusa",
    "europa press": "Europa Press", "bloomberg": "Bloomberg", "cna": "CNA", "kazinform": "Kazinform",
}
_AGENCY_ALT = "|".join(sorted((re.escape(k) for k in AGENCIES), key=len, reverse=True))
# "ATHENS (Reuters) -", "MEDAN, Indonesia, March 11 (Archipelago Wire) –": a capitalised place first
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'’\-]{1,40}(?:,[^()\n]{1,40})?\s*\(([^()\n]{2,40})\)\s*[-–—:]")
_BYLINE = re.compile(rf"^\s*(?:by|from|source:?|with)\s+(?:[\w .'-]{{0,40}}?\(|[\w .'-]{{0,40}}?,\s*)?({_AGENCY_ALT})\)?\s*$",
                     re.IGNORECASE)
_CREDIT = re.compile(rf"^\s*(?:[-–—(]\s*)?(?:\(?)({_AGENCY_ALT})\)?\s*(?:contributed(?: to)?(?: this)?(?: report(?:ing)?)?\.?)?\s*\)?$",
                     re.IGNORECASE)
_ACCORDING = re.compile(rf"\b(?:according to|reported by|told|quoted by|cited by)\s+(?:the\s+)?({_AGENCY_ALT})\b(?!-)"
                        rf"|\b({_AGENCY_ALT})\s+(?:news agency\s+)?(?:reported|reports|said|says|quoted|cited)\b",
                        re.IGNORECASE)
_CASED = re.compile(rf"\b({_AGENCY_ALT})\b", re.IGNORECASE)


def _agency(name: str) -> str | None:
    return AGENCIES.get(" ".join(name.casefold().split()))


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def find_originator(text: str) -> str | None:
    """The agency or outlet a text credits as its origin, or None.

    A dateline's parenthesis names it in any case ("(Reuters)", "(Archipelago Wire)"); bylines,
    credit lines and "according to" count only for known agencies (never "according to police").
    Short agency names must be written as names (upper case: "AP", not "ap").
    """
    paragraphs = _paragraphs(text)
    for paragraph in paragraphs[:4]:
        match = _DATELINE.match(paragraph)
        if match:
            name = match.group(1).strip()
            return _agency(name) or name
    for paragraph in paragraphs[:3] + paragraphs[-2:]:
        if len(paragraph) > 80:
            continue
        for pattern in (_BYLINE, _CREDIT):
            match = pattern.match(paragraph)
            if match and _written_as_name(match.group(1)):
                return _agency(match.group(1))
    for match in _ACCORDING.finditer(text):
        name = match.group(1) or match.group(2)
        if _written_as_name(name):
            return _agency(name)
    return None


def _written_as_name(word: str) -> bool:
    """"AP", "Reuters", "Agence France-Presse": capitalised as a name; short ones all in capitals."""
    if len(word) <= 4:
        return word.isupper() or word in {"dpa"}
    return word[:1].isupper()
