"""设置 › 证件密钥: whether this PC holds the key that opens buyers' ID numbers, and, for the
administrator, exporting it under the backup passphrase and importing it on another PC (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from anjia_desk.core.errors import UserError
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar, hint_label
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor
    from anjia_desk.services.id_key import IdKeyStatus

EXPLAIN = (
    "买受人的证件号码在数据库中加密保存，打开它们的“证件密钥”不在数据库里，而是保存在每台电脑"
    "自己的密钥文件中：数据库文件被拷走，证件号码也打不开。备份会带上密钥（用备份口令保护），"
    "在新电脑上恢复备份时自动安装。多台电脑共用一个数据库时，请在已有密钥的电脑上“导出密钥”，"
    "再到其他每台电脑上“导入密钥”。导出的文件用当前的备份口令加密，请像备份一样妥善保管。"
)
EXTENSION = ".anjiakey"
FILTERS = f"安家 Desk 证件密钥 (*{EXTENSION});;所有文件 (*)"


def read_status(session: Session, actor: Actor) -> IdKeyStatus:
    from anjia_desk.services.id_key import key_status

    return key_status(session, actor)


def status_text(status: IdKeyStatus) -> tuple[str, str]:
    """(text, colour) of this PC's key for the page."""
    if status.installed:
        return "✔ 本机已安装证件密钥，可以查看和登记证件号码。", palette.OK
    if status.mismatched:
        return (
            "本机的证件密钥与这个数据库不符，证件号码显示为“本机未安装密钥”：请导入正确的密钥。",
            palette.ERROR,
        )
    if status.sealed or status.ever_made:
        return (
            "本机未安装密钥：完整证件号显示为“本机未安装密钥”，也不能登记新的证件号。"
            "请在已有密钥的电脑上导出密钥，再在这里导入。",
            palette.ERROR,
        )
    return "还没有登记过证件号码：登记第一个证件号码时，本机会自动生成密钥。", palette.INACTIVE


class IdKeyPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.status: IdKeyStatus | None = None
        self.busy = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        outer.addWidget(hint_label(EXPLAIN))

        self.status_label = QLabel()
        self.status_label.setObjectName("idKeyStatus")
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)
        form = QFormLayout()
        self.sealed_label = QLabel()
        self.sealed_label.setObjectName("sealedCount")
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        form.addRow("已加密的证件号：", self.sealed_label)
        form.addRow("本机密钥文件：", self.file_label)
        outer.addLayout(form)

        buttons = QHBoxLayout()
        self.export_button = QPushButton("导出密钥…")
        self.export_button.setToolTip("把本机的证件密钥用备份口令加密后存成文件，带到其他电脑")
        self.export_button.clicked.connect(self.export_key)
        self.import_button = QPushButton("导入密钥…")
        self.import_button.setToolTip("从导出的密钥文件安装证件密钥（需要导出时的备份口令）")
        self.import_button.clicked.connect(self.import_key)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        outer.addStretch(1)

    def reload(self) -> None:
        self.load(read_status, self._fill, message=self.message)

    def _fill(self, status: IdKeyStatus) -> None:
        self.status = status
        text, colour = status_text(status)
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color:{colour};font-weight:bold;")
        self.sealed_label.setText(f"{status.sealed} 个")
        self.file_label.setText(str(status.path) if status.path and status.installed else "—")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(not self.busy)
        # Exporting needs the key here — or a database that never had one (it is made then).
        status = self.status
        may_export = status is not None and (
            status.installed or not (status.sealed or status.ever_made)
        )
        self.export_button.setEnabled(not self.busy and may_export)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _failed(self, prefix: str) -> Callable[[UserError], None]:
        def failed(exc: UserError) -> None:
            self._set_busy(False)
            self.message.show_error(prefix + exc.message)

        return failed

    def export_key(self) -> None:
        from datetime import datetime

        from anjia_desk.services.id_key import export_key

        if self.busy:
            return
        moment: datetime = self.ctx.clock()
        suggested = Path.home() / f"安家Desk-证件密钥-{moment:%Y%m%d}{EXTENSION}"
        target = self.ctx.dialogs.save_file(self, "导出证件密钥", suggested, FILTERS)
        if target is None:
            return
        if target.suffix.lower() != EXTENSION:
            target = target.with_name(target.name + EXTENSION)
        passphrase = self.ctx.dialogs.ask_secret(
            self, "备份口令", "请输入当前的备份口令（导出的密钥文件用它加密）："
        )
        if not passphrase:
            return
        self._set_busy(True)
        self.message.show_info("正在导出证件密钥…")

        def done(_result: None) -> None:
            self._set_busy(False)
            self.message.show_ok(
                f"证件密钥已导出到：{target}。请在其他电脑的“设置 → 证件密钥”中导入它，"
                "导入时需要输入同一个备份口令。"
            )
            self.reload()

        ops.write(
            self.ctx,
            lambda session, actor: export_key(session, actor, target, passphrase=passphrase),
            parent=self,
            done=done,
            failed=self._failed("没有导出："),
            label="正在导出证件密钥…",
        )

    def import_key(self) -> None:
        from anjia_desk.services.id_key import import_key

        if self.busy:
            return
        source = self.ctx.dialogs.open_file(self, "导入证件密钥", Path.home(), FILTERS)
        if source is None:
            return
        passphrase = self.ctx.dialogs.ask_secret(
            self, "备份口令", "请输入导出这个密钥文件时的备份口令："
        )
        if not passphrase:
            return
        self._set_busy(True)
        self.message.show_info("正在导入证件密钥…")

        def done(_result: None) -> None:
            self._set_busy(False)
            self.message.show_ok("证件密钥已导入本机：现在可以查看和登记证件号码了。")
            self.reload()

        ops.write(
            self.ctx,
            lambda session, actor: import_key(session, actor, source, passphrase=passphrase),
            parent=self,
            done=done,
            failed=self._failed("没有导入："),
            label="正在导入证件密钥…",
        )
