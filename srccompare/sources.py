"""Loading articles: files and folders in, :class:`~srccompare.article.Article` objects out.

Step 1 of the flow (**load** → clean → recognise mentions). Reads Markdown or plain text with
YAML front matter, plain text without it, JSON (or YAML) article objects, and HTML pages; turns
their metadata (``outlet``, ``published``, ``title``, ``url``) into a
:class:`~srccompare.article.SourceInfo`, and fails with one-line errors ("path: problem") from
:mod:`srccompare.errors` when a file cannot be used.

Text is decoded (in :mod:`srccompare.decoding`) as UTF-8 (a UTF-8 byte-order mark is dropped)
or as UTF-16/32 when the file starts with that encoding's byte-order mark; nothing else is
guessed, so invalid UTF-8 is an error that names the byte offset rather than silent mojibake.
Windows (``\\r\\n``) and old Mac (``\\r``) line endings become ``\\n`` before anything else:
**every character offset srccompare reports refers to this normalised text** (``Article.text``),
not to the bytes on disk.

Reviewed summaries (YAML/JSON with a top-level ``claims`` key, written by ``srccompare extract``)
are recognised by :func:`is_summary_file` and skipped by :func:`load_articles`; another module
parses them.
"""

from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from .article import Article, Published, SourceInfo
from .decoding import STDIN, STDIN_PATH, _read_text, read_text_file  # noqa: F401 (re-exported)
from .errors import (
    EmptyInputError,
    InputError,
    MetadataError,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "assign_source_ids",
    "collect_input_files",
    "is_summary_file",
    "load_articles",
    "parse_published",
    "read_article",
    "slugify",
]

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (
    ".md",
    ".markdown",
    ".txt",
    ".json",
    ".html",
    ".htm",
    ".yaml",
    ".yml",
)
_TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
_DATA_SUFFIXES = {".json", ".yaml", ".yml"}
_HTML_SUFFIXES = {".html", ".htm"}
# Files that live beside articles in a folder but are notes about them, not articles.
_NOT_ARTICLES = {"readme", "expected", "license", "licence", "changelog", "notes"}

NO_DATE_WARNING = (
    "no publication date: relative dates are resolved only as far as the text allows"
)

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\s?(?:Z|[+-]\d{2}(?::?\d{2})?)?$"
)
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[^\S\n]*$", re.MULTILINE)
_SLUG_JUNK = re.compile(r"[^\w]+")


# --- finding files ----------------------------------------------------------------------------


def is_standard_output(path: Path) -> bool:
    """Whether a file is where this process writes its standard output: ``compare . > report.md``
    creates report.md in the folder being read before srccompare starts, empty."""
    try:
        out, found = os.fstat(1), os.stat(path)
    except (OSError, ValueError):
        return False
    return (out.st_dev, out.st_ino) == (found.st_dev, found.st_ino)


def is_report_file(path: Path) -> bool:
    """Whether a file is a report srccompare wrote (so a folder scan does not read it back as news)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 400))
            tail = handle.read()
    except OSError:
        return False
    return (
        b'name="generator" content="srccompare' in head
        or head.startswith(b"# Source comparison:")
        or (head.lstrip().startswith(b'{\n  "sources"') and b'"tool": "srccompare"' in tail)
    )


def collect_input_files(paths: Sequence[str | Path]) -> list[Path]:
    """Expand the user's paths: files as given, folders to their article files (sorted).

    A folder contributes its own files with an article suffix (not its subfolders, hidden
    files, or notes such as README.md and EXPECTED.md). A path that does not exist is an
    :class:`InputError`; a folder with nothing to read is an :class:`EmptyInputError`.
    Each file appears once, in the order first named.
    """
    files: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:  # "-": one article read from standard input
            if STDIN_PATH not in seen:
                seen.add(STDIN_PATH)
                files.append(STDIN_PATH)
            continue
        if path.is_dir():
            try:
                children = list(path.iterdir())
            except OSError as exc:
                raise InputError(
                    str(path), f"folder cannot be read ({exc.strerror or exc})"
                ) from None
            found = sorted(
                (
                    child
                    for child in children
                    if child.is_file()
                    and not child.name.startswith(".")
                    and child.suffix.lower() in ARTICLE_SUFFIXES
                    and child.stem.lower() not in _NOT_ARTICLES
                    and not is_report_file(child)
                    and not is_standard_output(child)
                ),
                key=lambda p: p.name,
            )
            if not found:
                raise EmptyInputError(
                    str(path),
                    f"folder holds no article files ({', '.join(ARTICLE_SUFFIXES)})",
                )
        elif path.is_file():
            found = [path]
        elif path.exists():
            raise InputError(str(path), "not a regular file or folder")
        else:
            raise InputError(str(path), "no such file or folder")
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files


def files_left_out(paths: Sequence[str | Path]) -> dict[str, list[str]]:
    """For each folder among ``paths``, the names of its visible entries that a scan leaves out
    (notes, other suffixes, subfolders), so that a user is told rather than left to wonder.
    srccompare's own reports and the file standard output goes to are not listed."""
    left: dict[str, list[str]] = {}
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN or not path.is_dir():
            continue
        try:
            children = sorted(path.iterdir(), key=lambda p: p.name)
        except OSError:
            continue
        try:
            taken = set(collect_input_files([path]))
        except InputError:
            taken = set()
        names = [c.name + ("/" if c.is_dir() else "") for c in children
                 if not c.name.startswith(".") and c not in taken
                 and not (c.is_file() and (is_report_file(c) or is_standard_output(c)))]
        if names:
            left[str(path)] = names
    return left


def is_summary_file(path: str | Path) -> bool:
    """True for a YAML/JSON file whose top level is a mapping with a ``claims`` key.

    Such files are reviewed summaries written by ``srccompare extract``; unreadable or
    malformed files are not summaries (reading them as articles then reports the problem).
    """
    path = Path(path)
    if path.suffix.lower() not in _DATA_SUFFIXES:
        return False
    try:
        data = _parse_data(_read_text(path, 5_000_000), path)
    except InputError:
        return False
    return isinstance(data, dict) and "claims" in data


def load_articles(
    paths: Sequence[str | Path], *, max_bytes: int = 5_000_000
) -> list[Article]:
    """Read every article named by ``paths`` (summary files skipped), with unique source ids."""
    files = collect_input_files(paths)
    articles = [
        read_article(f, max_bytes=max_bytes) for f in files if not is_summary_file(f)
    ]
    return assign_source_ids(articles)


def assign_source_ids(articles: Sequence[Article]) -> list[Article]:
    """Give each article a unique id: the slug of its outlet, then "-2", "-3"… for the same outlet.

    Duplicates are numbered by publication date and path, not by the order the files were
    given, so the same articles get the same ids however they are listed.
    """
    def order(article: Article) -> tuple:
        published = article.source.published
        return (published.earliest.isoformat() if published else "", article.source.path)

    used: set[str] = set()
    ids: dict[int, str] = {}
    for index, article in sorted(enumerate(articles), key=lambda pair: order(pair[1])):
        base = (
            slugify(article.source.outlet)
            or slugify(Path(article.source.path).stem)
            or "source"
        )
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate)
        ids[index] = candidate
    return [
        article.model_copy(update={"source": article.source.model_copy(update={"id": ids[index]})})
        for index, article in enumerate(articles)
    ]


def slugify(name: str) -> str:
    """Lower-case ASCII words joined by hyphens ("TVP World" → "tvp-world").

    Names with no ASCII letters keep their own letters ("Газета.ру" → "газета-ру").
    """
    ascii_form = (
        unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    )
    slug = _SLUG_JUNK.sub("-", ascii_form.lower()).replace("_", "-").strip("-")
    if not slug:
        slug = _SLUG_JUNK.sub("-", unicodedata.normalize("NFKC", name).casefold())
        slug = slug.replace("_", "-").strip("-")
    return re.sub(r"-{2,}", "-", slug)


# --- reading one article ---------------------------------------------------------------------


def read_article(path: Path, *, max_bytes: int = 5_000_000) -> Article:
    """Read one article file; the format follows the suffix (unknown suffixes are sniffed).

    The body is kept verbatim (noise included) apart from line-ending normalisation and, after
    front matter, the blank lines that separate it from the body.
    """
    path = Path(path)
    text = _read_text(path, max_bytes)
    kind = _kind_of(path, text)
    if kind == "html":
        meta, body = _read_html(text, path)
    elif kind == "data":
        meta, body = _read_data_article(text, path)
    else:
        meta, body = _read_text_article(text, path)
    if not body.strip():
        raise EmptyInputError(str(path), "the article body is empty")
    return Article(source=_source_info(meta, body, path), text=body)


def _kind_of(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _DATA_SUFFIXES:
        return "data"
    if suffix in _TEXT_SUFFIXES:
        return "text"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith("{"):
        return "data"
    return "text"


# --- formats ---------------------------------------------------------------------------------


class _NoTimestampLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when installed: 15× faster
    """SafeLoader that leaves dates as strings, so ``published`` keeps exactly what was written."""


_NoTimestampLoader.yaml_implicit_resolvers = {
    key: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag != "tag:yaml.org,2002:timestamp"
    ]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_yaml(text: str, path: Path, what: str) -> Any:
    try:
        return yaml.load(text, Loader=_NoTimestampLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise MetadataError(
            str(path), f"{what} is not valid YAML{where}: {problem}"
        ) from None


def _parse_data(text: str, path: Path) -> Any:
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise MetadataError(
                str(path),
                f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            ) from None
        except RecursionError:
            raise MetadataError(str(path), "the JSON is nested too deeply to read") from None
    return _load_yaml(text, path, "the file")


def _read_data_article(text: str, path: Path) -> tuple[dict[str, Any], str]:
    data = _parse_data(text, path)
    if not isinstance(data, dict):
        raise MetadataError(
            str(path), f"expected an object with article keys, found {_kind_name(data)}"
        )
    if "claims" in data:
        raise MetadataError(
            str(path), "this is a reviewed summary (it has 'claims'), not an article"
        )
    key = "text" if "text" in data else "body" if "body" in data else None
    if key is None:
        raise MetadataError(str(path), "the article object has no 'text' or 'body' key")
    body = data[key]
    if body is None:
        body = ""
    if not isinstance(body, str):
        raise MetadataError(
            str(path), f"'{key}' must be text, found {_kind_name(body)}"
        )
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    return {k: v for k, v in data.items() if k not in ("text", "body")}, body


def _read_text_article(text: str, path: Path) -> tuple[dict[str, Any], str]:
    text = text.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0]
    if first_line.rstrip() != "---":
        return {"_no_front_matter": True}, text
    close = _FRONT_MATTER_CLOSE.search(text, len(first_line) + 1)
    if close is None:
        raise MetadataError(str(path), "front matter opened with '---' is never closed")
    meta = _load_yaml(text[len(first_line) + 1 : close.start()], path, "front matter")
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise MetadataError(
            str(path),
            f"front matter must be a mapping of keys, found {_kind_name(meta)}",
        )
    return meta, text[close.end() :].lstrip("\n")


def _kind_name(value: Any) -> str:
    return {list: "a list", dict: "a mapping", str: "text", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


# --- HTML ------------------------------------------------------------------------------------


def _read_html(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """A page's metadata and main text, through trafilatura (see :mod:`srccompare.webpage`)."""
    from .webpage import read_html_page

    meta, body, warnings = read_html_page(text, str(path))
    meta["_warnings"] = warnings
    return meta, body


# --- metadata --------------------------------------------------------------------------------


def _source_info(meta: dict[str, Any], body: str, path: Path) -> SourceInfo:
    warnings: list[str] = list(meta.pop("_warnings", []))
    name = str(path)
    outlet = _text_key(meta, "outlet", path)
    stem = "stdin" if name == STDIN else path.stem
    if meta.pop("_no_front_matter", False):
        outlet = stem
        warnings.append(f"no front matter in {name}: outlet taken from the file name '{outlet}'")
    elif not outlet:
        outlet = stem
        warnings.append(f"no outlet given in {name}: outlet taken from the file name '{outlet}'")
    title = _text_key(meta, "title", path) or _headline_of(body)
    url = _text_key(meta, "url", path) or None
    published = None
    raw_published = meta.get("published")
    if raw_published is None or (
        isinstance(raw_published, str) and not raw_published.strip()
    ):
        warnings.append(NO_DATE_WARNING)
    else:
        published = parse_published(raw_published, path=name)
    for (
        warning
    ) in warnings:  # the CLI shows SourceInfo.warnings; logging is for library users
        log.info("%s: %s", name, warning)
    return SourceInfo(
        id=slugify(outlet) or "source",
        outlet=outlet,
        published=published,
        title=title,
        url=url,
        path=name,
        warnings=tuple(warnings),
    )


def _text_key(meta: dict[str, Any], key: str, path: Path) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise MetadataError(
            str(path), f"'{key}' must be text, found {_kind_name(value)}"
        )
    return str(value).strip()


def _headline_of(body: str) -> str:
    """The first line, when it reads as a headline followed by a blank line; else ""."""
    first, sep, rest = body.lstrip("\n").partition("\n")
    line = first.strip().lstrip("#").strip()
    if not line or len(line) > 200 or line.endswith((".", ",", ";", ":")):
        return ""
    if sep and rest and not rest.startswith("\n") and rest.strip():
        return ""
    return line


def parse_published(value: Any, *, path: str = "<input>") -> Published:
    """Read a publication date: ISO date, date-time (its local date as written), month or year.

    Accepts strings ("2022-01-13", "2022-01-13T10:43:00+06:00", "2015-09", "2015"), a year as
    an integer, and ``date``/``datetime`` objects. Anything else raises :class:`MetadataError`
    naming ``path`` and the key.
    """
    if isinstance(value, datetime):
        return Published(
            raw=value.isoformat(),
            precision="day",
            earliest=value.date(),
            latest=value.date(),
        )
    if isinstance(value, date):
        return Published(
            raw=value.isoformat(), precision="day", earliest=value, latest=value
        )
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise MetadataError(
            path,
            f"'published' must be a date like 2022-01-13, found {_kind_name(value)}",
        )
    raw = value.strip()
    try:
        if match := _DAY.match(raw) or _DATETIME.match(raw):
            day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            return Published(raw=raw, precision="day", earliest=day, latest=day)
        if match := _MONTH.match(raw):
            year, month = int(match.group(1)), int(match.group(2))
            first = date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            return Published(
                raw=raw,
                precision="month",
                earliest=first,
                latest=date.fromordinal(following.toordinal() - 1),
            )
        if match := _YEAR.match(raw):
            year = int(match.group(1))
            return Published(
                raw=raw,
                precision="year",
                earliest=date(year, 1, 1),
                latest=date(year, 12, 31),
            )
    except ValueError as exc:
        raise MetadataError(
            path, f"'published' is not a real date: {raw!r} ({exc})"
        ) from None
    raise MetadataError(
        path,
        f"'published' is not a date: {raw!r} (use 2022-01-13, 2022-01-13T10:43:00+06:00, 2022-01 or 2022)",
    )
