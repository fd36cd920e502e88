"""The change-order form (变更申请单, one form for every kind, its kind in the title) from the
models: the written request, the reason with its handling, fault and ground, the money line by
line for a refund, 换房's units and prices, 更名's buyers, and who did each step and when."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.core.changes import (
    ChangeKind,
    ChangeStatus,
    Fault,
    Ground,
    OrderStep,
    ReasonType,
    RenameMode,
    TalkOutcome,
)
from anjia_desk.core.deals import PaymentMethod, Stage
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import ChangeOrderStep
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.change_common import (
    OrderPapers,
    load_order,
    money_summary,
    names,
    order_tags,
    require_paper,
    when,
    write_same,
)
from anjia_desk.services.papers.common import office_time, unit_parts

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.change_form import ChangeFormPaper, RenamePart, SwapPart
    from anjia_desk.pdf.refund_parts import StepSign


def _unit(session: Session, unit_id: int | None) -> str:
    if unit_id is None:
        return ""
    unit, building, _project = unit_parts(session, unit_id)
    return unit_label(building.name, unit.stairwell, unit.room)


def _steps(session: Session, papers: OrderPapers) -> tuple[list[StepSign], list[StepSign]]:
    """The order's own steps (申请 … 执行) and the steps done after 签约, with who and when."""
    from anjia_desk.pdf.refund_parts import StepSign

    order = papers.order
    done = session.scalars(
        select(ChangeOrderStep)
        .where(ChangeOrderStep.order_id == order.id)
        .order_by(ChangeOrderStep.done_at, ChangeOrderStep.id)
    ).all()
    who = names(
        session,
        order.filed_by_id, order.leader_id, order.reviewed_by_id, order.marketing_by_id,
        order.finance_by_id, order.executed_by_id, order.rejected_by_id, order.withdrawn_by_id,
        *(row.user_id for row in done),
    )  # fmt: skip

    def name(user_id: int | None) -> str:
        return who.get(user_id, "") if user_id is not None else ""

    filed = f"登记：{name(order.filed_by_id)}" if order.filed_by_id else "书面申请"
    steps = [StepSign("申请", papers.deal.buyer_name, when(session, order.requested_at), filed)]
    if papers.kind in (ChangeKind.UNSUBSCRIBE, ChangeKind.CANCEL):
        outcome = TalkOutcome(order.talk_outcome).label if order.talk_outcome else ""
        steps.append(
            StepSign("挽留洽谈", name(order.leader_id), when(session, order.talk_at), outcome)
        )
    steps += [
        StepSign("审核", name(order.reviewed_by_id), when(session, order.reviewed_at),
                 order.review_note),
        StepSign("审批（营销）", name(order.marketing_by_id), when(session, order.marketing_at)),
        StepSign("审批（财务）", name(order.finance_by_id), when(session, order.finance_at)),
    ]  # fmt: skip
    if order.rejected_at is not None:
        steps.append(
            StepSign("驳回", name(order.rejected_by_id), when(session, order.rejected_at),
                     order.reject_reason)
        )  # fmt: skip
    if order.withdrawn_at is not None:
        steps.append(
            StepSign("撤回", name(order.withdrawn_by_id), when(session, order.withdrawn_at),
                     order.withdraw_reason)
        )  # fmt: skip
    steps.append(StepSign("执行", name(order.executed_by_id), when(session, order.executed_at)))
    after = [
        StepSign(OrderStep(row.step).label, name(row.user_id), when(session, row.done_at), row.note)
        for row in done
    ]
    return steps, after


def _swap(session: Session, papers: OrderPapers) -> SwapPart | None:
    from anjia_desk.pdf.amounts import figures
    from anjia_desk.pdf.change_form import SwapPart

    order = papers.order
    if papers.kind is not ChangeKind.SWAP:
        return None
    return SwapPart(
        old_unit=_unit(session, order.old_unit_id) or papers.unit,
        new_unit=_unit(session, order.new_unit_id) or "—",
        old_price=figures(order.old_price) if order.old_price is not None else "",
        new_price=figures(order.new_price) if order.new_price is not None else "",
        payment_method=(
            PaymentMethod(order.new_payment_method).label if order.new_payment_method else ""
        ),
        special_discount=figures(order.new_special_discount) if order.new_special_discount else "",
    )


def _rename(papers: OrderPapers) -> RenamePart | None:
    from anjia_desk.pdf.change_form import RenamePart

    order = papers.order
    if papers.kind is not ChangeKind.RENAME:
        return None
    return RenamePart(
        mode=RenameMode(order.rename_mode).label if order.rename_mode else "更名",
        old_buyer=order.old_buyer_name or papers.deal.buyer_name,
        new_buyer=order.new_buyer_name,
        new_buyer_id=order.new_buyer_id_masked,
        relation=order.relation,
        consent_on=order.consent_on.isoformat() if order.consent_on else "",
        qualification=order.qualification_note,
    )


def change_form_paper(session: Session, papers: OrderPapers, *, now: datetime) -> ChangeFormPaper:
    """The form's values as printed at `now`."""
    from anjia_desk.pdf.change_form import ChangeFormPaper

    order, deal = papers.order, papers.deal
    reason = ReasonType(order.reason_type) if order.reason_type else None
    ground = Ground(order.ground) if order.ground else None
    legal = ""
    if order.legal_confirmed_at is not None:
        who = names(session, order.legal_confirmed_by_id).get(order.legal_confirmed_by_id or 0, "")
        legal = f"{who} {when(session, order.legal_confirmed_at)}".strip()
    steps, after = _steps(session, papers)
    fault = Fault.BUYER if papers.kind is ChangeKind.TERMINATE else Fault(order.fault)
    return ChangeFormPaper(
        form_title=papers.kind.form_title,
        code=papers.code,
        status=ChangeStatus(order.status).label,
        project=papers.project,
        unit=papers.unit,
        buyer=deal.buyer_name,
        stage=Stage(order.stage_at_request).label,
        requested_at=when(session, order.requested_at),
        within_72h=order.within_72h,
        signed_at=when(session, deal.signed_at),
        reason_type=reason.label if reason else "",
        handling=reason.handling if reason else "",
        tags=order_tags(order),
        fault=fault.label,
        ground=ground.label if ground else "",
        condition=ground.condition if ground else "",
        ground_note=order.ground_note,
        ground_check=order.ground_check,
        legal=legal,
        talk_outcome=TalkOutcome(order.talk_outcome).label if order.talk_outcome else "",
        money=money_summary(session, papers, now=now) if papers.kind.is_refund else None,
        refund_due_on=order.refund_due_on.isoformat() if order.refund_due_on else "",
        swap=_swap(session, papers),
        rename=_rename(papers),
        steps=steps,
        after_steps=after,
        note=order.note,
    )


def print_change_form(
    session: Session, actor: Actor, order_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The change order's form (退定/退房/换房/更名申请单, 解除合同审批单). Audited ("print",
    change_form)."""
    moment = aware_utc(now)
    papers = load_order(session, actor, order_id)
    require_paper(session, actor, papers, ChangeAction.PRINT_FORM, now=moment)
    paper = change_form_paper(session, papers, now=moment)
    return write_same(
        session,
        paper,
        out,
        printed_at=office_time(session, moment),
        audited=lambda: audit.record(
            session, actor, "print", "change_form", papers.order.id,
            f"{paper.form_title} {papers.code}（{papers.deal.buyer_name}）",
        ),
    )  # fmt: skip
