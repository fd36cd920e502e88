"""Changes to a deal (DOMAIN §8, issue 17): the vocabulary every layer shares — the kinds of
change order, its statuses, who is at fault, the five reason types with their suggested
handling, the grounds (statutory and the others), the steps done on an order after 签约, the
retention talk's outcome, and the internal brief's fixed checklist.

The money (what is kept and returned) is computed in core/refund_money.py; who may do what next
is core/change_actions.py. Pure: plain values in, plain values out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum


def change_code(number: int) -> str:
    """The printed change-order number: 123 → "BG-000123"."""
    return f"BG-{number:06d}"


class ChangeKind(StrEnum):
    UNSUBSCRIBE = "unsubscribe"  # 退定: cancelling before 签约
    CANCEL = "cancel"  # 退房: cancelling after 签约
    SWAP = "swap"  # 换房
    RENAME = "rename"  # 更名 / 增减名
    TERMINATE = "terminate"  # 解约: the developer cancels (解除合同通知书)

    @property
    def label(self) -> str:
        return KIND_LABELS[self]

    @property
    def is_refund(self) -> bool:
        """The deal ends and money goes back: 退定, 退房 and 解约."""
        return self in (ChangeKind.UNSUBSCRIBE, ChangeKind.CANCEL, ChangeKind.TERMINATE)

    @property
    def form_title(self) -> str:
        """The printed form's title (one form, its kind in the title)."""
        return FORM_TITLES[self]


KIND_LABELS: dict[ChangeKind, str] = {
    ChangeKind.UNSUBSCRIBE: "退定",
    ChangeKind.CANCEL: "退房",
    ChangeKind.SWAP: "换房",
    ChangeKind.RENAME: "更名",
    ChangeKind.TERMINATE: "解约",
}

FORM_TITLES: dict[ChangeKind, str] = {
    ChangeKind.UNSUBSCRIBE: "退定申请单",
    ChangeKind.CANCEL: "退房申请单",
    ChangeKind.SWAP: "换房申请单",
    ChangeKind.RENAME: "更名申请单",
    ChangeKind.TERMINATE: "解除合同审批单",
}


class ChangeStatus(StrEnum):
    """Where an order is. request → (retention talk) → review → approval → execution → closed;
    or ended early: retained (留住), rejected (驳回) or withdrawn (撤回)."""

    TALK = "talk"  # 待挽留洽谈 (退定/退房 only)
    REVIEW = "review"  # 待案场经理审核
    APPROVAL = "approval"  # 待营销负责人、财务审批
    APPROVED = "approved"  # 已批准，待执行
    EXECUTED = "executed"  # 已执行 (deal changed); money or archive still open
    CLOSED = "closed"  # 已办结
    RETAINED = "retained"  # 已挽留 (deal unchanged)
    REJECTED = "rejected"  # 已驳回
    WITHDRAWN = "withdrawn"  # 已撤回

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        """Still in progress: before execution, or executed with money or archive open."""
        return self in OPEN_STATUSES

    @property
    def before_execution(self) -> bool:
        return self in (
            ChangeStatus.TALK,
            ChangeStatus.REVIEW,
            ChangeStatus.APPROVAL,
            ChangeStatus.APPROVED,
        )


STATUS_LABELS: dict[ChangeStatus, str] = {
    ChangeStatus.TALK: "待挽留洽谈",
    ChangeStatus.REVIEW: "待审核",
    ChangeStatus.APPROVAL: "待审批",
    ChangeStatus.APPROVED: "已批准待执行",
    ChangeStatus.EXECUTED: "已执行",
    ChangeStatus.CLOSED: "已办结",
    ChangeStatus.RETAINED: "已挽留",
    ChangeStatus.REJECTED: "已驳回",
    ChangeStatus.WITHDRAWN: "已撤回",
}

OPEN_STATUSES = frozenset(
    {
        ChangeStatus.TALK,
        ChangeStatus.REVIEW,
        ChangeStatus.APPROVAL,
        ChangeStatus.APPROVED,
        ChangeStatus.EXECUTED,
    }
)


class Fault(StrEnum):
    """Who is at fault for the deal failing — the key to the money (DOMAIN §8)."""

    BUYER = "buyer"  # 买方
    SELLER = "seller"  # 卖方 (the developer)
    NONE = "none"  # 不可归责于双方

    @property
    def label(self) -> str:
        return {"buyer": "买方", "seller": "卖方", "none": "不可归责于双方"}[self.value]


class ReasonType(StrEnum):
    """The five reason types of DOMAIN §8, each with its suggested handling."""

    FUNDS = "funds"  # 资金压力型
    FAMILY = "family"  # 家庭反对型
    COMPETITOR = "competitor"  # 竞品对比型
    REGRET = "regret"  # 纯粹后悔型
    STATUTORY = "statutory"  # 法定解除

    @property
    def label(self) -> str:
        return REASON_LABELS[self]

    @property
    def handling(self) -> str:
        return REASON_HANDLING[self]


REASON_LABELS: dict[ReasonType, str] = {
    ReasonType.FUNDS: "资金压力型",
    ReasonType.FAMILY: "家庭反对型",
    ReasonType.COMPETITOR: "竞品对比型",
    ReasonType.REGRET: "纯粹后悔型",
    ReasonType.STATUTORY: "法定解除",
}

#: The suggested handling, in the office's words. Never 垫资 or 首付分期, never a promise about
#: schools or value (DOMAIN §8 and issue 17).
REASON_HANDLING: dict[ReasonType, str] = {
    ReasonType.FUNDS: (
        "帮客户换一家银行或换贷款方式（公积金、组合贷）再试；贷款因非买方原因未获批准的，"
        "买方不承担责任。不得提供垫资或首付分期。"
    ),
    ReasonType.FAMILY: "邀请持不同意见的家人来样板间实地看房，一对一解答顾虑。",
    ReasonType.COMPETITOR: (
        "把本项目有据可查的资料与对方项目逐项并列给客户看；不对学区、升值等作任何承诺。"
    ),
    ReasonType.REGRET: "尊重客户的决定，可赠送小礼品，保持联系。",
    ReasonType.STATUTORY: (
        "买方可依法解除合同，不扣任何款项并按退款利率计息；登记所依据的条款和日期，"
        "系统无法核实的条件请法务确认。"
    ),
}


class Ground(StrEnum):
    """Why the deal ends, when the law or a rule decides the fault: the statutory grounds on which
    the buyer may cancel without deduction (DOMAIN §8 table), the grounds on which no one is at
    fault, and the developer's two grounds to cancel (解约)."""

    AREA = "area"  # 面积误差超过合同约定（未约定的按 3%）
    PLANNING = "planning"  # 规划设计变更，买方在通知后 15 日内不接受
    LATE_DELIVERY = "late_delivery"  # 逾期交房，经催告后 3 个月（或合同约定）仍未交付
    LATE_TITLE = "late_title"  # 因开发商原因逾期办证超过一年
    QUALITY = "quality"  # 房屋主体结构质量不合格或严重影响居住的质量问题
    QUALIFICATION = "qualification"  # 购房资格审核未通过（不可归责于双方）
    LOAN_REFUSED = "loan_refused"  # 贷款因非买方原因未获批准（不可归责于双方）
    DEMAND_EXPIRED = "demand_expired"  # 付款催告期满仍未付款（开发商解约）
    CONTRACT_CLAUSE = "contract_clause"  # 合同约定的解除条款（开发商解约）

    @property
    def label(self) -> str:
        return GROUND_LABELS[self]

    @property
    def statutory(self) -> bool:
        """The buyer's statutory right to cancel: nothing deducted, interest on every amount."""
        return self in STATUTORY_GROUNDS

    @property
    def fault(self) -> Fault:
        """Who is at fault on this ground."""
        if self in STATUTORY_GROUNDS:
            return Fault.SELLER
        if self in (Ground.QUALIFICATION, Ground.LOAN_REFUSED):
            return Fault.NONE
        return Fault.BUYER

    @property
    def condition(self) -> str:
        """The condition to record (clause or article, dates), as the form asks for it."""
        return GROUND_CONDITIONS[self]


GROUND_LABELS: dict[Ground, str] = {
    Ground.AREA: "面积误差超出约定",
    Ground.PLANNING: "规划设计变更",
    Ground.LATE_DELIVERY: "逾期交房",
    Ground.LATE_TITLE: "逾期办证",
    Ground.QUALITY: "严重质量问题",
    Ground.QUALIFICATION: "购房资格未通过",
    Ground.LOAN_REFUSED: "贷款未获批准（非买方原因）",
    Ground.DEMAND_EXPIRED: "付款催告期满",
    Ground.CONTRACT_CLAUSE: "合同约定解除条款",
}

STATUTORY_GROUNDS = frozenset(
    {Ground.AREA, Ground.PLANNING, Ground.LATE_DELIVERY, Ground.LATE_TITLE, Ground.QUALITY}
)
#: The developer cancels (解约) on one of these only.
TERMINATE_GROUNDS = frozenset({Ground.DEMAND_EXPIRED, Ground.CONTRACT_CLAUSE})

GROUND_CONDITIONS: dict[Ground, str] = {
    Ground.AREA: "实测面积与预测面积之差超过合同面积条款（未约定的按 3%）",
    Ground.PLANNING: "规划设计变更通知日期，买方在 15 日内书面表示不接受",
    Ground.LATE_DELIVERY: "约定交付日期、买方催告日期，催告后 3 个月（或合同约定期限）仍未交付",
    Ground.LATE_TITLE: "合同约定办证期限，因开发商原因逾期超过一年",
    Ground.QUALITY: "质量检测结论或主管部门认定（主体结构不合格或严重影响正常居住）",
    Ground.QUALIFICATION: "购房资格审核结果及日期",
    Ground.LOAN_REFUSED: "银行不予放贷的书面意见及日期，非买方原因",
    Ground.DEMAND_EXPIRED: "付款催告函送达日期及催告期满日期（民法典第 563 条）",
    Ground.CONTRACT_CLAUSE: "合同解除条款编号及触发条件（逾期付款超过约定天数）",
}

#: On the area ground the money is due within 30 days of the buyer's notice.
AREA_REFUND_DAYS = 30
#: A refund asked for within this many hours of 签约 is counted as "within 72 hours".
EARLY_HOURS = 72


class TalkOutcome(StrEnum):
    """The retention talk's outcome (DOMAIN §8: kept / swapped / refunded)."""

    KEEP = "keep"  # 留住: the order closes with the deal unchanged
    SWAP = "swap"  # 换房: the order closes; a 换房 order follows
    LEAVE = "leave"  # 退: the refund goes on to review

    @property
    def label(self) -> str:
        return {"keep": "留住", "swap": "转换房", "leave": "坚持退"}[self.value]


class OrderStep(StrEnum):
    """The steps done on an order after 签约, each by the role that does it, before the unit
    returns to 可售 (refunds) or the deal is signed again (换房, 更名)."""

    CANCEL_CONTRACT = "cancel_contract"  # 解除买卖合同（双方签署解除协议 / 通知送达）
    REVOKE_FILING = "revoke_filing"  # 撤销网签备案
    SETTLE_LOAN = "settle_loan"  # 结清按揭贷款
    CANCEL_PREREG = "cancel_prereg"  # 注销抵押预告登记
    QUALIFICATION = "qualification"  # 新买受人购房资格审核（更名）
    RESIGN = "resign"  # 重新网签（换房、更名）

    @property
    def label(self) -> str:
        return STEP_LABELS[self]


STEP_LABELS: dict[OrderStep, str] = {
    OrderStep.CANCEL_CONTRACT: "解除买卖合同",
    OrderStep.REVOKE_FILING: "撤销网签备案",
    OrderStep.SETTLE_LOAN: "结清按揭贷款",
    OrderStep.CANCEL_PREREG: "注销抵押预告登记",
    OrderStep.QUALIFICATION: "新买受人购房资格审核",
    OrderStep.RESIGN: "重新网签",
}


def steps_needed(
    kind: ChangeKind, *, signed: bool, loan_released: bool, preregistered: bool
) -> tuple[OrderStep, ...]:
    """The steps an order needs before it may execute. Before 签约 none. After it: a refund
    cancels the contract, revokes the 网签备案, and settles any loan and 预告登记; a 换房 or 更名
    cancels the filing and signs again (更名 first checks the new buyer's qualification)."""
    if not signed:
        return ()
    if kind.is_refund:
        steps = [OrderStep.CANCEL_CONTRACT, OrderStep.REVOKE_FILING]
        if loan_released:
            steps.append(OrderStep.SETTLE_LOAN)
        if preregistered:
            steps.append(OrderStep.CANCEL_PREREG)
        return tuple(steps)
    if kind is ChangeKind.RENAME:
        return (OrderStep.QUALIFICATION, OrderStep.REVOKE_FILING, OrderStep.RESIGN)
    return (OrderStep.REVOKE_FILING, OrderStep.RESIGN)


def kind_for_stage(signed: bool) -> ChangeKind:
    """The buyer's cancellation: 退定 before 签约, 退房 after."""
    return ChangeKind.CANCEL if signed else ChangeKind.UNSUBSCRIBE


def within_early_hours(signed_at: datetime | None, requested_at: datetime) -> bool:
    """True when the written request arrived within 72 hours after 签约 (the time, not the
    date, counts); False before 签约."""
    if signed_at is None:
        return False
    return timedelta(0) <= requested_at - signed_at <= timedelta(hours=EARLY_HOURS)


class Forum(StrEnum):
    """Where a dispute goes: arbitration when the contract chose it, otherwise court."""

    ARBITRATION = "arbitration"
    COURT = "court"

    @property
    def label(self) -> str:
        return {"arbitration": "仲裁", "court": "诉讼（法院）"}[self.value]


def forum_for(contract_chose_arbitration: bool) -> Forum:
    return Forum.ARBITRATION if contract_chose_arbitration else Forum.COURT


class RenameMode(StrEnum):
    REPLACE = "replace"  # 更名: the buyer is replaced
    ADD = "add"  # 增名: a co-buyer is added
    REMOVE = "remove"  # 减名: a co-buyer is removed

    @property
    def label(self) -> str:
        return {"replace": "更名", "add": "增名", "remove": "减名"}[self.value]


#: The relations a 更名 may go to by default (a setting: changes.rename_relations).
DEFAULT_RELATIONS: tuple[str, ...] = ("配偶", "父母", "子女")
#: Suggested free reason tags (a setting: changes.reason_tags).
DEFAULT_TAGS: tuple[str, ...] = ("价格", "贷款", "配套", "车位", "户型", "家庭", "工作变动", "竞品")
TAG_MAX = 10
TAG_LEN = 10


# -- the internal brief's fixed checklist ------------------------------------------------------


@dataclass(frozen=True)
class CheckItem:
    key: str
    text: str


#: What a well-handled case did; the site manager ticks, the score is the share ticked.
CHECKLIST: tuple[CheckItem, ...] = (
    CheckItem("recorded", "书面申请当天登记，原因类型与标签填写完整"),
    CheckItem("not_seller", "由非成交顾问主导洽谈"),
    CheckItem("talk_fast", "收到申请后 2 个工作日内完成挽留洽谈"),
    CheckItem("real_reason", "找到并记录了真实原因"),
    CheckItem("explained", "按款项性质向客户逐项解释了退款计算"),
    CheckItem("signed", "双方在退款确认书上签字"),
    CheckItem("paid_on_time", "退款按约定时间支付，财务已确认"),
    CheckItem("respect", "全程态度友善，未出现争执或投诉"),
    CheckItem("thanks", "送出感谢卡（及礼品），告知老客户优先通知"),
    CheckItem("handover", "客户已交回原顾问并附备注，保持联系"),
)
CHECK_KEYS = frozenset(item.key for item in CHECKLIST)


def brief_score(ticked: frozenset[str] | set[str]) -> int:
    """The handling score, 0–100: the share of the checklist ticked (unknown keys ignored)."""
    hits = len(CHECK_KEYS & set(ticked))
    return round(100 * hits / len(CHECKLIST))


# -- what the app can check of a ground --------------------------------------------------------


@dataclass(frozen=True)
class GroundFacts:
    """What the database knows that bears on a ground."""

    today: date
    predicted_area: Decimal | None = None
    measured_area: Decimal | None = None
    area_clause_pct: Decimal | None = None  # None: 3%
    title_due_on: date | None = None
    certified: bool = False
    #: The developer's right to cancel: from when (a formal demand's period ended, or the
    #: contract's days since the first overdue installment), and until when it lasts.
    may_cancel_from: date | None = None
    right_lapses_on: date | None = None


def check_ground(ground: Ground, facts: GroundFacts) -> tuple[bool | None, str]:
    """Whether the app finds the ground's condition met (True / False), or cannot tell (None),
    with the reason in words. What the app cannot tell, legal confirms."""
    if ground is Ground.AREA:
        if facts.measured_area is None or not facts.predicted_area:
            return None, "尚未登记实测面积，请法务确认"
        limit = facts.area_clause_pct if facts.area_clause_pct is not None else Decimal(3)
        diff = abs(facts.measured_area - facts.predicted_area) / facts.predicted_area * 100
        words = (
            f"实测 {facts.measured_area}㎡、预测 {facts.predicted_area}㎡，误差 "
            f"{diff.quantize(Decimal('0.01'))}%，约定 {limit}%"
        )
        return (diff > limit), words + ("，超出约定" if diff > limit else "，未超出约定")
    if ground is Ground.LATE_TITLE:
        if facts.certified:
            return False, "已办证"
        if facts.title_due_on is None:
            return None, "合同办证期限未登记，请法务确认"
        late_from = facts.title_due_on + timedelta(days=365)
        met = facts.today > late_from
        return met, f"约定办证期限 {facts.title_due_on.isoformat()}" + (
            "，已逾期超过一年" if met else "，逾期未满一年"
        )
    if ground in TERMINATE_GROUNDS:
        if facts.may_cancel_from is None:
            return False, (
                "没有已送达买受人的付款催告函"
                if ground is Ground.DEMAND_EXPIRED
                else "没有逾期的付款节点"
            )
        if facts.today < facts.may_cancel_from:
            return False, f"解除权自 {facts.may_cancel_from.isoformat()} 起才产生"
        if facts.right_lapses_on is not None and facts.today > facts.right_lapses_on:
            return False, f"解除权已于 {facts.right_lapses_on.isoformat()} 消灭（民法典第564条）"
        return True, f"自 {facts.may_cancel_from.isoformat()} 起可以解除"
    return None, "系统无法核对，请法务确认"
