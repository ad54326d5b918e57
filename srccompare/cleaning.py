"""Boilerplate: the parts of a page that are not the article, marked so they produce nothing.

Step 2 of the flow (load → **clean** → recognise mentions). Pages copied from the web carry
teasers of other stories ("… see more"), related-link lists, comment forms, donation and
newsletter appeals, share bars, cookie notices and photo credits. Their numbers and dates belong
to other stories, so extractors must skip them. Cleaning never deletes text: it returns spans
over whole paragraphs of the original text, so every offset stays valid, and callers ask
:func:`is_boilerplate` whether a mention falls inside one.

The rules are general page-furniture shapes, not phrases of any one site:

- a *read-more marker* paragraph ("see more", "read more", "continue reading") closes a teaser
  just above it: an excerpt that trails off ("…", "...") and/or the other story's headline;
- a marker or *label* that opens a list ("Read also:", "Related", "More from", "Most read",
  "about events in X") is followed by link-like paragraphs: headlines without sentence
  punctuation, or titles run together with no space ("…allianceFrom …");
- comment forms, appeals, newsletter boxes, share bars, cookie notices and credits are short
  paragraphs recognised by their wording (second person, imperative, network names).

Article paragraphs that merely mention "support" or "donate" are not boilerplate: appeals must
be short, address the reader and carry no attribution ("said", quotation marks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .mentions import Span
from .text import split_paragraphs

__all__ = ["BoilerplateSpan", "boilerplate_spans", "is_boilerplate"]


class BoilerplateSpan(Span):
    """A run of whole paragraphs that is page furniture, with the reason it was flagged.

    ``reason`` is one of "teaser", "read-more", "related-links", "comment-form", "appeal",
    "newsletter", "share", "cookie", "byline-credit", "advert", "tags".
    """

    reason: str


# --- paragraph shapes -------------------------------------------------------------------------

_READ_MORE = re.compile(
    r"^(?:see|read|view|show|load|click for|find out) more\W{0,3}$"
    r"|^(?:continue reading|keep reading|full story|read the full (?:story|article)"
    r"|read on|more on this(?: story)?|more here)\W{0,3}$",
    re.IGNORECASE,
)
# A marker that introduces a list or a single linked headline after it ("Read also: …").
_LIST_MARKER = re.compile(
    r"^(?:read (?:also|more|next|further)|see (?:also|more)(?: \w+){0,3}|also read|also on \w+|related(?: \w+)?|more from \w+(?: \w+)?"
    r"|more on this(?: story)?|more on|more coverage|recommended|live(?: updates| blog| coverage)?|watch|listen)\s*[:：\-–—»>]",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?:related(?: (?:stories|articles|news|coverage|content|links|topics|posts|reading))?"
    r"|more (?:from|about|on|in|stories|news|coverage)\b.{0,60}"
    r"|most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|now|today))?"
    r"|(?:you|we think you) (?:may|might) (?:also )?(?:like|be interested in|enjoy)"
    r"|recommended(?: for you| stories| reading)?|trending(?: now| stories)?"
    r"|(?:latest|top|other|breaking) (?:news|stories|headlines)|in other news"
    r"|further reading|what to read next|read next|editor'?s picks|(?:see|read) also"
    r"|about (?:events|the events|this|the war|the conflict) (?:in|on|at)\b.{0,60}"
    r"|(?:more )?(?:news|stories) (?:about|from|on) .{1,60})\W{0,3}$",
    re.IGNORECASE,
)
_COMMENT_FORM = re.compile(
    r"\b(?:leave a (?:reply|comment)|your email address will not be published"
    r"|required fields are marked|post (?:a )?comment|add (?:a|your) comment|cancel reply"
    r"|comments? (?:are|is) closed|(?:log|sign) in to (?:comment|reply)|join the (?:discussion|conversation)"
    r"|save my name, email|show comments|view comments|(?<!\d)\d+ comments?$|be the first to comment"
    r"|notify me of (?:new|follow-up) (?:comments|posts))\b",
    re.IGNORECASE,
)
_FORM_FIELD = re.compile(
    r"^(?:name|e-?mail|website|comment|message|submit|send|post|cancel|reply)\s*\*?\W{0,3}$",
    re.IGNORECASE,
)
_NEWSLETTER = re.compile(
    r"\b(?:sign up|subscribe|register)\b.{0,60}\bnewsletters?\b"
    r"|\bnewsletters?\b.{0,60}\b(?:sign up|subscribe|inbox)\b"
    r"|\b(?:sign up (?:for|to) our|subscribe (?:to our|now|here|today)|(?:delivered )?(?:to|in) your inbox)\b",
    re.IGNORECASE,
)
_APPEAL = re.compile(
    r"\b(?:support (?:us|our|independent|quality|this)|your (?:support|donation|contribution)"
    r"|we need (?:your|you)|(?:please |you can )?(?:donate|contribute|chip in)(?: now| today| here| to)\b"
    r"|make a (?:donation|contribution)|become (?:a|our) (?:member|supporter|patron|subscriber)"
    r"|(?:is|are) working for you|help us (?:keep|continue|remain|stay)|subscribe\b|donate$"
    r"|reader[- ]funded|independent journalism)",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"\b(?:(?:we|this (?:web)?site) uses? cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent)"
    r"|by continuing to (?:browse|use) (?:this|our) (?:site|website))\b",
    re.IGNORECASE,
)
_SHARE_WORDS = frozenset(
    """
    share shares shared this article story post page on via tweet twitter x facebook whatsapp telegram linkedin reddit pinterest email e-mail mail print copy link url messenger vk viber save bookmark flipboard tumblr and or the
    """.split()  # noqa: SIM905
)
_CREDIT = re.compile(
    r"^\(?(?:(?:photo|image|picture|video|illustration|graphic|map|cover|header)s?(?: credits?)?"
    r"|credits?|pictured|reporting|editing|writing|additional reporting)(?: by)?\s*[:：/]"
    r"|^\(?(?:photo|image|picture|video)s? by\b"
    r"|^\(?(?:reporting|writing|additional reporting) by\b",
    re.IGNORECASE,
)
# "By Jane Doe" or "By Jane Doe and Omar Ali, Reuters": a byline on its own line.
_BYLINE = re.compile(
    r"^By [A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3}"
    r"(?:,? (?:and|&) [A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3})?(?:\s*[,|/\-–—]\s*[\w .]{0,40})?$"
)
_ADVERT = re.compile(
    r"^(?:advertisement|sponsored(?: content)?|ad|promoted|story continues below)\W{0,3}$",
    re.IGNORECASE,
)
_TAGS = re.compile(r"^(?:tags|topics|filed under|categories)\s*[:：]", re.IGNORECASE)
# "Posted: Nov 27, 2005 6:04 PM", "Last updated at 4:31 AM", "Published 0915 GMT (1015 CET)": when the page
# was written, which is metadata, not a fact of the story
_STAMP = re.compile(
    r"^\(?(?:posted|updated|last updated|published|first published|modified|created|date)\b(?:\s+(?:on|at))?\s*[:：]?\s*"
    r"(?=[\w,.: /()-]{0,80}$)(?=.*\d)",
    re.IGNORECASE,
)
# a line that is only a date and/or a clock time: "May 03, 2013", "Friday, June 7, 2013", "4/9/2007 6:04 PM",
# "June 3, 2011-9:15AM"
_DATE_ONLY = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:[,@\s|–—-]+(?:at\s+)?\d{1,2}[:.]?\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\W*$",
    re.IGNORECASE,
)

_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|stated|added)\b|[\"“”«»]", re.IGNORECASE
)
_WORD = re.compile(r"[^\W_][\w'’\-]*")
# "allianceFrom": two link titles run together with no space between them.
_RUN_TOGETHER = re.compile(r"[a-z][’']?[A-Z][a-z]")
_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]*(?:\s|$)")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\"”’'»)\]]*\s*$")

# Appeals, forms and notices are short; article paragraphs rarely are.
_SHORT = 40  # words
_SHORT_CHARS = 400


def boilerplate_spans(text: str) -> list[BoilerplateSpan]:
    """Return the boilerplate blocks of ``text``, each covering whole paragraphs, in order."""
    paragraphs = split_paragraphs(text)
    reasons: list[str | None] = [None] * len(paragraphs)
    words = [len(_WORD.findall(p.text)) for p in paragraphs]

    for i, para in enumerate(paragraphs):
        if reasons[i] is None:
            reasons[i] = _single_paragraph_reason(para.text, words[i])

    for i, para in enumerate(paragraphs):
        body = para.text
        if _READ_MORE.match(body):
            reasons[i] = "read-more"
            _mark_teaser_above(paragraphs, reasons, i)
        elif _LIST_MARKER.match(body) and words[i] <= 25:
            reasons[i] = (
                "read-more" if _has_headline_after_marker(body) else "related-links"
            )
            _mark_links_below(paragraphs, reasons, i)
        elif (
            _LABEL.match(body) and words[i] <= 12 and _SENTENCE_END.search(body) is None
        ):
            if _mark_links_below(paragraphs, reasons, i):
                reasons[i] = "related-links"
        elif reasons[i] is None and _ends_with_read_more(body):
            reasons[i] = "teaser"
            _mark_teaser_above(paragraphs, reasons, i)
        elif reasons[i] == "comment-form":
            _mark_form_fields_below(paragraphs, reasons, i)

    spans = _merge(text, paragraphs, reasons)
    return sorted(spans + _stamp_lines(text, paragraphs, reasons), key=lambda b: b.start)


def _stamp_lines(text: str, paragraphs: Sequence[Span], reasons: Sequence[str | None]) -> list[BoilerplateSpan]:
    """Date and "Posted:/Updated:" lines inside a longer paragraph (pages that put one line per
    sentence): when the page was written is metadata, not a fact of the story."""
    found = []
    for para, reason in zip(paragraphs, reasons):
        if reason is not None or "\n" not in para.text:
            continue
        offset = para.start
        for line in para.text.split("\n"):
            body = line.strip()
            if body and len(_WORD.findall(body)) <= 14 and (_STAMP.match(body) or _DATE_ONLY.match(body)):
                start = offset + line.index(body)
                found.append(BoilerplateSpan(start=start, end=start + len(body), text=body, reason="date-stamp"))
            offset += len(line) + 1
    return found


def is_boilerplate(start: int, end: int, spans: Sequence[Span]) -> bool:
    """True when the text ``[start, end)`` overlaps any of ``spans`` (an empty range: contains)."""
    for span in spans:
        if start == end:
            if span.start <= start < span.end:
                return True
        elif span.start < end and start < span.end:
            return True
    return False


# --- single-paragraph rules -----------------------------------------------------------------


def _single_paragraph_reason(body: str, n_words: int) -> str | None:
    if n_words > _SHORT or len(body) > _SHORT_CHARS:
        return None
    if _COOKIE.search(body):
        return "cookie"
    if _is_share_bar(body):
        return "share"
    if _ADVERT.match(body):
        return "advert"
    if _TAGS.match(body):
        return "tags"
    if n_words <= 14 and (_STAMP.match(body) or _DATE_ONLY.match(body.strip())):
        return "date-stamp"
    if (_CREDIT.match(body) or _BYLINE.match(body)) and n_words <= 25:
        return "byline-credit"
    if _ATTRIBUTION.search(body):
        # Reported speech is the article's, even when it sounds like an appeal:
        # "We need your support," the candidate said.
        return None
    if _COMMENT_FORM.search(body) and n_words <= 25:
        return "comment-form"
    if _NEWSLETTER.search(body):
        return "newsletter"
    if _APPEAL.search(body) and _addresses_reader(body):
        return "appeal"
    return None


def _addresses_reader(body: str) -> bool:
    """Appeals speak to the reader: "you", "your", "us", or an imperative first word."""
    lowered = body.lower()
    if re.search(r"\b(?:you|your|us)\b", lowered):
        return True
    openers = re.findall(r"(?:^|[.!?:]\s+)([a-z]+)", lowered)
    return any(
        first in {"donate", "support", "subscribe", "contribute", "join", "become", "help"}
        for first in openers
    )


def _is_share_bar(body: str) -> bool:
    tokens = [t.lower() for t in re.findall(r"[\w\-]+", body)]
    if not tokens or len(tokens) > 12:
        return False
    if not any(
        t
        in {"share", "tweet", "facebook", "twitter", "whatsapp", "telegram", "linkedin"}
        for t in tokens
    ):
        return False
    return all(t in _SHARE_WORDS or t.isdigit() for t in tokens)


# --- multi-paragraph rules ----------------------------------------------------------------


def _is_headline_like(body: str) -> bool:
    """A short line without sentence punctuation at its end: a title, not a sentence."""
    if "\n" in body.strip():
        return False
    n = len(_WORD.findall(body))
    stripped = body.rstrip()
    if not 1 <= n <= 25 or stripped[-1] in ".,;:…":
        return False
    first = next((c for c in stripped if c.isalnum()), "")
    return bool(first) and not first.islower()


def _is_link_run(body: str) -> bool:
    """Link-like text: titles run together, or lines that are all headline-like."""
    lines = [line for line in body.splitlines() if line.strip()]
    if len(lines) > 1 and all(_is_headline_like(line) for line in lines):
        return True
    if len(_RUN_TOGETHER.findall(body)) >= 1 and len(_SENTENCE_END.findall(body)) <= 1:
        return True
    return _is_headline_like(body)


def _ends_with_read_more(body: str) -> bool:
    """An excerpt closed by its own marker: "… the minister said… Read more"."""
    tail = body[-40:].lower()
    return bool(
        re.search(r"(?:…|\.\.\.|[.!?]|\s[—–|-])\s*(?:see|read|continue reading|full story)(?: more)?\W{0,3}$", tail)
    ) or bool(
        re.search(r"(?:…|\.\.\.)\s*(?:continue reading|full story)\W{0,3}$", tail)
    )


def _mark_teaser_above(
    paragraphs: list[Span], reasons: list[str | None], i: int
) -> None:
    """Mark the excerpt and/or headline of another story just above a read-more marker."""
    j = i - 1
    if j >= 0 and reasons[j] is None and _ELLIPSIS_END.search(paragraphs[j].text):
        reasons[j] = "teaser"
        j -= 1
        if j >= 0 and reasons[j] is None and _is_headline_like(paragraphs[j].text):
            reasons[j] = "teaser"
    elif j >= 0 and reasons[j] is None and _is_headline_like(paragraphs[j].text):
        reasons[j] = "teaser"


def _has_headline_after_marker(body: str) -> bool:
    rest = re.split(r"[:：\-–—»>]", body, maxsplit=1)
    return len(rest) == 2 and bool(rest[1].strip())


def _mark_links_below(
    paragraphs: list[Span], reasons: list[str | None], i: int
) -> bool:
    """Mark the link-like paragraphs right after a label; True when there was at least one."""
    marked = False
    j = i + 1
    while (
        j < len(paragraphs) and reasons[j] is None and _is_link_run(paragraphs[j].text)
    ):
        reasons[j] = "related-links"
        marked = True
        j += 1
    return marked


def _mark_form_fields_below(
    paragraphs: list[Span], reasons: list[str | None], i: int
) -> None:
    j = i + 1
    while j < len(paragraphs) and reasons[j] in (None, "comment-form"):
        body = paragraphs[j].text
        if not (_FORM_FIELD.match(body) or _COMMENT_FORM.search(body)):
            break
        reasons[j] = "comment-form"
        j += 1


def _merge(
    text: str, paragraphs: list[Span], reasons: list[str | None]
) -> list[BoilerplateSpan]:
    """Join neighbouring paragraphs flagged for the same reason into one block."""
    blocks: list[BoilerplateSpan] = []
    i = 0
    while i < len(reasons):
        reason = reasons[i]
        if reason is None:
            i += 1
            continue
        last = i
        while last + 1 < len(reasons) and reasons[last + 1] == reason:
            last += 1
        start, end = paragraphs[i].start, paragraphs[last].end
        blocks.append(
            BoilerplateSpan(start=start, end=end, text=text[start:end], reason=reason)
        )
        i = last + 1
    return blocks
