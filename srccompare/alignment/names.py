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

__all__ = ["sweep_names"]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+|\n")
_MIN_NAME = 4  # characters: shorter names (initials, "UN") are left to the extractors


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    return left, max(right, end)


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
    furniture: dict[str, list[tuple[int, int]]] = {}
    for entity_id, (example, written) in sorted(names.items()):
        forms = sorted((w for w in written if len(w) >= _MIN_NAME and w[:1].isupper()), key=lambda w: (-len(w), w))
        if not forms:
            continue
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
        for sid in sorted(out):
            text = texts.get(sid, "")
            if not text or any(c.entity is not None and c.entity.id == entity_id for c in out[sid]):
                continue
            if sid not in furniture:
                furniture[sid] = [(b.start, b.end) for b in boilerplate_spans(text)]
            match = next((m for m in pattern.finditer(text)
                          if not any(s <= m.start() < e for s, e in furniture[sid])), None)
            if match is None:
                continue
            left, right = _sentence_around(text, match.start(), match.end())
            out[sid].append(example.model_copy(update={
                "source": sid, "text": match.group(), "start": match.start(), "end": match.end(),
                "quote": text[left:right].strip(), "in_title": False, "attribution": None, "hedged": False,
                "derived": "the name, found in the text where the entity recogniser had missed it",
                "value": example.value.model_copy(update={"name": match.group()}),
            }))
    return out
