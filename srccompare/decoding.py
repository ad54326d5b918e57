"""Decoding input: bytes from a file or standard input to normalised text, or a one-line error.

Split out of :mod:`srccompare.sources` (step 1 of the flow, **load**) so that module stays one
job: finding and parsing articles. This one reads bytes (a size limit, standard input read once
and kept) and decodes them: UTF-8, or UTF-16/32 after their byte-order mark, nothing guessed;
binary input is refused; ``\\r\\n`` and ``\\r`` become ``\\n``, so every offset srccompare
reports refers to this normalised text. :mod:`srccompare.sources` re-exports the public names.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from .errors import DecodeError, EmptyInputError, InputError, TooLargeError


def read_text_file(path: str | Path, *, max_bytes: int = 5_000_000) -> str:
    """A plain text file as text, with the same checks and messages as articles get
    (missing, too large, binary, undecodable); line endings are normalised to "\\n"."""
    return _read_text(Path(path), max_bytes)


STDIN = "-"
STDIN_PATH = Path(STDIN)
_stdin_cache: dict[int, bytes] = {}  # standard input can be read once; the report reads it again


def _read_stdin(max_bytes: int) -> bytes:
    if 0 not in _stdin_cache:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("-", "standard input cannot be read")
        _stdin_cache[0] = stream.read(max_bytes + 1)
    return _stdin_cache[0]


def _read_text(path: Path, max_bytes: int) -> str:
    """Bytes → normalised text, or the error that says why not."""
    name = str(path)
    if name == STDIN:
        data = _read_stdin(max_bytes)
        name = "<stdin>"
        if len(data) > max_bytes:
            raise TooLargeError(name, f"input is over the limit of {max_bytes:,} bytes")
        return _text_of(data, name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLargeError(
                name, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes"
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise TooLargeError(name, f"file is over the limit of {max_bytes:,} bytes")
    return _text_of(data, name)


def _text_of(data: bytes, name: str) -> str:
    if not data.strip():
        raise EmptyInputError(name, "the file is empty")
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError(name, "the file holds only whitespace")
    return text


def _decode(data: bytes, name: str) -> str:
    boms = (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    )
    for bom, encoding in boms:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    name,
                    f"starts with a {encoding} byte-order mark but byte {exc.start + len(bom)} is not {encoding}",
                ) from None
            _reject_binary(text, name)
            return text
    nul = data.find(b"\x00")
    if nul != -1:
        raise DecodeError(
            name, f"looks binary (NUL byte at offset {nul}); expected UTF-8 text"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            name,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8",
        ) from None
    _reject_binary(text, name)
    return text


# Unicode "Cc" characters other than tab and line breaks (\t \n \v \f \r)
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _reject_binary(text: str, name: str) -> None:
    """Text with many control characters (other than tab and line breaks) is not an article."""
    sample = text[:100_000]
    controls = len(_CONTROL_CHARACTERS.findall(sample))
    if "\x00" in sample or controls > max(8, len(sample) // 20):
        raise DecodeError(
            name, f"looks binary ({controls} control characters); expected text"
        )
