"""The import wizard: a file picked through the dialog seam, its columns mapped on the preview,
检查 (nothing written) and 导入 (one transaction), the report, strict mode, bad files, cancel."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter
from PySide6.QtCore import Qt
from sqlalchemy import select

from anjia_desk.core.phones import parse_phone
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer
from anjia_desk.services import customer_state as cs
from anjia_desk.services import importing
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.importing import files
from anjia_desk.ui.importing.mapping_page import IGNORE, column_letter
from anjia_desk.ui.importing.wizard import ImportWizard
from anjia_desk.ui.tasks import TaskRunner

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)

HEADERS = ["姓名", "电话", "等级", "微信备注"]
ROWS: list[list[object]] = [
    ["张伟", 13812340001, "A", "周末看房"],  # row 3: the phone stored as a number
    ["李娜", "139 1234 0002", "b", "要学区"],  # row 4
    ["王强", "12345", "C", ""],  # row 5: not a mobile → 错误
    ["张伟（重复）", "13812340001", "B", ""],  # row 6: same phone as row 3 → 重复
    [],  # row 7: blank, skipped without a word
    ["赵敏", "13712340005", "高意向", ""],  # row 8
]


def make_xlsx(path: Path, headers: list[str] = HEADERS, rows: list[list[object]] = ROWS) -> Path:
    """A workbook as people send it: a merged title row above the header."""
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    sheet = book.add_worksheet("客户")
    sheet.merge_range(0, 0, 0, len(headers) - 1, "三月渠道客户名单", None)
    sheet.write_row(1, 0, headers)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if isinstance(value, str):
                sheet.write_string(2 + i, j, value)
            else:
                sheet.write_number(2 + i, j, value)  # type: ignore[arg-type]
    book.close()
    return path


def customers(database: Database) -> list[tuple[str, str, str, str]]:
    with session_scope(database) as s:
        rows = s.execute(
            select(Customer.name, Customer.phone, Customer.grade, Customer.notes).order_by(
                Customer.id
            )
        )
        return [(n, p, g, notes or "") for n, p, g, notes in rows]


def add_customer(database: Database, name: str, phone: str) -> None:
    with session_scope(database, Actor.system()) as s:
        customer = Customer(grade="C", channel="自然到访")
        cs.set_name(customer, name)
        cs.set_phone(customer, parse_phone(phone))
        s.add(customer)


def counts(wizard: ImportWizard) -> dict[str, str]:
    return {key: label.text() for key, label in wizard.count_labels.items()}


def problems(wizard: ImportWizard) -> list[tuple[int, str, str]]:
    return wizard.problems_model.rows


@pytest.fixture
def wizard(qtbot, ctx: AppContext) -> ImportWizard:
    ctx.clock = lambda: NOW
    widget = ImportWizard(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pick(qtbot, wizard: ImportWizard, fake_dialogs, path: Path) -> None:
    fake_dialogs.open_path = path
    qtbot.mouseClick(wizard.choose_button, Qt.MouseButton.LeftButton)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_map_check_and_import(
    qtbot,
    wizard: ImportWizard,
    ctx: AppContext,
    fake_dialogs,
    database,
    tmp_path,
    qtmodeltester,
    monkeypatch,
) -> None:
    source = make_xlsx(tmp_path / "三月名单.xlsx")
    assert not wizard.check_button.isEnabled()  # no file yet
    pick(qtbot, wizard, fake_dialogs, source)
    assert fake_dialogs.names() == ["open_file"]

    # The preview: the header found under the title row, the known columns mapped.
    assert wizard.step == "preview"
    assert wizard.file_label.text() == f"文件：{source}"
    assert wizard.sheet_box.currentText() == "客户" and not wizard.sheet_box.isEnabled()
    assert "表头在第 2 行" in wizard.header_label.text()
    assert [c.currentText() for c in wizard.combos] == ["客户姓名", "手机号", "意向等级", IGNORE]
    assert wizard.unknown_label.isVisible() and "微信备注" in wizard.unknown_label.text()
    assert not wizard.remembered_label.isVisible()
    model = wizard.sample_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1 + 5  # the mapping row, then the 5 non-blank data rows
    assert model.headerData(3, Qt.Orientation.Horizontal) == "D  微信备注"
    assert model.headerData(0, Qt.Orientation.Vertical) == "导入为"
    assert model.data(model.index(1, 1)) == "13812340001"
    assert wizard.sample_table.indexWidget(model.index(0, 3)) is wizard.combos[3]
    assert wizard.check_button.isEnabled()

    # A field belongs to one column: choosing 手机号 for C frees B; without a phone no check.
    choose(wizard.combos[2], "手机号")
    assert wizard.combos[1].currentText() == IGNORE
    assert "第 B 列已改为" in wizard.message.text()
    choose(wizard.combos[2], IGNORE)
    assert not wizard.check_button.isEnabled()
    assert wizard.mapping_error.isVisible() and "手机号" in wizard.mapping_error.text()
    choose(wizard.combos[1], "手机号")
    choose(wizard.combos[2], "意向等级")
    assert not wizard.mapping_error.isVisible() and wizard.check_button.isEnabled()
    # The unrecognised 微信备注 imported as 备注.
    choose(wizard.combos[3], "备注")
    assert wizard.mapping() == {0: "name", 1: "phone", 2: "grade", 3: "notes"}
    assert wizard.mode_buttons["new"].isChecked()
    assert "重复" in wizard.mode_hint.text()

    # 检查: counts and the problems, nothing written.
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    assert wizard.step == "check", wizard.message.text()
    assert wizard.stack.currentWidget() is wizard.result_page
    assert wizard.result_title.text() == "检查结果（还没有写入数据库）"
    assert counts(wizard) == {
        "rows": "5",
        "imported": "3",
        "updated": "0",
        "duplicates": "1",
        "skipped": "0",
        "rejected": "1",
    }
    qtmodeltester.check(wizard.problems_model)
    assert [(row, outcome) for row, outcome, _ in problems(wizard)] == [(5, "错误"), (6, "重复")]
    assert "12345" in problems(wizard)[0][2]
    assert "新增 3 位" in wizard.result_note.text()
    assert customers(database) == []
    assert wizard.import_button.isVisible() and wizard.import_button.isEnabled()
    assert wizard.back_button.isVisible() and not wizard.check_button.isVisible()

    # 导入: written in one go, the other views told.
    heard: list[Any] = []
    ctx.changed.connect(heard.append)
    results: list[object] = []
    wizard.imported.connect(results.append)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert wizard.step == "done", wizard.message.text()
    assert wizard.result_title.text() == "导入完成，已写入数据库"
    assert counts(wizard)["imported"] == "3" and counts(wizard)["rejected"] == "1"
    assert heard and Topic.CUSTOMERS in heard[0].topics and heard[0].initiator is wizard
    assert len(results) == 1 and results[0] is wizard.import_result
    assert customers(database) == [
        ("张伟", "13812340001", "A", "周末看房"),
        ("李娜", "13912340002", "B", "要学区"),
        ("赵敏", "13712340005", "A", ""),
    ]
    assert wizard.close_button.text() == "完成"
    assert not wizard.import_button.isVisible() and not wizard.choose_button.isVisible()

    # The report, saved where the person chooses.
    assert wizard.save_report_button.isVisible()
    fake_dialogs.save_path = tmp_path / "发回渠道"
    qtbot.mouseClick(wizard.save_report_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "发回渠道.xlsx"
    assert wizard.message.kind == "ok" and str(saved) in wizard.message.text()
    book = openpyxl.load_workbook(saved, read_only=True)
    try:
        rows = [list(r) for r in book["导入结果"].iter_rows(values_only=True)]
    finally:
        book.close()
    assert rows[0][-2:] == ["导入结果", "原因"]
    assert [r[-2] for r in rows[1:]] == ["已导入", "已导入", "错误", "重复", "已导入"]

    opened: list[Path] = []
    monkeypatch.setattr(files, "open_in_system", lambda p: opened.append(p) or True)
    qtbot.mouseClick(wizard.open_report_button, Qt.MouseButton.LeftButton)
    assert opened == [wizard.import_result.report]

    report_dir = wizard.import_result.report.parent
    qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert report_dir.exists()  # opened in another program: left in place


def test_the_confirmed_mapping_is_remembered(
    qtbot, ctx: AppContext, fake_dialogs, database, tmp_path
) -> None:
    ctx.clock = lambda: NOW
    first = ImportWizard(ctx)
    qtbot.addWidget(first)
    first.show()
    pick(qtbot, first, fake_dialogs, make_xlsx(tmp_path / "a.xlsx"))
    choose(first.combos[3], "备注")
    qtbot.mouseClick(first.check_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    report_dir = first.import_result.report.parent
    first.accept()
    assert not report_dir.exists()  # the temporary reports go with the wizard

    second = ImportWizard(ctx)
    qtbot.addWidget(second)
    second.show()
    rows = [["孙丽", "13612340006", "C", "只看高层"]]
    pick(qtbot, second, fake_dialogs, make_xlsx(tmp_path / "b.xlsx", rows=rows))
    assert second.remembered_label.isVisible()
    assert second.combos[3].currentText() == "备注"


def test_strict_mode_and_going_back(qtbot, wizard: ImportWizard, fake_dialogs, database, tmp_path):
    pick(qtbot, wizard, fake_dialogs, make_xlsx(tmp_path / "strict.xlsx"))
    wizard.strict_check.click()
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    assert "严格模式下有 1 行错误" in wizard.result_note.text()
    assert counts(wizard)["imported"] == "0" and counts(wizard)["skipped"] == "3"
    assert not wizard.import_button.isEnabled()

    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.step == "preview" and wizard.check_button.isVisible()
    wizard.strict_check.click()
    wizard.mode_buttons["update"].click()
    assert "跳过" in wizard.mode_hint.text()
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    # 仅更新 and none of these phones is known: nothing to write.
    assert counts(wizard)["skipped"] == "3" and counts(wizard)["imported"] == "0"
    assert wizard.result_note.text().startswith("没有可以导入的行")
    assert not wizard.import_button.isEnabled()
    assert customers(database) == []


def test_update_mode_overwrites_existing_customers(
    qtbot, wizard: ImportWizard, fake_dialogs, database, tmp_path
) -> None:
    add_customer(database, "张先生", "13812340001")
    pick(qtbot, wizard, fake_dialogs, make_xlsx(tmp_path / "update.xlsx"))
    wizard.mode_buttons["both"].click()
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    assert counts(wizard)["updated"] == "1" and counts(wizard)["imported"] == "2"
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert [c[:3] for c in customers(database)] == [
        ("张伟", "13812340001", "A"),
        ("李娜", "13912340002", "B"),
        ("赵敏", "13712340005", "A"),
    ]


def test_possible_duplicates_are_said_and_imported_as_new_customers(
    qtbot, wizard: ImportWizard, fake_dialogs, database, tmp_path
) -> None:
    """Issue 13: a channel's 张先生 (138****0001) may be row 3's 13812340001: the row is
    imported as a new customer, never merged into him, and the wizard says so."""
    add_customer(database, "张先生", "138****0001")  # fits row 3's 13812340001
    pick(qtbot, wizard, fake_dialogs, make_xlsx(tmp_path / "channel.xlsx"))
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    assert counts(wizard)["imported"] == "3" and counts(wizard)["duplicates"] == "1"
    note = wizard.result_note.text()
    assert "其中 1 行可能与已有客户是同一人" in note and "将作为新客户导入" in note
    [(row, outcome, reason)] = [p for p in problems(wizard) if p[1] == "已导入"]
    assert (row, outcome) == (3, "已导入") and "张先生" in reason and "138****0001" in reason
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result_title.text() == "导入完成，已写入数据库")
    assert "已作为新客户导入" in wizard.result_note.text()
    assert [c[:2] for c in customers(database)][:2] == [
        ("张先生", "138****0001"),
        ("张伟", "13812340001"),
    ]


def test_a_file_that_cannot_be_read(qtbot, wizard: ImportWizard, fake_dialogs, tmp_path) -> None:
    picture = tmp_path / "照片.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    pick(qtbot, wizard, fake_dialogs, picture)
    assert wizard.message.kind == "error"
    assert wizard.message.text().startswith("无法读取这个文件：")
    assert wizard.step == "file" and not wizard.check_button.isEnabled()

    no_phone = make_xlsx(tmp_path / "no-phone.xlsx", headers=["姓名", "等级"], rows=[["张伟", "A"]])
    pick(qtbot, wizard, fake_dialogs, no_phone)
    # Shown so that a phone column under another name can be mapped; 检查 waits for it.
    assert wizard.preview is not None and "手机号" in wizard.mapping_problem()
    assert not wizard.check_button.isEnabled()

    pick(qtbot, wizard, fake_dialogs, make_xlsx(tmp_path / "good.xlsx"))
    assert wizard.step == "preview" and not wizard.message.isVisible()
    assert wizard.check_button.isEnabled()

    # A bad file after a good one: the good one is forgotten, never imported by mistake.
    pick(qtbot, wizard, fake_dialogs, picture)
    assert wizard.preview is None and wizard.combos == [] and not wizard.check_button.isEnabled()

    # Declining the file dialog changes nothing.
    fake_dialogs.open_path = None
    assert wizard.choose_file() is False


def test_several_sheets_hidden_ones_marked(
    qtbot, wizard: ImportWizard, fake_dialogs, tmp_path
) -> None:
    path = tmp_path / "sheets.xlsx"
    book = xlsxwriter.Workbook(str(path))
    notes = book.add_worksheet("说明")
    notes.write_string(0, 0, "本文件由渠道填写")
    first = book.add_worksheet("一组")
    first.write_row(0, 0, ["姓名", "手机号"])
    first.write_row(1, 0, ["张伟", "13812340001"])
    second = book.add_worksheet("二组")
    second.write_row(0, 0, ["客户", "联系电话", "来源"])
    second.write_row(1, 0, ["李娜", "13912340002", "抖音"])
    second.write_row(2, 0, ["王强", "13712340003", "抖音"])
    secret = book.add_worksheet("旧表")
    secret.write_row(0, 0, ["姓名", "手机号"])
    secret.hide()
    book.close()

    pick(qtbot, wizard, fake_dialogs, path)
    assert wizard.sheet_box.isEnabled()
    assert [wizard.sheet_box.itemText(i) for i in range(wizard.sheet_box.count())] == [
        "说明",
        "一组",
        "二组",
        "旧表（隐藏）",
    ]
    assert wizard.sheet_box.currentText() == "一组"  # the first visible sheet with a header
    wizard.sheet_box.setCurrentIndex(2)
    assert wizard.preview is not None and wizard.preview.sheet == "二组"
    assert [c.currentText() for c in wizard.combos] == ["客户姓名", "手机号", "来源渠道"]
    assert wizard.sample_model.rowCount() == 3

    wizard.sheet_box.setCurrentIndex(0)  # no header there: the sheet shown stays
    assert wizard.message.kind == "error"
    assert wizard.sheet_box.currentText() == "二组" and wizard.preview.sheet == "二组"


def test_a_file_changed_after_the_preview(
    qtbot, wizard: ImportWizard, fake_dialogs, database, tmp_path
) -> None:
    path = make_xlsx(tmp_path / "edited.xlsx")
    pick(qtbot, wizard, fake_dialogs, path)
    choose(wizard.combos[3], "备注")
    make_xlsx(path, headers=HEADERS[:3], rows=[r[:3] for r in ROWS])  # D deleted meanwhile
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    assert wizard.step == "preview"
    assert wizard.mapping_error.isVisible() and "第 4 列" in wizard.mapping_error.text()
    assert customers(database) == []


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


@pytest.fixture
def runner(qtbot, ctx: AppContext, fake_dialogs):
    runner = TaskRunner(fake_dialogs, progress_delay_ms=60_000)
    ctx.tasks = runner
    yield runner
    runner.shutdown(timeout=10)


def test_on_the_task_runner_and_cancelled_mid_import(
    qtbot, wizard: ImportWizard, runner, fake_dialogs, database, tmp_path, monkeypatch
) -> None:
    pick(qtbot, wizard, fake_dialogs, make_xlsx(tmp_path / "bg.xlsx"))
    qtbot.waitUntil(lambda: wizard.step == "preview")
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    assert wizard.busy and not wizard.check_button.isEnabled()
    qtbot.waitUntil(lambda: wizard.step == "check")
    assert not wizard.busy and wizard.import_button.isEnabled()

    started, release = threading.Event(), threading.Event()
    real = importing.run_import

    def slow(*args, **kwargs):
        started.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "run_import", slow)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    assert not wizard.import_button.isEnabled() and not wizard.back_button.isEnabled()
    wizard.job.cancel()  # what the progress dialog's 取消 does
    release.set()
    qtbot.waitUntil(lambda: not wizard.busy)
    assert wizard.message.text() == "已取消导入，数据库没有任何改动。"
    assert wizard.step == "check" and wizard.import_button.isEnabled()
    assert customers(database) == []


def test_closing_while_checking_cancels_then_closes(
    qtbot, wizard: ImportWizard, runner, fake_dialogs, database, tmp_path
) -> None:
    pick(qtbot, wizard, fake_dialogs, make_xlsx(tmp_path / "close.xlsx"))
    qtbot.waitUntil(lambda: wizard.step == "preview")
    gate = threading.Event()
    runner.run(lambda _p, _c: gate.wait(10), on_done=lambda _r: None)  # keeps the worker busy
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    assert wizard.busy
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.message.text() == "正在取消…"
    gate.set()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert not wizard.busy and customers(database) == []


def test_report_troubles_and_a_bug(
    qtbot, wizard: ImportWizard, fake_dialogs, database, tmp_path, monkeypatch
) -> None:
    pick(qtbot, wizard, fake_dialogs, make_xlsx(tmp_path / "trouble.xlsx"))
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    fake_dialogs.save_path = tmp_path / "没有这个文件夹" / "报告.xlsx"
    qtbot.mouseClick(wizard.save_report_button, Qt.MouseButton.LeftButton)
    assert wizard.message.kind == "error" and wizard.message.text().startswith("无法保存报告：")
    fake_dialogs.save_path = None
    wizard.message.clear_message()
    qtbot.mouseClick(wizard.save_report_button, Qt.MouseButton.LeftButton)
    assert not wizard.message.isVisible()

    monkeypatch.setattr(files, "open_in_system", lambda _p: False)
    qtbot.mouseClick(wizard.open_report_button, Qt.MouseButton.LeftButton)
    assert wizard.message.text().startswith("无法打开报告")

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(importing, "run_import", broken)
    with qtbot.capture_exceptions() as caught:
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert [str(exc) for _type, exc, _tb in caught] == ["boom"]  # a bug, not a message
    assert wizard.step == "check" and wizard.import_button.isEnabled()
    assert customers(database) == []


def test_hostile_files_are_refused_with_a_message_not_a_crash(
    qtbot, wizard: ImportWizard, fake_dialogs, tmp_path
) -> None:
    """Issue 14: the stray cell at XFD1048576 aborted the whole app; a protected workbook was
    called damaged."""
    from tests.excel import hostile

    pick(qtbot, wizard, fake_dialogs, hostile.stray_cell_xlsx(tmp_path / "stray.xlsx"))
    assert wizard.message.kind == "error"
    assert "数据区域过大（1,048,576 行 × 16,384 列）" in wizard.message.text()
    assert wizard.preview is None and not wizard.check_button.isEnabled()

    pick(qtbot, wizard, fake_dialogs, hostile.encrypted_ooxml(tmp_path / "加密.xlsx"))
    assert wizard.message.text() == "无法读取这个文件：文件设有密码，请在 Excel 中取消密码后再导入"


def test_an_html_xls_from_a_web_system_is_previewed_and_imported(
    qtbot, wizard: ImportWizard, fake_dialogs, database, tmp_path
) -> None:
    from tests.excel import hostile

    rows = [["姓名", "电话", "等级"], ["张伟", "13812340001", "A"], ["李娜", "13912340002", "B"]]
    pick(qtbot, wizard, fake_dialogs, hostile.html_xls(tmp_path / "渠道导出.xls", rows))
    assert wizard.step == "preview" and wizard.check_button.isEnabled()
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    assert wizard.step == "check", wizard.message.text()
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert wizard.step == "done", wizard.message.text()
    assert [c[:2] for c in customers(database)] == [
        ("张伟", "13812340001"),
        ("李娜", "13912340002"),
    ]


def test_total_rows_and_a_repeated_header_in_the_wizard(
    qtbot, wizard: ImportWizard, fake_dialogs, database, tmp_path
) -> None:
    rows: list[list[object]] = [["张伟", "13812340001", "A", ""], ["合计", "", "", ""]]
    pick(qtbot, wizard, fake_dialogs, make_xlsx(tmp_path / "t.xlsx", rows=rows))
    assert wizard.step == "preview"
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    assert wizard.step == "check", wizard.message.text()
    assert counts(wizard)["rows"] == "1" and counts(wizard)["imported"] == "1"
    assert "合计行（未导入）：第 4 行" in wizard.result_note.text()
    assert problems(wizard) == []

    twice = make_xlsx(
        tmp_path / "twice.xlsx",
        headers=["姓名", "电话", "等级", "电话"],
        rows=[["张伟", 1, "A", 2]],
    )
    pick(qtbot, wizard, fake_dialogs, twice)
    assert wizard.message.kind == "error" and wizard.preview is None
    assert "表头“电话”出现了两次（B 列和 D 列）" in wizard.message.text()


def test_reports_never_go_to_the_system_temp_folder_and_a_leftover_is_swept(
    qtbot, ctx: AppContext, fake_dialogs, database, db_path, tmp_path, monkeypatch
) -> None:
    """Issue 14: the wizard's reports are scratch files in the data folder, not tempfile's; a
    report a killed wizard left there goes at the next start (clean_leftovers)."""
    import os
    import subprocess
    import sys
    import tempfile

    from anjia_desk import scratch
    from anjia_desk.services.backup_files import clean_leftovers

    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    ctx.clock = lambda: NOW
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    pick(qtbot, wizard, fake_dialogs, make_xlsx(tmp_path / "名单.xlsx"))
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert wizard.step == "done", wizard.message.text()
    report = wizard.import_result.report
    assert report is not None and report.exists()
    assert scratch.NAME.fullmatch(report.parent.name)
    assert report.parent.parent == scratch.data_home()
    fake_dialogs.save_path = tmp_path / "发回"
    qtbot.mouseClick(wizard.save_report_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "发回.xlsx").exists()
    assert not [p for p in tmp_path.iterdir() if scratch.NAME.fullmatch(p.name)]
    wizard.accept()
    assert list(system_temp.iterdir()) == []
    assert not report.parent.exists()

    # A wizard killed with its report folder in place: the next start sweeps it.
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    left = scratch.scratch_folder("import-report")
    (left / "名单-导入结果.xlsx").write_bytes(b"PK a report")
    match = scratch.NAME.fullmatch(left.name)
    assert match is not None
    dead = left.with_name(left.name.replace(f"-{os.getpid()}-", f"-{child.pid}-"))
    left.rename(dead)
    journal = scratch.data_home() / scratch.JOURNAL
    (journal / f"{match['pid']}-{match['token']}").unlink()
    (journal / f"{child.pid}-{match['token']}").write_text(str(dead), encoding="utf-8")
    assert dead in clean_leftovers(db_path, now=NOW)
    assert not dead.exists()
