"""HTML pages: the article's main text through trafilatura, its metadata from the page's own tags.

Step 1 of the flow (**load**), for ``.html``/``.htm`` files and files that start like a page.
trafilatura (a maintained main-text extractor: boilerplate, navigation, comments and scripts
left out, with readability and jusText as its fallbacks) finds the story; its result is turned
into the text srccompare reads, one paragraph per block (headings, paragraphs, quotations, list
items, table rows) separated by blank lines, a ``<br>`` kept as a line break. **Every offset
srccompare reports for a page points into that text** (``Article.text``), not into the markup.

Metadata comes from the page's explicit tags, first found wins:

* published: ``article:published_time``, ``og:published_time``, ``datePublished`` in JSON-LD
  (``NewsArticle``, ``Article``, ``@graph`` and lists included) or as ``itemprop``, ``pubdate``
  and Dublin Core meta tags, ``<time pubdate datetime>``; then the date trafilatura's own
  metadata finds (htmldate, without its guessing from free text);
* outlet: ``og:site_name``, the JSON-LD publisher's name, ``application-name``, then
  trafilatura's site name;
* title: ``og:title``, the JSON-LD headline, then trafilatura's title (``<title>`` or ``<h1>``);
* url: ``og:url``, ``<link rel=canonical>``, then trafilatura's.

A published value that is not a date srccompare reads (``99999-01-01``, free text) is passed
over for the next one, with a warning naming it; a page with none has no date, like any other
article. Markup that lxml cannot parse, or that the extractor fails on, is an ``InputError``
naming the file; a page with no main text is an ``EmptyInputError``. Nothing else escapes.
"""
from __future__ import annotations

import json
import logging
import re
from typing import Any

from .errors import EmptyInputError, InputError, MetadataError

__all__ = ["read_html_page"]

# The extractor and its helpers log what they could not parse; srccompare says it once, in its
# own error or warning, so their records go nowhere unless the caller configures logging.
for _name in ("trafilatura", "htmldate", "courlan", "readability", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_SPACE = re.compile(r"[^\S\n]+")
_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "dc.date.issued", "dcterms.issued", "dc.date", "date")
_OUTLET_META = ("og:site_name", "application-name")
_TITLE_META = ("og:title",)
_URL_META = ("og:url",)
_ARTICLE_TYPES = ("newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "webpage")
# trafilatura's blocks: each of these is one paragraph of srccompare's text
_PARAGRAPHS = frozenset({"p", "head", "item", "code", "cell"})
_NOT_STORY = frozenset({"nav", "footer", "aside", "header", "menu", "form"})
_CONTAINERS = frozenset({"body", "div", "list", "table", "quote", "section", "doc", "main"})


def read_html_page(text: str, name: str) -> tuple[dict[str, Any], str, list[str]]:
    """The page's metadata (``outlet``, ``published``, ``title``, ``url``), its main text, and
    warnings about metadata that was passed over. Raises ``InputError`` subclasses only."""
    try:
        import trafilatura
        from trafilatura.utils import load_html
    except ImportError as exc:  # a broken install is still named by file, not a traceback
        raise InputError(name, f"HTML pages need trafilatura, which cannot be imported ({exc})") from None
    try:
        tree = load_html(text)
    except Exception as exc:  # lxml's parser on arbitrary markup
        raise InputError(name, f"the HTML cannot be parsed ({type(exc).__name__}: {_one_line(exc)})") from None
    if tree is None:
        raise EmptyInputError(name, "the page has no article text (no document in the markup)")
    candidates = _page_metadata(tree)
    try:
        document = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            include_links=False, include_formatting=False, favor_recall=True, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        found = None if document is None else document.body
        # on a page with no story the fallbacks may return the menu itself: that is no text
        body = "" if found is None or found.tag in _NOT_STORY else _text_of(found)
    except Exception as exc:  # the extractor on hostile markup: a named error, never a traceback
        raise InputError(name, f"the page's text cannot be extracted ({type(exc).__name__}: {_one_line(exc)})") from None
    if not body.strip():
        raise EmptyInputError(name, "the page has no article text")
    if document is not None:
        candidates["published"].append(document.date)
        candidates["outlet"].append(document.sitename)
        candidates["title"].append(document.title)
        candidates["url"].append(document.url)
    meta, warnings = _choose(candidates, name)
    return meta, body, warnings


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:160]


# --- metadata -------------------------------------------------------------------------------


def _page_metadata(tree: Any) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {"published": [], "outlet": [], "title": [], "url": []}
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    ld = list(_json_ld(tree))
    found["published"] += [metas.get(k) for k in _PUBLISHED_META[:3]]
    found["published"] += [_ld_value(item, "datePublished") for item in ld]
    found["published"] += [metas.get(k) for k in _PUBLISHED_META[3:]]
    found["published"] += [t.get("datetime") for t in tree.iter("time") if t.get("pubdate") is not None
                           or (t.get("itemprop") or "").lower() == "datepublished"]
    found["outlet"] += [metas.get(_OUTLET_META[0])]
    found["outlet"] += [_ld_name(_ld_value(item, "publisher")) for item in ld]
    found["outlet"] += [metas.get(k) for k in _OUTLET_META[1:]]
    found["title"] += [metas.get(k) for k in _TITLE_META]
    found["title"] += [_ld_value(item, "headline") for item in ld]
    found["url"] += [metas.get(k) for k in _URL_META]
    found["url"] += [link.get("href") for link in tree.iter("link") if (link.get("rel") or "").lower() == "canonical"]
    return found


def _json_ld(tree: Any):
    """Article-like objects in the page's JSON-LD scripts (top level, lists and ``@graph``)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack, seen = [data], 0
        while stack and seen < 1000:
            item = stack.pop(0)
            seen += 1
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                    yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _ld_value(item: dict, key: str) -> Any:
    value = item.get(key)
    return value[0] if isinstance(value, list) and value else value


def _ld_name(value: Any) -> Any:
    return value.get("name") if isinstance(value, dict) else value


def _choose(candidates: dict[str, list[Any]], name: str) -> tuple[dict[str, Any], list[str]]:
    from .sources import parse_published

    meta: dict[str, Any] = {}
    warnings: list[str] = []
    for key in ("outlet", "title", "url"):
        value = next((" ".join(v.split()) for v in candidates[key] if isinstance(v, str) and v.strip()), None)
        if value:
            meta[key] = value
    passed_over = []
    for value in candidates["published"]:
        if not isinstance(value, str) or not value.strip():
            continue
        try:
            parse_published(value.strip(), path=name)
        except MetadataError:
            passed_over.append(value.strip())
            continue
        meta["published"] = value.strip()
        break
    for value in dict.fromkeys(passed_over):
        shown = value if len(value) <= 40 else value[:40] + "…"
        warnings.append(f"{name}: the page's publication date {shown!r} is not a date srccompare reads; passed over")
    return meta, warnings


# --- text -----------------------------------------------------------------------------------


def _text_of(body: Any) -> str:
    paragraphs: list[str] = []
    _blocks(body, paragraphs)
    return "\n\n".join(paragraphs)


def _blocks(element: Any, out: list[str]) -> None:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "row":
            cells = [" ".join(_inline(c)) for c in child]
            line = " | ".join(c for c in cells if c)
            if line:
                out.append(line)
        elif tag in _PARAGRAPHS or (tag not in _CONTAINERS and not any(isinstance(c.tag, str) and c.tag in _PARAGRAPHS for c in child)):
            out.extend(_inline(child))
        else:
            out.extend(p for p in (_clean(line) for line in (child.text or "").split("\n")) if p)
            _blocks(child, out)
        # loose text between two blocks is a paragraph of its own
        out.extend(p for p in (_clean(line) for line in (child.tail or "").split("\n")) if p)


_BREAK = "\u2029"  # stands for a <br> while the block's text is put together


def _inline(element: Any) -> list[str]:
    """A block's text as paragraphs: one, unless the block holds raw line breaks. trafilatura
    collapses whitespace inside the blocks it builds and marks ``<br>`` as ``<lb/>``; a raw line
    break is left only where its fallback extractors joined several blocks into one."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            if child.tag == "lb":
                parts.append(_BREAK)
            elif isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    paragraphs = (_clean(p.replace(_BREAK, "\n")) for p in "".join(parts).split("\n"))
    return [p for p in paragraphs if p]


def _clean(text: str) -> str:
    lines = (_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
