"""A form open while the database server goes away (issue 15): its save says so in Chinese, the
dialog stays open with everything typed, and the next try goes through."""

from __future__ import annotations

from typing import Any

import psycopg
from PySide6.QtWidgets import QLineEdit
from sqlalchemy.exc import OperationalError

from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.forms import FormDialog, Saved


class NoteDialog(FormDialog):
    def __init__(self, ctx: AppContext, act: Any) -> None:
        super().__init__(ctx, None, "测试", "保存")
        self.act = act
        self.name = QLineEdit()
        self.note = QLineEdit()
        self.add("姓名：", self.name, "name")
        self.add("备注：", self.note, "note")

    def save(self) -> ops.Work[Saved]:
        name, note, act = self.name.text(), self.note.text(), self.act
        return lambda _session, _actor: Saved(act(name, note))


def test_a_form_keeps_its_input_when_the_server_goes_away(qtbot, ctx: AppContext) -> None:
    server_up = False

    def act(name: str, note: str) -> str:
        if not server_up:  # what psycopg raises on a connection the server closed
            dead = psycopg.OperationalError("server closed the connection unexpectedly")
            raise OperationalError("UPDATE customers SET note = %(note)s", {}, dead)
        return f"已保存 {name}"

    dialog = NoteDialog(ctx, act)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("张伟")
    dialog.note.setText("下周带家人再来看 12 楼")
    refused: list[str] = []
    dialog.write_refused.connect(refused.append)
    dialog.submit()
    qtbot.waitUntil(lambda: bool(refused))
    assert refused[0].startswith("数据库服务器连接中断") and "填写的内容仍在" in refused[0]
    assert dialog.isVisible() and not dialog.busy and dialog.ok_button.isEnabled()
    assert dialog.name.text() == "张伟" and dialog.note.text() == "下周带家人再来看 12 楼"
    assert "数据库服务器连接中断" in dialog.message.text()

    server_up = True  # the server is back: the same dialog saves on the next try
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    dialog.submit()
    qtbot.waitUntil(lambda: saved == ["已保存 张伟"])
    assert not dialog.isVisible()
