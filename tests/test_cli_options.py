"""The command line as users expect it: --version, --help, stdin, --only, --config, warnings,
and the progress bar."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from srccompare import __version__
from srccompare.cli import _parser, main
from srccompare.options import load_config, parse_verdicts
from srccompare.progress import ProgressBar
from srccompare.report.model import Verdict

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "csto-withdrawal"
OTHER_EVENT = ROOT / "fixtures" / "quake-sample"


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"srccompare {__version__}"


@pytest.mark.parametrize("command", [None, "compare", "extract", "timex"])
def test_help_describes_every_option_with_examples_and_exit_codes(capsys, command):
    assert main(([command] if command else []) + ["--help"]) == 0
    text = capsys.readouterr().out
    assert "examples:" in text or "example:" in text
    assert "exit status:" in text and "  2  bad input" in text
    parser = _parser()
    if command:
        parser = parser._subparsers._group_actions[0].choices[command]
    for action in parser._actions:
        assert action.help, f"{command}: {action.option_strings or action.dest} has no help"


def test_stdin_is_an_article(tmp_path):
    article = (SEED / "meduza.md").read_bytes()
    proc = subprocess.run([sys.executable, "-m", "srccompare", "compare", "-", str(SEED / "tvp-world.md"),
                           "--format", "json"], input=article, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert [s["path"] for s in report["sources"]][0] == "-"
    assert {s["outlet"] for s in report["sources"]} == {"Meduza", "TVP World"}
    assert report["rows"] and any(c["source"] == "meduza" and c["values"] for r in report["rows"] for c in r["cells"])


def test_empty_stdin_is_a_one_line_error():
    proc = subprocess.run([sys.executable, "-m", "srccompare", "compare", "-"], input=b"", capture_output=True,
                          timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.decode().strip().count("\n") == 0 and "<stdin>" in proc.stderr.decode()


def test_only_keeps_the_named_verdicts(capsys):
    assert main(["compare", str(SEED), "--format", "json", "--only", "conflicts,gaps"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["rows"] and {r["verdict"] for r in report["rows"]} <= {"conflict", "gap"}
    assert report["summary"]["agree"] == report["summary"]["compatible"] == 0
    assert report["summary"]["gap"] == sum(r["verdict"] == "gap" for r in report["rows"])
    assert any("--only" in w for w in report["warnings"])


def test_only_does_not_hide_conflicts_from_fail_on_conflict(tmp_path, capsys):
    summary = _summary_file(tmp_path, 12, 15)
    assert main(["compare", str(summary), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["conflict"] == 1
    assert main(["compare", str(summary), "--only", "agree", "--fail-on-conflict", "-q"]) == 1


@pytest.mark.parametrize("names, expected", [
    ("conflicts,gaps", (Verdict.CONFLICT, Verdict.GAP)),
    ("agree, conflict", (Verdict.CONFLICT, Verdict.AGREE)),
    (["compatible"], (Verdict.COMPATIBLE,)),
])
def test_parse_verdicts(names, expected):
    assert parse_verdicts(names) == expected


def test_unknown_verdict_is_a_usage_error(capsys):
    assert main(["compare", str(SEED), "--only", "conflictz"]) == 2
    assert "unknown verdict 'conflictz'" in capsys.readouterr().err


def _summary_file(tmp_path: Path, deaths_a: int, deaths_b: int) -> Path:
    """A reviewed summary of two sources giving two death tolls, and agreeing on a date."""
    from datetime import date

    from srccompare import Claim, Quantity, SourceInfo, SourceSummary, TimeRange, dump_summaries

    def source(sid: str, deaths: int) -> SourceSummary:
        quote = f"{deaths} people died in the fire on 3 May."
        day = date(2024, 5, 3)
        claims = [
            Claim(source=sid, event="deaths", role="count", value=Quantity(low=deaths, high=deaths, unit="person"),
                  text=str(deaths), quote=quote, start=0, end=len(str(deaths))),
            Claim(source=sid, event="fire", role="date", value=TimeRange(earliest=day, latest=day),
                  text="on 3 May", quote=quote, start=quote.index("on 3 May"), end=quote.index("on 3 May") + 8),
        ]
        return SourceSummary(source=SourceInfo(id=sid, outlet=sid.upper(), title=f"{sid} story"), claims=claims)

    path = tmp_path / "summary.yaml"
    path.write_text(dump_summaries([source("a", deaths_a), source("b", deaths_b)], "yaml"), encoding="utf-8")
    return path


def test_config_sets_per_field_tolerances_and_changes_a_verdict(tmp_path, capsys):
    summary = _summary_file(tmp_path, 12, 13)
    assert main(["compare", str(summary), "--format", "json"]) == 0
    before = {r["field"]: r["verdict"] for r in json.loads(capsys.readouterr().out)["rows"]}
    assert before["deaths.count"] != "agree" and before["fire.date"] == "agree"
    config = tmp_path / "srccompare.toml"
    config.write_text('format = "json"\n[tolerances]\n"deaths.count" = { absolute = 1 }\n', encoding="utf-8")
    assert main(["compare", str(summary), "--config", str(config)]) == 0
    after = {r["field"]: r["verdict"] for r in json.loads(capsys.readouterr().out)["rows"]}
    assert after == {"deaths.count": "agree", "fire.date": "agree"}
    config.write_text('[tolerances]\ncount = { relative = 0.1 }\n', encoding="utf-8")  # by role
    assert main(["compare", str(summary), "--config", str(config), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"][0]["verdict"] == "agree"


def test_yaml_config(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("only: [conflicts]\ntolerances:\n  count: {relative: 0.1}\n", encoding="utf-8")
    loaded = load_config(config)
    assert loaded.only == (Verdict.CONFLICT,)
    assert loaded.tolerances["count"].relative == 0.1


@pytest.mark.parametrize("name, text, problem", [
    ("a.toml", 'tolerance = {}\n', "unknown key 'tolerance' (allowed: format, only, tolerances)"),
    ("a.toml", '[tolerances]\ncount = { relativ = 0.1 }\n', "unknown key 'tolerances.count.relativ'"),
    ("a.yaml", "tolerances:\n  count: {absolute: -1}\n", "must be a number ≥ 0"),
    ("a.yaml", "format: pdf\n", "format must be one of"),
    ("a.toml", "only = 3 [\n", "not valid TOML"),
    ("a.ini", "x=1\n", "must be a .toml, .yaml or .yml file"),
])
def test_bad_config_is_one_line_naming_the_file(tmp_path, capsys, name, text, problem):
    config = tmp_path / name
    config.write_text(text, encoding="utf-8")
    assert main(["compare", str(SEED), "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(config) in err and problem in err


def test_a_file_given_twice_is_warned_about(tmp_path, capsys):
    copy = tmp_path / "copy.md"
    copy.write_bytes((SEED / "meduza.md").read_bytes())
    assert main(["compare", str(SEED), str(SEED / "meduza.md"), str(copy), "-o", str(tmp_path / "r.md")]) == 0
    err = capsys.readouterr().err
    assert f"{SEED / 'meduza.md'} is given twice" in err
    assert f"{copy} holds the same text as {SEED / 'meduza.md'}" in err


def test_quiet_silences_warnings(tmp_path, capsys):
    assert main(["compare", str(SEED), str(SEED / "meduza.md"), "-q", "-o", str(tmp_path / "r.md")]) == 0
    assert capsys.readouterr().err == ""


def test_inputs_about_two_events_are_warned_about(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["compare", str(SEED), str(OTHER_EVENT), "--format", "json", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "look like more than one event" in err and "Meduza, TVP World" in err
    assert any("more than one event" in w for w in json.loads(out.read_text())["warnings"])


def test_one_event_is_not_warned_about(tmp_path, capsys):
    for folder in (SEED, ROOT / "fixtures" / "embassy-evacuation-sample"):
        assert main(["compare", str(folder), "-o", str(tmp_path / "r.md")]) == 0
        assert "more than one event" not in capsys.readouterr().err


class _Terminal(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def test_progress_bar_only_on_a_terminal_and_only_for_long_runs():
    now = [0.0]
    clock = lambda: now[0]  # noqa: E731
    short = ProgressBar(stream=_Terminal(True), clock=clock)
    short(1, 10)
    assert not short.shown  # under the delay: nothing drawn
    now[0] = 5.0
    with ProgressBar(stream=_Terminal(True), clock=clock, delay=1.0) as bar:
        now[0] = 7.0
        bar(3, 10)
        assert bar.shown
    piped = ProgressBar(stream=_Terminal(False), clock=clock, delay=0)
    piped(3, 10)
    assert not piped.shown
    quiet = ProgressBar(stream=_Terminal(True), clock=clock, delay=0, enabled=False)
    quiet(3, 10)
    assert not quiet.shown


def test_progress_is_reported_per_article():
    from srccompare.pipeline import summarize_paths

    seen = []
    summarize_paths([SEED], progress=lambda done, total, path, size: seen.append((done, total)), workers=1)
    assert seen == [(0, 2), (1, 2), (2, 2)]  # before each article, and once when all are done
