"""删除复核 (issue 14): another customer's note that named an erased person, opened from the
工作台 by the site manager, who reads it and clears the text or keeps it (both audited)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.services.erasure_review import ReviewNote, resolve_review, review_note
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class ErasureReviewDialog(QDialog):
    """The note as it stands, and the two decisions; `done_text` says which was taken."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, review_id: int) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review_id = review_id
        self.done_text = ""
        self.setWindowTitle("删除复核")
        self.resize(520, 320)
        layout = QVBoxLayout(self)
        self.intro = QLabel("正在读取备注…")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.clear_button = QPushButton("清除这段文字")
        self.keep_button = QPushButton("与此人无关，保留")
        self.close_button = QPushButton("关闭")
        self.clear_button.clicked.connect(self.clear_note)
        self.keep_button.clicked.connect(self.keep_note)
        self.close_button.clicked.connect(self.reject)
        for button in (self.clear_button, self.keep_button):
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        ops.read(ctx, self._read, parent=self, done=self._shown, message=self.message)

    def _read(self, session: Session, actor: Actor) -> ReviewNote:
        return review_note(session, actor, self.review_id)

    def _shown(self, result: ops.Read) -> None:
        note: ReviewNote = result.value
        self.intro.setText(
            f"客户“{note.customer_name}”的{note.where}中可能提到了已删除个人信息的人。"
            "请阅读后决定：清除这段文字，或确认与此人无关后保留。"
        )
        self.text.setPlainText(note.text)
        for button in (self.clear_button, self.keep_button):
            button.setEnabled(not note.reviewed)
        if note.reviewed:
            self.message.show_ok("这条备注已经复核过了。")

    def clear_note(self) -> None:
        self._resolve(clear=True)

    def keep_note(self) -> None:
        self._resolve(clear=False)

    def _resolve(self, *, clear: bool) -> None:
        review_id, now = self.review_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> str:
            return resolve_review(session, actor, review_id, clear=clear, now=now)

        for button in (self.clear_button, self.keep_button):
            button.setEnabled(False)
        ops.write(self.ctx, work, parent=self, done=self._done, message=self.message)

    def _done(self, text: str) -> None:
        self.done_text = text
        self.accept()
