"""预验房 (issue 18): a building's expected 交付 date; within complaints.inspection_months
months of it every live deal not yet invited is a to-do; the issues found at the viewing carry a
promised fix date and stay on the 工作台 from that date until fixed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Stage
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.inspection_forms import IssueForm
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry, Building, InspectionIssue
from anjia_desk.services import customer_state as cs
from anjia_desk.services import preinspection, preinspection_todos, settings, workbench
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import oversees
from anjia_desk.services.workbench_base import TodoContext, TodoKind
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.test_payments import FULL_PLAN, make_deal

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # Monday 11:00 office time
TODAY = date(2026, 11, 23)


class Sink:
    def __init__(self) -> None:
        self.items: list[tuple[TodoKind, int | None, str, date | None]] = []

    def add(
        self, kind: TodoKind, row: Any, detail: str, due: date | None, ref_id: int | None = None
    ) -> None:
        assert row.id and row.name
        self.items.append((kind, ref_id, detail, due))

    def listed(self, kind: TodoKind) -> int:
        return len(self.items)


def todos(session: Session, actor: Actor, kind: TodoKind) -> list[tuple[int | None, str, Any]]:
    [source] = [s for s in preinspection_todos.SOURCES if s.kind is kind]
    context = TodoContext(
        session=session, actor=actor, team=oversees(actor), now=NOW, today=TODAY,
        rule=cs.rules(session), limit=workbench.ITEM_LIMIT, notes=[],
    )  # fmt: skip
    sink = Sink()
    assert source.collect(context, sink) == len(sink.items)
    return [(ref, detail, due) for _k, ref, detail, due in sink.items]


@pytest.fixture
def world(session: Session) -> dict[str, Any]:
    project = make_project(session)
    near = make_building(session, project, "1栋", floors=2)
    far = make_building(session, project, "2栋", floors=1)
    people = {
        "secretary": add_actor(session, "ms", "秘书", Role.SALES_SECRETARY),
        "manager": add_actor(session, "jl", "经理", Role.SITE_MANAGER),
        "seller": add_actor(session, "gw", "顾问", Role.CONSULTANT),
        "other": add_actor(session, "gw2", "顾问乙", Role.CONSULTANT),
        "cs": add_actor(session, "kf", "客服", Role.CS_MANAGER),
    }
    deals = {}
    for key, unit, stage in (
        ("a", near[0], Stage.SUBSCRIBED),
        ("b", near[1], Stage.SIGNED),
        ("cancelled", near[2], Stage.CANCELLED),
        ("delivered", near[3], Stage.DELIVERED),
        ("far", far[0], Stage.SIGNED),
    ):
        customer = make_customer(session, f"业主{key}", f"1390000{len(deals):04d}")
        deal = make_deal(
            session, project, unit, customer, FULL_PLAN, consultant=people["seller"],
            stage=stage, buyer_name=f"业主{key}",
        )  # fmt: skip
        if stage is Stage.CANCELLED:
            deal.cancelled_at = NOW
        deals[key] = deal.id
    session.flush()
    buildings = {
        "near": near[0].building_id,
        "far": far[0].building_id,
    }
    return {**people, "deals": deals, "buildings": buildings}


def test_invitations_fall_due_within_the_settings_months(
    session: Session, world: dict[str, Any]
) -> None:
    secretary = world["secretary"]
    deals = world["deals"]
    # No delivery date yet: nothing to invite.
    assert todos(session, secretary, TodoKind.INSPECTION_INVITE) == []
    # 1栋 delivered 2027-02-23: exactly three months ahead → due; 2栋 2027-02-24 one day later.
    preinspection.set_delivery_date(
        session, secretary, world["buildings"]["near"], date(2027, 2, 23)
    )
    preinspection.set_delivery_date(
        session, secretary, world["buildings"]["far"], date(2027, 2, 24)
    )
    invites = todos(session, secretary, TodoKind.INSPECTION_INVITE)
    assert [ref for ref, *_ in invites] == [deals["a"], deals["b"]]  # live, not yet delivered
    assert invites[0][1] == "1栋0101 业主a：预计2027年2月23日交付（还有 92 天），请邀约业主预验房"
    assert invites[0][2] == date(2027, 2, 23)
    # Four months in the settings: 2栋 too.
    settings.update_settings(session, Actor.system(), {"complaints.inspection_months": 4})
    assert len(todos(session, secretary, TodoKind.INSPECTION_INVITE)) == 3
    # Invited: no longer listed. Consultants have no such to-do.
    preinspection.record_invitation(session, secretary, deals["a"], now=NOW)
    with pytest.raises(UserError, match="已登记过"):
        preinspection.record_invitation(session, secretary, deals["a"], now=NOW)
    refs = [ref for ref, *_ in todos(session, secretary, TodoKind.INSPECTION_INVITE)]
    assert refs == [deals["b"], deals["far"]]
    assert todos(session, world["seller"], TodoKind.INSPECTION_INVITE) == []
    # The building's date is MANAGE_UNITS: the CS manager may not set it.
    with pytest.raises(PermissionDenied):
        preinspection.set_delivery_date(session, world["cs"], world["buildings"]["far"], None)
    building = session.get(Building, world["buildings"]["far"])
    assert building is not None and building.delivery_on == date(2027, 2, 24)
    with pytest.raises(UserError, match="已取消"):
        preinspection.record_invitation(session, secretary, deals["cancelled"], now=NOW)


def test_issues_are_followed_until_fixed(session: Session, world: dict[str, Any]) -> None:
    cs_manager, deal_id = world["cs"], world["deals"]["b"]
    form = IssueForm("主卧墙面空鼓", date(2026, 11, 30), place="主卧", responsible="施工方张工")
    with pytest.raises(UserError, match="请先登记预验房日期"):
        preinspection.add_issue(session, cs_manager, deal_id, form, now=NOW)
    with pytest.raises(ValidationError) as late:
        preinspection.record_viewing(session, cs_manager, deal_id, date(2026, 11, 24), now=NOW)
    assert "day" in late.value.fields
    preinspection.record_viewing(session, cs_manager, deal_id, date(2026, 11, 20), now=NOW)
    with pytest.raises(ValidationError) as early:
        preinspection.add_issue(
            session, cs_manager, deal_id, IssueForm("漏水", date(2026, 11, 19)), now=NOW
        )
    assert set(early.value.fields) == {"promised_on"}
    due_today = preinspection.add_issue(
        session, cs_manager, deal_id, IssueForm("卫生间地漏反味", TODAY), now=NOW
    )
    late_issue = preinspection.add_issue(
        session, cs_manager, deal_id, IssueForm("入户门划痕", date(2026, 11, 21)), now=NOW
    )
    later = preinspection.add_issue(session, cs_manager, deal_id, form, now=NOW)
    issue = session.get(InspectionIssue, later)
    assert issue is not None and issue.found_on == date(2026, 11, 20)
    due = todos(session, world["secretary"], TodoKind.INSPECTION_ISSUE)
    assert [ref for ref, *_ in due] == [deal_id, deal_id]  # the deal opens; 11-30 not yet due
    assert due[0][1] == "1栋0102 业主b：入户门划痕；承诺11月21日整改完成（已逾期 2 天）"
    assert due[1][1].endswith("承诺11月23日整改完成（今天到期）")
    # Fixed: off the list; the window shows the open ones first.
    preinspection.fix_issue(
        session, cs_manager, late_issue, fixed_on=date(2026, 11, 22), note="已补漆", now=NOW
    )
    with pytest.raises(UserError, match="已登记整改完成"):
        preinspection.fix_issue(session, cs_manager, late_issue, fixed_on=TODAY, now=NOW)
    with pytest.raises(ValidationError):
        preinspection.fix_issue(
            session, cs_manager, due_today, fixed_on=date(2026, 11, 19), now=NOW
        )
    [left] = todos(session, world["manager"], TodoKind.INSPECTION_ISSUE)
    assert "地漏反味" in left[1]
    todo = workbench.todo_for(session, world["manager"], now=NOW)
    [item] = todo.items_of(TodoKind.INSPECTION_ISSUE)
    assert (item.ref_id, item.customer_name, item.due) == (deal_id, "业主b", TODAY)
    lines = preinspection.issues_of(session, world["seller"], deal_id)  # the seller reads
    assert [line.id for line in lines] == [due_today, later, late_issue]
    assert lines[-1].state == "已整改" and lines[-1].note == "已补漆"
    view = preinspection.inspection_of(session, world["seller"], deal_id)
    assert view.inspection_on == date(2026, 11, 20) and view.invited_at is not None
    assert not view.may_edit and view.live
    # Another consultant reads nothing of it; a consultant writes nothing.
    with pytest.raises(PermissionDenied):
        preinspection.issues_of(session, world["other"], deal_id)
    with pytest.raises(PermissionDenied):
        preinspection.add_issue(session, world["seller"], deal_id, form, now=NOW)
    assert session.query(AuditEntry).filter(AuditEntry.entity == "inspection_issues").count() == 4
