"""Bytes to text: size limits, empty and binary input, encodings.

Every check names the input and raises :class:`ArticleError` with a stable code, so a
reader can turn any bad file into one line for the user.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import BinaryIO

from ..errors import ArticleError, E

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that never occur in text (tab, newlines and form feed do).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


def read_limited(path: Path, origin: str, max_bytes: int) -> bytes:
    """The bytes of a file, refusing files over ``max_bytes`` before reading them.

    Raises:
        ArticleError: E008 when the file is too large, E009 when it cannot be opened.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(E.E008, origin, detail=_too_large(size, max_bytes))
        with path.open("rb") as stream:
            return read_stream_limited(stream, origin, max_bytes)
    except OSError as error:
        raise ArticleError(E.E009, origin) from error


def read_stream_limited(stream: BinaryIO, origin: str, max_bytes: int) -> bytes:
    """Read at most ``max_bytes`` from a stream (standard input), or raise E008."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ArticleError(E.E008, origin, detail=f"more than {max_bytes:,} bytes")
    return data


def decode_text(data: bytes, origin: str) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), else UTF-16/32 with a BOM.

    Raises:
        ArticleError: E001 empty, E002 binary, E003 not decodable.
    """
    if not data.strip():
        raise ArticleError(E.E001, origin)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise ArticleError(E.E003, origin, detail=_describe(error, encoding)) from error
            if not text.strip():
                raise ArticleError(E.E001, origin)
            return text
    if looks_binary(data):
        raise ArticleError(E.E002, origin)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(E.E003, origin, detail=_describe(error, "utf-8")) from error


def looks_binary(data: bytes, sample: int = 8192) -> bool:
    """True when the start of ``data`` holds NUL bytes or many control bytes."""
    head = data[:sample]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _CONTROL)
    return controls > max(4, len(head) // 100)


def _describe(error: UnicodeDecodeError, encoding: str) -> str:
    bad = error.object[error.start : error.start + 1].hex()
    return f"byte 0x{bad} at offset {error.start} is not {encoding.upper()}"


def _too_large(size: int, max_bytes: int) -> str:
    return f"{size:,} bytes, the limit is {max_bytes:,}"
