"""Taking files in: one error path for every file, and warnings about doubtful input.

``take_in(paths)`` expands the user's paths, reads every file (articles and reviewed summaries)
and summarises every article. Whatever goes wrong with one file (it is missing, binary, badly
encoded, its front matter is broken, its page has no story, or analysing it fails) becomes one
``InputError`` naming that file, and the other files go on: the result holds the summaries that
were made, the errors of the files that were left out, and report-wide warnings. With
``strict=True`` the first error is raised instead. An unexpected exception while reading or
analysing a file is srccompare's bug, not the file's; it too is named by file
(``AnalysisError``) so that one bad file never stops a folder.

``input_warnings(source)`` says what is doubtful about an article that was read: a publication
date in the future or before 1900, a date-time whose time of day is not a real time, a
publication date too far from today to resolve relative dates against. ``summarize_article``
adds them to the source's warnings, so they reach the report in the API and the CLI alike. The
same file given twice (also through a folder) and two files holding the same text are
report-wide warnings.
"""
from __future__ import annotations

import hashlib
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Sequence

from .article import Article, SourceInfo
from .bounds import RESOLVABLE_FROM, RESOLVABLE_UNTIL, beyond_calendar, resolvable_publication
from .errors import AnalysisError, InputError, NothingToCompareError, SrcCompareError
from .report.model import UnreadableFile

__all__ = ["Intake", "take_in", "input_warnings", "calendar_warnings", "language_warning", "unreadable_entries"]

_EARLIEST_PLAUSIBLE = date(1900, 1, 1)
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)?$")
_PARALLEL_FROM = 8  # articles: below this, starting worker processes costs more than it saves


@dataclass
class Intake:
    """What came in: the summaries made, the files left out (each its own error), warnings."""

    summaries: list = field(default_factory=list)  # list[SourceSummary], in the order the files were named
    failures: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def unreadable_entries(failures: Sequence[InputError]) -> list[UnreadableFile]:
    """The report's record of the files left out."""
    return [UnreadableFile(path=f.path, problem=_one_line(f.problem), error=type(f).__name__) for f in failures]


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _fail(intake: Intake, error: InputError, strict: bool) -> None:
    if strict:
        raise error
    intake.failures.append(error)


def take_in(paths: Sequence[str | Path], *, strict: bool = False, workers: int | None = None,
            progress: Callable[[int, int, str, int], None] | None = None) -> Intake:
    """Read and summarise every file named by ``paths``; see the module's docstring.

    ``progress(done, total, path, characters)`` is called before each article is analysed
    (and once more with ``done == total`` at the end), for a progress line.

    Raises ``NothingToCompareError`` when no file could be read (or, when only one file was
    named, that file's own error), and with ``strict`` the first file's error.
    """
    from .sources import assign_source_ids, collect_input_files, is_summary_file, read_article
    from .summaries import load_summary_file

    intake = Intake()
    files: list[Path] = []
    first_named: dict[Path, str] = {}
    for raw in paths:
        try:
            found = collect_input_files([raw])
        except InputError as error:
            _fail(intake, error, strict)
            continue
        for file in found:
            try:
                key = file.resolve()
            except (OSError, RuntimeError):
                key = file.absolute()
            if key in first_named:
                also = "" if first_named[key] == str(file) else f" (also as {first_named[key]})"
                intake.warnings.append(f"{file}: given twice{also}; read once")
                continue
            first_named[key] = str(file)
            files.append(file)

    given = []
    articles: list[Article] = []
    for path in files:
        try:
            if is_summary_file(path):
                given.extend(load_summary_file(path))
            else:
                articles.append(read_article(path))
        except InputError as error:
            _fail(intake, error, strict)
        except Exception as exc:  # srccompare's bug, named by file; the other files go on
            _fail(intake, AnalysisError(str(path), f"could not be read ({type(exc).__name__}: {_one_line(exc)[:200]})"), strict)

    intake.warnings.extend(_same_text(articles))
    summaries = []
    for outcome in _summarize_each(assign_source_ids(articles), workers, progress):
        if isinstance(outcome, InputError):
            _fail(intake, outcome, strict)
        else:
            summaries.append(outcome)
    intake.summaries = _ordered(given, summaries, files)
    if not intake.summaries and intake.failures:
        if len(intake.failures) == 1 and len(paths) == 1:
            raise intake.failures[0]
        raise NothingToCompareError(intake.failures)
    return intake


def _same_text(articles: Sequence[Article]) -> list[str]:
    seen: dict[str, str] = {}
    warnings = []
    for article in articles:
        digest = hashlib.sha256(article.text.strip().encode("utf-8")).hexdigest()
        if digest in seen:
            warnings.append(f"{article.source.path}: holds the same text as {seen[digest]}")
        else:
            seen[digest] = article.source.path
    return warnings


def _summarize_one(article: Article):
    """One article's summary, or the error that names its file (picklable either way)."""
    from .pipeline import summarize_article

    try:
        return ("ok", summarize_article(article))
    except InputError as error:
        return ("error", type(error).__name__, error.path, error.problem)
    except SrcCompareError as error:
        return ("error", "AnalysisError", article.source.path, _one_line(error))
    except Exception as exc:  # srccompare's bug: named by file, and the other files go on
        return ("error", "AnalysisError", article.source.path,
                f"could not be analysed ({type(exc).__name__}: {_one_line(exc)[:200]})")


def _rebuild(outcome) -> object:
    if outcome[0] == "ok":
        return outcome[1]
    from . import errors

    kind = getattr(errors, outcome[1], AnalysisError)
    if not (isinstance(kind, type) and issubclass(kind, InputError)):
        kind = AnalysisError
    return kind(outcome[2], outcome[3])


def _summarize_each(articles: Sequence[Article], workers: int | None,
                    progress: Callable[[int, int, str, int], None] | None = None) -> list:
    workers = (os.cpu_count() or 1) if workers is None else workers
    tell = progress or (lambda done, total, path, size: None)
    total = len(articles)
    out = []
    if workers <= 1 or total < _PARALLEL_FROM:
        for done, article in enumerate(articles):
            tell(done, total, article.source.path, len(article.text))
            out.append(_rebuild(_summarize_one(article)))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            chunks = max(1, total // (workers * 4))
            for done, outcome in enumerate(pool.map(_summarize_one, articles, chunksize=chunks)):
                tell(done, total, articles[done].source.path, len(articles[done].text))
                out.append(_rebuild(outcome))
    tell(total, total, "", 0)
    return out


def _ordered(given: list, summaries: list, files: Sequence[Path]) -> list:
    """Summaries in the order their files were named, ids unique across summaries and articles."""
    from .summaries import SourceSummary

    taken = {s.source.id for s in given}
    renamed = []
    for summary in summaries:
        sid, n = summary.source.id, 2
        while sid in taken:
            sid, n = f"{summary.source.id}-{n}", n + 1
        taken.add(sid)
        if sid != summary.source.id:
            summary = SourceSummary(
                source=summary.source.model_copy(update={"id": sid}),
                claims=[c.model_copy(update={"source": sid}) for c in summary.claims],
                warnings=summary.warnings,
                text=summary.text,
            )
        renamed.append(summary)
    order = {str(p): i for i, p in enumerate(files)}
    return sorted(given + renamed, key=lambda s: order.get(s.source.path, len(order)))


# --- doubtful input ---------------------------------------------------------------------------


# the most frequent English function words: a third of the words of English news, a few per cent
# of French or German, none of a text in another script or of bytes decoded in the wrong encoding
_ENGLISH_WORDS = frozenset("""the of and to in a is was for on that with as by at from it he she said were are has have
had be an his her their they this which after who not but been will would its""".split())
_LETTERS = re.compile(r"[^\W\d_]+")
ENGLISH_SHARE = 0.08  # below this share of common English words, a text does not read as English
_LANGUAGE_SAMPLE = 20_000  # characters: the share is read from the start of the text


def language_warning(text: str, where: str) -> str | None:
    """A warning when a text does not read as English (srccompare reads English only), else None."""
    words = _LETTERS.findall(text[:_LANGUAGE_SAMPLE].lower())
    if len(words) < 25:
        return None
    share = sum(w in _ENGLISH_WORDS for w in words) / len(words)
    if share >= ENGLISH_SHARE:
        return None
    return (f"{where}: does not read as English ({share:.0%} of its words are common English words); "
            "srccompare reads English only, so its facts may be wrong or missing")


def input_warnings(source: SourceInfo, today: date | None = None) -> list[str]:
    """What is doubtful about a source's metadata, each warning naming its file."""
    published = source.published
    if published is None:
        return []
    where = source.path or source.outlet
    warnings = []
    today = today or datetime.now(timezone.utc).date()
    if published.earliest > date.fromordinal(min(today.toordinal() + 1, date.max.toordinal())):
        warnings.append(f"{where}: published {published.raw} lies in the future; check the date")
    elif published.latest < _EARLIEST_PLAUSIBLE:
        warnings.append(f"{where}: published {published.raw} lies before 1900; check the date")
    if not resolvable_publication(published.earliest):
        warnings.append(f"{where}: published {published.raw} is outside the years "
                        f"{RESOLVABLE_FROM.year}-{RESOLVABLE_UNTIL.year}: relative dates are not resolved")
    problem = _time_problem(published.raw)
    if problem:
        warnings.append(f"{where}: published {published.raw} {problem}; only its date is used")
    return warnings


def _time_problem(raw: str) -> str | None:
    match = _TIME.match(raw.strip())
    if match is None:
        return None
    hour, minute, second, sign, off_hour, off_minute = match.groups()
    if int(hour) > 24 or (int(hour) == 24 and (int(minute) or int(second or 0))):
        return f"has an hour of {hour}, not a real time of day"
    if int(minute) > 59:
        return f"has {minute} minutes, not a real time of day"
    if second is not None and int(second) > 60:
        return f"has {second} seconds, not a real time of day"
    if sign and (int(off_hour) > 14 or int(off_minute or 0) > 59):
        return f"has a time-zone offset of {sign}{off_hour}:{off_minute or '00'}, which no place uses"
    return None


_CALENDAR_DAYS = (date.max - date.min).days


def calendar_warnings(claims: Sequence, where: str) -> list[str]:
    """A warning for each value that reaches past the calendar (years 1-9999): "missing for 21
    centuries" from 2022 began before year 1, so its date is stopped at the calendar's edge."""
    warnings = []
    for claim in claims:
        value = claim.value
        kind = getattr(value, "kind", None)
        if kind == "time" and (beyond_calendar(value.earliest) or beyond_calendar(value.latest)):
            warnings.append(f"{where}: {claim.text!r} reaches beyond the years 1-9999; its date stops at the calendar's edge")
        elif kind == "duration" and value.max_days is not None and value.max_days > _CALENDAR_DAYS:
            warnings.append(f"{where}: {claim.text!r} is longer than the calendar (years 1-9999); a date derived from it stops at the calendar's edge")
    return list(dict.fromkeys(warnings))
