"""来访登记 and 判客: known phones, relatives, masked and virtual numbers, the pool, referrals, and
never a duplicate customer."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import Relation, VisitForm, VisitKind
from anjia_desk.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import (
    Customer,
    CustomerRelative,
    OwnershipChange,
    PhoneChange,
    ReferralPoint,
    RotationTurn,
    User,
    Visit,
)
from anjia_desk.services import customer_state as cs
from anjia_desk.services import reception, rotation
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_profile import change_phone
from tests.helpers import add_actor

NOW = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
TODAY = date(2026, 3, 5)


@pytest.fixture
def staff(session: Session, system: Actor) -> dict[str, Actor]:
    return {
        "desk": add_actor(session, "desk", "前台小王", Role.FRONT_DESK),
        "li": add_actor(session, "li", "李顾问", Role.CONSULTANT),
        "zhao": add_actor(session, "zhao", "赵顾问", Role.CONSULTANT),
        "boss": add_actor(session, "boss", "钱经理", Role.SITE_MANAGER),
        "cashier": add_actor(session, "cash", "孙出纳", Role.CASHIER),
    }


def form(phone: str, consultant: Actor | None = None, **kw: object) -> VisitForm:
    values: dict[str, object] = {
        "phone": phone,
        "name": "张伟",
        "channel": "自然到访",
        "awareness": "路过",
        "consent": True,
        "consultant_id": consultant.user_id if consultant else None,
    }
    values.update(kw)
    return VisitForm(**values)  # type: ignore[arg-type]


def customers(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer)) or 0


def test_new_phone_creates_a_customer_owned_by_the_consultant(session, staff):
    result = reception.register_visit(
        session,
        staff["desk"],
        form("+86 138-1234-5678", staff["li"], party_size=3, marketing_opt_in=True, note="看三房"),
        now=NOW,
    )
    assert result.created and result.kind is VisitKind.FIRST
    assert (result.consultant_id, result.consultant_name) == (staff["li"].user_id, "李顾问")
    customer = session.get(Customer, result.customer_id)
    assert customer is not None
    assert (customer.phone, customer.phone_key, customer.phone_kind) == (
        "13812345678",
        "13812345678",
        "mobile",
    )
    assert customer.name == "张伟" and customer.name_initials == "zw"
    assert customer.owner_id == staff["li"].user_id
    assert customer.protected_until == TODAY + timedelta(days=30)
    assert customer.grade == "C" and customer.channel == "自然到访" and customer.awareness == "路过"
    assert customer.consent_at == NOW and customer.marketing_opt_in
    assert customer.created_by_id == staff["desk"].user_id
    assert customer.visit_count == 1 and customer.first_visit_at == NOW
    assert customer.next_follow_up_on == TODAY + timedelta(days=30)
    visit = session.get(Visit, result.visit_id)
    assert visit is not None
    assert (visit.kind, visit.party_size, visit.note) == ("first", 3, "看三房")
    change = session.scalars(select(OwnershipChange)).one()
    assert (change.kind, change.to_user_id) == ("register", staff["li"].user_id)


def test_known_phone_is_a_return_visit_to_its_owner_never_a_duplicate(session, staff):
    first = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    later = NOW + timedelta(days=3)
    # Typed differently, marked 首访 by mistake, offered to another consultant: still the same.
    again = reception.register_visit(
        session,
        staff["desk"],
        form("138 1234 5678", staff["zhao"], kind=VisitKind.FIRST, name="张先生"),
        now=later,
    )
    assert not again.created and again.customer_id == first.customer_id
    assert again.kind is VisitKind.RETURN
    assert again.consultant_id == staff["li"].user_id
    assert customers(session) == 1
    customer = session.get(Customer, first.customer_id)
    assert customer is not None
    assert customer.name == "张伟"  # a return visit does not rename the customer
    assert customer.visit_count == 2 and customer.last_visit_at == later
    assert customer.protected_until == TODAY + timedelta(days=33)


def test_full_width_and_excel_forms_are_the_same_person(session, staff):
    reception.register_visit(session, staff["desk"], form("13812345678", staff["li"]), now=NOW)
    for typed in ("１３８１２３４５６７８", "13812345678.0", "0086 138 1234 5678"):
        result = reception.register_visit(
            session, staff["desk"], form(typed, staff["zhao"]), now=NOW
        )
        assert not result.created
    assert customers(session) == 1


def test_pool_customer_goes_to_the_consultant_who_receives_them(session, staff):
    first = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    rotation.set_duty_list(
        session, staff["boss"], [staff["zhao"].user_id], now=NOW + timedelta(days=40)
    )
    later = NOW + timedelta(days=40)  # protection (30 days) lapsed
    again = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["zhao"]), now=later
    )
    assert not again.created and again.kind is VisitKind.RETURN
    assert again.consultant_id == staff["zhao"].user_id
    customer = session.get(Customer, first.customer_id)
    assert customer is not None and customer.owner_id == staff["zhao"].user_id
    assert customer.protected_until == TODAY + timedelta(days=70)
    kinds = [c.kind for c in session.scalars(select(OwnershipChange).order_by(OwnershipChange.id))]
    assert kinds == ["register", "visit"]
    turn = session.scalars(select(RotationTurn)).one()  # a pool visit counts on the rotation
    assert (turn.user_id, turn.visit_id) == (staff["zhao"].user_id, again.visit_id)


def test_pool_customer_needs_a_consultant(session, staff):
    reception.register_visit(session, staff["desk"], form("13812345678", staff["li"]), now=NOW)
    with pytest.raises(ValidationError) as err:
        reception.register_visit(
            session, staff["desk"], form("13812345678"), now=NOW + timedelta(days=31)
        )
    assert "consultant_id" in err.value.fields


def test_a_left_owner_sends_the_visitor_to_the_chosen_consultant(session, staff):
    first = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    owner = session.get(User, staff["li"].user_id)
    assert owner is not None
    owner.is_active = False
    again = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["zhao"]), now=NOW + timedelta(days=1)
    )
    assert again.consultant_id == staff["zhao"].user_id
    customer = session.get(Customer, first.customer_id)
    assert customer is not None and customer.owner_id == staff["zhao"].user_id


def test_return_visit_records_consent_name_and_opt_in_when_missing(session, staff):
    customer = Customer(grade="C")
    cs.set_phone(customer, reception.parse_phone("13900001111"))
    session.add(customer)
    session.flush()
    cs.set_owner(
        session,
        staff["boss"],
        customer,
        staff["li"].user_id,
        kind="register",
        today=TODAY,
        rule=cs.rules(session),
    )
    reception.register_visit(
        session, staff["desk"], form("13900001111", marketing_opt_in=True, name="王芳"), now=NOW
    )
    assert customer.consent_at == NOW and customer.marketing_opt_in
    assert customer.name == "王芳"


def test_new_customer_without_consultant_or_consent_is_refused(session, staff):
    with pytest.raises(ValidationError) as err:
        reception.register_visit(session, staff["desk"], form("13812345678"), now=NOW)
    assert err.value.fields == {"consultant_id": "请选择接待顾问"}
    with pytest.raises(ValidationError) as err:
        reception.register_visit(
            session, staff["desk"], form("1381234", staff["li"], consent=False, channel=""), now=NOW
        )
    assert {"phone", "consent", "channel"} <= set(err.value.fields)
    assert customers(session) == 0


def test_consultant_must_be_an_active_consultant(session, staff):
    with pytest.raises(PermissionDenied):
        reception.register_visit(
            session, staff["desk"], form("13812345678", staff["desk"]), now=NOW
        )
    with pytest.raises(NotFound):
        reception.register_visit(
            session, staff["desk"], form("13812345678", consultant_id=99999), now=NOW
        )


def test_register_visit_needs_the_permission(session, staff):
    with pytest.raises(PermissionDenied):
        reception.register_visit(
            session, staff["cashier"], form("13812345678", staff["li"]), now=NOW
        )
    with pytest.raises(PermissionDenied):
        reception.lookup_phone(session, staff["cashier"], "13812345678", now=NOW)


# --- 判客


def test_lookup_shows_whose_customer_and_masks_for_others(session, staff):
    first = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    seen = reception.lookup_phone(session, staff["zhao"], "138 1234 5678", now=NOW)
    assert seen.error is None and seen.phone is not None and seen.phone.key == "13812345678"
    match = seen.known
    assert match is not None
    assert (match.customer_id, match.customer_name, match.relation_label) == (
        first.customer_id,
        "张伟",
        "本人",
    )
    assert (match.owner_name, match.in_pool, match.certainty, match.grade) == (
        "李顾问",
        False,
        "exact",
        "C",
    )
    assert match.shown_phone == "138****5678" and not match.via_relative
    own = reception.lookup_phone(session, staff["li"], "13812345678", now=NOW).known
    assert own is not None and own.shown_phone == "13812345678"
    later = reception.lookup_phone(
        session, staff["zhao"], "13812345678", now=NOW + timedelta(days=31)
    ).known
    assert later is not None and later.in_pool


def test_lookup_of_an_unknown_or_partial_phone(session, staff):
    empty = reception.lookup_phone(session, staff["desk"], "13812345678", now=NOW)
    assert empty.matches == [] and empty.known is None and empty.error is None
    partial = reception.lookup_phone(session, staff["desk"], "1381234", now=NOW)
    assert partial.phone is None and partial.error == "手机号应为 11 位，现在是 7 位"


def add_relative(
    session: Session, customer_id: int, phone: str, relation: Relation, name: str
) -> None:
    parsed = reception.parse_phone(phone)
    session.add(
        CustomerRelative(
            customer_id=customer_id,
            relation=relation.value,
            name=name,
            phone=parsed.text,
            phone_key=parsed.key,
        )
    )
    session.flush()


def test_a_relatives_phone_finds_the_linked_customer_and_visits_go_there(session, staff):
    first = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    add_relative(session, first.customer_id, "13900002222", Relation.SPOUSE, "李娜")
    seen = reception.lookup_phone(session, staff["desk"], "13900002222", now=NOW)
    match = seen.known
    assert match is not None and match.customer_id == first.customer_id
    assert (match.relation_label, match.relative_name, match.via_relative) == ("配偶", "李娜", True)
    visit = reception.register_visit(
        session,
        staff["desk"],
        form("13900002222", staff["zhao"], name="李娜", note="带父母"),
        now=NOW + timedelta(hours=2),
    )
    assert not visit.created and visit.customer_id == first.customer_id
    assert visit.consultant_id == staff["li"].user_id and visit.kind is VisitKind.RETURN
    row = session.get(Visit, visit.visit_id)
    assert row is not None and row.note == "亲属来访（配偶李娜，139****2222）：带父母"
    customer = session.get(Customer, first.customer_id)
    assert customer is not None and customer.name == "张伟" and customer.visit_count == 2
    assert customers(session) == 1


def test_masked_numbers_are_flagged_and_match_real_ones_as_possible(session, staff):
    real = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    masked = reception.lookup_phone(session, staff["desk"], "138****5678", now=NOW)
    assert masked.phone is not None and masked.phone.flagged
    assert masked.known is None  # not sure: no exact match
    [match] = masked.matches
    assert (match.customer_id, match.certainty) == (real.customer_id, "possible")
    assert masked.to_confirm == [match]
    # The receptionist says it is someone else: a flagged record (it identifies nobody for sure).
    made = reception.register_visit(
        session,
        staff["desk"],
        form("138****5678", staff["zhao"], name="李四", new_customer=True),
        now=NOW,
    )
    assert made.created
    customer = session.get(Customer, made.customer_id)
    assert customer is not None
    assert (customer.phone, customer.phone_key, customer.phone_kind) == (
        "138****5678",
        None,
        "masked",
    )
    # The real number now shows the masked record as a possible match too.
    both = reception.lookup_phone(session, staff["boss"], "13812345678", now=NOW)
    assert [(m.customer_id, m.certainty) for m in both.matches] == [
        (real.customer_id, "exact"),
        (made.customer_id, "possible"),
    ]
    assert both.to_confirm == []  # the exact match decides
    assert customers(session) == 2


def test_one_masked_number_from_a_channel_never_makes_two_people_one(session, staff):
    """Issue 13: 137****0000 reported for 张三, then for 李四 — two customers, each name kept."""
    zhang = reception.register_visit(
        session, staff["desk"], form("137****0000", staff["li"], name="张三"), now=NOW
    )
    assert zhang.created
    # The same masked text again is only a possible match: undecided, nothing is written.
    with pytest.raises(ValidationError) as caught:
        reception.register_visit(
            session, staff["desk"], form("137xxxx0000", staff["zhao"], name="李四"), now=NOW
        )
    message = caught.value.fields["same_customer_id"]
    assert "张三" in message and "137****0000" in message
    lookup = reception.lookup_phone(session, staff["desk"], "137****0000", now=NOW)
    assert lookup.known is None
    assert [(m.customer_id, m.customer_name, m.certainty) for m in lookup.to_confirm] == [
        (zhang.customer_id, "张三", "possible")
    ]
    # Rejected: 李四 is a new customer; 张三 keeps his name.
    li_si = reception.register_visit(
        session,
        staff["desk"],
        form("137****0000", staff["zhao"], name="李四", new_customer=True),
        now=NOW + timedelta(minutes=5),
    )
    assert li_si.created and li_si.customer_id != zhang.customer_id
    assert li_si.consultant_id == staff["zhao"].user_id
    first, second = (
        session.get(Customer, zhang.customer_id),
        session.get(Customer, li_si.customer_id),
    )
    assert first is not None and second is not None
    assert (first.name, second.name) == ("张三", "李四")
    # Confirmed: the visit is 张三's, with his consultant; a different name typed is only noted.
    again = reception.register_visit(
        session,
        staff["desk"],
        form("137****0000", staff["zhao"], name="王五", same_customer_id=zhang.customer_id),
        now=NOW + timedelta(hours=1),
    )
    assert not again.created and again.customer_id == zhang.customer_id
    assert again.kind is VisitKind.RETURN and again.consultant_id == staff["li"].user_id
    assert first.name == "张三" and first.visit_count == 2
    visit = session.get(Visit, again.visit_id)
    assert visit is not None and "前台确认是同一人" in visit.note and "王五" in visit.note
    assert customers(session) == 2


def test_the_real_number_of_a_masked_customer_is_confirmed_at_the_desk(session, staff):
    zhang = reception.register_visit(
        session, staff["desk"], form("137****0000", staff["li"], name="张三"), now=NOW
    )
    lookup = reception.lookup_phone(session, staff["desk"], "13712340000", now=NOW)
    assert [(m.customer_id, m.certainty) for m in lookup.to_confirm] == [
        (zhang.customer_id, "possible")
    ]
    with pytest.raises(ValidationError):
        reception.register_visit(
            session, staff["desk"], form("13712340000", staff["zhao"]), now=NOW
        )
    # Another customer is not what this number may be: refused, not silently taken.
    other = reception.register_visit(
        session, staff["desk"], form("13900000001", staff["zhao"]), now=NOW
    )
    with pytest.raises(ValidationError) as caught:
        reception.register_visit(
            session,
            staff["desk"],
            form("13712340000", staff["zhao"], same_customer_id=other.customer_id),
            now=NOW,
        )
    assert "不符" in caught.value.fields["same_customer_id"]
    done = reception.register_visit(
        session,
        staff["desk"],
        form("13712340000", staff["zhao"], name="", same_customer_id=zhang.customer_id),
        now=NOW,
    )
    assert done.customer_id == zhang.customer_id and done.consultant_id == staff["li"].user_id
    customer = session.get(Customer, zhang.customer_id)
    assert customer is not None
    assert (customer.phone, customer.phone_key, customer.phone_kind, customer.name) == (
        "13712340000",
        "13712340000",
        "mobile",
        "张三",
    )
    change = session.scalars(select(PhoneChange)).one()
    assert (change.old_phone, change.new_phone) == ("137****0000", "13712340000")
    # From now on the real number is simply this customer.
    known = reception.lookup_phone(session, staff["desk"], "13712340000", now=NOW).known
    assert known is not None and known.customer_id == zhang.customer_id


def test_a_former_number_finds_the_customer_as_such(session, staff):
    """Issue 13: after a change of phone, 判客 with the old number says 曾用号码 and when."""
    first = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    later = NOW + timedelta(days=3)
    change_phone(session, staff["boss"], first.customer_id, "13900003333", reason="换号", now=later)
    lookup = reception.lookup_phone(session, staff["desk"], "138 1234 5678", now=later)
    assert lookup.known is None
    [match] = lookup.to_confirm
    assert (match.customer_id, match.certainty, match.former) == (first.customer_id, "former", True)
    assert match.shown_phone == "139****3333" and match.changed_on == date(2026, 3, 8)
    # The number may have been reissued to someone else: the receptionist decides.
    with pytest.raises(ValidationError):
        reception.register_visit(
            session, staff["desk"], form("13812345678", staff["zhao"]), now=later
        )
    same = reception.register_visit(
        session,
        staff["desk"],
        form("13812345678", staff["zhao"], same_customer_id=first.customer_id),
        now=later,
    )
    assert same.customer_id == first.customer_id and same.consultant_id == staff["li"].user_id
    visit = session.get(Visit, same.visit_id)
    assert visit is not None and "曾用号码" in visit.note
    customer = session.get(Customer, first.customer_id)
    assert customer is not None and customer.phone == "13900003333"
    other = reception.register_visit(
        session,
        staff["desk"],
        form("13812345678", staff["zhao"], name="新机主", new_customer=True),
        now=later,
    )
    assert other.created and other.customer_id != first.customer_id
    # Now the number is somebody's identity: that is the match, the former one is only listed.
    now_known = reception.lookup_phone(session, staff["desk"], "13812345678", now=later)
    assert [(m.customer_id, m.certainty) for m in now_known.matches] == [
        (other.customer_id, "exact"),
        (first.customer_id, "former"),
    ]


def test_confirmed_and_new_at_once_is_refused(session, staff):
    with pytest.raises(ValidationError) as caught:
        reception.register_visit(
            session,
            staff["desk"],
            form("137****0000", staff["li"], same_customer_id=1, new_customer=True),
            now=NOW,
        )
    assert set(caught.value.fields) == {"same_customer_id"}


def test_virtual_numbers_are_flagged_and_known_by_their_text(session, staff):
    made = reception.register_visit(
        session, staff["desk"], form("13812345678转1234", staff["li"]), now=NOW
    )
    customer = session.get(Customer, made.customer_id)
    assert customer is not None and customer.phone_kind == "virtual" and customer.phone_key is None
    seen = reception.lookup_phone(session, staff["desk"], "138-1234-5678转1234", now=NOW)
    assert seen.phone is not None and seen.phone.kind.value == "virtual"
    assert seen.known is not None and seen.known.customer_id == made.customer_id
    again = reception.register_visit(
        session, staff["desk"], form("13812345678转1234", staff["zhao"]), now=NOW
    )
    assert not again.created
    other = reception.lookup_phone(session, staff["desk"], "13812345678转9999", now=NOW)
    assert other.matches == []


def test_relative_with_masked_phone_is_matched_by_text(session, staff):
    first = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    add_relative(session, first.customer_id, "137****0000", Relation.PARENT, "")
    lookup = reception.lookup_phone(session, staff["desk"], "137****0000", now=NOW)
    assert lookup.known is None  # a masked number is never sure
    [match] = lookup.to_confirm
    assert match.relation_label == "父母" and match.certainty == "possible"
    done = reception.register_visit(
        session,
        staff["desk"],
        form("137****0000", staff["zhao"], same_customer_id=first.customer_id),
        now=NOW,
    )
    assert done.customer_id == first.customer_id
    visit = session.get(Visit, done.visit_id)
    assert visit is not None and visit.note.startswith("亲属来访（父母")
    # A relative's real number that a channel's masked number fits is a possible match too.
    add_relative(session, first.customer_id, "13600001234", Relation.SPOUSE, "李娜")
    [fit] = reception.lookup_phone(session, staff["desk"], "136****1234", now=NOW).to_confirm
    assert (fit.customer_id, fit.relation_label, fit.relative_name) == (
        first.customer_id,
        "配偶",
        "李娜",
    )


def test_anonymised_customers_never_match(session, staff):
    first = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    customer = session.get(Customer, first.customer_id)
    assert customer is not None
    add_relative(session, first.customer_id, "13900002222", Relation.CHILD, "小张")
    session.add(
        CustomerRelative(
            customer_id=first.customer_id,
            relation="odd",
            name="",
            phone="13700001111",
            phone_key="13700001111",
        )
    )
    odd = reception.lookup_phone(session, staff["desk"], "13700001111", now=NOW).known
    assert odd is not None and odd.relation_label == "odd"
    cs.scrub_personal_data(session, customer, now=NOW)
    session.flush()
    assert reception.lookup_phone(session, staff["desk"], "13812345678", now=NOW).matches == []
    assert reception.lookup_phone(session, staff["desk"], "13900002222", now=NOW).matches == []
    again = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["zhao"]), now=NOW
    )
    assert again.created and again.customer_id != first.customer_id


def test_referrer_is_linked_and_earns_points_on_the_first_visit_only(session, staff):
    referrer = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    referred = reception.register_visit(
        session,
        staff["desk"],
        form(
            "13900001111",
            staff["zhao"],
            name="王芳",
            channel="老带新",
            referrer_phone="138 1234 5678",
        ),
        now=NOW,
    )
    customer = session.get(Customer, referred.customer_id)
    assert customer is not None and customer.referrer_id == referrer.customer_id
    line = session.scalars(select(ReferralPoint)).one()
    assert (line.referrer_id, line.referred_id, line.points, line.kind) == (
        referrer.customer_id,
        referred.customer_id,
        100,
        "visit",
    )
    assert line.user_id == staff["desk"].user_id
    reception.register_visit(
        session, staff["desk"], form("13900001111", referrer_phone="13812345678"), now=NOW
    )
    assert session.scalar(select(func.count()).select_from(ReferralPoint)) == 1


def test_referrer_must_be_a_known_customer_and_not_the_person(session, staff):
    with pytest.raises(ValidationError) as err:
        reception.register_visit(
            session,
            staff["desk"],
            form("13900001111", staff["li"], referrer_phone="13812345678"),
            now=NOW,
        )
    assert "referrer_phone" in err.value.fields
    with pytest.raises(ValidationError) as err:
        reception.register_visit(
            session,
            staff["desk"],
            form("13900001111", staff["li"], referrer_phone="13900001111"),
            now=NOW,
        )
    assert err.value.fields == {"referrer_phone": "推荐人不能是客户本人"}
    assert customers(session) == 0


def test_no_points_when_the_setting_is_zero(session, staff, system):
    from anjia_desk.services.settings import update_settings

    update_settings(session, system, {"referral.points_visit": 0})
    referrer = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    referred = reception.register_visit(
        session,
        staff["desk"],
        form("13900001111", staff["li"], referrer_phone="13812345678"),
        now=NOW,
    )
    customer = session.get(Customer, referred.customer_id)
    assert customer is not None and customer.referrer_id == referrer.customer_id
    assert session.scalar(select(func.count()).select_from(ReferralPoint)) == 0


def test_unknown_phone_marked_return_keeps_the_kind(session, staff):
    result = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"], kind=VisitKind.RETURN), now=NOW
    )
    assert result.created and result.kind is VisitKind.RETURN


def test_a_race_on_the_same_number_is_a_conflict_not_a_duplicate(session, staff, monkeypatch):
    reception.register_visit(session, staff["desk"], form("13812345678", staff["li"]), now=NOW)
    # Another desk's record appears between the check and the insert.
    monkeypatch.setattr(reception, "_find_known", lambda _s, _p: (None, None))
    with pytest.raises(ConflictError):
        reception.register_visit(
            session, staff["desk"], form("13812345678", staff["zhao"]), now=NOW
        )


def test_a_race_on_a_confirmed_real_number_is_a_conflict(session, staff, monkeypatch):
    zhang = reception.register_visit(
        session, staff["desk"], form("137****0000", staff["li"], name="张三"), now=NOW
    )
    reception.register_visit(
        session, staff["desk"], form("13712340000", staff["zhao"], new_customer=True), now=NOW
    )
    # The check saw nobody with the number; another desk's record is there at the write.
    monkeypatch.setattr(reception, "_find_known", lambda _s, _p: (None, None))
    with pytest.raises(ConflictError):
        reception.register_visit(
            session,
            staff["desk"],
            form("13712340000", staff["li"], same_customer_id=zhang.customer_id),
            now=NOW,
        )


def test_first_visits_count_on_the_rotation_and_complete_a_walk_in(session, staff):
    rotation.set_duty_list(
        session, staff["boss"], [staff["li"].user_id, staff["zhao"].user_id], now=NOW
    )
    turn_id = rotation.receive_walk_in(session, staff["desk"], staff["li"].user_id, now=NOW)
    made = reception.register_visit(
        session, staff["desk"], form("13812345678", staff["li"]), now=NOW
    )
    turn = session.get(RotationTurn, turn_id)
    assert turn is not None and turn.visit_id == made.visit_id
    # A second visitor for zhao, without a walk-in first: a serve turn is added.
    other = reception.register_visit(
        session, staff["desk"], form("13900001111", staff["zhao"]), now=NOW
    )
    turns = session.scalars(select(RotationTurn).order_by(RotationTurn.id)).all()
    assert [(t.user_id, t.visit_id) for t in turns] == [
        (staff["li"].user_id, made.visit_id),
        (staff["zhao"].user_id, other.visit_id),
    ]
    # A return visit to a protected customer does not count.
    reception.register_visit(session, staff["desk"], form("13812345678"), now=NOW)
    assert session.scalar(select(func.count()).select_from(RotationTurn)) == 2
    # A consultant not on duty receives without a turn.
    boss_pick = add_actor(session, "wu", "吴顾问", Role.CONSULTANT)
    reception.register_visit(session, staff["desk"], form("13700001111", boss_pick), now=NOW)
    assert session.scalar(select(func.count()).select_from(RotationTurn)) == 2


def test_direction_overrides_and_controls_never_reach_a_name_or_note(session, staff):
    """Issue 14: "张\u202e伟" displayed reversed in lists; the service cleans as the form does."""
    from anjia_desk.db.models import Visit

    result = reception.register_visit(
        session,
        staff["desk"],
        form("13812345678", staff["li"], name="\u2067张\u202e伟\u200b\x07", note="看\u202e房\r\n"),
        now=NOW,
    )
    customer = session.get(Customer, result.customer_id)
    assert customer is not None and customer.name == "张伟" and customer.name_initials == "zw"
    visit = session.scalars(select(Visit).where(Visit.customer_id == customer.id)).one()
    assert visit.note == "看房"
    cs.set_name(customer, "李\u2066娜\u2069")  # every other path that names a customer
    assert customer.name == "李娜"
