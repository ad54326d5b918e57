"""Events from a feed: every article in one event, same-kind events kept apart, stable output."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import srccompare
from srccompare.cli import main
from srccompare.feed import ClusterSettings, cluster_articles, cluster_paths, load_feed, render_events
from feed_articles import QUAKE_A, QUAKE_B, write_quake, write_raids

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted(p for p in (ROOT / "fixtures").iterdir() if p.is_dir())
NO_CHECK = ClusterSettings(veto_weight=float("inf"), max_days=10**6, main_name_check=False)


def _groups(clustering) -> list[set[str]]:
    return sorted((set(e.articles) for e in clustering.events), key=lambda g: sorted(g))


def test_the_fixture_clusters_mixed_into_one_feed_come_back_one_event_each():
    clustering = cluster_paths(FIXTURES)
    got = sorted(tuple(sorted(Path(p).parent.name for p in e.articles)) for e in clustering.events)
    want = sorted(tuple(p.name for _ in load_feed(p)[0]) for p in FIXTURES)
    assert got == want


def test_every_article_lands_in_exactly_one_event():
    clustering = cluster_paths(FIXTURES)
    listed = [p for e in clustering.events for p in e.articles]
    articles, _ = load_feed(FIXTURES)
    assert sorted(listed) == sorted(a.source.path for a in articles)
    assert len(listed) == len(set(listed))
    assert len({e.id for e in clustering.events}) == len(clustering.events)


def test_two_quakes_with_the_same_words_but_other_names_are_two_events(tmp_path):
    a = write_quake(tmp_path / "feed", QUAKE_A)
    b = write_quake(tmp_path / "feed", QUAKE_B)
    clustering = cluster_paths([tmp_path / "feed"])
    assert _groups(clustering) == sorted([{str(p) for p in a}, {str(p) for p in b}], key=sorted)


def test_without_the_stricter_check_the_two_quakes_merge(tmp_path):
    # the words alone say "one earthquake": it is the names that keep the events apart
    write_quake(tmp_path / "feed", QUAKE_A)
    write_quake(tmp_path / "feed", QUAKE_B)
    articles, _ = load_feed([tmp_path / "feed"])
    assert len(cluster_articles(articles, NO_CHECK).events) == 1


def test_the_same_story_published_years_apart_is_two_events(tmp_path):
    # three outlets each: too few for absent names to count, but the publication days settle it
    early = write_quake(tmp_path / "early", QUAKE_A, outlets=3, published="2019-03-05")
    late = write_quake(tmp_path / "late", QUAKE_A, outlets=3, published="2024-03-05")
    clustering = cluster_paths([tmp_path / "early", tmp_path / "late"])
    assert _groups(clustering) == sorted([{str(p) for p in early}, {str(p) for p in late}], key=sorted)
    assert sorted(e.published for e in clustering.events) == [("2019-03-05", "2019-03-05"), ("2024-03-05", "2024-03-05")]


def test_an_article_about_nothing_else_is_a_singleton(tmp_path):
    write_quake(tmp_path / "feed", QUAKE_A, outlets=3)
    (tmp_path / "feed" / "recipe.md").write_text(
        "---\noutlet: Kitchen Notes\n---\nSlow-roast the tomatoes with garlic and thyme, then blend them with olive "
        "oil for a sauce that keeps a week in the fridge.\n", encoding="utf-8")
    clustering = cluster_paths([tmp_path / "feed"])
    assert sorted(len(e.articles) for e in clustering.events) == [1, 3]
    single = next(e for e in clustering.events if len(e.articles) == 1)
    assert single.articles == [str(tmp_path / "feed" / "recipe.md")]
    assert single.published == (None, None)


def test_the_order_of_the_feed_does_not_change_a_byte():
    files = [p for folder in FIXTURES for p in sorted(folder.glob("*.md")) if p.stem != "EXPECTED"]
    first = render_events(cluster_paths(files), "json")
    random.Random(7).shuffle(files)
    assert render_events(cluster_paths(files), "json") == first


def test_ids_are_stable_slugs_with_a_digest_of_the_paths():
    clustering = cluster_paths(FIXTURES[:3])
    for event in clustering.events:
        slug, _, digest = event.id.rpartition("-")
        assert slug and len(digest) == 8 and all(c in "0123456789abcdef" for c in digest)
        assert slug == srccompare.sources.slugify(event.label)[:48].rstrip("-")


def test_cluster_command_writes_the_json_contract(capsys):
    assert main(["cluster", *map(str, FIXTURES[:4])]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["events"]
    for event in data["events"]:
        assert list(event) == ["id", "label", "articles", "published"]
        assert len(event["published"]) == 2
    assert len(data["events"]) == 4


def test_cluster_command_markdown_and_output_file(tmp_path):
    out = tmp_path / "events.md"
    assert main(["cluster", str(FIXTURES[0]), "--format", "markdown", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Events in the feed\n") and "1 event," in text


def test_markdown_escapes_labels(tmp_path):
    (tmp_path / "a.md").write_text("---\noutlet: A\ntitle: 'Pipes | and <b>tags</b>'\n---\nSome body text here.\n",
                                   encoding="utf-8")
    text = render_events(cluster_paths([tmp_path]), "markdown")
    assert "Pipes \\| and &lt;b&gt;tags&lt;/b&gt;" in text


@pytest.mark.parametrize("argv,needle", [
    (["cluster", "no-such-folder"], "no-such-folder: no such file or folder"),
    (["cluster", "README.md", "--format", "yaml"], "invalid choice"),
])
def test_cluster_command_bad_input_is_one_line(capsys, argv, needle):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1


def test_cluster_paths_is_public():
    assert srccompare.cluster_paths is cluster_paths


def _reprints(folder: Path, copies: int) -> list[Path]:
    """Each article of one fixture event re-published by ``copies`` outlets under their own names."""
    paths = []
    for original in sorted((ROOT / "fixtures" / "quake-sample").glob("*.md")):
        if original.stem == "EXPECTED":
            continue
        text = original.read_text(encoding="utf-8")
        outlet = text.split("outlet: ", 1)[1].split("\n", 1)[0]
        for i in range(copies):
            path = folder / f"{original.stem}-copy{i}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text.replace(f"outlet: {outlet}", f"outlet: {outlet} reprint {i}"), encoding="utf-8")
            paths.append(path)
    return paths


def test_copies_count_once_so_three_texts_on_one_event_stay_one_event(tmp_path):
    paths = _reprints(tmp_path / "feed", copies=6)
    clustering = cluster_paths([tmp_path / "feed"])
    assert _groups(clustering) == [{str(p) for p in paths}]
    # counted as six witnesses each, the copies would make each text look like an event of its own
    articles, _ = load_feed([tmp_path / "feed"])
    assert len(cluster_articles(articles, ClusterSettings(copy_similarity=1.01)).events) == 3


def test_articles_with_no_words_or_names_still_get_an_event_each(tmp_path):
    (tmp_path / "a.md").write_text("---\noutlet: A\n---\n12345 678\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\noutlet: B\n---\nthe and of\n", encoding="utf-8")
    clustering = cluster_paths([tmp_path])
    assert sorted(len(e.articles) for e in clustering.events) == [1, 1]
    assert "2 events, 2 articles." in render_events(clustering, "markdown")


def test_two_raids_in_one_city_on_one_day_are_two_events(tmp_path):
    a, b = write_raids(tmp_path / "feed")
    clustering = cluster_paths([tmp_path / "feed"])
    assert _groups(clustering) == sorted([{str(p) for p in a}, {str(p) for p in b}], key=sorted)
    # too few outlets for absent names to count: it is each raid's own suspect that tells them apart
    articles, _ = load_feed([tmp_path / "feed"])
    assert len(cluster_articles(articles, ClusterSettings(main_name_check=False)).events) == 1


def test_cluster_command_keeps_the_readable_articles_and_names_the_bad_file(tmp_path, capsys):
    for original in sorted((ROOT / "fixtures" / "csto-withdrawal").glob("*.md")):
        (tmp_path / original.name).write_text(original.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.md").write_bytes(b"\xff\xfe\x00\xd9garbage")
    out = tmp_path / "events.json"
    assert main(["cluster", str(tmp_path), "--format", "json", "-o", str(out)]) == 2
    assert '"events"' in out.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert "broken.md" in err and err.count("\n") == 1
