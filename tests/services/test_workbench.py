"""工作台: today's to-dos per role, and the site manager's team summary."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature, PaymentMethod, Step
from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.identity import check_character
from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.models import (
    CareTouch,
    Customer,
    Deal,
    ReferralPoint,
    RiskWarning,
    RotationTurn,
    Visit,
)
from anjia_desk.services import (
    calendar,
    care,
    customer_state,
    deal_queries,
    deal_steps,
    deals,
    payments,
    settings,
    users,
    workbench,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import SubscribeRequest
from anjia_desk.services.workbench import TodoKind
from tests.deal_fixtures import make_building, make_project
from tests.helpers import add_actor

# 2025-09-28 10:00 in Shanghai: National Day (with 中秋) starts 10-01, within 3 days.
NOW = datetime(2025, 9, 28, 2, 0, tzinfo=UTC)
TODAY = date(2025, 9, 28)


@pytest.fixture
def team(session: Session) -> dict[str, Actor]:
    return {
        "c1": add_actor(session, "c1", "王顾问", Role.CONSULTANT),
        "c2": add_actor(session, "c2", "李顾问", Role.CONSULTANT),
        "senior": add_actor(session, "s1", "赵资深", Role.SENIOR_CONSULTANT),
        "manager": add_actor(session, "m1", "周经理", Role.SITE_MANAGER),
        "desk": add_actor(session, "f1", "前台小陈", Role.FRONT_DESK),
        "cashier": add_actor(session, "cash", "出纳", Role.CASHIER),
    }


def make_customer(
    session: Session,
    name: str,
    phone: str,
    *,
    owner: Actor | None = None,
    grade: str = "C",
    contact: datetime | None = None,
    planned: date | None = None,
    birthday: date | None = None,
    dnd: bool = False,
    owned_on: date = TODAY,
) -> Customer:
    rule = customer_state.rules(session)
    customer = Customer(grade=grade, do_not_disturb=dnd)
    customer_state.set_name(customer, name)
    customer_state.set_phone(customer, parse_phone(phone))
    customer_state.set_birthday(customer, birthday)
    session.add(customer)
    session.flush()
    if owner is not None:
        customer_state.set_owner(
            session,
            Actor.system(),
            customer,
            owner.user_id,
            kind="register",
            today=owned_on,
            rule=rule,
        )
    if contact is not None:
        customer_state.record_contact(customer, at=contact, kind="visit", rule=rule)
    if planned is not None:
        customer.planned_follow_up_on = planned
        customer_state.refresh_due(customer, rule)
    session.flush()
    return customer


def days_ago(n: int) -> datetime:
    return NOW - timedelta(days=n)


def kinds(todo: workbench.Todo) -> dict[TodoKind, list[str]]:
    found: dict[TodoKind, list[str]] = {}
    for item in todo.items:
        found.setdefault(item.kind, []).append(item.customer_name)
    return found


def test_follow_ups_overdue_and_due_today(session, team):
    c1, c2 = team["c1"], team["c2"]
    make_customer(session, "逾期甲", "13800000001", owner=c1, grade="A", contact=days_ago(5))
    make_customer(session, "今天乙", "13800000002", owner=c1, grade="B", contact=days_ago(7))
    make_customer(session, "以后丙", "13800000003", owner=c1, grade="C", contact=days_ago(1))
    make_customer(session, "计划丁", "13800000004", owner=c1, contact=days_ago(1), planned=TODAY)
    make_customer(session, "别人戊", "13800000005", owner=c2, grade="A", contact=days_ago(9))

    todo = workbench.todo_for(session, c1, now=NOW)
    assert todo.today == TODAY and not todo.team
    assert todo.counts[TodoKind.OVERDUE] == 1
    assert todo.counts[TodoKind.DUE_TODAY] == 2
    overdue = todo.items_of(TodoKind.OVERDUE)[0]
    assert overdue.customer_name == "逾期甲"
    assert overdue.due == TODAY - timedelta(days=2)
    assert "已逾期 2 天" in overdue.detail and "A 级" in overdue.detail
    assert "上次联系 9月23日" in overdue.detail
    assert overdue.shown_phone == "13800000001"  # the owner sees the number
    assert overdue.owner_name == "王顾问"
    assert sorted(i.customer_name for i in todo.items_of(TodoKind.DUE_TODAY)) == [
        "今天乙",
        "计划丁",
    ]
    assert all(i.due == TODAY for i in todo.items_of(TodoKind.DUE_TODAY))
    assert not todo.truncated(TodoKind.OVERDUE)


def test_site_manager_sees_the_team_with_names(session, team):
    make_customer(
        session, "逾期甲", "13800000001", owner=team["c1"], grade="A", contact=days_ago(5)
    )
    make_customer(
        session, "逾期戊", "13800000005", owner=team["c2"], grade="A", contact=days_ago(9)
    )
    make_customer(session, "公客", "13800000006", grade="A", contact=days_ago(9))  # no owner

    todo = workbench.todo_for(session, team["manager"], now=NOW)
    assert todo.team
    overdue = todo.items_of(TodoKind.OVERDUE)
    assert [(i.customer_name, i.owner_name) for i in overdue] == [
        ("逾期戊", "李顾问"),
        ("逾期甲", "王顾问"),
    ]
    assert overdue[0].shown_phone == "13800000005"  # the site manager sees every phone
    assert todo.counts[TodoKind.POOL] == 0  # managers do not claim


def test_anonymised_customers_never_appear(session, team):
    c1 = team["c1"]
    gone = make_customer(
        session, "匿名", "13800000001", owner=c1, contact=days_ago(40), birthday=date(1980, 9, 29)
    )
    session.add(ReferralPoint(referrer_id=gone.id, points=10, kind="visit"))
    session.add(RiskWarning(customer_id=gone.id, start_day=TODAY, end_day=TODAY))
    customer_state.scrub_personal_data(session, gone, now=NOW)
    gone.next_follow_up_on = TODAY - timedelta(days=3)  # even with a due date left behind
    session.flush()

    for who in ("c1", "manager", "c2"):
        todo = workbench.todo_for(session, team[who], now=NOW)
        assert todo.items == [], who
        assert todo.total == 0, who


def test_warnings_per_role(session, team):
    c1, senior, manager = team["c1"], team["senior"], team["manager"]
    a = make_customer(session, "预警甲", "13800000001", owner=c1)
    b = make_customer(session, "预警乙", "13800000002", owner=team["c2"])
    open_a = RiskWarning(customer_id=a.id, start_day=TODAY - timedelta(days=1), end_day=TODAY)
    assigned_b = RiskWarning(
        customer_id=b.id,
        start_day=date(2025, 9, 20),
        end_day=date(2025, 9, 21),
        status="assigned",
        assignee_id=senior.user_id,
    )
    done_a = RiskWarning(
        customer_id=a.id, start_day=date(2025, 9, 1), end_day=date(2025, 9, 2), status="done"
    )
    session.add_all([open_a, assigned_b, done_a])
    session.flush()

    mine = workbench.todo_for(session, c1, now=NOW).items_of(TodoKind.WARNING)
    assert [(i.customer_name, i.ref_id) for i in mine] == [("预警甲", open_a.id)]
    assert "9月27日至9月28日连续出现高风险信号" in mine[0].detail
    assert "待指派" in mine[0].detail
    assert mine[0].due == TODAY

    seniors = workbench.todo_for(session, senior, now=NOW)
    assert [i.ref_id for i in seniors.items_of(TodoKind.WARNING)] == [assigned_b.id]
    assert "已指派给您回访" in seniors.items_of(TodoKind.WARNING)[0].detail
    assert seniors.items_of(TodoKind.WARNING)[0].shown_phone == "138****0002"

    managers = workbench.todo_for(session, manager, now=NOW)
    assert managers.counts[TodoKind.WARNING] == 1  # only what is still to assign
    assert managers.items_of(TodoKind.WARNING)[0].ref_id == open_a.id

    other = workbench.todo_for(session, team["c2"], now=NOW).items_of(TodoKind.WARNING)
    assert len(other) == 1 and "已指派赵资深回访" in other[0].detail

    system = workbench.todo_for(session, Actor.system(), now=NOW)
    assert system.team and system.counts[TodoKind.WARNING] == 1


def test_birthdays_within_days_ahead_never_for_do_not_disturb(session, team):
    c1 = team["c1"]
    make_customer(session, "今天生日", "13800000001", owner=c1, birthday=date(1990, 9, 28))
    make_customer(session, "后天生日", "13800000002", owner=c1, birthday=date(1985, 9, 30))
    make_customer(session, "太远", "13800000003", owner=c1, birthday=date(1985, 10, 5))
    make_customer(session, "勿扰", "13800000004", owner=c1, birthday=date(1985, 9, 29), dnd=True)
    make_customer(session, "别人的", "13800000005", owner=team["c2"], birthday=date(1985, 9, 29))

    todo = workbench.todo_for(session, c1, now=NOW)
    items = todo.items_of(TodoKind.BIRTHDAY)
    assert [(i.customer_name, i.due) for i in items] == [
        ("今天生日", TODAY),
        ("后天生日", date(2025, 9, 30)),
    ]
    assert items[0].detail.startswith("今天生日")
    assert items[1].detail.startswith("9月30日生日")
    assert todo.counts[TodoKind.BIRTHDAY] == 2


def test_birthday_window_follows_the_setting_and_feb_29(session, team):
    c1 = team["c1"]
    settings.update_settings(session, Actor.system(), {"care.days_ahead": 0})
    make_customer(session, "闰日", "13800000001", owner=c1, birthday=date(1988, 2, 29))
    make_customer(session, "明天", "13800000002", owner=c1, birthday=date(1988, 3, 1))
    feb28 = datetime(2027, 2, 28, 2, 0, tzinfo=UTC)  # 2027 is not a leap year
    items = workbench.todo_for(session, c1, now=feb28).items_of(TodoKind.BIRTHDAY)
    assert [(i.customer_name, i.due) for i in items] == [("闰日", date(2027, 2, 28))]
    leap = datetime(2028, 2, 28, 2, 0, tzinfo=UTC)
    assert workbench.todo_for(session, c1, now=leap).items_of(TodoKind.BIRTHDAY) == []


def test_holiday_greetings_one_per_owned_customer_never_do_not_disturb(session, team):
    c1 = team["c1"]
    make_customer(session, "客户甲", "13800000001", owner=c1)
    make_customer(session, "客户乙", "13800000002", owner=c1)
    make_customer(session, "勿扰丙", "13800000003", owner=c1, dnd=True)
    make_customer(session, "别人丁", "13800000004", owner=team["c2"])

    todo = workbench.todo_for(session, c1, now=NOW)
    items = todo.items_of(TodoKind.HOLIDAY)
    assert sorted(i.customer_name for i in items) == ["客户乙", "客户甲"]
    assert all(i.due == date(2025, 10, 1) for i in items)
    assert items[0].detail == "国庆节、中秋节（10月1日起）节日问候"
    assert todo.counts[TodoKind.HOLIDAY] == 2
    assert todo.notes == []

    # Two days earlier the holiday is still 5 days away: nothing.
    early = workbench.todo_for(session, c1, now=NOW - timedelta(days=2))
    assert early.counts[TodoKind.HOLIDAY] == 0
    # Once the holiday has begun it is no longer "starting".
    during = workbench.todo_for(session, c1, now=NOW + timedelta(days=5))
    assert during.counts[TodoKind.HOLIDAY] == 0


def test_holidays_come_from_the_office_calendar(session, team):
    c1 = team["c1"]
    make_customer(session, "客户甲", "13800000001", owner=c1)
    system = Actor.system()
    calendar.save_year(
        session, system, 2025, [calendar.DayEntry(date(2025, 9, 30), False, "店庆日")]
    )
    items = workbench.todo_for(session, c1, now=NOW).items_of(TodoKind.HOLIDAY)
    assert [(i.detail, i.due) for i in items] == [
        ("店庆日（9月30日起）节日问候", date(2025, 9, 30))
    ]


def test_unknown_holiday_year_is_said(session, team):
    end_of_year = datetime(2026, 12, 30, 2, 0, tzinfo=UTC)  # the window reaches 2027
    todo = workbench.todo_for(session, team["c1"], now=end_of_year)
    assert todo.notes == ["2027 年的法定节假日尚未录入办公日历，节日问候可能不全"]


def test_referral_points_to_thank(session, team):
    c1 = team["c1"]
    referrer = make_customer(session, "老业主", "13800000001", owner=c1)
    friend = make_customer(session, "新朋友", "13800000002", owner=team["c2"])
    quiet = make_customer(session, "勿扰业主", "13800000003", owner=c1, dnd=True)
    visit = ReferralPoint(
        referrer_id=referrer.id, referred_id=friend.id, points=100, kind="visit", created_at=NOW
    )
    deal = ReferralPoint(referrer_id=referrer.id, referred_id=None, points=500, kind="deal")
    thanked = ReferralPoint(
        referrer_id=referrer.id, referred_id=friend.id, points=50, kind="visit", thanked_at=NOW
    )
    redeem = ReferralPoint(referrer_id=referrer.id, points=-100, kind="redeem")
    silent = ReferralPoint(referrer_id=quiet.id, referred_id=friend.id, points=100, kind="visit")
    session.add_all([visit, deal, thanked, redeem, silent])
    session.flush()

    todo = workbench.todo_for(session, c1, now=NOW)
    items = todo.items_of(TodoKind.THANKS)
    assert [(i.customer_name, i.ref_id) for i in items] == [
        ("老业主", visit.id),
        ("老业主", deal.id),
    ]
    assert items[0].detail == "推荐的新朋友已来访，获得 100 积分，请致谢"
    assert items[1].detail == "推荐的被推荐人已成交，获得 500 积分，请致谢"
    assert items[0].due == TODAY
    assert todo.counts[TodoKind.THANKS] == 2


def test_pool_customers_to_claim_for_consultants_only(session, team):
    c1, c2 = team["c1"], team["c2"]
    lapsed_other = make_customer(
        session, "过期乙", "13800000002", owner=c2, contact=days_ago(60), owned_on=date(2025, 7, 1)
    )
    make_customer(session, "无主", "13800000003")
    make_customer(session, "自己过期", "13800000004", owner=c1, owned_on=date(2025, 7, 1))
    make_customer(session, "受保护", "13800000005", owner=c2, contact=days_ago(1))
    assert customer_state.in_pool(lapsed_other, TODAY)

    todo = workbench.todo_for(session, c1, now=NOW)
    pool = todo.items_of(TodoKind.POOL)
    # Newest first; their own lapsed customer too (claiming is how they get it back), and it is
    # no longer among their follow-ups.
    assert [i.customer_name for i in pool] == ["自己过期", "无主", "过期乙"]
    assert pool[2].shown_phone == "138****0002"  # not theirs: masked
    assert "上次联系 7月30日" in pool[2].detail
    assert "从未联系" in pool[1].detail
    assert todo.counts[TodoKind.POOL] == 3
    followed = todo.items_of(TodoKind.OVERDUE) + todo.items_of(TodoKind.DUE_TODAY)
    assert "自己过期" not in [i.customer_name for i in followed]

    assert workbench.todo_for(session, team["desk"], now=NOW).counts[TodoKind.POOL] == 0


def test_lists_are_capped_but_counted(session, team, monkeypatch):
    monkeypatch.setattr(workbench, "ITEM_LIMIT", 2)
    for i in range(3):
        make_customer(session, f"逾期{i}", f"1380000001{i}", owner=team["c1"], contact=days_ago(40))
    todo = workbench.todo_for(session, team["c1"], now=NOW)
    assert todo.counts[TodoKind.OVERDUE] == 3
    assert len(todo.items_of(TodoKind.OVERDUE)) == 2
    assert todo.truncated(TodoKind.OVERDUE)
    # Holidays stop listing at the cap too, and still count everyone.
    assert todo.counts[TodoKind.HOLIDAY] == 3
    assert len(todo.items_of(TodoKind.HOLIDAY)) == 2


def test_holiday_cap_spans_several_holidays(session, team, monkeypatch):
    monkeypatch.setattr(workbench, "ITEM_LIMIT", 1)
    make_customer(session, "客户甲", "13800000001", owner=team["c1"])
    settings.update_settings(session, Actor.system(), {"care.days_ahead": 10})
    system = Actor.system()
    calendar.save_year(
        session,
        system,
        2025,
        [
            calendar.DayEntry(date(2025, 9, 29), False, "甲节"),
            calendar.DayEntry(date(2025, 10, 2), False, "乙节"),
        ],
    )
    todo = workbench.todo_for(session, team["c1"], now=NOW)
    assert todo.counts[TodoKind.HOLIDAY] == 2
    assert [i.detail for i in todo.items_of(TodoKind.HOLIDAY)] == ["甲节（9月29日起）节日问候"]


def test_front_desk_and_refusals(session, team):
    desk = workbench.todo_for(session, team["desk"], now=NOW)
    assert desk.total == 0 and not desk.team
    with pytest.raises(PermissionDenied, match="查看客户"):
        workbench.todo_for(session, team["cashier"], now=NOW)
    with pytest.raises(PermissionDenied, match="案场经理"):
        workbench.team_summary(session, team["c1"], now=NOW)
    with pytest.raises(PermissionDenied, match="查看客户"):
        workbench.team_summary(session, team["cashier"], now=NOW)
    assert workbench.is_front_desk_only(team["desk"])
    assert not workbench.is_front_desk_only(team["manager"])
    both = Actor(99, "x", "兼职", frozenset({Role.FRONT_DESK, Role.CONSULTANT}))
    assert not workbench.is_front_desk_only(both)


def test_team_summary(session, team):
    c1, c2, manager = team["c1"], team["c2"], team["manager"]
    make_customer(session, "逾期甲", "13800000001", owner=c1, grade="A", contact=days_ago(5))
    make_customer(session, "今天乙", "13800000002", owner=c1, grade="B", contact=days_ago(7))
    make_customer(session, "丙", "13800000003", owner=c2, contact=days_ago(1))
    gone = make_customer(session, "匿名", "13800000004", owner=c2, contact=days_ago(9))
    customer_state.scrub_personal_data(session, gone, now=NOW)
    # A former consultant who still owns a customer.
    left = add_actor(session, "old", "离职顾问", Role.CONSULTANT)
    make_customer(session, "遗留", "13800000009", owner=left, contact=days_ago(1))
    row = session.get(users.User, left.user_id)
    assert row is not None
    row.is_active = False
    # Today's receptions: two valid visits for c1 (one invalid not counted), one yesterday.
    a = session.get(Customer, 1)
    assert a is not None
    for at, reason in ((NOW, None), (NOW - timedelta(hours=1), None), (NOW, "问路")):
        session.add(
            Visit(
                customer_id=a.id,
                visited_at=at,
                kind="return",
                consultant_id=c1.user_id,
                invalid_reason=reason,
            )
        )
    session.add(
        Visit(
            customer_id=a.id,
            visited_at=NOW - timedelta(days=1),
            kind="return",
            consultant_id=c1.user_id,
        )
    )
    session.add_all(
        [
            RotationTurn(day=TODAY, user_id=c2.user_id, kind="serve"),
            RotationTurn(day=TODAY, user_id=c2.user_id, kind="serve", invalid_reason="同行踩盘"),
            RotationTurn(day=TODAY, user_id=c2.user_id, kind="skip"),
            RotationTurn(day=TODAY - timedelta(days=1), user_id=c2.user_id, kind="serve"),
        ]
    )
    session.flush()

    lines = {line.name: line for line in workbench.team_summary(session, manager, now=NOW)}
    assert set(lines) == {"王顾问", "李顾问", "赵资深", "离职顾问"}
    assert (lines["王顾问"].overdue, lines["王顾问"].due_today, lines["王顾问"].customers) == (
        1,
        1,
        2,
    )
    assert lines["王顾问"].visits_today == 2 and lines["王顾问"].turns_today == 0
    assert lines["李顾问"].customers == 1  # the anonymised one is not counted
    assert lines["李顾问"].turns_today == 1 and lines["李顾问"].visits_today == 0
    assert lines["赵资深"].customers == 0 and lines["赵资深"].active
    assert lines["离职顾问"].customers == 1 and not lines["离职顾问"].active


def test_labels_and_an_actor_without_an_account(session, team):
    assert [k.label for k in TodoKind] == [
        "逾期跟进",
        "今日跟进",
        "二级预警",
        "生日问候",
        "节日问候",
        "老带新致谢",
        "公客池可认领",
        "认购待签约",
        "定金未到",
        "下一步到期",
        "签约关怀",
        "特批待审批",
        "判客查询频繁",
        "删除复核",
        "催款致电",
        "按揭催办",
        "催告期限",
        "退款到期",
        "变更待办",
        "变更办理中",
        "投诉待响应",
        "投诉答复到期",
        "多部门投诉周跟进",
        "投诉方案待审核",
        "投诉赔付待办",
        "投诉待回访",
        "预验房待邀约",
        "预验房整改到期",
        "日报待报送",
        "周报待报送",
        "月报待报送",
    ]
    make_customer(session, "逾期甲", "13800000001", owner=team["c1"], contact=days_ago(40))
    nobody = Actor(None, "ghost", "无账号", frozenset({Role.CONSULTANT}))
    assert workbench.todo_for(session, nobody, now=NOW).total == 0


def test_a_customer_without_a_name_is_listed_as_unnamed(session, team):
    make_customer(session, "", "13800000009", owner=team["c1"], grade="A", contact=days_ago(5))
    todo = workbench.todo_for(session, team["c1"], now=NOW)
    assert kinds(todo)[TodoKind.OVERDUE] == ["未留名"]


# --- deals


def _id_number() -> str:
    first = "11010119900307123"
    return first + check_character(first)


@pytest.fixture
def office(session: Session, team: dict[str, Actor]) -> dict[str, object]:
    project = make_project(session, permit_date=date(2025, 1, 1))
    return {
        "units": make_building(session, project, floors=5),
        "sec": add_actor(session, "sec", "秘书小林", Role.SALES_SECRETARY),
        "loan": add_actor(session, "loan", "按揭小郑", Role.MORTGAGE_OFFICER),
        "head": add_actor(session, "head", "营销吴总", Role.MARKETING_HEAD),
        "n": 0,
    }


def _deal(
    session: Session,
    office: dict[str, object],
    seller: Actor,
    name: str,
    *,
    at: datetime,
    method: PaymentMethod = PaymentMethod.FULL,
    special: str = "0",
    dnd: bool = False,
) -> Deal:
    """A 认购 `at` (a customer of `seller`), on the next free unit."""
    n = int(office["n"])  # type: ignore[call-overload]
    office["n"] = n + 1
    customer = make_customer(session, name, f"1390000{n:04d}", owner=seller, dnd=dnd)
    unit = office["units"][n]  # type: ignore[index]
    deal_id = deals.subscribe(
        session,
        seller,
        SubscribeRequest(
            unit_id=unit.id, customer_id=customer.id, buyer_name=name,
            buyer_id_number=_id_number(), payment_method=method, deposit=Decimal("10000"),
            special_discount=Decimal(special),
            discount_reason="老客户" if Decimal(special) else "",
        ),
        now=at,
    )  # fmt: skip
    return session.get(Deal, deal_id)  # type: ignore[return-value]


def _sign(session: Session, office: dict[str, object], deal: Deal, at: datetime) -> None:
    deal_steps.sign_contract(
        session, office["sec"], deal.id, contract_no="HT", netsign_no="WQ",  # type: ignore[arg-type]
        version=deal.version, now=at,
    )  # fmt: skip


def test_sign_due_for_the_consultant_and_the_team(session, team, office):
    c1, c2 = team["c1"], team["c2"]
    passed = _deal(session, office, c1, "超期甲", at=days_ago(9))  # deadline 2 days ago
    today = _deal(session, office, c1, "今天乙", at=days_ago(7))
    soon = _deal(session, office, c2, "两天丙", at=days_ago(5))
    _deal(session, office, c1, "还早丁", at=days_ago(4))  # 3 days left: not yet
    done = _deal(session, office, c1, "已签戊", at=days_ago(9))
    _sign(session, office, done, days_ago(1))

    mine = workbench.todo_for(session, c1, now=NOW).items_of(TodoKind.SIGN_DUE)
    assert [(i.customer_name, i.ref_id, i.due) for i in mine] == [
        ("超期甲", passed.id, TODAY - timedelta(days=2)),
        ("今天乙", today.id, TODAY),
    ]
    assert mine[0].detail == "1栋0101 已认购未签约，已超过签约期限 2 天"
    assert "今天是签约期限" in mine[1].detail
    theirs = workbench.todo_for(session, c2, now=NOW).items_of(TodoKind.SIGN_DUE)
    assert [(i.ref_id, i.detail[-17:]) for i in theirs] == [
        (soon.id, "签约期限 9月30日，还有 2 天")
    ]
    todo = workbench.todo_for(session, team["manager"], now=NOW)
    assert todo.counts[TodoKind.SIGN_DUE] == 3
    assert [i.owner_name for i in todo.items_of(TodoKind.SIGN_DUE)] == [
        "王顾问", "王顾问", "李顾问",
    ]  # fmt: skip
    ghost = Actor(None, "ghost", "无账号", frozenset({Role.CONSULTANT}))
    assert workbench.todo_for(session, ghost, now=NOW).counts[TodoKind.SIGN_DUE] == 0


def test_next_steps_due_go_to_whoever_does_them(session, team, office):
    c1, sec, loan = team["c1"], office["sec"], office["loan"]
    # 全款, signed 31 days ago: 备案 was due 30 days after signing (yesterday).
    full = _deal(session, office, c1, "全款甲", at=days_ago(33))
    _sign(session, office, full, days_ago(31))
    # A loan, filed 7 days ago: 按揭资料 is due today.
    loan_deal = _deal(session, office, c1, "贷款乙", at=days_ago(20), method=PaymentMethod.COMBO)
    _sign(session, office, loan_deal, days_ago(18))
    deal_steps.complete_step(
        session, sec, loan_deal.id, Step.FILE, version=loan_deal.version, now=days_ago(7)
    )
    # Signed yesterday: 备案 not due yet.
    fresh = _deal(session, office, c1, "新签丙", at=days_ago(3))
    _sign(session, office, fresh, days_ago(1))

    def due(actor: Actor) -> list[tuple[str, int | None, date | None]]:
        items = workbench.todo_for(session, actor, now=NOW).items_of(TodoKind.STEP_DUE)
        return [(i.detail, i.ref_id, i.due) for i in items]

    full_line = ("1栋0101 下一步：备案（已逾期 1 天）", full.id, TODAY - timedelta(days=1))
    loan_line = ("1栋0102 下一步：按揭资料（今天到期）", loan_deal.id, TODAY)
    assert due(sec) == [full_line]
    assert due(c1) == [full_line]
    assert due(loan) == [loan_line]
    assert due(team["c2"]) == []
    assert due(team["manager"]) == [full_line, loan_line]

    # Delivered 全款: 办证 has no deadline; nothing listed.
    deal_steps.complete_step(
        session, sec, full.id, Step.FILE, version=full.version, now=days_ago(1)
    )
    deal_steps.deliver(
        session, sec, full.id, measured_area=Decimal("100"), fees=Decimal(0),
        version=full.version, now=days_ago(1),
    )  # fmt: skip
    assert due(sec) == []
    deal_steps.complete_step(session, sec, full.id, Step.CERTIFICATE, version=full.version, now=NOW)
    assert due(team["manager"]) == [loan_line]


def test_care_touches_due(session, team, office):
    c1 = team["c1"]
    deal = _deal(session, office, c1, "关怀甲", at=days_ago(3))
    _sign(session, office, deal, days_ago(1))  # yesterday 10:00: touches yesterday and today
    quiet = _deal(session, office, c1, "勿扰乙", at=days_ago(3), dnd=True)
    _sign(session, office, quiet, days_ago(1))
    todo = workbench.todo_for(session, c1, now=NOW)
    care_items = todo.items_of(TodoKind.CARE)
    touch_ids = session.scalars(
        select(CareTouch.id).where(CareTouch.deal_id == deal.id).order_by(CareTouch.seq)
    ).all()
    assert [(i.customer_name, i.ref_id, i.due) for i in care_items] == [
        ("关怀甲", touch_ids[0], TODAY - timedelta(days=1)),
        ("关怀甲", touch_ids[1], TODAY),
    ]
    assert care_items[0].detail == "1栋0101 签约关怀第 1 次（10:00），话术已备好"
    assert workbench.todo_for(session, team["manager"], now=NOW).counts[TodoKind.CARE] == 2
    assert workbench.todo_for(session, team["c2"], now=NOW).counts[TodoKind.CARE] == 0
    assert workbench.todo_for(session, office["sec"], now=NOW).counts[TodoKind.CARE] == 0
    care.complete_touch(session, c1, touch_ids[0], now=NOW)
    assert workbench.todo_for(session, c1, now=NOW).counts[TodoKind.CARE] == 1


def test_discounts_for_those_who_may_approve(session, team, office):
    c1 = team["c1"]
    small = _deal(session, office, c1, "小额甲", at=days_ago(2), special="5000")
    big = _deal(session, office, c1, "大额乙", at=days_ago(1), special="20000")
    _deal(session, office, c1, "无优惠丙", at=days_ago(1))

    def pending(actor: Actor) -> list[tuple[int | None, str]]:
        items = workbench.todo_for(session, actor, now=NOW).items_of(TodoKind.DISCOUNT)
        return [(i.ref_id, i.detail) for i in items]

    assert pending(team["manager"]) == [(small.id, "1栋0101 特批优惠 5,000.00 元，待案场经理审批")]
    assert pending(office["head"]) == [
        (small.id, "1栋0101 特批优惠 5,000.00 元，待案场经理审批"),
        (big.id, "1栋0102 特批优惠 20,000.00 元，待营销负责人审批"),
    ]
    assert pending(c1) == []
    deals.decide_discount(session, team["manager"], small.id, approve=True, version=small.version)
    assert pending(team["manager"]) == []


def test_a_deposit_not_in_is_deposit_missing_not_an_overdue_debt(session, team, office):
    c1, c2 = team["c1"], team["c2"]
    late = _deal(session, office, c1, "未交定金甲", at=days_ago(3))  # 定金 due 3 days ago
    _deal(session, office, c1, "今天认购乙", at=days_ago(0))  # due today: not yet
    paid = _deal(session, office, c1, "已交定金丙", at=days_ago(5))
    payments.record_payment(
        session, team["cashier"], amount=Decimal("10000"), nature=Nature.DEPOSIT,
        payer="已交定金丙", method="转账", deal_id=paid.id, now=days_ago(5),
    )  # fmt: skip
    theirs = _deal(session, office, c2, "别人丁", at=days_ago(2))

    mine = workbench.todo_for(session, c1, now=NOW).items_of(TodoKind.DEPOSIT_MISSING)
    assert [(i.customer_name, i.ref_id, i.due) for i in mine] == [
        ("未交定金甲", late.id, TODAY - timedelta(days=3))
    ]
    assert mine[0].detail.endswith(
        "定金未到：应于 9月25日 付清，还差 10,000.00 元（已过 3 天），认购尚未生效"
    )
    todo = workbench.todo_for(session, team["manager"], now=NOW)
    assert todo.counts[TodoKind.DEPOSIT_MISSING] == 2
    assert {i.ref_id for i in todo.items_of(TodoKind.DEPOSIT_MISSING)} == {late.id, theirs.id}
    # Not an overdue debt: nothing owed is overdue on the deal list.
    row = next(r for r in deal_queries.list_deals(session, c1, now=NOW) if r.id == late.id)
    assert row.overdue == Decimal(0) and row.outstanding > 0
