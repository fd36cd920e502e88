"""services.complaint_library (issue 18): the case library (closed cases, searchable, with the
last visit's feedback and the lesson; a consultant sees their customers' only) and the monthly
review with its numbers computed by hand: the most frequent points, natures, and the first
answer's on-time rate by level (a pause added back, an unanswered case past due late, one not yet
due not counted), the month's bounds in office time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import ComplaintStatus, Solution
from anjia_desk.core.complaints import Level, Nature
from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.roles import Role
from anjia_desk.db.models import ComplaintPause
from anjia_desk.services.complaint_library import LevelRate, monthly_review, search_cases
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_customer
from tests.services.complaint_flow_helpers import NOW, complaint, person, project, visit_row

ZONE = ZoneInfo("Asia/Shanghai")


def local(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ZONE)


def test_the_monthly_review_computed_by_hand(session: Session) -> None:
    p = project(session).id
    numbers = iter(range(1, 100))

    def add(level: Level, nature: Nature, intake: datetime, answered: datetime | None,
            point: str) -> int:  # fmt: skip
        return complaint(
            session, p, next(numbers), level=level, nature=nature, intake_at=intake,
            answered_at=answered, point=point,
        ).id  # fmt: skip

    G, M, X = Level.GENERAL, Level.MINOR, Level.MAJOR
    Q, S, P = Nature.QUALITY, Nature.SERVICE, Nature.PROMISE
    # 三级 (1 working day): Mon 11-02 10:00 due Tue 10:00, answered 09:00 → on time.
    add(M, Q, local(11, 2, 10), local(11, 3, 9), "渗水")
    # Fri 11-06 15:00 → due Mon 11-09 15:00, answered 16:00 → late.
    add(M, S, local(11, 6, 15), local(11, 9, 16), "渗水")
    # Mon 11-30 10:00 → due Tue 12-01 10:00, after now: not counted yet.
    add(M, S, local(11, 30, 10), None, "物业响应")
    # Tue 11-17 10:00, answered the same day → on time.
    add(M, S, local(11, 17, 10), local(11, 17, 15), "物业响应")
    # 二级 (3 working days): Mon 11-02 10:00 → due Thu 11-05 10:00, never answered → late.
    add(G, Q, local(11, 2, 10), None, "精装标准")
    # Tue 11-10 10:00 → due Fri 11-13 10:00; paused Wed 10:00 – Thu 10:00 (24 working hours)
    # → due Mon 11-16 10:00; answered Mon 09:00 → on time thanks to the pause.
    paused = add(G, Q, local(11, 10, 10), local(11, 16, 9), "渗水")
    session.add(
        ComplaintPause(
            complaint_id=paused,
            started_at=local(11, 11, 10),
            ended_at=local(11, 12, 10),
            reason="等客户提供检测报告",
        )
    )
    # 一级 (24 clock hours): Sat 11-07 20:00 → due Sun 20:00, answered 19:00 → on time.
    add(X, P, local(11, 7, 20), local(11, 8, 19), "")
    # Outside the month in office time (though 11-01 00:30 is 10-31 in UTC, it is inside).
    add(M, Q, local(10, 31, 23, 30), None, "渗水")
    add(M, Q, local(12, 1, 0, 30), None, "渗水")
    add(X, Q, local(11, 1, 0, 30), local(11, 1, 10), "车位")
    session.flush()
    manager = person(session, "jingli", Role.SITE_MANAGER)
    review = monthly_review(session, manager, month=date(2026, 11, 17), now=local(11, 30, 12))
    assert review.month == date(2026, 11, 1)
    assert review.total == 8
    assert review.points == (("渗水", 3), ("物业响应", 2), ("精装标准", 1), ("车位", 1))
    assert review.unpointed == 1
    assert review.natures == ((Q, 4), (S, 3), (P, 1))
    assert review.levels == (
        LevelRate(X, total=2, on_time=2, late=0, waiting=0),
        LevelRate(G, total=2, on_time=1, late=1, waiting=0),
        LevelRate(M, total=4, on_time=2, late=1, waiting=1),
    )
    assert [r.rate for r in review.levels] == [Decimal("1.00"), Decimal("0.50"), Decimal("0.67")]
    # A month with nothing: no rate.
    empty = monthly_review(session, manager, month=date(2026, 2, 1), now=local(11, 30, 12))
    assert empty.total == 0 and all(r.rate is None for r in empty.levels)


def test_the_case_library_reads_closed_cases_searchable(session: Session) -> None:
    p = project(session).id
    closed = complaint(
        session, p, 1, status=ComplaintStatus.CLOSED, nature=Nature.QUALITY, level=Level.GENERAL,
        point="渗水", solution=Solution.REPAIR, solution_text="更换飘窗密封胶",
        finding="密封胶老化", executor="李工", acceptance="淋水无渗漏", closed_at=NOW,
        lesson="飘窗打胶后须淋水验收", round=2,
    )  # fmt: skip
    visit_row(session, closed, "0.70", at=NOW - timedelta(days=5))
    visit_row(session, closed, "0.90", at=NOW - timedelta(days=1))
    complaint(
        session, p, 2, status=ComplaintStatus.CLOSED, nature=Nature.SERVICE, level=Level.MINOR,
        what="物业保安态度差", closed_at=NOW - timedelta(days=3), close_reason="客户失联",
    )  # fmt: skip
    complaint(session, p, 3, what="飘窗渗水")  # still open: not in the library
    manager = person(session, "jingli", Role.SITE_MANAGER)
    rows = search_cases(session, manager)
    assert [r.code for r in rows] == ["TS-000001", "TS-000002"]
    first = rows[0]
    assert (first.solution, first.finding, first.rounds) == (Solution.REPAIR, "密封胶老化", 2)
    assert (first.score, first.satisfied, first.lesson) == (
        Decimal("0.90"),
        True,
        "飘窗打胶后须淋水验收",
    )
    assert rows[1].score is None and not rows[1].satisfied
    assert [r.code for r in search_cases(session, manager, text="淋水")] == ["TS-000001"]
    assert [r.code for r in search_cases(session, manager, text="保安")] == ["TS-000002"]
    assert [r.code for r in search_cases(session, manager, nature=Nature.SERVICE)] == ["TS-000002"]
    assert search_cases(session, manager, level=Level.MAJOR) == []
    assert search_cases(session, manager, text="100%") == []


def test_a_consultant_sees_only_their_customers_cases(session: Session) -> None:
    p = project(session).id
    consultant = person(session, "guwen", Role.CONSULTANT)
    mine = make_customer(session, "钱多多", "13900003333", owner=consultant)
    other = make_customer(session, "赵六", "13900004444")
    complaint(session, p, 1, status=ComplaintStatus.CLOSED, customer_id=mine.id, closed_at=NOW,
              point="渗水")  # fmt: skip
    complaint(session, p, 2, status=ComplaintStatus.CLOSED, customer_id=other.id, closed_at=NOW,
              point="噪音")  # fmt: skip
    assert [r.code for r in search_cases(session, consultant)] == ["TS-000001"]
    review = monthly_review(session, consultant, month=NOW.date(), now=NOW)
    assert review.points == (("渗水", 1),)
    with pytest.raises(PermissionDenied, match="查看投诉"):
        search_cases(session, Actor(0, "nobody", "无角色", frozenset()))
    with pytest.raises(PermissionDenied, match="查看投诉"):
        monthly_review(
            session, Actor(0, "nobody", "无角色", frozenset()), month=NOW.date(), now=NOW
        )
