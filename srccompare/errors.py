"""The exceptions srccompare raises, in one tree.

    SrcCompareError            anything the library reports to a user on purpose
    ├── InputError             a file or value the user gave cannot be used
    │   ├── DecodeError        bytes that are not text in a known encoding (or are binary)
    │   ├── EmptyInputError    a file, body or folder with nothing to read
    │   ├── MetadataError      front matter or JSON keys that are missing or malformed
    │   ├── TooLargeError      an article beyond the size srccompare will read
    │   └── AnalysisError      a file that was read but could not be analysed (a bug, named by file)
    ├── NothingToCompareError  no file given could be read (each one's error is in ``failures``)
    └── UsageError             a command line or call that does not make sense

The CLI turns every ``SrcCompareError`` into one line on stderr (one per file for
``NothingToCompareError``) and exit status 2; a file left out of a folder run is one such line
while the others are still compared (see ``intake``). Anything else is a bug: per file it
becomes an ``AnalysisError`` naming the file; ``--debug`` re-raises with a traceback.
"""
from __future__ import annotations

__all__ = [
    "SrcCompareError",
    "InputError",
    "DecodeError",
    "EmptyInputError",
    "MetadataError",
    "TooLargeError",
    "AnalysisError",
    "NothingToCompareError",
    "UsageError",
]


class SrcCompareError(Exception):
    """Base class of every error srccompare raises on purpose."""


class InputError(SrcCompareError):
    """A file or value the user gave cannot be used; the message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class DecodeError(InputError):
    """The bytes are not text in UTF-8 (or a declared encoding), or look binary."""


class EmptyInputError(InputError):
    """There is nothing to read: an empty file, an empty body, a folder with no articles."""


class MetadataError(InputError):
    """Front matter or JSON metadata is malformed, or a key has a value of the wrong kind."""


class TooLargeError(InputError):
    """The article is larger than srccompare reads in one piece."""


class AnalysisError(InputError):
    """A file was read but analysing it failed. This is srccompare's fault, not the file's: the
    message names the file and the failure so that the rest of a folder can still be compared
    and the file can be reported."""


class NothingToCompareError(SrcCompareError):
    """None of the files given could be read; ``failures`` holds each file's own error."""

    def __init__(self, failures: "list[InputError]") -> None:
        self.failures = list(failures)
        shown = "; ".join(str(f) for f in self.failures[:3])
        more = f"; and {len(self.failures) - 3} more" if len(self.failures) > 3 else ""
        super().__init__(f"no file could be read ({shown}{more})")


class UsageError(SrcCompareError):
    """The command line or the call does not make sense."""


class SkippedFileWarning(UserWarning):
    """A file that a lenient read (``summarize_paths(strict=False)``) left out, with the reason:
    a warning, so that a library user never loses a file without a word."""
