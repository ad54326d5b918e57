"""What keeps long articles linear: capped sentences, bisected quotation speakers, a paused GC.

Speed itself is measured by ``benchmarks/scaling.py``, never here; these tests check that the
faster code gives the same answers as the plain one.
"""
from __future__ import annotations

import gc
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from srccompare.extraction import attribution
from srccompare.extraction.attribution import find_attributions, quotation_spans
from srccompare.linear import gc_paused
from srccompare.text import MAX_SENTENCE, split_sentences


def test_a_sentence_without_full_stops_is_cut_into_pieces_with_true_offsets() -> None:
    text = ("Police said 40 people were detained in the port, and officials said the strike would go on; " * 60).strip()
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    for s in sentences:
        assert text[s.start:s.end] == s.text and s.text == s.text.strip()
    assert [s.index for s in sentences] == list(range(len(sentences)))
    # every piece but the last ends at a clause break, and nothing is lost between pieces
    assert all(s.text.endswith((",", ";")) for s in sentences[:-1])
    assert re.sub(r"\s+", "", "".join(s.text for s in sentences)) == re.sub(r"\s+", "", text)


def test_a_run_without_any_break_is_cut_at_the_cap() -> None:
    text = "x" * (3 * MAX_SENTENCE + 7)
    assert [(s.start, s.end) for s in split_sentences(text)] == [
        (0, MAX_SENTENCE), (MAX_SENTENCE, 2 * MAX_SENTENCE), (2 * MAX_SENTENCE, 3 * MAX_SENTENCE), (3 * MAX_SENTENCE, len(text))]


def test_ordinary_sentences_are_not_cut() -> None:
    text = "Rivers burst their banks on Tuesday. “We are ready,” she said. The army sent 300 soldiers."
    assert [s.text for s in split_sentences(text)] == [
        "Rivers burst their banks on Tuesday.", "“We are ready,” she said.", "The army sent 300 soldiers."]


def test_gc_paused_restores_the_collector_and_nests() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def _reference_quote_coverage(text, sentences, found, quotes):
    """The plain version: every quotation against every attribution."""
    covers = {i: set() for i in range(len(found))}
    for q_start, q_end in quotes:
        inside = [s.index for s in sentences if s.start < q_end and q_start < s.end]
        if not inside:
            continue
        best = None
        for i, f in enumerate(found):
            if f.start >= q_end:
                gap = text[q_end:f.start]
                if attribution._BETWEEN_QUOTE_AND_SPEAKER.fullmatch(gap) and "\n\n" not in gap:
                    best = i
                    break
        if best is None:
            for i in range(len(found) - 1, -1, -1):
                f = found[i]
                if f.end <= q_start:
                    gap = text[f.end:q_start]
                    if attribution._BETWEEN_SPEAKER_AND_QUOTE.fullmatch(gap) and "\n\n" not in gap:
                        best = i
                    break
        if best is None:
            closing = [s.index for s in sentences if s.start < q_end and q_end - 1 < s.end]
            for i, f in enumerate(found):
                if closing and f.sentence.index == closing[0] and f.start >= q_end:
                    best = i
                    break
        if best is not None:
            covers[best].update(inside)
    return covers


def _reference_paraphrase_coverage(text, sentences, found, quotes, quote_starts):
    covers = {i: set() for i in range(len(found))}
    attributed = {f.sentence.index for f in found}
    by_index = {s.index: pos for pos, s in enumerate(sentences)}
    for i, f in enumerate(found):
        pos = by_index.get(f.sentence.index)
        if pos is None or pos + 1 >= len(sentences):
            continue
        nxt = sentences[pos + 1]
        if nxt.paragraph != f.sentence.paragraph or nxt.index in attributed:
            continue
        if any(nxt.start <= a < nxt.end or nxt.start < b <= nxt.end for a, b in quotes):
            continue
        if attribution._REPORTED_SPEECH.search(nxt.text):
            covers[i].add(nxt.index)
    return covers


PIECES = ["“We will not go back,” ", "said Marta Silva", ", a union leader. ", "“It has gone on too long.” ",
          "Police said ", "40 people were detained. ", "According to the ministry, ", "talks would resume. ",
          "\"Nobody expected this,\" ", "he added. ", "\n\n", "“Our members waited", " two years.", "\n\n“And more.”",
          "The strike would end soon. ", "”", "“", "\"", ", said the mayor", ". ", "They said ", "officials told reporters"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_bisected_coverage_matches_the_plain_one(parts: list[str]) -> None:
    text = "".join(parts)
    calls = {}
    real_quote, real_para = attribution._quote_coverage, attribution._paraphrase_coverage

    def spy_quote(text_, sentences, found, quotes):
        calls["quote"] = (real_quote(text_, sentences, found, quotes), _reference_quote_coverage(text_, sentences, found, quotes))
        return calls["quote"][0]

    def spy_para(text_, sentences, found, quotes, quote_starts):
        calls["para"] = (real_para(text_, sentences, found, quotes, quote_starts),
                         _reference_paraphrase_coverage(text_, sentences, found, quotes, quote_starts))
        return calls["para"][0]

    attribution._quote_coverage, attribution._paraphrase_coverage = spy_quote, spy_para
    try:
        find_attributions(text, split_sentences(text))
    finally:
        attribution._quote_coverage, attribution._paraphrase_coverage = real_quote, real_para
    for fast, plain in calls.values():
        assert fast == plain
    assert quotation_spans(text) == sorted(quotation_spans(text))
