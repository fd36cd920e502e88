"""excel.template_fill (issue 19): a small template made here — names on cells and on a table's
header row — checked (every kind of problem listed) and filled (values, table rows in the first
data row's style, an empty table leaves its sample row blank); no database."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.workbook.defined_name import DefinedName

from anjia_desk.core.errors import UserError
from anjia_desk.excel.template_fill import (
    MAX_TEMPLATE_BYTES,
    Filling,
    TemplateError,
    check_template,
    fill,
    read_template,
)


def template(**names: str) -> bytes:
    """Sheet 表 with a title, `total` on B2 and `rows` on A4:C4 (row 5 styled bold, a sample);
    `names` add or replace references."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "表"
    sheet["A1"] = "标题"
    sheet["A4"], sheet["B4"], sheet["C4"] = "名称", "数量", "金额"
    for column in "ABC":
        sheet[f"{column}5"].font = Font(bold=True)
    sheet["C5"].number_format = "#,##0.00"
    sheet["A5"] = "示例"
    references = {"total": "'表'!$B$2", "rows": "'表'!$A$4:$C$4", **names}
    for name, ref in references.items():
        if ref:
            book.defined_names[name] = DefinedName(name, attr_text=ref)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def problems(data: bytes) -> list[str]:
    return check_template(data, ["total"], {"rows": 3})


def test_a_good_template_has_no_problem_and_is_filled() -> None:
    assert problems(template()) == []
    data = fill(
        template(),
        Filling(
            {"total": Decimal("12.50")},
            {"rows": [["甲", 1, Decimal("1000.00")], ["乙", 2, None], ["丙", 3, date(2026, 1, 2)]]},
        ),
    )
    sheet = load_workbook(io.BytesIO(data))["表"]
    assert sheet["B2"].value == 12.5 and sheet["A1"].value == "标题"
    assert [[c.value for c in row] for row in sheet["A5:C7"]][:2] == [
        ["甲", 1, 1000],
        ["乙", 2, None],
    ]
    assert sheet["C7"].value == datetime(2026, 1, 2)
    assert all(sheet[f"{c}{r}"].font.b for c in "ABC" for r in (5, 6, 7))
    assert sheet["C6"].number_format == "#,##0.00"
    assert sheet["A8"].value is None


def test_an_empty_table_clears_the_sample_row() -> None:
    sheet = load_workbook(io.BytesIO(fill(template(), Filling({"total": 0}, {"rows": []}))))["表"]
    assert sheet["A5"].value is None and sheet["A5"].font.b


@pytest.mark.parametrize(
    ("names", "said"),
    [
        ({"total": ""}, "缺少名称 total"),
        ({"total": "", "rows": ""}, "缺少名称 total、rows"),
        ({"total": "'表'!$B$2:$B$3"}, "名称 total 应指向一个单元格"),
        ({"total": "'别的表'!$B$2"}, "名称 total 指向的工作表“别的表”不存在"),
        ({"total": "'表'!$B:$B"}, "名称 total 应指向单元格，而不是整行或整列"),
        ({"total": "'表'!$B$2,'表'!$C$2"}, "名称 total 应指向一个单元格区域"),
        ({"rows": "'表'!$A$4:$D$4"}, "表格 rows 的名称应指向表头一行 3 列"),
        ({"rows": "'表'!$A$3:$C$4"}, "表格 rows 的名称应指向表头一行 3 列"),
        ({"rows": "'表'!$A$1:$C$1"}, "表格 rows 下方应留空（数据行从表头下一行起写入）"),
    ],
)
def test_each_problem_is_named(names: dict[str, str], said: str) -> None:
    assert problems(template(**names)) == [said]


def test_fill_refuses_a_template_the_figures_do_not_fit() -> None:
    with pytest.raises(TemplateError) as refused:
        fill(template(total=""), Filling({"total": 1}, {"rows": []}))
    assert refused.value.problems == ("缺少名称 total",)
    assert refused.value.message == "报表模板不能使用：缺少名称 total"
    with pytest.raises(TemplateError, match="表头一行 2 列"):
        fill(template(), Filling({"total": 1}, {"rows": [["甲", 1]]}))
    with pytest.raises(ValueError, match="naive"):
        fill(template(), Filling({"total": datetime(2026, 1, 1, tzinfo=UTC)}))


def test_unreadable_files() -> None:
    assert problems(b"PK not really") == ["不是可读取的 Excel 工作簿（.xlsx）"]
    assert problems(b"x" * (MAX_TEMPLATE_BYTES + 1)) == ["文件超过 5 MB"]


def test_read_template(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(template())
    assert read_template(path) == path.read_bytes()
    with pytest.raises(UserError, match="无法读取模板文件"):
        read_template(tmp_path / "无.xlsx")
    big = tmp_path / "big.xlsx"
    big.write_bytes(b"x" * (MAX_TEMPLATE_BYTES + 1))
    with pytest.raises(TemplateError, match="文件超过 5 MB"):
        read_template(big)
