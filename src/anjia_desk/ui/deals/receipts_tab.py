"""The 交易 section's 收据 tab: every receipt by project, 交款日期 range and payer or number, with
the totals of the valid ones, and 作废…, 重开…, 财务确认 and 打印… (the section runs them)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import ReceiptLine
from anjia_desk.services.payments import list_receipts
from anjia_desk.ui import ops
from anjia_desk.ui.deals.format import ReceiptsModel, make_button, make_table
from anjia_desk.ui.deals.section_tab import SectionTab, project_combo
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.forms import parse_day, yuan

TAB_RECEIPTS = "receipts"


class ReceiptsTab(SectionTab):
    """收据: `rcpt_project`, `rcpt_from`, `rcpt_to`, `rcpt_text`; `rcpt_model` in `rcpt_table`;
    `rcpt_totals`; `rcpt_void_button`, `rcpt_reissue_button`, `rcpt_confirm_button` and
    `rcpt_print_button`, shown by permission (the section connects them)."""

    key = TAB_RECEIPTS

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.rcpt_project = self.project_box = project_combo(True)
        self.rcpt_text = QLineEdit()
        self.rcpt_text.setPlaceholderText("交款人或收据号")
        self.rcpt_text.setClearButtonEnabled(True)
        self.rcpt_from = QLineEdit()
        self.rcpt_from.setPlaceholderText("起 2026-01-01")
        self.rcpt_from.setMaximumWidth(120)
        self.rcpt_to = QLineEdit()
        self.rcpt_to.setPlaceholderText("止 2026-12-31")
        self.rcpt_to.setMaximumWidth(120)
        filters.addWidget(QLabel("项目："))
        filters.addWidget(self.rcpt_project)
        filters.addWidget(QLabel("交款日期："))
        filters.addWidget(self.rcpt_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.rcpt_to)
        filters.addWidget(QLabel("查找："))
        filters.addWidget(self.rcpt_text)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.rcpt_model = ReceiptsModel(self)
        self.rcpt_table = make_table(self.rcpt_model)
        layout.addWidget(self.rcpt_table, 1)
        self.rcpt_totals = hint_label("")
        layout.addWidget(self.rcpt_totals)
        buttons = QHBoxLayout()
        cashier = actor.can(Action.RECORD_PAYMENTS)
        self.rcpt_void_button = make_button("作废…", visible=cashier)
        self.rcpt_reissue_button = make_button("重开…", visible=cashier)
        self.rcpt_confirm_button = make_button(
            "财务确认", visible=actor.can(Action.CONFIRM_RECEIPTS)
        )
        self.rcpt_print_button = make_button("打印…")
        for button in (
            self.rcpt_void_button,
            self.rcpt_reissue_button,
            self.rcpt_confirm_button,
            self.rcpt_print_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.rcpt_project.currentIndexChanged.connect(self.request_reload)
        for edit in (self.rcpt_text, self.rcpt_from, self.rcpt_to):
            edit.returnPressed.connect(self.request_reload)

    def read(self, now: datetime) -> ops.Work[list[ReceiptLine]]:
        day_from = parse_day(self.rcpt_from.text(), "from")
        day_to = parse_day(self.rcpt_to.text(), "to")
        project_id, text = self.rcpt_project.currentData(), self.rcpt_text.text()
        return lambda session, actor: list_receipts(
            session, actor, project_id=project_id, text=text, day_from=day_from, day_to=day_to
        )

    def show_result(self, value: list[ReceiptLine], zone: ZoneInfo, today: date) -> None:
        self.rcpt_model.set_rows(value)
        live = [r for r in value if r.voided_at is None]
        total = sum((r.amount for r in live), start=Decimal(0))
        self.rcpt_totals.setText(
            f"共 {len(value)} 张（有效 {len(live)} 张），有效金额合计 {yuan(total)}"
        )
