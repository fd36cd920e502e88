"""帮助 › 开办清单: the first-run checklist of a new office, shown once the first administrator has
logged in and reopened from the 帮助 menu. Each step is ticked from the database (read through
the operation layer, services.office_setup) and has a button to the page that does it; the list
reads again whenever something it depends on changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from anjia_desk.services.context import Actor
from anjia_desk.services.office_setup import ChecklistItem, office_checklist
from anjia_desk.services.privacy import retention_notice
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.start_page import Navigable, go_to

DONE_MARK = "✓ 已完成"


def read_checklist(session: Session, actor: Actor) -> tuple[list[ChecklistItem], str]:
    """The steps, and the sentence about automatic anonymisation (issue 14)."""
    return office_checklist(session, actor), retention_notice(session, actor)


TODO_MARK = "○ 待完成"


class ChecklistDialog(QDialog):
    """Not modal: the administrator works through the pages with the list beside them."""

    def __init__(self, ctx: AppContext, window: Navigable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_ref = window
        self.items: list[ChecklistItem] = []
        self.sources: frozenset[Topic] = frozenset()
        self.buttons: dict[str, QPushButton] = {}
        self.marks: dict[str, QLabel] = {}
        self.setWindowTitle("开办清单")
        self.setModal(False)
        self.resize(640, 360)

        outer = QVBoxLayout(self)
        intro = QLabel(
            "新办公室开始接待客户之前，请完成下面四件事。每一项按系统里的实际情况打勾；"
            "点右侧按钮转到对应页面。本清单可随时从“帮助 → 开办清单”再次打开。"
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        outer.addLayout(self.grid)
        self.privacy_note = QLabel()
        self.privacy_note.setObjectName("checklistPrivacy")
        self.privacy_note.setWordWrap(True)
        outer.addWidget(self.privacy_note)
        outer.addStretch(1)
        self.progress = QLabel()
        self.progress.setObjectName("checklistProgress")
        outer.addWidget(self.progress)
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        box.rejected.connect(self.reject)
        outer.addWidget(box)
        ctx.changed.connect(self._on_changed)

    def reload(self) -> None:
        ops.read(self.ctx, read_checklist, parent=self, done=self._read, message=self.message)

    def _on_changed(self, changes: ops.Changed) -> None:
        if self.isVisible() and changes.touches(self.sources):
            self.reload()

    def _read(self, result: ops.Read) -> None:
        self.sources = result.topics
        items, notice = result.value
        self.privacy_note.setText(notice)
        self.fill(items)

    def fill(self, items: list[ChecklistItem]) -> None:
        self.items = list(items)
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        self.marks.clear()
        for row, item in enumerate(self.items):
            mark = QLabel(DONE_MARK if item.done else TODO_MARK)
            colour = palette.OK if item.done else palette.WARNING
            mark.setStyleSheet(f"color:{colour};font-weight:bold;")
            text = QLabel(f"<b>{item.title}</b><br>{item.detail}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            button = QPushButton(item.button)
            button.setProperty("address", item.address)
            button.clicked.connect(self._go)
            self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, 1)
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.buttons[item.key] = button
            self.marks[item.key] = mark
        done = sum(item.done for item in self.items)
        total = len(self.items)
        self.progress.setText(
            "全部完成，可以开始使用了。" if done == total else f"已完成 {done} / {total} 项"
        )

    def go(self, key: str) -> bool:
        """Show the page of step `key` in the main window (the list stays open beside it)."""
        item = next(i for i in self.items if i.key == key)
        if go_to(self.window_ref, item.address):
            self.message.clear_message()
            return True
        self.message.show_error("当前账号没有这个页面，请用管理员账号登录。")
        return False

    def _go(self) -> None:
        sender = self.sender()
        address = sender.property("address") if sender is not None else None
        key = next((i.key for i in self.items if i.address == address), None)
        if key is not None:
            self.go(key)
