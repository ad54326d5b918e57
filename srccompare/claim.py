"""A claim: one source's statement of one fact, with the words and sentence it came from.

A claim says that, according to a source, a *role* of an *event* has a typed *value*:
the withdrawal's end is (open, 2022-01-19]; the deployment's count is [2000, ∞) troops; a
participant of the operation is Kyrgyzstan. ``entity`` narrows a fact to one member of a list
("the deployment's count for Kyrgyzstan"), ``detail`` to a subset ("deaths among officers").
Claims are what ``srccompare extract`` writes and an analyst reviews, so every field is
plain data.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from .values import EntityValue, Value

__all__ = ["Claim", "Frame", "field_label"]

ROLE_LABELS = {
    "date": "date",
    "start": "start",
    "end": "end",
    "duration": "duration",
    "count": "number",
    "cause": "cause",
    "participants": "countries taking part",
    "members": "members",
    "announced": "announced on",
    "step": "dates of steps within it",
    "age": "age",
    "time": "time of day",
    "named": "named",
    "measure": "measure",
    "amount": "amount",
    "share": "share",
}


def _words(key: str) -> str:
    return key.replace("_", " ").replace("-", " ")


def field_label(event: str, role: str, detail: str | None = None, entity_name: str | None = None,
                event_name: str | None = None) -> str:
    """A person's name for a field: "Withdrawal: end", "Deployment: number — Kyrgyzstan"."""
    key, _, era = event.partition("@")
    name = event_name or _words(key).capitalize()
    name += f" ({era})" if era else ""
    label = f"{name}: {ROLE_LABELS.get(role, _words(role))}"
    if detail:
        label += f" ({_words(detail)})"
    if entity_name:
        label += f" — {entity_name}"
    return label


class Frame(BaseModel):
    """What the parse says a value is about, for claims read in open vocabulary.

    ``what`` is the counted or measured thing ("rifle", "death toll", a person's key),
    ``happened`` the event family or predicate lemma ("deaths", "seize"; "not seize" when
    negated), ``modifiers`` the words that narrow ``what`` ("assault" in "assault rifles") or a
    person's role, and ``predicate`` the governing verb's lemma as written. Alignment scores two
    frames field by field; a frame is absent on claims made by the lexical rules.
    """

    model_config = ConfigDict(frozen=True)

    what: str = ""
    happened: str = ""
    modifiers: list[str] = []
    predicate: str = ""
    owner: str = ""  # whose value it is or what it is measured from: "eds" (shares), "lima" (40 km north of)


class Claim(BaseModel):
    """One source's statement of one fact."""

    model_config = ConfigDict(frozen=True)

    source: str  # the source id
    event: str  # "withdrawal", "deployment", "deaths", "protests", "operation"
    role: str  # "start", "end", "date", "duration", "count", "cause", "participants", "members"
    value: Value
    entity: EntityValue | None = None  # the list member this claim is about
    detail: str | None = None  # a subset: "officer" in "including 16 officers"
    text: str  # the words that state the value
    quote: str  # the sentence they sit in, verbatim
    start: int  # offsets of ``text`` in the body, or in the title when ``in_title``
    end: int
    in_title: bool = False
    attribution: str | None = None
    hedged: bool = False  # future, planned, expected, reported-as-uncertain
    derived: str | None = None  # how reasoning reached the value from stated ones
    event_name: str | None = None  # how to name the event when its key is an id ("csto" → "CSTO")
    frame: Frame | None = None  # what the parse says the value is about (open-vocabulary claims)

    @property
    def parent_field(self) -> str:
        """The field without the entity: the row a per-entity row refines."""
        base = f"{self.event}.{self.role}"
        return f"{base}.{self.detail}" if self.detail else base

    @property
    def field(self) -> str:
        """The stable key of the fact: "withdrawal.end", "deployment.count/kyrgyzstan"."""
        return f"{self.parent_field}/{self.entity.id}" if self.entity else self.parent_field

    @property
    def label(self) -> str:
        return field_label(self.event, self.role, self.detail, self.entity.name if self.entity else None,
                           self.event_name)
