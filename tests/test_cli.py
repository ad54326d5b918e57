"""The command line: formats, output files, exit statuses, and one-line errors for bad input."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from srccompare.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "csto-withdrawal"


def test_compare_writes_json_to_stdout(capsys):
    assert main(["compare", str(SEED), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {s["outlet"] for s in report["sources"]} == {"TVP World", "Meduza"}
    assert report["summary"]["conflict"] >= 1


def test_fail_on_conflict_exits_1(capsys):
    assert main(["compare", str(SEED), "--format", "json", "--fail-on-conflict"]) == 1


@pytest.mark.parametrize("fmt,marker", [("markdown", "| "), ("html", "<!doctype html>")])
def test_compare_writes_a_file_with_o(tmp_path, fmt, marker):
    out = tmp_path / f"report.{fmt}"
    assert main(["compare", str(SEED), "--format", fmt, "-o", str(out)]) == 0
    assert marker in out.read_text(encoding="utf-8").lower()


def test_same_input_gives_same_bytes(capsys):
    main(["compare", str(SEED), "--format", "html"])
    first = capsys.readouterr().out
    main(["compare", str(SEED), "--format", "html"])
    assert capsys.readouterr().out == first


@pytest.mark.parametrize("content,problem", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"---\noutlet: [unclosed\n---\nBody text.\n", "front matter"),
    (b"caf\xe9 au lait, said the minister on Monday.\n", "utf-8"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, content, problem):
    bad = tmp_path / "bad.md"
    bad.write_bytes(content)
    assert main(["compare", str(bad), str(SEED / "meduza.md")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.md" in err and "Traceback" not in err
    assert problem.lower() in err.lower()


def test_missing_file_and_bad_usage_exit_2(capsys):
    assert main(["compare", "no/such/file.md"]) == 2
    assert "no/such/file.md" in capsys.readouterr().err
    assert main(["compare", str(SEED), "--format", "pdf"]) == 2
    assert main([]) == 2


def test_extract_then_compare_the_reviewed_summary_gives_the_same_rows(tmp_path, capsys):
    summary = tmp_path / "summary.yaml"
    assert main(["extract", str(SEED), "-o", str(summary)]) == 0
    main(["compare", str(SEED), "--format", "json"])
    from_articles = json.loads(capsys.readouterr().out)
    main(["compare", str(summary), "--format", "json"])
    from_summary = json.loads(capsys.readouterr().out)
    strip = lambda rows: [(r["field"], r["verdict"], r["explanation"]) for r in rows]  # noqa: E731
    assert strip(from_summary["rows"]) == strip(from_articles["rows"])


def test_extract_json(capsys):
    assert main(["extract", str(SEED / "tvp-world.md"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sources"][0]["outlet"] == "TVP World"
    assert data["claims"] and all(c["source"] == "tvp-world" for c in data["claims"])


def test_timex_prints_json_lines(tmp_path, capsys):
    text = "The talks began on Thursday and will last 10 days."
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["timex", str(path), "--dct", "2022-01-13"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"start", "end", "text", "type", "value"} <= set(lines[0])
    for line in lines:
        assert text[line["start"]:line["end"]] == line["text"]
    assert {"2022-01-13", "P10D"} <= {line["value"] for line in lines}


def test_python_m_srccompare_runs_without_traceback(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "srccompare", "compare", str(empty)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "empty.md" in proc.stderr


def test_paths_may_follow_options(capsys):
    assert main(["compare", str(SEED / "meduza.md"), "--format", "json", str(SEED / "tvp-world.md")]) == 0
    assert len(json.loads(capsys.readouterr().out)["sources"]) == 2


def test_reports_written_into_an_input_folder_are_not_read_back(tmp_path, capsys):
    for name in ("meduza.md", "tvp-world.md"):
        (tmp_path / name).write_bytes((SEED / name).read_bytes())
    for fmt, suffix in (("html", "html"), ("json", "json"), ("markdown", "md")):
        assert main(["compare", str(tmp_path), "--format", fmt, "-o", str(tmp_path / f"report.{suffix}")]) == 0
    main(["compare", str(tmp_path), "--format", "json"])
    assert [s["outlet"] for s in json.loads(capsys.readouterr().out)["sources"]] == ["Meduza", "TVP World"]


def test_a_hand_edited_summary_with_an_impossible_value_is_refused(tmp_path, capsys):
    summary = tmp_path / "summary.json"
    assert main(["extract", str(SEED), "--format", "json", "-o", str(summary)]) == 0
    data = json.loads(summary.read_text(encoding="utf-8"))
    quantity = next(c for c in data["claims"] if c["value"]["kind"] == "quantity" and c["value"]["high"] is not None)
    quantity["value"]["low"], quantity["value"]["high"] = quantity["value"]["high"] + 10, quantity["value"]["high"]
    summary.write_text(json.dumps(data), encoding="utf-8")
    assert main(["compare", str(summary)]) == 2
    err = capsys.readouterr().err
    assert "summary.json" in err and "lower bound" in err


def test_month_only_dates_keep_the_contract(tmp_path, capsys):
    body = "Police said 40 people were killed on Monday.\n"
    (tmp_path / "a.md").write_text(f"---\noutlet: A\npublished: 2024-05\n---\n{body}", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\noutlet: B\npublished: 2024-05-13\n---\n{body}", encoding="utf-8")
    main(["compare", str(tmp_path), "--format", "json"])
    sources = {s["outlet"]: s for s in json.loads(capsys.readouterr().out)["sources"]}
    assert sources["A"]["published"] is None and sources["A"]["published_as_given"] == "2024-05"
    assert sources["B"]["published"] == "2024-05-13"


def test_ids_of_one_outlet_do_not_depend_on_input_order(tmp_path, capsys):
    for name, day in (("x.md", "2024-05-14"), ("y.md", "2024-05-13")):
        (tmp_path / name).write_text(f"---\noutlet: Daily Planet\npublished: {day}\n---\nTwelve people died.\n",
                                     encoding="utf-8")
    ids = []
    for order in ((tmp_path / "x.md", tmp_path / "y.md"), (tmp_path / "y.md", tmp_path / "x.md")):
        main(["compare", *map(str, order), "--format", "json"])
        ids.append({s["path"].rsplit("/", 1)[-1]: s["id"] for s in json.loads(capsys.readouterr().out)["sources"]})
    assert ids[0] == ids[1] == {"y.md": "daily-planet", "x.md": "daily-planet-2"}


def test_the_python_api_takes_one_path_too():
    from srccompare import compare_paths

    assert len(compare_paths(SEED).sources) == 2


def test_one_source_says_so_on_stderr_not_only_in_the_report(capsys):
    assert main(["compare", str(SEED / "meduza.md"), "--format", "json"]) == 0
    assert "only one source" in capsys.readouterr().err
    assert main(["compare", str(SEED), "--format", "json"]) == 0
    assert "only one source" not in capsys.readouterr().err


def test_a_report_redirected_into_the_folder_being_read_is_not_read_back(tmp_path):
    folder = tmp_path / "event"
    folder.mkdir()
    for article in SEED.glob("*.md"):
        (folder / article.name).write_bytes(article.read_bytes())
    with (folder / "report.md").open("wb") as out:  # what `compare event > event/report.md` does
        done = subprocess.run([sys.executable, "-m", "srccompare", "compare", str(folder)], stdout=out,
                              stderr=subprocess.PIPE, text=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert b"report.md" not in done.stderr
    assert (folder / "report.md").read_text(encoding="utf-8").startswith("# Source comparison")


def test_a_folder_scan_names_what_it_leaves_out(tmp_path, capsys):
    import shutil

    for article in SEED.glob("*.md"):
        shutil.copy(article, tmp_path / article.name)
    (tmp_path / "notes.txt").write_text("to check on Monday", encoding="utf-8")
    (tmp_path / "figures.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    assert main(["compare", str(tmp_path), "-o", str(tmp_path / "report.md")]) == 0
    err = capsys.readouterr().err
    assert "left out drafts/, figures.csv, notes.txt" in err
