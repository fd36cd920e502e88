"""The 工作台's registry: one source per kind, in the list's order, and the builder lists whatever
the registered sources give it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.roles import Role
from anjia_desk.services import workbench
from anjia_desk.services.workbench_base import (
    BASE_COLUMNS,
    FunctionSource,
    TodoContext,
    TodoKind,
    TodoSink,
)
from anjia_desk.services.workbench_sources import BUILT_IN
from tests.helpers import add_actor
from tests.services.test_workbench import NOW, make_customer


def test_one_built_in_source_per_kind_in_the_lists_order() -> None:
    assert [source.kind for source in BUILT_IN] == list(TodoKind)
    assert list(workbench.todo_sources()) == list(BUILT_IN)


def test_the_counts_follow_the_sources(session: Session) -> None:
    c1 = add_actor(session, "c1", "王顾问", Role.CONSULTANT)
    todo = workbench.todo_for(session, c1, now=NOW)
    assert list(todo.counts) == list(TodoKind)


def test_a_registered_source_is_listed_named_and_masked(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    c1 = add_actor(session, "c1", "王顾问", Role.CONSULTANT)
    manager = add_actor(session, "m1", "周经理", Role.SITE_MANAGER)
    make_customer(session, "张三", "13800000001", owner=c1)
    seen: list[TodoContext] = []

    def every_customer(context: TodoContext, sink: TodoSink) -> int:
        seen.append(context)
        rows = list(context.session.execute(select(*BASE_COLUMNS)))
        for row in rows[: context.limit]:
            sink.add(TodoKind.POOL, row, "试一试", date(2025, 9, 28), 7)
        assert sink.listed(TodoKind.POOL) == min(len(rows), context.limit)
        return len(rows)

    monkeypatch.setattr(
        workbench, "todo_sources", lambda: (FunctionSource(TodoKind.POOL, every_customer),)
    )
    todo = workbench.todo_for(session, manager, now=NOW)
    assert todo.counts == {TodoKind.POOL: 1}
    [item] = todo.items
    assert (item.customer_name, item.owner_name, item.detail, item.ref_id) == (
        "张三",
        "王顾问",
        "试一试",
        7,
    )
    assert item.shown_phone == "13800000001"  # the site manager sees the team's numbers
    assert seen[0].team and seen[0].limit == workbench.ITEM_LIMIT
