"""Head office's workbooks as files (issue 19): produced from the shipped templates and opened
with openpyxl, checked cell by cell against the template — every named cell holds its figure
in the template's own style, every table's rows are written under its header in the style of the
template's first data row, everything else of the template unchanged; a template the
administrator replaced is used; one missing names is refused with the list; each produced
workbook is recorded and audited; a refusal leaves no file."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.utils.cell import range_boundaries
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied, UserError
from anjia_desk.core.head_office import TABLES, WorkbookKind, table_widths, value_names
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry, ReportRun
from anjia_desk.excel.template_fill import TemplateError, check_template
from anjia_desk.services import head_office
from anjia_desk.services.context import Actor
from anjia_desk.services.head_office import (
    produce_report,
    report_runs,
    reset_template,
    save_template_copy,
    shipped_template,
    template_status,
    upload_template,
    workbook_figures,
)
from tests.head_office_fixtures import DAY, NOW, build
from tests.helpers import add_actor

SYSTEM = Actor.system()


def _where(book: Any, name: str) -> tuple[str, int, int, int]:
    """(sheet, row, first column, width) of defined name `name`."""
    ((sheet, ref),) = list(book.defined_names[name].destinations)
    low_col, low_row, high_col, _ = range_boundaries(ref.replace("$", ""))
    return sheet, low_row, low_col, high_col - low_col + 1


def _style(cell: Cell) -> tuple[object, ...]:
    return (
        cell.number_format,
        cell.font.name,
        cell.font.b,
        cell.font.sz,
        cell.border.left.style,
        cell.border.bottom.style,
        cell.fill.fgColor.rgb,
        cell.alignment.horizontal,
    )


def _same(value: object, expected: object) -> bool:
    if isinstance(expected, Decimal):
        return isinstance(value, (int, float)) and Decimal(str(value)) == expected
    return value == expected


def _check_against_template(out: Path, template: bytes, figures: head_office.Workbook) -> None:
    made = load_workbook(out)
    blank = load_workbook(io.BytesIO(template))
    assert made.sheetnames == blank.sheetnames
    named: set[tuple[str, int, int]] = set()
    for name, expected in figures.values.items():
        sheet, row, column, _ = _where(made, name)
        cell = made[sheet].cell(row=row, column=column)
        assert _same(cell.value, expected), (name, cell.value, expected)
        assert _style(cell) == _style(blank[sheet].cell(row=row, column=column)), name
        named.add((sheet, row, column))
    for name, rows in figures.tables.items():
        sheet, header, column, width = _where(made, name)
        first = [blank[sheet].cell(row=header + 1, column=column + n) for n in range(width)]
        for index, expected in enumerate(rows):
            for n in range(width):
                cell = made[sheet].cell(row=header + 1 + index, column=column + n)
                assert _same(cell.value, expected[n]), (name, index, n, cell.value)
                assert _style(cell) == _style(first[n]), (name, index, n)
                named.add((sheet, header + 1 + index, column + n))
        assert made[sheet].cell(row=header + 1 + len(rows), column=column).value is None
    # Everything else is the template's: labels, headers, merged cells, print setup.
    for sheet in blank.worksheets:
        ours = made[sheet.title]
        assert {str(r) for r in ours.merged_cells.ranges} == {
            str(r) for r in sheet.merged_cells.ranges
        }
        assert int(ours.page_setup.paperSize) == int(sheet.page_setup.paperSize) == 9  # A4
        assert ours.page_setup.orientation == sheet.page_setup.orientation
        for row in sheet.iter_rows():
            for cell in row:
                if (sheet.title, cell.row, cell.column) in named:
                    continue
                mine = ours.cell(row=cell.row, column=cell.column)
                assert mine.value == cell.value, (sheet.title, cell.coordinate)
                assert _style(mine) == _style(cell), (sheet.title, cell.coordinate)


@pytest.mark.parametrize("kind", list(WorkbookKind))
def test_each_workbook_checked_cell_by_cell_against_its_template(
    session: Session, tmp_path: Path, kind: WorkbookKind
) -> None:
    office = build(session)
    out = tmp_path / f"{kind.value}.xlsx"
    run = produce_report(session, office.secretary, kind, DAY, now=NOW, out=out)
    assert (run.kind, run.period_on, run.produced_by, run.via) == (kind, DAY, "陈秘书", "window")
    figures = workbook_figures(session, kind, DAY, now=NOW)
    _check_against_template(out, shipped_template(kind), figures)
    assert session.scalar(select(ReportRun.filename).where(ReportRun.id == run.id)) == out.name
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "head_office_report")
    ).one()
    assert entry.entity_id == run.id and kind.label in entry.summary
    assert [r.id for r in report_runs(session, office.manager)] == [run.id]


def test_the_daily_workbook_holds_the_hand_counted_figures(
    session: Session, tmp_path: Path
) -> None:
    office = build(session)
    out = tmp_path / "日报.xlsx"
    produce_report(session, office.secretary, "daily", DAY, now=NOW, out=out)
    book = load_workbook(out)
    sheet = book["日报"]

    def at(name: str) -> object:
        _, row, column, _ = _where(book, name)
        return sheet.cell(row=row, column=column).value

    assert at("day_visits_first") == 3 and at("mtd_visits") == 6
    assert at("day_signed_amount") == 1200000 and at("mtd_collected_amount") == 250000
    assert sheet.cell(row=_where(book, "day_signed_amount")[1], column=1).value == "签约金额（元）"
    assert sheet.cell(row=_where(book, "day_signed_amount")[1], column=2).number_format == (
        "#,##0.00"
    )
    _, header, _, _ = _where(book, "channel_table")
    assert [c.value for c in sheet[header + 1]] == ["未填写", 1, 1, 2, 1, 1, 2]
    assert [c.value for c in sheet[header + 3]] == ["自然来访", 1, 0, 1, 1, 1, 2]
    assert sheet.cell(row=header + 4, column=1).value is None
    assert sheet["A1"].value == "销售日报"


def _renamed(template: bytes, drop: tuple[str, ...] = (), title: str | None = None) -> bytes:
    book = load_workbook(io.BytesIO(template))
    for name in drop:
        del book.defined_names[name]
    if title is not None:
        book.worksheets[0]["A1"] = title
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_replaced_template_is_used_and_can_be_reset(session: Session, tmp_path: Path) -> None:
    office = build(session)
    admin = add_actor(session, "admin2", "周管理员", Role.ADMIN)
    mine = tmp_path / "我们的日报.xlsx"
    mine.write_bytes(_renamed(shipped_template(WorkbookKind.DAILY), title="杭州公司 销售日报"))
    info = upload_template(session, admin, "daily", mine, now=NOW)
    assert (info.custom, info.filename, info.uploaded_by) == (True, "我们的日报.xlsx", "周管理员")
    out = tmp_path / "out.xlsx"
    produce_report(session, office.secretary, WorkbookKind.DAILY, DAY, now=NOW, out=out)
    figures = workbook_figures(session, WorkbookKind.DAILY, DAY, now=NOW)
    _check_against_template(out, mine.read_bytes(), figures)
    assert load_workbook(out)["日报"]["A1"].value == "杭州公司 销售日报"
    status = {i.kind: i for i in template_status(session, admin)}
    assert status[WorkbookKind.DAILY].custom and not status[WorkbookKind.WEEKLY].custom
    copy = tmp_path / "副本.xlsx"
    save_template_copy(session, admin, "daily", copy)
    assert copy.read_bytes() == mine.read_bytes()
    reset_template(session, admin, "daily")
    produce_report(session, office.secretary, "daily", DAY, now=NOW, out=out)
    assert load_workbook(out)["日报"]["A1"].value == "销售日报"
    assert not template_status(session, admin)[0].custom


def test_a_template_missing_names_is_refused_with_the_list(
    session: Session, tmp_path: Path
) -> None:
    admin = add_actor(session, "admin2", "周管理员", Role.ADMIN)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(
        _renamed(shipped_template(WorkbookKind.WEEKLY), drop=("week_signed_amount", "aging_table"))
    )
    with pytest.raises(TemplateError) as refused:
        upload_template(session, admin, "weekly", bad, now=NOW)
    assert refused.value.problems == ("缺少名称 week_signed_amount、aging_table",)
    assert "缺少名称 week_signed_amount、aging_table" in refused.value.message
    assert not template_status(session, admin)[1].custom
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    with pytest.raises(TemplateError, match="不是可读取的 Excel 工作簿"):
        upload_template(session, admin, "weekly", junk, now=NOW)


def test_every_shipped_template_holds_its_layout() -> None:
    for kind in WorkbookKind:
        data = shipped_template(kind)
        assert check_template(data, value_names(kind), table_widths(kind)) == []
        book = load_workbook(io.BytesIO(data))
        for table in TABLES[kind]:
            sheet, header, column, width = _where(book, table.name)
            assert sheet == table.sheet
            labels = [book[sheet].cell(row=header, column=column + n).value for n in range(width)]
            assert labels == [label for label, _ in table.columns]


def test_a_table_with_something_below_it_is_refused() -> None:
    book = load_workbook(io.BytesIO(shipped_template(WorkbookKind.DAILY)))
    _, header, _, _ = _where(book, "channel_table")
    book["日报"].cell(row=header + 5, column=1, value="备注：")
    out = io.BytesIO()
    book.save(out)
    problems = check_template(
        out.getvalue(), value_names(WorkbookKind.DAILY), table_widths(WorkbookKind.DAILY)
    )
    assert problems == ["表格 channel_table 下方应留空（数据行从表头下一行起写入）"]


def test_a_future_day_or_a_missing_folder_is_refused_and_leaves_nothing(
    session: Session, tmp_path: Path
) -> None:
    office = build(session)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.xlsx"
    with pytest.raises(UserError, match="晚于今天"):
        produce_report(session, office.secretary, "daily", date(2026, 12, 10), now=NOW, out=out)
    with pytest.raises(UserError, match="没有这种总部报表"):
        produce_report(session, office.secretary, "yearly", DAY, now=NOW, out=out)
    with pytest.raises(UserError, match="输出文件夹不存在"):
        produce_report(
            session, office.secretary, "daily", DAY, now=NOW, out=folder / "无" / "x.xlsx"
        )
    assert list(folder.iterdir()) == []
    assert session.scalar(select(ReportRun.id)) is None


def test_who_may_produce_and_who_may_change_templates(session: Session, tmp_path: Path) -> None:
    office = build(session)
    with pytest.raises(PermissionDenied, match="生成总部报表"):
        produce_report(session, office.wang, "daily", DAY, now=NOW, out=tmp_path / "x.xlsx")
    with pytest.raises(PermissionDenied, match="更换报表模板"):
        reset_template(session, office.manager, "daily")
    assert not (tmp_path / "x.xlsx").exists()


def test_the_committed_templates_are_what_the_script_makes(tmp_path: Path) -> None:
    """scripts/make_report_templates.py makes the same bytes each run: the committed files
    are its output for today's layout (rerun it after changing core.head_office)."""
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "make_report_templates.py"
    spec = importlib.util.spec_from_file_location("anjia_make_report_templates", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for kind in WorkbookKind:
        module.make(kind, tmp_path / f"{kind.value}.xlsx")
        assert (tmp_path / f"{kind.value}.xlsx").read_bytes() == shipped_template(kind), kind
