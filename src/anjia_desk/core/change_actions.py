"""What a user may do on a change order, and why not (DOMAIN §8, issue 17).

`change_actions` is the one place this is decided: the order window shows a button for each
action whose Permit is `shown` (the user's roles include it) and enables it when `allowed`, with
`why_not` as its hint; the services refuse with the same words when asked anyway. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from anjia_desk.core.changes import ChangeKind, ChangeStatus, OrderStep
from anjia_desk.core.deal_actions import Permit
from anjia_desk.core.money import yuan
from anjia_desk.core.roles import Action, Role


class ChangeAction(StrEnum):
    TALK = "talk"  # 登记洽谈结果…
    REVIEW = "review"  # 审核通过…
    REJECT = "reject"  # 驳回…
    APPROVE = "approve"  # 审批通过
    ADJUST = "adjust"  # 调整应退金额…
    CONFIRM_GROUND = "confirm_ground"  # 法务确认…
    STEP = "step"  # 完成步骤…
    PRINT_NOTICE = "print_notice"  # 打印解除合同通知书…
    NOTICE = "notice"  # 登记通知送达…
    EXECUTE = "execute"  # 执行…
    PAY = "pay"  # 支付退款…
    CONFIRM_VOUCHER = "confirm_voucher"  # 财务确认退款
    VOID_VOUCHER = "void_voucher"  # 作废凭证…
    ARCHIVE = "archive"  # 合同收回归档…
    DISPUTE = "dispute"  # 标记争议
    SCORE_BRIEF = "score_brief"  # 简报评分…
    GIFT = "gift"  # 登记礼品…
    WITHDRAW = "withdraw"  # 撤回…
    PRINT_FORM = "print_form"  # 打印申请单…
    PRINT_CONFIRMATION = "print_confirmation"  # 打印退款确认书…
    PRINT_VOUCHER = "print_voucher"  # 打印退款凭证…
    PRINT_BRIEF = "print_brief"  # 打印内部简报…
    PRINT_THANKS = "print_thanks"  # 打印感谢卡…


#: The role that does each step after 签约 (DOMAIN §1): the secretary the contract's paperwork,
#: the mortgage officer the loan's.
STEP_ACTIONS: dict[OrderStep, Action] = {
    OrderStep.CANCEL_CONTRACT: Action.SIGN_CONTRACTS,
    OrderStep.REVOKE_FILING: Action.SIGN_CONTRACTS,
    OrderStep.SETTLE_LOAN: Action.MORTGAGE_STEPS,
    OrderStep.CANCEL_PREREG: Action.MORTGAGE_STEPS,
    OrderStep.QUALIFICATION: Action.SIGN_CONTRACTS,
    OrderStep.RESIGN: Action.SIGN_CONTRACTS,
}

SELLER_REFUSED = "成交顾问不能主导本单的挽留洽谈，请由客服中心经理、案场经理或资深顾问主导"


@dataclass(frozen=True)
class OrderFacts:
    """What the actions depend on, read from the order."""

    kind: ChangeKind
    status: ChangeStatus
    signed: bool  # 签约 done before the request
    steps_needed: tuple[OrderStep, ...]
    steps_done: frozenset[OrderStep]
    ground_pending: bool  # a ground the app could not find met and legal has not confirmed
    ground_confirmed: bool
    marketing_done: bool
    finance_done: bool
    due: Decimal  # the amount to return (override or computed)
    refunded: Decimal  # vouchers not voided
    live_vouchers: int
    unconfirmed_vouchers: int
    notice_printed: bool
    notice_reached: bool
    contract_recovered: bool
    disputed: bool


@dataclass(frozen=True)
class OrderWho:
    can: frozenset[Action]
    roles: frozenset[Role] = frozenset()
    is_system: bool = False
    is_seller: bool = False  # the deal's selling consultant


def approval_sides(who: OrderWho) -> tuple[bool, bool]:
    """Which sides the person approves: (marketing head, finance); the system both."""
    if who.is_system:
        return True, True
    return Role.MARKETING_HEAD in who.roles, Role.FINANCE in who.roles


def steps_left(facts: OrderFacts) -> tuple[OrderStep, ...]:
    return tuple(s for s in facts.steps_needed if s not in facts.steps_done)


def _status_is(facts: OrderFacts, *wanted: ChangeStatus) -> str:
    if facts.status in wanted:
        return ""
    return f"变更单{facts.status.label}，不能办理此项"


def talk_refusal(facts: OrderFacts, who: OrderWho) -> str:
    if facts.status is not ChangeStatus.TALK:
        return _status_is(facts, ChangeStatus.TALK)
    return SELLER_REFUSED if who.is_seller and not who.is_system else ""


def approve_refusal(facts: OrderFacts, who: OrderWho) -> str:
    if facts.status is not ChangeStatus.APPROVAL:
        return _status_is(facts, ChangeStatus.APPROVAL)
    marketing, finance = approval_sides(who)
    if (marketing and not facts.marketing_done) or (finance and not facts.finance_done):
        return ""
    return "您这一方已经审批过，等待另一方审批"


def reject_refusal(status: ChangeStatus, who: OrderWho) -> str:
    """Rejected at review by the site manager, at approval by the marketing head or finance."""
    if status is ChangeStatus.REVIEW:
        if who.is_system or Action.REVIEW_CHANGES in who.can:
            return ""
        return "待案场经理审核，只有案场经理可以驳回"
    if status is ChangeStatus.APPROVAL:
        if approval_sides(who) != (False, False):
            return ""
        return "待营销负责人、财务审批，只有他们可以驳回"
    return f"变更单{status.label}，不能办理此项"


def execute_refusal(facts: OrderFacts) -> str:
    if facts.status is not ChangeStatus.APPROVED:
        return _status_is(facts, ChangeStatus.APPROVED)
    left = steps_left(facts)
    if left:
        return "请先完成：" + "、".join(s.label for s in left)
    if facts.ground_pending:
        return "解除依据系统无法核实，须法务确认后才能执行"
    return ""


def step_refusal(facts: OrderFacts, step: OrderStep) -> str:
    if facts.status is not ChangeStatus.APPROVED:
        return "变更单批准后才能办理后续步骤"
    if step not in facts.steps_needed:
        return f"本单不需要“{step.label}”"
    if step in facts.steps_done:
        return f"“{step.label}”已完成"
    if step is OrderStep.CANCEL_CONTRACT and facts.kind is ChangeKind.TERMINATE:
        return "解约时，合同自解除合同通知书送达买受人时解除：请登记通知送达"
    return ""


def pay_refusal(facts: OrderFacts) -> str:
    if not facts.kind.is_refund:
        return "本单不涉及退款"
    if facts.status not in (ChangeStatus.EXECUTED, ChangeStatus.CLOSED):
        return "变更单执行（交易解除）后才能支付退款"
    left = facts.due - facts.refunded
    return "" if left > 0 else f"应退 {yuan(facts.due)}元 已全部退还"


def change_actions(facts: OrderFacts, who: OrderWho) -> dict[ChangeAction, Permit]:
    """Every ChangeAction for `who` on the order of `facts`."""

    def permit(why_not: str, *actions: Action) -> Permit:
        return Permit(shown=who.is_system or any(a in who.can for a in actions), why_not=why_not)

    status, refund = facts.status, facts.kind.is_refund
    before = status.before_execution
    after = status in (ChangeStatus.EXECUTED, ChangeStatus.CLOSED)
    left = steps_left(facts)
    mine = [s for s in left if who.is_system or STEP_ACTIONS[s] in who.can]
    step_why = (
        step_refusal(facts, mine[0])
        if mine
        else ("没有需要您办理的步骤" if left else "没有待办的步骤")
    )
    if status is not ChangeStatus.APPROVED:
        step_why = "变更单批准后才能办理后续步骤"
    terminate = facts.kind is ChangeKind.TERMINATE
    not_refund = "" if refund else "本单不涉及退款"
    return {
        ChangeAction.TALK: permit(talk_refusal(facts, who), Action.LEAD_RETENTION),
        ChangeAction.REVIEW: permit(_status_is(facts, ChangeStatus.REVIEW), Action.REVIEW_CHANGES),
        ChangeAction.REJECT: permit(
            reject_refusal(facts.status, who), Action.REVIEW_CHANGES, Action.APPROVE_CHANGES
        ),
        ChangeAction.APPROVE: permit(approve_refusal(facts, who), Action.APPROVE_CHANGES),
        ChangeAction.ADJUST: permit(
            not_refund or ("" if before else "变更单已执行，金额不能再调整"), Action.ADJUST_REFUND
        ),
        ChangeAction.CONFIRM_GROUND: permit(
            ("" if facts.ground_pending else "没有待法务确认的解除依据")
            if before
            else "变更单已结束",
            Action.CONFIRM_GROUNDS,
        ),
        ChangeAction.STEP: permit(step_why, Action.SIGN_CONTRACTS, Action.MORTGAGE_STEPS),
        ChangeAction.PRINT_NOTICE: Permit(
            shown=terminate and (who.is_system or Action.SIGN_CONTRACTS in who.can),
            why_not=""
            if status in (ChangeStatus.APPROVED, ChangeStatus.EXECUTED, ChangeStatus.CLOSED)
            else "解约审批通过后才能出具解除合同通知书",
        ),
        ChangeAction.NOTICE: Permit(
            shown=terminate and (who.is_system or Action.SIGN_CONTRACTS in who.can),
            why_not=(
                "请先打印解除合同通知书"
                if not facts.notice_printed
                else ("通知已登记送达" if facts.notice_reached else "")
            )
            if status is ChangeStatus.APPROVED
            else "解约审批通过后才能登记通知送达",
        ),
        ChangeAction.EXECUTE: permit(execute_refusal(facts), Action.REVIEW_CHANGES),
        ChangeAction.PAY: permit(pay_refusal(facts), Action.PAY_REFUNDS),
        ChangeAction.CONFIRM_VOUCHER: permit(
            "" if facts.unconfirmed_vouchers else "没有待确认的退款凭证", Action.CONFIRM_REFUNDS
        ),
        ChangeAction.VOID_VOUCHER: permit(
            "" if facts.live_vouchers else "没有可作废的退款凭证", Action.PAY_REFUNDS
        ),
        ChangeAction.ARCHIVE: permit(
            not_refund
            or ("签约前的退定没有买卖合同需要收回" if not facts.signed else "")
            or ("" if after else "变更单执行后才能登记合同收回")
            or ("合同已收回归档" if facts.contract_recovered else ""),
            Action.SIGN_CONTRACTS,
        ),
        ChangeAction.DISPUTE: permit(
            not_refund
            or ("已标记争议" if facts.disputed else "")
            or ("" if before or after else "变更单已结束"),
            Action.REVIEW_CHANGES,
        ),
        ChangeAction.SCORE_BRIEF: permit(
            not_refund or ("" if after else "交易解除后才能为处理过程评分"), Action.REVIEW_CHANGES
        ),
        ChangeAction.GIFT: permit(
            "" if after or status is ChangeStatus.RETAINED else "客户离开（或被挽留）后再登记礼品",
            Action.FILE_CHANGES,
            Action.REVIEW_CHANGES,
        ),
        ChangeAction.WITHDRAW: permit(
            "" if before else "变更单已执行或已结束，不能撤回",
            Action.FILE_CHANGES,
            Action.REVIEW_CHANGES,
        ),
        ChangeAction.PRINT_FORM: permit("", Action.VIEW_CHANGES),
        ChangeAction.PRINT_CONFIRMATION: permit(
            not_refund
            or (
                ""
                if status in (ChangeStatus.APPROVED, ChangeStatus.EXECUTED, ChangeStatus.CLOSED)
                else "审批通过后才能打印退款确认书"
            ),
            Action.VIEW_CHANGES,
        ),
        ChangeAction.PRINT_VOUCHER: permit(
            "" if facts.live_vouchers else "还没有退款凭证", Action.VIEW_CHANGES
        ),
        ChangeAction.PRINT_BRIEF: permit(
            not_refund or ("" if after else "交易解除后才有内部简报"),
            Action.REVIEW_CHANGES,
            Action.LEAD_RETENTION,
            Action.APPROVE_CHANGES,
        ),
        ChangeAction.PRINT_THANKS: permit(
            ""
            if after or status is ChangeStatus.RETAINED
            else "客户离开（或被挽留）后再打印感谢卡",
            Action.FILE_CHANGES,
            Action.REVIEW_CHANGES,
        ),
    }
