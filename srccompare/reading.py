"""Reading one text: run every extractor and keep what sits in real (non-boilerplate) sentences.

A text is an article's body or its title (a headline states facts too). The result, a
``Reading``, holds the sentences and every mention found in them, indexed by sentence, so the
claim builder can look at one sentence and its neighbours at a time. Offsets stay offsets into
the text as given.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from typing import TYPE_CHECKING, NamedTuple, Sequence

if TYPE_CHECKING:
    from spacy.tokens import Doc

from .cleaning import boilerplate_spans
from .extraction.attribution import _PRONOUNS, find_attributions
from .extraction.entities import find_entities
from .extraction.numbers import find_quantities
from .extraction.times import find_time_mentions
from .lexicon import END_WORDS, EVENT_TRIGGERS, GROUP_NOUNS, LENGTH_WORDS, START_WORDS
from .mentions import AttributionMention, EntityMention, QuantityMention, Sentence, TimeMention
from .text import split_sentences

__all__ = ["SpanIndex", "GROUP_RE", "Trigger", "Aspect", "SentenceMentions", "Reading", "read_text", "LOW_PRIORITY_EVENTS"]

# events named by words so general that a more specific trigger in the sentence wins
LOW_PRIORITY_EVENTS = frozenset({"talks", "election", "offer", "demand", "damage", "cost"})

_TIME_UNITS = frozenset("second minute hour day night week weekend fortnight month year decade century".split())
_DECADE_NOUNS = frozenset("twenties thirties forties fifties sixties seventies eighties nineties".split())

def _top_level_alternatives(pattern: str) -> list[str]:
    """Split a regex alternation at its top level: "a(?:b|c)|d" → ["a(?:b|c)", "d"]."""
    parts, depth, current, escaped = [], 0, [], False
    for ch in pattern:
        if escaped:
            current.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _trigger_table() -> dict[str, re.Pattern[str]]:
    """Event-word patterns grouped by the first two letters they can start with.

    One alternation of every event word, tried at every word, is the slowest part of reading;
    grouping the alternatives by their literal first two letters means a word is tried only
    against the few forms that can match it. Every form starts with two literal letters.
    """
    grouped: dict[str, list[tuple[str, str]]] = {}
    for key, forms in EVENT_TRIGGERS.items():
        for alternative in _top_level_alternatives(forms):
            head = alternative.removeprefix("(?-i:")[:2].lower()  # a case-sensitive form keys on its letters
            if not (len(head) == 2 and head.isalpha()):
                raise ValueError(f"event form {alternative!r} must start with two letters")
            grouped.setdefault(head, []).append((key, alternative))
    return {
        head: re.compile("|".join(f"(?P<{key}_{i}>(?:{alt})\\b)" for i, (key, alt) in enumerate(alts)), re.IGNORECASE)
        for head, alts in grouped.items()
    }


_TRIGGERS_BY_HEAD = _trigger_table()
# only words whose first letter can start an event word reach the Python loop
_FIRST_LETTERS = "".join(sorted({head[0] for head in _TRIGGERS_BY_HEAD}))
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
_WORD_HEAD = re.compile(rf"(?<!\w)[{_FIRST_LETTERS}{_FIRST_LETTERS.upper()}]\w")
_ASPECT_RE = re.compile(
    rf"(?<!\w)(?=\w)(?:(?P<start>(?:{START_WORDS})\b)|(?P<end>(?:{END_WORDS})\b)|(?P<length>(?:{LENGTH_WORDS})\b))",
    re.IGNORECASE,
)


class Trigger(NamedTuple):
    """A word that names an event: "withdrawal", "killed", "protests"."""

    event: str
    start: int
    end: int
    text: str


class Aspect(NamedTuple):
    """A word that marks the start, end or length of an event: "began", "complete", "last"."""

    kind: str  # start, end, length
    start: int
    end: int
    text: str


class SentenceMentions(NamedTuple):
    """One sentence and every mention inside it."""

    sentence: Sentence
    times: list[TimeMention]
    quantities: list[QuantityMention]
    entities: list[EntityMention]
    triggers: list[Trigger]
    aspects: list[Aspect]
    attributions: list[AttributionMention]


class Reading(NamedTuple):
    """A text read once: its kept sentences with their mentions, and the attributions."""

    text: str
    in_title: bool
    sentences: list[SentenceMentions]
    attributions: list[AttributionMention]
    dropped: int  # sentences left out as boilerplate


def _group_by_sentence(items: Sequence, starts: list[int], sentences: list[Sentence]) -> list[list]:
    groups: list[list] = [[] for _ in sentences]
    for item in items:
        i = bisect.bisect_right(starts, item.start) - 1
        if 0 <= i < len(sentences) and item.end <= sentences[i].end:
            groups[i].append(item)
    return groups


def _triggers(text: str) -> list[Trigger]:
    found: list[Trigger] = []
    table = _TRIGGERS_BY_HEAD
    position = 0
    for head in _WORD_HEAD.finditer(text):
        start = head.start()
        pattern = table.get(head.group().lower())
        if pattern is None or start < position:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        end = match.end()
        position = end
        if text[start - 1:start] == "-" or text[end:end + 1] == "-":
            continue  # part of a compound: "water-bombing planes", "strike-hit port"
        event = (match.lastgroup or "").rsplit("_", 1)[0]
        found.append(Trigger(event, start, end, match.group()))
    return found


def _aspects(text: str) -> list[Aspect]:
    return [Aspect(m.lastgroup or "", m.start(), m.end(), m.group()) for m in _ASPECT_RE.finditer(text)]


GROUP_RE = re.compile(rf"\b(?:{GROUP_NOUNS})\b", re.IGNORECASE)  # a group of people: "troops", "rescuers"


def _people_near(text: str, trigger: Trigger) -> bool:
    """An arrival is a deployment only when a group of people arrives ("2,000 troops … arrived"),
    not an envoy or a flight."""
    return GROUP_RE.search(text, max(0, trigger.start - 100), min(len(text), trigger.end + 60)) is not None


class SpanIndex:
    """Sorted, non-overlapping spans answering "does anything overlap [start, end)?" in log time."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._ends = [e for _, e in ordered]
        # the furthest end reached so far, so that nested or overlapping spans are answered too
        self._reach = []
        reach = -1
        for end in self._ends:
            reach = max(reach, end)
            self._reach.append(reach)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start


def _pronouns_resolved(attributions: list[AttributionMention]) -> list[AttributionMention]:
    """A speaker written as a pronoun ("he said") is the last speaker named before it ("Smith
    said … He said …"); with none named before, the attribution says nothing and is dropped,
    rather than reading "according to he"."""
    resolved, last_named = [], None
    for attribution in sorted(attributions, key=lambda a: (a.start, a.end)):
        if attribution.speaker.strip().lower() not in _PRONOUNS:
            last_named = attribution.speaker
            resolved.append(attribution)
        elif last_named is not None:
            resolved.append(attribution.model_copy(update={"speaker": last_named}))
    return resolved


def read_text(
    text: str,
    *,
    in_title: bool = False,
    dct: date | None = None,
    dct_precision: str = "day",
    doc: "Doc | None" = None,
) -> Reading:
    """Split ``text`` into sentences, drop boilerplate, and find every mention in what is left."""
    if in_title:
        stripped = text.strip()
        lead = text.find(stripped) if stripped else 0
        sentences = [Sentence(start=lead, end=lead + len(stripped), text=stripped, index=0, paragraph=0)] if stripped else []
        noise = []
    else:
        sentences = split_sentences(text)
        noise = boilerplate_spans(text)
    noise_index = SpanIndex([(n.start, n.end) for n in noise])
    kept = [s for s in sentences if not noise_index.overlaps(s.start, s.end)]
    dropped = len(sentences) - len(kept)
    if not kept:
        return Reading(text, in_title, [], [], dropped)

    all_quantities = find_quantities(text)
    counted = SpanIndex([(q.start, q.end) for q in all_quantities if q.noun_end is not None and q.noun
                         and q.noun.lower() not in _DECADE_NOUNS  # "the nineteen sixties" is a decade
                         and q.value.unit not in _TIME_UNITS])  # "two weeks ago" is a date, not a count of weeks
    # "nearly two thousand troops" is a count, not the year 2000
    times = [t for t in find_time_mentions(text, dct, dct_precision, doc=doc)
             if not (t.timex.type == "DATE" and not any(ch.isdigit() for ch in t.text) and counted.overlaps(t.start, t.end))]
    time_index = SpanIndex([(t.start, t.end) for t in times])
    quantities = [q for q in all_quantities if not time_index.overlaps(q.start, q.end)]
    entities = find_entities(text, people=False)
    entity_index = SpanIndex([(e.start, e.end) for e in entities])
    attributions = _pronouns_resolved(find_attributions(text, kept))
    triggers = [
        t for t in _triggers(text)
        if not entity_index.overlaps(t.start, t.end) and not time_index.overlaps(t.start, t.end)
        and not (t.text[:4].lower() in ("arri", "leav", "depa", "exit") and not _people_near(text, t))
    ]
    trigger_index = SpanIndex([(t.start, t.end) for t in triggers])
    # a word that is part of an event's name is not an aspect of it ("opened fire", "walked out"),
    # nor is a noun ("since the beginning", "by the end of May")
    aspects = [a for a in _aspects(text) if not trigger_index.overlaps(a.start, a.end)
               and not _DETERMINER_BEFORE.search(text, max(0, a.start - 8), a.start)]

    starts = [s.start for s in kept]
    by_sentence = [
        _group_by_sentence(items, starts, kept)
        for items in (times, quantities, entities, triggers, aspects)
    ]
    attributions_by_sentence: list[list[AttributionMention]] = [[] for _ in kept]
    index_of = {s.index: i for i, s in enumerate(kept)}
    for attribution in attributions:
        for covered in {attribution.sentence, *attribution.covers}:
            if covered in index_of:
                attributions_by_sentence[index_of[covered]].append(attribution)
    rows = [
        SentenceMentions(sentence, *(group[i] for group in by_sentence), attributions_by_sentence[i])
        for i, sentence in enumerate(kept)
    ]
    return Reading(text, in_title, rows, attributions, dropped)
