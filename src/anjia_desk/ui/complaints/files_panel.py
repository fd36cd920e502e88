"""A complaint's attachments (issue 18): the table of its files (services.complaint_files) with
添加… — a file chosen through the dialogs seam, its side (客户材料 by default) and a caption —
and 打开, which writes a temporary copy (swept at the next start) and hands it to the system's
own viewer through `ui.importing.files.open_in_system` (the seam tests replace). The complaint
window embeds it; it reads when first shown and again after a broadcast touching what it read.
All database work goes through ui/ops.py: the file is read by the service on the writer, never
here on the window's thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_kinds import Side
from anjia_desk.core.deal_actions import Permit
from anjia_desk.core.errors import UserError
from anjia_desk.services.complaint_files import CAPTION_MAX, MAX_BYTES, FileLine, size_text
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import RIGHT, make_button, make_table
from anjia_desk.ui.fields import MessageBar, hint_label
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.importing import files
from anjia_desk.ui.style import ui_state
from anjia_desk.ui.tables import Column, ColumnTableModel, selected_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

FILTERS = (
    "所有文件 (*);;图片 (*.jpg *.jpeg *.png *.bmp *.gif *.heic *.webp);;PDF 文件 (*.pdf);;"
    "文档 (*.doc *.docx *.xls *.xlsx *.txt);;录音与视频 (*.mp3 *.m4a *.amr *.wav *.mp4 *.mov)"
)
#: Where the last attachment was picked (remembered between runs, per PC).
FOLDER_SETTING = "complaints/files_folder"


class FilesModel(ColumnTableModel[FileLine]):
    """名称, 来源, 大小, 说明, 添加人, 时间 (office time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone: ZoneInfo = default_zone()
        super().__init__(
            [
                Column("name", "名称", lambda r: r.name, tooltip=lambda r: r.name),
                Column("side", "来源", lambda r: r.side.label),
                Column(
                    "size", "大小", lambda r: size_text(r.size), sort_key=lambda r: r.size,
                    align=RIGHT,
                ),
                Column("caption", "说明", lambda r: r.caption, tooltip=lambda r: r.caption),
                Column("by", "添加人", lambda r: r.added_by),
                Column(
                    "at", "时间", lambda r: format_local(r.added_at, self.zone),
                    sort_key=lambda r: r.added_at,
                ),
            ],
            parent,
        )  # fmt: skip


@dataclass(frozen=True)
class Loaded:
    files: list[FileLine]
    attach: Permit
    zone: ZoneInfo


def load(session: Session, actor: Actor, complaint_id: int) -> Loaded:
    """The case's files, whether this user may add one now, and the office zone."""
    from anjia_desk.services.complaint_base import actions_of, get_complaint
    from anjia_desk.services.complaint_files import files_of
    from anjia_desk.services.settings import office_zone

    rows = files_of(session, actor, complaint_id)
    permit = actions_of(session, get_complaint(session, complaint_id), actor)
    return Loaded(rows, permit[ComplaintAction.ATTACH], office_zone(session))


class FilesPanel(QWidget):
    """`files_table` over `files_model`; `side_box` (来源), `caption_edit` (说明), `add_button`
    (添加…), `open_button` (打开), `message`. `file_added(id)` after a file was added;
    `opened(path)` after a copy was handed to the viewer."""

    file_added = Signal(int)
    opened = Signal(Path)

    def __init__(self, ctx: AppContext, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.complaint_id = complaint_id
        self.sources: frozenset[Topic] = frozenset()
        self.stale = True
        self.attach = Permit(False)
        self.busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint_label(
                "调查证据分三方：客户提供的材料、案场记录、第三方检测。附件保存在数据库里"
                f"（每个不超过 {size_text(MAX_BYTES)}），每台电脑都能打开，也随备份一起保存。"
            )
        )
        self.files_model = FilesModel(self)
        self.files_table = make_table(self.files_model)
        layout.addWidget(self.files_table, 1)
        row = QHBoxLayout()
        self.side_box = QComboBox()
        for side in Side:
            self.side_box.addItem(side.label, side)
        self.side_box.setCurrentIndex(self.side_box.findData(Side.CUSTOMER))
        self.caption_edit = QLineEdit()
        self.caption_edit.setMaxLength(CAPTION_MAX)
        self.caption_edit.setPlaceholderText("说明（可不填），如：客户提供的渗水照片")
        self.add_button = make_button("添加…", self.ask_add)
        self.open_button = make_button("打开", self.open_selected)
        row.addWidget(QLabel("来源"))
        row.addWidget(self.side_box)
        row.addWidget(self.caption_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        self.files_table.activated.connect(self.open_selected)
        self.files_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.changed.connect(self._on_changed)
        self._update_buttons()

    # --- loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        """Read the case's files again (and whether this user may add one)."""
        self.stale = False
        complaint_id = self.complaint_id
        ops.read(
            self.ctx,
            lambda session, actor: load(session, actor, complaint_id),
            parent=self,
            done=self._loaded,
            failed=self._failed,
        )

    def _failed(self, exc: UserError) -> None:
        self.message.show_error(exc.message)

    def _loaded(self, result: ops.Read) -> None:
        loaded: Loaded = result.value
        self.sources = result.topics
        self.attach = loaded.attach
        self.files_model.zone = loaded.zone
        self.files_model.set_rows(loaded.files)
        self._update_buttons()

    def _on_changed(self, changes: ops.Changed) -> None:
        if not shiboken6.isValid(self):  # pragma: no cover - the window went meanwhile
            return
        if not changes.touches(self.sources | {Topic.COMPLAINTS}):
            return
        if self.isVisible() or changes.initiator is self:
            self.reload()
        else:
            self.stale = True

    def _update_buttons(self) -> None:
        attach = self.attach
        self.add_button.setVisible(attach.shown)
        self.side_box.setVisible(attach.shown)
        self.caption_edit.setVisible(attach.shown)
        self.add_button.setEnabled(attach.allowed and not self.busy)
        self.add_button.setToolTip(attach.why_not)
        self.open_button.setEnabled(self._selected() is not None and not self.busy)

    def _selected(self) -> FileLine | None:
        row = selected_row(self.files_table)
        return self.files_model.row_at(row) if row is not None else None

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    # --- adding

    def ask_add(self) -> None:
        """Choose a file and add it with the side and caption shown."""
        self.message.clear_message()
        start = Path(str(ui_state().value(FOLDER_SETTING, "") or Path.home()))
        path = self.ctx.dialogs.open_file(
            self, "选择要添加的附件", start if start.is_dir() else Path.home(), FILTERS
        )
        if path is None:
            return
        ui_state().setValue(FOLDER_SETTING, str(path.parent))
        self.add_path(path)

    def add_path(self, path: Path) -> None:
        """Add the file at `path` (the service reads it on the writer, off this thread)."""
        from anjia_desk.services.complaint_files import add_file

        side = Side(self.side_box.currentData())
        caption = self.caption_edit.text()
        complaint_id = self.complaint_id
        now = self.ctx.clock()
        self._set_busy(True)
        ops.write(
            self.ctx,
            lambda session, actor: add_file(
                session, actor, complaint_id, path, side=side, caption=caption, now=now
            ),
            parent=self,
            done=self._added,
            message=self.message,
            label="正在添加附件…",
            initiator=self,
            settled=self._settled,
        )

    def _settled(self) -> None:
        self._set_busy(False)

    def _added(self, file_id: int) -> None:
        self.caption_edit.clear()
        self.message.show_ok("附件已添加")
        self.file_added.emit(file_id)

    # --- opening

    def open_selected(self) -> None:
        """Open the selected file with the system's viewer, through a temporary copy."""
        from anjia_desk.services.complaint_files import open_copy

        line = self._selected()
        if line is None or self.busy:
            return
        self.message.clear_message()
        file_id = line.id
        now = self.ctx.clock()
        self._set_busy(True)
        # A write: the opening is audited.
        ops.write(
            self.ctx,
            lambda session, actor: open_copy(session, actor, file_id, now=now),
            parent=self,
            done=self._copied,
            message=self.message,
            label="正在打开附件…",
            initiator=self,
            settled=self._settled,
        )

    def _copied(self, path: Path) -> None:
        if files.open_in_system(path):
            self.opened.emit(path)
            return
        self.message.show_warning(
            f"这台电脑上没有能打开“{path.name}”的程序。副本在：{path.parent}（下次启动时自动清理）"
        )
