"""The reason dialogs that ask "are you sure?" once their fields pass and before they write
(合并客户, 删除个人信息): the shared FormDialog's `confirm` step, with the question built from the
dialog's values."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import ReasonAct, ReasonDialog, ValuesAct

#: What to ask before writing, from the dialog's values: (title, question).
Question = Callable[[dict[str, str]], tuple[str, str]]


class ConfirmReasonDialog(ReasonDialog):
    """A ReasonDialog that, once its fields pass, asks `question(values)` and writes only when the
    person confirms; `confirmed` is emitted just before the write starts."""

    confirmed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        title: str,
        intro: str,
        act: ReasonAct | ValuesAct,
        *,
        question: Question,
        ok_text: str,
        reason_label: str,
        extra: tuple[str, str, str] | None = None,
        check: Callable[[dict[str, str]], dict[str, str]] | None = None,
    ) -> None:
        super().__init__(
            ctx,
            parent,
            title,
            intro,
            act,
            ok_text=ok_text,
            reason_label=reason_label,
            required=False,
            extra=extra,
            check=check,
        )
        self.question = question

    def confirm(self) -> bool:
        title, text = self.question(self.values())
        if not self.ctx.dialogs.confirm(self, title, text):
            return False
        self.confirmed.emit()
        return True
