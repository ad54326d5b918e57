"""Render a ``Report`` as Markdown, HTML or JSON: the last step of the flow.

JSON is the model's own dump (the contract other tools read). Markdown and HTML go through
``view.build_view`` (order, anchors, labels) and then jinja2 templates in ``templates/``; the
templates only lay out what the view holds, and formatting lives in the named filters below.

One jinja2 environment serves every call. Autoescaping is decided by the template's name:
on for ``*.html`` (so a quote holding ``<script>`` comes out as text), off for ``*.md``, whose
table cells go through ``md_escape`` instead. ``StrictUndefined`` turns a misspelt variable
into an error rather than an empty cell. Output is deterministic: no timestamps, and every
ordering comes from the report or the view.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Mapping

import jinja2
from markupsafe import Markup

from ..errors import UsageError
from .facts import ArticleText, build_page
from .model import Report

__all__ = ["FORMATS", "MARKDOWN_TABLE_MAX_OUTLETS", "SCRIPT_HASH", "TEMPLATE_DIR", "environment", "md_escape", "render"]

FORMATS: tuple[str, ...] = ("markdown", "html", "json")

TEMPLATE_DIR = Path(__file__).parent / "templates"

_TEMPLATES = {"markdown": "report.md", "html": "report.html"}

# Characters that Markdown (GitHub flavour) would read as markup in a table cell. The backslash
# comes first so the escapes added after it are not escaped again.
_MD_ESCAPES = (
    ("\\", "\\\\"),
    ("|", "\\|"),
    ("`", "\\`"),
    ("*", "\\*"),
    ("_", "\\_"),
    ("[", "\\["),
    ("]", "\\]"),
    ("~", "\\~"),
    ("<", "&lt;"),
    (">", "&gt;"),
)
_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")


def md_escape(value: object) -> str:
    """Text made safe for one Markdown table cell: markup characters escaped, lines joined.

    Escapes ``\\ | ` * _ [ ] ~`` with a backslash, ``<`` and ``>`` as entities (so no raw HTML
    gets through), and turns line breaks into single spaces (a newline would end the row).
    """
    text = _LINE_BREAKS.sub(" ", str(value))
    for char, escaped in _MD_ESCAPES:
        text = text.replace(char, escaped)
    return text


def _autoescape(template_name: str | None) -> bool:
    """Escape HTML templates, leave Markdown ones alone (they escape with ``md_escape``)."""
    return template_name is not None and template_name.endswith(".html")


def environment(loader: jinja2.BaseLoader | None = None) -> jinja2.Environment:
    """The jinja2 environment every report is rendered with (a fresh one; ``render`` keeps one).

    ``loader`` defaults to the package's templates folder; tests may pass a ``DictLoader``.
    """
    env = jinja2.Environment(
        loader=loader or jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md_escape"] = md_escape
    return env


_ENV = environment()


# The page's one script (filters, search, opening the target of a link), inline: the page's
# Content-Security-Policy allows this script by its hash and nothing else, so markup that ever
# slipped into the data could not run.
_SCRIPT = (TEMPLATE_DIR / "_script.js").read_text(encoding="utf-8").strip()
SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")

MARKDOWN_TABLE_MAX_OUTLETS = 4  # beyond this, Markdown gives a section per fact instead of a table


def render(report: Report, fmt: str, *, articles: Mapping[str, ArticleText] | None = None) -> str:
    """The report as text in ``fmt`` ("markdown", "html" or "json"); same report, same bytes.

    ``articles`` (source id → ``ArticleText``) gives the HTML page its per-article views; by
    default the HTML renderer reads them again from the sources' files where it can
    (``report.articles.load_article_texts``); pass ``{}`` for none. Raises ``UsageError`` for
    any other format name.
    """
    if fmt == "json":
        return report.model_dump_json(indent=2) + "\n"
    if fmt not in _TEMPLATES:
        raise UsageError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    template = _ENV.get_template(_TEMPLATES[fmt])
    if fmt == "html":
        if articles is None:
            from .articles import load_article_texts

            articles = load_article_texts(report)
        page = build_page(report, articles)
        return template.render(view=page.view, page=page, script=Markup(_SCRIPT), script_hash=SCRIPT_HASH)
    page = build_page(report)
    return template.render(view=page.view, page=page, as_table=len(page.sources) <= MARKDOWN_TABLE_MAX_OUTLETS)
