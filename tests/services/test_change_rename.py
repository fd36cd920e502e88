"""更名 / 增名 / 减名 (issue 17): only to the relations the office allows, the new buyer's real
name and ID number checked as at 认购, the old buyer's consent required, 减名 of a current
co-buyer only; at execution the deal carries the new buyer; after 签约 the qualification result
is recorded on the order, the step only when passed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.change_forms import RequestForm
from anjia_desk.core.changes import ChangeKind, ChangeStatus, OrderStep, RenameMode
from anjia_desk.core.deals import Stage
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.identity import check_character, mask_id_number
from anjia_desk.db.models import ChangeOrderStep
from anjia_desk.services import change_execute, change_orders, change_rename, deal_steps, settings
from anjia_desk.services.context import Actor
from anjia_desk.services.identity import open_id
from tests.services.change_helpers import (
    LATER,
    NOW,
    TODAY,
    Site,
    make_order,
    make_staff,
    subscribe,
)


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
    return make_staff(session)


@pytest.fixture
def site(session: Session, staff: dict[str, Actor]) -> Site:
    return Site(session, staff)


def id_number(seq: str) -> str:
    first = f"31010419850612{seq}"
    return first + check_character(first)


SPOUSE_ID = id_number("456")


def rename_form(**values: object) -> RequestForm:
    base: dict[str, object] = {
        "kind": ChangeKind.RENAME,
        "rename_mode": RenameMode.REPLACE,
        "new_buyer_name": "李梅",
        "new_buyer_id_number": SPOUSE_ID,
        "relation": "配偶",
        "consent_on": TODAY,
    }
    base.update(values)
    return RequestForm(**base)  # type: ignore[arg-type]


def test_a_rename_puts_the_new_buyer_on_the_deal(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    order = make_order(session, deal)
    order.kind = ChangeKind.RENAME
    change_rename.prepare(session, staff["c1"], order, rename_form(), NOW)
    assert order.rename_mode == RenameMode.REPLACE
    assert (order.old_buyer_name, order.new_buyer_name) == ("王建国", "李梅")
    assert order.relation == "配偶" and order.consent_on == TODAY
    assert order.new_buyer_id_masked == mask_id_number(SPOUSE_ID)
    assert SPOUSE_ID not in order.new_buyer_id_cipher
    assert open_id(session, order.new_buyer_id_cipher) == SPOUSE_ID
    assert deal.buyer_name == "王建国"  # nothing changes before execution

    order.status = ChangeStatus.APPROVED
    change_rename.execute(session, staff["mgr"], order, LATER)
    assert deal.buyer_name == "李梅"
    assert open_id(session, deal.buyer_id_cipher) == SPOUSE_ID
    assert deal.buyer_id_masked == mask_id_number(SPOUSE_ID)
    assert "更名 BG-000001：王建国 → 李梅" in deal.note


def test_add_then_remove_a_co_buyer(session: Session, staff: dict[str, Actor], site: Site) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    first_id = deal.buyer_id_cipher
    order = make_order(session, deal)
    order.kind = ChangeKind.RENAME
    change_rename.prepare(session, staff["c1"], order, rename_form(rename_mode=RenameMode.ADD), NOW)
    order.status = ChangeStatus.APPROVED
    change_rename.execute(session, staff["mgr"], order, LATER)
    assert deal.buyer_name == "王建国、李梅"
    assert deal.buyer_id_cipher == first_id  # the main buyer's ID stays

    second = make_order(session, deal, number=2)
    second.kind = ChangeKind.RENAME
    remove = rename_form(
        rename_mode=RenameMode.REMOVE, new_buyer_id_number="", relation="", new_buyer_name="王建国"
    )
    with pytest.raises(ValidationError) as main_buyer:
        change_rename.prepare(session, staff["c1"], second, remove, NOW)
    assert "主买受人" in main_buyer.value.fields["new_buyer_name"]
    stranger = rename_form(
        rename_mode=RenameMode.REMOVE, new_buyer_id_number="", relation="", new_buyer_name="赵六"
    )
    with pytest.raises(ValidationError) as not_on_deal:
        change_rename.prepare(session, staff["c1"], second, stranger, NOW)
    assert "不是这笔交易的共同买受人" in not_on_deal.value.fields["new_buyer_name"]
    change_rename.prepare(
        session,
        staff["c1"],
        second,
        rename_form(rename_mode=RenameMode.REMOVE, new_buyer_id_number="", relation=""),
        NOW,
    )
    second.status = ChangeStatus.APPROVED
    change_rename.execute(session, staff["mgr"], second, LATER)
    assert deal.buyer_name == "王建国"


def test_a_rename_replaces_the_main_buyer_and_keeps_the_co_buyers(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    deal.buyer_name = "王建国、王小明"
    order = make_order(session, deal)
    order.kind = ChangeKind.RENAME
    change_rename.prepare(session, staff["c1"], order, rename_form(), NOW)
    order.status = ChangeStatus.APPROVED
    change_rename.execute(session, staff["mgr"], order, LATER)
    assert deal.buyer_name == "李梅、王小明"
    assert open_id(session, deal.buyer_id_cipher) == SPOUSE_ID


def test_the_relation_the_id_and_the_consent_are_checked(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    order = make_order(session, deal)
    order.kind = ChangeKind.RENAME
    with pytest.raises(ValidationError) as friend:
        change_rename.prepare(session, staff["c1"], order, rename_form(relation="朋友"), NOW)
    assert "配偶、父母、子女" in friend.value.fields["relation"]
    with pytest.raises(ValidationError) as bad_id:
        change_rename.prepare(
            session,
            staff["c1"],
            order,
            rename_form(new_buyer_id_number=SPOUSE_ID[:-1] + "0"),
            NOW,
        )
    assert "new_buyer_id_number" in bad_id.value.fields
    with pytest.raises(ValidationError) as no_consent:
        change_rename.prepare(session, staff["c1"], order, rename_form(consent_on=None), NOW)
    assert "同意" in no_consent.value.fields["consent_on"]
    assert order.new_buyer_name == ""
    # The office may allow more relations (setting changes.rename_relations).
    settings.update_settings(
        session, Actor.system(), {"changes.rename_relations": "配偶、父母、子女、兄弟姐妹"}
    )
    change_rename.prepare(session, staff["c1"], order, rename_form(relation="兄弟姐妹"), NOW)
    assert order.relation == "兄弟姐妹"


def test_after_signing_the_qualification_is_recorded_only_when_passed(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    deal_steps.sign_contract(
        session,
        staff["sec"],
        deal.id,
        contract_no="HT-1",
        netsign_no="WQ-1",
        version=deal.version,
        now=NOW,
    )
    assert deal.stage == Stage.SIGNED
    order = make_order(session, deal)
    order.kind = ChangeKind.RENAME
    change_rename.prepare(session, staff["c1"], order, rename_form(), NOW)
    with pytest.raises(UserError, match="不能登记资格审核"):
        change_rename.record_qualification(
            session, staff["sec"], order.id, "住建局审核", passed=True, now=LATER
        )
    order.status = ChangeStatus.APPROVED
    with pytest.raises(PermissionDenied):
        change_rename.record_qualification(
            session, staff["c1"], order.id, "住建局审核", passed=True, now=LATER
        )
    with pytest.raises(ValidationError):
        change_rename.record_qualification(
            session, staff["sec"], order.id, "  ", passed=True, now=LATER
        )

    def steps() -> list[OrderStep]:
        return list(
            session.scalars(
                select(ChangeOrderStep.step).where(ChangeOrderStep.order_id == order.id)
            )
        )

    change_rename.record_qualification(
        session, staff["sec"], order.id, "名下已有两套住房，限购", passed=False, now=LATER
    )
    assert order.qualification_note == "未通过：名下已有两套住房，限购"
    assert steps() == []
    later = LATER + timedelta(days=2)
    change_rename.record_qualification(
        session, staff["sec"], order.id, "2026-11-25 住建局资格审核通过", passed=True, now=later
    )
    assert order.qualification_note.startswith("通过：")
    assert steps() == [OrderStep.QUALIFICATION]
    with pytest.raises(UserError, match="已登记为通过"):
        change_rename.record_qualification(
            session, staff["sec"], order.id, "再次", passed=True, now=later
        )


def test_a_deal_before_signing_needs_no_qualification(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    order = make_order(session, deal)
    order.kind = ChangeKind.RENAME
    change_rename.prepare(session, staff["c1"], order, rename_form(), NOW)
    order.status = ChangeStatus.APPROVED
    with pytest.raises(UserError, match="签约前"):
        change_rename.record_qualification(
            session, staff["sec"], order.id, "无需", passed=True, now=LATER
        )


# --- through the change order's own services (services.change_orders / change_execute)


def test_a_signed_rename_end_to_end_through_the_order(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    deal_steps.sign_contract(
        session,
        staff["sec"],
        deal.id,
        contract_no="HT-1",
        netsign_no="WQ-1",
        version=deal.version,
        now=NOW,
    )
    order_id = change_orders.file_change(
        session, staff["c1"], deal.id, rename_form(rename_mode=RenameMode.ADD), now=NOW
    )
    order = change_orders.get_order(session, order_id)
    assert order.new_buyer_name == "李梅" and order.old_buyer_name == "王建国"
    change_orders.review(session, staff["mgr"], order_id, version=order.version, now=NOW)
    change_orders.approve(session, staff["head"], order_id, version=order.version, now=NOW)
    change_orders.approve(session, staff["fin"], order_id, version=order.version, now=NOW)
    change_rename.record_qualification(
        session, staff["sec"], order_id, "住建局资格审核通过", passed=True, now=LATER
    )
    for step in (OrderStep.REVOKE_FILING, OrderStep.RESIGN):
        change_execute.do_step(session, staff["sec"], order_id, step, now=LATER)
    change_execute.execute(session, staff["mgr"], order_id, version=order.version, now=LATER)
    assert order.status in (ChangeStatus.EXECUTED, ChangeStatus.CLOSED)
    assert deal.buyer_name == "王建国、李梅"
    # The office's relations are checked when the order is filed (the write then ends).
    with pytest.raises(ValidationError) as friend:
        change_orders.file_change(
            session,
            staff["c1"],
            deal.id,
            rename_form(relation="朋友", new_buyer_name="赵六"),
            now=LATER,
        )
    assert "配偶、父母、子女" in friend.value.fields["relation"]
