"""工作台 to-dos about complaints (issue 18): the response clocks while they run and the first
answers due today or overdue with the time left (owner and site manager), the weekly follow-up of
multi-department cases on the weekday of intake, the solutions waiting for legal / finance, the
money waiting for an approval / the cashier / finance, the return visits due. Hand-computed over
an office calendar entered by hand: 2026-10-08 (Thursday) a holiday, 2026-10-10 (Saturday) a
make-up working day; now is Friday 2026-10-09 10:05 office time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import ComplaintStatus, Solution
from anjia_desk.core.complaints import Channel, Level, Liable, Nature, Payment
from anjia_desk.core.roles import Role
from anjia_desk.db.models import (
    CalendarDay,
    CalendarYear,
    Complaint,
    ComplaintPause,
    ComplaintPayment,
    Project,
)
from anjia_desk.services import complaint_todos, workbench
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import oversees
from anjia_desk.services.workbench_base import TODO_TARGETS, TodoContext, TodoKind
from tests.deal_fixtures import make_customer, make_project
from tests.helpers import add_actor

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 10, 9, 10, 5, tzinfo=ZONE)
TODAY = date(2026, 10, 9)


def local(day: int, hour: int, minute: int = 0, month: int = 10) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ZONE)


class Sink:
    def __init__(self) -> None:
        self.items: list[tuple[TodoKind, int | None, str, date | None, Any]] = []

    def add(
        self, kind: TodoKind, row: Any, detail: str, due: date | None, ref_id: int | None = None
    ) -> None:
        assert row.id is not None and row.name  # the customer columns the builder needs
        self.items.append((kind, ref_id, detail, due, row))

    def listed(self, kind: TodoKind) -> int:
        return sum(1 for item in self.items if item[0] is kind)


def collected(session: Session, actor: Actor, kind: TodoKind) -> list[tuple[int | None, str]]:
    return [(ref, detail) for ref, detail, _due, _row in rows(session, actor, kind)]


def rows(session: Session, actor: Actor, kind: TodoKind) -> list[tuple[Any, ...]]:
    [source] = [s for s in complaint_todos.SOURCES if s.kind is kind]
    context = TodoContext(
        session=session, actor=actor, team=oversees(actor), now=NOW, today=TODAY,
        rule=cs.rules(session), limit=workbench.ITEM_LIMIT, notes=[],
    )  # fmt: skip
    sink = Sink()
    count = source.collect(context, sink)
    assert count == len(sink.items)
    return [item[1:] for item in sink.items]


class Cases:
    def __init__(self, session: Session, project: Project) -> None:
        self.session, self.project, self.n = session, project, 0

    def add(self, **fields: Any) -> Complaint:
        self.n += 1
        values: dict[str, Any] = {
            "project_id": self.project.id, "number": self.n, "channel": Channel.ON_SITE,
            "who": f"投诉人{self.n}", "what": f"第{self.n}件事", "nature": Nature.QUALITY,
            "level": Level.MINOR, "responded_at": local(1, 9),
        }  # fmt: skip
        values.update(fields)
        complaint = Complaint(**values)
        self.session.add(complaint)
        self.session.flush()
        return complaint


@pytest.fixture
def world(session: Session) -> dict[str, Any]:
    session.add(CalendarYear(year=2026, note="测试"))
    session.add(CalendarDay(day=date(2026, 10, 8), is_workday=False, name="测试假"))
    session.add(CalendarDay(day=date(2026, 10, 10), is_workday=True, name="调休"))
    project = make_project(session)
    people = {
        "manager": add_actor(session, "jl", "经理", Role.SITE_MANAGER),
        "cs": add_actor(session, "kf", "客服", Role.CS_MANAGER),
        "vp": add_actor(session, "fz", "副总", Role.VICE_PRESIDENT),
        "legal": add_actor(session, "fw", "法务", Role.LEGAL),
        "finance": add_actor(session, "cw", "财务", Role.FINANCE),
        "cashier": add_actor(session, "cn", "出纳", Role.CASHIER),
        "secretary": add_actor(session, "ms", "秘书", Role.SALES_SECRETARY),
        "consultant": add_actor(session, "gw", "顾问", Role.CONSULTANT),
    }
    customer = make_customer(session, "王建国", "13800001111")
    gone = make_customer(session, "李已删", "13800002222")
    gone.anonymised_at = NOW
    cases = Cases(session, project)
    ids: dict[str, int] = {}
    # 三级 on Wednesday 11:00: 1 working day, Thursday a holiday → Friday 11:00.
    ids["a"] = cases.add(
        intake_at=local(7, 11), owner_id=people["cs"].user_id, customer_id=customer.id,
        multi_department=True, what="卫生间渗水已经影响楼下邻居的天花板",
    ).id  # fmt: skip
    # 二级 on Monday 15:00: 3 working days (Thursday skipped) → Friday 15:00, plus a 2-hour
    # pause on Tuesday → 17:00. No owner: the site manager's level.
    ids["b"] = cases.add(intake_at=local(5, 15), level=Level.GENERAL).id
    cases.session.add(
        ComplaintPause(
            complaint_id=ids["b"], started_at=local(6, 16), ended_at=local(6, 18), reason="等客户"
        )
    )
    # 一级 on the holiday 08:00: 24 clock hours → Friday 08:00, overdue.
    ids["c"] = cases.add(intake_at=local(8, 8), level=Level.MAJOR, owner_id=people["vp"].user_id).id
    # 三级 by phone this morning 09:30: answer due Saturday (make-up day) 09:30 — not today; the
    # call back is due 10:30.
    ids["d"] = cases.add(intake_at=local(9, 9, 30), channel=Channel.PHONE, responded_at=None).id
    # 二级 online on Wednesday 22:00 (after 21:00): call back from 09:00 of the next working day
    # (Friday) → 10:00, overdue; the answer due Tuesday 13th.
    ids["e"] = cases.add(
        intake_at=local(7, 22), channel=Channel.ONLINE, responded_at=None, level=Level.GENERAL
    ).id
    # Never listed: an anonymised customer's, a closed one, an answered one.
    cases.add(intake_at=local(5, 9), customer_id=gone.id, responded_at=None)
    cases.add(intake_at=local(5, 9), status=ComplaintStatus.CLOSED, responded_at=None)
    cases.add(intake_at=local(5, 9), answered_at=local(5, 10))
    # Multi-department, taken in on a Friday two weeks ago: this Friday's follow-up.
    ids["i"] = cases.add(
        intake_at=local(25, 14, month=9), multi_department=True, answered_at=local(25, 15, month=9),
        status=ComplaintStatus.EXECUTING,
    ).id  # fmt: skip
    cases.add(  # a Friday too, but today: no follow-up yet
        intake_at=local(9, 8), multi_department=True, answered_at=local(9, 9)
    )
    # Solutions: legal has reviewed J; K waits for both.
    answered = {"answered_at": local(6, 10), "intake_at": local(6, 9)}
    ids["j"] = cases.add(
        status=ComplaintStatus.REVIEW, solution=Solution.REPAIR, proposed_at=local(8, 10),
        legal_at=local(8, 11), **answered,
    ).id  # fmt: skip
    ids["k"] = cases.add(
        status=ComplaintStatus.REVIEW, solution=Solution.REPAIR, proposed_at=local(7, 10),
        **answered,
    ).id  # fmt: skip
    # Money on L.
    ids["l"] = cases.add(status=ComplaintStatus.EXECUTING, **answered).id
    paid: dict[str, int] = {}

    def pay(key: str, kind: Payment, liable: Liable, amount: str, **more: Any) -> None:
        row = ComplaintPayment(
            complaint_id=ids["l"], project_id=project.id, payment=kind, liable=liable,
            amount=Decimal(amount), reason="赔偿", requested_at=local(8, 9) + timedelta(
                minutes=len(paid)), **more,
        )  # fmt: skip
        session.add(row)
        session.flush()
        paid[key] = row.id

    pay("vp", Payment.LIABILITY, Liable.COMPANY, "15000", cs_at=local(8, 12))
    pay("cs", Payment.LIABILITY, Liable.CONTRACTOR, "15000")
    pay("cashier", Payment.GOODWILL, Liable.COMPANY, "500", cs_at=local(8, 12))
    pay("finance", Payment.GOODWILL, Liable.COMPANY, "600", cs_at=local(8, 12), number=3,
        paid_on=date(2026, 10, 8))  # fmt: skip
    pay("rejected", Payment.GOODWILL, Liable.COMPANY, "700", rejected_at=local(8, 12))
    # Return visits.
    ids["m"] = cases.add(
        status=ComplaintStatus.VISIT, visit_due_on=date(2026, 10, 12), **answered
    ).id
    ids["n"] = cases.add(
        status=ComplaintStatus.VISIT, visit_due_on=date(2026, 10, 8), round=2, **answered
    ).id
    session.flush()
    return {**people, "ids": ids}


def test_first_answers_due_today_and_overdue_with_the_time_left(
    session: Session, world: dict[str, Any]
) -> None:
    ids = world["ids"]
    manager = rows(session, world["manager"], TodoKind.COMPLAINT_DUE)
    # Nearest deadline first: C 08:00 (overdue), A 11:00, B 17:00.
    assert [ref for ref, *_ in manager] == [ids["c"], ids["a"], ids["b"]]
    details = {ref: detail for ref, detail, _due, _row in manager}
    assert "首次答复期限 10月9日 08:00" in details[ids["c"]]
    assert "已超时 2 小时 5 分" in details[ids["c"]]
    assert "TS-000003 一级质量投诉" in details[ids["c"]]
    assert "10月9日 11:00" in details[ids["a"]] and "还剩 55 分" in details[ids["a"]]
    assert "「卫生间渗水已经影响楼下邻居的天花…」" in details[ids["a"]]
    assert "10月9日 17:00" in details[ids["b"]] and "还剩 6 小时 55 分" in details[ids["b"]]
    assert all(due == TODAY for _ref, _d, due, _row in manager)
    # The customer's case carries the customer; one without a customer the complainant's name.
    by_ref = {ref: row for ref, _d, _due, row in manager}
    assert by_ref[ids["a"]].name == "王建国" and by_ref[ids["a"]].id > 0
    assert by_ref[ids["c"]].name == "投诉人3" and by_ref[ids["c"]].id == 0
    # Owners: the CS manager owns A; the vice president C; neither sees the others'.
    assert [ref for ref, _ in collected(session, world["cs"], TodoKind.COMPLAINT_DUE)] == [ids["a"]]
    assert [ref for ref, _ in collected(session, world["vp"], TodoKind.COMPLAINT_DUE)] == [ids["c"]]
    assert collected(session, world["consultant"], TodoKind.COMPLAINT_DUE) == []


def test_response_clocks_while_running(session: Session, world: dict[str, Any]) -> None:
    ids = world["ids"]
    manager = collected(session, world["manager"], TodoKind.COMPLAINT_RESPONSE)
    assert [ref for ref, _ in manager] == [ids["e"], ids["d"]]
    assert "1 小时内回电，期限 10月9日 10:00（已超时 5 分）" in manager[0][1]
    assert "期限 10月9日 10:30（还剩 25 分）" in manager[1][1]
    # D is an unowned 三级: the CS manager's; E an unowned 二级: the site manager's only.
    assert [ref for ref, _ in collected(session, world["cs"], TodoKind.COMPLAINT_RESPONSE)] == [
        ids["d"]
    ]


def test_multi_department_cases_weekly_on_the_weekday_of_intake(
    session: Session, world: dict[str, Any]
) -> None:
    ids = world["ids"]
    weekly = collected(session, world["manager"], TodoKind.COMPLAINT_WEEKLY)
    assert [ref for ref, _ in weekly] == [ids["i"]]  # A (a Wednesday) waits for Wednesday
    assert "第 2 周跟进" in weekly[0][1] and "执行中" in weekly[0][1]
    assert collected(session, world["cs"], TodoKind.COMPLAINT_WEEKLY) == []


def test_solutions_wait_for_each_side(session: Session, world: dict[str, Any]) -> None:
    ids = world["ids"]
    legal = collected(session, world["legal"], TodoKind.COMPLAINT_REVIEW)
    assert [ref for ref, _ in legal] == [ids["k"]]
    assert "（法务，10月7日提交）" in legal[0][1]
    finance = collected(session, world["finance"], TodoKind.COMPLAINT_REVIEW)
    assert [ref for ref, _ in finance] == [ids["k"], ids["j"]]
    assert "（财务，10月8日提交）" in finance[1][1]
    assert collected(session, world["manager"], TodoKind.COMPLAINT_REVIEW) == []


def test_money_waits_for_the_approver_the_cashier_and_finance(
    session: Session, world: dict[str, Any]
) -> None:
    ids = world["ids"]
    vp = collected(session, world["vp"], TodoKind.COMPLAINT_PAYMENT)
    assert vp == [(ids["l"], vp[0][1])] and "赔偿 15,000.00 元（本公司）" in vp[0][1]
    assert "待您审批（分管副总）" in vp[0][1]
    cs_items = collected(session, world["cs"], TodoKind.COMPLAINT_PAYMENT)
    assert len(cs_items) == 1 and "（施工单位），待您审批（客服中心经理）" in cs_items[0][1]
    cashier = collected(session, world["cashier"], TodoKind.COMPLAINT_PAYMENT)
    assert len(cashier) == 1 and "补偿 500.00 元" in cashier[0][1]
    assert "待出纳支付" in cashier[0][1]
    finance = collected(session, world["finance"], TodoKind.COMPLAINT_PAYMENT)
    assert len(finance) == 1 and "凭证 PC-000003 待财务确认" in finance[0][1]
    assert collected(session, world["manager"], TodoKind.COMPLAINT_PAYMENT) == []


def test_return_visits_due(session: Session, world: dict[str, Any]) -> None:
    ids = world["ids"]
    visits = rows(session, world["secretary"], TodoKind.COMPLAINT_VISIT)
    assert [ref for ref, *_ in visits] == [ids["n"], ids["m"]]
    assert "第 2 轮，应于10月8日前回访（已逾期 1 天）" in visits[0][1]
    assert "还有 3 天" in visits[1][1] and visits[1][2] == date(2026, 10, 12)
    assert collected(session, world["consultant"], TodoKind.COMPLAINT_VISIT) == []


def test_on_the_workbench_they_open_the_complaint(session: Session, world: dict[str, Any]) -> None:
    todo = workbench.todo_for(session, world["manager"], now=NOW.astimezone(UTC))
    assert todo.counts[TodoKind.COMPLAINT_DUE] == 3
    assert todo.counts[TodoKind.COMPLAINT_RESPONSE] == 2
    assert todo.counts[TodoKind.COMPLAINT_VISIT] == 2
    [first, *_] = todo.items_of(TodoKind.COMPLAINT_DUE)
    assert first.ref_id == world["ids"]["c"] and first.customer_name == "投诉人3"
    for kind in complaint_todos.SOURCES:
        assert TODO_TARGETS[kind.kind] == "complaint" and kind.kind.label


def test_without_a_moment_the_clocks_are_not_guessed(
    session: Session, world: dict[str, Any]
) -> None:
    context = TodoContext(
        session=session, actor=world["manager"], team=True, now=None, today=TODAY,
        rule=cs.rules(session), limit=workbench.ITEM_LIMIT, notes=[],
    )  # fmt: skip
    sink = Sink()
    assert complaint_todos.response_clocks(context, sink) == 0
    assert complaint_todos.answers_due(context, sink) == 0
    assert sink.items == []
