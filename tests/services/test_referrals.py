"""老带新: the points ledger (earn, redeem never beyond the balance, thank), linking a referrer,
and a referred person who declines."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry, Customer, ReferralPoint
from anjia_desk.services import customer_state as cs
from anjia_desk.services import referrals
from anjia_desk.services.context import Actor
from tests.helpers import add_actor
from tests.services.test_followups import NOW, make_customer


@pytest.fixture
def wang(session: Session) -> Actor:
    return add_actor(session, "wang", "王芳", Role.CONSULTANT)


@pytest.fixture
def secretary(session: Session) -> Actor:
    return add_actor(session, "mi", "孙秘书", Role.SALES_SECRETARY)


@pytest.fixture
def referrer(session: Session, wang: Actor) -> Customer:
    return make_customer(session, wang, name="老客户", phone="13800000001")


def earn(session: Session, referrer: Customer, referred: Customer | None, points: int) -> int:
    entry = cs.award_referral_points(
        session,
        Actor.system(),
        referrer_id=referrer.id,
        referred_id=referred.id if referred else None,
        points=points,
        kind="visit",
    )
    session.flush()
    return entry.id


def test_earn_redeem_and_the_balance(session, wang, secretary, referrer) -> None:
    friend = make_customer(session, wang, name="新朋友", phone="13800000002")
    friend.referrer_id = referrer.id
    earn(session, referrer, friend, 100)
    earn(session, referrer, friend, 50)
    assert referrals.balance_of(session, referrer.id) == 150

    line = referrals.redeem_points(
        session, secretary, referrer.id, points=120, note="物业费抵用券 120 元", now=NOW
    )
    assert referrals.balance_of(session, referrer.id) == 30
    entry = session.get(ReferralPoint, line)
    assert entry is not None and (entry.points, entry.kind) == (-120, "redeem")
    assert entry.user_id == secretary.user_id and entry.created_at == NOW

    summary = referrals.referral_summary(session, wang, referrer.id)
    assert summary.balance == 30
    assert [(r.kind_label, r.points) for r in summary.ledger] == [
        ("兑换", -120),
        ("推荐到访", 50),
        ("推荐到访", 100),
    ]
    assert summary.ledger[1].referred_name == "新朋友"
    assert summary.ledger[0].referred_name == "" and summary.ledger[0].user_name == "孙秘书"
    assert summary.ledger[1].user_name == "系统"
    assert [r.name for r in summary.referred] == ["新朋友"]
    assert summary.referred[0].first_visit == NOW.date()
    assert summary.referrer is None
    assert summary.can_edit and not summary.can_redeem
    assert referrals.referral_summary(session, wang, friend.id).referrer == referrals.CustomerRef(
        referrer.id, "老客户"
    )


def test_redeem_never_beyond_the_balance(session, secretary, referrer) -> None:
    earn(session, referrer, None, 100)
    with pytest.raises(ValidationError) as caught:
        referrals.redeem_points(session, secretary, referrer.id, points=101, note="券")
    assert caught.value.fields == {"points": "积分不足：当前余额 100，不能兑换 101"}
    referrals.redeem_points(session, secretary, referrer.id, points=100, note="券")
    with pytest.raises(ValidationError, match="积分不足"):
        referrals.redeem_points(session, secretary, referrer.id, points=1, note="券")
    assert referrals.balance_of(session, referrer.id) == 0


def test_redeem_form_errors_and_permission(session, wang, secretary, referrer) -> None:
    earn(session, referrer, None, 100)
    with pytest.raises(ValidationError) as caught:
        referrals.redeem_points(session, secretary, referrer.id, points=0, note="  ")
    assert set(caught.value.fields) == {"points", "note"}
    with pytest.raises(ValidationError, match="最多"):
        referrals.redeem_points(session, secretary, referrer.id, points=10, note="字" * 201)
    with pytest.raises(PermissionDenied, match="兑换老带新积分"):
        referrals.redeem_points(session, wang, referrer.id, points=10, note="券")


def test_thanking_for_earned_points(session, wang, secretary, referrer) -> None:
    line = earn(session, referrer, None, 100)
    summary = referrals.referral_summary(session, wang, referrer.id)
    assert summary.ledger[0].to_thank
    referrals.mark_thanked(session, wang, line, now=NOW)
    entry = session.get(ReferralPoint, line)
    assert entry is not None and entry.thanked_at == NOW
    assert not referrals.referral_summary(session, wang, referrer.id).ledger[0].to_thank
    with pytest.raises(UserError, match="已经致谢"):
        referrals.mark_thanked(session, wang, line, now=NOW)
    redeem = referrals.redeem_points(session, secretary, referrer.id, points=10, note="券")
    with pytest.raises(UserError, match="推荐所得"):
        referrals.mark_thanked(session, wang, redeem)
    with pytest.raises(UserError, match="不存在"):
        referrals.mark_thanked(session, wang, 9999)
    li = add_actor(session, "li", "李强", Role.CONSULTANT)
    other = earn(session, referrer, None, 5)
    with pytest.raises(PermissionDenied):
        referrals.mark_thanked(session, li, other)


def test_link_a_referrer_by_phone_awards_the_visit_points_once(session, wang, referrer) -> None:
    friend = make_customer(session, wang, name="新朋友", phone="13800000002")
    got = referrals.link_referrer(session, wang, friend.id, referrer_phone="138 0000 0001")
    assert got == referrer.id and friend.referrer_id == referrer.id
    assert referrals.balance_of(session, referrer.id) == 100  # the friend already visited
    # Linking again to the same referrer changes nothing.
    assert referrals.link_referrer(session, wang, friend.id, referrer_phone="13800000001")
    assert referrals.balance_of(session, referrer.id) == 100
    third = make_customer(session, wang, name="第三人", phone="13800000003")
    with pytest.raises(UserError, match="已有推荐人"):
        referrals.link_referrer(session, wang, friend.id, referrer_phone="13800000003")
    assert third.referrer_id is None


def test_link_a_referrer_before_any_visit_earns_nothing_yet(session, wang, referrer) -> None:
    friend = make_customer(session, wang, name="新朋友", phone="13800000002")
    friend.visit_count = 0
    referrals.link_referrer(session, wang, friend.id, referrer_phone="13800000001")
    assert referrals.balance_of(session, referrer.id) == 0


def test_link_referrer_refusals(session, wang, referrer) -> None:
    friend = make_customer(session, wang, name="新朋友", phone="13800000002")

    def refused(phone: str) -> str:
        with pytest.raises(ValidationError) as caught:
            referrals.link_referrer(session, wang, friend.id, referrer_phone=phone)
        return caught.value.fields["referrer_phone"]

    assert "11 位" in refused("1380000")
    assert "完整手机号" in refused("138****0001")
    assert "没有这个手机号" in refused("13999999999")
    assert "不能推荐自己" in refused("13800000002")
    referrer.referrer_id = friend.id
    assert "互为推荐人" in refused("13800000001")
    li = add_actor(session, "li", "李强", Role.CONSULTANT)
    with pytest.raises(PermissionDenied):
        referrals.link_referrer(session, li, friend.id, referrer_phone="13800000001")
    cs.scrub_personal_data(session, friend, now=NOW)
    with pytest.raises(UserError, match="匿名化"):
        referrals.link_referrer(session, wang, friend.id, referrer_phone="13800000001")


def test_a_referred_person_who_declines_is_removed(session, wang, referrer) -> None:
    friend = make_customer(session, wang, name="新朋友", phone="13800000002")
    with pytest.raises(UserError, match="不是老带新"):
        referrals.decline_referral(session, wang, friend.id)
    friend.referrer_id = referrer.id
    referrals.decline_referral(session, wang, friend.id, now=NOW + timedelta(hours=1))
    assert friend.phone is None and friend.phone_key is None
    assert friend.name == cs.ANONYMISED_NAME
    assert friend.anonymised_at == NOW + timedelta(hours=1)
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).one()
    assert entry.entity_id == friend.id and entry.reason == "被推荐人在首次联系时拒绝"
    with pytest.raises(UserError, match="已删除"):
        referrals.decline_referral(session, wang, friend.id)
    summary = referrals.referral_summary(session, wang, friend.id)
    assert not summary.can_edit


def test_others_see_but_cannot_edit(session, wang, referrer) -> None:
    desk = add_actor(session, "desk", "前台", Role.FRONT_DESK)
    summary = referrals.referral_summary(session, desk, referrer.id)
    assert not summary.can_edit and not summary.can_redeem
    cashier = add_actor(session, "cash", "出纳", Role.CASHIER)
    with pytest.raises(PermissionDenied):
        referrals.referral_summary(session, cashier, referrer.id)
