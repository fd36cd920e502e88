"""Just enough of the OLE2 compound file format (MS-CFB) to tell why a workbook cannot be read:
Excel stores a password-protected .xlsx as a compound file with the streams EncryptionInfo and
EncryptedPackage, and a password-protected .xls has a FILEPASS record in its Workbook stream
(issue 14). Every read is bounded; anything malformed answers "not protected" and is left to the
reader, which calls it damaged.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_MAX_SECTOR = 0xFFFFFFFA
_MAX_DIRECTORY_SECTORS = 1024
_MAX_FAT_SECTORS = 109  # those named in the header: files up to ~7 MB (512-byte sectors) or more
_FILEPASS = 0x002F
_BOF = 0x0809
_EOF = 0x000A
_BOUNDSHEET = 0x0085
_HEAD_BYTES = 64 * 1024


class _Broken(Exception):
    pass


class _Compound:
    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        header = stream.read(512)
        if len(header) < 512 or not header.startswith(_MAGIC):
            raise _Broken
        shift = struct.unpack_from("<H", header, 0x1E)[0]
        if shift not in (9, 12):
            raise _Broken
        self.sector_size = 1 << shift
        self.mini_size = 1 << struct.unpack_from("<H", header, 0x20)[0]
        (fat_count, self.first_directory) = struct.unpack_from("<I I", header, 0x2C)
        self.cutoff, self.first_mini_fat = struct.unpack_from("<I I", header, 0x38)
        difat = struct.unpack_from("<109I", header, 0x4C)
        fat: list[int] = []
        for sector in difat[: min(fat_count, _MAX_FAT_SECTORS)]:
            data = self._sector(sector)
            fat.extend(struct.unpack(f"<{len(data) // 4}I", data))
        self.fat = fat

    def _sector(self, number: int) -> bytes:
        if number > _MAX_SECTOR:
            raise _Broken
        self._stream.seek((number + 1) * self.sector_size)
        data = self._stream.read(self.sector_size)
        if len(data) < self.sector_size:
            raise _Broken
        return data

    def _chain(self, start: int, limit: int) -> bytes:
        """The bytes of a FAT chain from `start`, at most `limit` bytes."""
        out = bytearray()
        seen: set[int] = set()
        sector = start
        while sector != _END_OF_CHAIN and len(out) < limit:
            if sector in seen or sector >= len(self.fat):
                raise _Broken
            seen.add(sector)
            out += self._sector(sector)
            sector = self.fat[sector]
        return bytes(out[:limit])

    def entries(self) -> list[tuple[str, int, int]]:
        """(name, start sector, size) of every directory entry."""
        data = self._chain(self.first_directory, _MAX_DIRECTORY_SECTORS * self.sector_size)
        found = []
        for offset in range(0, len(data) - 127, 128):
            length = struct.unpack_from("<H", data, offset + 64)[0]
            if not 2 <= length <= 64:
                continue
            name = data[offset : offset + length - 2].decode("utf-16-le", "replace")
            start, size = struct.unpack_from("<IQ", data, offset + 116)
            found.append((name, start, size))
        return found

    def head(self, entries: list[tuple[str, int, int]], name: str, limit: int) -> bytes:
        """The first `limit` bytes of the named stream (from the mini stream when small)."""
        for entry, start, size in entries:
            if entry != name:
                continue
            if size >= self.cutoff:
                return self._chain(start, min(size, limit))
            root_start = entries[0][1]
            mini_fat_raw = self._chain(self.first_mini_fat, 1 << 20)
            mini_fat = struct.unpack(f"<{len(mini_fat_raw) // 4}I", mini_fat_raw)
            mini_stream = self._chain(root_start, 1 << 22)
            out = bytearray()
            seen: set[int] = set()
            sector = start
            while sector != _END_OF_CHAIN and len(out) < min(size, limit):
                if sector in seen or sector >= len(mini_fat):
                    raise _Broken
                seen.add(sector)
                out += mini_stream[sector * self.mini_size : (sector + 1) * self.mini_size]
                sector = mini_fat[sector]
            return bytes(out[: min(size, limit)])
        return b""


def _has_filepass(workbook: bytes) -> bool:
    """Whether a BIFF workbook stream says it is encrypted (FILEPASS before the first sheet)."""
    offset = 0
    first = True
    while offset + 4 <= len(workbook):
        kind, length = struct.unpack_from("<HH", workbook, offset)
        if first and kind != _BOF:
            return False
        first = False
        if kind == _FILEPASS:
            return True
        if kind in (_EOF, _BOUNDSHEET):
            return False
        offset += 4 + length
    return False


def is_password_protected(path: Path) -> bool:
    """Whether an OLE2 file is a workbook protected by an open password."""
    try:
        with path.open("rb") as stream:
            compound = _Compound(stream)
            entries = compound.entries()
            names = {name for name, _, _ in entries}
            if "EncryptionInfo" in names or "EncryptedPackage" in names:
                return True
            for name in ("Workbook", "Book"):
                if name in names:
                    return _has_filepass(compound.head(entries, name, _HEAD_BYTES))
    except (OSError, _Broken, struct.error, IndexError):
        return False
    return False
