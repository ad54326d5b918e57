"""Weigh the sources: shared text, shared originators, reporting time, updates, self-contradiction.

An analyst does not count five outlets that reprint one wire dispatch as five confirmations, and
does not call a toll of 18 at 9:00 and 31 at 18:00 a contradiction without saying that the second
is a later report. This module reads that from the articles and the aligned rows, as pure
functions:

- ``shared_text_groups``: sources that carry one underlying text (wire copies, light rewrites,
  trimmed copies), by exact overlap of word 5-shingles (containment of the smaller text);
- ``find_originator``: the agency a source credits for its text, from a dateline
  ("ATHENS (Reuters) -"), a byline ("By AFP"), a credit line ("— AP", "Reuters contributed") or
  "according to <agency>";
- ``build_context``: per source its group, originator, publication time and own timeline, and
  the independence clusters (shared text or shared originator = one report);
- ``weigh_row``: per row the independent support of each value, update marks when reports
  published at different times give different values of one count, and a source's own
  revisions (a headline against its body, a live blog's successive entries, "up from 18") settled
  on its current value;
- ``annotate_report``: the report's sources with group, originator and time rank.

Verdicts are left as the values say, with one exception, the self-contradiction rule: a source
whose headline disagrees with its body, whose live-blog entries revise a figure, or which says
itself that a figure was revised ("up from 18") is judged on its current value (the body, the
newest entry, the revised figure) instead of on all its values at once. Its other values stay in
the cell, marked.

Cost: shingling is linear in the text; pairs are found through an index of shingles, so the work
is linear in the text plus the number of (pair, shared shingle) hits, which is small unless many
sources share one text (then it is what the answer costs to state). Output order follows the
report's own order and publication times, never hashing, so reports stay byte-stable.
"""
from __future__ import annotations

import re
import zlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Mapping, Sequence

from .alignment import AlignedRow
from .alignment.confidence import confident_clash
from .claim import Claim
from .comparison import _consistent as _values_consistent  # one notion of "can all hold"
from .comparison import compare_claims, source_relation
from .report.model import Cell, Report, Row, SharedText, TimedValue, ValueSupport, Verdict
from .summaries import SourceSummary
from .values import Relation, Tolerance

__all__ = [
    "AGENCIES",
    "ProvenanceContext",
    "SHINGLE",
    "annotate_report",
    "build_context",
    "find_originator",
    "live_entries",
    "publication_interval",
    "shared_text_groups",
    "shingles",
    "text_overlap",
    "weigh_row",
]

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


# ---------------------------------------------------------------- shared text

SHINGLE = 5  # words per shingle: long enough that independent reports rarely share one by chance
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
CONTAINED = 0.5  # share of the smaller text's shingles found in the other
MIN_SHARED = 8  # shingles: a quoted sentence or two is not a shared text


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """The text's word k-shingles (case-folded words), as stable 32-bit hashes."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < k:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i:i + k]).encode()) for i in range(len(words) - k + 1)}


def text_overlap(a: set[int], b: set[int]) -> tuple[int, float, float]:
    """(shared shingles, Jaccard, containment of the smaller in the larger)."""
    shared = len(a & b)
    union = len(a) + len(b) - shared
    smaller = min(len(a), len(b))
    return shared, (shared / union if union else 0.0), (shared / smaller if smaller else 0.0)


def shared_text_groups(texts: Mapping[str, str]) -> list[list[str]]:
    """Sources (ids, in the mapping's order) that carry one text: groups of two or more.

    Two texts are one when at least ``MIN_SHARED`` shingles and half of the smaller text's
    shingles are shared (a trimmed copy is contained in its original; a light rewrite keeps most
    five-word runs). Groups are connected parts: a rewrite of a copy joins the original's group.
    """
    ids = list(texts)
    sets = {sid: shingles(texts[sid]) for sid in ids}
    index: dict[int, list[int]] = {}
    for i, sid in enumerate(ids):
        for h in sets[sid]:
            index.setdefault(h, []).append(i)
    hits: dict[tuple[int, int], int] = {}
    for members in index.values():
        if len(members) < 2:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pair = (members[x], members[y])
                hits[pair] = hits.get(pair, 0) + 1
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (i, j), shared in sorted(hits.items()):
        smaller = min(len(sets[ids[i]]), len(sets[ids[j]]))
        if shared >= MIN_SHARED and smaller and shared / smaller >= CONTAINED:
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[str]] = {}
    for i, sid in enumerate(ids):
        groups.setdefault(find(i), []).append(sid)
    return [g for _, g in sorted(groups.items()) if len(g) > 1]


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


# ---------------------------------------------------------------- context


@dataclass
class ProvenanceContext:
    """What is known of the sources before any row is weighed."""

    order: list[str]
    names: dict[str, str]
    tolerances: Mapping[str, Tolerance]
    published: dict[str, str | None]  # as the source gave it
    published_days: dict[str, str | None]
    intervals: dict[str, tuple[datetime, datetime] | None]
    originators: dict[str, str | None]
    groups: list[list[str]]  # shared text, each in publication order
    group_of: dict[str, str]  # source → "text-1"
    cluster_of: dict[str, int]  # source → independence cluster (shared text or originator)
    entries: dict[str, list[tuple[int, int]]]
    texts: dict[str, str]
    own_timeline: dict[str, list[str]] = field(default_factory=dict)
    position: dict[str, int] = field(default_factory=dict)  # source → its place in ``order``

    def __post_init__(self) -> None:
        self.position = {sid: i for i, sid in enumerate(self.order)}

    def when(self, sid: str) -> str:
        return self.published.get(sid) or "date unknown"

    def time_key(self, sid: str) -> tuple:
        """Publication order: by the middle of the known interval; unknown times last."""
        interval = self.intervals.get(sid)
        position = self.position.get(sid, len(self.position))
        if interval is None:
            return (1, datetime.min, position)
        return (0, interval[0] + (interval[1] - interval[0]) / 2, position)


def build_context(summaries: Sequence[SourceSummary], names: Mapping[str, str],
                  tolerances: Mapping[str, Tolerance] | None = None) -> ProvenanceContext:
    """Read groups, originators, times and live-blog entries from the sources."""
    order = [s.source.id for s in summaries]
    published = {s.source.id: (s.source.published.raw if s.source.published else None) for s in summaries}
    days = {s.source.id: (s.source.published.day.isoformat() if s.source.published and s.source.published.day else None)
            for s in summaries}
    intervals = {sid: publication_interval(raw) for sid, raw in published.items()}
    texts = {s.source.id: s.text for s in summaries}
    originators = {sid: find_originator(text) if text else None for sid, text in texts.items()}

    position = {sid: i for i, sid in enumerate(order)}

    def by_time(sid: str) -> tuple:
        interval = intervals.get(sid)
        if interval is None:
            return (1, datetime.min, position[sid])
        return (0, interval[0] + (interval[1] - interval[0]) / 2, position[sid])

    groups = [sorted(g, key=by_time) for g in shared_text_groups({sid: t for sid, t in texts.items() if t.strip()})]
    groups.sort(key=lambda g: by_time(g[0]))
    group_of = {sid: f"text-{k}" for k, g in enumerate(groups, start=1) for sid in g}
    # independence: sources sharing a text or crediting one originator are one report
    cluster_of: dict[str, int] = {}
    parent = {sid: sid for sid in order}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=position.__getitem__)
            parent[drop] = keep

    for g in groups:
        for sid in g[1:]:
            join(g[0], sid)
    by_originator: dict[str, str] = {}
    for sid in order:
        origin = originators.get(sid)
        if origin is None:
            continue
        key = origin.casefold()
        if key in by_originator:
            join(by_originator[key], sid)
        else:
            by_originator[key] = sid
    for sid in order:
        cluster_of[sid] = position[find(sid)]
    entries = {sid: live_entries(text) for sid, text in texts.items()}
    return ProvenanceContext(order=order, names=dict(names), tolerances=dict(tolerances or {}), published=published,
                             published_days=days, intervals=intervals, originators=originators, groups=groups,
                             group_of=group_of, cluster_of=cluster_of, entries=entries, texts=texts)


# ---------------------------------------------------------------- rows

_REVISED_ROLES = frozenset({"count"})  # a toll, an injured count, a number detained


def _tolerance(ctx: ProvenanceContext, aligned: AlignedRow, role: str) -> Tolerance:
    t = ctx.tolerances
    return t.get(aligned.field) or t.get(aligned.parent or "") or t.get(role) or Tolerance()


def _describe(claims: Sequence[Claim], tolerance: Tolerance | None = None) -> str:
    """Each distinct value once ("12" and "12 people" are one value when they are the same)."""
    seen: list[Claim] = []
    for claim in claims:
        if not any(claim.value.relation(s.value, tolerance or Tolerance()) is Relation.SAME for s in seen):
            seen.append(claim)
    return "; ".join(dict.fromkeys(c.value.describe() for c in seen))


def _consistent(claims: Sequence[Claim], tolerance: Tolerance) -> bool:
    """Whether a source's values can all hold at once (each distinct value once: a long article
    repeats a figure hundreds of times, and pairs of repeats prove nothing)."""
    return _values_consistent(claims, tolerance)


@dataclass
class _Settled:
    current: list[Claim]
    superseded: dict[int, str]  # id(claim) → mark
    mark: str  # row mark
    note: str  # what the source does, for the explanation
    judged: str  # how the rule reads it: "It is judged on its body."


def _settle_source(ctx: ProvenanceContext, sid: str, claims: Sequence[Claim], tolerance: Tolerance) -> _Settled | None:
    """A source's own revisions of one fact: its current value and what it supersedes, or None."""
    if len(claims) < 2 or _consistent(claims, tolerance):
        return None
    name = ctx.names.get(sid, sid)
    # 1. the source says so itself: "rose to 31", "up from 18"
    roles = {id(c): _phrase_role(c) for c in claims}
    earlier = [c for c in claims if roles[id(c)] == "earlier"]
    current = [c for c in claims if roles[id(c)] != "earlier"]
    beside = any(c.quote in {e.quote for e in earlier} for c in current)  # the new figure is given beside the old
    if earlier and current and beside and _consistent(current, tolerance):
        return _Settled(current, {id(c): "earlier figure in the same report" for c in earlier}, "revised in the report",
                        f"{name} itself gives {_describe(earlier)} as an earlier figure and {_describe(current)} as "
                        "the current one.", "It is judged on the current one.")
    # 2. a live blog: the newest timestamped entry holds the current value
    entries = ctx.entries.get(sid) or []
    body = [c for c in claims if not c.in_title]
    if entries and body:
        times = {id(c): _entry_time(entries, c.start) for c in body}
        timed = [c for c in body if times[id(c)] is not None]
        if timed:
            newest = max(times[id(c)] for c in timed)
            current = [c for c in timed if times[id(c)] == newest]
            older = [c for c in claims if c not in current]
            if older and _consistent(current, tolerance) and \
                    all(source_relation([o], current, tolerance) is Relation.DISJOINT for o in older):
                stamp = f"{newest // 60:02d}:{newest % 60:02d}"
                return _Settled(current, {id(c): ("headline" if c.in_title else "earlier entry") + ", superseded" for c in older},
                                "live updates",
                                f"{name} is a live report whose figure changed: its newest entry ({stamp}) gives "
                                f"{_describe(current)}, earlier {'entries' if len(older) > 1 else 'text'} "
                                f"{_describe(older)}.", "It is judged on the newest entry.")
    # 3. a headline that disagrees with its own body: the body is the source's reading
    title = [c for c in claims if c.in_title]
    if title and body and _consistent(body, tolerance) and \
            any(source_relation([t], body, tolerance) is Relation.DISJOINT for t in title):
        clash = [t for t in title if source_relation([t], body, tolerance) is Relation.DISJOINT]
        return _Settled(body, {id(c): "headline contradicts the body" for c in clash}, "headline contradicts body",
                        f"{name}'s headline ({_describe(clash)}) contradicts its own body ({_describe(body)}).",
                        "It is judged on its body.")
    return None


def _with(rows_cells: Sequence[Cell], marks: Mapping[tuple[str, int, int, bool], str]) -> list[Cell]:
    out = []
    for cell in rows_cells:
        values = [v.model_copy(update={"update": marks[(cell.source, v.start, v.end, v.in_title)]})
                  if (cell.source, v.start, v.end, v.in_title) in marks and v.update is None else v for v in cell.values]
        out.append(cell.model_copy(update={"values": values}))
    return out


def _support(ctx: ProvenanceContext, row: Row, claims: Mapping[str, Sequence[Claim]],
             tolerance: Tolerance) -> list[ValueSupport]:
    """Sources per value (values that are the same within tolerance count as one), and how many
    of them are independent reports."""
    groups: list[tuple[Claim, list[str]]] = []
    for cell in row.cells:
        keep = {(v.start, v.end, v.in_title) for v in cell.values}
        for claim in claims.get(cell.source) or []:
            if (claim.start, claim.end, claim.in_title) not in keep:
                continue
            home = next((g for g in groups if claim.value.relation(g[0].value, tolerance) is Relation.SAME), None)
            if home is None:
                groups.append((claim, [cell.source]))
            elif cell.source not in home[1]:
                home[1].append(cell.source)
    out = []
    for claim, sources in groups:
        sources = sorted(sources, key=ctx.time_key)
        clusters = {ctx.cluster_of.get(s, -1 - i) for i, s in enumerate(sources)}
        out.append(ValueSupport(value=claim.value.describe(), sources=sources, independent=len(clusters),
                                copies=len(sources) - len(clusters)))
    return out


def _support_note(ctx: ProvenanceContext, row: Row, support: Sequence[ValueSupport]) -> str:
    """"Agreed by 2 independent reports; 3 copies of one of them." when copies change the count."""
    if not any(s.copies for s in support):
        return ""

    def reports(n: int) -> str:
        return f"{n} independent report{'s' if n != 1 else ''}"

    def copies(s: ValueSupport) -> str:
        clusters: dict[int, list[str]] = {}
        for sid in s.sources:
            clusters.setdefault(ctx.cluster_of.get(sid, -1), []).append(sid)
        parts = []
        for members in clusters.values():
            if len(members) > 1:
                origin = next((ctx.originators[m] for m in members if ctx.originators.get(m)), None)
                first, rest = ctx.names.get(members[0], members[0]), [ctx.names.get(m, m) for m in members[1:]]
                credit = f" (credited to {origin})" if origin and origin.casefold() != first.casefold() else ""
                parts.append(f"{len(rest)} cop{'ies' if len(rest) > 1 else 'y'} of {first}'s text{credit}: "
                             f"{', '.join(rest)}")
        return "; ".join(parts)

    if row.verdict is Verdict.AGREE and len(support) == 1:
        s = support[0]
        return f" Agreed by {reports(s.independent)}; {copies(s)}."
    parts = []
    for s in support:
        extra = copies(s)
        parts.append(f"{s.value}: {reports(s.independent)}" + (f", {extra}" if extra else ""))
    return " Independent support: " + "; ".join(parts) + "."


def _short_time(raw: str | None) -> str:
    """"2026-04-09 08:10 +02:00" for a date-time as given; a day or a month as it is."""
    if not raw:
        return "date unknown"
    match = re.match(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$", raw.strip())
    if not match:
        return raw
    zone = match.group(3)
    return f"{match.group(1)} {match.group(2)}" + (" UTC" if zone in ("Z", "+00:00") else f" {zone}" if zone else "")


def _updates(ctx: ProvenanceContext, current: Mapping[str, Sequence[Claim]], tolerance: Tolerance
             ) -> tuple[list[TimedValue], dict[str, str], str]:
    """Reports at different times that give different values of one count: the values in
    publication order, a mark per source, and the sentence for the explanation."""
    stating = [sid for sid, claims in current.items() if claims]
    # an update needs every pair of reports that disagree to be published one after the other:
    # two reports of the same hour (or of unknown time) that disagree are a conflict, not a revision
    clashes = [(a, b) for i, a in enumerate(stating) for b in stating[i + 1:]
               if source_relation(current[a], current[b], tolerance) is Relation.DISJOINT]
    if not clashes or not all(_before(ctx.intervals.get(a), ctx.intervals.get(b)) or
                              _before(ctx.intervals.get(b), ctx.intervals.get(a)) for a, b in clashes):
        return [], {}, ""
    ordered = sorted(stating, key=ctx.time_key)
    timed = [TimedValue(source=sid, published=ctx.published.get(sid), value=_describe(current[sid], tolerance)) for sid in ordered]
    marks = {}
    for sid in ordered:
        later = [b for b in ordered if _before(ctx.intervals.get(sid), ctx.intervals.get(b))
                 and source_relation(current[sid], current[b], tolerance) is Relation.DISJOINT]
        earlier = [a for a in ordered if _before(ctx.intervals.get(a), ctx.intervals.get(sid))
                   and source_relation(current[a], current[sid], tolerance) is Relation.DISJOINT]
        if later:
            marks[sid] = f"earlier report ({_short_time(ctx.published.get(sid))}), revised later"
        elif earlier:
            marks[sid] = f"later report ({_short_time(ctx.published.get(sid))})"
    steps: list[tuple[str, str, list[str]]] = []  # (value in words, source, who)
    for tv in timed:
        label = f"{ctx.names.get(tv.source, tv.source)}, {_short_time(tv.published)}"
        if steps and source_relation(current[steps[-1][1]], current[tv.source], tolerance) is Relation.SAME:
            steps[-1][2].append(label)
        else:
            steps.append((tv.value, tv.source, [label]))
    chain = " → ".join(f"{value} ({'; '.join(who)})" for value, _, who in steps)
    note = (f" Update: reports published at different times give {chain}; the later report may supersede the "
            "earlier (the verdict is what the values say).")
    return timed, marks, note


def weigh_row(aligned: AlignedRow, rows: Sequence[Row], ctx: ProvenanceContext) -> list[Row]:
    """The rows ``_row`` made of one aligned fact, with independent support, update marks and
    each source's own revisions settled (the self-contradiction rule, see the module's doc)."""
    if not rows:
        return list(rows)
    claims = {sid: list(aligned.claims.get(sid, [])) for sid in ctx.order}
    first = next((c for cs in claims.values() for c in cs), None)
    if first is None:
        return list(rows)
    role = first.role
    tolerance = _tolerance(ctx, aligned, role)
    settled = {sid: s for sid, cs in claims.items() if (s := _settle_source(ctx, sid, cs, tolerance)) is not None}
    current = {sid: (settled[sid].current if sid in settled else cs) for sid, cs in claims.items()}
    value_marks: dict[tuple[str, int, int, bool], str] = {}
    for sid, s in settled.items():
        for c in claims[sid]:
            if id(c) in s.superseded:
                value_marks[(sid, c.start, c.end, c.in_title)] = s.superseded[id(c)]
    # own timeline from the text: "31 people ..., up from 18"
    own_notes = []
    for sid, cs in claims.items():
        text = ctx.texts.get(sid, "") if role in _REVISED_ROLES else ""
        for c in cs:
            for figure in _own_figures(text, c):
                entry = f"{figure} → {c.value.describe()} ({aligned.label})"
                if entry not in ctx.own_timeline.setdefault(sid, []):
                    ctx.own_timeline[sid].append(entry)
                    own_notes.append((sid, f"{ctx.names.get(sid, sid)} itself reports that the figure "
                                           f"{_direction(figure, c)} {figure} to {c.value.describe()}."))
    timed, update_marks, update_note = ([], {}, "")
    if role in _REVISED_ROLES:
        timed, update_marks, update_note = _updates(ctx, current, tolerance)
    for sid, mark in update_marks.items():
        for c in current[sid]:
            value_marks.setdefault((sid, c.start, c.end, c.in_title), mark)
    out = []
    single = len(rows) == 1
    for row in rows:
        update: dict = {}
        marks = list(row.marks)
        explanation = row.explanation
        stating_here = {c.source for c in row.cells if c.values}
        here_settled = [sid for sid in ctx.order if sid in settled and sid in stating_here]
        if here_settled:
            verdict = row.verdict
            blocked = False
            if single:
                everyone = {sid: current[sid] for sid in sorted(ctx.order)}
                judged = compare_claims(everyone, ctx.names, tolerance)
                if judged.verdict is Verdict.CONFLICT and row.verdict is not Verdict.CONFLICT:
                    # the rule may reveal a clash between two other sources that a self-contradicting
                    # source hid; a settled source's own current value alone never makes a conflict
                    # (its body may speak of another thing than its headline)
                    others = [sid for sid in sorted(ctx.order) if current[sid] and sid not in settled]
                    clean = any(source_relation(current[a], current[b], tolerance) is Relation.DISJOINT
                                for i, a in enumerate(others) for b in others[i + 1:])
                    sure, _, _ = confident_clash(everyone, tolerance, ctx.published_days)
                    if not (clean and sure):
                        judged, blocked = None, True
                if judged is not None and judged.verdict is not row.verdict:
                    verdict = judged.verdict
                    explanation = judged.explanation
            if blocked:
                notes = " ".join(settled[sid].note for sid in here_settled) + (
                    " A source's own current value alone is not taken as a conflict with another source.")
            else:
                notes = " ".join(f"{settled[sid].note} {settled[sid].judged}" for sid in here_settled)
            if verdict is not row.verdict:
                notes += f" (Verdict by the self-contradiction rule; on all values it would be {row.verdict.value}.)"
            explanation = f"{explanation} {notes}"
            update["verdict"] = verdict
            for sid in here_settled:
                if settled[sid].mark not in marks:
                    marks.append(settled[sid].mark)
        if timed:
            here = [t for t in timed if t.source in stating_here] if not single else timed
            if single or len(here) >= 1:
                explanation += update_note
                update["updates"] = timed
                if "update" not in marks:
                    marks.append("update")
        own = [note for sid, note in own_notes if sid in stating_here]
        if own:
            explanation += " " + " ".join(own)
            if "own timeline" not in marks:
                marks.append("own timeline")
        support = _support(ctx, row, claims, tolerance)
        explanation += _support_note(ctx, row.model_copy(update={"verdict": update.get("verdict", row.verdict)}), support)
        if value_marks:
            update["cells"] = _with(row.cells, value_marks)
        if any(s.copies for s in support) and "shared text" not in marks:
            marks.append("shared text")
        update.update({"explanation": explanation, "support": support, "marks": marks})
        out.append(row.model_copy(update=update))
    return out


# ---------------------------------------------------------------- sources


def annotate_report(report: Report, ctx: ProvenanceContext) -> Report:
    """The report's sources with originator, shared-text group, time rank and own timeline, and
    the shared-text groups described."""
    # rank: 1 + how many sources were surely published before it (ties where the order is unknown)
    known = [sid for sid in ctx.order if ctx.intervals.get(sid)]
    ends = sorted(ctx.intervals[sid][1] for sid in known)
    rank = {sid: 1 + bisect_left(ends, ctx.intervals[sid][0]) for sid in known}  # ends strictly before the start
    sources = [s.model_copy(update={
        "originator": ctx.originators.get(s.id),
        "shared_text_group": ctx.group_of.get(s.id),
        "time_rank": rank.get(s.id),
        "own_timeline": list(ctx.own_timeline.get(s.id, [])),
    }) for s in report.sources]
    shared = []
    for k, group in enumerate(ctx.groups, start=1):
        origins = [ctx.originators[s] for s in group if ctx.originators.get(s)]
        origin = max(dict.fromkeys(origins), key=origins.count) if origins else None
        what = f"one {origin} text" if origin else "one text"
        shared.append(SharedText(id=f"text-{k}", sources=group, originator=origin,
                                 description=f"{len(group)} outlets carry {what}: "
                                             f"{', '.join(ctx.names.get(s, s) for s in group)}"))
    return report.model_copy(update={"sources": sources, "shared_text": shared})
