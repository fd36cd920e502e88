"""设置 › 个人信息: the retention period, how many customers it would anonymise today (a dry run),
the daily schedule, and 立即匿名化… for the administrator (DOMAIN §13)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from anjia_desk.core.calendar import cn_date
from anjia_desk.core.errors import UserError
from anjia_desk.services.changes import Changes
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.widgets import LazyPage, MessageBar, hint_label, run_task

EXPLAIN = (
    "超过保留期没有任何联系（从未联系的按登记时间计算）的客户，其个人信息将被匿名化：姓名、"
    "手机号、生日、亲属、备注和跟进内容被清除，来访次数、渠道、等级等统计数据保留。"
    "匿名化不可撤销。保留期和每日自动执行在“常规与信头”页的“个人信息”一组中设置。"
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

    def concerns(self, changes: Any) -> bool:
        return isinstance(changes, Changes) and changes.touches("customers", "settings")

    def reload(self) -> None:
        from anjia_desk.services.privacy import retention_status

        try:
            with self.ctx.session() as session:
                status = retention_status(session, self.ctx.actor, now=self.ctx.clock())
        except UserError as exc:
            self.due = 0
            self.run_button.setEnabled(False)
            self.message.show_error(exc.message)
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

    def run_now(self) -> None:
        self.reload()
        if self.due <= 0:
            return
        question = (
            f"将匿名化 {self.due} 位超过保留期的客户。匿名化后无法恢复他们的姓名和手机号。"
            "确定现在执行吗？"
        )
        if not self.ctx.dialogs.confirm(self, "立即匿名化", question):
            return
        ctx, actor, now = self.ctx, self.ctx.actor, self.ctx.clock()

        def work() -> int:
            from anjia_desk.services.privacy import anonymise_due

            # ctx.session re-reads the user first: a disabled account can do nothing more.
            with ctx.session() as session:
                return anonymise_due(session, actor, now=now, dry_run=False)

        self.run_button.setEnabled(False)
        run_task(self.ctx, work, on_done=self._done, on_error=self._failed, label="正在匿名化客户…")

    def _done(self, count: int) -> None:
        self.ctx.notify(Changes.of("customers"))  # this page reloads with the others
        self.message.show_ok(f"已匿名化 {count} 位客户。")

    def _failed(self, exc: BaseException) -> None:
        self.reload()
        if isinstance(exc, UserError):
            self.message.show_error(f"没有匿名化：{exc.message}")
        elif self.ctx.tasks is not None:
            self.ctx.tasks.report_error(exc)
        else:
            raise exc
