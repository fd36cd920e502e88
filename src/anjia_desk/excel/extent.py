"""How far a worksheet part of an .xlsx really reaches, measured from its cells before the
reader sees it (issue 14).

python-calamine holds a sheet's used area densely and aborts the whole process (a Rust panic, no
exception) when a stray cell sits at XFD1048576; the `<dimension>` tag that could warn us is
optional and may lie. So every worksheet part is streamed once, a few MB at a time, and the
furthest row and column that carry a cell are found from the cells' own `r="B7"` references.

Three speeds, the cheapest that is exact for the part:
- regular parts (what Excel, WPS and the usual libraries write: every row and cell tag opened
  as `<c r="...` with r first): when no reference has two letters or seven digits, the area is
  at most 26 × 999,999 cells and nothing more needs to be known;
- regular but wider: every reference is collected (C speed) and the largest row and column kept;
- anything else (cells without references, r not first, comments, other quoting): every row and
  cell tag is walked the way the reader places them, counting positions where `r` is missing.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from typing import IO

CHUNK_BYTES = 4 * 1024 * 1024
_MAX_CARRY = 64 * 1024 * 1024  # a text longer than this between two tags is cut anyway

# A row or cell tag (prefixed or not) that is not opened as `<c r="`: bare (`<c>`, `<c/>`),
# other whitespace, or another attribute first. Excel, WPS and the usual libraries always write
# r first; anything else is measured by walking every tag.
_ODD_TAG = re.compile(rb'<(?:c|row)(?:[^\w.: -]| (?!r="))')
_PREFIXED = re.compile(rb":(?:c|row)[^\w.:-]")
_ODD_PREFIXED_TAG = re.compile(rb'<[A-Za-z_][\w.-]*:(?:c|row)(?:[^\w.: -]| (?!r="))')
_FAR = re.compile(rb' r="\$?(?:[A-Za-z]{2}|[A-Za-z]?\$?\d{7})')
_REFS = re.compile(rb' r="\$?([A-Za-z]{0,3})\$?(\d{1,9})')
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^>]*)>")
_TAG_REF = re.compile(rb"""(?:^|\s)r\s*=\s*["']\s*\$?([A-Za-z]{0,3})\$?(\d{0,9})""")


def column_number(letters: bytes | str) -> int:
    """A1-style column letters → 1-based number (A → 1, XFD → 16384)."""
    number = 0
    for letter in letters.upper() if isinstance(letters, str) else letters.upper().decode():
        number = number * 26 + ord(letter) - 64
    return number


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """The part in pieces that never cut a tag (each ends before its last '<')."""
    carry = b""
    while True:
        data = stream.read(CHUNK_BYTES)
        if not data:
            if carry:
                yield carry
            return
        buffer = carry + data
        cut = buffer.rfind(b"<")
        if cut > 0:
            carry = buffer[cut:]
            yield buffer[:cut]
        elif cut == 0 and len(buffer) < _MAX_CARRY:
            carry = buffer  # one tag (or its text) longer than a chunk: read on
        else:
            carry = b""
            yield buffer


def _regular(chunk: bytes) -> bool:
    if _ODD_TAG.search(chunk) is not None:
        return False
    if _PREFIXED.search(chunk) is not None:  # a prefix (x:c) is rare: looked at only then
        return _ODD_PREFIXED_TAG.search(chunk) is None
    return True


def _largest_digits(numbers: list[bytes]) -> int:
    if not numbers:
        return 0
    longest = max(map(len, numbers))
    return int(max(n for n in numbers if len(n) == longest))


def _scan_refs(chunk: bytes) -> tuple[int, int]:
    """The largest row and column among a regular chunk's references."""
    refs = _REFS.findall(chunk)
    if not refs:
        return 0, 0
    letters, numbers = zip(*refs, strict=True)
    columns = {letter for letter in set(letters) if letter}
    return _largest_digits(list(numbers)), max(map(column_number, columns), default=0)


def _walk(chunks: Iterator[bytes]) -> tuple[int, int]:
    """Every row and cell tag, placed as the reader places them: a row without `r` follows the
    one before, a cell without `r` the cell before in its row. Empty `<c .../>` cells count too."""
    row = column = rows = columns = 0
    for chunk in chunks:
        for tag in _TAG.finditer(chunk):
            ref = _TAG_REF.search(tag[2])
            if tag[1] == b"row":
                row = int(ref[2]) if ref is not None and ref[2] else row + 1
                column = 0
                continue
            if ref is not None and ref[1]:
                column = column_number(ref[1])
                if ref[2]:
                    row = int(ref[2])
            else:
                column += 1
                if row == 0:
                    row = 1
            rows, columns = max(rows, row), max(columns, column)
    return rows, columns


def sheet_extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int]:
    """(last row, last column) that no cell of the worksheet part goes beyond: exact for the
    parts that need it; for a regular part within 26 × 999,999 cells, that bound itself."""
    with archive.open(info) as stream:
        for chunk in _chunks(stream):
            if not _regular(chunk):
                break
            if _FAR.search(chunk) is not None:
                return _exact_refs(archive, info)
        else:
            return 999_999, 26
    with archive.open(info) as stream:  # irregular: walk every tag
        return _walk(_chunks(stream))


def _exact_refs(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int]:
    rows = columns = 0
    with archive.open(info) as stream:
        for chunk in _chunks(stream):
            if not _regular(chunk):
                break
            chunk_rows, chunk_columns = _scan_refs(chunk)
            rows, columns = max(rows, chunk_rows), max(columns, chunk_columns)
        else:
            return rows, columns
    with archive.open(info) as stream:
        return _walk(_chunks(stream))


_RELATIONSHIP = re.compile(rb"<(?:[\w.-]+:)?Relationship\b[^>]*>")
_ATTRIBUTE = re.compile(rb"""\b(Type|Target)\s*=\s*["']([^"']*)["']""")
_RELS_BYTES = 1024 * 1024


def worksheet_parts(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Every part the reader may load as a worksheet: those under xl/worksheets/ and any other
    that the workbook's relationships name as a worksheet (a part may live anywhere)."""
    infos = {info.filename: info for info in archive.infolist()}
    names = {
        name
        for name in infos
        if name.startswith("xl/worksheets/") and name.endswith(".xml") and name.count("/") == 2
    }
    rels = infos.get("xl/_rels/workbook.xml.rels")
    if rels is not None:
        with archive.open(rels) as stream:
            data = stream.read(_RELS_BYTES)
        for tag in _RELATIONSHIP.findall(data):
            attributes = {key: value for key, value in _ATTRIBUTE.findall(tag)}
            kind, target = attributes.get(b"Type", b""), attributes.get(b"Target", b"")
            if not kind.endswith(b"/worksheet") or not target:
                continue
            text = target.decode("utf-8", "replace")
            part = text.lstrip("/") if text.startswith("/") else posixpath.join("xl", text)
            names.update((part, posixpath.normpath(part)))  # as written, and as resolved
    return [infos[name] for name in sorted(names) if name in infos]
