"""A deal window's 概要 tab: prices, discounts and their approval (批准特批, 驳回… for those who
approve), the buyer and their mailing address (修改… for those who may), the contract numbers and
the deal's terms (the penalty clause recorded at 认购; the breach penalty, refund rate, area
clause, 办证期限 and arbitration of issue 17)."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.changes import forum_for
from anjia_desk.core.deal_actions import DealAction
from anjia_desk.core.deal_forms import AREA_PCT_DEFAULT, ContractTerms
from anjia_desk.core.deals import DiscountStatus
from anjia_desk.services.deal_views import DealDetail
from anjia_desk.ui import palette
from anjia_desk.ui.deals.format import value_label
from anjia_desk.ui.deals.rules import DealActions
from anjia_desk.ui.formatting import format_day, format_local
from anjia_desk.ui.forms import yuan


def _pct(value: Decimal) -> str:
    return f"{value.normalize():f}"


#: The 概要 fields, left column then right: key, title.
LEFT_FIELDS = (
    ("list_price", "表价："),
    ("standard_discount", "付款方式优惠："),
    ("special_discount", "特批优惠："),
    ("discount_status", "特批状态："),
    ("price", "成交价："),
    ("filed_price", "备案价："),
    ("deposit", "定金："),
    ("paid", "已付 / 未付："),
    # Issue 17: the contract's terms a change of the deal reads.
    ("breach", "解约违约金："),
    ("refund_rate", "退款利率："),
    ("area_clause", "面积误差约定："),
    ("title_due", "办证期限："),
    ("forum", "争议解决："),
)
RIGHT_FIELDS = (
    ("project", "项目："),
    ("customer", "客户："),
    ("buyer_id", "证件号码："),
    ("address", "通讯地址："),
    ("consultant", "置业顾问："),
    ("method", "付款方式："),
    ("subscribed", "认购时间："),
    ("deadline", "签约期限："),
    ("contract", "合同 / 网签编号："),
    ("penalty", "逾期违约金："),
    ("cancel", "解除权："),
    ("ticket", "认筹号："),
)


class SummaryTab(QWidget):
    """概要: `fields` by key; `approve_button` and `reject_button` in `discount_box`, shown while a
    special discount waits for this person's approval, and `address_button` beside the address
    for those who may change it (the window connects them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        self.fields: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        self.address_button = QPushButton("修改…")
        self.address_button.setAutoDefault(False)
        for form, fields in ((left, LEFT_FIELDS), (right, RIGHT_FIELDS)):
            for key, title in fields:
                label = value_label()
                label.setWordWrap(True)
                self.fields[key] = label
                if key == "address":
                    row = QHBoxLayout()
                    row.addWidget(label, 1)
                    row.addWidget(self.address_button)
                    form.addRow(title, row)
                else:
                    form.addRow(title, label)
        outer.addLayout(left, 1)
        outer.addSpacing(20)
        right_box = QVBoxLayout()
        right_box.addLayout(right)
        self.discount_box = QGroupBox("特批审批")
        box_layout = QHBoxLayout(self.discount_box)
        self.approve_button = QPushButton("批准特批")
        self.reject_button = QPushButton("驳回…")
        for button in (self.approve_button, self.reject_button):
            button.setAutoDefault(False)
            box_layout.addWidget(button)
        box_layout.addStretch(1)
        right_box.addWidget(self.discount_box)
        right_box.addStretch(1)
        outer.addLayout(right_box, 1)

    def show_terms(self, terms: ContractTerms) -> None:
        s = self.fields
        clause = f"（合同{terms.breach_clause_no}）" if terms.breach_clause_no else ""
        s["breach"].setText(f"{terms.breach_base.label}的 {_pct(terms.breach_pct)}%{clause}")
        s["refund_rate"].setText(
            "按案场设置（一年期LPR）"
            if terms.refund_rate is None
            else f"年 {_pct(terms.refund_rate)}%（合同约定）"
        )
        s["area_clause"].setText(
            f"±{_pct(AREA_PCT_DEFAULT)}%（未另行约定）"
            if terms.area_clause_pct is None
            else f"±{_pct(terms.area_clause_pct)}%（合同约定）"
        )
        s["title_due"].setText(format_day(terms.title_due_on) if terms.title_due_on else "未录入")
        s["forum"].setText(forum_for(terms.arbitration).label)

    def show_deal(self, d: DealDetail, zone: ZoneInfo, actions: DealActions) -> None:
        s = self.fields
        s["list_price"].setText(yuan(d.list_price))
        s["standard_discount"].setText(yuan(d.standard_discount))
        s["special_discount"].setText(
            yuan(d.special_discount) + (f"（{d.discount_reason}）" if d.discount_reason else "")
        )
        status = DiscountStatus(d.discount_status)
        approver = f"，审批人 {d.discount_approver}" if d.discount_approver else ""
        s["discount_status"].setText(status.label + approver)
        s["discount_status"].setStyleSheet(
            f"color:{palette.ERROR};" if status is DiscountStatus.PENDING else ""
        )
        s["price"].setText(yuan(d.price))
        s["filed_price"].setText(yuan(d.filed_price))
        s["deposit"].setText(yuan(d.deposit))
        s["paid"].setText(f"{yuan(d.paid)} / {yuan(d.outstanding)}")
        s["project"].setText(d.project_name)
        s["customer"].setText(f"{d.customer_name}  {d.shown_phone}")
        s["buyer_id"].setText(d.buyer_id_shown)
        postcode = f"（邮编 {d.mailing_postcode}）" if d.mailing_postcode else ""
        s["address"].setText(d.mailing_address + postcode if d.mailing_address else "未登记")
        self.address_button.setVisible(d.may_edit_address)
        s["consultant"].setText(d.consultant_name or "—")
        s["method"].setText(d.payment_method.label)
        s["subscribed"].setText(format_local(d.subscribed_at, zone))
        s["deadline"].setText(format_day(d.sign_deadline))
        signed = f"（{format_local(d.signed_at, zone)} 签约）" if d.signed_at else ""
        s["contract"].setText(f"{d.contract_no or '—'} / {d.netsign_no or '—'}{signed}")
        clause = f"（合同{d.penalty_clause_no}）" if d.penalty_clause_no else ""
        s["penalty"].setText(f"每日万分之 {d.penalty_per_10k}{clause}")
        s["penalty"].setToolTip(d.penalty_clause_text)
        s["cancel"].setText(f"逾期超过 {d.cancel_days} 天可解除合同")
        s["ticket"].setText(f"第 {d.ticket_number} 号" if d.ticket_number else "—")
        self.show_terms(d.terms)
        self.discount_box.setVisible(actions.approve_discount)
        for button, action in (
            (self.approve_button, DealAction.APPROVE_DISCOUNT),
            (self.reject_button, DealAction.REJECT_DISCOUNT),
        ):
            why_not = actions.why_not.get(action, "")
            button.setEnabled(not why_not)
            button.setToolTip(why_not)
