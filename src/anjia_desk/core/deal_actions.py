"""What a user may do on a deal's page, and why not (DOMAIN §5): 签约, 完成此步, 交付, 收款, the
special discount's approval, the receipts' 作废/重开/财务确认, 打印认购书 and the care touches.

`deal_actions` is the one place this is decided: the deal window shows a button for each action
whose Permit is `shown` (the user's roles include it) and enables it when `allowed`, with
`why_not` as its hint. The refusals are worded as the services word them when asked anyway.
Pure: plain values in, plain values out.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from anjia_desk.core.deal_rules import may_approve
from anjia_desk.core.deals import DiscountStatus, Stage, Step
from anjia_desk.core.money import yuan
from anjia_desk.core.roles import Action, Role


class DealAction(StrEnum):
    SIGN = "sign"  # 签约…
    COMPLETE_STEP = "complete_step"  # 完成此步… (备案, the 按揭 steps, 办证)
    DELIVER = "deliver"  # 交付…
    RECORD_PAYMENT = "record_payment"  # 收款…
    APPROVE_DISCOUNT = "approve_discount"  # 批准特批
    REJECT_DISCOUNT = "reject_discount"  # 驳回…
    VOID_RECEIPT = "void_receipt"  # 作废…
    REISSUE_RECEIPT = "reissue_receipt"  # 重开…
    CONFIRM_RECEIPT = "confirm_receipt"  # 财务确认
    PRINT_SUBSCRIPTION = "print_subscription"  # 打印认购书…
    CARE_DONE = "care_done"  # 标记已完成 (a care touch)


@dataclass(frozen=True)
class Permit:
    """One action for one user on one deal: `shown` when the user's roles include it at all,
    `why_not` empty when it may be done now."""

    shown: bool
    why_not: str = ""

    @property
    def allowed(self) -> bool:
        return self.shown and not self.why_not


@dataclass(frozen=True)
class DealFacts:
    """What the actions depend on, read from the deal."""

    stage: Stage
    next_step: Step | None
    discount_status: DiscountStatus
    special_discount: Decimal
    outstanding: Decimal  # still owed on the installments
    paid_beyond_deposit: bool  # money received on an installment other than 定金
    live_receipts: int  # receipts not voided
    unconfirmed_receipts: int  # not voided and not confirmed by finance
    open_care: int  # care touches not done


@dataclass(frozen=True)
class Who:
    """The user asking: the actions their roles allow, and for a pending special discount whether
    their roles may approve its size."""

    can: frozenset[Action]
    roles: frozenset[Role] = frozenset()
    is_system: bool = False


CANCELLED = "这笔交易已取消"
#: The steps done in their own dialogs, not through 完成此步.
OWN_DIALOG = (Step.SUBSCRIBE, Step.SIGN, Step.DELIVER)


def _step_owner_action(step: Step | None) -> Action:
    return Action.MORTGAGE_STEPS if step is not None and step.is_mortgage else Action.SIGN_CONTRACTS


def _step_refusal(facts: DealFacts, wanted: Step) -> str:
    """Why `wanted` is not the step to do now ("" when it is)."""
    following = facts.next_step
    if following is wanted:
        return ""
    if following is None:
        return "所有步骤已完成"
    return f"“{following.label}”尚未完成，请先办理“{following.label}”"


def _sign(facts: DealFacts) -> str:
    if facts.stage is not Stage.SUBSCRIBED:
        return f"这笔交易{facts.stage.label}，不能再签约"
    if facts.discount_status is DiscountStatus.PENDING:
        return "特批折扣尚未审批，审批后才能签约"
    return _step_refusal(facts, Step.SIGN)


def _complete_step(facts: DealFacts) -> str:
    step = facts.next_step
    if step is None:
        return "所有步骤已完成"
    if step in OWN_DIALOG:
        return f"“{step.label}”请在对应的窗口办理"
    return ""


def _discount(
    facts: DealFacts, who: Who, *, needed: Role | None, site_pct: Decimal, reject: bool
) -> str:
    if facts.discount_status is not DiscountStatus.PENDING or needed is None:
        return "这笔交易没有待审批的特批优惠"
    if not (who.is_system or may_approve(who.roles, needed)):
        return (
            f"特批优惠 {yuan(facts.special_discount)}元 超过表价的 {site_pct}%，"
            f"须由{needed.label}审批"
        )
    if reject and facts.paid_beyond_deposit:
        return "已收到定金以外的房款，不能驳回特批优惠，请走变更流程"
    return ""


def deal_actions(
    facts: DealFacts, who: Who, *, discount_needs: Role | None, site_pct: Decimal
) -> dict[DealAction, Permit]:
    """Every DealAction for `who` on the deal of `facts`. `discount_needs`: who must approve the
    special discount (core.deal_rules.discount_approver), `site_pct` the site manager's limit."""
    live = facts.stage is not Stage.CANCELLED

    def permit(action: Action, why_not: str, *, when_live: bool = True) -> Permit:
        if when_live and not live:
            why_not = CANCELLED
        return Permit(shown=action in who.can, why_not=why_not)

    paying = "这笔交易的各付款节点都已付清" if facts.outstanding <= 0 else ""
    return {
        DealAction.SIGN: permit(Action.SIGN_CONTRACTS, _sign(facts)),
        DealAction.COMPLETE_STEP: permit(
            _step_owner_action(facts.next_step), _complete_step(facts)
        ),
        DealAction.DELIVER: permit(Action.SIGN_CONTRACTS, _step_refusal(facts, Step.DELIVER)),
        DealAction.RECORD_PAYMENT: permit(Action.RECORD_PAYMENTS, paying),
        DealAction.APPROVE_DISCOUNT: permit(
            Action.APPROVE_DISCOUNTS,
            _discount(facts, who, needed=discount_needs, site_pct=site_pct, reject=False),
        ),
        DealAction.REJECT_DISCOUNT: permit(
            Action.APPROVE_DISCOUNTS,
            _discount(facts, who, needed=discount_needs, site_pct=site_pct, reject=True),
        ),
        DealAction.VOID_RECEIPT: permit(
            Action.RECORD_PAYMENTS,
            "" if facts.live_receipts else "没有可作废的收据",
            when_live=False,
        ),
        DealAction.REISSUE_RECEIPT: permit(
            Action.RECORD_PAYMENTS,
            "" if facts.live_receipts else "没有可重开的收据",
            when_live=False,
        ),
        DealAction.CONFIRM_RECEIPT: permit(
            Action.CONFIRM_RECEIPTS,
            "" if facts.unconfirmed_receipts else "没有待确认的收据",
            when_live=False,
        ),
        DealAction.PRINT_SUBSCRIPTION: permit(Action.VIEW_DEALS, "", when_live=False),
        DealAction.CARE_DONE: permit(
            Action.CARE_TOUCHES,
            "" if facts.open_care else "没有未完成的关怀任务",
            when_live=False,
        ),
    }


def receipt_why_not(action: DealAction, *, code: str, voided: bool, confirmed: bool) -> str:
    """Why `action` (作废, 重开 or 财务确认) may not be done on one receipt; "" when it may."""
    if action is DealAction.CONFIRM_RECEIPT:
        if voided:
            return f"收据 {code} 已作废，不能确认"
        return f"收据 {code} 已经确认过" if confirmed else ""
    if action in (DealAction.VOID_RECEIPT, DealAction.REISSUE_RECEIPT):
        return f"收据 {code} 已作废" if voided else ""
    raise ValueError(f"{action} is not an action on a receipt")
