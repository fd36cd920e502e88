"""Erasing a person clears their data on change orders (issue 17, DOMAIN §13): the typed texts
of their own orders and their steps, the 更名 buyer who is them (name, masked and encrypted ID),
and the audit text of those orders; someone else's order keeps a namesake new buyer."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.changes import ChangeKind, ChangeStatus, OrderStep, RenameMode
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry, ChangeOrder, ChangeOrderStep
from anjia_desk.services import customer_profile as profile
from anjia_desk.services import erasure_changes
from anjia_desk.services.context import Actor
from tests.change_fixtures import add_order
from tests.deal_fixtures import make_customer
from tests.services import test_payments
from tests.services.test_erasure import found_in_columns
from tests.services.test_payments import FULL_PLAN, Office, make_deal

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


@pytest.fixture
def office(session: Session) -> Office:
    return test_payments.office.__wrapped__(session)  # type: ignore[attr-defined]


def test_erasing_a_buyer_clears_their_change_orders(
    database: Database, session: Session, office: Office
) -> None:
    customer = office.customer  # 王建国 13800001111, deal buyer 王建国 110101********1234
    own = add_order(
        session, office.deal, ChangeKind.RENAME, ChangeStatus.REVIEW,
        rename_mode=RenameMode.REPLACE, old_buyer_name="王建国", new_buyer_name="王小明",
        new_buyer_id_masked="110101********5678", new_buyer_id_cipher="CIPHER-OWN",
        relation="子女", real_reason="王建国说家里要用钱，电话13800001111",
        talk_note="王建国很坚决", note="备注：离婚", tags=json.dumps(["家庭"], ensure_ascii=False),
        qualification_note="王小明资格已审",
    )  # fmt: skip
    session.add(
        ChangeOrderStep(
            order_id=own.id, step=OrderStep.QUALIFICATION, done_at=NOW, note="王建国到场"
        )
    )
    # Someone else's order: 王建国 is the new buyer (same masked ID) on 李四's deal; and a
    # namesake 王建国 with another ID on 赵六's deal stays.
    li = make_customer(session, "李四", "13900002222")
    li_deal = make_deal(session, office.project, office.units[1], li, FULL_PLAN, buyer_name="李四")
    theirs = add_order(
        session, li_deal, ChangeKind.RENAME, ChangeStatus.EXECUTED,
        rename_mode=RenameMode.ADD, old_buyer_name="李四", new_buyer_name="王建国",
        new_buyer_id_masked="110101********1234", new_buyer_id_cipher="CIPHER-THEIRS",
    )  # fmt: skip
    zhao = make_customer(session, "赵六", "13700003333")
    zhao_deal = make_deal(
        session, office.project, office.units[2], zhao, FULL_PLAN, buyer_name="赵六"
    )
    namesake = add_order(
        session, zhao_deal, ChangeKind.RENAME, ChangeStatus.REVIEW,
        rename_mode=RenameMode.REPLACE, old_buyer_name="赵六", new_buyer_name="王建国",
        new_buyer_id_masked="320101********9999", new_buyer_id_cipher="CIPHER-NAMESAKE",
    )  # fmt: skip
    session.commit()
    ids = (own.id, theirs.id, namesake.id)

    with session_scope(database, Actor.system()) as s:
        profile.erase_personal_data(s, Actor.system(), customer.id, reason="本人要求", now=NOW)

    with session_scope(database, Actor.system()) as s:
        mine, other, kept = (s.get(ChangeOrder, i) for i in ids)
        assert mine is not None and other is not None and kept is not None
        for name in ChangeOrder.TYPED_TEXTS:
            assert getattr(mine, name) == ("[]" if name == "tags" else ""), name
        # The old buyer was the person; the new one (their son) is someone else.
        assert (mine.old_buyer_name, mine.new_buyer_name) == ("（已删除）", "王小明")
        assert mine.new_buyer_id_cipher == "CIPHER-OWN"
        assert mine.relation == "子女" and mine.rename_mode is RenameMode.REPLACE  # not personal
        step = s.scalars(select(ChangeOrderStep).where(ChangeOrderStep.order_id == own.id)).one()
        assert step.note == ""
        assert (other.old_buyer_name, other.new_buyer_name) == ("李四", "（已删除）")
        assert (other.new_buyer_id_masked, other.new_buyer_id_cipher) == ("", "")
        assert (kept.new_buyer_name, kept.new_buyer_id_cipher) == ("王建国", "CIPHER-NAMESAKE")
        lines = s.scalars(
            select(AuditEntry.summary).where(
                AuditEntry.entity == "change_orders", AuditEntry.entity_id.in_(ids[:2])
            )
        ).all()
        assert lines and not any("王建国" in line or "离婚" in line for line in lines), lines
    # Apart from the accounting records (deal, receipts), only the namesake's order and its
    # audit line still hold the name; the phone nowhere.
    left = found_in_columns(database, "王建国", "13800001111", "CIPHER-THEIRS")
    assert {table for table, _column in left} <= {"deals", "receipts", "change_orders", "audit_log"}
    assert ("change_orders", "new_buyer_id_cipher") not in left
    assert found_in_columns(database, "13800001111", "离婚", "家里要用钱") == []


def test_the_audit_text_of_an_own_order_loses_the_typed_values_only() -> None:
    summary = "变更类型=退房；真实原因=家里；出事；状态=待审核；原买受人：'王建国' → ''"
    assert erasure_changes.without_typed(summary) == (
        "变更类型=退房；真实原因：（个人信息已清除）；状态=待审核；原买受人：（个人信息已清除）"
    )
