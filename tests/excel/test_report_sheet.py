"""A report as an Excel sheet (excel.report_sheet), opened with openpyxl: typed cells and their
number formats, the total row, the notes, and the native chart over the table's own cells."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from anjia_desk.core.errors import UserError
from anjia_desk.excel.report_sheet import (
    CHART_DATA_TITLE,
    report_workbook,
    sheet_name,
    write_report,
)
from tests.pdf.report_samples import (
    CHANNELS,
    channels_table,
    consultants_table,
    empty_table,
    funnel_table,
    visits_table,
)

HEADER = 4  # openpyxl's 1-based row of the header


def _chart_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        return book.read("xl/charts/chart1.xml").decode("utf-8")


def _refs(xml: str) -> list[str]:
    return re.findall(r"<c:f>(.*?)</c:f>", xml)


def test_cells_are_typed_with_their_number_formats(tmp_path: Path) -> None:
    out = write_report(funnel_table(), tmp_path / "漏斗.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "成交漏斗"
    assert sheet["A1"].value == "成交漏斗"
    assert sheet["A2"].value == "2026-12-01 至 2026-12-07"
    assert [c.value for c in sheet[HEADER]] == [
        "阶段",
        "数量",
        "金额（元）",
        "转化率（本阶段÷上一阶段）",
    ]
    visits, subscribed, signed, cancelled = (sheet[HEADER + i] for i in range(1, 5))
    assert visits[0].value == "来访" and visits[0].data_type == "s"
    assert visits[1].value == 340 and isinstance(visits[1].value, int)
    assert visits[1].number_format == "#,##0"
    assert visits[2].value is None and visits[3].value is None  # blank money, no rate
    assert subscribed[2].value == pytest.approx(81234567.5)
    assert subscribed[2].number_format == "#,##0.00"
    assert subscribed[3].value == pytest.approx(0.1529)  # 52 ÷ 340 as a fraction
    assert subscribed[3].number_format == "0.0%"
    assert signed[3].value == 0  # 0 ÷ 52 is 0%
    assert cancelled[3].value is None  # 2 ÷ 0: nothing to divide by, blank
    assert cancelled[3].number_format == "0.0%"
    notes = sheet.cell(HEADER + 6, 1).value
    assert notes is not None and notes.startswith("注：转化率为本阶段数量除以上一阶段数量")


def test_numbers_with_one_place_and_the_total_row(tmp_path: Path) -> None:
    table = visits_table(10, scope_label="仅本人")
    out = write_report(table, tmp_path / "来访.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A2"].value == "2026-12-01 至 2026-12-10　仅本人"
    assert sheet.cell(HEADER, 5).value == CHANNELS[0]
    total = sheet[HEADER + 11]
    assert total[0].value == "合计" and total[0].font.b
    assert table.total is not None
    assert [c.value for c in total[1:]] == list(table.total[1:])
    assert total[3].number_format == "#,##0" and total[3].font.b
    channels = write_report(channels_table(3), tmp_path / "渠道.xlsx")
    row = openpyxl.load_workbook(channels).active[HEADER + 2]
    assert row[6].value == pytest.approx(3.5) and row[6].number_format == "0.0"


def test_the_stacked_chart_reads_the_tables_own_cells(tmp_path: Path) -> None:
    out = write_report(visits_table(45), tmp_path / "来访.xlsx")
    xml = _chart_xml(out)
    assert '<c:barDir val="col"/>' in xml and '<c:grouping val="stacked"/>' in xml
    refs = _refs(xml)
    # per series: categories (the 日期 column), values (that channel's column), rows 5–49
    assert refs[0] == "'来访（按日）'!$A$5:$A$49"
    assert refs[1] == "'来访（按日）'!$E$5:$E$49"
    assert refs[-1] == "'来访（按日）'!$L$5:$L$49"
    assert xml.count("<c:ser>") == len(CHANNELS)
    assert "1F3A5F" in xml  # the screen's colours
    sheet = openpyxl.load_workbook(out).active
    assert CHART_DATA_TITLE not in [c.value for c in sheet["A"]]


def test_a_horizontal_bar_chart_keeps_the_first_row_on_top(tmp_path: Path) -> None:
    xml = _chart_xml(write_report(funnel_table(), tmp_path / "f.xlsx"))
    assert '<c:barDir val="bar"/>' in xml
    assert '<c:orientation val="maxMin"/>' in xml
    assert _refs(xml) == ["成交漏斗!$A$5:$A$8", "成交漏斗!$B$5:$B$8"]


def test_a_chart_in_other_units_gets_its_own_data_block(tmp_path: Path) -> None:
    out = write_report(consultants_table(), tmp_path / "顾问.xlsx")
    sheet = openpyxl.load_workbook(out).active
    column_a = [c.value for c in sheet["A"]]
    start = column_a.index(CHART_DATA_TITLE) + 1
    assert sheet.cell(start, 2).value == "签约金额"
    assert [sheet.cell(start + i, 1).value for i in (1, 2, 3)] == ["王小明", "李婷", "张伟"]
    assert sheet.cell(start + 1, 2).value == pytest.approx(1285.0)  # 万元
    assert sheet.cell(HEADER + 1, 3).value == pytest.approx(12850000.0)  # the table: 元
    refs = _refs(_chart_xml(out))
    assert refs == [
        f"顾问排行!$A${start + 1}:$A${start + 3}",
        f"顾问排行!$B${start + 1}:$B${start + 3}",
    ]


def test_many_categories_and_grouped_bars(tmp_path: Path) -> None:
    out = write_report(channels_table(40), tmp_path / "渠道.xlsx")
    xml = _chart_xml(out)
    assert '<c:grouping val="clustered"/>' in xml
    assert _refs(xml)[:2] == ["渠道转化!$A$5:$A$44", "渠道转化!$B$5:$B$44"]
    assert xml.count("<c:ser>") == 3


def test_an_empty_report_has_its_header_and_no_chart(tmp_path: Path) -> None:
    out = write_report(empty_table(), tmp_path / "空.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[HEADER]] == ["剩余天数", "套数"]
    with zipfile.ZipFile(out) as book:
        assert not [n for n in book.namelist() if n.startswith("xl/charts/")]


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    table = funnel_table()
    rows = (("=HYPERLINK(1)", 1, None, None), *table.rows[1:])
    out = write_report(replace(table, rows=rows), tmp_path / "f.xlsx")
    cell = openpyxl.load_workbook(out).active.cell(HEADER + 1, 1)
    assert cell.value == "=HYPERLINK(1)" and cell.data_type == "s"
    assert cell.quotePrefix


def test_sheet_names_excel_accepts() -> None:
    assert sheet_name("回款/应收[按周]") == "回款_应收_按周_"
    assert len(sheet_name("很长" * 30)) == 31
    assert sheet_name("") == "报表"


def test_same_bytes_for_the_same_report_and_time() -> None:
    at = datetime(2026, 12, 7, 16, 5)
    assert report_workbook(funnel_table(), created=at) == report_workbook(
        funnel_table(), created=at
    )


def test_nothing_is_left_when_the_audit_refuses(tmp_path: Path) -> None:
    out = tmp_path / "f.xlsx"

    def refuse() -> None:
        raise UserError("数据库只读")

    with pytest.raises(UserError, match="只读"):
        write_report(funnel_table(), out, before_replace=refuse)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(UserError, match="无法写入文件"):
        write_report(funnel_table(), tmp_path / "没有这个文件夹" / "f.xlsx")
