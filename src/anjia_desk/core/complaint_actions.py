"""What a user may do on a complaint, and why not (DOMAIN §9, issue 18).

`complaint_actions` is the one place this is decided: the complaint window shows a button for
each action whose Permit is `shown` (the user's roles include it) and enables it when `allowed`,
with `why_not` as its hint; the services refuse with the same words (`require`). Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from anjia_desk.core.complaint_kinds import ComplaintStatus, Solution
from anjia_desk.core.complaints import SATISFIED, Channel
from anjia_desk.core.deal_actions import Permit
from anjia_desk.core.errors import PermissionDenied, UserError
from anjia_desk.core.roles import Action, Role


class ComplaintAction(StrEnum):
    EDIT = "edit"  # 修改受理信息…
    LEVEL = "level"  # 调整等级…
    PAUSE = "pause"  # 暂停计时…
    RESUME = "resume"  # 恢复计时
    RESPOND = "respond"  # 登记到场/回电…
    ANSWER = "answer"  # 登记首次答复…
    NOTE = "note"  # 添加调查/沟通记录…
    ATTACH = "attach"  # 添加附件…
    PROPOSE = "propose"  # 提交处理方案…
    LEGAL_OK = "legal_ok"  # 法务审核通过…
    FINANCE_OK = "finance_ok"  # 财务审核通过…
    REFUSE = "refuse"  # 退回方案…
    OPEN_CHANGE = "open_change"  # 生成变更单…
    PLAN = "plan"  # 安排执行（责任人、期限、验收标准）…
    PROGRESS = "progress"  # 登记执行进度…
    REQUEST_PAYMENT = "request_payment"  # 申请赔偿/补偿…
    APPROVE_PAYMENT = "approve_payment"  # 审批赔付
    REJECT_PAYMENT = "reject_payment"  # 驳回赔付…
    PAY = "pay"  # 支付赔付…
    CONFIRM_PAYMENT = "confirm_payment"  # 财务确认赔付
    VOID_PAYMENT = "void_payment"  # 作废赔付凭证…
    EXECUTED = "executed"  # 执行完成…
    SIGNED = "signed"  # 登记满意度确认单签字…
    VISIT = "visit"  # 登记回访…
    CLOSE = "close"  # 办结…
    CLOSE_UNSATISFIED = "close_unsatisfied"  # 未达标办结…
    REOPEN = "reopen"  # 重新打开…
    LESSON = "lesson"  # 案例总结…
    PRINT_FORM = "print_form"  # 打印投诉处理单…
    PRINT_SATISFACTION = "print_satisfaction"  # 打印满意度确认单…
    PRINT_FEEDBACK = "print_feedback"  # 打印回访表…
    PRINT_VOUCHER = "print_voucher"  # 打印赔付凭证…


@dataclass(frozen=True)
class ComplaintFacts:
    """What the actions depend on, read from the complaint and its rows."""

    status: ComplaintStatus
    channel: Channel
    responded: bool
    answered: bool
    paused: bool
    solution: Solution | None
    legal_done: bool
    finance_done: bool
    has_deal: bool
    change_order: bool  # a change order opened for it
    planned: bool  # executor, deadline and acceptance standard set
    visits_this_round: int
    last_score: Decimal | None  # the latest return visit's satisfaction (any round)
    visits: int  # return visits in all rounds
    #: Money: requests waiting for the actor's approval, approved and not paid, paid and not
    #: confirmed, any still waiting for an approval.
    payments_to_approve: int = 0
    payments_to_pay: int = 0
    payments_to_confirm: int = 0
    payments_pending: int = 0
    live_vouchers: int = 0


@dataclass(frozen=True)
class ComplaintWho:
    can: frozenset[Action]
    roles: frozenset[Role]
    is_system: bool = False

    def may(self, action: Action) -> bool:
        return self.is_system or action in self.can


CLOSED = "投诉已办结"
NOT_OPEN = "方案已提交，须退回后才能修改"
NEED_PLAN = "请先安排执行：责任人、期限和验收标准"


def _permit(shown: bool, *why: tuple[bool, str]) -> Permit:
    """Shown when `shown`; the first reason whose condition holds is why not."""
    for condition, reason in why:
        if condition:
            return Permit(shown, reason)
    return Permit(shown)


def complaint_actions(f: ComplaintFacts, who: ComplaintWho) -> dict[ComplaintAction, Permit]:
    A = ComplaintAction
    S = ComplaintStatus
    handle = who.may(Action.HANDLE_COMPLAINTS)
    closed = f.status is S.CLOSED
    executing = f.status is S.EXECUTING
    legal = who.is_system or (who.may(Action.REVIEW_SOLUTIONS) and Role.LEGAL in who.roles)
    finance = who.is_system or (who.may(Action.REVIEW_SOLUTIONS) and Role.FINANCE in who.roles)
    in_review = (f.status is not S.REVIEW, "方案不在审核中")
    satisfied = f.last_score is not None and f.last_score >= SATISFIED
    return {
        A.EDIT: _permit(handle, (closed, CLOSED)),
        A.LEVEL: _permit(handle, (closed, CLOSED)),
        A.PAUSE: _permit(
            handle,
            (closed, CLOSED),
            (f.answered, "已首次答复，时限不再计算"),
            (f.paused, "计时已暂停"),
        ),
        A.RESUME: _permit(handle, (not f.paused, "计时没有暂停")),
        A.RESPOND: _permit(
            handle or who.may(Action.FILE_COMPLAINTS),
            (closed, CLOSED),
            (f.channel is Channel.REFERRED, "外部转办的投诉按转办单位的时限答复"),
            (f.responded, "已登记到场/回电"),
        ),
        A.ANSWER: _permit(
            handle,
            (closed, CLOSED),
            (f.answered, "已登记首次答复"),
            (f.paused, "计时暂停中，请先恢复计时"),
        ),
        A.NOTE: _permit(handle, (closed, CLOSED)),
        A.ATTACH: _permit(handle or who.may(Action.FILE_COMPLAINTS), (closed, CLOSED)),
        A.PROPOSE: _permit(handle, (closed, CLOSED), (f.status is not S.OPEN, NOT_OPEN)),
        A.LEGAL_OK: _permit(legal, in_review, (f.legal_done, "法务已审核")),
        A.FINANCE_OK: _permit(finance, in_review, (f.finance_done, "财务已审核")),
        A.REFUSE: _permit(legal or finance, in_review),
        A.OPEN_CHANGE: _permit(
            handle and who.may(Action.FILE_CHANGES),
            (not executing, "方案经法务、财务审核后才能执行"),
            (f.solution is None or not f.solution.opens_change, "方案不涉及退房或换房"),
            (not f.has_deal, "投诉未关联交易"),
            (f.change_order, "已生成变更单"),
        ),
        A.PLAN: _permit(handle, (not executing, "方案经法务、财务审核后才能执行")),
        A.PROGRESS: _permit(handle, (not executing, "不在执行中")),
        A.REQUEST_PAYMENT: _permit(handle, (not executing, "方案经法务、财务审核后才能申请赔付")),
        A.APPROVE_PAYMENT: _permit(
            who.may(Action.APPROVE_COMPENSATION),
            (f.payments_to_approve == 0, "没有等待您审批的赔付"),
        ),
        A.REJECT_PAYMENT: _permit(
            who.may(Action.APPROVE_COMPENSATION),
            (f.payments_to_approve == 0, "没有等待您审批的赔付"),
        ),
        A.PAY: _permit(
            who.may(Action.PAY_REFUNDS), (f.payments_to_pay == 0, "没有已审批待支付的赔付")
        ),
        A.CONFIRM_PAYMENT: _permit(
            who.may(Action.CONFIRM_REFUNDS), (f.payments_to_confirm == 0, "没有待确认的赔付")
        ),
        A.VOID_PAYMENT: _permit(
            who.may(Action.PAY_REFUNDS), (f.live_vouchers == 0, "没有可作废的赔付凭证")
        ),
        A.EXECUTED: _permit(
            handle,
            (not executing, "不在执行中"),
            (not f.planned, NEED_PLAN),
            (
                f.solution is not None and f.solution.opens_change and not f.change_order,
                "方案为退房或换房，请先生成变更单",
            ),
            (f.payments_pending > 0, "还有赔付未审批"),
        ),
        A.SIGNED: _permit(
            handle or who.may(Action.RETURN_VISITS), (f.status is not S.VISIT, "执行完成后登记")
        ),
        A.VISIT: _permit(
            who.may(Action.RETURN_VISITS),
            (f.status is not S.VISIT, "执行完成后才能回访"),
            (f.visits_this_round > 0 and satisfied, "本轮已回访"),
        ),
        A.CLOSE: _permit(
            handle,
            (closed, CLOSED),
            (
                f.status is not S.VISIT and f.last_score is not None and not satisfied,
                "上次回访满意度未达 80%，须完成本轮处理并回访；或由案场经理说明原因办结",
            ),
            (f.status is not S.VISIT or f.visits_this_round == 0, "回访之后才能办结"),
            (not satisfied, "满意度未达 80%，将开启下一轮处理；或由案场经理说明原因办结"),
        ),
        A.CLOSE_UNSATISFIED: _permit(
            who.may(Action.CLOSE_UNSATISFIED),
            (closed, CLOSED),
            (f.visits == 0, "回访之后才能办结"),
            (satisfied, "满意度已达标，请直接办结"),
        ),
        A.REOPEN: _permit(handle, (not closed, "投诉未办结")),
        A.LESSON: _permit(handle, (not closed, "办结后填写案例总结")),
        A.PRINT_FORM: Permit(True),
        A.PRINT_SATISFACTION: _permit(True, (f.status in (S.OPEN, S.REVIEW), "方案审核通过后打印")),
        A.PRINT_FEEDBACK: _permit(True, (f.status in (S.OPEN, S.REVIEW), "执行后回访时打印")),
        A.PRINT_VOUCHER: _permit(
            who.may(Action.PAY_REFUNDS) or who.may(Action.CONFIRM_REFUNDS),
            (f.live_vouchers == 0, "没有赔付凭证"),
        ),
    }


#: The role-table actions that show each action (any of them): a refusal names the first.
GUARDS: dict[ComplaintAction, tuple[Action, ...]] = {
    **{a: (Action.HANDLE_COMPLAINTS,) for a in ComplaintAction},
    ComplaintAction.RESPOND: (Action.HANDLE_COMPLAINTS, Action.FILE_COMPLAINTS),
    ComplaintAction.ATTACH: (Action.HANDLE_COMPLAINTS, Action.FILE_COMPLAINTS),
    ComplaintAction.LEGAL_OK: (Action.REVIEW_SOLUTIONS,),
    ComplaintAction.FINANCE_OK: (Action.REVIEW_SOLUTIONS,),
    ComplaintAction.REFUSE: (Action.REVIEW_SOLUTIONS,),
    ComplaintAction.APPROVE_PAYMENT: (Action.APPROVE_COMPENSATION,),
    ComplaintAction.REJECT_PAYMENT: (Action.APPROVE_COMPENSATION,),
    ComplaintAction.PAY: (Action.PAY_REFUNDS,),
    ComplaintAction.VOID_PAYMENT: (Action.PAY_REFUNDS,),
    ComplaintAction.CONFIRM_PAYMENT: (Action.CONFIRM_REFUNDS,),
    ComplaintAction.SIGNED: (Action.HANDLE_COMPLAINTS, Action.RETURN_VISITS),
    ComplaintAction.VISIT: (Action.RETURN_VISITS,),
    ComplaintAction.CLOSE_UNSATISFIED: (Action.CLOSE_UNSATISFIED,),
    ComplaintAction.PRINT_FORM: (Action.VIEW_COMPLAINTS,),
    ComplaintAction.PRINT_SATISFACTION: (Action.VIEW_COMPLAINTS,),
    ComplaintAction.PRINT_FEEDBACK: (Action.VIEW_COMPLAINTS,),
    ComplaintAction.PRINT_VOUCHER: (Action.PAY_REFUNDS, Action.CONFIRM_REFUNDS),
}


def require(permit: Permit, action: ComplaintAction | None = None, who: str = "") -> None:
    """Refuse as the window would: PermissionDenied (naming the role-table action, as
    Actor.require words it) when not shown, UserError with why not."""
    if not permit.shown:
        what = GUARDS[action][0].label if action is not None else "办理此项"
        raise PermissionDenied(
            f"没有权限：{what}（当前用户：{who}）" if who else f"没有权限：{what}"
        )
    if permit.why_not:
        raise UserError(permit.why_not)
