"""Units, deals and money (DOMAIN §5–6): the vocabulary every layer shares.

The names, their Chinese labels and the numbers fixed by law live here. The rules that compute
with them (price, deposit cap, steps, area settlement, plans, overdue, aging, penalty, care
touches) live in core/deal_rules.py and core/money.py.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

#: 定金 is at most 20% of the price (Civil Code Art. 586).
DEPOSIT_CAP = Decimal("0.20")
#: An area difference over 3% lets the buyer cancel (商品房销售管理办法 Art. 20).
AREA_TOLERANCE = Decimal("0.03")
FEN = Decimal("0.01")


class UnitStatus(StrEnum):
    """A unit's place on the 销控表 (derived from its live hold or deal, or set by hand)."""

    AVAILABLE = "available"  # 可售
    HELD = "held"  # 锁定 (short hold, with expiry)
    SUBSCRIBED = "subscribed"  # 已认购
    SIGNED = "signed"  # 已签约
    DELIVERED = "delivered"  # 已交付
    RESERVED = "reserved"  # 保留 (held back, approver and expiry)
    UNSELLABLE = "unsellable"  # 不可售

    @property
    def label(self) -> str:
        return UNIT_STATUS_LABELS[self]


UNIT_STATUS_LABELS: dict[UnitStatus, str] = {
    UnitStatus.AVAILABLE: "可售",
    UnitStatus.HELD: "锁定",
    UnitStatus.SUBSCRIBED: "已认购",
    UnitStatus.SIGNED: "已签约",
    UnitStatus.DELIVERED: "已交付",
    UnitStatus.RESERVED: "保留",
    UnitStatus.UNSELLABLE: "不可售",
}


class HoldKind(StrEnum):
    HOLD = "hold"  # 锁定: a consultant holds a unit for a customer for some hours
    CHOICE = "choice"  # 开盘选房: the customer's confirmed choice, held until 认购
    RESERVE = "reserve"  # 保留: held back by the office, with approver and expiry

    @property
    def label(self) -> str:
        return {"hold": "锁定", "choice": "选房", "reserve": "保留"}[self.value]


class PaymentMethod(StrEnum):
    FULL = "full"  # 全款
    COMMERCIAL = "commercial"  # 商业贷款
    FUND = "fund"  # 公积金贷款
    COMBO = "combo"  # 组合贷款

    @property
    def label(self) -> str:
        return PAYMENT_METHOD_LABELS[self]

    @property
    def is_loan(self) -> bool:
        return self is not PaymentMethod.FULL


PAYMENT_METHOD_LABELS: dict[PaymentMethod, str] = {
    PaymentMethod.FULL: "全款",
    PaymentMethod.COMMERCIAL: "商业贷款",
    PaymentMethod.FUND: "公积金贷款",
    PaymentMethod.COMBO: "组合贷款",
}


class Stage(StrEnum):
    """Where a deal is. A cancelled deal keeps the stage it reached in `cancelled_at`'s row."""

    SUBSCRIBED = "subscribed"  # 已认购
    SIGNED = "signed"  # 已签约
    DELIVERED = "delivered"  # 已交付
    CERTIFIED = "certified"  # 已办证
    CANCELLED = "cancelled"  # 已取消 (退定 / 退房, later issue)

    @property
    def label(self) -> str:
        return STAGE_LABELS[self]


STAGE_LABELS: dict[Stage, str] = {
    Stage.SUBSCRIBED: "已认购",
    Stage.SIGNED: "已签约",
    Stage.DELIVERED: "已交付",
    Stage.CERTIFIED: "已办证",
    Stage.CANCELLED: "已取消",
}


class Step(StrEnum):
    """The dated steps of a deal's timeline (DOMAIN §5 path), in order."""

    SUBSCRIBE = "subscribe"  # 认购
    SIGN = "sign"  # 签约/网签
    FILE = "file"  # 备案
    DOCUMENTS = "documents"  # 按揭资料
    INTERVIEW = "interview"  # 面签
    APPROVAL = "approval"  # 银行审批
    PRE_REGISTRATION = "pre_registration"  # 抵押预告登记
    RELEASE = "release"  # 放款
    DELIVER = "deliver"  # 交付
    CERTIFICATE = "certificate"  # 办证

    @property
    def label(self) -> str:
        return STEP_LABELS[self]

    @property
    def is_mortgage(self) -> bool:
        return self in MORTGAGE_STEPS


STEP_LABELS: dict[Step, str] = {
    Step.SUBSCRIBE: "认购",
    Step.SIGN: "签约/网签",
    Step.FILE: "备案",
    Step.DOCUMENTS: "按揭资料",
    Step.INTERVIEW: "面签",
    Step.APPROVAL: "银行审批",
    Step.PRE_REGISTRATION: "抵押预告登记",
    Step.RELEASE: "放款",
    Step.DELIVER: "交付",
    Step.CERTIFICATE: "办证",
}

MORTGAGE_STEPS = frozenset(
    {Step.DOCUMENTS, Step.INTERVIEW, Step.APPROVAL, Step.PRE_REGISTRATION, Step.RELEASE}
)


class Nature(StrEnum):
    """The nature of an amount received (DOMAIN §5 Money)."""

    QUEUE = "queue"  # 认筹金
    ADVANCE = "advance"  # 订金/诚意金/意向金 (an advance payment, returned in full)
    DEPOSIT = "deposit"  # 定金 (earnest money, Civil Code Art. 586–588)
    DOWN = "down"  # 首付款
    PRICE = "price"  # 房款
    LOAN = "loan"  # 按揭款
    AREA = "area"  # 补差款
    FEES = "fees"  # 代收费用 (契税, 维修基金)

    @property
    def label(self) -> str:
        return NATURE_LABELS[self]


NATURE_LABELS: dict[Nature, str] = {
    Nature.QUEUE: "认筹金",
    Nature.ADVANCE: "订金/诚意金",
    Nature.DEPOSIT: "定金",
    Nature.DOWN: "首付款",
    Nature.PRICE: "房款",
    Nature.LOAN: "按揭款",
    Nature.AREA: "补差款",
    Nature.FEES: "代收费用",
}


class TicketStatus(StrEnum):
    """A 认筹 queue number's state."""

    ACTIVE = "active"  # 有效
    VOIDED = "voided"  # 作废 (number stays used)
    REFUNDED = "refunded"  # 已退筹
    CONVERTED = "converted"  # 已转定金 (the customer bought)

    @property
    def label(self) -> str:
        return {"active": "有效", "voided": "作废", "refunded": "已退筹", "converted": "已转定金"}[
            self.value
        ]


class DiscountStatus(StrEnum):
    NONE = "none"  # no special discount
    PENDING = "pending"  # 待审批
    APPROVED = "approved"  # 已批准
    REJECTED = "rejected"  # 已驳回

    @property
    def label(self) -> str:
        return {"none": "无", "pending": "待审批", "approved": "已批准", "rejected": "已驳回"}[
            self.value
        ]


class BuyerType(StrEnum):
    """DOMAIN §2's 客户类型, which chooses the care touches' text."""

    FIRST_HOME = "刚需"
    UPGRADE = "改善"
    INVESTOR = "投资"


class Aging(StrEnum):
    """Receivables aging buckets of DOMAIN §12 (days overdue)."""

    D1_15 = "1-15"
    D16_30 = "16-30"
    D31_45 = "31-45"
    D46_60 = "46-60"
    D61_90 = "61-90"
    OVER_90 = ">90"

    @property
    def label(self) -> str:
        return {"1-15": "1–15天", "16-30": "16–30天", "31-45": "31–45天", "46-60": "46–60天",
                "61-90": "61–90天", ">90": "90天以上"}[self.value]  # fmt: skip
