"""Formats of real news the main numbers grammar leaves to ``number_formats`` (sentences of our own)."""
from __future__ import annotations

import pytest

from srccompare.extraction.numbers import find_quantities

CASES = [
    ("A magnitude-5.8 tremor shook the valley.", [("5.8", 5.8, 5.8, "magnitude")]),
    ("The 6.3-magnitude quake hit at night.", [("6.3", 6.3, 6.3, "magnitude")]),
    ("A 5.1 earthquake was felt in the port.", [("5.1", 5.1, 5.1, "magnitude")]),
    ("The club paid 7m euros for the striker.", [("7m euros", 7e6, 7e6, "eur")]),
    ("The village lies 12 km from the port.", [("12 km", 12, 12, "kilometre")]),
    ("The village lies 12 kilometers from the port.", [("12", 12, 12, "kilometre")]),
    ("Ministers agreed a 40bn-euro rescue package for the banks.", [("40bn-euro", 4e10, 4e10, "eur")]),
    ("Greece gets a euro80 billion loan package.", [("euro80 billion", 8e10, 8e10, "eur")]),
    ("The hiker survived a 300-metre fall.", [("300-metre", 300, 300, "metre")]),
    ("Police described a 180-pound man in a grey coat.", [("180-pound", 180, 180, "lb")]),
    ("Some 15 000 residents were moved.", [("15 000", 15000, 15000, "")]),
    ("Between a quarter and half of the homes flooded.", [("Between a quarter and half", 25.0, 50.0, "percent")]),
    ("About a fifth of the fleet is grounded.", [("a fifth", 20.0, 20.0, "percent")]),
    ("There were no casualties, the mayor said.", [("no casualties", 0, 0, "casualty")]),
    ("No one was injured in the blast.", [("No one", 0, 0, "person")]),
    ("The storm left no damage in the port.", [("no damage", 0, 0, "damage")]),
    ("There were no immediate reports of damage or serious injuries.",
     [("no immediate reports of damage", 0, 0, "damage"), ("injuries", 0, 0, "injury")]),
    ("Police had no reports of casualties.", [("no reports of casualties", 0, 0, "casualty")]),
    ("Only a single lifeboat was launched.", [("a single lifeboat", 1, 1, "lifeboat")]),
    ("It was the ninth straight day of strikes.", [("ninth", 9, 9, "ordinal day")]),
    ("Nobody has reported any damage so far.", [("Nobody has reported any damage", 0, 0, "damage")]),
    ("Crews worked in temperatures of minus 12 degrees.", [("minus 12 degrees", -12, -12, "degree")]),
    ("Divers worked in minus-4 degree water.", [("minus-4 degree", -4, -4, "degree")]),
    ("Night temperatures fell to minus 9 on the pass.", [("minus 9", -9, -9, "degree")]),
    ("It was -15C at the summit.", [("-15C", -15, -15, "degree C")]),
    ("Temperatures reached 41 degrees Celsius.", [("41 degrees Celsius", 41, 41, "degree C")]),
    ("The 52,000-square-foot warehouse burned.", [("52,000-square-foot", 52000, 52000, "square foot")]),
    ("The plant covers 4,800 square metres.", [("4,800 square metres", 4800, 4800, "square metre")]),
    ("A 12 sq km area was sealed off.", [("12 sq km", 12, 12, "square kilometre")]),
]
NOT_TEMPERATURES = [
    "The driver made a 90-degree turn.",  # an angle
    "He turned 180 degrees and ran.",  # an angle
    "The score was 5 minus 3 by the end.",  # arithmetic, no temperature named
    "The bus left from Gate 20C at noon.",  # a code
]
NOT_READ = [
    "No more than a dozen, she said.",  # read by the main grammar as a bound, not as zero
    "Nobody knows the answer.",  # "nobody" without a passive is not a count
    "The paper had no reports of the meeting.",  # no harm named
    "The suspect is 6-foot-1 and thin.",  # feet and inches: a height left alone
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_formats(sentence, expected):
    got = [(q.text, q.value.low, q.value.high, q.value.unit) for q in find_quantities(sentence)]
    assert [(t, pytest.approx(lo), pytest.approx(hi), u) for t, lo, hi, u in expected] == got


@pytest.mark.parametrize("sentence", NOT_READ)
def test_no_zero_where_none_is_said(sentence):
    assert not any(q.value.low == 0 and q.value.high == 0 for q in find_quantities(sentence))


@pytest.mark.parametrize("sentence", NOT_TEMPERATURES)
def test_no_temperature_without_degrees_or_a_word_for_it(sentence):
    from srccompare.extraction.number_formats import extra_quantities

    assert not any(q.value.unit.startswith("degree") for q in extra_quantities(sentence, []))
    assert not any((q.value.low or 0) < 0 for q in find_quantities(sentence))
