"""The command line: ``srccompare compare|extract|timex|cluster|batch``.

Contract: ``main(argv) -> int``; exit 0 when the report was written, 2 for bad input or usage.
``--help`` describes every option with examples and the exit codes; ``--version`` prints the
version; ``-`` reads an article from standard input; a progress bar (rich) shows on a terminal
for long runs, ``--quiet`` silences it and the warnings; ``--only`` keeps some verdicts;
``--config`` reads per-field tolerances from TOML or YAML (``options``); warnings come from
``checks`` (a file given twice, inputs that look like more than one event).
A file that cannot be read is one line on stderr and is listed in the report; the others are still
compared (exit 2 when nothing, or fewer than two sources, is left; ``--strict`` stops at the first).
With ``--fail-on-conflict`` (as ``git diff --exit-code``) ``compare`` exits 1 when the report
holds conflicts, for pipelines. It is opt-in because the report contract's own checker reads
the seed report, which holds a conflict, and expects exit 0. Every ``SrcCompareError`` is caught
here and printed as one line on stderr; ``--debug`` re-raises instead.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Sequence

from .errors import AnalysisError, InputError, NothingToCompareError, SrcCompareError, UsageError

__all__ = ["main", "run"]

EXIT_OK, EXIT_CONFLICTS, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that raises UsageError instead of exiting, so errors are handled in one place."""

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("srccompare").strip()
        raise UsageError(f"{command}: {message}" if command else message)


_EXIT_CODES = """exit status:
  0  the report was written (also when it holds conflicts, unless --fail-on-conflict)
  1  with --fail-on-conflict: the report holds at least one conflict
  2  bad input or usage: one line on stderr names the file and the problem
     (--debug shows the traceback instead); also when files could not be read and fewer
     than two sources are left: the report is still written, listing those files"""

_EXTRACT_EXIT_CODES = """exit status:
  0  the summaries were written (a file that could not be read is one line on stderr
     and is left out of them)
  2  bad input or usage: one line on stderr names the file and the problem; also when
     no file could be read, or with --strict at the first file that cannot be read"""

_TIMEX_EXIT_CODES = """exit status:
  0  the tags were written, one JSON line per time expression
  2  bad input or usage: one line on stderr names the file and the problem"""

_MAIN_EPILOG = f"""examples:
  srccompare compare fixtures/csto-withdrawal --format html -o report.html
  srccompare compare a.md b.json c.html --only conflicts,gaps
  curl -s https://example.org/story.md | srccompare compare - other.md
  srccompare extract fixtures/csto-withdrawal -o summary.yaml
  srccompare timex article.txt --dct 2022-01-13

Run "srccompare COMMAND --help" for each command's options.

{_EXIT_CODES}"""

_COMPARE_EPILOG = f"""examples:
  srccompare compare fixtures/csto-withdrawal                       Markdown to stdout
  srccompare compare fixtures/csto-withdrawal --format html -o report.html
  srccompare compare a.md b.md c.json --only conflicts,gaps --format json
  srccompare compare - b.md < a.md                                  one article from stdin
  srccompare compare folder/ --config srccompare.toml --fail-on-conflict

config file (TOML or YAML; unknown keys are refused):
  only = ["conflict", "gap"]
  format = "html"
  [tolerances]
  "deaths.count" = {{ absolute = 2 }}      # one field
  count = {{ relative = 0.05 }}            # a role: every count

warnings (on stderr; --quiet hides them): a file given twice or two files with the same
bytes; inputs that look like more than one event (groups of articles sharing few names,
places or dates; also written into the report).

{_EXIT_CODES}"""


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show the traceback of an error instead of one line")
    formatter = argparse.RawDescriptionHelpFormatter
    parser = _Parser(prog="srccompare", parents=[common], formatter_class=formatter, epilog=_MAIN_EPILOG,
                     description="Compare how outlets report the same event: each source's facts, aligned fact "
                                 "by fact, with verdicts (agree, compatible, gap, conflict) and the quotes behind them.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}",
                        help="print the version and exit")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND",
                                     help="what to do (each has its own --help)")

    compare = commands.add_parser(
        "compare", parents=[common], formatter_class=formatter, epilog=_COMPARE_EPILOG,
        help="align articles or summaries and report discrepancies",
        description="Read articles (Markdown or text with front matter, JSON, HTML) or reviewed summaries, "
                    "align their facts and write a discrepancy report.")
    compare.add_argument("paths", nargs="+", metavar="PATH",
                         help="article files, reviewed summaries, or folders of them; - reads one article from stdin")
    compare.add_argument("--format", choices=["markdown", "html", "json"], default=None,
                         help="report format (default: markdown, or the config's format)")
    compare.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    compare.add_argument("--only", metavar="VERDICTS",
                         help="keep only rows with these verdicts, comma-separated: conflicts,gaps,compatible,agree")
    compare.add_argument("--config", metavar="FILE",
                         help="TOML or YAML settings: per-field tolerances, only, format (see below)")
    compare.add_argument("--fail-on-conflict", action="store_true",
                         help="exit 1 when the report holds a conflict (for scripts and CI)")
    compare.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no warnings on stderr")
    compare.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read (exit 2)")

    extract = commands.add_parser(
        "extract", parents=[common], formatter_class=formatter,
        help="write each article's structured summary (a draft to review)",
        description="Write each article's claims as a reviewed-summary draft; correct it by hand, then compare it.",
        epilog="examples:\n  srccompare extract fixtures/csto-withdrawal -o summary.yaml\n"
               "  srccompare compare summary.yaml --format html -o report.html\n\n" + _EXTRACT_EXIT_CODES)
    extract.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders; - reads one from stdin")
    extract.add_argument("--format", choices=["yaml", "json"], default="yaml", help="summary format (default: yaml)")
    extract.add_argument("-o", "--output", metavar="FILE", help="write the summaries to FILE instead of stdout")
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar on stderr")
    extract.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read (exit 2)")

    timex = commands.add_parser(
        "timex", parents=[common], formatter_class=formatter,
        help="tag temporal expressions TimeML-style, one JSON line each",
        description="Tag dates, times, durations and sets in a plain text file, TimeML-style.",
        epilog="example:\n  srccompare timex article.txt --dct 2022-01-13\n\n" + _TIMEX_EXIT_CODES)
    timex.add_argument("file", metavar="FILE", help="a plain text file, read exactly as given")
    timex.add_argument("--dct", metavar="YYYY-MM-DD", help="document creation time: the day relative dates count from")
    timex.add_argument("--zone", metavar="ZONE",
                       help="the publication's time zone (Europe/London, +01:00, GMT): clock times written in "
                            "another zone (0800 GMT, 10 p.m. ET) are converted to it")
    timex.add_argument("--parse", action="store_true",
                       help="read the spaCy parse too (the governing verb's tense; report dates vs event dates)")

    from .feed.cli import add_commands  # cluster, batch: events from a feed

    _COMMANDS.update(add_commands(commands, common))
    return parser


def _version() -> str:
    from . import __version__

    return __version__


def _warn(message: str, args: argparse.Namespace) -> None:
    if not getattr(args, "quiet", False):
        print(f"srccompare: warning: {message}", file=sys.stderr)


def _note_left_out(args: argparse.Namespace) -> None:
    """One warning per folder whose scan left entries out, naming a few of them."""
    from .sources import files_left_out

    for folder, names in files_left_out(args.paths).items():
        shown = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
        _warn(f"{folder}: left out {shown} (not article files by name or suffix; name a file to read it)", args)


def _say(line: str) -> None:
    """One error line on stderr, as every error is shown (line breaks in names flattened)."""
    print("srccompare: error: " + " ".join(line.split("\n")), file=sys.stderr)



def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(output, f"cannot write: {exc.strerror or exc}") from exc


def _compare(args: argparse.Namespace) -> int:
    from .checks import repeated_inputs, separate_events
    from .options import Config, keep_verdicts, load_config, parse_verdicts
    from .intake import take_in, unreadable_entries
    from .pipeline import compare_summaries
    from .progress import ProgressBar
    from .report.articles import load_article_texts
    from .report.render import render

    config = load_config(args.config) if args.config else Config()
    only = parse_verdicts(args.only) if args.only else config.only
    fmt = args.format or config.format or "markdown"
    for warning in repeated_inputs(args.paths):
        _warn(warning, args)
    _note_left_out(args)
    with ProgressBar(enabled=not args.quiet) as bar:
        taken = take_in(args.paths, strict=args.strict, progress=bar)
    for error in taken.failures:  # also listed in the report
        _say(str(error))
    report = compare_summaries(taken.summaries, tolerances=config.tolerances)
    report = report.model_copy(update={"warnings": [*taken.warnings, *report.warnings],
                                       "unreadable": unreadable_entries(taken.failures)})
    texts = load_article_texts(report)
    spread = separate_events(report, {sid: f"{t.title}\n{t.text}" for sid, t in texts.items()})
    if spread:
        _warn(spread, args)
        report = report.model_copy(update={"warnings": [*report.warnings, spread]})
    if len(report.sources) == 1 and not taken.failures:  # a left-out file already said why there is one
        _warn("only one source was read: every fact is a gap; give two or more articles to compare", args)
    conflicts = report.summary.conflict
    if only:
        report = keep_verdicts(report, only)
    _write(render(report, fmt, articles=texts), args.output)
    if report.unreadable and len(report.sources) < 2:
        return EXIT_BAD_INPUT  # files were left out and nothing is left to compare
    return EXIT_CONFLICTS if args.fail_on_conflict and conflicts else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from .intake import take_in
    from .pipeline import complete_names
    from .summaries import dump_summaries

    from .progress import ProgressBar

    _note_left_out(args)
    with ProgressBar(enabled=not args.quiet) as bar:
        taken = take_in(args.paths, strict=args.strict, progress=bar)
    for error in taken.failures:
        _say(str(error))
    _write(dump_summaries(complete_names(taken.summaries), args.format), args.output)
    return EXIT_OK


def _timex(args: argparse.Namespace) -> int:
    from .extraction.timex import tag_timexes

    dct = None
    if args.dct:
        try:
            dct = date.fromisoformat(args.dct[:10])
        except ValueError as exc:
            raise UsageError(f"--dct {args.dct!r} is not a date (YYYY-MM-DD)") from exc
    from .sources import read_text_file

    text = read_text_file(args.file)  # plain text as given: front matter or markup is tagged too
    doc = None
    if args.parse:
        from .nlp import parse

        doc = parse(text)
    try:
        timexes = tag_timexes(text, dct, doc=doc, zone=args.zone)
    except ValueError as exc:
        raise UsageError(f"--zone: {exc}") from exc
    except Exception as exc:  # srccompare's bug, named by file
        raise AnalysisError(args.file, f"could not be tagged ({type(exc).__name__}: {exc})") from exc
    lines = []
    for timex in timexes:
        record = {"start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type, "value": timex.value}
        if timex.mod:
            record["mod"] = timex.mod
        lines.append(json.dumps(record, ensure_ascii=False))
    sys.stdout.write("".join(line + "\n" for line in lines))
    return EXIT_OK


_COMMANDS = {"compare": _compare, "extract": _extract, "timex": _timex}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status instead of exiting."""
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        parser = _parser()
        args, extra = parser.parse_known_args(argv)
        if extra:  # "compare a.md --format json b.md": paths after an option are still paths
            if any(e.startswith("-") for e in extra) or not hasattr(args, "paths"):
                parser.error(f"unrecognized arguments: {' '.join(extra)}")
            args.paths = [*args.paths, *extra]
        return _COMMANDS[args.command](args)
    except NothingToCompareError as exc:
        if debug:
            raise
        for failure in exc.failures:
            _say(str(failure))
        _say("nothing to compare: no file could be read")
        return EXIT_BAD_INPUT
    except SrcCompareError as exc:
        if debug:
            raise
        _say(str(exc))
        return EXIT_BAD_INPUT
    except SystemExit as exc:  # --help and --version print and stop: still a status, not an exit
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line for the user, the traceback with --debug
        if debug:
            raise
        print(f"srccompare: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)", file=sys.stderr)
        return EXIT_BAD_INPUT


# The parse multiplies small matrices: on a few cores, BLAS threads cost more in start-up and
# contention (with the worker processes of a large input, each would start its own) than they
# save. A user who wants them sets these variables; the CLI only supplies a default.
_ONE_BLAS_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def run() -> None:
    """Console-script entry point."""
    for name in _ONE_BLAS_THREAD:
        os.environ.setdefault(name, "1")
    sys.exit(main())
