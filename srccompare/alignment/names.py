"""Names one outlet's recogniser missed: a person or place named by other outlets is looked up
in every silent outlet's text before that outlet is called silent.

Step 7 of the flow, before alignment. The entity recogniser of a small model misses names now and
then (a name at the start of a line, a name in a list); a report that calls an outlet silent on
"Palermo" when its text says "Palermo" is wrong. So every person or place name that some source's
claims give is searched, as whole words, in the body of each source that has no claim about that
entity; each hit outside page furniture becomes a claim of that source, quoting the sentence it
sits in.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from ..claim import Claim
from ..cleaning import boilerplate_spans
from ..reading import SpanIndex

__all__ = ["sweep_names"]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+|\n")
_MIN_NAME = 4  # characters: shorter names (initials, "UN") are left to the extractors


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    return left, max(right, end)


def _inner_names(form: str, forms: Mapping[str, object]) -> list[tuple[int, str]]:
    """The other names written inside a name, as whole words, with their offsets ("Wellington"
    at 0 in "Wellington High Street", "New Jersey" in "New Jersey's Newark Airport"): every span
    between word boundaries is looked up once, so the cost grows with the number of names, not
    with its square."""
    def wordish(i: int) -> bool:
        return 0 <= i < len(form) and (form[i].isalnum() or form[i] in "_-")

    starts = [i for i in range(len(form)) if not form[i].isspace() and not wordish(i - 1)]
    ends = [e for e in range(1, len(form) + 1) if not form[e - 1].isspace() and not wordish(e)]
    return [(a, form[a:b]) for a in starts for b in ends if a < b and (a, b) != (0, len(form)) and form[a:b] in forms]


def sweep_names(by_source: Mapping[str, Sequence[Claim]], texts: Mapping[str, str]) -> dict[str, list[Claim]]:
    """``by_source`` with a claim added for each name found in a source that did not name it."""
    names: dict[str, tuple[Claim, set[str]]] = {}  # entity id → (a claim naming it, the names written)
    for sid in sorted(by_source):
        for claim in by_source[sid]:
            if claim.role != "named" or claim.entity is None or claim.entity.type not in ("person", "place"):
                continue
            first, written = names.setdefault(claim.entity.id, (claim, set()))
            if not claim.in_title:
                written.add(claim.text)
    out = {sid: list(claims) for sid, claims in by_source.items()}
    form_of: dict[str, list[str]] = {}  # a name as written → the entity ids it names (a person, a place)
    for entity_id, (_, written) in sorted(names.items()):
        for form in sorted(written):
            if len(form) >= _MIN_NAME and form[:1].isupper():
                form_of.setdefault(form, []).append(entity_id)
    if not form_of:
        return out
    # one pass over each text with every name at once (longest first), not one pass per name
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(form_of, key=lambda f: (-len(f), f)))
                         + r")(?![\w-])")
    # a shorter name inside a longer one ("Wellington" in "Wellington High Street") is named too
    inner = {form: _inner_names(form, form_of) for form in form_of}
    for sid in sorted(out):
        text = texts.get(sid, "")
        if not text:
            continue
        named = {c.entity.id for c in out[sid] if c.entity is not None and c.role == "named"}  # an age names no one
        furniture = SpanIndex([(b.start, b.end) for b in boilerplate_spans(text)])
        found: dict[str, tuple[int, str]] = {}
        for match in pattern.finditer(text):
            if furniture.overlaps(match.start(), match.start() + 1):
                continue
            for offset, form in [(0, match.group()), *inner[match.group()]]:
                for entity_id in form_of[form]:
                    if entity_id not in named and entity_id not in found:
                        found[entity_id] = (match.start() + offset, form)
        for entity_id, (start, form) in sorted(found.items()):
            example = names[entity_id][0]
            end = start + len(form)
            left, right = _sentence_around(text, start, end)
            out[sid].append(example.model_copy(update={
                "source": sid, "text": form, "start": start, "end": end,
                "quote": text[left:right].strip(), "in_title": False, "attribution": None, "hedged": False,
                "derived": "the name, found in the text where the entity recogniser had missed it",
                "value": example.value.model_copy(update={"name": form}),
            }))
    return out
