"""Invented feed articles for the clustering and batch tests: events of one kind told apart by names.

Each event is written by several outlets from a pool of sentences about the same kind of event
(an earthquake), so the words overlap heavily between events; only the names, numbers and
years differ. That is the hard case for a feed: two quakes, not one.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

QUAKE_SENTENCES = (
    "A magnitude {mag} earthquake struck {place} in {region} on Tuesday, killing at least {deaths} people.",
    "The quake hit before dawn and was felt as far away as {city}, residents said.",
    "{official}, the head of the {region} emergency service, said rescuers were still searching collapsed homes in {place}.",
    "Hundreds of aftershocks have rattled {place} since the main shock, keeping families in the streets.",
    "The {agency} said the epicentre lay {km} kilometres north of {city} at a depth of {depth} kilometres.",
    "Schools in {place} and {city} will stay closed until inspectors have checked every building.",
    "It was the strongest earthquake to hit {region} since {before}, when {before_deaths} people died.",
    "{official} appealed for tents, blankets and medical teams as night temperatures fell.",
    "The government declared three days of mourning and sent soldiers to clear the roads to {place}.",
    "Aid groups said clean water was the most urgent need in the villages around {place}.",
)


@dataclass(frozen=True)
class Quake:
    slug: str
    place: str
    region: str
    city: str
    official: str
    agency: str
    mag: str
    deaths: int
    km: int
    depth: int
    before: int
    before_deaths: int


QUAKE_A = Quake("korvana", "Korvana", "Estmark", "Dalsund", "Mirela Vostrak", "Estmark Seismic Institute",
                "6.4", 37, 24, 10, 1987, 120)
QUAKE_B = Quake("tellisford", "Tellisford", "Vorland", "Brenhaven", "Anselm Quorrie", "Vorland Geological Survey",
                "5.9", 12, 41, 18, 2004, 65)
OUTLETS = ("North Ledger", "Daily Compass", "Evening Wire", "Harbour Times", "Metro Bulletin", "Plains Courier")


def write_quake(folder: Path, quake: Quake, outlets: int = 6, published: str | None = None) -> list[Path]:
    """Write ``outlets`` articles about ``quake`` into ``folder``; each outlet picks its own sentences."""
    folder.mkdir(parents=True, exist_ok=True)
    values = {k: getattr(quake, k) for k in quake.__dataclass_fields__}
    paths = []
    for i, outlet in enumerate(OUTLETS[:outlets]):
        chosen = [QUAKE_SENTENCES[(i + k * (i % 3 + 1)) % len(QUAKE_SENTENCES)] for k in range(6)]
        body = "\n\n".join(dict.fromkeys(s.format(**values) for s in [QUAKE_SENTENCES[0], *chosen]))
        front = [f"outlet: {outlet}", f'title: "{quake.mag} quake kills {quake.deaths} in {quake.place}"']
        if published:
            front.append(f"published: {published}")
        path = folder / f"{quake.slug}-{i + 1}.md"
        path.write_text("---\n" + "\n".join(front) + "\n---\n" + body + "\n", encoding="utf-8")
        paths.append(path)
    return paths


RAID_SENTENCES = (
    "Police raided {target} in {city} on Tuesday and arrested {n} people, officials said.",
    "{suspect} was among those detained, according to a police statement.",
    "The raid was carried out by {unit} after a months-long investigation.",
    "Officers seized {what} during the operation, the {city} police chief said.",
    "Neighbours said armed officers sealed off the street before dawn.",
    "{suspect} is due to appear in court in {city} on Thursday.",
)
RAIDS = (
    dict(slug="raid-a", city="Marlow", target="a warehouse on Dockside Road", suspect="Oren Valtch",
         unit="the organised crime unit", n=7, what="cocaine"),
    dict(slug="raid-b", city="Marlow", target="a flat in the Elmhurst district", suspect="Petra Lindqvar",
         unit="counter-terrorism officers", n=3, what="weapons"),
)


def write_raids(folder: Path) -> list[list[Path]]:
    """Two raids in one city on one day, three outlets each, told in the same words: only the suspects differ."""
    folder.mkdir(parents=True, exist_ok=True)
    events = []
    for raid in RAIDS:
        paths = []
        for i, outlet in enumerate(OUTLETS[:3]):
            chosen = [RAID_SENTENCES[0]] + [RAID_SENTENCES[(i + k) % 5 + 1] for k in range(4)]
            body = " ".join(s.format(**raid) for s in chosen)
            path = folder / f"{raid['slug']}-{i + 1}.md"
            path.write_text(f"---\noutlet: {outlet}\npublished: 2026-03-03\ntitle: Police raid in {raid['city']}\n---\n"
                            f"{body}\n", encoding="utf-8")
            paths.append(path)
        events.append(paths)
    return events
