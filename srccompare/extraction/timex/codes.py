"""Normaliser for the compact period codes of business news: "Q3 2012", "2012 Q3", "H1 2013",
"FY2013" / "FY 2013". Written in capitals, they name a quarter, a half or a (fiscal) year as
plainly as "the third quarter of 2012" does.
"""
from __future__ import annotations

import re
from datetime import date

from .grammar import group
from .reading import Reading
from .resolve import Context
from .values import CalendarPoint, format_point

__all__ = ["HANDLERS"]


def _period_code(m: re.Match[str], ctx: Context, start: int, end: int) -> Reading | None:
    """"Q3 2012" -> 2012-Q3, "H1 2013" -> 2013-H1, "FY2013" -> 2013; only in capitals (a
    lower-case "q3" or "fy" is no such code)."""
    g = lambda n: group(m, "period_code", n)  # noqa: E731
    code = g("code") or g("code2") or g("fy")
    if not code or not code.isupper():
        return None
    year = int(g("y") or g("y2") or g("y3"))
    if code == "FY":
        return Reading("DATE", f"{year:04d}", None, CalendarPoint("year", date(year, 1, 1)))
    n = int(code[1])
    if code[0] == "Q":
        point = CalendarPoint("quarter", date(year, 3 * n - 2, 1))
    else:
        point = CalendarPoint("half", date(year, 1 if n == 1 else 7, 1))
    return Reading("DATE", format_point(point), None, point)


# kind name (grammar.KINDS) -> normaliser
HANDLERS = {"period_code": _period_code}
