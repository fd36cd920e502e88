"""老带新: who referred this customer (or linking one afterwards), whom they referred, and the
points ledger — thanking the referrer and redeeming points."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError
from anjia_desk.services.referrals import (
    LedgerRow,
    ReferralSummary,
    ReferredRow,
    decline_referral,
    link_referrer,
    mark_thanked,
    redeem_points,
    referral_summary,
)
from anjia_desk.services.settings import office_zone
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers.common import CustomerTab
from anjia_desk.ui.fields import FieldErrors, add_field, field_box, show_user_error
from anjia_desk.ui.formatting import format_day, format_local
from anjia_desk.ui.tables import (
    Column,
    ColumnTableModel,
    configure_table,
    selected_row,
    set_column_widths,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class ReferralsTab(CustomerTab):
    """老带新: the referrer, the people this customer referred, the points ledger."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.summary: ReferralSummary | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.errors = FieldErrors()

        self.referrer_label = QLabel()
        outer.addWidget(self.referrer_label)
        self.link_box = QWidget()
        link = QFormLayout(self.link_box)
        link.setContentsMargins(0, 0, 0, 0)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.referrer_phone = QLineEdit()
        self.referrer_phone.setPlaceholderText("推荐人的手机号")
        self.referrer_phone.setMaximumWidth(200)
        self.link_button = QPushButton("关联推荐人")
        self.link_button.clicked.connect(self.link)
        self.referrer_phone.returnPressed.connect(self.link)
        row_layout.addWidget(self.referrer_phone)
        row_layout.addWidget(self.link_button)
        row_layout.addStretch(1)
        add_field(link, "补登推荐人：", row, self.errors, "referrer_phone")
        outer.addWidget(self.link_box)
        self.decline_button = QPushButton("被推荐人拒绝联系（删除其号码）…")
        self.decline_button.clicked.connect(self.decline)
        outer.addWidget(self.decline_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.referred_model: ColumnTableModel[ReferredRow] = ColumnTableModel(
            [
                Column("name", "被推荐人", lambda r: r.name),
                Column("grade", "等级", lambda r: r.grade),
                Column("first_visit", "首访日期", lambda r: format_day(r.first_visit)),
            ],
            self,
        )
        self.referred = QTableView()
        self.referred.setModel(self.referred_model)
        configure_table(self.referred)
        self.referred.setMaximumHeight(130)
        outer.addWidget(QLabel("推荐的客户"))
        outer.addWidget(self.referred)

        top = QHBoxLayout()
        top.addWidget(QLabel("积分明细"))
        top.addStretch(1)
        self.balance_label = QLabel()
        top.addWidget(self.balance_label)
        outer.addLayout(top)
        self.ledger_model: ColumnTableModel[LedgerRow] = ColumnTableModel(
            [
                Column("at", "时间", lambda r: format_local(r.at, self.zone)),
                Column("kind", "类型", lambda r: r.kind_label),
                Column("referred", "被推荐人", lambda r: r.referred_name),
                Column("points", "积分", lambda r: f"{r.points:+d}", sort_key=lambda r: r.points),
                Column("note", "说明", lambda r: r.note),
                Column("user", "经办人", lambda r: r.user_name),
                Column(
                    "thanked",
                    "致谢",
                    lambda r: (
                        format_local(r.thanked_at, self.zone)
                        if r.thanked_at
                        else ("待致谢" if r.to_thank else "")
                    ),
                ),
            ],
            self,
        )
        self.ledger = QTableView()
        self.ledger.setModel(self.ledger_model)
        configure_table(self.ledger)
        set_column_widths(self.ledger, {0: 130, 1: 80, 2: 90, 3: 60, 4: 200, 5: 70})
        self.ledger.selectionModel().selectionChanged.connect(self._update_buttons)
        outer.addWidget(self.ledger, 1)

        actions = QHBoxLayout()
        self.thank_button = QPushButton("已致谢")
        self.thank_button.setToolTip("已向推荐人表示感谢（工作台的待办随之消失）")
        self.thank_button.clicked.connect(self.thank)
        actions.addWidget(self.thank_button)
        actions.addStretch(1)
        self.redeem_box = QWidget()
        redeem = QHBoxLayout(self.redeem_box)
        redeem.setContentsMargins(0, 0, 0, 0)
        self.points = QSpinBox()
        self.points.setRange(0, 10_000_000)
        self.points.setSuffix(" 分")
        self.redeem_note = QLineEdit()
        self.redeem_note.setPlaceholderText("兑换内容，如 物业费抵用券 500 元")
        self.redeem_note.setMinimumWidth(220)
        self.redeem_button = QPushButton("兑换")
        self.redeem_button.clicked.connect(self.redeem)
        redeem.addWidget(QLabel("兑换："))
        redeem.addWidget(field_box(self.points, self.errors, "points"))
        redeem.addWidget(field_box(self.redeem_note, self.errors, "note"))
        redeem.addWidget(self.redeem_button, 0, Qt.AlignmentFlag.AlignTop)
        actions.addWidget(self.redeem_box)
        outer.addLayout(actions)
        outer.addWidget(self.message)

    def reload(self) -> None:
        customer_id = self.customer_id

        def work(session: Session, actor: Actor) -> tuple[ZoneInfo, ReferralSummary]:
            return office_zone(session), referral_summary(session, actor, customer_id)

        self.load(work, self._fill, message=self.message)

    def _fill(self, loaded: tuple[ZoneInfo, ReferralSummary]) -> None:
        self.zone, summary = loaded
        self.summary = summary
        if summary.referrer is not None:
            self.referrer_label.setText(f"推荐人：<b>{summary.referrer.name}</b>")
        else:
            self.referrer_label.setText("推荐人：无")
        self.link_box.setVisible(summary.referrer is None and summary.can_edit)
        self.decline_button.setVisible(summary.referrer is not None and summary.can_edit)
        self.referred_model.set_rows(summary.referred)
        self.ledger_model.set_rows(summary.ledger)
        self.balance_label.setText(f"积分余额：<b>{summary.balance}</b>")
        self.redeem_box.setVisible(summary.can_redeem)
        self.points.setMaximum(max(summary.balance, 0))
        self._update_buttons()

    def selected(self) -> LedgerRow | None:
        row = selected_row(self.ledger)
        return self.ledger_model.row_at(row) if row is not None else None

    def _update_buttons(self, *_args: Any) -> None:
        row = self.selected()
        can_edit = self.summary is not None and self.summary.can_edit
        self.thank_button.setEnabled(can_edit and row is not None and row.to_thank)
        self.thank_button.setVisible(can_edit)
        has_points = self.summary is not None and self.summary.balance > 0
        self.redeem_button.setEnabled(has_points)

    def link(self) -> None:
        self.errors.clear()
        customer_id, phone, now = self.customer_id, self.referrer_phone.text(), self.ctx.clock()

        def work(session: Session, actor: Actor) -> None:
            link_referrer(session, actor, customer_id, referrer_phone=phone, now=now)

        def linked(_result: None) -> None:
            self.referrer_phone.clear()
            self.message.show_ok("已关联推荐人。")

        self._write(work, linked, errors=self.errors)

    def decline(self) -> None:
        if not self.ctx.dialogs.confirm(
            self,
            "被推荐人拒绝联系",
            "确认对方已明确拒绝？将删除其手机号、姓名等个人信息，只保留统计所需的来访和跟进次数，"
            "删除后无法恢复。",
        ):
            return
        customer_id, now = self.customer_id, self.ctx.clock()

        def declined(_result: None) -> None:
            self.message.show_ok("已删除被推荐人的个人信息。")

        self._write(
            lambda session, actor: decline_referral(session, actor, customer_id, now=now),
            declined,
            failed=self._show_refusal,
        )

    def _show_refusal(self, exc: UserError) -> None:
        self.message.show_error(exc.message)

    def thank(self) -> None:
        row = self.selected()
        if row is None:
            return
        now = self.ctx.clock()

        def thanked(_result: None) -> None:
            self.message.show_ok("已记为致谢。")

        self._write(
            lambda session, actor: mark_thanked(session, actor, row.id, now=now),
            thanked,
            failed=self._show_refusal,
        )

    def redeem(self) -> None:
        self.errors.clear()
        points, note = self.points.value(), self.redeem_note.text()
        customer_id, now = self.customer_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> None:
            redeem_points(session, actor, customer_id, points=points, note=note, now=now)

        def redeemed(_result: None) -> None:
            self.redeem_note.clear()
            self.points.setValue(0)
            self.message.show_ok(f"已兑换 {points} 分。")

        self._write(work, redeemed, failed=self._redeem_failed)

    def _redeem_failed(self, exc: UserError) -> None:
        show_user_error(exc, self.message, self.errors, prefix="未兑换：")
