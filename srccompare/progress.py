"""A progress bar on standard error for long runs, drawn by rich.

It appears only when standard error is a terminal, ``--quiet`` was not given, and the run has
already taken ``DELAY`` seconds (a short run shows nothing); it is removed when done, so what
stays on the screen is the report and any warnings.
"""
from __future__ import annotations

import sys
import time
from typing import IO, Callable

__all__ = ["DELAY", "ProgressBar"]

DELAY = 1.5  # seconds before a bar is worth drawing


class ProgressBar:
    """``bar(done, total)`` after each article; ``close()`` at the end (or use ``with``)."""

    def __init__(self, description: str = "Reading articles", *, enabled: bool = True, stream: IO[str] | None = None,
                 clock: Callable[[], float] = time.monotonic, delay: float = DELAY) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and bool(getattr(self.stream, "isatty", lambda: False)())
        self.description = description
        self.clock = clock
        self.delay = delay
        self.started = clock()
        self._progress = None
        self._task = None
        self.shown = False

    def __call__(self, done: int, total: int, *_: object) -> None:
        if not self.enabled or done >= total:
            return
        if self._progress is None:
            if self.clock() - self.started < self.delay:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                      TimeElapsedColumn(), console=Console(file=self.stream), transient=True)
            self._progress.start()
            self._task = self._progress.add_task(self.description, total=total)
            self.shown = True
        self._progress.update(self._task, completed=done, total=total)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
