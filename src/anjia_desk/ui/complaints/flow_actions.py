"""The complaint window's buttons from the solution to closing (issue 18): 提交方案, the two
reviews (each reviewer their side, with a note), 退回 with its reason, 生成变更单, 安排执行, the
progress, 执行完成, the 满意度确认单's signature, the return visit, 办结 (and below 80% by the
site manager, with a reason), 重新打开 and the case's lesson — services.complaint_solution and
services.complaint_close through the operation layer, with the case's version."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from anjia_desk.core.complaints import SATISFIED
from anjia_desk.core.errors import UserError
from anjia_desk.ui import ops
from anjia_desk.ui.complaints.actions import CaseActions
from anjia_desk.ui.complaints.detail_tables import percent
from anjia_desk.ui.complaints.flow_dialogs import (
    ComplaintChangeDialog,
    PlanDialog,
    SignedDialog,
    SolutionDialog,
    VisitDialog,
)
from anjia_desk.ui.forms import FormDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class FlowActions(CaseActions):
    """The solution's way, execution, visits and closing."""

    # --- the solution and its reviews

    def propose(self) -> FormDialog | None:
        d = self.w.detail
        finding = d.finding if d is not None else ""
        return self._dialog(lambda c: SolutionDialog(self.w.ctx, self.w, c, finding=finding))

    def _review(self, side: str) -> FormDialog | None:
        from anjia_desk.services.complaint_solution import review_solution

        case = self.ref()
        if case is None:
            return None

        def act(session: Session, actor: Actor, note: str, now: datetime) -> str:
            review_solution(session, actor, case.id, note=note, version=case.version, now=now)
            return f"{case.code} 的方案{side}审核已通过。"

        return self._reason(
            f"{side}审核通过 — {case.code}",
            "法务、财务都审核通过后，方案进入执行。",
            act,
            ok_text="审核通过",
            label=f"{side}意见：",
            required=False,
        )

    def legal_ok(self) -> FormDialog | None:
        return self._review("法务")

    def finance_ok(self) -> FormDialog | None:
        return self._review("财务")

    def refuse(self) -> FormDialog | None:
        from anjia_desk.services.complaint_solution import refuse_solution

        case = self.ref()
        if case is None:
            return None

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            refuse_solution(session, actor, case.id, reason=reason, version=case.version, now=now)
            return f"{case.code} 的方案已退回，待修改后重新提交。"

        return self._reason(
            f"退回方案 — {case.code}",
            "退回后两方的审核都须重新进行。",
            act,
            ok_text="退回",
            label="退回原因：",
        )

    def open_change(self) -> FormDialog | None:
        from anjia_desk.services.deal_queries import deal_detail
        from anjia_desk.ui.changes.request_dialog import DealRef

        case = self.ref()
        if case is None or case.deal_id is None:
            return None
        deal_id, now = case.deal_id, self.w.ctx.clock()

        def read(session: Session, actor: Actor) -> DealRef:
            d = deal_detail(session, actor, deal_id, now=now)
            return DealRef(
                d.id,
                d.project_id,
                d.unit_id,
                f"{d.project_name} {d.unit_label} {d.buyer_name}",
                d.signed_at is not None,
                d.payment_method,
            )

        try:
            deal = ops.read_now(self.w.ctx, read)
        except UserError as exc:
            self.w.message.show_error(exc.message)
            return None
        dialog = ComplaintChangeDialog(self.w.ctx, self.w, case, deal)
        dialog.saved.connect(dialog.open_made)  # the new order's window
        return self.w.open_dialog(dialog)

    # --- execution

    def plan(self) -> FormDialog | None:
        return self._dialog(lambda c: PlanDialog(self.w.ctx, self.w, c))

    def progress(self) -> FormDialog | None:
        from anjia_desk.services.complaint_solution import add_progress

        case = self.ref()
        if case is None:
            return None

        def act(session: Session, actor: Actor, text: str, now: datetime) -> str:
            add_progress(session, actor, case.id, text, now=now)
            return f"{case.code} 已登记执行进度。"

        return self._text(
            f"登记执行进度 — {case.code}",
            "做了什么、还差什么；现场照片请在“附件”中添加（来源选“执行进度”）。",
            act,
            label="进度：",
        )

    def executed(self) -> FormDialog | None:
        from anjia_desk.services.complaint_solution import mark_executed

        case = self.ref()
        if case is None:
            return None

        def act(session: Session, actor: Actor, note: str, now: datetime) -> str:
            mark_executed(session, actor, case.id, note=note, version=case.version, now=now)
            return f"{case.code} 已执行完成，请在 3 个工作日内回访。"

        return self._text(
            f"执行完成 — {case.code}",
            "按验收标准完成后登记；执行完成后 3 个工作日内回访。",
            act,
            ok_text="执行完成",
            label="说明：",
            required=False,
        )

    # --- the visit and closing

    def signed(self) -> FormDialog | None:
        return self._dialog(lambda c: SignedDialog(self.w.ctx, self.w, c))

    def visit(self) -> FormDialog | None:
        d = self.w.detail
        round_ = d.round if d is not None else 1
        return self._dialog(lambda c: VisitDialog(self.w.ctx, self.w, c, round_))

    def close(self) -> FormDialog | None:
        from anjia_desk.services.complaint_close import close

        case, d = self.ref(), self.w.detail
        if case is None or d is None:
            return None
        score = f"最近一次回访满意度 {percent(d.visits[-1].score)}。" if d.visits else ""

        def act(session: Session, actor: Actor, note: str, now: datetime) -> str:
            close(session, actor, case.id, note=note, version=case.version, now=now)
            return f"{case.code} 已办结。"

        return self._text(
            f"办结 — {case.code}",
            f"{score}办结后可填写案例总结。",
            act,
            ok_text="办结",
            label="说明：",
            required=False,
        )

    def close_unsatisfied(self) -> FormDialog | None:
        from anjia_desk.services.complaint_close import close_unsatisfied

        case, d = self.ref(), self.w.detail
        if case is None or d is None:
            return None
        score = percent(d.visits[-1].score) if d.visits else "—"

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            close_unsatisfied(session, actor, case.id, reason=reason, version=case.version, now=now)
            return f"{case.code} 已办结（满意度未达标，原因已记录）。"

        return self._reason(
            f"未达标办结 — {case.code}",
            f"最近一次回访满意度 {score}，未达 {percent(SATISFIED)}。由案场经理写明原因后办结。",
            act,
            ok_text="办结",
            label="原因：",
        )

    def reopen(self) -> FormDialog | None:
        from anjia_desk.services.complaint_close import reopen

        case = self.ref()
        if case is None:
            return None

        def act(session: Session, actor: Actor, reason: str, now: datetime) -> str:
            reopen(session, actor, case.id, reason=reason, version=case.version, now=now)
            return f"{case.code} 已重新打开，开启新一轮处理。"

        return self._reason(
            f"重新打开 — {case.code}",
            "重新打开后进入新一轮处理，原有记录保留。",
            act,
            ok_text="重新打开",
            label="原因：",
        )

    def lesson(self) -> FormDialog | None:
        from anjia_desk.services.complaint_close import save_lesson

        case = self.ref()
        if case is None:
            return None

        def act(session: Session, actor: Actor, text: str, now: datetime) -> str:
            save_lesson(session, actor, case.id, text, version=case.version, now=now)
            return f"{case.code} 的案例总结已保存。"

        return self._text(
            f"案例总结 — {case.code}",
            "原因、处理中做得好和不足的地方、今后如何预防；供案例库查阅。",
            act,
            label="总结：",
            text=case.lesson,
        )
