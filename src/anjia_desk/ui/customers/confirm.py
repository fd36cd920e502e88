"""Forms that ask "are you sure?" once their fields pass and before they write — 合并客户,
删除个人信息, and 批量转移 of all a consultant's customers. The shared FormDialog (ui.forms) has no
such step of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from anjia_desk.core.errors import UserError
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import FormDialog, ReasonAct, ReasonDialog, ValuesAct
from anjia_desk.ui.widgets import show_user_error

#: What to ask before writing, from the dialog's values: (title, question).
Question = Callable[[dict[str, str]], tuple[str, str]]


def fields_pass(dialog: FormDialog) -> bool:
    """Run the dialog's own checks (its `save()`, nothing written yet): False, with the messages
    beside the fields, when they refuse."""
    dialog.errors.clear()
    dialog.message.clear_message()
    try:
        dialog.save()
    except UserError as exc:
        show_user_error(exc, dialog.message, dialog.errors)
        return False
    return True


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

    def submit(self) -> None:
        if not fields_pass(self):
            return
        title, text = self.question(self.values())
        if not self.ctx.dialogs.confirm(self, title, text):
            return  # declined: nothing written, the dialog stays
        self.confirmed.emit()
        super().submit()
