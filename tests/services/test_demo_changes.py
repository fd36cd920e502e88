"""The demo's change orders (issue 17): every kind and outcome made through the services — order
1 a 退房 asked within 72 hours of 签约 and completed with its brief scored; a 退定 with the 定金
kept, one returned double, a 退房 on the area ground with interest and a due date, a retained
customer, a 换房 and a 更名, one waiting for approval;
the 工作台 and the 退房 sheet show them; the same seed gives the same orders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from anjia_desk.core import passwords
from anjia_desk.core.changes import (
    ChangeKind,
    ChangeStatus,
    Fault,
    Ground,
    TalkOutcome,
    brief_score,
)
from anjia_desk.core.deals import Stage
from anjia_desk.core.refund_money import LineKind
from anjia_desk.db.engine import Database, open_database
from anjia_desk.db.models import ChangeOrder, Deal
from anjia_desk.services import workbench
from anjia_desk.services.change_brief import change_brief
from anjia_desk.services.change_execute import brief_ticks
from anjia_desk.services.change_money import table_from_json
from anjia_desk.services.context import Actor
from anjia_desk.services.demo import DemoResult, create_demo
from anjia_desk.services.demo_changes import BRIEF_TICKS
from anjia_desk.services.exporting import ExportRequest, export_workbook
from anjia_desk.services.workbench_base import TodoKind
from tests.services.test_demo_dunning import NOW

COUNT = 400


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoResult]]:
    saved, passwords._N = passwords._N, 2**10
    try:
        database = open_database(str(tmp_path_factory.mktemp("changes") / "demo.db"))
        result = create_demo(database, seed=4, customers=COUNT, now=NOW)
        yield database, result
        database.close()
    finally:
        passwords._N = saved


def orders(database: Database) -> list[ChangeOrder]:
    with database.sessions() as s:
        return list(s.scalars(select(ChangeOrder).order_by(ChangeOrder.id)))


def test_order_one_is_a_completed_cancellation_with_a_brief(demo) -> None:
    database, _result = demo
    with database.sessions() as s:
        first = s.get(ChangeOrder, 1)
        assert first is not None and first.number == 1
        assert first.kind is ChangeKind.CANCEL and first.within_72h
        assert first.stage_at_request is Stage.SIGNED
        assert first.talk_outcome is TalkOutcome.LEAVE and first.real_reason
        deal = s.get(Deal, first.deal_id)
        assert deal is not None and deal.stage is Stage.CANCELLED
        assert first.leader_id is not None and first.leader_id != deal.consultant_id
        assert first.executed_at is not None and first.contract_recovered_on is not None
        assert brief_ticks(first) == BRIEF_TICKS and brief_score(BRIEF_TICKS) == 90
        assert first.gift
        assert first.status is ChangeStatus.CLOSED  # paid back, confirmed, contract recovered
        brief = change_brief(s, Actor.system(), 1)  # the printed brief: ticked and scored
        assert brief.score == 90 and brief.scored_by and brief.touchpoints
        assert sum(ticked for _item, ticked in brief.checklist) == 9
        assert deal.buyer_name not in brief.customer  # de-identified
        assert first.computed is not None and first.computed > 0


def test_every_kind_and_outcome(demo) -> None:
    database, result = demo
    made = orders(database)
    assert [o.number for o in made] == list(range(1, len(made) + 1))  # one project, gap-free
    assert all(o.requested_at.replace(tzinfo=UTC) < NOW for o in made)
    refunds = {}
    for order in made:
        if order.facts:
            refunds[order.id] = table_from_json(order.facts)
    kept = [
        o for o in made
        if o.kind is ChangeKind.UNSUBSCRIBE and o.fault is Fault.BUYER and o.id in refunds
    ]  # fmt: skip
    assert kept and refunds[kept[0].id].kept > 0  # the 定金 kept
    double = [o for o in made if o.ground is Ground.PLANNING]
    assert double and any(line.kind is LineKind.DOUBLE for line in refunds[double[0].id].lines)
    assert double[0].legal_confirmed_at is not None
    [area] = [o for o in made if o.ground is Ground.AREA]
    assert refunds[area.id].interest > 0
    asked = area.requested_at.replace(tzinfo=UTC) + timedelta(hours=8)
    assert area.refund_due_on == asked.date() + timedelta(days=30)
    [retained] = [o for o in made if o.status is ChangeStatus.RETAINED]
    assert retained.talk_outcome is TalkOutcome.KEEP
    [waiting] = [o for o in made if o.status is ChangeStatus.APPROVAL]
    assert waiting.marketing_at is not None and waiting.finance_at is None
    assert kept[0].status is ChangeStatus.CLOSED  # the rest paid back
    assert double[0].status is ChangeStatus.EXECUTED  # waiting for the cashier
    assert {o.kind for o in made} == set(ChangeKind) - {ChangeKind.TERMINATE}
    swapped = [o for o in made if o.kind in (ChangeKind.SWAP, ChangeKind.RENAME)]
    assert len(swapped) == 2 and all(o.status is ChangeStatus.CLOSED for o in swapped)
    assert result.changes is not None and result.changes.orders == len(made)


def test_the_workbench_and_the_sheet_show_them(demo, tmp_path: Path) -> None:
    database, _result = demo
    made = orders(database)
    with database.sessions() as s:
        manager = Actor.system()
        todo = workbench.todo_for(s, manager, now=NOW)
        open_ids = {o.id for o in made if o.status.is_open}
        assert {i.ref_id for i in todo.items_of(TodoKind.CHANGE_OPEN)} == open_ids
        [area] = [o.id for o in made if o.ground is Ground.AREA]
        due = todo.items_of(TodoKind.REFUND_DUE)
        assert [i.ref_id for i in due] == [area] and "还有 10 天" in due[0].detail
        out = tmp_path / "退房.xlsx"
        result = export_workbook(s, manager, ExportRequest(("refunds",)), out, now=NOW)
    assert result.rows == {"退房": len(made)}
    sheet = load_workbook(out)["退房"]
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert (first["单号"], first["类型"], first["签约后72小时内"]) == ("BG-000001", "退房", "是")
    assert first["计算应退"] == pytest.approx(float(made[0].computed or Decimal(0)))


def test_the_same_seed_gives_the_same_orders(demo, tmp_path: Path) -> None:
    database, _result = demo
    saved, passwords._N = passwords._N, 2**10
    try:
        again = open_database(str(tmp_path / "again.db"))
        create_demo(again, seed=4, customers=COUNT, now=NOW)
    finally:
        passwords._N = saved

    def shape(db: Database) -> list[tuple[object, ...]]:
        return [
            (o.number, o.kind, o.status, o.deal_id, o.requested_at, o.computed, o.refund_due_on)
            for o in orders(db)
        ]

    assert shape(again) == shape(database)
    again.close()
