"""The complaint window's buttons (issue 18): one per core.complaint_actions.ComplaintAction,
shown when the Permit is `shown`, enabled when `allowed`, `why_not` as the tooltip — and what
each one does: a dialog (ui/complaints/dialogs.py, the reason dialogs of ui/forms.py), a
question then a write through the operation layer, or a paper through the print preview.

A button's work is the method named after its action's value (`level`, `pause`, …); the
solution's way, the money and the papers are in ui/complaints/flow_actions.py and
money_actions.py, joined in `ComplaintActions`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.ui import ops
from anjia_desk.ui.complaints.dialogs import (
    CaseRef,
    LevelDialog,
    NoteDialog,
    ResponseDialog,
    TextAct,
    TextDialog,
)
from anjia_desk.ui.forms import FormDialog, ReasonDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor
    from anjia_desk.ui.complaints.window import ComplaintWindow

A = ComplaintAction

#: The buttons' words (short: two to a row), and the longer hint when the button may be used.
LABELS: dict[ComplaintAction, tuple[str, str]] = {
    A.EDIT: ("修改受理…", "修改受理信息"),
    A.LEVEL: ("调整等级…", "调整投诉等级（写明原因），时限按新等级重算"),
    A.PAUSE: ("暂停计时…", "等待客户时暂停首次答复计时（写明原因）"),
    A.RESUME: ("恢复计时", "恢复首次答复计时"),
    A.RESPOND: ("到场/回电…", "登记到场或回电时间"),
    A.ANSWER: ("首次答复…", "登记首次答复，时限停止"),
    A.NOTE: ("调查记录…", "添加调查（注明证据来源）或沟通记录"),
    A.ATTACH: ("添加附件…", "照片、录音、检测报告等"),
    A.PROPOSE: ("提交方案…", "提交处理方案，交法务、财务审核"),
    A.LEGAL_OK: ("法务通过…", "法务审核通过方案"),
    A.FINANCE_OK: ("财务通过…", "财务审核通过方案"),
    A.REFUSE: ("退回方案…", "写明原因退回方案"),
    A.OPEN_CHANGE: ("生成变更单…", "退房、换房方案：生成变更单"),
    A.PLAN: ("安排执行…", "执行责任人、期限和验收标准"),
    A.PROGRESS: ("执行进度…", "登记执行进度"),
    A.EXECUTED: ("执行完成…", "执行完成，3 个工作日内回访"),
    A.REQUEST_PAYMENT: ("申请赔付…", "申请赔偿或补偿"),
    A.APPROVE_PAYMENT: ("审批赔付", "审批等待您的赔付申请"),
    A.REJECT_PAYMENT: ("驳回赔付…", "驳回赔付申请（写明原因）"),
    A.PAY: ("支付赔付…", "出纳支付并开具赔付凭证"),
    A.CONFIRM_PAYMENT: ("确认赔付", "财务确认赔付已支付"),
    A.VOID_PAYMENT: ("作废凭证…", "作废赔付凭证（编号保留）"),
    A.SIGNED: ("确认单签字…", "登记客户在满意度确认单上签字的日期"),
    A.VISIT: ("登记回访…", "登记回访评分"),
    A.CLOSE: ("办结…", "满意度达 80% 后办结"),
    A.CLOSE_UNSATISFIED: ("未达标办结…", "满意度未达 80% 时由案场经理说明原因办结"),
    A.REOPEN: ("重新打开…", "重新打开已办结的投诉（写明原因）"),
    A.LESSON: ("案例总结…", "办结后填写案例总结，供案例库查阅"),
    A.PRINT_FORM: ("投诉处理单…", "打印投诉处理单"),
    A.PRINT_SATISFACTION: ("满意度确认单…", "打印满意度确认单"),
    A.PRINT_FEEDBACK: ("回访表…", "打印回访表"),
    A.PRINT_VOUCHER: ("赔付凭证…", "打印赔付凭证"),
}

#: The side's boxes of buttons, in order.
GROUPS: tuple[tuple[str, tuple[ComplaintAction, ...]], ...] = (
    ("受理与计时", (A.LEVEL, A.PAUSE, A.RESUME, A.RESPOND, A.ANSWER, A.NOTE, A.ATTACH, A.EDIT)),
    (
        "方案与执行",
        (
            A.PROPOSE,
            A.LEGAL_OK,
            A.FINANCE_OK,
            A.REFUSE,
            A.OPEN_CHANGE,
            A.PLAN,
            A.PROGRESS,
            A.EXECUTED,
        ),
    ),
    (
        "赔付",
        (
            A.REQUEST_PAYMENT,
            A.APPROVE_PAYMENT,
            A.REJECT_PAYMENT,
            A.PAY,
            A.CONFIRM_PAYMENT,
            A.VOID_PAYMENT,
        ),
    ),
    ("回访与办结", (A.SIGNED, A.VISIT, A.CLOSE, A.CLOSE_UNSATISFIED, A.REOPEN, A.LESSON)),
    ("打印", (A.PRINT_FORM, A.PRINT_SATISFACTION, A.PRINT_FEEDBACK, A.PRINT_VOUCHER)),
)


class CaseActions:
    """What each button does, on the window's case (`window.detail`). `handler(action)` is the
    method named after the action's value; None when this window has none for it."""

    def __init__(self, window: ComplaintWindow) -> None:
        self.w = window

    def handler(self, action: ComplaintAction) -> Callable[[], object] | None:
        method = getattr(self, action.value, None)
        return method if callable(method) else None

    # --- helpers

    def ref(self) -> CaseRef | None:
        d = self.w.detail
        if d is None:
            return None
        return CaseRef(
            d.id,
            d.version,
            d.code,
            f"{d.who} — {d.what[:20]}",
            self.w.today(),
            self.w.zone,
            d.intake_at,
            d.level,
            d.channel,
            solution=d.solution,
            deal_id=d.deal_id,
            who=d.who,
            lesson=d.lesson,
        )

    def _dialog(self, make: Callable[[CaseRef], FormDialog]) -> FormDialog | None:
        case = self.ref()
        return None if case is None else self.w.open_dialog(make(case))

    def _write(self, work: ops.Work[Any], text: str) -> None:
        ops.write(
            self.w.ctx,
            work,
            parent=self.w,
            done=lambda _result: self.w.say_done(text),
            failed=self.w.refused,
        )

    def _reason(
        self,
        title: str,
        intro: str,
        act: Callable[[Session, Actor, str, datetime], str],
        *,
        ok_text: str,
        label: str = "原因：",
        required: bool = True,
    ) -> FormDialog:
        return self.w.open_dialog(
            ReasonDialog(
                self.w.ctx,
                self.w,
                title,
                intro,
                act,
                ok_text=ok_text,
                reason_label=label,
                required=required,
            )
        )

    def _text(
        self,
        title: str,
        intro: str,
        act: TextAct,
        *,
        ok_text: str = "保存",
        label: str = "内容：",
        required: bool = True,
        text: str = "",
    ) -> FormDialog:
        return self.w.open_dialog(
            TextDialog(
                self.w.ctx,
                self.w,
                title,
                intro,
                act,
                ok_text=ok_text,
                label=label,
                required=required,
                text=text,
            )
        )

    # --- intake and the clocks

    def edit(self) -> FormDialog | None:
        from anjia_desk.ui.complaints.edit_dialog import EditDialog

        d = self.w.detail
        if d is None:
            return None
        return self._dialog(lambda case: EditDialog(self.w.ctx, self.w, case, d))

    def level(self) -> FormDialog | None:
        return self._dialog(lambda c: LevelDialog(self.w.ctx, self.w, c))

    def pause(self) -> FormDialog | None:
        from anjia_desk.services.complaints import pause_clock

        case = self.ref()
        if case is None:
            return None

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            pause_clock(session, actor, case.id, reason=reason, now=now)
            return f"{case.code} 已暂停计时。"

        return self._reason(
            f"暂停计时 — {case.code}",
            "等待客户（提供材料、约定时间）期间暂停首次答复计时；恢复后时限顺延。",
            act,
            ok_text="暂停",
            label="暂停原因：",
        )

    def resume(self) -> None:
        from anjia_desk.services.complaints import resume_clock

        case = self.ref()
        if case is None:
            return
        now = self.w.ctx.clock()
        self._write(
            lambda session, actor: resume_clock(session, actor, case.id, now=now),
            f"{case.code} 已恢复计时，时限已顺延。",
        )

    def respond(self) -> FormDialog | None:
        return self._dialog(lambda c: ResponseDialog(self.w.ctx, self.w, c, answer=False))

    def answer(self) -> FormDialog | None:
        return self._dialog(lambda c: ResponseDialog(self.w.ctx, self.w, c, answer=True))

    def note(self) -> FormDialog | None:
        return self._dialog(lambda c: NoteDialog(self.w.ctx, self.w, c))

    def attach(self) -> None:
        """添加附件: the 附件 tab, and its file chooser (ui/complaints/files_panel.py)."""
        panel = self.w.files_panel
        self.w.tabs.setCurrentWidget(panel)
        panel.ask_add()
