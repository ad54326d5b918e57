"""Time: when a source was published, a live blog's entries, and a source's own revisions in its text.

Part of ``srccompare.provenance`` (see its docstring): publication intervals order reports for
update marks; live-blog entries and phrases like "up from 18" tell a source's current value
from the figures it says were superseded.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import datetime, timedelta, timezone
from typing import Sequence

from ..claim import Claim

# ---------------------------------------------------------------- time


def publication_interval(raw: str | None) -> tuple[datetime, datetime] | None:
    """When a source was published, as an interval in UTC: a date-time is one instant, a day
    (timezone unknown) spans that day ± 14 hours, a month or a year its whole length."""
    if not raw:
        return None
    text = raw.strip()
    try:
        if len(text) > 10:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                return moment - timedelta(hours=14), moment + timedelta(hours=14)  # local time, zone unknown
            moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
            return moment, moment
        if len(text) == 10:
            day = datetime.fromisoformat(text)
            return day - timedelta(hours=14), day + timedelta(hours=38)
        if len(text) == 7:
            first = datetime.fromisoformat(text + "-01")
            nxt = datetime(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first - timedelta(hours=14), nxt + timedelta(hours=14)
        if len(text) == 4:
            year = int(text)
            return datetime(year, 1, 1) - timedelta(hours=14), datetime(year + 1, 1, 1) + timedelta(hours=14)
    except (ValueError, OverflowError):  # not a date, or one at the calendar's edge (year 1 or 9999)
        return None
    return None


def _before(a: tuple[datetime, datetime] | None, b: tuple[datetime, datetime] | None) -> bool:
    """Whether ``a`` was surely published before ``b``."""
    return a is not None and b is not None and a[1] < b[0]


# "19:10 - SkyMed now says ...", "09.20 – ...", "Update 14:30:" at the start of a paragraph
_ENTRY = re.compile(r"^[ \t]*(?:update[d]?[ \t]*)?(\d{1,2})[:.h](\d{2})(?:[ \t]*(?:GMT|UTC|CET|[ap]\.?m\.?))?[ \t]*[-–—:|]",
                    re.IGNORECASE | re.MULTILINE)


def live_entries(text: str) -> list[tuple[int, int]]:
    """A live blog's timestamped entries: (offset where the entry starts, minutes after midnight),
    in text order; empty unless the text has at least two."""
    found = []
    for match in _ENTRY.finditer(text):
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours < 24 and minutes < 60:
            found.append((match.start(), hours * 60 + minutes))
    return found if len(found) >= 2 else []


def _entry_time(entries: Sequence[tuple[int, int]], offset: int) -> int | None:
    """The time of the entry that holds ``offset`` (entries in text order), or None before the first."""
    at = bisect_right([start for start, _ in entries], offset) - 1
    return entries[at][1] if at >= 0 else None


# ---------------------------------------------------------------- a source's own timeline

# words just before a value that make it a figure the source itself says was superseded
_EARLIER_BEFORE = re.compile(
    r"(?:\b(?:up|down|rising|risen|rose|fell|falling|increased|decreased|revised|raised|lowered|corrected)\s+from"
    r"|\bfrom\s+(?:an?\s+|the\s+)?(?:earlier|previous|initial|first|original)\s+(?:\w+\s+){0,2}of"
    r"|\b(?:earlier|previous|initial|original|first)\s+(?:\w+\s+){0,2}(?:figure|toll|count|estimate|tally)\s+(?:of|was)"
    r"|\binstead\s+of|\brather\s+than|\bcompared\s+with|\bafter\s+initially(?:\s+\w+){0,3})\s*$",
    re.IGNORECASE)
# after a value: "... 18 reported earlier", "18 announced in the morning" ("the previous figure")
_EARLIER_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}(?:reported|announced|given|cited)\s+(?:earlier|previously|before|initially)"
                            r"|^\s*(?:as\s+)?(?:the|an?)\s+(?:previous|earlier|initial)\s+(?:figure|toll|count|estimate)",
                            re.IGNORECASE)
# a value the text says is revised ("rose to 31", "now 31")
_CURRENT_BEFORE = re.compile(r"\b(?:rose|risen|rising|climbed|jumped|increased|fell|dropped|revised(?:\s+(?:up|down)(?:wards?)?)?"
                             r"|raised|lowered|corrected|reached)\s+(?:to|at)\s*$|\bnow\s*$", re.IGNORECASE)


def _phrase_role(claim: Claim) -> str | None:
    """"earlier" when the source itself calls this value superseded, "current" when it calls it
    the revised figure, else None. Read in the claim's own sentence."""
    at = claim.quote.find(claim.text)
    if at < 0:
        return None
    before, after = claim.quote[max(0, at - 60):at], claim.quote[at + len(claim.text):at + len(claim.text) + 60]
    if _EARLIER_BEFORE.search(before) or _EARLIER_AFTER.search(after):
        return "earlier"
    if _CURRENT_BEFORE.search(before):
        return "current"
    return None


_FROM_FIGURE = re.compile(r"\b(?:up|down|rising|risen|rose|fell|increased|decreased|revised|raised|lowered)\s+from\s+"
                          r"(?:an?\s+|the\s+)?(?:(?:earlier|previous|initial)\s+(?:\w+\s+){0,2}of\s+)?([\d][\d,.]*)",
                          re.IGNORECASE)


_OTHER_PERIOD = re.compile(r"^\s*(?:in|during|for|over)\s+(?:\d{4}|last|the\s+(?:previous|same|prior)\s+(?:year|period|month|quarter))"
                           r"|^\s*(?:a|one)\s+(?:year|month|quarter)\s+(?:earlier|before|ago)", re.IGNORECASE)


def _own_figures(text: str, claim: Claim) -> list[str]:
    """Figures a source says a value was revised from, right after it in its sentence or at the
    start of the next ("killed 31 people ... up from 18"; "That was up from 18 in the morning.").
    A comparison with another period ("down from 41 in 2018", "up from last year") is no revision,
    and nothing counts past another number."""
    if not text or claim.in_title:
        return []
    window = text[claim.end:claim.end + 300]
    stop = re.search(r"(?<=[.!?])\s+\S[^.!?]*[.!?]", window)
    window = window[:stop.end()] if stop else window
    found = []
    for match in _FROM_FIGURE.finditer(window):
        if any(ch.isdigit() for ch in window[:match.start()]):
            break
        figure = match.group(1).rstrip(".,")
        if re.fullmatch(r"1[89]\d\d|20\d\d", figure) or _OTHER_PERIOD.match(window[match.end():]):
            continue
        found.append(figure)
    return found


def _direction(figure: str, claim: Claim) -> str:
    """"rose from" or "fell from": how a source's earlier figure relates to its current value."""
    try:
        before = float(figure.replace(",", ""))
    except ValueError:
        return "changed from"
    low, high = getattr(claim.value, "low", None), getattr(claim.value, "high", None)
    if isinstance(low, (int, float)) and before < low:
        return "rose from"
    if isinstance(high, (int, float)) and before > high:
        return "fell from"
    return "changed from"
