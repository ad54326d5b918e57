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

import re
from pathlib import Path

import jinja2

from ..errors import UsageError
from .model import Report
from .view import build_view

__all__ = ["FORMATS", "TEMPLATE_DIR", "environment", "md_escape", "render"]

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


def render(report: Report, fmt: str) -> str:
    """The report as text in ``fmt`` ("markdown", "html" or "json"); same report, same bytes.

    Raises ``UsageError`` for any other format name.
    """
    if fmt == "json":
        return report.model_dump_json(indent=2) + "\n"
    if fmt not in _TEMPLATES:
        raise UsageError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    template = _ENV.get_template(_TEMPLATES[fmt])
    return template.render(view=build_view(report))
