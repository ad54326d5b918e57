"""Attribution: who says a thing ("the Russian Defence Ministry said on Thursday").

Step 3 of the flow (text → mentions). ``find_attributions`` reads a text and its sentences and
returns one ``AttributionMention`` per attribution phrase:

* "X said", "X says", "X told reporters", "X announced/added/stressed/noted/…", with an
  optional tail ("on Thursday", "in a statement"), and the inverted "…, said X";
* "according to X";
* a quotation (straight or curly quotes, across sentences and, by the newspaper convention of
  reopening the quote on each paragraph, across paragraphs) next to an attribution: the
  attribution ``covers`` every sentence of the quotation;
* conservatively, the next sentence of the same paragraph when it is plainly reported speech
  (backshifted "would", "was to", "had been", and no speaker of its own).

Phrases inside quotations are not attributions (a speaker quoting "they said" is still the
speaker). ``speaker`` is the phrase as written ("the Russian Defence Ministry", "Shoygu", "a
police spokesman"); nothing here resolves pronouns. All regexes are linear and module level.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..mentions import AttributionMention, Sentence

__all__ = ["ATTRIBUTION_VERBS", "find_attributions", "quotation_spans"]

ATTRIBUTION_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "announced", "announces", "stressed",
    "stresses", "noted", "notes", "claimed", "claims", "reported", "reports", "confirmed",
    "confirms", "warned", "warns", "insisted", "insists", "wrote", "writes", "tweeted",
    "explained", "explains", "argued", "argues", "denied", "denies", "acknowledged", "admitted",
    "declared", "declares", "replied", "underscored", "underlined", "emphasised", "emphasized",
    "stated", "states", "alleged", "estimated", "revealed", "disclosed", "indicated",
    "commented", "remarked", "concluded", "maintained", "conceded", "asserted", "predicted",
    "believes", "thinks", "estimates", "reckons",
)
# Verbs that open an inverted attribution after a quote or comma: "…," said Smith.
_INVERTING = frozenset(
    {"said", "says", "added", "adds", "told", "explained", "noted", "wrote", "insisted",
     "stressed", "warned", "continued", "replied", "asked", "recalled", "declared", "concluded"}
)

_VERB = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True)) + r"|continued|asked|recalled)(?![\w'’-])")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last week|this week|earlier this week|last month|late last year)"
_DOCUMENT = (
    r"(?:statement|interview|press release|press conference|news conference|briefing|tweet|"
    r"post|speech|address|letter|report|message|video|broadcast|communiqué|communique|note)"
)
_TAIL = re.compile(
    r"(?:,?\s+(?:late |early |earlier |later )?on\s+" + _WEEKDAY + r"\b|,?\s+" + _WEEKDAY + r"\b)?"
    r"(?:\s+in\s+(?:an?|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT + r"\b)?"
    r"(?:\s+(?:late |early )?on\s+" + _WEEKDAY + r"\b)?"
)
_TOLD_OBJECT = re.compile(
    r"\s+(?:reporters|journalists|the press|the media|a news conference|a press conference|"
    r"lawmakers|parliament|(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})"
)
_FULL_STOP = re.compile(r"\.(?=\s|$)")
_SPEAKER_CUT = re.compile(r"\s+(?:on|in|at|during|after|before|who|which|adding|citing|late|early)\s")
_CLAIMED_LIVES = re.compile(r"\s+(?:the\s+)?(?:lives|\d|responsibility\s+for\s+the\s+lives)")  # "claimed 40 lives"
_INVERSION_MARK = re.compile(r"[,”\"»—–]\s*$")  # a comma or closing quote right before the verb
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,4}$")  # "U.S.", "U.A.E."
_ACCORDING = re.compile(r"(?<![\w-])[Aa]ccording to\s+")
_WORD = re.compile(r"[\w'’.&-]+")
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "it's", "not"})
_SKIP_BEFORE_VERB = frozenset({"has", "have", "had", "also", "later", "then", "previously", "earlier", "again", "further", "reportedly", "publicly", "repeatedly", "once", "separately", "recently", "initially", "first", "subsequently", "officially"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
     "those", "one", "two", "three", "several", "some", "many", "most", "other", "another",
     "both", "all", "each", "local", "state", "senior", "top", "government", "military",
     "security", "federal", "regional", "police"}
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_BARE_SPEAKERS = frozenset(
    ["police", "officials", "authorities", "witnesses", "eyewitnesses", "residents", "analysts", "experts", "sources", "doctors", "medics", "paramedics", "organisers", "organizers", "investigators", "prosecutors", "rescuers", "protesters", "protestors", "demonstrators", "observers", "diplomats", "scientists", "researchers", "economists", "lawmakers", "legislators", "activists", "critics", "officers", "volunteers", "survivors", "relatives", "media", "reports", "reporters", "journalists", "locals", "villagers", "farmers", "workers", "teachers", "unions", "traders", "investors", "spokesmen", "spokespeople", "ministers", "leaders", "officers", "soldiers", "troops", "militants", "rebels", "opponents", "supporters", "campaigners", "lawyers", "judges", "observers", "monitors", "regulators", "scholars", "historians", "people"]
)
_OPENERS = frozenset(
    {"but", "and", "however", "meanwhile", "also", "yet", "so", "still", "now", "then", "later",
     "earlier", "separately", "moreover", "instead", "nevertheless", "indeed", "in", "on", "at",
     "after", "before", "during", "since", "while", "when", "as", "speaking", "addressing",
     "which", "that", "whom", "what", "who"}
)
_NOT_SPEAKER_END = frozenset(
    {"which", "who", "that", "what", "and", "or", "but", "to", "of", "for", "in", "on", "at", "by",
     "with", "from", "as", "than", "if", "when", "there", "here", "not"}
)
_MAX_SPEAKER_WORDS = 9
_CLAUSE_BREAKS = ",;:[]“”\"«»—–\n"  # not brackets: "the Agency (CPA) said"
# "TUI, the tour operator, said": a name, an appositive, and the verb right after it.
_APPOSITIVE_BEFORE = re.compile(
    r"(?:(?<=[\s(“\"])|^)(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Gov)\.? )?"
    r"([A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|de|van|von|al|bin)){0,5}),"
    r" (?:the|a|an|its|his|her|their|one|another|who|which|whose)\b[^,;:“”\"()\n]{1,100}, ?$"
)
# "Her lawyer, Carlos Beraldi, said": a role, then the name in apposition, then the verb.
_NAME_IN_APPOSITION = re.compile(
    r"(?:(?<=[\s(“\"])|^)((?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?) [^,;:“”\"()\n]{1,60}), "
    r"((?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|al|bin)){0,4}), ?$"
)
_VERBISH = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "can", "did", "do", "does", "should", "might", "may", "must", "not"})


# ---------------------------------------------------------------------------------------------
# Quotations
# ---------------------------------------------------------------------------------------------

_QUOTE_MARK = re.compile(r"[“”\"«»„]|\n[ \t]*\n")
_OPENING = frozenset("“«„")
_CLOSING = frozenset("”»")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included, in order.

    A quotation left open at the end of a paragraph continues when the next paragraph opens
    with a quote mark (the newspaper convention); otherwise it ends with its paragraph.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight = False  # whether the open quote was a straight one
    pending_break: tuple[int, int] | None = None  # paragraph break seen while a quote was open
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group()
        if mark[0] == "\n":
            if open_at is not None and pending_break is None:
                pending_break = (m.start(), m.end())
            elif open_at is not None:  # a second break: the quote was never continued
                spans.append((open_at, pending_break[0]))
                open_at, pending_break = None, None
            continue
        if pending_break is not None:
            if m.start() == pending_break[1] and (mark in _OPENING or mark == '"'):
                pending_break = None  # continued quote: keep it open, skip this opening mark
                continue
            spans.append((open_at, pending_break[0]))
            open_at, pending_break = None, None
        if open_at is None:
            if mark in _OPENING or mark == '"':
                open_at, straight = m.start(), mark == '"'
            continue
        if (straight and mark == '"') or (not straight and mark in _CLOSING):
            spans.append((open_at, m.end()))
            open_at = None
        elif not straight and mark in _OPENING:
            open_at = m.start()  # an unclosed quote followed by a new one: restart there
    if open_at is not None:
        end = pending_break[0] if pending_break is not None else len(text.rstrip())
        spans.append((open_at, end))
    return [s for s in spans if s[1] - s[0] > 2]


def _inside(position: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    k = bisect_right(starts, position) - 1
    return k >= 0 and spans[k][0] < position < spans[k][1]


# ---------------------------------------------------------------------------------------------
# Speakers
# ---------------------------------------------------------------------------------------------


@dataclass
class _Found:
    start: int
    end: int
    speaker: str
    verb: str
    sentence: Sentence


def _clean_speaker_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker phrase that ends at ``end`` and begins after ``start`` (a clause start)."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    # drop auxiliaries and adverbs right before the verb: "has also said", "on Thursday said"
    while words and text[words[-1][0] : words[-1][1]].lower() in _SKIP_BEFORE_VERB:
        words.pop()
    if len(words) >= 2 and text[words[-2][0] : words[-2][1]].lower() == "on" and re.fullmatch(_WEEKDAY, text[words[-1][0] : words[-1][1]]):
        words = words[:-2]
    if not words:
        return None
    if text[words[-1][0] : words[-1][1]].lower() in _PASSIVE:
        return None
    # cut a leading adverbial: "In a statement on Friday the ministry" → "the ministry"
    first = text[words[0][0] : words[0][1]].lower()
    if first in _OPENERS:
        cut = None
        for k in range(len(words) - 1, 0, -1):
            w = text[words[k][0] : words[k][1]]
            if w.lower() in _DETERMINERS or w.lower() in _PRONOUNS:
                cut = k
                break
        if cut is None:
            for k in range(1, len(words)):
                w = text[words[k][0] : words[k][1]]
                if w.lower() not in _OPENERS and (w[:1].isupper() or w.lower() in _BARE_SPEAKERS):
                    cut = k
                    break
        if cut is None:
            return None
        words = words[cut:]
    if len(words) > _MAX_SPEAKER_WORDS:
        return None
    phrase = [text[a:b] for a, b in words]
    low = [p.lower().rstrip(".") for p in phrase]
    if low[-1] in _NOT_SPEAKER_END or low[0] in _NOT_SPEAKER_END:
        return None
    if len(phrase) == 1 and low[0] in _PRONOUNS:
        return words[0][0], words[-1][1]
    if text[words[-1][1] : words[-1][1] + 1] == ")" and "(" in text[words[0][0] : words[-1][1]]:
        words[-1] = (words[-1][0], words[-1][1] + 1)  # "the Agency (CPA)"
    if low[0] in _DETERMINERS or phrase[0][:1].isupper() or low[0] in _BARE_SPEAKERS or low[-1] in _BARE_SPEAKERS:
        # a lower-case phrase must end in a noun-like word, not a verb form: "fighting continued"
        if not phrase[-1][:1].isupper() and low[-1].endswith(("ing", "ed")) and low[-1] not in _BARE_SPEAKERS:
            return None
        return words[0][0], words[-1][1]
    return None


def _speaker_after(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The speaker of an inverted attribution: '…," said a police spokesman.'"""
    m = re.compile(r"[^,.;:!?\n“”\"()]{1,120}").match(text, start, limit)
    if m is None:
        return None
    chunk_end = m.end()
    # stop before a trailing adverbial: "said Smith on Thursday", "said Smith in a statement"
    cut = _SPEAKER_CUT.search(text[start:chunk_end])
    if cut is not None:
        chunk_end = start + cut.start()
    words = [(a.start() + start, a.end() + start) for a in _WORD.finditer(text[start:chunk_end])]
    if not words or len(words) > _MAX_SPEAKER_WORDS:
        return None
    first = text[words[0][0] : words[0][1]]
    if any(text[a:b].lower() in _VERBISH for a, b in words):
        return None  # "said it had cancelled flights": a clause, not a speaker
    if first.lower() in _PRONOUNS and len(words) > 1:
        return None
    if not (first[:1].isupper() or first.lower() in _DETERMINERS or first.lower() in _PRONOUNS or first.lower() in _BARE_SPEAKERS):
        return None
    return words[0][0], words[-1][1]


def _clause_start(text: str, lower_bound: int, position: int) -> int:
    """Where the clause holding ``position`` begins: after the last break character."""
    best = lower_bound
    window_start = max(lower_bound, position - 160)
    for ch in _CLAUSE_BREAKS:
        k = text.rfind(ch, window_start, position)
        best = max(best, k + 1)
    opened = text.rfind("(", best, position)
    if opened != -1 and text.find(")", opened, position) == -1:
        best = opened + 1  # "(police said 40,000)": a bracket still open begins the clause; "the Agency (CPA) said" does not
    # "…, officials said that…" is fine; "…the report that the ministry said" cuts after "that"
    that = text.rfind(" that ", best, position)
    if that != -1:
        best = that + len(" that ")
    return best


def _sentence_at(sentences: list[Sentence], starts: list[int], position: int) -> Sentence | None:
    k = bisect_right(starts, position) - 1
    if k >= 0 and sentences[k].start <= position < sentences[k].end:
        return sentences[k]
    return None


def _verb_attributions(
    text: str, sentences: list[Sentence], sentence_starts: list[int], quotes: list[tuple[int, int]], quote_starts: list[int]
) -> list[_Found]:
    found: list[_Found] = []
    for m in _VERB.finditer(text):
        verb = m.group(1)
        if _inside(m.start(), quotes, quote_starts):
            continue
        sentence = _sentence_at(sentences, sentence_starts, m.start())
        if sentence is None:
            continue
        verb_end = m.end()
        tail_end = verb_end
        if verb in ("told", "tells"):
            obj = _TOLD_OBJECT.match(text, verb_end, sentence.end)
            if obj is None:
                continue
            tail_end = obj.end()
        tail = _TAIL.match(text, tail_end, sentence.end)
        if tail is not None:
            tail_end = tail.end()
        if verb in ("claimed", "claims") and _CLAIMED_LIVES.match(text[verb_end : verb_end + 40]):
            continue
        clause = _clause_start(text, sentence.start, m.start())
        before = text[clause : m.start()]
        speaker = _clean_speaker_before(text, clause, m.start()) if before.strip() else None
        if speaker is not None and verb not in ("continued", "asked", "recalled"):
            s, e = speaker
            found.append(_Found(s, tail_end, text[s:e], verb, sentence))
            continue
        # "TUI, the tour operator, said": the name before the appositive is the speaker
        if not before.strip():
            window_start = max(sentence.start, m.start() - 160)
            app = _APPOSITIVE_BEFORE.search(text, window_start, m.start())
            if app is not None:
                s, e = app.start(1), app.end(1)
                found.append(_Found(s, tail_end, text[s:e], verb, sentence))
                continue
            app = _NAME_IN_APPOSITION.search(text, window_start, m.start())
            if app is not None:
                found.append(_Found(app.start(1), tail_end, app.group(2), verb, sentence))
                continue
        # inverted: the verb right after a comma or a closing quote
        lead = text[max(sentence.start, m.start() - 3) : m.start()]
        if verb in _INVERTING and (not before.strip()) and _INVERSION_MARK.search(lead):
            after = _speaker_after(text, verb_end, sentence.end)
            if after is not None:
                s, e = after
                tail = _TAIL.match(text, e, sentence.end)
                end = tail.end() if tail is not None else e
                found.append(_Found(m.start(), end, text[s:e], verb, sentence))
    return found


def _according_attributions(
    text: str, sentences: list[Sentence], sentence_starts: list[int], quotes: list[tuple[int, int]], quote_starts: list[int]
) -> list[_Found]:
    found: list[_Found] = []
    for m in _ACCORDING.finditer(text):
        if _inside(m.start(), quotes, quote_starts):
            continue
        sentence = _sentence_at(sentences, sentence_starts, m.start())
        if sentence is None:
            continue
        chunk = re.compile(r"[^,;:!?\n“”\"()]{1,160}").match(text, m.end(), sentence.end)
        if chunk is None:
            continue
        end = chunk.end()
        # the speaker ends at a sentence full stop, not at an abbreviation's dot ("U.S.")
        for stop in _FULL_STOP.finditer(text, m.end(), end):
            if not _ABBREVIATION_END.search(text, max(m.end(), stop.start() - 12), stop.end()):
                end = stop.start()
                break
        words = list(_WORD.finditer(text, m.end(), end))
        if not words or len(words) > 14:
            continue
        s, e = words[0].start(), words[-1].end()
        if text[e - 1] == "." and not _ABBREVIATION_END.search(text, s, e):
            e -= 1
        found.append(_Found(m.start(), e, text[s:e], "according to", sentence))
    return found


# ---------------------------------------------------------------------------------------------
# Coverage: quotations and plain reported speech
# ---------------------------------------------------------------------------------------------

_BETWEEN_QUOTE_AND_SPEAKER = re.compile(r"[\s,—–-]*")
# '“…,” he said. “…”': a quotation right after an attributed one continues the same speaker
_BETWEEN_SPEAKER_AND_QUOTE = re.compile(r"[\s,:.—–-]*")
_REPORTED_SPEECH = re.compile(r"\b(?:would|was to|were to|was going to|were going to|had been|had already)\b")


def _sentences_in(sentences: list[Sentence], start: int, end: int, starts: list[int] | None = None,
                  ends: list[int] | None = None) -> list[int]:
    """Indices of the sentences overlapping [start, end); by bisection when ``ends`` is sorted."""
    if starts is None or ends is None:
        return [s.index for s in sentences if s.start < end and start < s.end]
    return [s.index for s in sentences[bisect_right(ends, start) : bisect_left(starts, end)]]


def _quote_coverage(text: str, sentences: list[Sentence], found: list[_Found], quotes: list[tuple[int, int]]) -> dict[int, set[int]]:
    """Which attribution covers each quotation. ``found`` is in text order and its spans do not
    overlap, and each find lies inside its own sentence, so the candidates for one quotation
    are found by bisection: the cost is linear in the text, not speakers times quotations."""
    covers: dict[int, set[int]] = {i: set() for i in range(len(found))}
    sentence_starts = [s.start for s in sentences]
    sentence_ends = [s.end for s in sentences]
    if any(b < a for a, b in zip(sentence_ends, sentence_ends[1:])):  # overlapping sentences: no bisection
        sentence_starts = sentence_ends = None  # type: ignore[assignment]
    found_starts = [f.start for f in found]
    found_ends = [f.end for f in found]
    for q_start, q_end in quotes:
        inside = _sentences_in(sentences, q_start, q_end, sentence_starts, sentence_ends)
        if not inside:
            continue
        best: int | None = None
        # the first speaker after the quotation (a later one's gap holds this one's words)
        after = bisect_left(found_starts, q_end)
        if after < len(found):
            gap = text[q_end : found[after].start]
            if _BETWEEN_QUOTE_AND_SPEAKER.fullmatch(gap) and "\n\n" not in gap:
                best = after
        if best is None:
            before = bisect_right(found_ends, q_start) - 1  # the last speaker ending before it
            if before >= 0:
                gap = text[found[before].end : q_start]
                if _BETWEEN_SPEAKER_AND_QUOTE.fullmatch(gap) and "\n\n" not in gap:
                    best = before
        if best is None:
            # a speaker elsewhere in the sentence that closes the quote: '“…,” he said on Monday.'
            closing = _sentences_in(sentences, q_end - 1, q_end, sentence_starts, sentence_ends)
            if closing:
                closing_end = next(s.end for s in sentences if s.index == closing[0]) if sentence_starts is None \
                    else sentences[bisect_right(sentence_ends, q_end - 1)].end
                for i in range(after, len(found)):
                    f = found[i]
                    if f.start >= closing_end:
                        break
                    if f.sentence.index == closing[0]:
                        best = i
                        break
        if best is not None:
            covers[best].update(inside)
    return covers


def _paraphrase_coverage(text: str, sentences: list[Sentence], found: list[_Found], quotes: list[tuple[int, int]], quote_starts: list[int]) -> dict[int, set[int]]:
    """The sentence right after an attributed one, in the same paragraph, when it is plainly
    reported speech (backshifted modal, no speaker or quote of its own)."""
    covers: dict[int, set[int]] = {i: set() for i in range(len(found))}
    attributed = {f.sentence.index for f in found}
    by_index = {s.index: pos for pos, s in enumerate(sentences)}
    starts = sorted(a for a, _ in quotes)
    ends = sorted(b for _, b in quotes)
    for i, f in enumerate(found):
        pos = by_index.get(f.sentence.index)
        if pos is None or pos + 1 >= len(sentences):
            continue
        nxt = sentences[pos + 1]
        if nxt.paragraph != f.sentence.paragraph or nxt.index in attributed:
            continue
        # a quotation opening or closing inside the sentence
        k = bisect_left(starts, nxt.start)
        if k < len(starts) and starts[k] < nxt.end:
            continue
        k = bisect_right(ends, nxt.start)
        if k < len(ends) and ends[k] <= nxt.end:
            continue
        if _REPORTED_SPEECH.search(nxt.text):
            covers[i].add(nxt.index)
    return covers


def find_attributions(text: str, sentences: list[Sentence]) -> list[AttributionMention]:
    """Attribution phrases in ``text``, in order, each with the sentences it covers."""
    if not text or not sentences:
        return []
    ordered = sorted(sentences, key=lambda s: s.start)
    sentence_starts = [s.start for s in ordered]
    quotes = quotation_spans(text)
    quote_starts = [q[0] for q in quotes]
    found = _verb_attributions(text, ordered, sentence_starts, quotes, quote_starts)
    found += _according_attributions(text, ordered, sentence_starts, quotes, quote_starts)
    # overlapping finds (an inverted and a plain reading of one verb): keep the earlier, longer
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[_Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    by_quote = _quote_coverage(text, ordered, kept, quotes)
    by_paraphrase = _paraphrase_coverage(text, ordered, kept, quotes, quote_starts)
    out = []
    for i, f in enumerate(kept):
        covers = sorted({f.sentence.index} | by_quote[i] | by_paraphrase[i])
        out.append(
            AttributionMention(
                start=f.start, end=f.end, text=text[f.start : f.end], speaker=f.speaker,
                verb=f.verb, sentence=f.sentence.index, covers=covers,
            )
        )
    return out
