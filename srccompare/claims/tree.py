"""Paths through a sentence's dependency parse that the open frames follow.

The predicate a value's phrase belongs to, the subject a verb has (or shares with the verb it
completes), the clause a token sits in and whether that clause is a condition, the proper name
that owns a noun, the agent of a predicate, and the place a distance is measured from. Each is a
bounded walk over a few heads or children, so the cost per value does not grow with the sentence.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["agent", "clause_chain", "governing_predicate", "in_condition", "owner_words", "reference_place", "subject_of"]

_WHEN_ENTITIES = frozenset({"DATE", "TIME"})
_WHERE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def governing_predicate(token: "Token") -> "Token | None":
    """The verb (or, failing that, the root) that a token's phrase belongs to."""
    seen = 0
    current = token
    while current.head.i != current.i and seen < 12:
        current = current.head
        seen += 1
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("amod", "compound"):
            return current
    return current if current.i != token.i else None


def subject_of(verb: "Token") -> "Token | None":
    """The verb's subject, or the subject it shares with the verb it completes ("Acme shares
    dropped $1.20 to close at $31.50": "close" shares "shares")."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if verb.dep_ not in ("xcomp", "advcl", "conj", "pcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


_CONDITION_MARKERS = frozenset({"if", "unless", "whether", "lest"})


def in_condition(token: "Token") -> bool:
    """Whether a token sits in a conditional clause ("if there was just one cable down")."""
    for ancestor in clause_chain(token):
        if any(c.dep_ == "mark" and c.lemma_.lower() in _CONDITION_MARKERS for c in ancestor.children):
            return True
    return False


def reference_place(token: "Token") -> str:
    """The place a distance is measured from: "40 km north of Lima" → "lima" (else "")."""
    for t in token.subtree:
        if t.dep_ == "pobj" and t.head.lemma_.lower() in ("of", "from") and t.ent_type_ in ("GPE", "LOC", "FAC"):
            return t.text.lower()
    head = token.head
    for _ in range(3):
        for child in head.children:
            if child.dep_ == "prep" and child.lemma_.lower() in ("of", "from"):
                for g in child.children:
                    if g.dep_ == "pobj" and g.pos_ == "PROPN":
                        return g.text.lower()
        head = head.head
    return ""


def owner_words(noun: "Token") -> str:
    """The proper name that says whose thing a noun is: "Acme shares" → "acme", "the Port City
    Rovers" → "port city rovers", "the Mariners' offer" → "mariners"."""
    if noun.pos_ == "PROPN":
        words = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [noun]
    else:
        words = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
        for c in list(words):
            words[words.index(c):words.index(c)] = [g for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"]
    words = [w for w in words if w.ent_type_ not in _WHEN_ENTITIES]  # "Thursday's tremor" is no one's
    if noun.pos_ == "NOUN":  # "a Tuscany earthquake" happened there, it is nobody's; "Kenya's exports" stay Kenya's
        words = [w for w in words if not (w.dep_ == "compound" and w.ent_type_ in _WHERE_ENTITIES)]
    return " ".join(w.text.lower() for w in sorted(words, key=lambda w: w.i))


def agent(predicate: "Token | None") -> str:
    """Who does what the predicate says, when a name says it: "Okafor is seeking" → "okafor"."""
    if predicate is None:
        return ""
    subject = subject_of(predicate)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN") or (subject.dep_ == "nsubjpass" and subject.head.i == predicate.i):
        return ""  # "the town was shaken at 4:17": a passive subject undergoes the event, it does not do it
    return owner_words(subject)


_CLAUSE_EDGES = frozenset({"relcl", "advcl", "ccomp", "acl", "parataxis", "csubj"})


def clause_chain(token: "Token") -> list["Token"]:
    """The token and its ancestors up to (and including) the head of its clause."""
    chain = [token]
    current = token
    for _ in range(10):
        if current.head.i == current.i:
            break
        crossing = current.dep_ in _CLAUSE_EDGES
        current = current.head
        chain.append(current)
        if crossing:
            break
    return chain
