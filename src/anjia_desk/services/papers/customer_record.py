"""A person's full record (客户个人信息记录) from the models, printed at their request (DOMAIN
§13): every profile field unmasked (the mailing address of each of their deals too, issue 16),
consent, relatives, visits, follow-ups, grade and phone history and the points ledger. The risk
notes of DOMAIN §4 stay inside the office."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import UNNAMED, Grade, Relation, VisitKind, format_range
from anjia_desk.core.errors import UserError
from anjia_desk.core.phones import PhoneKind
from anjia_desk.core.roles import Action
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import (
    Building,
    Customer,
    CustomerRelative,
    Deal,
    FollowUp,
    GradeChange,
    PhoneChange,
    ReferralPoint,
    Unit,
    Visit,
)
from anjia_desk.services import audit
from anjia_desk.services import customer_state as state
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.common import write_paper

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.customer_record import CustomerRecord

POINT_KINDS = {"visit": "推荐来访", "deal": "推荐成交", "redeem": "兑换", "adjust": "调整"}


def _local(moment: datetime | None, rule: state.Rules) -> datetime | None:
    return moment.astimezone(rule.zone).replace(tzinfo=None) if moment is not None else None


def customer_record(session: Session, customer: Customer) -> CustomerRecord:
    """The record's values as printed (times in the office's zone)."""
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.customer_record import CustomerRecord

    rule = state.rules(session)
    visits = list(
        session.scalars(select(Visit).where(Visit.customer_id == customer.id).order_by(Visit.id))
    )
    follow_ups = list(
        session.scalars(
            select(FollowUp).where(FollowUp.customer_id == customer.id).order_by(FollowUp.at)
        )
    )
    grades = list(
        session.scalars(
            select(GradeChange)
            .where(GradeChange.customer_id == customer.id)
            .order_by(GradeChange.id)
        )
    )
    phones = list(
        session.scalars(
            select(PhoneChange)
            .where(PhoneChange.customer_id == customer.id)
            .order_by(PhoneChange.id)
        )
    )
    points = list(
        session.scalars(
            select(ReferralPoint)
            .where(ReferralPoint.referrer_id == customer.id)
            .order_by(ReferralPoint.id)
        )
    )
    relatives = list(
        session.scalars(
            select(CustomerRelative)
            .where(CustomerRelative.customer_id == customer.id)
            .order_by(CustomerRelative.id)
        )
    )
    names = state.staff_names(
        session,
        [customer.owner_id]
        + [v.consultant_id for v in visits]
        + [f.user_id for f in follow_ups]
        + [g.user_id for g in grades]
        + [p.user_id for p in phones],
    )
    referred = {
        row.id: row.name or UNNAMED
        for row in session.execute(
            select(Customer.id, Customer.name).where(
                Customer.id.in_([p.referred_id for p in points if p.referred_id is not None])
            )
        )
    }
    referrer_name = ""
    if customer.referrer_id is not None:
        referrer = session.get(Customer, customer.referrer_id)
        referrer_name = (referrer.name or UNNAMED) if referrer is not None else ""
    balance = session.scalar(
        select(func.coalesce(func.sum(ReferralPoint.points), 0)).where(
            ReferralPoint.referrer_id == customer.id
        )
    )

    def who(user_id: int | None) -> str:
        return names.get(user_id, "") if user_id is not None else ""

    phone_kind = PhoneKind(customer.phone_kind).label if customer.phone_kind else ""
    return CustomerRecord(
        number=customer.id,
        profile=[
            ("姓名", customer.name or UNNAMED),
            ("手机号", f"{customer.phone or ''}（{phone_kind}）" if phone_kind else ""),
            ("性别", customer.gender),
            ("年龄段", customer.age_band),
            ("家庭结构", customer.family_structure),
            ("生日", customer.birthday.isoformat() if customer.birthday else ""),
            ("预算（万元）", format_range(customer.budget_min, customer.budget_max)),
            ("意向面积（㎡）", format_range(customer.area_min, customer.area_max)),
            ("意向户型", customer.layout),
            ("楼层偏好", customer.floor_preference),
            ("置业目的", customer.purpose),
            ("客户类型", customer.buyer_type),
            ("关注点", customer.focus),
            ("来源渠道", customer.channel),
            ("认知途径", customer.awareness),
            ("意向等级", Grade(customer.grade).label),
            ("归属顾问", who(customer.owner_id) or "公客池"),
            ("推荐人", referrer_name),
            ("来访次数", str(customer.visit_count)),
            ("首次来访", _fmt(_local(customer.first_visit_at, rule))),
            *_addresses(session, customer.id),
            ("备注", customer.notes),
        ],
        consent=[
            ("同意个人信息告知", _fmt(_local(customer.consent_at, rule)) or "未记录"),
            ("同意接收营销信息", "是" if customer.marketing_opt_in else "否"),
            ("勿扰", "是（不做关怀、问候和营销联系）" if customer.do_not_disturb else "否"),
            ("建档时间", _fmt(_local(customer.created_at, rule))),
        ],
        relatives=[(Relation(r.relation).label, r.name, r.phone or "") for r in relatives],
        visits=[
            (
                _fmt(_local(v.visited_at, rule)),
                VisitKind(v.kind).label,
                str(v.party_size),
                v.channel,
                who(v.consultant_id),
                "；".join(x for x in (v.invalid_reason or "", v.note) if x),
            )
            for v in visits
        ],
        follow_ups=[
            (
                _fmt(_local(f.at, rule)),
                f.channel,
                who(f.user_id),
                f.content,
                f.result,
                f.next_on.isoformat() if f.next_on else "",
            )
            for f in follow_ups
        ],
        grades=[
            (
                _fmt(_local(g.created_at, rule)),
                g.from_grade or "—",
                g.to_grade,
                who(g.user_id),
                g.reason,
            )
            for g in grades
        ],
        phones=[
            (_fmt(_local(p.created_at, rule)), p.old_phone or "", p.new_phone or "", p.reason)
            for p in phones
        ],
        points=[
            (
                _fmt(_local(p.created_at, rule)),
                POINT_KINDS.get(p.kind, p.kind),
                referred.get(p.referred_id, "") if p.referred_id is not None else "",
                str(p.points),
                p.note,
            )
            for p in points
        ],
        points_balance=int(balance or 0),
    )


def _addresses(session: Session, customer_id: int) -> list[tuple[str, str]]:
    """The mailing address recorded on each of the person's deals (issue 16), in full."""
    rows = session.execute(
        select(
            Building.name, Unit.stairwell, Unit.room, Deal.mailing_address, Deal.mailing_postcode
        )
        .select_from(Deal)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .where(Deal.customer_id == customer_id, Deal.mailing_address != "")
        .order_by(Deal.id)
    )
    return [
        (
            "通讯地址",
            f"{address}（{f'邮编 {postcode}；' if postcode else ''}"
            f"{unit_label(building, stairwell, room)} 的交易）",
        )
        for building, stairwell, room, address, postcode in rows
    ]


def print_customer_record(
    session: Session,
    actor: Actor,
    customer_id: int,
    out: Path,
    *,
    now: datetime | None = None,
) -> Path:
    """The person's full record as a PDF (on their request, DOMAIN §13): every profile field
    unmasked, relatives, visits, follow-ups, grade and phone history, points, consent. The risk
    notes of DOMAIN §4 stay inside the office and are not printed. Audited ("print")."""
    actor.require(Action.PRINT_CUSTOMER_RECORD)
    customer = state.get_customer(session, customer_id)
    if customer.anonymised_at is not None:
        raise UserError("这位客户的个人信息已删除（匿名化），没有可打印的个人信息")
    return write_paper(
        session,
        customer_record(session, customer),
        out,
        now=now,
        audited=lambda: audit.record(
            session, actor, "print", "customers", customer.id, "打印客户个人信息"
        ),
    )


def _fmt(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment is not None else ""
