"""签约关怀: three touches at 签约 inside 09:00–21:00, text by buyer type, none for 勿扰; marked
done by their owner or the site manager; the due list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import PaymentMethod
from anjia_desk.core.errors import NotFound, PermissionDenied, UserError
from anjia_desk.core.identity import check_character
from anjia_desk.core.roles import Role
from anjia_desk.db.models import CareTouch, Customer, Deal, User
from anjia_desk.services import care, deal_queries, deal_steps, deals
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import SubscribeRequest
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

FIRST17 = "11010119900307123"
BUYER_ID = FIRST17 + check_character(FIRST17)
# 2026-11-20 10:00 in Shanghai.
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def local(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    """A Shanghai wall-clock time as aware UTC."""
    return datetime(y, m, d, hh, mm, tzinfo=UTC) - timedelta(hours=8)


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
    return {
        "c1": add_actor(session, "c1", "王顾问", Role.CONSULTANT),
        "c2": add_actor(session, "c2", "李顾问", Role.CONSULTANT),
        "sec": add_actor(session, "sec", "秘书小林", Role.SALES_SECRETARY),
        "mgr": add_actor(session, "mgr", "周经理", Role.SITE_MANAGER),
    }


@pytest.fixture
def units(session: Session) -> list:
    return make_building(session, make_project(session, "安家·云栖府"), floors=3)


def signed_deal(
    session: Session,
    staff: dict[str, Actor],
    unit_id: int,
    customer: Customer,
    signed_at: datetime,
) -> Deal:
    deal_id = deals.subscribe(
        session,
        staff["c1"],
        SubscribeRequest(
            unit_id=unit_id, customer_id=customer.id, buyer_name="买受人",
            buyer_id_number=BUYER_ID, payment_method=PaymentMethod.FULL,
            deposit=Decimal("10000"),
        ),
        now=NOW,
    )  # fmt: skip
    deal = session.get(Deal, deal_id)
    deal_steps.sign_contract(
        session, staff["sec"], deal_id, contract_no="HT", netsign_no="WQ",
        version=deal.version, now=signed_at,
    )  # fmt: skip
    return deal


def touches(session: Session, deal: Deal) -> list[CareTouch]:
    return list(
        session.scalars(
            select(CareTouch).where(CareTouch.deal_id == deal.id).order_by(CareTouch.seq)
        )
    )


@pytest.mark.parametrize(
    ("signed", "first"),
    [
        (local(2026, 11, 21, 14, 5), local(2026, 11, 21, 14, 5)),  # in the day: at signing
        (local(2026, 11, 21, 7, 30), local(2026, 11, 21, 9)),  # early: 09:00
        (local(2026, 11, 21, 21, 0), local(2026, 11, 21, 21, 0)),  # 21:00 itself is fine
        (local(2026, 11, 21, 22, 30), local(2026, 11, 22, 9)),  # late: next morning
    ],
)
def test_three_touches_at_the_right_times(session, staff, units, signed, first):
    customer = make_customer(session, owner=staff["c1"])
    deal = signed_deal(session, staff, units[0].id, customer, signed)
    found = touches(session, deal)
    assert [t.seq for t in found] == [1, 2, 3]
    assert [t.due_at for t in found] == [
        first,
        local(2026, 11, 22, 10),  # the next day 10:00
        local(2026, 11, 23, 18, 30),  # the third day 18:30
    ]
    assert {t.owner_id for t in found} == {staff["c1"].user_id}
    assert {t.customer_id for t in found} == {customer.id}
    assert all(t.done_at is None for t in found)
    assert "王建国" in found[0].text and "王顾问" in found[0].text
    assert "安家·云栖府" in found[0].text and "周经理" in found[0].text  # the manager's card
    for touch in found:
        hour = (touch.due_at + timedelta(hours=8)).time()
        assert hour >= datetime(2000, 1, 1, 9).time() and hour <= datetime(2000, 1, 1, 21).time()


def test_text_differs_by_buyer_type(session, staff, units):
    texts = {}
    for unit, (kind, phone) in zip(
        units, [("刚需", "13800000001"), ("投资", "13800000002"), ("", "13800000003")],
        strict=False,
    ):  # fmt: skip
        customer = make_customer(session, "赵六", phone, owner=staff["c1"], buyer_type=kind)
        deal = signed_deal(session, staff, unit.id, customer, local(2026, 11, 21, 15))
        texts[kind] = [t.text for t in touches(session, deal)]
    assert texts["刚需"] != texts["投资"] != texts[""]
    assert texts["刚需"][0] != texts["投资"][0] and texts["刚需"][2] != texts["投资"][2]
    assert all("物业费" in t[2] for t in texts.values())


def test_no_touches_for_do_not_disturb(session, staff, units):
    quiet = make_customer(session, owner=staff["c1"], do_not_disturb=True)
    deal = signed_deal(session, staff, units[0].id, quiet, local(2026, 11, 21, 15))
    assert touches(session, deal) == []
    assert deal.stage == "signed"
    # Nor for a customer already anonymised, nor twice for a vanished one.
    other = make_customer(session, "钱七", "13900009999", owner=staff["c1"])
    deal2 = signed_deal(session, staff, units[1].id, other, local(2026, 11, 21, 15))
    for touch in touches(session, deal2):
        session.delete(touch)
    session.flush()
    other.anonymised_at = NOW
    assert care.create_touches(session, deal2, signed_at=NOW) == 0


def test_no_site_manager_no_owner(session, staff, units):
    """The manager's card falls back to the office; a deal without consultant uses the owner."""
    customer = make_customer(session, "孙八", "13700001111")
    deal = signed_deal(session, staff, units[0].id, customer, local(2026, 11, 21, 15))
    found = touches(session, deal)
    assert found[0].owner_id == staff["c1"].user_id  # the consultant who sold it
    deal.consultant_id = None
    for touch in found:
        session.delete(touch)
    session.get(User, staff["mgr"].user_id).is_active = False
    session.flush()
    assert care.create_touches(session, deal, signed_at=local(2026, 11, 21, 15)) == 3
    found = touches(session, deal)
    assert found[0].owner_id is None and "售楼处案场经理" in found[0].text
    assert "置业顾问" in found[0].text


def test_complete_a_touch(session, staff, units):
    customer = make_customer(session, owner=staff["c1"])
    deal = signed_deal(session, staff, units[0].id, customer, local(2026, 11, 21, 15))
    first, second, _third = touches(session, deal)
    with pytest.raises(PermissionDenied):  # not a seller
        care.complete_touch(session, staff["sec"], first.id, now=NOW)
    with pytest.raises(PermissionDenied, match="不归您"):
        care.complete_touch(session, staff["c2"], first.id, now=NOW)
    with pytest.raises(NotFound):
        care.complete_touch(session, staff["c1"], 999, now=NOW)
    care.complete_touch(session, staff["c1"], first.id, now=NOW)
    assert first.done_at == NOW and first.done_by_id == staff["c1"].user_id
    with pytest.raises(UserError, match="已经完成"):
        care.complete_touch(session, staff["c1"], first.id, now=NOW)
    care.complete_touch(session, staff["mgr"], second.id, now=NOW)
    assert second.done_by_id == staff["mgr"].user_id
    detail = deal_queries.deal_detail(session, staff["c1"], deal.id, now=NOW)
    assert [(c.seq, c.done_by) for c in detail.care] == [(1, "王顾问"), (2, "周经理"), (3, "")]


def test_due_touches(session, staff, units):
    mine = make_customer(session, owner=staff["c1"])
    deal = signed_deal(session, staff, units[0].id, mine, local(2026, 11, 21, 15))
    # On the signing day only the first is due (the others are tomorrow and after).
    day1 = local(2026, 11, 21, 8)
    due = care.due_touches(session, staff["c1"], now=day1)
    assert [(d.seq, d.deal_id, d.unit_label, d.owner_name) for d in due] == [
        (1, deal.id, "1栋0101", "王顾问")
    ]
    assert due[0].customer_name == "王建国" and due[0].customer_id == mine.id
    assert care.due_touches(session, staff["c2"], now=day1) == []
    assert len(care.due_touches(session, staff["mgr"], now=day1)) == 1
    # Two days on, all three (oldest first), until one is done.
    later = local(2026, 11, 23, 20)
    assert [d.seq for d in care.due_touches(session, staff["c1"], now=later)] == [1, 2, 3]
    care.complete_touch(session, staff["c1"], due[0].id, now=later)
    assert [d.seq for d in care.due_touches(session, staff["c1"], now=later)] == [2, 3]
    # The customer asks not to be disturbed: nothing more to send.
    mine.do_not_disturb = True
    session.flush()
    assert care.due_touches(session, staff["c1"], now=later) == []
    with pytest.raises(PermissionDenied):
        care.due_touches(session, staff["sec"], now=later)
    assert care.due_touches(session, Actor(None, "x", "x", frozenset({Role.CONSULTANT}))) == []
