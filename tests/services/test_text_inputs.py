"""Control and bidirectional characters go from every free text a service stores for other
people's screens and papers (issue 14): reasons, notes, display names, unit import cells — not
only customer names and notes. Each service cleans through core.text once; a text made only of
such characters counts as not written."""

# ruff: noqa: F811 - the office and people fixtures of test_customers are used by name

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature
from anjia_desk.core.errors import ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import (
    CustomerMerge,
    Deal,
    Dispute,
    OwnershipChange,
    PhoneChange,
    QueueTicket,
    Receipt,
    ReferralPoint,
    Unit,
    UnitHold,
    User,
)
from anjia_desk.services import (
    customer_merge,
    customer_profile,
    holds,
    payments,
    referrals,
    tickets,
    units,
    users,
)
from anjia_desk.services import customer_state as cs
from anjia_desk.services import customers as svc
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.test_customers import NOW, Office, office, people  # noqa: F401 - fixtures
from tests.services.test_payments import FULL_PLAN, make_deal

#: What a pasted or hostile text carries: a right-to-left override, a BEL, a zero-width space,
#: a BOM and an isolate around the visible words.
HOSTILE = "\u202e甲乙\x07丙\u200b丁\ufeff\u2066"
CLEAN = "甲乙丙丁"
ONLY_INVISIBLE = "\u202e\u200b\x07\ufeff"


def _dispute(session: Session, office: Office, people, reason: str) -> int:
    return svc.raise_dispute(session, office.li, people["zhang"].id, reason, now=NOW)


def test_a_dispute_reason_and_its_ruling_are_stored_clean(
    session: Session, office: Office, people
) -> None:
    dispute_id = _dispute(session, office, people, HOSTILE)
    dispute = session.get(Dispute, dispute_id)
    assert dispute is not None and dispute.claim_reason == CLEAN
    (row,) = svc.list_disputes(session, office.boss)
    assert row.claim_reason == CLEAN
    svc.rule_dispute(
        session,
        office.boss,
        dispute_id,
        winner_id=office.li.user_id,  # type: ignore[arg-type]
        reason="裁定：" + HOSTILE,
        version=row.version,
        now=NOW,
    )
    assert dispute.ruling_reason == "裁定：" + CLEAN
    change = session.scalars(select(OwnershipChange).where(OwnershipChange.kind == "ruling")).one()
    assert change.reason == "裁定：" + CLEAN


def test_a_dispute_reason_of_invisible_characters_only_is_no_reason(
    session: Session, office: Office, people
) -> None:
    with pytest.raises(ValidationError) as caught:
        _dispute(session, office, people, ONLY_INVISIBLE)
    assert "reason" in caught.value.fields


def test_a_user_display_name_is_stored_clean_and_an_invisible_one_refused(
    session: Session,
) -> None:
    admin = Actor.system()
    row = users.add_user(
        session, admin, username="gw1", display_name="小\u202e周\x00\n", roles=[Role.CONSULTANT],
        password=None,
    )  # fmt: skip
    user = session.get(User, row.id)
    assert user is not None and user.display_name == "小周"
    users.update_user(
        session, admin, row.id, display_name="周\u2067晓\u200f", roles=[Role.CONSULTANT]
    )
    assert user.display_name == "周晓"
    with pytest.raises(ValidationError) as caught:
        users.add_user(
            session, admin, username="gw2", display_name=ONLY_INVISIBLE, roles=[], password=None
        )
    assert "display_name" in caught.value.fields


def test_a_receipt_keeps_a_clean_payer_and_note(session: Session) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    customer = make_customer(session)
    deal = make_deal(session, project, unit, customer, FULL_PLAN)
    cashier = add_actor(session, "chuna", "出纳甲", Role.CASHIER)
    receipt_id = payments.record_payment(
        session, cashier, deal_id=deal.id, amount=Decimal("1000"), nature=Nature.DEPOSIT,
        payer="王\u202e建国", method="转\x07账", note="备注" + HOSTILE, now=NOW,
    )  # fmt: skip
    receipt = session.get(Receipt, receipt_id)
    assert receipt is not None
    assert (receipt.payer, receipt.method, receipt.note) == ("王建国", "转账", "备注" + CLEAN)


# --- the rest, one stored text each


Case = Callable[[Session, Office, dict, str], str | None]


def _reassign(session: Session, office: Office, people: dict, text: str) -> str | None:
    svc.reassign_customers(
        session, office.boss, from_user_id=office.wang.user_id,  # type: ignore[arg-type]
        to_user_id=office.li.user_id, customer_ids=[people["zhang"].id],  # type: ignore[arg-type]
        reason=text, now=NOW,
    )  # fmt: skip
    change = session.scalars(
        select(OwnershipChange).where(OwnershipChange.kind == "reassign")
    ).one()
    return change.reason


def _merge(session: Session, office: Office, people: dict, text: str) -> str | None:
    other = make_customer(session, "张三二", "13911112222")
    customer_merge.merge_customers(
        session, office.boss, keep_id=people["zhang"].id, merge_id=other.id, reason=text, now=NOW
    )
    return session.scalars(select(CustomerMerge.reason)).one()


def _phone_change(session: Session, office: Office, people: dict, text: str) -> str | None:
    customer_profile.change_phone(
        session, office.boss, people["zhang"].id, "13977776666", reason=text, now=NOW
    )
    return session.scalars(select(PhoneChange.reason)).one()


def _grade_change(session: Session, office: Office, people: dict, text: str) -> str | None:
    customer = people["zhang"]
    cs.set_grade(session, office.wang, customer, "A" if customer.grade != "A" else "B", reason=text)
    session.flush()
    return _last_grade(session)


def _last_grade(session: Session) -> str | None:
    from anjia_desk.db.models import GradeChange

    return session.scalars(select(GradeChange.reason).order_by(GradeChange.id.desc())).first()


def _unit(session: Session) -> Unit:
    return make_building(session, make_project(session))[0]


def _reserve(session: Session, office: Office, people: dict, text: str) -> str | None:
    unit = _unit(session)
    hold_id = holds.reserve_unit(
        session, office.boss, unit.id, until=date(2026, 3, 20), reason=text, now=NOW
    )
    hold = session.get(UnitHold, hold_id)
    assert hold is not None
    return hold.reason


def _release(session: Session, office: Office, people: dict, text: str) -> str | None:
    unit = _unit(session)
    hold_id = holds.reserve_unit(
        session, office.boss, unit.id, until=date(2026, 3, 20), reason="领导保留", now=NOW
    )
    holds.release_hold(session, office.boss, hold_id, reason=text, now=NOW)
    hold = session.get(UnitHold, hold_id)
    assert hold is not None
    return hold.release_reason


def _block(session: Session, office: Office, people: dict, text: str) -> str | None:
    unit = _unit(session)
    units.block_unit(session, office.admin, unit.id, reason=text, version=unit.version, now=NOW)
    return unit.blocked_reason


def _void_ticket(session: Session, office: Office, people: dict, text: str) -> str | None:
    project = make_project(session)
    ticket = QueueTicket(project_id=project.id, number=1, customer_id=people["zhang"].id,
                         amount=Decimal(20000))  # fmt: skip
    session.add(ticket)
    session.flush()
    secretary = add_actor(session, "ms", "秘书", Role.SALES_SECRETARY)
    tickets.void_ticket(session, secretary, ticket.id, reason=text, now=NOW)
    return ticket.void_reason


def _redeem(session: Session, office: Office, people: dict, text: str) -> str | None:
    customer = people["zhang"]
    session.add(ReferralPoint(referrer_id=customer.id, points=100, kind="adjust", note="测试"))
    session.flush()
    referrals.redeem_points(session, office.boss, customer.id, points=10, note=text, now=NOW)
    return session.scalars(select(ReferralPoint.note).where(ReferralPoint.kind == "redeem")).one()


def _deal(session: Session, people: dict) -> Deal:
    project = make_project(session)
    unit = make_building(session, project)[0]
    return make_deal(session, project, unit, people["zhang"], FULL_PLAN)


def _receipt_void(session: Session, office: Office, people: dict, text: str) -> str | None:
    deal = _deal(session, people)
    cashier = add_actor(session, "chuna", "出纳甲", Role.CASHIER)
    receipt_id = payments.record_payment(
        session, cashier, deal_id=deal.id, amount=Decimal("1000"),
        nature=Nature.DEPOSIT, payer="王建国", method="转账", now=NOW,
    )  # fmt: skip
    payments.void_receipt(session, cashier, receipt_id, reason=text, now=NOW)
    receipt = session.get(Receipt, receipt_id)
    assert receipt is not None
    return receipt.void_reason


def _deal_step(session: Session, office: Office, people: dict, text: str) -> str | None:
    from anjia_desk.core.deals import Step
    from anjia_desk.db.models import DealStep
    from anjia_desk.services import deal_steps

    deal = _deal(session, people)
    deal_steps.add_step(session, deal, Step.FILE, office.boss, NOW, text)
    session.flush()
    return session.scalars(select(DealStep.note).where(DealStep.step == Step.FILE.value)).one()


def _unit_import_cell(session: Session, office: Office, people: dict, text: str) -> str | None:
    from anjia_desk.services.import_units import PARSERS

    return str(PARSERS["layout"]("三室\t" + text))


def _audit_reason(session: Session, office: Office, people: dict, text: str) -> str | None:
    from anjia_desk.services import audit

    return audit.record(session, office.boss, "export", "customers", None, "导出", text).reason


CASES: dict[str, Case] = {
    "转移客户的原因": _reassign,
    "合并客户的原因": _merge,
    "更换手机号的原因": _phone_change,
    "等级变更的原因": _grade_change,
    "保留房源的原因": _reserve,
    "释放锁定的原因": _release,
    "不可售的原因": _block,
    "作废排号的原因": _void_ticket,
    "积分兑换的备注": _redeem,
    "作废收据的原因": _receipt_void,
    "交易节点的备注": _deal_step,
    "房源导入的户型": _unit_import_cell,
    "审计日志里的理由（导出、合并…）": _audit_reason,
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_every_other_free_text_is_stored_clean(
    session: Session, office: Office, people, case: str
) -> None:
    stored = CASES[case](session, office, people, "说明：" + HOSTILE)
    assert stored is not None and stored.endswith(CLEAN), repr(stored)
    assert not any(ch in stored for ch in ONLY_INVISIBLE)
