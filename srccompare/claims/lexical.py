"""Claims: join the mentions of a sentence (and its paragraph) into facts a source states.

Step 4 of the flow (text → mentions → **claims** → alignment → verdicts → report). Each rule
reads one sentence's mentions and emits claims; none names an event, a place or a phrase of
any one story. This module runs the rule families in order and keys history by its year; the
families live in their own modules:

- ``dates``: a date or duration belongs to the nearest event word, in the role its aspect word or
  framing word gives ("began on" → start, "by" → end, "is to last" → duration, "on" → date);
  a date fronted before a causal verb dates the event it sets off ("On May 2, price rises
  sparked protests"); a date after a reporting verb is when something was announced, and
  dates an undated "began …" in the same paragraph;
- ``counts``: a quantity belongs to the nearest event word in its clause ("160 were killed");
  "including 16 officers" is a subset; ``quantity_roles`` says what a number is (or that it is
  a trap: a population, a model number), ``owners`` whose it is ("X sent 150, Y 100" gives
  per-country counts), ``speakers`` who estimates it ("organisers put the figure at 50,000");
- ``participants``: countries attached to groups of people ("troops from A, B and C", "forces
  of A", "Kyrgyzstani colleagues", "A sent …") take part, one claim per country; and members:
  "<organisation> includes A, B and C" gives one claim per member;
- ``causes``: "a twofold increase in fuel prices sparked protests", "protests over a doubling of
  bread prices" give the event's cause as a ``Change``.

What they share: ``build`` makes a claim (its quote, speaker and hedge), ``triggers`` finds the
event word a value belongs to.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..claim import Claim
from ..reading import Reading, SentenceMentions
from .build import _Context
from .causes import _cause_claims
from .counts import _count_claims
from .dates import _dates_as_starts, _report_dates, _time_claims, _undated_starts
from .participants import _member_claims, _participant_claims
from .triggers import _eligible_triggers
from .charges import _charge_claims
from .weapons import _weapon_claims
from .words import event_family

# frames.py reads these from here: the measures, units and time roles the two rule sets share
from .counts import _in_canonical_unit, _with_rounding  # noqa: F401
from .dates import _AS_OF_BEFORE, _DATELINE, _EXPLICIT_DAY, _time_value  # noqa: F401
from .quantity_roles import _CURRENCIES, _MEASURE_AFTER, _MEASURE_BEFORE, _MEASURE_NAMES  # noqa: F401

__all__ = ["build_claims"]

_BACKGROUND_DAYS = 30  # a sentence dated this long before publication tells history, not the news
# "the last earthquake", "a previous attack", "an earlier quake": an event before this one
_EARLIER_EVENT = re.compile(r"\b(?:the|a|an)\s+(?:last|previous|prior|earlier)\s+([a-z]+)\b", re.IGNORECASE)


def build_claims(reading: Reading, source: str, dct: date | None = None) -> list[Claim]:
    """Every claim one text (a body or a title) states, in text order.

    Claims from a sentence dated well before the publication date ("The last strike, in 2021,
    lasted a week") are history, not news: their event is keyed with that year
    ("strike@2021") so they align with other sources' history, not with the current event.
    """
    context = _Context(source, reading, _report_dates(reading), dct)
    claims: list[Claim] = []
    last_event: dict[int, str] = {}
    for sm in reading.sentences:
        paragraph = sm.sentence.paragraph
        timed = _time_claims(sm, context, last_event.get(paragraph))
        found = [
            *timed,
            *_undated_starts(sm, context, timed),
            *_count_claims(sm, context),
            *_participant_claims(sm, context),
            *_member_claims(sm, context, reading),
            *_cause_claims(sm, context),
            *_weapon_claims(sm, context),
            *_charge_claims(sm, context),
        ]
        eras = _clause_eras(sm, dct, context.reading.text)
        found = [_in_era(c, eras) for c in found]
        claims.extend(found)
        events = [t.event for t in _eligible_triggers(sm)]
        if events and not any(era for _, _, era in eras):
            last_event[paragraph] = events[-1]
    return _unique(_dates_as_starts(claims))


_CLAUSE_SPLIT = re.compile(r";|:\s|\s[—–]\s|,\s*(?=(?:when|where|which|while|and|but|whereas)\b)", re.IGNORECASE)
_CLOSING_COMMA = re.compile(r",(?=\s)")
_RELATIVE_OPENER = re.compile(r",\s*(?:which|who|whose)\b", re.IGNORECASE)
_INHERITING_CLAUSE = re.compile(r"^\W*(?:when|where|which)\b", re.IGNORECASE)


# a date a figure is compared with ("lower than five years ago", "up on a year earlier than in
# 2019"): the baseline of the comparison, not the time the clause is about
_BASELINE_BEFORE = re.compile(r"\b(?:than|compared (?:with|to))\s+(?:in\s+|at\s+|on\s+|that\s+of\s+)?$", re.IGNORECASE)


def _clause_eras(sm: SentenceMentions, dct: date | None, text: str) -> list[tuple[int, int, int | None]]:
    """Each clause of a sentence with the year it is about when that lies long before publication.

    "The disaster is the deadliest this year; in October 2013, 368 people died": only the
    second clause is history. A clause opened by "when"/"which" with no date of its own shares
    the era of the clause it hangs on ("a strike in 2022, when 250 flights were grounded").
    """
    s = sm.sentence
    cuts = {s.start, s.end, *(s.start + m.start() for m in _CLAUSE_SPLIT.finditer(s.text))}
    for m in _RELATIVE_OPENER.finditer(s.text):  # ", which was deployed in 2019, is made up of": the clause closes
        closing = _CLOSING_COMMA.search(s.text, m.end())  # not the comma of "£20,000"
        if closing is not None:
            cuts.add(s.start + closing.start())
    cuts = sorted(cuts)
    eras: list[tuple[int, int, int | None]] = []
    for lo, hi in zip(cuts, cuts[1:]):
        era: int | None = None
        dated = [tm.range for tm in sm.times if lo <= tm.start < hi and tm.range is not None
                 and tm.range.latest is not None and tm.relation == "at"
                 and not _BASELINE_BEFORE.search(text, max(lo, tm.start - 30), tm.start)]
        if dct is not None and dated and all(r.latest < dct - timedelta(days=_BACKGROUND_DAYS) for r in dated):
            era = dated[0].latest.year
        elif dct is not None and dated and all(r.latest < dct - timedelta(days=1) for r in dated) \
                and _names_an_earlier_event(text[lo:hi]):
            era = dated[0].latest.year  # "The last earthquake of that size ... was on May 2": dated, and said to be another
        elif not dated and eras and _INHERITING_CLAUSE.match(text[lo:hi]):
            # "a strike in 2022, when …": the era of the date the clause hangs on
            before = [tm.range for tm in sm.times if tm.end <= lo and tm.range is not None
                      and tm.range.latest is not None and tm.relation == "at"]
            if dct is not None and before and before[-1].latest < dct - timedelta(days=_BACKGROUND_DAYS):
                era = before[-1].latest.year
        eras.append((lo, hi, era))
    return eras


def _names_an_earlier_event(clause: str) -> bool:
    """Whether a clause is about an event before the news one: "the last earthquake", "a previous
    attack" (an event word after last/previous/prior/earlier; "the last day" is not one)."""
    return any(event_family(m.group(1)) for m in _EARLIER_EVENT.finditer(clause))


def _in_era(claim: Claim, eras: list[tuple[int, int, int | None]]) -> Claim:
    """Key a claim with the year of its clause when that clause tells history ("strike@2021")."""
    for lo, hi, era in eras:
        if lo <= claim.start < hi:
            return claim.model_copy(update={"event": f"{claim.event}@{era}"}) if era else claim
    return claim


def _unique(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple] = set()
    kept = []
    for claim in claims:
        key = (claim.field, claim.start, claim.end, claim.in_title)
        if key not in seen:
            seen.add(key)
            kept.append(claim)
    return kept
