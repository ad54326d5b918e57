"""The command line: ``srccompare compare|extract|timex``.

Contract: ``main(argv) -> int``; exit 0 when the report was written, 2 for bad usage, when no
file could be read, when files were left out and fewer than two sources remain, or with
``--strict`` at the first file that cannot be read. Each file left out is one line on stderr
and is listed in the report.
With ``--fail-on-conflict`` (as ``git diff --exit-code``) ``compare`` exits 1 when the report
holds conflicts, for pipelines. It is opt-in because the report contract's own checker reads
the seed report, which holds a conflict, and expects exit 0. Every ``SrcCompareError`` is caught
here and printed as one line on stderr; ``--debug`` re-raises instead.
"""
from __future__ import annotations

import argparse
import json
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


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--debug", action="store_true", help="re-raise errors with a traceback")
    parser = _Parser(prog="srccompare", description="Compare how outlets report the same event.", parents=[common])
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    compare = commands.add_parser("compare", parents=[common], help="align articles or summaries and report discrepancies")
    compare.add_argument("paths", nargs="+", metavar="PATH", help="article files, summaries, or folders of them")
    compare.add_argument("--format", choices=["markdown", "html", "json"], default="markdown")
    compare.add_argument("-o", "--output", metavar="FILE", help="write the report here instead of stdout")
    compare.add_argument("--fail-on-conflict", action="store_true", help="exit 1 when the report holds a conflict")
    compare.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read (exit 2)")

    extract = commands.add_parser("extract", parents=[common], help="write each article's structured summary (a draft to review)")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.add_argument("--format", choices=["yaml", "json"], default="yaml")
    extract.add_argument("-o", "--output", metavar="FILE")
    extract.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read (exit 2)")

    timex = commands.add_parser("timex", parents=[common], help="tag temporal expressions TimeML-style, one JSON line each")
    timex.add_argument("file", metavar="FILE")
    timex.add_argument("--dct", metavar="YYYY-MM-DD", help="document creation time")
    return parser


def _say(line: str) -> None:
    """One error line on stderr, as every error is shown (line breaks in names flattened)."""
    print("srccompare: error: " + " ".join(line.split("\n")), file=sys.stderr)


def _progress():
    """A progress line on stderr while articles are analysed, when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, path: str, characters: int) -> None:
        if done >= total:
            sys.stderr.write("\r\033[K")
        else:
            size = f" ({characters / 1_000_000:.1f} M characters)" if characters >= 500_000 else ""
            sys.stderr.write(f"\r\033[Ksrccompare: analysing {done + 1}/{total}: {path}{size}")
        sys.stderr.flush()

    return show


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(output, f"cannot write: {exc.strerror or exc}") from exc


def _compare(args: argparse.Namespace) -> int:
    from .pipeline import compare_paths
    from .report.render import render

    report = compare_paths(args.paths, strict=args.strict, progress=_progress())
    for unreadable in report.unreadable:  # also listed in the report
        _say(f"{unreadable.path}: {unreadable.problem}")
    _write(render(report, args.format), args.output)
    if report.unreadable and len(report.sources) < 2:
        return EXIT_BAD_INPUT  # files were left out and nothing is left to compare
    return EXIT_CONFLICTS if args.fail_on_conflict and report.summary.conflict else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from .intake import take_in
    from .summaries import dump_summaries

    taken = take_in(args.paths, strict=args.strict, progress=_progress())
    for error in taken.failures:
        _say(str(error))
    _write(dump_summaries(taken.summaries, args.format), args.output)
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
    try:
        timexes = tag_timexes(text, dct)
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
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line for the user, the traceback with --debug
        if debug:
            raise
        print(f"srccompare: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)", file=sys.stderr)
        return EXIT_BAD_INPUT


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
