"""Keeping the cost of one article proportional to its size.

Reading one article builds hundreds of thousands of small objects (words, mentions, claims)
that hold no reference cycles. CPython's cyclic garbage collector still walks every live object
on each full collection, and full collections come more often as the heap grows, so on long
articles (megabytes of text) a growing share of the time went to the collector: 12% of the work
at 0.25 MB, 28% at 2 MB, for no memory freed (``gc.collect()`` after a run finds nothing, and
the peak resident memory is the same with the collector paused). ``gc_paused`` pauses the cyclic
collector while one article is analysed and runs one young-generation collection after it;
reference counting still frees everything as usual. Time per MB is then flat (see
``benchmarks/scaling.py``).

Nested and concurrent uses are counted: the collector is paused by the first and restored by
the last, and only if it was enabled to begin with.
"""
from __future__ import annotations

import gc
import threading
from contextlib import ContextDecorator

__all__ = ["gc_paused"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


class _GcPaused(ContextDecorator):
    def __enter__(self) -> "_GcPaused":
        global _depth, _was_enabled
        with _lock:
            if _depth == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _depth += 1
        return self

    def __exit__(self, *exc: object) -> bool:
        global _depth
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
                gc.collect(0)
        return False


def gc_paused() -> _GcPaused:
    """A context manager (and decorator) that pauses the cyclic garbage collector inside it."""
    return _GcPaused()
