"""A complaint's 附件 panel (issue 18): a file chosen through the dialogs seam is added with the
side and caption shown (the service reads it on the writer's thread), listed in the table, and
opened through a temporary copy handed to the system viewer's seam; a refusal shows on the
panel's message bar; a user who may not add files sees no 添加…."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from anjia_desk.core.complaint_kinds import Side
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import complaint_files as cf
from anjia_desk.services.context import Actor
from anjia_desk.ui.complaints.files_panel import FilesPanel
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.importing import files
from anjia_desk.ui.tasks import TaskRunner
from tests.helpers import add_actor
from tests.services import test_complaint_files
from tests.services.test_complaint_files import NOW, PHOTO, Office
from tests.ui.conftest import FakeDialogs


@pytest.fixture
def office(database: Database) -> Office:
    with session_scope(database, Actor.system()) as s:
        return test_complaint_files.office.__wrapped__(s)  # type: ignore[no-any-return, attr-defined]


@pytest.fixture
def panel(qtbot, ctx: AppContext, office: Office, runner: TaskRunner) -> FilesPanel:
    ctx.set_actor(office.cs_manager)
    ctx.clock = lambda: NOW
    widget = FilesPanel(ctx, office.case.id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.add_button.isEnabled())
    return widget


def _texts(panel: FilesPanel) -> list[list[str]]:
    model = panel.files_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_add_a_file_then_open_it(
    qtbot, panel: FilesPanel, fake_dialogs: FakeDialogs, tmp_path: Path, monkeypatch
) -> None:
    model = panel.files_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["名称", "来源", "大小", "说明", "添加人", "时间"]
    assert model.rowCount() == 0
    # The sides to choose from, 客户材料 first chosen.
    assert [panel.side_box.itemText(i) for i in range(panel.side_box.count())] == [
        s.label for s in Side
    ]
    assert panel.side_box.currentText() == "客户材料"
    assert not panel.open_button.isEnabled()  # nothing selected
    source = tmp_path / "检测报告.pdf"
    source.write_bytes(PHOTO)
    fake_dialogs.open_path = source
    panel.side_box.setCurrentIndex(panel.side_box.findData(Side.THIRD_PARTY))
    panel.caption_edit.setText("第三方检测机构出具")
    readers: list[threading.Thread] = []
    real_read = cf.read_file

    def read(path: Path) -> bytes:
        readers.append(threading.current_thread())
        return real_read(path)

    monkeypatch.setattr(cf, "read_file", read)
    with qtbot.waitSignal(panel.file_added, timeout=5000) as added:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names() == ["open_file"]
    # The service read the file on the writer's thread, not the window's.
    assert len(readers) == 1 and readers[0] is not threading.main_thread()
    assert panel.message.text() == "附件已添加" and panel.caption_edit.text() == ""
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    line = ["检测报告.pdf", "第三方检测", "2.8 KB", "第三方检测机构出具", "客服吴静"]
    assert _texts(panel) == [[*line, "2026-11-20 10:00"]]
    assert model.row_at(0).id == added.args[0]
    # 打开: a copy with the same bytes goes to the system viewer's seam.
    opened: list[Path] = []
    monkeypatch.setattr(files, "open_in_system", lambda p: opened.append(p) or True)
    panel.files_table.selectRow(0)
    assert panel.open_button.isEnabled()
    with qtbot.waitSignal(panel.opened, timeout=5000):
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    (copy,) = opened
    assert copy.name == "检测报告.pdf" and copy.read_bytes() == PHOTO
    assert copy != source and copy.parent.parent != source.parent


def test_a_refusal_shows_on_the_panel_and_adds_nothing(
    qtbot, panel: FilesPanel, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    big = tmp_path / "现场视频.mp4"
    with big.open("wb") as handle:
        handle.truncate(cf.MAX_BYTES + 1024 * 1024)
    fake_dialogs.open_path = big
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.kind == "error")
    assert "11 MB" in panel.message.text() and "10 MB" in panel.message.text()
    qtbot.waitUntil(lambda: panel.add_button.isEnabled())  # no longer busy
    assert panel.files_model.rowCount() == 0
    # Cancelling the dialog does nothing at all.
    fake_dialogs.open_path = None
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.message.kind == "" and panel.files_model.rowCount() == 0


def test_a_viewer_missing_says_where_the_copy_is(
    qtbot, panel: FilesPanel, office: Office, database: Database, monkeypatch
) -> None:
    with session_scope(database, office.cs_manager) as s:
        cf.add_file_bytes(
            s, office.cs_manager, office.case.id, "录音.amr", b"#!AMR", side=Side.OFFICE, now=NOW
        )
    panel.reload()
    qtbot.waitUntil(lambda: panel.files_model.rowCount() == 1)
    assert _texts(panel)[0][:3] == ["录音.amr", "案场记录", "5 字节"]
    monkeypatch.setattr(files, "open_in_system", lambda _p: False)
    panel.files_table.selectRow(0)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.kind == "warning")
    assert "没有能打开“录音.amr”的程序" in panel.message.text()


def test_who_may_not_add_sees_the_files_only(
    qtbot, ctx: AppContext, office: Office, database: Database
) -> None:
    with session_scope(database, Actor.system()) as s:
        finance = add_actor(s, "caiwu", "财务乙", Role.FINANCE)
        cf.add_file_bytes(
            s, Actor.system(), office.case.id, "合同.pdf", b"%PDF", side=Side.OFFICE, now=NOW
        )
    ctx.set_actor(finance)
    widget = FilesPanel(ctx, office.case.id)
    qtbot.addWidget(widget)
    widget.show()  # no runner: the read runs here
    assert widget.files_model.rowCount() == 1
    assert _texts(widget)[0][4] == "系统"
    assert widget.add_button.isHidden() and widget.side_box.isHidden()
    # A consultant outside the case's scope is told so.
    ctx.set_actor(office.other_consultant)
    other = FilesPanel(ctx, office.case.id)
    qtbot.addWidget(other)
    other.show()
    assert other.files_model.rowCount() == 0
    assert "只能查看自己客户的投诉" in other.message.text()
