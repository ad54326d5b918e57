"""Resolution context of the temporal tagger: the document time, the narrative anchor, tense.

A relative expression is resolved against a reference: the document creation time (DCT) for
deictic words ("yesterday", "last week", "two years ago") and the narrative's last mentioned
date for anaphoric ones ("the next day", "a year earlier", "that week"). ``Context`` carries
both, and knows how precisely the DCT is known: with a month-precision DCT "last year" still
resolves but "yesterday" does not, and the value is left underspecified (XXXX-XX-XX) rather
than invented.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING

from .values import CalendarPoint

if TYPE_CHECKING:
    from .syntax import Syntax

__all__ = ["Context", "finer_or_equal", "future_cue", "past_cue", "tense_at", "tail_tense", "nearest_weekday"]

# Granularity -> rank; a point of rank r can anchor units of rank >= r.
_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4, "year": 5,
         "decade": 6, "century": 7}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 5}


def finer_or_equal(a: str, b: str) -> bool:
    """Whether granularity ``a`` is at least as fine as ``b`` (day is finer than month)."""
    return _RANK.get(a, 9) <= _RANK.get(b, 9)


# Tense cues: the nearest one before a mention (in its sentence) decides whether a bare
# "Friday" or "March" lies ahead of the document time or behind it. A *weak* cue ("until",
# "through") only frames the time and takes its direction from the verb of its clause when
# there is one: "did not arrive until Sunday" is past, "the offer runs until Friday" and "the
# ban lasts through June" future, "has extended the loans through January" future too (a
# past act that moves a time forward).
_TENSE_RE = re.compile(
    r"\b(?:(?P<weak>until|till|through)"
    r"|(?P<future>will|won't|wo\s+n't|shall|going\s+to|plans?\s+to|planning|planned\s+for|"
    r"scheduled|expected\s+to|expects?\s+to|to\s+be\s+(?:held|released|announced|decided|signed)|"
    r"(?:is|are)\s+to|to\s+be|planned\s+to|as\s+soon\s+as|would|due\s+(?:to|on|for|in)|(?:is|are)\s+due|upcoming|expected|expects?|anticipated|payable|effective|intends?\s+to|tomorrow|"
    r"hopes?\s+to|set\s+to|slated|(?:is|are)\s+likely\s+to|next(?!\s+to\b)|"
    r"called\s+for|set\s+for|fixed\s+for|announced\s+for|"
    # the present of a schedule speaks of what is to come: "the strike starts on Monday"
    r"starts|begins|opens|reopens|ends|closes|resumes|expires|kicks\s+off|takes\s+effect|comes\s+into\s+force|"
    r"goes\s+on|walks?\s+out|meets|arrives|launches|runs\s+(?:from|until|till|through)|"
    r"takes?\s+place|comes?\s+into\s+effect|go(?:es)?\s+to\s+the\s+polls|leaves\s+for|departs|"
    # a present copula right before the time names a date still to come: "the vote is on
    # Sunday", "the deadline is Friday", "elections are in June"
    r"(?:is|are)(?=\s+(?:on|in)?\s*$)|"
    # the plural present of a schedule a few words before the time: "the ministers meet on
    # Monday", "negotiators resume talks Friday"
    r"(?<=\w\s)(?<!\bnot\s)(?<!n't\s)(?<!\bdid\s)(?:meet|begin|resume|reopen|convene|elect)(?=(?:\s+(?-i:[a-z]+)){0,3}\s*$))"
    r"|(?<!\bbe\s)(?P<past>was|were|had|did|said|says|told|ago|last|earlier|previously|came|went|began|took|"
    r"made|met|held|left|won|lost|fell|rose|found|died|killed|struck|hit|shot|sent|gave|got|"
    r"became|ran|saw|spoke|since|brought|bought|sold|thought|fought|caught|built|spent|kept|felt|"
    r"led|paid|stood|wrote|chose|drove|broke|froze|stole|threw|grew|knew|flew|drew|fled|sank|"
    r"shook|tore|swore|woke|ate|withdrew|arose|sought|hid|fed|dealt|meant|heard|overcame|"
    # (an "un...ed" word is mostly an adjective: "a still unspecified date", "unnamed officials")
    r"(?<!\bbeen\s)(?<!\bas\s)(?-i:(?!un(?!veil|leash|cover|lock|earth|fold|load|wrap|pack|seat|der))[a-z]{3,}ed)))\b|'ll\b",  # "as planned" tells no tense
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(r"\b(?:to|will|'ll|shall|would|could|can|may|might|must|should)\s+$", re.IGNORECASE)
# "had been due to", "had planned to": a plan seen from the past, so the time is past too
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)
# "..., the company said": a reporting verb after the time is not the tense of its clause
_ATTRIBUTION = re.compile(r"said|says|told|added|announced|reported|stated", re.IGNORECASE)
# a comma or a conjunction between a verb and "until": the "until" is in another clause
# ("opened on Thursday, and runs until Saturday"), or a line break (a headline under metadata)
_CLAUSE_BREAK = re.compile(r"[,\n]|\b(?:and|but|while|which|that)\b", re.IGNORECASE)
# a past plan after the time ("On Friday, the team planned to ...") dates the planning; before
# it ("planned to leave on Thursday") the time is the plan's, still ahead
_PAST_PLAN = re.compile(r"planned\s+(?:to|for)", re.IGNORECASE)
_PLAN_AFTER = re.compile(r"\s+(?:to|for|on)\b", re.IGNORECASE)
# "postponed until Tuesday", "extended the deadline till Friday": a past act that moves a
# time forward, so the "until" time lies ahead
_DEFER_RE = re.compile(r"(?:extended|postponed|delayed|adjourned|deferred|suspended|recessed|pushed\s+back|put\s+off)\b", re.IGNORECASE)
# "extended the deadline to Friday", "the vote was moved to Monday": the time named right after
# such an act ("to", "until") is the new one, still ahead
_DEFERRED_TO = re.compile(
    r"\b(?:extended|postponed|delayed|adjourned|deferred|pushed\s+back|put\s+off|rescheduled|moved)\b"
    r"(?:\s+[\w']+){0,4}?\s+(?:to|until|till)\s+$", re.IGNORECASE)
# "agreed to buy it in February", "voted to strike on Monday": a past decision about a later
# event says nothing about which side of the document time the event lies
_PROSPECTIVE_PAST = re.compile(
    r"(?:agreed|decided|voted|promised|pledged|vowed|threatened|offered|proposed|announced"
    r"|ordered|urged)\b(?-i:[^.;]*?\bto\s+[a-z]{2,})", re.IGNORECASE)
_QUARTER_REACH = 600  # characters: how far a named quarter still frames "a year ago"
# a reporting period longer than a quarter: "the first nine months", "the six months", "the
# first half", "the (fiscal / full) year" (not "the year-earlier quarter")
_LONGER_PERIOD = re.compile(
    r"\b(?:nine|six|9|6)\s+months\b|\bfirst\s+half\b|\b(?:the|fiscal|full)\s+year\b(?![-']|\s+(?:earlier|ago|before))",
    re.IGNORECASE)
# a period of the current year running up to the report, with no year of its own named
_RUNNING_PERIOD = re.compile(
    r"\b(?:first\s+)?(?:nine|six|9|6)\s+months\b(?!\s+(?:of|ended|ending)\b)|\bfirst\s+half\b(?!\s+of\b)", re.IGNORECASE)
_DAY_ANCHOR_REACH = 300  # characters a coarser date may follow a day and leave it the day anchor
_REPORT_REACH = 400  # characters: an event date this close is still the narrative's anchor
# a full stop after a title, an initial or a common abbreviation ("Mr. Smith", "James C. Kopp",
# "Roe vs. Wade", "Birmingham, Ala., killed") does not end the sentence
_ABBREVIATIONS = ("Mr", "Ms", "Mrs", "Dr", "St", "vs", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Ga",
                  "Ala", "Calif", "Fla", "Mass", "Md", "Mo", "Pa", "Va", "Wash", "Mich", "Conn", "N.Y", "N.J",
                  "U.S", "Inc", "Corp", "Co")
# (the look-behinds follow the full stop, so they are tried only at full stops)
_NOT_AN_END = r"(?<!\b[A-Z]\.)" + "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS)
_SENTENCE_BREAK = re.compile(r"(?:\." + _NOT_AN_END + r"|[!?])\s+(?=[A-Z\"'`(])|\n\s*\n|;\s")


def _sentence_head(text: str, start: int) -> str:
    """The text of the sentence before ``start``, cut to a few hundred characters."""
    head = text[max(0, start - 160):start]
    breaks = list(_SENTENCE_BREAK.finditer(head))
    return head[breaks[-1].end():] if breaks else head


def _sentence_tail(text: str, end: int) -> str:
    tail = text[end:end + 160]
    b = _SENTENCE_BREAK.search(tail)
    return tail[: b.start()] if b else tail


def _cue_tense(source: str, cue: re.Match[str]) -> str:
    """The tense one cue gives: past verbs after a modal ("is expected to hit") are future,
    future cues after "had (been)" ("had been due to expire") are past."""
    if cue.group("past"):
        if _MODAL_BEFORE.search(source, 0, cue.start()):
            return "future"
        return "past"
    if _PAST_PERFECT_BEFORE.search(source, 0, cue.start()) and (
            cue.group().lower().endswith((" to", " for", " on")) or _PLAN_AFTER.match(source, cue.end())):
        return "past"
    return "future"


def tense_at(text: str, start: int, end: int) -> str | None:
    """"future", "past" or None: the tense cue nearest before the mention in its sentence,
    else the first one after it. Weak cues ("until") count only when no other cue exists;
    a past decision about a later event ("agreed to buy it in May") gives None."""
    head = _sentence_head(text, start)
    if _DEFERRED_TO.search(head):
        return "future"
    cues = list(_TENSE_RE.finditer(head))
    strong = [c for c in cues if not c.group("weak")]
    weak_last = bool(cues) and cues[-1].group("weak") is not None
    if strong and not (weak_last and _CLAUSE_BREAK.search(head, strong[-1].end(), cues[-1].start())):
        last = strong[-1]
        tense = _cue_tense(head, last)
        if tense == "past" and weak_last and _DEFER_RE.match(head, last.start()):
            return "future"
        if tense == "past" and _PROSPECTIVE_PAST.match(head, last.start()):
            return None
        return tense
    tail = _sentence_tail(text, end)
    after = _TENSE_RE.search(tail)
    if after is not None and _PAST_PLAN.fullmatch(after.group()):
        return "past"  # "On Friday, the government planned to pay ...": the planning was on Friday
    if weak_last:
        # "the summit runs until Saturday" points ahead, "until Friday, they had denied it" back
        if after is not None and _cue_tense(tail, after) == "past" and not _ATTRIBUTION.fullmatch(after.group()):
            return "past"
        return "future"
    return None if after is None else _cue_tense(tail, after)


def tail_tense(text: str, end: int) -> str | None:
    """"future", "past" or None: the first tense cue after ``end`` in its sentence."""
    tail = _sentence_tail(text, end)
    after = _TENSE_RE.search(tail)
    return None if after is None else _cue_tense(tail, after)


def future_cue(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a mention speaks of the future ("will", "next", "plans to")."""
    return tense_at(text, start, end) == "future"


def past_cue(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a mention is in the past tense ("was", "said", "-ed")."""
    return tense_at(text, start, end) == "past"


@dataclass
class Context:
    """What relative expressions resolve against, updated as the tagger reads the text."""

    text: str
    dct: date | None
    dct_precision: str = "day"
    anchor: CalendarPoint | None = None
    last_quarter: CalendarPoint | None = None
    syntax: Syntax | None = None  # the parse, when the caller has one
    zone: tzinfo | None = None  # the publication's time zone, when the caller gives it

    def tense(self, start: int, end: int) -> str | None:
        """"future", "past" or None around the mention at [start, end): the nearest word cue
        (``tense_at``); when the words tell none, the governing verb's tense from the parse.
        (The word cues come first: measured on TempEval-3, "postponed until", "effective" and
        "had been due to" are read more reliably from the words than from the small parser.)"""
        cued = tense_at(self.text, start, end)
        if cued is None and self.syntax is not None:
            return self.syntax.tense(start, end)
        return cued

    def dates_report(self, start: int, end: int) -> bool:
        """Whether the mention at [start, end) dates a statement ("police said on Sunday")
        rather than the event: such a date does not anchor "the next day"."""
        # without the parse the words alone ("said Friday") over-report: in business news the
        # statement's date is often the only one the figures can count from
        return self.syntax is not None and self.syntax.dates_report(start, end)

    def future(self, start: int, end: int) -> bool:
        return self.tense(start, end) == "future"

    def past(self, start: int, end: int) -> bool:
        return self.tense(start, end) == "past"

    def dct_for(self, granularity: str) -> date | None:
        """The DCT if it is known at least as finely as ``granularity``, else None."""
        if self.dct is None:
            return None
        known = _PRECISION_RANK.get(self.dct_precision, 0)
        if granularity == "week":
            # weeks cut across months: a day- or week-precise DCT fixes one, a month does not
            return self.dct if known <= _PRECISION_RANK["week"] else None
        needed = {"quarter": 3, "half": 3, "season": 2}.get(granularity, _RANK.get(granularity, 0))
        if known == _PRECISION_RANK["week"] and needed >= _RANK["month"]:
            known = _RANK["month"]  # the week's days share a year, and nearly always a month
        return self.dct if known <= needed else None

    def _anchor_for(self, granularity: str) -> CalendarPoint | None:
        """The latest narrative date fine enough for ``granularity``: "the quarter" named after
        "on Friday" does not hide Friday from "a day earlier"."""
        if self.anchor is not None and finer_or_equal(self.anchor.granularity, granularity):
            return self.anchor
        if self.day_anchor is not None and finer_or_equal("day", granularity) \
                and 0 <= self.anchor_at - self.day_anchor_at <= _DAY_ANCHOR_REACH:
            return self.day_anchor
        return None

    def reference(self, granularity: str) -> date | None:
        """The narrative anchor if it is fine enough for ``granularity``, else the DCT."""
        anchor = self._anchor_for(granularity)
        if anchor is not None:
            return anchor.day
        return self.dct_for(granularity)

    def reference_point(self, granularity: str) -> CalendarPoint | None:
        """Like ``reference`` but keeps the anchor's own granularity."""
        anchor = self._anchor_for(granularity)
        if anchor is not None:
            return anchor
        d = self.dct_for(granularity)
        return None if d is None else CalendarPoint(granularity, d)

    last_quarter_at: int = -1

    anchor_at: int = -1
    day_anchor: CalendarPoint | None = None  # the latest day named, kept under coarser dates
    day_anchor_at: int = -1

    def note(self, point: CalendarPoint, at: int, report: bool = False, start: int | None = None) -> None:
        """Remember a resolved date (from ``start`` to ``at``) as the narrative's latest anchor.

        A date of a report (``report``: "police said on Sunday") does not displace the date of
        an event named in the last few sentences: "the blast on Thursday ..., police said on
        Sunday. Two days later ..." counts from Thursday. With no such event date it anchors."""
        if report and self.anchor is not None and 0 <= at - self.anchor_at <= _REPORT_REACH:
            return
        self.anchor = point
        self.anchor_at = at
        if point.granularity == "day":
            self.day_anchor, self.day_anchor_at = point, at
        if point.granularity == "quarter":
            self.named_quarter, self.named_quarter_at = point, at
            if self._quarter_closed(point) or start is None or self.tense(start, at) == "past":
                # the quarter a report is about is the latest one it names that is not still
                # to come: "a flat second quarter" named after the third does not become the
                # reported quarter, nor does a quarter still running ("will result in a
                # fourth-quarter charge"), unless a past sentence reports it (a fiscal quarter)
                if self.last_quarter is None or point.day >= self.last_quarter.day \
                        or at - self.last_quarter_at > _QUARTER_REACH:
                    self.last_quarter = point
                self.last_quarter_at = at

    def _quarter_closed(self, point: CalendarPoint) -> bool:
        """Whether the quarter ``point`` had ended by the DCT (True when the DCT is unknown)."""
        dct = self.dct_for("quarter")
        if dct is None:
            return True
        return (point.day.year, (point.day.month - 1) // 3) < (dct.year, (dct.month - 1) // 3)

    named_quarter: CalendarPoint | None = None  # the last quarter named, closed or not ("that quarter")
    named_quarter_at: int = -1

    def quarter_still_in_view(self, at: int) -> None:
        """A quarter that anchors nothing ("the year-earlier period") was named at ``at``: the
        reported quarter stays the frame of what follows."""
        if self.last_quarter is not None:
            self.last_quarter_at = at

    def recent_quarter(self, at: int, reach: int = _QUARTER_REACH) -> CalendarPoint | None:
        """The reported quarter, when one was named within ``reach`` characters before ``at``."""
        if self.last_quarter is not None and 0 <= at - self.last_quarter_at <= reach:
            return self.last_quarter
        return None

    def period_in_sentence(self, at: int) -> bool:
        """Whether the sentence before ``at`` names a running reporting period of the current
        year ("through the first nine months, compared with $5 million a year earlier")."""
        return _RUNNING_PERIOD.search(_sentence_head(self.text, at)) is not None

    def period_since_quarter(self, at: int) -> bool:
        """Whether a longer reporting period ("the nine months", "the first half", "the
        year") is named between the reported quarter and ``at``: "compared with $5 million a
        year earlier" then compares that period, not the quarter."""
        if self.last_quarter_at < 0:
            return False
        return _LONGER_PERIOD.search(self.text, self.last_quarter_at, at) is not None


def nearest_weekday(ref: date, weekday: int, direction: int) -> date:
    """The day with ISO ``weekday`` nearest ``ref``: direction -1 on or before, +1 on or after,
    -2 strictly before, +2 strictly after."""
    delta = weekday - ref.isoweekday()
    if direction == -1:
        return ref + timedelta(days=delta if delta <= 0 else delta - 7)
    if direction == 1:
        return ref + timedelta(days=delta if delta >= 0 else delta + 7)
    if direction == -2:
        return ref + timedelta(days=delta if delta < 0 else delta - 7)
    return ref + timedelta(days=delta if delta > 0 else delta + 7)
