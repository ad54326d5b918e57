"""Paragraphs and sentences of an article, with exact character offsets.

Step 2 of the flow (text → mentions): extractors, claim building and the report all work
sentence by sentence, and every quote in a report is a sentence cut from the article text. So
both splitters return spans whose ``text == source[start:end]`` (surrounding whitespace trimmed),
never rewritten strings.

The splitter is a small rule set run over regex matches, linear in the text length:

- paragraphs are separated by blank lines;
- inside a paragraph, a line that does not end in sentence punctuation is a sentence by itself
  when it looks like a headline or list item (it is short where the paragraph is not wrapped,
  or it is title-cased, and the next line starts a new sentence);
- a candidate end is ``.``, ``!``, ``?``, ``…`` or ``...``, plus any closing quotes or
  brackets (a sentence ending inside ``”`` ends after it), followed by whitespace;
- it is not an end before a lower-case word, after a title or other abbreviation that
  precedes a name or number (Mr., Dr., Gen., Sen., St., No., Jan.), after an initial (J. R.),
  inside a bracketed omission ("[…]"), or after an abbreviation that can close a sentence
  (U.S., a.m., Inc.) unless the next word is one that usually opens a sentence.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .mentions import Sentence, Span

__all__ = ["split_paragraphs", "split_sentences"]

_LINE = re.compile(r"[^\n]+")

# Candidate sentence end: terminal punctuation, optional closing quotes/brackets, whitespace.
# (Lookbehind and possessive quantifiers keep a long run of dots from being rescanned.)
_CANDIDATE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"”’'»)\]]*+(?=\s|$)")

# The word right before a full stop (looked up in a short window, so this stays linear).
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-']{0,15})$")
_NEXT_WORD = re.compile(r"\s*[\"“‘'«(\[]*([^\s\"“”‘’'«»()\[\]]*)")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Titles and abbreviations that precede a name: never the end of a sentence.
_NEVER_FINAL = _words(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cpl sgt adm cmdr brig rep sen gov pres
    supt insp det rev fr sr st mt ft vs v cf al e.g i.e viz
    """
)
# Abbreviations that precede a number or a day ("No. 5", "Jan. 13"): not an end before a digit.
_BEFORE_NUMBER = _words(
    """
    no nos vol vols fig figs art arts para sec ch pp p approx est jan feb mar apr jun
    jul aug sep sept oct nov dec
    """
)
# A list enumerator at the start of a line: "1.", "b.", "iv."
_ENUMERATOR = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})")
# Abbreviations that can close a sentence: an end only if the next word usually opens one.
_MAYBE_FINAL = _words(
    """
    u.s u.k u.n e.u u.s.a u.a.e a.m p.m inc ltd co corp plc llc bros jr etc ave blvd rd
    d.c
    """
)
_SENTENCE_OPENERS = _words(
    """
    the a an he she it they we i you his her its their our this that these those there
    then but and so yet however meanwhile in on at after before during when while as if
    since according officials police authorities some many most several no one two three
    """
)
_CLOSING_PUNCT = ".!?…\"”’'»)]"
_LINE_END_PUNCT = frozenset(".!?…:;,-–—\"”’'»)]")
_STARTS_NEW_SENTENCE = re.compile(
    r"\s*(?:[\"“‘'«(\[]*[A-Z0-9À-ÖØ-Þ]|[-*•–—] |\d+[.)] )"
)
_BULLET = re.compile(r"\s*(?:[-*•–—]|\d+[.)])\s")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def split_paragraphs(text: str) -> list[Span]:
    """Return the paragraphs of ``text`` (runs of non-blank lines), trimmed, in order."""
    spans: list[Span] = []
    para_start: int | None = None
    para_end = 0
    pos = 0
    length = len(text)
    while pos <= length:
        newline = text.find("\n", pos)
        line_end = length if newline == -1 else newline
        if text[pos:line_end].strip():
            if para_start is None:
                para_start = pos
            para_end = line_end
        elif para_start is not None:
            spans.append(_span(text, para_start, para_end))
            para_start = None
        pos = line_end + 1
    if para_start is not None:
        spans.append(_span(text, para_start, para_end))
    return spans


def _span(text: str, start: int, end: int) -> Span:
    start, end = _trim(text, start, end)
    return Span(start=start, end=end, text=text[start:end])


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with exact offsets and the index of their paragraph.

    ``index`` counts sentences over the whole text; ``paragraph`` is the position of the
    paragraph in :func:`split_paragraphs`.
    """
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(split_paragraphs(text)):
        for seg_start, seg_end in _line_segments(text, paragraph.start, paragraph.end):
            for start, end in _capped(text, _sentence_bounds(text, seg_start, seg_end)):
                sentences.append(
                    Sentence(
                        start=start,
                        end=end,
                        text=text[start:end],
                        index=len(sentences),
                        paragraph=paragraph_index,
                    )
                )
    return sentences


MAX_SENTENCE = 1_000  # characters; news sentences stay far below (the fixtures' longest is 452)


def _capped(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences longer than ``MAX_SENTENCE`` cut into pieces, each at the last "; ", ", " or
    space of its second half. Text without full stops (a page of link lists, a run of figures)
    would otherwise be one sentence, and the work done per sentence grows faster than its
    length: capping it keeps the cost of an article linear in its size."""
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        while end - start > MAX_SENTENCE:
            lo, limit = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
            cut = max(text.rfind("; ", lo, limit), text.rfind(", ", lo, limit))
            cut = cut + 1 if cut != -1 else text.rfind(" ", lo, limit)
            if cut <= start:
                cut = limit
            s, e = _trim(text, start, cut)
            if e > s:
                out.append((s, e))
            start = cut
        s, e = _trim(text, start, end)
        if e > s:
            out.append((s, e))
    return out


def _line_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one paragraph ``text[start:end]`` at line breaks that end a headline or list item.

    A line break inside a paragraph is a sentence end when the line has no closing
    punctuation, the next line starts like a sentence, and the line is not simply wrapped
    prose (a wrapped line is one the next line's first word would not have fitted onto,
    in a paragraph of three or more lines).
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end)]
    lines = [(s, e) for s, e in (_trim(text, s, e) for s, e in lines) if s < e]
    if len(lines) <= 1:
        return [(start, end)]
    # Wrapped prose shows itself in three or more lines of near-equal width; the last line
    # of a paragraph can be any length, so it does not count towards the width.
    # Lists of headlines have ragged widths, so a wrapped paragraph also needs all its
    # non-last lines to come close to the widest.
    widths = [e - s for s, e in lines[:-1]]
    width = max(widths) if len(lines) >= 3 and min(widths) >= 0.7 * max(widths) else 0
    segments: list[tuple[int, int]] = []
    seg_start = lines[0][0]
    for (line_start, line_end), (next_start, next_end) in pairwise(lines):
        line = text[line_start:line_end]
        following = text[next_start:next_end]
        if _line_stands_alone(line, following, width):
            segments.append((seg_start, line_end))
            seg_start = next_start
    segments.append((seg_start, lines[-1][1]))
    return segments


def _line_stands_alone(line: str, following: str, width: int) -> bool:
    if _BULLET.match(following) or _BULLET.match(line):
        return True
    if line[-1] in _LINE_END_PUNCT or not _STARTS_NEW_SENTENCE.match(following):
        return False
    first_word = following.split(None, 1)[0] if following.split() else ""
    wrapped = width >= 40 and len(line) + 1 + len(first_word) > width
    return not wrapped or _is_title_cased(line)


def _is_title_cased(line: str) -> bool:
    words = _WORD.findall(line)
    long_words = [w for w in words if len(w) > 3]
    if len(words) < 2 or not long_words:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised / len(long_words) >= 0.6


def _sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    sent_start = start
    for match in _CANDIDATE_END.finditer(text, start, end):
        if _is_sentence_end(text, sent_start, match.start(), match.end(), end):
            s, e = _trim(text, sent_start, match.end())
            if s < e:
                bounds.append((s, e))
            sent_start = match.end()
    s, e = _trim(text, sent_start, end)
    if s < e:
        bounds.append((s, e))
    return bounds


def _is_sentence_end(
    text: str, sent_start: int, punct_start: int, punct_end: int, limit: int
) -> bool:
    following = _NEXT_WORD.match(text, punct_end, limit)
    next_word = following.group(1) if following else ""
    if not next_word:
        return True  # end of the segment
    # Bracketed omission: "Tomorrow […] we will" or "[...]".
    if punct_start > 0 and text[punct_start - 1] == "[" and text[punct_end - 1] == "]":
        return False
    first = next_word[0]
    if first.islower():
        return False
    marks = text[punct_start:punct_end].rstrip("\"”’'»)]")
    if marks != ".":
        return True  # ! ? … ... are ends before a capital, digit or quote
    if text[punct_end - 1] in "\"”’'»)]":
        return True  # a full stop inside closing quotes or brackets
    opening = text[sent_start:punct_start].strip()
    if _ENUMERATOR.fullmatch(opening):
        return False  # "1. Who is on strike?"
    window_start = max(0, punct_start - 16)
    before = _WORD_BEFORE.search(text, window_start, punct_start)
    if before is None:
        return True
    word = before.group(1)
    key = word.lower().rstrip(".")
    if len(word) == 1 and word.isupper():
        return False  # an initial: "John F. Kennedy"
    if "." in word and len(word.replace(".", "")) <= 3 and key not in _MAYBE_FINAL:
        return False  # dotted initials: "J.R.", "e.g."
    if key in _NEVER_FINAL:
        return False
    if key in _BEFORE_NUMBER and first.isdigit():
        return False
    if key in _MAYBE_FINAL or key in _BEFORE_NUMBER:
        return next_word.lower().strip(",;:") in _SENTENCE_OPENERS
    return True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
