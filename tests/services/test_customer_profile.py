"""The customer page's services: detail with masking and the view audit, correcting the profile,
relatives, phone change and merge keeping history, deletion on request, the printed record."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import CustomerForm
from anjia_desk.core.deals import Nature, PaymentMethod
from anjia_desk.core.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.models import (
    AuditEntry,
    Customer,
    CustomerMerge,
    CustomerRelative,
    Deal,
    FollowUp,
    GradeChange,
    OwnershipChange,
    PhoneChange,
    QueueTicket,
    Receipt,
    ReferralPoint,
    RiskMark,
    RiskWarning,
    Visit,
)
from anjia_desk.services import customer_profile as profile
from anjia_desk.services import customer_state as state
from anjia_desk.services import deals, payments, tickets
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_detail import CustomerDetail, customer_detail
from anjia_desk.services.customer_merge import merge_customers
from anjia_desk.services.customer_state import CustomerRef
from anjia_desk.services.deal_views import SubscribeRequest
from anjia_desk.services.papers.customer_record import print_customer_record
from tests.deal_fixtures import make_building, make_project
from tests.helpers import add_actor
from tests.services.test_deals import id_number

NOW = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


@pytest.fixture
def wang(session: Session, system: Actor) -> Actor:
    return add_actor(session, "wangfang", "王芳", Role.CONSULTANT, password="pass-123")


@pytest.fixture
def li(session: Session, system: Actor) -> Actor:
    return add_actor(session, "lilei", "李雷", Role.CONSULTANT, password="pass-123")


@pytest.fixture
def boss(session: Session, system: Actor) -> Actor:
    return add_actor(session, "zhaomin", "赵敏", Role.SITE_MANAGER, password="pass-123")


def make_customer(
    session: Session,
    actor: Actor,
    name: str,
    phone: str,
    owner: Actor | None,
    *,
    visited: datetime = NOW - timedelta(days=2),
) -> Customer:
    rule = state.rules(session)
    customer = Customer(channel="自然到访", grade="B", consent_at=visited, created_by_id=None)
    state.set_name(customer, name)
    state.set_phone(customer, parse_phone(phone))
    session.add(customer)
    session.flush()
    today = rule.local_date(visited)
    state.set_owner(
        session,
        actor,
        customer,
        owner.user_id if owner else None,
        kind="register",
        today=today,
        rule=rule,
    )
    session.add(
        Visit(
            customer_id=customer.id,
            visited_at=visited,
            kind="first",
            channel="自然到访",
            consultant_id=owner.user_id if owner else None,
        )
    )
    state.record_contact(customer, at=visited, kind="visit", rule=rule)
    session.flush()
    return customer


def audits(session: Session, action: str) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == action, AuditEntry.entity == "customers")
            .order_by(AuditEntry.id)
        )
    )


def form_of(detail: CustomerDetail, **changes: object) -> CustomerForm:
    return replace(detail.form, **changes)  # type: ignore[arg-type]


# --- the page


def test_detail_for_the_owner_shows_everything_and_is_audited_each_time(
    session: Session, system: Actor, wang: Actor
) -> None:
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    session.add(
        CustomerRelative(
            customer_id=customer.id,
            relation="spouse",
            name="刘丽",
            phone="13900001111",
            phone_key="13900001111",
        )
    )
    referred = make_customer(session, system, "陈晨", "13700002222", wang)
    referred.referrer_id = customer.id
    session.flush()

    detail = customer_detail(session, wang, customer.id, now=NOW)
    assert detail.name == "张伟" and detail.display_name == "张伟"
    assert detail.shown_phone == "13812345678" and not detail.phone_masked
    assert detail.form.phone == "13812345678" and detail.form.channel == "自然到访"
    assert detail.owner_name == "王芳" and detail.can_edit and not detail.anonymised
    assert detail.protected_until == date(2026, 4, 2) and not detail.in_pool
    assert detail.grade == "B" and detail.next_due == date(2026, 3, 10)
    assert detail.due_state == "later"
    assert [(r.relation_label, r.name, r.shown_phone) for r in detail.relatives] == [
        ("配偶", "刘丽", "13900001111")
    ]
    assert [r.name for r in detail.referrals] == ["陈晨"]
    assert [(v.kind_label, v.consultant_name) for v in detail.visits] == [("首访", "王芳")]
    assert [(o.kind_label, o.to_name) for o in detail.ownership_history] == [("登记", "王芳")]
    assert detail.visit_count == 1 and detail.consent_at is not None

    again = customer_detail(session, wang, referred.id, now=NOW)
    assert again.referrer == CustomerRef(customer.id, "张伟")
    views = audits(session, "view")
    assert [(a.entity_id, a.actor) for a in views] == [(customer.id, "王芳"), (referred.id, "王芳")]
    assert "13812345678" not in views[0].summary


def test_detail_masks_phones_for_another_consultant_and_shows_overdue(
    session: Session, system: Actor, wang: Actor, li: Actor, boss: Actor
) -> None:
    customer = make_customer(
        session, system, "张伟", "13812345678", wang, visited=NOW - timedelta(days=40)
    )
    session.add(
        CustomerRelative(customer_id=customer.id, relation="parent", name="", phone="13900001111")
    )
    session.flush()
    seen = customer_detail(session, li, customer.id, now=NOW)
    assert seen.shown_phone == "138****5678" and seen.phone_masked
    assert seen.form.phone == "138****5678"
    assert seen.relatives[0].shown_phone == "139****1111"
    assert not seen.can_edit
    assert seen.in_pool  # protection lapsed after 30 days
    assert seen.due_state == "overdue"
    managed = customer_detail(session, boss, customer.id, now=NOW)
    assert managed.shown_phone == "13812345678" and managed.can_edit


def test_detail_refused_without_view_right_and_for_unknown_ids(
    session: Session, system: Actor, wang: Actor
) -> None:
    cashier = add_actor(session, "chuna", "出纳甲", Role.CASHIER)
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    with pytest.raises(PermissionDenied):
        customer_detail(session, cashier, customer.id, now=NOW)
    with pytest.raises(NotFound):
        customer_detail(session, wang, 9999, now=NOW)
    assert audits(session, "view") == []


# --- correcting the profile


def test_update_saves_every_field_and_refreshes_initials(
    session: Session, system: Actor, wang: Actor
) -> None:
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    detail = customer_detail(session, wang, customer.id, now=NOW)
    form = form_of(
        detail,
        name="曾小贤",
        gender="男",
        age_band="25-34岁",
        family_structure="三口之家",
        budget="200-300",
        area="90～120㎡",
        layout="三房两厅",
        floor_preference="中层",
        purpose="自住",
        buyer_type="改善",
        focus=("交通", "教育配套"),
        channel="老带新",
        awareness="朋友介绍",
        birthday=date(1990, 5, 1),
        notes="周末看房",
        marketing_opt_in=True,
    )
    profile.update_customer(session, wang, customer.id, form, version=detail.version, now=NOW)
    session.refresh(customer)
    assert customer.name == "曾小贤" and customer.name_initials == "zxx"
    assert (customer.budget_min, customer.budget_max) == (200, 300)
    assert (customer.area_min, customer.area_max) == (90, 120)
    assert customer.focus == "交通、教育配套" and customer.birthday_md == "05-01"
    assert customer.marketing_opt_in and customer.phone == "13812345678"
    assert customer.version == detail.version + 1
    after = customer_detail(session, wang, customer.id, now=NOW)
    assert after.form.budget == "200-300" and after.form.focus == ("交通", "教育配套")


def test_update_refuses_stale_versions_bad_fields_and_a_new_phone(
    session: Session, system: Actor, wang: Actor
) -> None:
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    detail = customer_detail(session, wang, customer.id, now=NOW)
    with pytest.raises(ConflictError):
        profile.update_customer(
            session, wang, customer.id, detail.form, version=detail.version - 1, now=NOW
        )
    with pytest.raises(ValidationError) as caught:
        profile.update_customer(
            session,
            wang,
            customer.id,
            form_of(detail, phone="13900009999", channel="路边", budget="300-200"),
            version=detail.version,
            now=NOW,
        )
    assert set(caught.value.fields) == {"phone", "channel", "budget"}
    assert "更换手机号" in caught.value.fields["phone"]
    with pytest.raises(ValidationError) as caught:
        profile.update_customer(
            session, wang, customer.id, form_of(detail, phone="12"), version=detail.version
        )
    assert set(caught.value.fields) == {"phone"}
    # Blank or the same number written differently is fine.
    profile.update_customer(
        session, wang, customer.id, form_of(detail, phone="138-1234-5678"), version=detail.version
    )
    profile.update_customer(
        session, wang, customer.id, form_of(detail, phone=""), version=customer.version
    )


def test_a_channel_the_settings_dropped_stays_valid_on_its_record(
    session: Session, system: Actor, wang: Actor
) -> None:
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    customer.channel = "旧渠道"
    session.flush()
    detail = customer_detail(session, wang, customer.id, now=NOW)
    profile.update_customer(
        session, wang, customer.id, form_of(detail, notes="x"), version=detail.version, now=NOW
    )
    assert customer.channel == "旧渠道"


def test_only_the_owner_or_the_manager_edits(
    session: Session, system: Actor, wang: Actor, li: Actor, boss: Actor
) -> None:
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    detail = customer_detail(session, boss, customer.id, now=NOW)
    with pytest.raises(PermissionDenied):
        profile.update_customer(session, li, customer.id, detail.form, version=detail.version)
    with pytest.raises(PermissionDenied):
        profile.set_care_flags(
            session,
            li,
            customer.id,
            marketing_opt_in=True,
            do_not_disturb=False,
            version=detail.version,
        )
    profile.update_customer(
        session, boss, customer.id, form_of(detail, name="张大伟"), version=detail.version
    )
    assert customer.name == "张大伟"


def test_care_flags(session: Session, system: Actor, wang: Actor) -> None:
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    profile.set_care_flags(
        session,
        wang,
        customer.id,
        marketing_opt_in=True,
        do_not_disturb=True,
        version=customer.version,
    )
    assert customer.marketing_opt_in and customer.do_not_disturb
    with pytest.raises(ConflictError):
        profile.set_care_flags(
            session, wang, customer.id, marketing_opt_in=False, do_not_disturb=False, version=1
        )


# --- relatives


def test_relatives_are_added_checked_and_removed(
    session: Session, system: Actor, wang: Actor, li: Actor
) -> None:
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    rid = profile.add_relative(
        session, wang, customer.id, relation="spouse", name=" 刘  丽 ", phone="139 0000 1111"
    )
    relative = session.get(CustomerRelative, rid)
    assert relative is not None
    assert (relative.name, relative.phone, relative.phone_key) == (
        "刘 丽",
        "13900001111",
        "13900001111",
    )
    no_phone = profile.add_relative(
        session, wang, customer.id, relation="parent", name="张\u202e父\u200b", phone=""
    )
    assert session.get(CustomerRelative, no_phone).phone is None  # type: ignore[union-attr]
    assert session.get(CustomerRelative, no_phone).name == "张父"  # type: ignore[union-attr]
    masked = profile.add_relative(
        session, wang, customer.id, relation="child", name="", phone="137****2222"
    )
    assert session.get(CustomerRelative, masked).phone_key is None  # type: ignore[union-attr]

    cases = [
        (dict(relation="cousin", name="某", phone=""), {"relation"}),
        (dict(relation="other", name="", phone=""), {"name"}),
        (dict(relation="other", name="长" * 41, phone="abc"), {"name", "phone"}),
        (dict(relation="other", name="", phone="13812345678"), {"phone"}),
        (dict(relation="other", name="", phone="13900001111"), {"phone"}),
    ]
    for kwargs, fields in cases:
        with pytest.raises(ValidationError) as caught:
            profile.add_relative(session, wang, customer.id, **kwargs)  # type: ignore[arg-type]
        assert set(caught.value.fields) == fields, kwargs
    with pytest.raises(PermissionDenied):
        profile.add_relative(session, li, customer.id, relation="other", name="某", phone="")
    with pytest.raises(PermissionDenied):
        profile.remove_relative(session, li, rid)
    profile.remove_relative(session, wang, rid)
    assert session.get(CustomerRelative, rid) is None
    with pytest.raises(NotFound):
        profile.remove_relative(session, wang, rid)


# --- the phone


def test_phone_change_keeps_the_old_number_in_history(
    session: Session, system: Actor, wang: Actor, li: Actor
) -> None:
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    profile.change_phone(session, wang, customer.id, "+86 139-0000-3333", reason="换了新号")
    assert (customer.phone, customer.phone_key) == ("13900003333", "13900003333")
    history = list(session.scalars(select(PhoneChange)))
    assert [(h.old_phone, h.new_phone, h.reason, h.user_id) for h in history] == [
        ("13812345678", "13900003333", "换了新号", wang.user_id)
    ]
    owner_view = customer_detail(session, wang, customer.id, now=NOW)
    assert [(p.old_phone, p.new_phone, p.by_name) for p in owner_view.phone_history] == [
        ("13812345678", "13900003333", "王芳")
    ]
    other_view = customer_detail(session, li, customer.id, now=NOW)
    assert [(p.old_phone, p.new_phone) for p in other_view.phone_history] == [
        ("138****5678", "139****3333")
    ]
    # The old number is free again: a new customer may have it.
    make_customer(session, system, "新人", "13812345678", li)


def test_phone_change_refusals(session: Session, system: Actor, wang: Actor, li: Actor) -> None:
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    make_customer(session, system, "李娜", "13900004444", li)
    pool = make_customer(session, system, "孙悦", "13900005555", None)
    with pytest.raises(ValidationError) as caught:
        profile.change_phone(session, wang, customer.id, "13900004444", reason="")
    assert set(caught.value.fields) == {"phone", "reason"}
    message = caught.value.fields["phone"]
    assert "李娜" in message and "李雷" in message and "合并客户" in message
    with pytest.raises(ValidationError) as caught:
        profile.change_phone(session, wang, customer.id, "13900005555", reason="x")
    assert "公客池" in caught.value.fields["phone"] and str(pool.id) in caught.value.fields["phone"]
    for bad in ("13812345678", "12345", "138****5678"):
        with pytest.raises(ValidationError) as caught:
            profile.change_phone(session, wang, customer.id, bad, reason="x")
        assert set(caught.value.fields) == {"phone"}
    with pytest.raises(PermissionDenied):
        profile.change_phone(session, li, customer.id, "13900006666", reason="x")
    assert session.scalar(select(func.count(PhoneChange.id))) == 0


def test_a_real_number_is_never_changed_to_a_masked_one(
    session: Session, system: Actor, wang: Actor
) -> None:
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    with pytest.raises(ValidationError) as caught:
        profile.change_phone(session, wang, customer.id, "138****5678", reason="渠道报的号")
    assert set(caught.value.fields) == {"phone"}
    assert "打码号码" in caught.value.fields["phone"]
    assert (customer.phone, customer.phone_key) == ("13812345678", "13812345678")
    assert session.scalar(select(func.count(PhoneChange.id))) == 0
    # A channel's masked record gets its real number: that is allowed, and kept in the history.
    masked = make_customer(session, system, "李娜", "137****0000", wang)
    profile.change_phone(session, wang, masked.id, "13712340000", reason="客户到访留了真实号码")
    assert (masked.phone, masked.phone_key, masked.phone_kind) == (
        "13712340000",
        "13712340000",
        "mobile",
    )


# --- merge


def test_merge_moves_everything_and_keeps_history(
    session: Session, system: Actor, wang: Actor, li: Actor, boss: Actor
) -> None:
    keep = make_customer(
        session, system, "张伟", "13812345678", wang, visited=NOW - timedelta(days=10)
    )
    merge = make_customer(
        session, system, "张伟", "13900007777", li, visited=NOW - timedelta(days=20)
    )
    merge.gender = "男"
    merge.notes = "喜欢高层"
    rule = state.rules(session)
    session.add(Visit(customer_id=merge.id, visited_at=NOW - timedelta(days=3), kind="return"))
    state.record_contact(merge, at=NOW - timedelta(days=3), kind="visit", rule=rule)
    session.add_all(
        [
            FollowUp(
                customer_id=merge.id, at=NOW - timedelta(days=1), channel="电话", content="聊"
            ),
            GradeChange(customer_id=merge.id, from_grade="C", to_grade="B", reason="有预算"),
            CustomerRelative(customer_id=merge.id, relation="spouse", name="刘丽"),
            RiskMark(customer_id=merge.id, day=date(2026, 3, 4), dimension="funding", level="high"),
            RiskMark(customer_id=merge.id, day=date(2026, 3, 3), dimension="focus", level="low"),
            RiskMark(customer_id=keep.id, day=date(2026, 3, 4), dimension="funding", level="low"),
        ]
    )
    friend = make_customer(session, system, "陈晨", "13700002222", li)
    friend.referrer_id = merge.id
    session.flush()
    state.award_referral_points(
        session, system, referrer_id=merge.id, referred_id=friend.id, points=100, kind="visit"
    )
    session.flush()
    merge_id = merge.id

    merge_customers(
        session, boss, keep_id=keep.id, merge_id=merge_id, reason="同一人两个号码", now=NOW
    )

    assert session.get(Customer, merge_id) is None
    assert session.scalar(select(func.count(Visit.id)).where(Visit.customer_id == keep.id)) == 3
    assert session.scalar(select(FollowUp.customer_id)) == keep.id
    assert session.scalar(select(GradeChange.customer_id)) == keep.id
    assert session.scalar(select(CustomerRelative.customer_id)) == keep.id
    marks = session.execute(
        select(RiskMark.day, RiskMark.level).where(RiskMark.customer_id == keep.id)
    ).all()
    assert sorted(marks) == [(date(2026, 3, 3), "low"), (date(2026, 3, 4), "low")]
    assert keep.risk_index == 100
    owners = session.scalars(
        select(OwnershipChange.to_user_id).where(OwnershipChange.customer_id == keep.id)
    ).all()
    assert sorted(owners) == sorted([wang.user_id, li.user_id])  # both histories kept
    assert keep.owner_id == wang.user_id  # the kept record's owner stays
    point = session.scalar(select(ReferralPoint))
    assert point is not None and point.referrer_id == keep.id
    assert friend.referrer_id == keep.id
    assert keep.visit_count == 3
    assert keep.first_visit_at == NOW - timedelta(days=20)
    assert keep.last_contact_at == NOW - timedelta(days=3)
    assert keep.next_follow_up_on == date(2026, 3, 9)  # B: 7 days after the last contact
    assert keep.gender == "男" and keep.notes == "喜欢高层"
    assert keep.phone == "13812345678"
    phones = session.execute(
        select(PhoneChange.old_phone, PhoneChange.new_phone, PhoneChange.reason)
    ).all()
    assert phones == [("13900007777", "13812345678", f"合并客户 {merge_id}：同一人两个号码")]
    record = session.scalar(select(CustomerMerge))
    assert record is not None and record.kept_id == keep.id and record.merged_id == merge_id
    snapshot = json.loads(record.snapshot)
    assert snapshot["phone"] == "13900007777" and snapshot["owner_id"] == li.user_id
    entry = [a for a in audits(session, "update") if a.reason == "同一人两个号码"]
    assert entry and entry[0].entity_id == keep.id
    # The merged number is free: 判客 now finds the kept record through history only.
    make_customer(session, system, "新号主", "13900007777", li)


def test_merge_gives_a_masked_record_the_real_number_and_an_owner(
    session: Session, system: Actor, wang: Actor, boss: Actor
) -> None:
    keep = make_customer(session, system, "", "138****5678", None)
    merge = make_customer(session, system, "张伟", "13812345678", wang)
    merge.referrer_id = keep.id
    session.flush()
    merge_customers(session, boss, keep_id=keep.id, merge_id=merge.id, reason="渠道隐号", now=NOW)
    assert (keep.phone, keep.phone_key, keep.phone_kind) == ("13812345678", "13812345678", "mobile")
    assert keep.name == "张伟" and keep.name_initials == "zw"
    assert keep.referrer_id is None
    assert keep.owner_id == wang.user_id
    kinds = session.scalars(
        select(OwnershipChange.kind).where(OwnershipChange.customer_id == keep.id)
    ).all()
    assert "merge" in kinds
    change = session.execute(select(PhoneChange.old_phone, PhoneChange.new_phone)).one()
    assert tuple(change) == ("138****5678", "13812345678")


def test_merge_refusals(session: Session, system: Actor, wang: Actor, boss: Actor) -> None:
    a = make_customer(session, system, "甲", "13812345678", wang)
    b = make_customer(session, system, "乙", "13900001111", wang)
    with pytest.raises(PermissionDenied):
        merge_customers(session, wang, keep_id=a.id, merge_id=b.id, reason="x")
    with pytest.raises(ValidationError) as caught:
        merge_customers(session, boss, keep_id=a.id, merge_id=a.id, reason=" ")
    assert set(caught.value.fields) == {"merge_id", "reason"}
    with pytest.raises(NotFound):
        merge_customers(session, boss, keep_id=a.id, merge_id=999, reason="x")
    profile.erase_personal_data(session, boss, b.id, reason="本人要求", now=NOW)
    with pytest.raises(UserError):
        merge_customers(session, boss, keep_id=a.id, merge_id=b.id, reason="x")


# --- deletion on request


def test_erase_personal_data_scrubs_and_audits_with_the_reason(
    session: Session, system: Actor, wang: Actor, boss: Actor
) -> None:
    customer = make_customer(session, system, "张伟", "13812345678", wang)
    session.add(CustomerRelative(customer_id=customer.id, relation="spouse", name="刘丽"))
    session.flush()
    with pytest.raises(PermissionDenied):
        profile.erase_personal_data(session, wang, customer.id, reason="x")
    with pytest.raises(ValidationError):
        profile.erase_personal_data(session, boss, customer.id, reason="  ")
    profile.erase_personal_data(session, boss, customer.id, reason="客户来电要求删除", now=NOW)
    assert customer.phone is None and customer.name == state.ANONYMISED_NAME
    assert customer.anonymised_at == NOW and customer.channel == "自然到访"
    assert session.scalar(select(func.count(CustomerRelative.id))) == 0
    entry = audits(session, "delete")[-1]
    assert entry.reason == "客户来电要求删除" and entry.entity_id == customer.id
    detail = customer_detail(session, boss, customer.id, now=NOW)
    assert detail.anonymised and not detail.can_edit and detail.shown_phone == ""
    with pytest.raises(UserError):
        profile.erase_personal_data(session, boss, customer.id, reason="again")
    with pytest.raises(UserError):
        profile.update_customer(session, boss, customer.id, detail.form, version=detail.version)


# --- the printed record


def test_print_record_unmasked_and_audited(
    session: Session, system: Actor, wang: Actor, boss: Actor, tmp_path: Path
) -> None:
    from tests.pdf.pdfcheck import read_pdf

    customer = make_customer(session, system, "张伟", "13812345678", wang)
    session.add_all(
        [
            CustomerRelative(
                customer_id=customer.id, relation="spouse", name="刘丽", phone="13900001111"
            ),
            FollowUp(
                customer_id=customer.id,
                user_id=wang.user_id,
                at=NOW - timedelta(days=1),
                channel="微信",
                content="发了户型图",
                result="周末再来",
                next_on=date(2026, 3, 8),
            ),
            GradeChange(customer_id=customer.id, from_grade="C", to_grade="B", reason="有预算"),
            RiskMark(
                customer_id=customer.id, day=date(2026, 3, 4), dimension="funding", level="high"
            ),
        ]
    )
    friend = make_customer(session, system, "陈晨", "13700002222", wang)
    state.award_referral_points(
        session, system, referrer_id=customer.id, referred_id=friend.id, points=50, kind="visit"
    )
    session.flush()
    with pytest.raises(PermissionDenied):
        print_customer_record(session, wang, customer.id, tmp_path / "x.pdf")
    out = print_customer_record(session, boss, customer.id, tmp_path / "record.pdf", now=NOW)
    text = read_pdf(out).text.replace("\n", "")
    for phrase in (
        "张伟",
        "13812345678",
        "刘丽",
        "13900001111",
        "发了户型图",
        "有预算",
        "陈晨",
        "当前积分余额：50 分",
        "王芳",
        "打印时间：2026-03-05 10:00",
    ):
        assert phrase in text, phrase
    assert "资金" not in text  # risk notes stay in the office
    entry = audits(session, "print")[-1]
    assert (entry.entity_id, entry.actor) == (customer.id, "赵敏")
    profile.erase_personal_data(session, boss, customer.id, reason="本人要求", now=NOW)
    with pytest.raises(UserError):
        print_customer_record(session, boss, customer.id, tmp_path / "y.pdf")


def test_merging_two_warnings_of_one_streak_keeps_one(
    session: Session, system: Actor, wang: Actor, li: Actor, boss: Actor
) -> None:
    """Each record had its own level-2 warning for the same high-risk days: after the merge the
    joined marks make one streak, and one streak has exactly one warning (DOMAIN §4)."""
    keep = make_customer(session, system, "张伟", "13812345678", wang)
    merge = make_customer(session, system, "张伟", "13900007777", li)
    for customer, dimensions in ((keep, ("funding", "focus")), (merge, ("companions", "focus"))):
        for day in (date(2026, 3, 3), date(2026, 3, 4)):
            for dimension in dimensions:
                session.add(
                    RiskMark(customer_id=customer.id, day=day, dimension=dimension, level="high")
                )
        session.add(
            RiskWarning(
                customer_id=customer.id, start_day=date(2026, 3, 3), end_day=date(2026, 3, 4)
            )
        )
    session.flush()

    merge_customers(session, boss, keep_id=keep.id, merge_id=merge.id, reason="同一人", now=NOW)

    warnings = session.scalars(select(RiskWarning).where(RiskWarning.customer_id == keep.id)).all()
    assert [(w.start_day, w.end_day) for w in warnings] == [(date(2026, 3, 3), date(2026, 3, 4))]
    assert keep.risk_index == 0  # every mark high


def test_merge_moves_tickets_deals_and_money(session: Session, system: Actor, boss: Actor) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    keep = make_customer(session, system, "张伟", "13812345678", None)
    dupe = make_customer(session, system, "张伟", "13900001111", None)
    later = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
    ticket_id = tickets.issue_ticket(
        session, system, project_id=project.id, customer_id=dupe.id, amount=Decimal(20000),
        now=later,
    )  # fmt: skip
    deal_id = deals.subscribe(
        session, system,
        SubscribeRequest(
            unit_id=unit.id, customer_id=dupe.id, buyer_name="张伟", buyer_id_number=id_number(),
            payment_method=PaymentMethod.FULL, deposit=Decimal(50000),
        ),
        now=later,
    )  # fmt: skip
    payments.record_payment(
        session, system, amount=Decimal(50000), nature=Nature.DEPOSIT, payer="张伟",
        method="转账", deal_id=deal_id, now=later,
    )  # fmt: skip

    merge_customers(session, boss, keep_id=keep.id, merge_id=dupe.id, reason="同一人两条记录")

    assert session.get(Customer, dupe.id) is None
    assert session.get(QueueTicket, ticket_id).customer_id == keep.id  # type: ignore[union-attr]
    assert session.get(Deal, deal_id).customer_id == keep.id  # type: ignore[union-attr]
    owners = session.scalars(select(Receipt.customer_id).where(Receipt.deal_id == deal_id))
    assert set(owners) == {keep.id}
