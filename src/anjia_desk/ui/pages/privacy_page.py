"""设置 › 个人信息: the retention period, how many customers it would anonymise today (a dry run),
the daily schedule, and 立即匿名化… for the administrator (DOMAIN §13)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from anjia_desk.core.calendar import cn_date
from anjia_desk.core.errors import UserError
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar, hint_label
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

EXPLAIN = (
    "超过保留期没有任何联系（从未联系的按登记时间计算）的客户，其个人信息将被匿名化：姓名、"
    "手机号、生日、亲属、备注和跟进内容被清除，来访次数、渠道、等级等统计数据保留。"
    "匿名化不可撤销。保留期和每日自动执行在“办公设置 › 个人信息”中设置。"
)


class PrivacyPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.due = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        outer.addWidget(hint_label(EXPLAIN))

        form = QFormLayout()
        self.months_label = QLabel()
        self.months_label.setObjectName("retentionMonths")
        self.cutoff_label = QLabel()
        self.due_label = QLabel()
        self.due_label.setObjectName("dueCount")
        self.auto_label = QLabel()
        form.addRow("保留期：", self.months_label)
        form.addRow("截止日期：", self.cutoff_label)
        form.addRow("今天将匿名化：", self.due_label)
        form.addRow("每日自动执行：", self.auto_label)
        outer.addLayout(form)

        buttons = QHBoxLayout()
        self.refresh_button = QPushButton("重新计算")
        self.refresh_button.clicked.connect(self.reload)
        self.run_button = QPushButton("立即匿名化…")
        self.run_button.clicked.connect(self.run_now)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        outer.addStretch(1)

    def reload(self) -> None:
        self._load(None)

    def _load(self, then: Callable[[], None] | None) -> None:
        """Read the retention status (the dry run), show it, then `then()`."""
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> Any:
            from anjia_desk.services.privacy import retention_status

            try:
                return retention_status(session, actor, now=now)
            except UserError as exc:  # shown on the page, which then offers nothing to run
                return exc

        self.load(work, lambda status: self._fill(status, then))

    def _fill(self, status: Any, then: Callable[[], None] | None = None) -> None:
        if isinstance(status, UserError):
            self.due = 0
            self.run_button.setEnabled(False)
            self.message.show_error(status.message)
            return
        self.due = status.due
        self.months_label.setText(f"{status.months} 个月")
        self.cutoff_label.setText(f"最后联系早于 {cn_date(status.cutoff, year=True)}")
        self.due_label.setText(f"{status.due} 位客户" if status.due else "没有需要匿名化的客户")
        if status.auto:
            last = cn_date(status.last_auto_run, year=True) if status.last_auto_run else "尚未执行"
            self.auto_label.setText(f"已开启（上次：{last}）")
        else:
            self.auto_label.setText("未开启")
        self.run_button.setEnabled(status.due > 0)
        if then is not None:
            then()

    def run_now(self) -> None:
        self._load(self._confirm_run)  # a fresh count first: the question names it

    def _confirm_run(self) -> None:
        if self.due <= 0:
            return
        question = (
            f"将匿名化 {self.due} 位超过保留期的客户。匿名化后无法恢复他们的姓名和手机号。"
            "确定现在执行吗？"
        )
        if not self.ctx.dialogs.confirm(self, "立即匿名化", question):
            return
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> int:
            from anjia_desk.services.privacy import anonymise_due

            return anonymise_due(session, actor, now=now, dry_run=False)

        self.run_button.setEnabled(False)
        # Its broadcast (customers) reloads this page with the others.
        ops.write(
            self.ctx,
            work,
            parent=self,
            done=self._done,
            failed=self._failed,
            label="正在匿名化客户…",
        )

    def _done(self, count: int) -> None:
        self.message.show_ok(f"已匿名化 {count} 位客户。")

    def _failed(self, exc: UserError) -> None:
        self.reload()
        self.message.show_error(f"没有匿名化：{exc.message}")
