"""The one form convention (ui/forms.py): a FormDialog's write runs through the operation layer;
while it runs the dialog is busy (OK and 取消 disabled, Esc and the close button ignored), so its
result or refusal always has somewhere to go; `confirm()` may stop it before anything is
written; a refusal stays beside the field and says so through `write_refused`; a bug in the
write is reported and the dialog can be closed again."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from anjia_desk.core.errors import ConflictError, ValidationError
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import FormDialog, Saved


class NameDialog(FormDialog):
    """A one-field form whose write is `act(name)`, run on the writer."""

    def __init__(self, ctx: AppContext, act: Any, *, ask: bool = True) -> None:
        super().__init__(ctx, None, "测试", "保存")
        self.act = act
        self.ask = ask
        self.name = QLineEdit()
        self.add("名称：", self.name, "name")

    def save(self) -> ops.Work[Saved]:
        name = self.name.text().strip()
        if not name:
            raise ValidationError({"name": "请填写名称"})
        act = self.act
        return lambda _session, _actor: Saved(act(name))

    def confirm(self) -> bool:
        return self.ask


def _open(qtbot: Any, dialog: FormDialog) -> FormDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_while_the_write_runs_the_dialog_stays(qtbot, ctx: AppContext, runner) -> None:
    gate = threading.Event()

    def slow(name: str) -> str:
        gate.wait(10)
        return f"已保存 {name}"

    dialog = _open(qtbot, NameDialog(ctx, slow))
    dialog.name.setText("甲")
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    dialog.submit()
    assert dialog.busy and not dialog.ok_button.isEnabled()
    assert not dialog.cancel_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()  # Esc and the close button wait for the write
    gate.set()
    qtbot.waitUntil(lambda: saved == ["已保存 甲"])
    assert not dialog.busy and not dialog.isVisible()


def test_a_refusal_stays_beside_its_field(qtbot, ctx: AppContext) -> None:
    def refuse(_name: str) -> str:
        raise ValidationError({"name": "这个名称已有人用了"})

    dialog = _open(qtbot, NameDialog(ctx, refuse))
    dialog.name.setText("甲")
    refused: list[str] = []
    dialog.write_refused.connect(refused.append)
    dialog.submit()
    assert dialog.errors.message("name") == "这个名称已有人用了"
    assert refused and dialog.isVisible() and not dialog.busy
    assert dialog.ok_button.isEnabled() and dialog.cancel_button.isEnabled()


def test_fields_first_then_the_question(qtbot, ctx: AppContext) -> None:
    wrote: list[str] = []
    dialog = _open(qtbot, NameDialog(ctx, lambda n: wrote.append(n) or "", ask=False))
    dialog.submit()
    assert dialog.errors.message("name") == "请填写名称" and wrote == []
    dialog.name.setText("甲")
    dialog.submit()  # declined: nothing written, the dialog stays
    assert wrote == [] and dialog.isVisible() and not dialog.busy


def test_a_conflict_closes_a_dialog_that_asks_for_it(qtbot, ctx: AppContext) -> None:
    def conflict(_name: str) -> str:
        raise ConflictError("这套房源刚被其他人改动过")

    dialog = _open(qtbot, NameDialog(ctx, conflict))
    dialog.closes_on_conflict = True
    dialog.name.setText("甲")
    with qtbot.waitSignal(dialog.conflicted) as blocker:
        dialog.submit()
    assert blocker.args == ["这套房源刚被其他人改动过"]
    assert not dialog.isVisible()


def test_after_a_bug_the_dialog_can_be_closed(qtbot, ctx: AppContext, runner) -> None:
    reported: list[BaseException] = []
    runner.report_error = reported.append  # type: ignore[method-assign]

    def bug(_name: str) -> str:
        raise RuntimeError("boom")

    dialog = _open(qtbot, NameDialog(ctx, bug))
    dialog.name.setText("甲")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(reported))
    assert isinstance(reported[0], RuntimeError)
    assert not dialog.busy and dialog.ok_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()
