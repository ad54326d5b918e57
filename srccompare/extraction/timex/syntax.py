"""What the dependency parse tells the temporal tagger.

The tagger reads text with its own regexes and needs no parse; when the pipeline already has
one (``srccompare.nlp.parse``), ``tag_timexes(text, dct, doc=doc)`` lets it answer three
questions the word cues of ``resolve`` answer only by proximity:

* **tense of the clause** a timex sits in, from the verb that governs it and that verb's
  auxiliaries: "the talks begin on Wednesday" (a scheduled present: ahead), "the talks that
  began on Wednesday were adjourned" (behind), "plans to vote on Friday" (ahead), "agreed to
  sell it in May" (a past decision about a later act: no direction);
* **report dates**: a timex that dates a reporting verb ("police said on Sunday", "Sunday's
  statement") dates the report, not the event, so it is not the narrative's anchor for "the
  next day" / "two days later";
* nothing else: the parse never creates or removes a timex, so spans and recall stay those of
  the regex tagger and the parse only chooses between readings.

Offsets map onto tokens as in ``srccompare.nlp.TokenIndex`` (read here from the ``Doc``'s
arrays, and only when a question is asked). The verb that governs a timex is the first verb or auxiliary met walking up the heads from the
timex's own head token (through prepositions and nouns: "the blast on Thursday killed five" is
governed by "killed"). The parse is read in time linear in the text (a bounded walk per timex).
"""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from srccompare.mentions import Timex

__all__ = ["Syntax", "REPORTING_LEMMAS", "timex_roles"]

# verbs whose date is the date of a statement about the event, not of the event
REPORTING_LEMMAS = frozenset({
    "say", "tell", "announce", "report", "state", "add", "confirm", "disclose", "declare",
    "claim", "deny", "acknowledge", "note", "explain", "write", "reveal", "insist", "warn",
    "estimate", "predict", "comment", "indicate",
})
# an infinitive under these heads speaks of what is to come: "plans to vote on Friday"
_PLAN_LEMMAS = frozenset({
    "plan", "expect", "schedule", "intend", "hope", "aim", "want", "set", "due", "go", "prepare",
    "seek", "try", "wish", "need", "have", "be", "slate", "mean", "propose", "threaten", "promise",
    "vow", "pledge",
})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
_VAGUE_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can", "ca", "'d"})
_WALK = 8  # heads walked at most from a timex to its verb


class Syntax:
    """The parse of one text, read for the tagger (see the module docstring)."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        self._starts: list[int] | None = None  # token start offsets, read on first use

    def _tokens_in(self, start: int, end: int) -> list["Token"]:
        """The tokens that overlap the characters [start, end)."""
        if self._starts is None:
            # one C-level read of every token's offset (iterating Token objects costs 10x more)
            self._starts = self.doc.to_array("IDX").tolist() if len(self.doc) else []
        starts, doc = self._starts, self.doc
        i = max(0, bisect.bisect_right(starts, start) - 1)
        out = []
        while i < len(starts) and starts[i] < end:
            token = doc[i]
            if token.idx + len(token.text) > start:
                out.append(token)
            i += 1
        return out

    def head_of(self, start: int, end: int) -> "Token | None":
        """The token of [start, end) whose head lies outside the span (the span's syntactic head)."""
        tokens = self._tokens_in(start, end)
        if not tokens:
            return None
        inside = {t.i for t in tokens}
        for t in tokens:
            if t.head.i not in inside or t.head.i == t.i:
                return t
        return tokens[-1]

    def governor(self, start: int, end: int) -> "Token | None":
        """The verb (or copula) that governs the timex at [start, end), or None."""
        t = self.head_of(start, end)
        if t is None:
            return None
        inside = range(start, end)
        for _ in range(_WALK):
            if t.pos_ in ("VERB", "AUX") and t.idx not in inside:
                return t
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def tense(self, start: int, end: int) -> str | None:
        """"past", "future" or None for the clause that governs the timex at [start, end).

        A present tense points ahead only for a timex that hangs on the verb itself ("the
        talks begin on Wednesday"), not for one inside a noun phrase ("the share before
        Friday's purchases is low"), and never for a copula."""
        verb = self.governor(start, end)
        if verb is None:
            return None
        told = verb_tense(verb)
        if told == "future" and _present(verb) and (verb.lemma_ == "be" or not self._hangs_on(start, end, verb)):
            return None
        return told

    def _hangs_on(self, start: int, end: int, verb: "Token") -> bool:
        """Whether the timex is the verb's own dependent (directly or through a preposition)."""
        t = self.head_of(start, end)
        if t is None:
            return False
        if t.head.i == verb.i:
            return True
        return t.head.dep_ == "prep" and t.head.head.i == verb.i

    def dates_report(self, start: int, end: int) -> bool:
        """Whether the timex at [start, end) dates a reporting verb ("said on Sunday")."""
        verb = self.governor(start, end)
        if verb is None or verb.lemma_.lower() not in REPORTING_LEMMAS:
            return False
        # the timex must hang on the verb itself (directly or through one preposition), not
        # on a noun of its complement: "said the blast on Thursday killed five" is an event date
        t = self.head_of(start, end)
        if t is None:
            return False
        hops = 0
        while t.i != verb.i and hops < 3:
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("npadvmod", "pobj", "tmod", "obl", "nmod") \
                    and hops > 0:
                return False
            if t.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "nsubj", "dobj", "attr", "acomp"):
                return False
            t = t.head
            hops += 1
        return t.i == verb.i


def _present(verb: "Token") -> bool:
    """A finite present with no future auxiliary: "begins", "is meeting", "are"."""
    words = {a.lower_ for a in _auxiliaries(verb)}
    if words & (_FUTURE_AUX | {"to"}):
        return False
    finite = [a for a in _auxiliaries(verb) if a.tag_ in ("VBD", "VBZ", "VBP", "MD")]
    return (finite[0].tag_ if finite else verb.tag_) in ("VBZ", "VBP")


def _auxiliaries(verb: "Token") -> list["Token"]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


def verb_tense(verb: "Token") -> str | None:
    """The tense of a verb's clause: its auxiliaries first ("will", "had", "is ... -ing"), then
    the verb's own tag; an infinitive takes the direction of the verb it complements."""
    auxes = _auxiliaries(verb)
    words = [a.lower_ for a in auxes]
    if any(w in _FUTURE_AUX for w in words):
        return "future"
    if any(w in _VAGUE_MODALS for w in words):
        return None
    if "to" in words or (verb.tag_ == "VB" and verb.dep_ == "xcomp"):
        head = verb.head
        if head.i == verb.i or head.lemma_.lower() not in _PLAN_LEMMAS:
            return None  # "agreed to sell it in May": the sale's side of now is not told
        # "plans to vote", "is due to vote": ahead; "had been due to vote": a plan seen from the past
        head_tense = verb_tense(head) if head.pos_ in ("VERB", "AUX") else None
        if head_tense == "past" and any(a.lower_ == "had" for a in _auxiliaries(head)):
            return "past"
        return None if head_tense == "past" and head.lemma_.lower() not in ("plan", "schedule", "set", "slate", "due") else "future"
    finite = [a for a in auxes if a.tag_ in ("VBD", "VBZ", "VBP", "MD")]
    tag = finite[0].tag_ if finite else verb.tag_
    if tag == "VBD":
        return "past"
    if tag in ("VBZ", "VBP"):
        if any(a.lemma_ == "have" for a in finite) and verb.tag_ == "VBN":
            return "past"  # "has resigned on Monday" (loosely written present perfect)
        if verb.lemma_.lower() in REPORTING_LEMMAS:
            return "past"  # "police say Sunday": the statement is made, not to be made
        if verb.tag_ == "VBN" and any(a.lemma_ == "be" for a in finite):
            return None  # "is expected", "is closed": a state, no direction
        return "future"  # the scheduled present: "the talks begin on Wednesday"
    return None


def timex_roles(doc: "Doc", timexes: "list[Timex]") -> list[str]:
    """For each timex of the parsed text, "report" when it dates a reporting verb ("police
    said on Sunday"), else "event" ("the blast on Thursday"): the role a claim gives the date."""
    syntax = Syntax(doc)
    return ["report" if syntax.dates_report(t.start, t.end) else "event" for t in timexes]
