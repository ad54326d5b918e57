"""Turn one master-regex match into a TimeML reading (type, value, mod), or reject it.

``normalise`` dispatches on the kind that matched (``match.lastgroup``) to the kind's
normaliser in ``calendar``, ``relative`` or ``lengths``, then applies the
shared prefix rules: a modifier such as "about" or "the end of" becomes the TimeML mod, and
stays outside the span of vague references and sets ("almost daily").
"""
from __future__ import annotations

import re

from .calendar import HANDLERS as CALENDAR_HANDLERS
from .codes import HANDLERS as CODE_HANDLERS
from .daytime import HANDLERS as DAYTIME_HANDLERS
from .lengths import HANDLERS as LENGTH_HANDLERS
from .ordinals import HANDLERS as ORDINAL_HANDLERS
from .reading import Reading, half_reading, prefix_mod
from .relative import HANDLERS as RELATIVE_HANDLERS
from .resolve import Context

__all__ = ["Reading", "normalise"]

_HANDLERS = {**CALENDAR_HANDLERS, **CODE_HANDLERS, **RELATIVE_HANDLERS, **LENGTH_HANDLERS, **DAYTIME_HANDLERS,
             **ORDINAL_HANDLERS}


def normalise(m: re.Match[str], ctx: Context) -> Reading | None:
    """The reading of one master-regex match, or None when it is not a temporal expression."""
    kind = m.lastgroup
    handler = _HANDLERS.get(kind or "")
    if handler is None:
        return None
    try:
        reading = handler(m, ctx, m.start(), m.end())
    except (OverflowError, ValueError):
        return None  # calendar arithmetic beyond year 1 or 9999: nothing sensible to say
    if reading is None:
        return None
    prefix = m.group("prefix")
    if prefix and kind in ("ref", "set"):
        # "almost daily", "about the future": the modifier stays outside the timex
        return Reading(reading.type, reading.value, None, reading.point, start_trim=len(prefix),
                       anchors=reading.anchors)
    if prefix and reading.type == "DATE" and reading.point is not None \
            and reading.point.granularity == "year" and re.fullmatch(r"\d{4}", reading.value):
        # "the second half of last year", "the first half of next year": a half of whichever
        # year the words name (2012-H2), as for "the second half of 2012", not the year's end
        half = half_reading(prefix, reading.point.day.year)
        if half is not None:
            return Reading(half.type, half.value, None, half.point, reading.start_trim,
                           reading.end_trim, reading.anchors)
    if reading.mod is None and prefix and reading.type in ("DATE", "TIME", "DURATION") \
            and not (reading.value.endswith(("-H1", "-H2")) and "half" in prefix.lower()):
        # ("the first half of 2014" is H1 itself, not the start of something)
        reading = Reading(reading.type, reading.value, prefix_mod(prefix), reading.point,
                          reading.start_trim, reading.end_trim, reading.anchors)
    return reading
