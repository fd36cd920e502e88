"""Files for the reader's tests, made the way real ones are: xlsxwriter and openpyxl workbooks,
xlwt .xls, a hand-made .ods, CSV in several encodings, and damaged or hostile zips."""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

Rows = Sequence[Sequence[object]]


def xlsx(path: Path, sheets: Mapping[str, Rows], *, hidden: Sequence[str] = ()) -> Path:
    """A workbook written by xlsxwriter (dates and times as real Excel dates)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    formats = {
        date: book.add_format({"num_format": "yyyy-mm-dd"}),
        datetime: book.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
        time: book.add_format({"num_format": "hh:mm"}),
        timedelta: book.add_format({"num_format": "[h]:mm:ss"}),
    }
    shown = [name for name in sheets if name not in hidden]
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        if shown and name == shown[0]:
            sheet.activate()  # Excel cannot show a hidden sheet first
        if name in hidden:
            sheet.hide()
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, date | time | timedelta):
                    sheet.write_datetime(r, c, value, formats[type(value)])
                elif isinstance(value, str):
                    sheet.write_string(r, c, value)
                else:
                    sheet.write(r, c, value)
    book.close()
    return path


def xls(path: Path, sheets: Mapping[str, Rows], *, hidden: Sequence[str] = ()) -> Path:
    """An old-format .xls (BIFF8) written by xlwt."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    day = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    moment = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        if name in hidden:
            sheet.visibility = 1
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, datetime):
                    sheet.write(r, c, value, moment)
                elif isinstance(value, date):
                    sheet.write(r, c, datetime(value.year, value.month, value.day), day)
                else:
                    sheet.write(r, c, value)
    book.save(str(path))
    return path


def rezip(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """A copy of a zip with some parts changed (`change` returns new bytes, or None to drop)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info.filename, data)
    return target


def with_dimension(source: Path, target: Path, ref: str | None) -> Path:
    """The workbook with its first sheet's <dimension ref> replaced (None: removed)."""

    def change(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        element = b"" if ref is None else f'<dimension ref="{ref}"/>'.encode()
        return re.sub(rb"<dimension [^>]*/>", element, data)

    return rezip(source, target, change)


_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>
</office:document-content>"""


def ods(path: Path, sheets: Mapping[str, Sequence[Sequence[str | int]]]) -> Path:
    """A minimal OpenDocument spreadsheet (text and whole numbers only)."""
    tables = []
    for name, rows in sheets.items():
        xml_rows = []
        for row in rows:
            cells = []
            for value in row:
                if isinstance(value, int):
                    cells.append(
                        f'<table:table-cell office:value-type="float" office:value="{value}">'
                        f"<text:p>{value}</text:p></table:table-cell>"
                    )
                else:
                    cells.append(
                        '<table:table-cell office:value-type="string">'
                        f"<text:p>{value}</text:p></table:table-cell>"
                    )
            xml_rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f'<table:table table:name="{name}">{"".join(xml_rows)}</table:table>')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", _ODS_CONTENT.format(tables="".join(tables)))
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def zip_of(path: Path, parts: Mapping[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def zip_bomb(path: Path, *, megabytes: int = 600) -> Path:
    """A real xlsx-shaped zip bomb: its sheet part is `megabytes` MB of zeros, deflated.

    Built without deflating them all: a 1 MB block of zeros compressed with a full flush is the
    same bytes every time, so the stream is that block repeated, then an empty final block. Only
    the CRC needs the whole data (zlib.crc32 runs at memory speed)."""
    block = bytes(1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = piece * megabytes + compressor.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(block, crc)
    size = megabytes << 20
    members = [
        ("[Content_Types].xml", b"<Types/>", None),
        ("xl/workbook.xml", b"<workbook/>", None),
        ("xl/worksheets/sheet1.xml", stream, (crc, size)),
    ]
    out = bytearray()
    central = bytearray()
    for name, data, deflated in members:
        raw = name.encode()
        if deflated is None:
            crc_part, size_part, method, payload = zlib.crc32(data), len(data), 0, data
        else:
            crc_part, size_part, method, payload = deflated[0], deflated[1], 8, data
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc_part, len(payload),
            size_part, len(raw), 0,
        )  # fmt: skip
        out += raw + payload
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc_part,
            len(payload), size_part, len(raw), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += raw
    out += central + struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0
    )
    path.write_bytes(bytes(out))
    return path


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)
