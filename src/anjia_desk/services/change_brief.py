"""The internal brief of a change order (内部简报, issue 17, DOMAIN §8): the one place the case's
story lives.

The customer de-identified (surname + 先生/女士, else 客户 — no phone, no ID, no address); the key
touchpoints in time order — visits, follow-ups, risk marks and warnings, the deal's steps, the
order's own steps; the real reason and the talk; the handling score from core.changes.CHECKLIST
with each item ticked or not (ChangeOrder.brief_ticks). Free texts typed by people pass through
`scrub`: the customer's name becomes the de-identified form, long digit runs (a phone, an ID
number) are hidden.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.changes import (
    CHECKLIST,
    ChangeKind,
    ChangeStatus,
    CheckItem,
    Fault,
    OrderStep,
    ReasonType,
    TalkOutcome,
    brief_score,
)
from anjia_desk.core.customers import VisitKind
from anjia_desk.core.deals import Stage, Step
from anjia_desk.core.names import COMPOUND_SURNAMES
from anjia_desk.core.risk import Dimension, Level
from anjia_desk.core.roles import Action
from anjia_desk.db.models import (
    ChangeOrder,
    ChangeOrderStep,
    Customer,
    Deal,
    DealStep,
    FollowUp,
    RiskMark,
    RiskWarning,
    Visit,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.change_common import (
    OrderPapers,
    load_order,
    local,
    names,
    order_tags,
    when,
)

#: A run of digits this long is a phone, an ID number or an account: never in the brief.
_DIGITS = re.compile(r"[0-9０-９Xx*＊]{7,}")
HIDDEN = "＊＊＊"
WARNING_STATUS = {"open": "待指派", "assigned": "已指派回访", "done": "已回访"}


@dataclass(frozen=True)
class Touchpoint:
    """One key moment of the case (office-local time; `dated_only`: a day without a time)."""

    at: datetime
    kind: str  # 来访 / 跟进 / 风险标记 / 风险预警 / 交易 / 变更单
    text: str
    dated_only: bool = False

    @property
    def when(self) -> str:
        return f"{self.at:%Y-%m-%d}" if self.dated_only else f"{self.at:%Y-%m-%d %H:%M}"


@dataclass(frozen=True)
class ChangeBrief:
    """The brief's values, already de-identified."""

    order_id: int
    code: str
    kind: str
    status: str
    customer: str
    unit: str
    stage: str
    reason_type: str
    tags: str
    fault: str
    within_72h: str
    outcome: str
    touchpoints: tuple[Touchpoint, ...]
    real_reason: str
    talk_note: str
    checklist: tuple[tuple[CheckItem, bool], ...]
    score: int
    scored_by: str  # "林峰 2026-03-20 10:00", "" while not scored


def de_identified(name: str, gender: str) -> str:
    """欧阳晓梅 (女) → 欧阳女士; 张伟 (男) → 张先生; no gender or no name → 客户."""
    name = name.strip()
    if not name or name.startswith("（") or gender not in ("男", "女"):
        return "客户"
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    return surname + ("先生" if gender == "男" else "女士")


def scrub(text: str, real_names: tuple[str, ...], shown: str) -> str:
    """A typed text for the brief: the customer's names replaced, long digit runs hidden."""
    for real in real_names:
        if real and len(real) >= 2:
            text = text.replace(real, shown)
    return _DIGITS.sub(HIDDEN, " ".join(text.split()))


def _at_day(day: date) -> datetime:
    return datetime.combine(day, time.min)


def touchpoints(
    session: Session, order: ChangeOrder, deal: Deal, customer: Customer, shown: str
) -> tuple[Touchpoint, ...]:
    """Every key moment of the customer, the deal and the order, oldest first."""
    real = tuple({customer.name, deal.buyer_name, order.old_buyer_name, order.new_buyer_name})

    def clean(text: str) -> str:
        return scrub(text, real, shown)

    def at(moment: datetime) -> datetime:
        value = local(session, moment)
        assert value is not None
        return value

    points: list[Touchpoint] = []
    for visit in session.scalars(select(Visit).where(Visit.customer_id == customer.id)):
        words = VisitKind(visit.kind).label + f"，{visit.party_size} 人"
        if visit.invalid_reason:
            words += f"（无效：{visit.invalid_reason}）"
        points.append(Touchpoint(at(visit.visited_at), "来访", words))
    for follow in session.scalars(select(FollowUp).where(FollowUp.customer_id == customer.id)):
        words = "；".join(
            part for part in (follow.channel, clean(follow.content), clean(follow.result)) if part
        )
        points.append(Touchpoint(at(follow.at), "跟进", words))
    marks: dict[date, list[str]] = {}
    for mark in session.scalars(
        select(RiskMark).where(RiskMark.customer_id == customer.id).order_by(RiskMark.dimension)
    ):
        dimension, level = Dimension(mark.dimension), Level(mark.level)
        sign = dimension.high_text if level is Level.HIGH else dimension.low_text
        marks.setdefault(mark.day, []).append(f"{dimension.label}：{level.label}（{sign}）")
    for day, items in marks.items():
        points.append(Touchpoint(_at_day(day), "风险标记", "；".join(items), dated_only=True))
    for warning in session.scalars(
        select(RiskWarning).where(RiskWarning.customer_id == customer.id)
    ):
        words = (
            f"{warning.level} 级风险预警（{warning.start_day.isoformat()} 至 "
            f"{warning.end_day.isoformat()}），{WARNING_STATUS.get(warning.status, warning.status)}"
        )
        if warning.done_note:
            words += f"：{clean(warning.done_note)}"
        points.append(Touchpoint(_at_day(warning.start_day), "风险预警", words, dated_only=True))
    for step in session.scalars(select(DealStep).where(DealStep.deal_id == deal.id)):
        words = Step(step.step).label + (f"：{clean(step.note)}" if step.note else "")
        points.append(Touchpoint(at(step.done_at), "交易", words))
    kind = ChangeKind(order.kind).label
    own = [
        (order.requested_at, f"收到{kind}书面申请"),
        (order.talk_at, "挽留洽谈：" + (TalkOutcome(order.talk_outcome).label
                                        if order.talk_outcome else "")),
        (order.reviewed_at, "审核通过" + (f"：{clean(order.review_note)}"
                                         if order.review_note else "")),
        (order.marketing_at, "营销审批通过"),
        (order.finance_at, "财务审批通过"),
        (order.rejected_at, f"驳回：{clean(order.reject_reason)}"),
        (order.withdrawn_at, f"客户撤回：{clean(order.withdraw_reason)}"),
        (order.executed_at, f"{kind}执行"),
        (order.disputed_at, "标记争议"),
        (order.closed_at, "办结"),
    ]  # fmt: skip
    for moment, words in own:
        if moment is not None:
            points.append(Touchpoint(at(moment), "变更单", words))
    for done in session.scalars(
        select(ChangeOrderStep).where(ChangeOrderStep.order_id == order.id)
    ):
        words = OrderStep(done.step).label + (f"：{clean(done.note)}" if done.note else "")
        points.append(Touchpoint(at(done.done_at), "变更单", words))
    if order.gift_on is not None:
        points.append(
            Touchpoint(_at_day(order.gift_on), "变更单", f"赠送{clean(order.gift)}", True)
        )
    return tuple(sorted(points, key=lambda p: (p.at, p.dated_only)))


def ticks_of(order: ChangeOrder) -> frozenset[str]:
    try:
        return frozenset(str(key) for key in json.loads(order.brief_ticks or "[]"))
    except ValueError:
        return frozenset()


def brief_of(session: Session, papers: OrderPapers) -> ChangeBrief:
    order, deal = papers.order, papers.deal
    customer = session.get(Customer, order.customer_id)
    assert customer is not None  # a foreign key
    shown = de_identified(customer.name or deal.buyer_name, customer.gender)
    real = (customer.name, deal.buyer_name)
    ticks = ticks_of(order)
    scored = ""
    if order.brief_at is not None:
        who = names(session, order.brief_by_id).get(order.brief_by_id or 0, "")
        scored = f"{who} {when(session, order.brief_at)}".strip()
    reason = ReasonType(order.reason_type) if order.reason_type else None
    signed = deal.signed_at is not None or Stage(order.stage_at_request) is not Stage.SUBSCRIBED
    return ChangeBrief(
        order_id=order.id,
        code=papers.code,
        kind=papers.kind.label,
        status=ChangeStatus(order.status).label,
        customer=shown,
        unit=papers.unit,
        stage=Stage(order.stage_at_request).label,
        reason_type=reason.label if reason else "",
        tags=order_tags(order),
        fault=(Fault.BUYER if papers.kind is ChangeKind.TERMINATE else Fault(order.fault)).label,
        within_72h=("是" if order.within_72h else "否") if signed else "—（未签约）",
        outcome=TalkOutcome(order.talk_outcome).label if order.talk_outcome else "",
        touchpoints=touchpoints(session, order, deal, customer, shown),
        real_reason=scrub(order.real_reason, real, shown),
        talk_note=scrub(order.talk_note, real, shown),
        checklist=tuple((item, item.key in ticks) for item in CHECKLIST),
        score=brief_score(ticks),
        scored_by=scored,
    )


#: Who reads the case's story: those who lead, review or approve (as its printing, PRINT_BRIEF).
BRIEF_READERS = (Action.REVIEW_CHANGES, Action.LEAD_RETENTION, Action.APPROVE_CHANGES)


def change_brief(session: Session, actor: Actor, order_id: int) -> ChangeBrief:
    """The internal brief of a change order, for those who lead, review or approve."""
    actor.require_any(*BRIEF_READERS, label="查看内部简报")
    return brief_of(session, load_order(session, actor, order_id))


__all__ = [
    "BRIEF_READERS",
    "ChangeBrief",
    "Touchpoint",
    "brief_of",
    "change_brief",
    "de_identified",
    "scrub",
    "ticks_of",
    "touchpoints",
]
