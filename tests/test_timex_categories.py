"""Tests of the temporal tagger for error categories measured on TempEval-3 (training folders),
each with sentences of our own."""
from __future__ import annotations

from datetime import date

import pytest

from srccompare.extraction.timex import tag_timexes


def values(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, dct)]


# A full stop after a title, an initial or an abbreviation does not end the sentence, so the
# verb after it still tells the tense of a bare month named before it.
ABBREVIATION_TENSE = [
    ("In February, a month after the ruling in Smith vs. Jones on pensions, a fire in Mobile, "
     "Ala., destroyed the archive.", date(2004, 11, 20), "2004-02"),
    ("In December, shortly before the hearing in the case of Lee vs. Ortiz, the chief engineer "
     "of the county, Dr. Adams, resigned.", date(1997, 10, 3), "1996-12"),
]


@pytest.mark.parametrize("text,dct,value", ABBREVIATION_TENSE)
def test_tense_is_read_past_abbreviations(text, dct, value):
    (timex,) = [t for t in tag_timexes(text, dct) if t.type == "DATE"]
    assert timex.value == value

