"""The contract termination notice (解除合同通知书) of a 解约 order: the developer cancels after a
formal demand's period or under the contract's cancellation clause; the contract ends when the
notice reaches the buyer (Civil Code Art. 565); the money as computed with the buyer at fault.

Its first print sets the order's notice_at (audited) and freezes the notice on the order
(ChangeOrder.notice_facts: JSON of what was printed); every reprint renders from those facts,
dated by notice_at, so it is the same notice to the byte. Its delivery is logged afterwards as for
letters (services.change_orders.record_notice)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.core.changes import TERMINATE_GROUNDS, ChangeKind, Ground
from anjia_desk.core.errors import UserError
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.change_common import (
    OrderPapers,
    load_order,
    local,
    money_summary,
    require_paper,
    write_same,
)
from anjia_desk.services.papers.common import letterhead_from_settings

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.termination import TerminationNotice

#: The layout of the stored JSON; a reader that meets a newer one refuses rather than guess.
FACTS_VERSION = 1
LETTERHEAD_FIELDS = ("company", "project", "address", "phone")


def _day(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day is not None else ""


def ground_text(ground: Ground, clause_no: str) -> str:
    """The sentence that cites the developer's ground."""
    if ground is Ground.DEMAND_EXPIRED:
        return (
            "您未按合同约定支付应付款项。我司已依法向您发出付款催告函，催告期满您仍未付款。"
            "依照《中华人民共和国民法典》第五百六十三条第一款第（三）项及合同约定，我司有权解除合同。"
        )
    clause = f"第{clause_no.strip('第条')}条" if clause_no.strip("第条") else "中的解除条款"
    return (
        f"您逾期付款已达到合同约定的解除条件。依照《商品房买卖合同》{clause}的约定及"
        "《中华人民共和国民法典》第五百六十二条第二款，我司有权解除合同。"
    )


def notice_facts(
    session: Session, papers: OrderPapers, *, now: datetime
) -> tuple[dict[str, Any], dict[str, str]]:
    """The notice's values as printed for the first time at `now`, and the letterhead."""
    order, deal = papers.order, papers.deal
    ground = Ground(order.ground) if order.ground else Ground.CONTRACT_CLAUSE
    letterhead = letterhead_from_settings(session)
    signed = local(session, deal.signed_at)
    issued = local(session, now)
    assert issued is not None
    values: dict[str, Any] = {
        "code": papers.code,
        "seller": letterhead.company,
        "project": papers.project,
        "buyer": deal.buyer_name,
        "buyer_id": deal.buyer_id_masked,
        "address": " ".join(part for part in (deal.mailing_address, deal.mailing_postcode) if part),
        "unit": papers.unit,
        "contract_no": deal.contract_no,
        "signed_on": _day(signed.date() if signed is not None else None),
        "ground": ground.label,
        "ground_text": ground_text(ground, deal.penalty_clause_no),
        "ground_note": order.ground_note,
        "money": money_summary(session, papers, now=now).to_dict(),
        "issued_on": _day(issued.date()),
    }
    head = {key: str(getattr(letterhead, key)) for key in LETTERHEAD_FIELDS}
    return values, head


def _notice(values: dict[str, Any]) -> TerminationNotice:
    from anjia_desk.pdf.refund_lines import MoneySummary
    from anjia_desk.pdf.termination import TerminationNotice

    fields = {key: str(value) for key, value in values.items() if key != "money"}
    return TerminationNotice(**fields, money=MoneySummary.from_dict(values["money"]))


def frozen_notice(text: str) -> tuple[dict[str, Any], dict[str, str]]:
    data = json.loads(text)
    if data.get("v") != FACTS_VERSION:
        raise UserError(
            f"解除合同通知书的打印内容格式（第 {data.get('v')} 版）无法识别，请升级本软件"
        )
    return data["notice"], data["letterhead"]


def print_termination(
    session: Session, actor: Actor, order_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The 解除合同通知书 of a 解约 order (the secretary's SIGN_CONTRACTS). The first print, once
    the order is approved, sets notice_at and freezes the notice; a reprint is the same notice.
    Audited ("print", termination_notice)."""
    from anjia_desk.pdf.page import Letterhead

    moment = aware_utc(now)
    papers = load_order(session, actor, order_id)
    order = papers.order
    if papers.kind is not ChangeKind.TERMINATE:
        raise UserError(f"变更单 {papers.code} 是{papers.kind.label}，不是解约，没有解除合同通知书")
    require_paper(session, actor, papers, ChangeAction.PRINT_NOTICE, now=moment)
    first = not order.notice_facts
    if first:
        if order.ground is None or Ground(order.ground) not in TERMINATE_GROUNDS:
            raise UserError("解约须以付款催告期满或合同约定的解除条款为依据，请先登记解除依据")
        values, head = notice_facts(session, papers, now=moment)
        issued_at = moment
    else:
        values, head = frozen_notice(order.notice_facts)
        issued_at = aware_utc(order.notice_at) if order.notice_at is not None else moment
    notice = _notice(values)
    printed_at = local(session, issued_at)
    assert printed_at is not None

    def audited() -> None:
        if first:
            order.notice_at = issued_at
            order.notice_facts = json.dumps(
                {"v": FACTS_VERSION, "notice": values, "letterhead": head},
                ensure_ascii=False,
                sort_keys=True,
            )
        summary = f"解除合同通知书 {papers.code}（{notice.buyer}）" + ("" if first else "（重印）")
        audit.record(session, actor, "print", "termination_notice", order.id, summary)

    return write_same(
        session, notice, out, printed_at=printed_at, letterhead=Letterhead(**head), audited=audited
    )
