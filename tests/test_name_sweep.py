"""Names one outlet's recogniser missed are looked up in its text before it is called silent."""
from __future__ import annotations

from srccompare.alignment.names import sweep_names
from srccompare.claim import Claim, Frame
from srccompare.values import EntityValue


def _named(source: str, name: str, key: str, text: str, kind: str = "place") -> Claim:
    value = EntityValue(id=key, name=name, type=kind)
    start = text.index(name)
    return Claim(source=source, event="places" if kind == "place" else "people", role="named", value=value,
                 entity=value, text=name, quote=text, start=start, end=start + len(name), frame=Frame(what=key))


def test_a_name_the_other_source_holds_is_found_with_its_sentence():
    a_text = "The fire broke out in Tarnow on Monday."
    b_text = "Firefighters were called at dawn.\nThe blaze in Tarnow was put out by noon. Nobody was hurt."
    swept = sweep_names({"a": [_named("a", "Tarnow", "tarnow", a_text)], "b": []}, {"a": a_text, "b": b_text})
    found = swept["b"]
    assert len(found) == 1
    claim = found[0]
    assert b_text[claim.start:claim.end] == "Tarnow"
    assert claim.quote == "The blaze in Tarnow was put out by noon."
    assert claim.derived  # says how it was found


def test_no_name_where_the_text_does_not_hold_it_as_a_word():
    a_text = "The fire broke out in Tarnow on Monday."
    b_text = "The Tarnowski family lost their home."
    swept = sweep_names({"a": [_named("a", "Tarnow", "tarnow", a_text)], "b": []}, {"a": a_text, "b": b_text})
    assert swept["b"] == []


def test_page_furniture_is_not_searched():
    a_text = "The fire broke out in Tarnow on Monday."
    b_text = "Crews fought the fire all night.\n\nRead more: Floods hit Tarnow again\n\nSee more"
    swept = sweep_names({"a": [_named("a", "Tarnow", "tarnow", a_text)], "b": []}, {"a": a_text, "b": b_text})
    assert swept["b"] == []
