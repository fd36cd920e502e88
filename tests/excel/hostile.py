"""Hostile import files built by hand (issue 14): workbooks whose cells reach XFD1048576 under a
lying or missing <dimension>, "xls" files that are HTML or SpreadsheetML 2003, XML bombs and
external entities, and password-protected workbooks (an OLE2 container with EncryptionInfo)."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)

HEADER = ("客户姓名", "手机号")
DATA = (("张伟", "13800000001"),)


def _cell(ref: str | None, value: str, *, quote: str = '"', late: bool = False) -> str:
    r = "" if ref is None else f" r={quote}{ref}{quote}"
    if late:  # another attribute before r
        return f'<c t="inlineStr"{r}><is><t>{escape(value)}</t></is></c>'
    return f'<c{r} t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def _letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_xml(
    *, dimension: str | None, stray: str | None, style: str = "regular", rows: int = 0
) -> str:
    """A worksheet part: a header and one data row (plus `rows` more), then a stray cell.

    style: "regular" (as Excel writes), "bare" (no r on cells or rows: positions counted),
    "single" (r='A1' quoting), "prefixed" (x: namespace prefix on every tag), "late" (another
    attribute before r)."""
    data = [HEADER, *DATA, *((f"客户{i}", f"1390000{i:04d}") for i in range(rows))]
    body: list[str] = []
    p = "x:" if style == "prefixed" else ""
    for number, values in enumerate(data, start=1):
        cells = []
        for column, value in enumerate(values, start=1):
            ref = None if style == "bare" else f"{_letter(column)}{number}"
            quote = "'" if style == "single" else '"'
            cells.append(_cell(ref, value, quote=quote, late=style == "late"))
        row_ref = "" if style == "bare" else f' r="{number}"'
        body.append(f"<{p}row{row_ref}>{''.join(cells)}</{p}row>")
    if stray is not None:
        if style == "bare":
            # Reach the far column by counting: empty cells, then one with a value.
            column = int(stray)
            filler = "<c/>" * (column - 1)
            body.append("<row/>" * (1_048_576 - len(data) - 1))
            body.append(f"<row>{filler}{_cell(None, 'x')}</row>")
        else:
            row = "".join(ch for ch in stray if ch.isdigit())
            q = "'" if style == "single" else '"'
            cell = _cell(stray, "x", quote=q, late=style == "late")
            body.append(f"<{p}row r={q}{row}{q}>{cell}</{p}row>")
    if style == "prefixed":
        body = [b.replace("<c ", "<x:c ").replace("</c>", "</x:c>") for b in body]
    dim = "" if dimension is None else f'<dimension ref="{dimension}"/>'
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    if style == "prefixed":
        ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<{p}worksheet {ns}>{dim.replace('<', '<' + p)}<{p}sheetData>{''.join(body)}"
        f"</{p}sheetData></{p}worksheet>"
    )


def xlsx_by_hand(path: Path, sheet: str, *, part: str = "worksheets/sheet1.xml") -> Path:
    """An .xlsx whose only worksheet part is `sheet` (from sheet_xml), zipped by hand; `part`
    is where the workbook's relationships say it lives (relative to xl/, or absolute)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        rels = _WORKBOOK_RELS.replace('Target="worksheets/sheet1.xml"', f'Target="{part}"')
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        name = part.lstrip("/") if part.startswith("/") else f"xl/{part}"
        archive.writestr(name, sheet)  # as written: a reader may not resolve ".."
    return path


def stray_cell_xlsx(
    path: Path, *, dimension: str | None = "A1:B2", style: str = "regular", stray: str = ""
) -> Path:
    """The probe that aborted the process: a stray cell at XFD1048576 (or `stray`) under a
    dimension that says A1:B2 (or none)."""
    if not stray:
        stray = "16384" if style == "bare" else "XFD1048576"
    return xlsx_by_hand(path, sheet_xml(dimension=dimension, stray=stray, style=style))


# --- "xls" files from web systems


def html_xls(path: Path, rows: Sequence[Sequence[str]], *, encoding: str = "utf-8") -> Path:
    """What many Chinese web systems send as "导出.xls": an HTML table."""
    head = "".join(f"<th>{escape(v)}</th>" for v in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in rows[1:]
    )
    charset = "gbk" if encoding == "gb18030" else encoding
    text = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"</head><body><table border=1><tr>{head}</tr>{body}</table></body></html>"
    )
    path.write_bytes(text.encode(encoding))
    return path


def spreadsheetml_xls(
    path: Path, rows: Sequence[Sequence[str | int]], *, doctype: str = "", name: str = "客户"
) -> Path:
    """An Excel 2003 XML workbook (SpreadsheetML), as exported by many web systems as ".xls"."""
    xml_rows = []
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, int):
                cells.append(f'<Cell><Data ss:Type="Number">{value}</Data></Cell>')
            elif value.startswith("&"):  # an entity reference, left as it is
                cells.append(f'<Cell><Data ss:Type="String">{value}</Data></Cell>')
            else:
                cells.append(f'<Cell><Data ss:Type="String">{escape(value)}</Data></Cell>')
        xml_rows.append(f"<Row>{''.join(cells)}</Row>")
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"{doctype}"
        '<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        f'<Worksheet ss:Name="{name}"><Table>{"".join(xml_rows)}</Table></Worksheet></Workbook>'
    )
    path.write_text(text, encoding="utf-8")
    return path


BILLION_LAUGHS = (
    '<!DOCTYPE Workbook [<!ENTITY lol "lol">'
    '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
    '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
    '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
    '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
    '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>\n'
)


def external_entity(target: Path) -> str:
    return f'<!DOCTYPE Workbook [<!ENTITY secret SYSTEM "{target.as_uri()}">]>\n'


# --- password-protected workbooks

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _entry(
    name: str, kind: int, start: int, size: int, *, child: int = _FREE, right: int = _FREE
) -> bytes:
    raw = name.encode("utf-16-le") + b"\x00\x00"
    return (
        raw.ljust(64, b"\x00")
        + struct.pack("<HBB", len(raw), kind, 1)  # name length, type, colour black
        + struct.pack("<III", _FREE, right, child)  # left, right, child
        + bytes(16 + 4 + 16)  # CLSID, state bits, times
        + struct.pack("<IQ", start, size)
    )


def encrypted_ooxml(path: Path) -> Path:
    """What Excel writes for a .xlsx with an open password: an OLE2 compound file holding the
    streams EncryptionInfo and EncryptedPackage (only their names matter here)."""
    # Sector 0: FAT; sector 1: directory; sectors 2-3: the two (tiny) streams.
    fat = struct.pack("<4I", _FAT, _END, _END, _END).ljust(512, b"\xff")
    directory = (
        _entry("Root Entry", 5, _END, 0, child=1)
        + _entry("EncryptionInfo", 2, 2, 64, right=2)
        + _entry("EncryptedPackage", 2, 3, 64)
        + bytes(128)
    )
    header = (
        _CFB_MAGIC
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
    )
    difat = struct.pack("<I", 0) + b"\xff" * (436 - 4)
    sectors = fat + directory.ljust(512, b"\x00") + bytes(512) + bytes(512)
    path.write_bytes(header + difat + sectors)
    return path


def encrypted_xls(path: Path, plain: Path) -> Path:
    """An .xls with a FILEPASS record (0x002F) right after its first BOF: what Excel writes for
    a BIFF8 workbook with an open password. `plain` is an unprotected .xls to start from."""
    data = bytearray(plain.read_bytes())
    bof = data.find(b"\x09\x08\x10\x00\x00\x06\x05\x00")  # BOF record of the workbook stream
    if bof < 0:
        raise ValueError("no BIFF8 BOF record found")
    at = bof + 4 + 16
    record = struct.pack("<HH", 0x002F, 6) + struct.pack("<HHH", 1, 1, 1)
    data[at : at + len(record)] = record  # overwrite the next record: enough to be marked
    path.write_bytes(bytes(data))
    return path
