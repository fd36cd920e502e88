"""投诉统计 (issue 19): complaints of two natures and three levels taken in within a week —
answered on time, late, unanswered past their deadline, not yet due, one whose pause moves its
deadline far enough to be on time, one whose clock is still paused, one at 23:30 office time on
the range's last day and two just outside it — every figure, the on-time rate's num/den, the
mean hours to the first answer, the drills; and the shared deadline (complaint_base)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.complaints import Level, Nature
from anjia_desk.core.errors import NotFound, PermissionDenied
from anjia_desk.core.report_values import DrillTarget, Ratio
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Complaint, ComplaintPause
from anjia_desk.services import report_complaints
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.complaint_base import case_deadline, pauses_by_case
from anjia_desk.services.context import Actor
from anjia_desk.services.reports import compute_report, drill_report, report_specs
from anjia_desk.services.settings import office_zone
from tests.complaint_fixtures import add_complaint
from tests.deal_fixtures import make_project
from tests.helpers import add_actor

SH = timezone(timedelta(hours=8))
# Tuesday 2026-03-10 10:00 office time; the range is the week before, Monday to Sunday.
NOW = datetime(2026, 3, 10, 10, 0, tzinfo=SH)
FIRST, LAST = date(2026, 3, 2), date(2026, 3, 8)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=SH)


@dataclass
class Cases:
    manager: Actor
    ids: dict[str, int]


def _case(session: Session, project_id: int, nature: Nature, level: Level, intake: datetime,
          answered: datetime | None = None) -> Complaint:  # fmt: skip
    return add_complaint(
        session,
        project_id,
        nature=nature,
        level=level,
        intake_at=intake.astimezone(UTC),
        answered_at=answered.astimezone(UTC) if answered else None,
    )


@pytest.fixture
def cases(session: Session) -> Cases:
    project = make_project(session)
    manager = add_actor(session, "jingli", "经理甲", Role.SITE_MANAGER)
    Q, S = Nature.QUALITY, Nature.SERVICE
    one, two, three = Level.MAJOR, Level.GENERAL, Level.MINOR
    p = project.id
    made = {
        # 二级 from Wed 10:00: due Mon 03-09 10:00.
        "c1": _case(session, p, Q, two, local(4, 10), local(5, 10)),  # on time, 24 h
        "c2": _case(session, p, Q, two, local(4, 10), local(9, 11)),  # late, 121 h
        # 三级 from Wed 10:00: due Thu 10:00, never answered.
        "c3": _case(session, p, Q, three, local(4, 10)),
        # 一级 at 23:30 on the range's last day (15:30 UTC): due Mon 23:30; answered in 6 h.
        "c7": _case(session, p, Q, one, local(8, 23, 30), local(9, 5, 30)),
        # 三级 from Fri 15:00 (due Mon 15:00), paused Fri 16:00 to Mon 10:00: 18 working hours
        # added, due Tue 09:00, answered Tue 08:30 — on time only because of the pause.
        "c4": _case(session, p, S, three, local(6, 15), local(10, 8, 30)),
        # 一级 Sun 20:00: due Mon 20:00, not answered by the report's day.
        "c5": _case(session, p, S, one, local(8, 20)),
        # 二级 on Saturday: from Mon 09:00, due Thu 03-12 09:00: not yet due.
        "c6": _case(session, p, S, two, local(7, 10)),
        # 三级 Fri 10:00 whose clock is still paused (since Fri 11:00): not yet due.
        "c10": _case(session, p, S, three, local(6, 10)),
        # Just outside the range on either side (office days 03-01 and 03-09).
        "before": _case(session, p, S, one, local(1, 23, 30)),
        "after": _case(session, p, Q, one, local(9, 0, 30)),
    }
    session.add_all(
        [
            ComplaintPause(
                complaint_id=made["c4"].id,
                started_at=local(6, 16).astimezone(UTC),
                ended_at=local(9, 10).astimezone(UTC),
                reason="客户出差",
            ),
            ComplaintPause(
                complaint_id=made["c10"].id,
                started_at=local(6, 11).astimezone(UTC),
                reason="等客户提供照片",
            ),
        ]
    )
    session.flush()
    return Cases(manager, {key: c.id for key, c in made.items()})


def test_complaints_by_nature_and_level(session: Session, cases: Cases) -> None:
    report = compute_report(session, cases.manager, "complaints", FIRST, LAST, now=NOW)
    assert [c.label for c in report.columns] == [
        "性质", "一级", "二级", "三级", "合计", "已答复", "按时",
        "按时率（按时答复÷已到期或已答复）", "平均首次答复（小时）",
    ]  # fmt: skip
    assert [tuple(row) for row in report.rows] == [
        # c1, c2, c3, c7: (24 + 121 + 6) / 3 hours
        ("质量", 1, 2, 1, 4, 3, 2, Ratio(2, 4), Decimal("50.3")),
        # c4 on time; c5 late unanswered; c6 and c10 not yet due
        ("服务", 1, 1, 2, 4, 1, 1, Ratio(1, 2), Decimal("89.5")),
        ("承诺", 0, 0, 0, 0, 0, 0, Ratio(0, 0), None),
    ]
    assert report.total == ("合计", 2, 3, 3, 8, 4, 3, Ratio(3, 6), Decimal("60.1"))
    assert report.row_keys == ("quality", "service", "promise")
    assert report.drill_target is DrillTarget.COMPLAINT
    chart = report.chart
    assert chart.categories == ("质量", "服务", "承诺")
    assert [(s.key, s.label, s.values) for s in chart.series] == [
        ("1", "一级", (1.0, 1.0, 0.0)),
        ("2", "二级", (2.0, 1.0, 0.0)),
        ("3", "三级", (1.0, 2.0, 0.0)),
    ]
    assert "本期 2 件" in report.notes[1] and "的 2 件不计入" in report.notes[1]


def test_complaint_drills_show_each_case_and_its_outcome(session: Session, cases: Cases) -> None:
    ids = cases.ids
    service = drill_report(session, cases.manager, "complaints", FIRST, LAST, "service", now=NOW)
    assert service.ids == (ids["c10"], ids["c4"], ids["c6"], ids["c5"])
    assert [(row[1], row[2], row[5], row[6], row[7]) for row in service.rows] == [
        ("2026-03-06 10:00", "三级", "2026-03-10 23:00", "", "未到期"),  # paused to today 00:00
        ("2026-03-06 15:00", "三级", "2026-03-10 09:00", "2026-03-10 08:30", "按时"),
        ("2026-03-07 10:00", "二级", "2026-03-12 09:00", "", "未到期"),
        ("2026-03-08 20:00", "一级", "2026-03-09 20:00", "", "超时未答复"),
    ]
    assert service.rows[0][4] == "138****1111"
    minor = drill_report(session, cases.manager, "complaints", FIRST, LAST, "quality", "3", now=NOW)
    assert minor.ids == (ids["c3"],) and minor.rows[0][7] == "超时未答复"
    quality = drill_report(session, cases.manager, "complaints", FIRST, LAST, "quality", now=NOW)
    assert quality.ids == (ids["c1"], ids["c2"], ids["c3"], ids["c7"])
    assert [row[7] for row in quality.rows] == ["按时", "超时", "超时未答复", "按时"]
    assert quality.rows[3][1] == "2026-03-08 23:30"
    with pytest.raises(NotFound):
        drill_report(session, cases.manager, "complaints", FIRST, LAST, "noise", now=NOW)


def test_complaints_are_the_whole_office_only(session: Session, cases: Cases) -> None:
    consultant = add_actor(session, "guwen", "顾问甲", Role.CONSULTANT)
    assert "complaints" not in [spec.key for spec in report_specs(consultant)]
    with pytest.raises(PermissionDenied):
        compute_report(session, consultant, "complaints", FIRST, LAST, now=NOW)
    empty = compute_report(
        session, cases.manager, "complaints", date(2026, 4, 1), date(2026, 4, 30), now=NOW
    )
    assert empty.total == ("合计", 0, 0, 0, 0, 0, 0, Ratio(0, 0), None)


def test_the_shared_deadline_reads_pauses_once_and_stops_a_running_one_on_request(
    session: Session, cases: Cases
) -> None:
    ids = cases.ids
    pauses = pauses_by_case(session, list(ids.values()))
    assert set(pauses) == {ids["c4"], ids["c10"]}
    assert pauses[ids["c10"]][0].end is None
    assert pauses[ids["c4"]][0].start == local(6, 16)
    calendar = office_calendar(session)
    zone = office_zone(session)
    running = session.get(Complaint, ids["c10"])
    assert running is not None
    for now, due in (
        (None, local(9, 10)),  # the pause stopped where it began: Mon 10:00
        (local(10, 0), local(10, 23)),  # Fri 11–24 + Mon all day = 37 working hours added
    ):
        deadline = case_deadline(
            running.level, running.intake_at, pauses[ids["c10"]], calendar, zone, now=now
        )
        assert deadline.due_at == due and deadline.paused


def test_a_long_complaint_drill_is_cut(
    session: Session, cases: Cases, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_complaints, "DRILL_LIMIT", 1)
    cut = drill_report(session, cases.manager, "complaints", FIRST, LAST, "service", now=NOW)
    assert cut.ids == (cases.ids["c10"],) and cut.more == 3
