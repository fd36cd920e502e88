"""The hostile import files of hostile_files.py, written into a folder.

Each maker writes one file and returns its path; `build(folder, quick=...)` writes them all and
returns (name, path, what a good app does with it). Everything is hand-built (zip parts, a CFB
container, XML) so that the files lie exactly as a hostile or broken exporter would.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HEADER = ("客户姓名", "手机号", "渠道", "备注")
Value = str | int | float | bool | tuple[str, str] | None  # ("f", formula) → a formula cell


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    expect: str  # "read" (rows come in), "refuse" (a Chinese refusal), "either"
    note: str = ""
    #: a further check of hostile_files.py: password, footer, dup_header, controls, formula
    check: str = ""


def phones(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        p = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def good_rows(n: int, seed: int = 7) -> list[list[Value]]:
    return [[f"探针客户{i:05d}", p, "自然来访", "探针"] for i, p in enumerate(phones(n, seed))]


# ----------------------------------------------------------------------------------- xlsx parts


def col_name(index: int) -> str:
    """0 → A, 16383 → XFD."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell_xml(ref: str, value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return f'<c r="{ref}" t="str"><f>{_esc(value[1])}</f><v>0</v></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_esc(value)}</t></is></c>'


def rows_xml(rows: Sequence[Sequence[Value]], start: int = 1) -> str:
    parts = []
    for r, row in enumerate(rows, start):
        cells = "".join(cell_xml(f"{col_name(c)}{r}", v) for c, v in enumerate(row))
        parts.append(f'<row r="{r}">{cells}</row>')
    return "".join(parts)


def sheet_xml(body: str, dimension: str | None = "A1", prolog: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"{dim}<sheetData>{body}</sheetData></worksheet>"
    )


def _workbook(names: Sequence[str], hidden: bool = False) -> str:
    state = ' state="hidden"' if hidden else ""
    sheets = "".join(
        f'<sheet name="{_esc(n)}" sheetId="{i}"{state} r:id="rId{i}"/>'
        for i, n in enumerate(names, 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<sheets>{sheets}</sheets></workbook>"
    )


_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def xlsx_parts(
    sheets: Sequence[str], shared: str | None = None, names: Sequence[str] | None = None
) -> dict[str, str | bytes]:
    names = names or [f"Sheet{i}" for i in range(1, len(sheets) + 1)]
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_CT_SHEET}"/>'
        for i in range(1, len(sheets) + 1)
    )
    if shared is not None:
        overrides += (
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    if shared is not None:
        rels += (
            f'<Relationship Id="rId{len(sheets) + 1}" Type="{_REL}/sharedStrings" '
            'Target="sharedStrings.xml"/>'
        )
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{overrides}</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": _workbook(names),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rels}</Relationships>"
        ),
    }
    for i, sheet in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = sheet
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    return parts


def write_zip(path: Path, parts: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def xlsx(path: Path, rows: Sequence[Sequence[Value]], dimension: str | None = "auto") -> Path:
    if dimension == "auto":
        width = max((len(r) for r in rows), default=1)
        dimension = f"A1:{col_name(max(width, 1) - 1)}{max(len(rows), 1)}"
    return write_zip(path, xlsx_parts([sheet_xml(rows_xml(rows), dimension)]))


def table_rows(n: int = 5, seed: int = 7) -> list[list[Value]]:
    return [list(HEADER), *good_rows(n, seed)]


# ----------------------------------------------------------------------------------- bombs


def zip_bomb(path: Path, megabytes: int, part: str = "xl/worksheets/sheet1.xml") -> Path:
    """A part that inflates to `megabytes` of spaces inside a well-formed sheet."""
    parts = xlsx_parts([sheet_xml(rows_xml(table_rows(3)))], shared=None)
    parts.pop(part, None)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in parts.items():
            z.writestr(name, data)
        with z.open(part, "w", force_zip64=True) as handle:
            head = sheet_xml(rows_xml(table_rows(3)))
            cut = head.index("</sheetData>")
            handle.write(head[:cut].encode())
            chunk = b" " * (1 << 20)
            for _ in range(megabytes):
                handle.write(chunk)
            handle.write(head[cut:].encode())
    return path


def lying_sizes(path: Path, source: Path) -> Path:
    """A zip bomb whose headers declare each part a few bytes long."""
    data = bytearray(source.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := data.find(signature, start)) >= 0:
            size = struct.unpack_from("<I", data, at + offset)[0]
            if size not in (0xFFFFFFFF,) and size > 100_000:
                struct.pack_into("<I", data, at + offset, 4096)
            start = at + 4
    path.write_bytes(bytes(data))
    return path


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    + "".join(
        f'<!ENTITY lol{i} "{"".join(f"&lol{i - 1};" for _ in range(10))}">' for i in range(2, 10)
    )
    + "]>"
)
XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def entity_sheet(path: Path, prolog: str, entity: str) -> Path:
    body = rows_xml(table_rows(2)) + (
        f'<row r="4"><c r="A4" t="inlineStr"><is><t>{entity}</t></is></c>'
        '<c r="B4" t="inlineStr"><is><t>13900001111</t></is></c></row>'
    )
    return write_zip(path, xlsx_parts([sheet_xml(body, "A1:D4", prolog)]))


def entity_shared(path: Path, prolog: str, entity: str) -> Path:
    shared = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" '
        f'uniqueCount="3"><si><t>客户姓名</t></si><si><t>手机号</t></si><si><t>{entity}</t></si>'
        "</sst>"
    )
    body = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>13900002222</v></c></row>'
    )
    return write_zip(path, xlsx_parts([sheet_xml(body, "A1:B2")], shared=shared))


def nested_sheet(path: Path, depth: int) -> Path:
    deep = "<x>" * depth + "</x>" * depth
    body = rows_xml(table_rows(2)) + f'<row r="4"><c r="A4"><v>1</v>{deep}</c></row>'
    return write_zip(path, xlsx_parts([sheet_xml(body, "A1:D4")]))


# ----------------------------------------------------------------------------------- .xls


def html_table(rows: Sequence[Sequence[Value]]) -> str:
    trs = "".join(
        "<tr>" + "".join(f"<td>{_esc(str(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    return (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f"<body><table border=1>{trs}</table></body></html>"
    )


def spreadsheet_ml(rows: Sequence[Sequence[Value]], prolog: str = "", extra: str = "") -> str:
    xml_rows = "".join(
        "<Row>"
        + "".join(f'<Cell><Data ss:Type="String">{_esc(str(v))}</Data></Cell>' for v in row)
        + "</Row>"
        for row in rows
    )
    return (
        f'<?xml version="1.0"?>{prolog}<?mso-application progid="Excel.Sheet"?>'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        f'<Worksheet ss:Name="客户"><Table>{xml_rows}{extra}</Table></Worksheet></Workbook>'
    )


def cfb_encrypted(path: Path) -> Path:
    """An OLE2 compound file holding EncryptionInfo + EncryptedPackage: what Excel writes for
    a workbook with an open password (agile encryption)."""
    info = (
        b"\x04\x00\x04\x00\x40\x00\x00\x00"
        + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">'
        b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
        b'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
        b'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>'
    )
    info = info.ljust(4096, b" ")
    rng = random.Random(14)
    package = struct.pack("<Q", 9000) + bytes(rng.getrandbits(8) for _ in range(8184))
    streams = [("EncryptionInfo", info), ("EncryptedPackage", package)]
    sector = 512
    end, free, fat_sect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    fat = [fat_sect, end]  # sector 0: the FAT, sector 1: the directory
    starts = []
    for _name, data in streams:
        n = len(data) // sector
        first = len(fat)
        starts.append(first)
        fat.extend(range(first + 1, first + n))
        fat.append(end)
    fat.extend([free] * (128 - len(fat)))
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)  # FAT sectors
    struct.pack_into("<I", header, 48, 1)  # first directory sector
    struct.pack_into("<I", header, 56, 0x1000)
    struct.pack_into("<IIII", header, 60, end, 0, end, 0)
    struct.pack_into("<I", header, 76, 0)
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, free)

    def entry(
        name: str, kind: int, left: int, right: int, child: int, start: int, size: int
    ) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        raw[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, left, right, child)
        struct.pack_into("<IQ", raw, 116, start, size)
        return bytes(raw)

    nostream = 0xFFFFFFFF
    directory = (
        entry("Root Entry", 5, nostream, nostream, 1, end, 0)
        + entry("EncryptionInfo", 2, nostream, 2, nostream, starts[0], len(info))
        + entry("EncryptedPackage", 2, nostream, nostream, nostream, starts[1], len(package))
        + entry("", 0, nostream, nostream, nostream, 0, 0)
    )
    body = struct.pack("<128I", *fat) + directory + info + package
    path.write_bytes(bytes(header) + body)
    return path


def biff_xls(path: Path, rows: Sequence[Sequence[Value]]) -> Path | None:
    try:
        import xlwt  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return None
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("客户")
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            sheet.write(r, c, v)
    book.save(str(path))
    return path


# ----------------------------------------------------------------------------------- the corpus


def build(folder: Path, *, quick: bool) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(
        name: str,
        expect: str,
        maker: Callable[[Path], Path | None],
        note: str = "",
        check: str = "",
    ) -> None:
        path = folder / name
        try:
            made = maker(path)
        except Exception as exc:  # a maker that fails is reported, not fatal
            print(f"  (could not build {name}: {exc!r})")
            return
        if made is not None:
            cases.append(Case(name, made, expect, note, check))

    base: list[list[Value]] = table_rows(5)
    add("00_control.xlsx", "read", lambda p: xlsx(p, base), "a plain good file")
    add("01_control.csv", "read", lambda p: _csv(p, base), "a plain good CSV")

    # Dimensions and stray cells.
    stray = rows_xml(base) + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    add(
        "02_stray_XFD1048576_lying_dim.xlsx",
        "either",
        lambda p: write_zip(p, xlsx_parts([sheet_xml(stray, "A1:D6")])),
        "stray cell at the last cell, dimension A1:D6",
    )
    add(
        "03_stray_XFD1048576_no_dim.xlsx",
        "either",
        lambda p: write_zip(p, xlsx_parts([sheet_xml(stray, None)])),
    )
    add(
        "04_huge_dimension.xlsx",
        "either",
        lambda p: write_zip(p, xlsx_parts([sheet_xml(rows_xml(base), "A1:XFD1048576")])),
    )
    add(
        "05_dimension_1000001_rows.xlsx",
        "either",
        lambda p: write_zip(p, xlsx_parts([sheet_xml(rows_xml(base), "A1:D1000001")])),
    )
    beyond = rows_xml(base) + '<row r="1048577"><c r="A1048577"><v>1</v></c></row>'
    add(
        "06_row_beyond_excel.xlsx",
        "either",
        lambda p: write_zip(p, xlsx_parts([sheet_xml(beyond, None)])),
    )
    wide = "".join(
        f'<row r="{r}">'
        + "".join(f'<c r="{col_name(c)}{r}"><v>1</v></c>' for c in range(16384))
        + "</row>"
        for r in range(2, 12 if quick else 62)
    )
    add(
        "07_wide_16384_columns.xlsx",
        "either",
        lambda p: write_zip(p, xlsx_parts([sheet_xml(rows_xml(base[:1]) + wide, None)])),
    )
    # Bombs.
    bomb_mb = 520 if quick else 1100
    add("08_zip_bomb_sheet.xlsx", "refuse", lambda p: zip_bomb(p, bomb_mb), f"{bomb_mb} MB part")
    add(
        "09_zip_bomb_lying_sizes.xlsx",
        "refuse",
        lambda p: lying_sizes(p, folder / "08_zip_bomb_sheet.xlsx"),
        "declared 4 KB",
    )
    add(
        "10_billion_laughs_sheet.xlsx",
        "either",
        lambda p: entity_sheet(p, LAUGHS, "&lol9;"),
    )
    add(
        "11_billion_laughs_shared.xlsx",
        "either",
        lambda p: entity_shared(p, LAUGHS, "&lol9;"),
    )
    add("12_external_entity_sheet.xlsx", "either", lambda p: entity_sheet(p, XXE, "&xxe;"))
    add("13_external_entity_shared.xlsx", "either", lambda p: entity_shared(p, XXE, "&xxe;"))
    add("14_deeply_nested.xlsx", "either", lambda p: nested_sheet(p, 200_000))
    # What web systems call .xls.
    add("15_html_table.xls", "read", lambda p: _text(p, html_table(base)))
    add("16_html_table_gbk.xls", "read", lambda p: _gbk_html(p, base))
    add("17_spreadsheetml_2003.xls", "read", lambda p: _text(p, spreadsheet_ml(base)))
    add(
        "18_spreadsheetml_laughs.xls",
        "either",
        lambda p: _text(
            p,
            spreadsheet_ml(
                base, LAUGHS, '<Row><Cell><Data ss:Type="String">&lol9;</Data></Cell></Row>'
            ),
        ),
    )
    add(
        "19_spreadsheetml_xxe.xls",
        "either",
        lambda p: _text(
            p,
            spreadsheet_ml(
                base, XXE, '<Row><Cell><Data ss:Type="String">&xxe;</Data></Cell></Row>'
            ),
        ),
    )
    add("20_password_protected.xlsx", "refuse", cfb_encrypted, "CFB", "password")
    add("21_password_protected.xls", "refuse", cfb_encrypted, "CFB", "password")
    add("22_biff8.xls", "read", lambda p: biff_xls(p, base), "real old .xls")
    # Empty, random, truncated.
    add("23_empty.xlsx", "refuse", lambda p: _bytes(p, b""))
    add("24_empty.csv", "refuse", lambda p: _bytes(p, b""))
    add("25_empty.xls", "refuse", lambda p: _bytes(p, b""))
    rng = random.Random(1414)
    noise = bytes(rng.getrandbits(8) for _ in range(64 * 1024))
    add("26_random.xlsx", "refuse", lambda p: _bytes(p, noise))
    add("27_random.xls", "refuse", lambda p: _bytes(p, noise))
    add("28_random.csv", "either", lambda p: _bytes(p, noise))
    whole = xlsx(folder / "_whole.xlsx", table_rows(200))
    add(
        "29_truncated.xlsx",
        "refuse",
        lambda p: _bytes(p, whole.read_bytes()[: whole.stat().st_size // 2]),
    )
    add("30_zip_not_xlsx.xlsx", "refuse", lambda p: write_zip(p, {"readme.txt": "hello"}))
    add(
        "31_missing_sheet_part.xlsx",
        "refuse",
        lambda p: write_zip(
            p,
            {k: v for k, v in xlsx_parts([sheet_xml(rows_xml(base))]).items() if "sheet1" not in k},
        ),
    )
    add(
        "32_malformed_sheet_xml.xlsx",
        "refuse",
        lambda p: write_zip(p, xlsx_parts(["<worksheet><sheetData><row><c>"])),
    )
    # Content that lies.
    footer: list[list[Value]] = [*base, ["合计", "", "", "5 人"], ["小计", 5, None, None]]
    add("33_total_footer.xlsx", "read", lambda p: xlsx(p, footer), "合计/小计", "footer")
    add("34_total_footer.csv", "read", lambda p: _csv(p, footer), "合计/小计", "footer")
    dup: list[list[Value]] = [
        ["客户姓名", "手机号", "手机号", "备注"],
        *[[r[0], r[1], "13800000000", ""] for r in base[1:]],
    ]
    add("35_duplicate_headers.xlsx", "either", lambda p: xlsx(p, dup), "手机号 twice", "dup_header")
    formula: list[list[Value]] = [
        list(HEADER),
        ["=cmd|' /C calc'!A0", "13900003333", "自然来访", ("f", 'HYPERLINK("http://x","点")')],
        [("f", "1+1"), "13900003334", "自然来访", "+SUM(1,2)"],
        ["@SUM(1)", ("f", "13900003335"), "自然来访", "-2+3"],
    ]
    add("36_formula_cells.xlsx", "either", lambda p: xlsx(p, formula), "", "formula")
    add("37_formula_cells.csv", "either", lambda p: _csv(p, formula), "", "formula")
    bidi: list[list[Value]] = [
        list(HEADER),
        ["张\u202e三", "13900004441", "自然来访", "备\u200b注\u202d"],
        ["李_x0007_四", "13900004442", "自然来访", "_x0000_空字节"],
        ["\u2066王五\u2069", "13900004443", "自然来访", "\u061c\ufeff"],
    ]
    add("38_bidi_control_names.xlsx", "either", lambda p: xlsx(p, bidi), "", "controls")
    controls = (
        "客户姓名,手机号\n赵\x07六,13900004444\n孙\x1b[31m八,13900004446\n周\u202e九,13900004447\n"
    )
    add("39_control_chars.csv", "either", lambda p: _bytes(p, controls.encode()), "", "controls")
    add(
        "39b_nul_byte.csv",
        "either",
        lambda p: _bytes(p, "客户姓名,手机号\n钱\x00七,13900004445\n".encode()),
    )
    long_rows: list[list[Value]] = [
        list(HEADER),
        ["长" * 1_000_000, "13900005551", "自然来访", "注" * 200_000],
    ]
    add("40_very_long_strings.xlsx", "either", lambda p: xlsx(p, long_rows))
    wrong: list[list[Value]] = [
        list(HEADER),
        [12345, True, 3.5, False],
        [None, 1.39e10, "自然来访", None],
        ["类型错", 1e308, None, -0.0],
        ["布尔", False, True, 42],
    ]
    add("41_wrong_types.xlsx", "either", lambda p: xlsx(p, wrong))
    dated: list[list[Value]] = [
        ["客户姓名", "手机号", "首次来访", "备注"],
        ["日期一", "13900006661", "2024年13月45日", ""],
        ["日期二", "13900006662", "昨天", ""],
        ["日期三", "13900006663", "99999999", ""],
        ["日期四", "13900006664", "2024/02/30", ""],
    ]
    add("42_dates_as_text.xlsx", "either", lambda p: xlsx(p, dated))
    full: list[list[Value]] = [list(HEADER), ["全角一", "１３９００００７７７１", "自然来访", ""]]
    add("43_fullwidth_digits.xlsx", "read", lambda p: xlsx(p, full))
    masked: list[list[Value]] = [
        list(HEADER),
        ["打码一", "139****8881", "自然来访", ""],
        ["打码二", "139 **** 8882", "自然来访", ""],
        ["打码三", "1390000888*", "自然来访", ""],
    ]
    add("44_masked_phones.xlsx", "either", lambda p: xlsx(p, masked))
    add("45_header_only.xlsx", "either", lambda p: xlsx(p, [list(HEADER)]))
    add("46_no_header.xlsx", "refuse", lambda p: xlsx(p, [[1, 2, 3], [4, 5, 6]]))
    add(
        "47_many_sheets.xlsx",
        "either",
        lambda p: write_zip(p, xlsx_parts([sheet_xml(rows_xml(base))] * (200 if quick else 1000))),
    )
    add(
        "48_zip_path_traversal.xlsx",
        "either",
        lambda p: write_zip(
            p, {**xlsx_parts([sheet_xml(rows_xml(base))]), "../../../evil.txt": "x" * 10}
        ),
    )
    add(
        "49_shared_count_lie.xlsx",
        "either",
        lambda p: write_zip(
            p,
            xlsx_parts(
                [sheet_xml('<row r="1"><c r="A1" t="s"><v>99999999</v></c></row>', "A1")],
                shared='<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'count="2147483647" uniqueCount="2147483647"><si><t>客户姓名</t></si></sst>',
            ),
        ),
    )
    add("50_xlsx_named_xls.xls", "either", lambda p: xlsx(p, base))
    add("51_csv_gbk.csv", "read", lambda p: _bytes(p, _csv_text(base).encode("gbk")))
    add("52_csv_utf16.csv", "either", lambda p: _bytes(p, _csv_text(base).encode("utf-16")))
    add(
        "53_csv_one_huge_line.csv",
        "either",
        lambda p: _bytes(
            p,
            (
                "客户姓名,手机号\n" + "长" * (4_000_000 if quick else 40_000_000) + ",13900009991\n"
            ).encode(),
        ),
    )
    add("54_bidi_in_filename\u202egpj.xlsx", "read", lambda p: xlsx(p, base))
    add(
        "55_ods_renamed.ods",
        "refuse",
        lambda p: write_zip(p, {"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}),
    )
    add(
        "56_phone_scientific.xlsx",
        "either",
        lambda p: xlsx(p, [list(HEADER), ["科学", 1.39000088e10, "自然来访", ""]]),
    )
    add("57_sheet_xml_bom_utf16.xlsx", "either", _utf16_sheet)
    if not quick:
        add("58_1000001_rows.xlsx", "either", lambda p: _many_rows(p, 1_000_001))
        add("59_100k_rows.csv", "read", lambda p: _csv(p, table_rows(100_000, seed=9)))
    (folder / "_whole.xlsx").unlink(missing_ok=True)
    return cases


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _gbk_html(path: Path, rows: Sequence[Sequence[Value]]) -> Path:
    html = html_table(rows).replace("charset=utf-8", "charset=gbk")
    path.write_bytes(html.encode("gbk"))
    return path


def _csv_text(rows: Sequence[Sequence[Value]]) -> str:
    buffer = io.StringIO()
    import csv

    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow(["" if v is None else (v[1] if isinstance(v, tuple) else v) for v in row])
    return buffer.getvalue()


def _csv(path: Path, rows: Sequence[Sequence[Value]]) -> Path:
    path.write_text(_csv_text(rows), encoding="utf-8-sig")
    return path


def _utf16_sheet(path: Path) -> Path:
    sheet = sheet_xml(rows_xml(table_rows(3))).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    parts = xlsx_parts([sheet])
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-16")
    return write_zip(path, parts)


def _many_rows(path: Path, n: int) -> Path:
    """A real sheet of `n` rows (streamed into the zip)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        parts = xlsx_parts(["-"])
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(name, data)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as handle:
            head = sheet_xml("", f"A1:B{n}")
            cut = head.index("</sheetData>")
            handle.write(head[:cut].encode())
            handle.write(rows_xml([["客户姓名", "手机号"]]).encode())
            batch: list[str] = []
            for r in range(2, n + 1):
                phone = f"13{r:09d}"
                batch.append(
                    f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>行{r}</t></is></c>'
                    f'<c r="B{r}" t="inlineStr"><is><t>{phone}</t></is></c></row>'
                )
                if len(batch) >= 10_000:
                    handle.write("".join(batch).encode())
                    batch.clear()
            handle.write("".join(batch).encode())
            handle.write(head[cut:].encode())
    return path
