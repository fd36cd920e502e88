"""设置 › 数据库连接 (issue 15): which database this PC opens — its own file or the office's
PostgreSQL server — and 连接服务器数据库… to choose or change the server. A change applies at the
next start of the app (the window in use keeps its database)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from anjia_desk.db import server_config
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar, hint_label

EXPLAIN = (
    "一台电脑单独使用时，数据保存在本机的数据库文件里。办公室里多台电脑要同时使用同一份数据"
    "（前台、置业顾问、财务各一台）时，请管理员在办公室的一台服务器上安装 PostgreSQL"
    "（见说明书“多台电脑共用一个数据库”），再在每台电脑上“连接服务器数据库”。"
)


class ServerPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        outer.addWidget(hint_label(EXPLAIN))
        form = QFormLayout()
        self.current_label = QLabel(ctx.database.display_name)
        self.current_label.setObjectName("currentDatabase")
        self.current_label.setWordWrap(True)
        self.next_label = QLabel()
        self.next_label.setObjectName("nextDatabase")
        self.next_label.setWordWrap(True)
        form.addRow("正在使用：", self.current_label)
        form.addRow("下次启动时打开：", self.next_label)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.connect_button = QPushButton("连接服务器数据库…")
        self.connect_button.clicked.connect(self.choose_server)
        self.local_button = QPushButton("改用本机数据库文件")
        self.local_button.setToolTip("不再连接服务器：下次启动时打开本机的数据库文件")
        self.local_button.clicked.connect(self.use_local_file)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.dialog: QWidget | None = None
        self._show_next()

    def _show_next(self) -> None:
        saved = server_config.load()
        if saved is None:
            self.next_label.setText("本机的数据库文件")
        else:
            tls = "加密连接" if saved.tls else "未加密连接"
            self.next_label.setText(f"服务器数据库 {saved.label}（{tls}）")
        self.local_button.setEnabled(saved is not None)

    def choose_server(self) -> None:
        from anjia_desk.ui.server_dialog import ServerDialog

        if self.ctx.tasks is None or self.dialog is not None:
            return
        dialog = ServerDialog(self.ctx.tasks, self, connection=server_config.load())
        self.dialog = dialog

        def closed(result: int) -> None:
            self.dialog = None  # kept as the page's child: it may close from its task's callback
            if result and dialog.connection is not None:
                kept = "" if dialog.password_kept else "（密码未保存，启动时输入）"
                self.message.show_ok(
                    f"已保存：下次启动安家 Desk 时打开服务器数据库 {dialog.connection.label}{kept}"
                )
                self._show_next()

        dialog.finished.connect(closed)
        dialog.open()

    def use_local_file(self) -> None:
        server_config.forget()
        self.message.show_ok("已改回：下次启动安家 Desk 时打开本机的数据库文件")
        self._show_next()
