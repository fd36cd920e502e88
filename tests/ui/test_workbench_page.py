"""工作台: chips with counts, the to-do list opening customers, the team and the rotation board
for the site manager, the board for the front desk, refreshing on changes.

The rotation board, the registration dialog and the customer dialog (other helpers' widgets) are
replaced by small fakes, so these tests see exactly what the workbench asks of them."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import RiskWarning
from anjia_desk.services import users
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.services.workbench_base import TodoItem, TodoKind
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.workbench_page import TodoModel, WorkbenchSection
from tests.services.test_workbench import NOW, days_ago, make_customer


@dataclass
class Opened:
    customers: list[int] = field(default_factory=list)
    registrations: int = 0
    boards: list[QWidget] = field(default_factory=list)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Opened:
    record = Opened()

    class FakeBoard(QWidget):
        def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
            super().__init__(parent)
            self.setObjectName("rotationBoard")
            record.boards.append(self)

    def open_customer(ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        record.customers.append(customer_id)

    def open_registration(ctx: AppContext, parent: QWidget | None = None, **_kw: object) -> None:
        record.registrations += 1

    for name, attrs in (
        ("rotation_board", {"RotationBoard": FakeBoard}),
        ("customers.window", {"open_customer": open_customer}),
        ("registration", {"open_registration": open_registration}),
    ):
        module = types.ModuleType(f"anjia_desk.ui.{name}")
        for key, value in attrs.items():
            setattr(module, key, value)
        monkeypatch.setitem(sys.modules, f"anjia_desk.ui.{name}", module)
    return record


def _user(database: Database, username: str, name: str, *roles: Role) -> Actor:
    with session_scope(database, Actor.system()) as s:
        row = users.add_user(
            s,
            Actor.system(),
            username=username,
            display_name=name,
            roles=[r.value for r in roles],
            password=None,
        )
    return Actor(row.id, username, name, frozenset(roles))


@pytest.fixture
def staff(database: Database) -> dict[str, Actor]:
    return {
        "c1": _user(database, "c1", "王顾问", Role.CONSULTANT),
        "c2": _user(database, "c2", "李顾问", Role.CONSULTANT),
        "manager": _user(database, "m1", "周经理", Role.SITE_MANAGER),
        "desk": _user(database, "f1", "前台小陈", Role.FRONT_DESK),
    }


@pytest.fixture
def customers(database: Database, staff: dict[str, Actor]) -> dict[str, int]:
    with session_scope(database, Actor.system()) as s:
        c1, c2 = staff["c1"], staff["c2"]
        made = {
            "overdue": make_customer(
                s, "逾期甲", "13800000001", owner=c1, grade="A", contact=days_ago(5)
            ),
            "today": make_customer(
                s, "今天乙", "13800000002", owner=c1, grade="B", contact=days_ago(7)
            ),
            "birthday": make_customer(
                s,
                "寿星丙",
                "13800000003",
                owner=c1,
                contact=days_ago(1),
                birthday=date(1980, 9, 29),
            ),
            "pool": make_customer(s, "公客丁", "13800000004"),
            "other": make_customer(
                s, "别人戊", "13800000005", owner=c2, grade="A", contact=days_ago(9)
            ),
        }
        s.add(
            RiskWarning(
                customer_id=made["other"].id, start_day=date(2025, 9, 27), end_day=date(2025, 9, 28)
            )
        )
        return {key: c.id for key, c in made.items()}


def section_for(qtbot, database, fake_dialogs, actor: Actor) -> WorkbenchSection:
    ctx = AppContext(database, actor, dialogs=fake_dialogs, clock=lambda: NOW)
    widget = WorkbenchSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(section: WorkbenchSection) -> list[str]:
    return [item.customer_name for item in section.shown_items()]


def test_consultant_sees_counts_and_opens_customers(
    qtbot, database, fake_dialogs, staff, customers, opened, qtmodeltester
):
    section = section_for(qtbot, database, fake_dialogs, staff["c1"])
    qtmodeltester.check(section.model)
    assert section.title.text() == "工作台 · 9月28日 星期日"
    assert section.chips["overdue"].text() == "逾期跟进 1"
    assert section.chips["due_today"].text() == "今日跟进 1"
    assert section.chips["birthday"].text() == "生日问候 1"
    assert section.chips["pool"].text() == "公客池可认领 1"
    assert section.chips["warning"].isHidden()  # nothing of that kind
    assert section.chips["holiday"].text() == "节日问候 3"  # 国庆节 starts within 3 days
    assert section.chips["all"].text() == "全部 7"
    assert section.team_table is None and section.board is None and not opened.boards
    assert section.model.columnCount() == 5  # no consultant column for one's own list

    qtbot.mouseClick(section.chips["overdue"], Qt.MouseButton.LeftButton)
    assert names(section) == ["逾期甲"]
    model = section.model
    assert model.data(model.index(0, model.column_index("kind"))) == "逾期跟进"
    assert model.data(model.index(0, model.column_index("phone"))) == "13800000001"
    qtbot.mouseClick(section.chips["pool"], Qt.MouseButton.LeftButton)
    assert names(section) == ["公客丁"]
    qtbot.mouseClick(section.chips["all"], Qt.MouseButton.LeftButton)
    assert len(names(section)) == 7

    # Double-click a row, or select it and press Enter: the customer opens.
    view = section.table
    row = names(section).index("寿星丙")
    rect = view.visualRect(section.model.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.customers == [customers["birthday"]]
    view.selectRow(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.customers[-1] == section.shown_items()[0].customer_id

    qtbot.mouseClick(section.register_button, Qt.MouseButton.LeftButton)
    assert opened.registrations == 1


def test_refreshes_when_customers_change(qtbot, database, fake_dialogs, staff, customers, opened):
    """A write through the operation layer to what the to-dos are read from reloads them; a
    write to anything else (today's duty list, for a consultant) does not."""
    from anjia_desk.services.rotation import set_duty_list

    section = section_for(qtbot, database, fake_dialogs, staff["c1"])
    assert {Topic.CUSTOMERS, Topic.SETTINGS, Topic.CALENDAR, Topic.DEALS} <= section.sources
    assert Topic.ROTATION not in section.sources
    qtbot.mouseClick(section.chips["overdue"], Qt.MouseButton.LeftButton)
    assert names(section) == ["逾期甲"]
    reloads: list[object] = []
    fill = section._fill
    section._fill = lambda loaded: (reloads.append(loaded), fill(loaded))  # type: ignore[method-assign]

    manager, c1 = staff["manager"], staff["c1"]
    on_duty = [c1.user_id]
    ops.write(section.ctx, lambda s, a: set_duty_list(s, manager, on_duty, now=NOW), parent=None)
    assert reloads == []  # not its business
    ops.write(
        section.ctx,
        lambda s, a: make_customer(s, "新逾期", "13800000011", owner=c1, contact=days_ago(40)),
        parent=None,
    )
    assert len(reloads) == 1
    assert sorted(names(section)) == ["新逾期", "逾期甲"]
    assert section.chips["overdue"].text() == "逾期跟进 2"


def test_site_manager_sees_team_and_rotation(
    qtbot, database, fake_dialogs, staff, customers, opened, qtmodeltester
):
    section = section_for(qtbot, database, fake_dialogs, staff["manager"])
    assert section.team_model is not None and section.team_table is not None
    qtmodeltester.check(section.team_model)
    assert len(opened.boards) == 1 and section.board is opened.boards[0]
    assert section.board.isVisible() and section.team_table.isVisible()
    team = {line.name: line for line in section.team_model.rows}
    assert set(team) == {"王顾问", "李顾问"}
    assert (team["王顾问"].overdue, team["王顾问"].due_today, team["王顾问"].customers) == (1, 1, 3)
    assert team["李顾问"].overdue == 1
    assert section.chips["warning"].text() == "二级预警 1"
    assert section.model.columnCount() == 6  # with the consultant's name
    # What, for whom, by when, by whom first: the rest scrolls on a 1366-px screen.
    assert [c.title for c in section.model.columns][:4] == ["事项", "客户", "到期", "负责人"]
    detail = section.model.column_index("detail")
    assert section.table.columnWidth(detail) > 100  # sized from its text, not the default
    qtbot.mouseClick(section.chips["overdue"], Qt.MouseButton.LeftButton)
    assert [(i.customer_name, i.owner_name) for i in section.shown_items()] == [
        ("别人戊", "李顾问"),
        ("逾期甲", "王顾问"),
    ]
    owner_column = section.model.column_index("owner")
    assert section.model.data(section.model.index(0, owner_column)) == "李顾问"
    assert section.chips["pool"].isHidden()  # the manager does not claim
    assert section.register_button.isVisible()


def test_front_desk_gets_the_rotation_board(qtbot, database, fake_dialogs, staff, opened):
    section = section_for(qtbot, database, fake_dialogs, staff["desk"])
    assert section.board is not None and section.board.isVisible()
    assert section.table.isHidden() and not section.chips
    qtbot.mouseClick(section.register_button, Qt.MouseButton.LeftButton)
    assert opened.registrations == 1
    section.reload()  # nothing to load for the front desk
    assert section.todo is None


def test_empty_list_and_notes(qtbot, database, fake_dialogs, staff, opened, monkeypatch):
    from anjia_desk.services import workbench

    section = section_for(qtbot, database, fake_dialogs, staff["c2"])
    assert section.table.isHidden() and section.empty_hint.isVisible()
    assert section.chips["all"].text() == "全部 0"
    monkeypatch.setattr(workbench, "ITEM_LIMIT", 1)
    with session_scope(database, Actor.system()) as s:
        for i in range(2):
            make_customer(s, f"逾期{i}", f"1390000000{i}", owner=staff["c2"], contact=days_ago(40))
    section.reload()
    assert section.message.kind == "info"
    assert "逾期跟进共 2 条，只列出前 1 条" in section.message.text()
    qtbot.mouseClick(section.chips["birthday"], Qt.MouseButton.LeftButton)
    assert section.empty_hint.isVisible() and section.message.isHidden()


def test_a_refusal_is_shown(qtbot, database, fake_dialogs, staff, opened, monkeypatch):
    from anjia_desk.core.errors import UserError
    from anjia_desk.services import workbench

    section = section_for(qtbot, database, fake_dialogs, staff["c1"])

    def refuse(*_args, **_kwargs):
        raise UserError("数据库正忙")

    monkeypatch.setattr(workbench, "todo_for", refuse)
    section.reload()
    assert section.message.kind == "error" and "数据库正忙" in section.message.text()


@pytest.mark.parametrize(
    ("kind", "days_late", "red"),
    [
        (TodoKind.OVERDUE, 0, True),  # an overdue follow-up is red whatever its date
        (TodoKind.STEP_DUE, 3, True),  # an overdue 下一步: red like it
        (TodoKind.STEP_DUE, 0, False),  # due today: not yet
        (TodoKind.SIGN_DUE, 1, True),  # the signing deadline passed
        (TodoKind.DEPOSIT_MISSING, 2, True),
        (TodoKind.BIRTHDAY, 0, False),
        (TodoKind.REFUND_DUE, 1, True),  # issue 17: a refund past its due date
        (TodoKind.REFUND_DUE, -5, False),  # due in 5 days
    ],
)
def test_late_deal_to_dos_are_red_like_overdue_follow_ups(
    qtbot, kind: TodoKind, days_late: int, red: bool
) -> None:
    today = date(2025, 9, 28)
    model = TodoModel(team=False)
    model.today = today
    item = TodoItem(kind, 1, "王建国", "138****1111", "…", today - timedelta(days=days_late))
    model.set_rows([item])
    colour = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert (colour == QColor(palette.ERROR)) is red


def test_the_site_manager_sees_who_looks_up_too_many_phones(
    qtbot, database, fake_dialogs, staff, opened
):
    """Issue 14: a person beyond the 判客 limit is the site manager's to-do; it names them and
    opens no customer."""
    from datetime import timedelta as span

    from anjia_desk.services import reception, settings

    with session_scope(database, Actor.system()) as s:
        settings.update_settings(s, Actor.system(), {"lookup.limit": 2})
        for step in range(4):
            at = NOW + span(seconds=5 * step)
            reception.lookup_phone(s, staff["c2"], f"1380000{step:04d}", now=at)
    section = section_for(qtbot, database, fake_dialogs, staff["manager"])
    assert section.chips["lookups"].text() == "判客查询频繁 1"
    qtbot.mouseClick(section.chips["lookups"], Qt.MouseButton.LeftButton)
    [item] = section.shown_items()
    assert item.owner_name == "李顾问" and item.customer_id == 0
    assert item.detail.startswith("李顾问 今天判客查询 4 次未登记来访，其中 2 次超过")
    section.open_item(item)
    assert opened.customers == []
    assert "李顾问 今天判客查询 4 次" in section.message.text()
    consultant = section_for(qtbot, database, fake_dialogs, staff["c1"])
    assert consultant.chips["lookups"].isHidden()


def test_the_chips_wrap_to_fit_an_office_screen(qtbot, database, fake_dialogs, staff, opened):
    """One chip per kind of to-do: with every kind counted the row wraps instead of widening
    the window past 1366 pixels (the navigation takes ~170 of them)."""
    section = section_for(qtbot, database, fake_dialogs, staff["manager"])
    for chip in section.chips.values():
        chip.setText(f"{chip.text()} 99")
        chip.setVisible(True)
    assert section.minimumSizeHint().width() <= 1366 - 200
    section.resize(1366 - 170, 700)
    qtbot.waitUntil(
        lambda: all(c.geometry().right() <= section.width() for c in section.chips.values())
    )


@pytest.mark.parametrize(
    "kind", [TodoKind.DUNNING_CALL, TodoKind.LOAN_CHASE, TodoKind.DEMAND_DATES]
)
def test_a_dunning_to_do_opens_its_deal(
    qtbot, database, fake_dialogs, staff, opened, kind: TodoKind
) -> None:
    """Issue 16: 催款致电, 按揭催办 and 催告期限 are about a deal (ref_id): it opens."""
    section = section_for(qtbot, database, fake_dialogs, staff["manager"])
    item = TodoItem(kind, 1, "王建国", "138****1111", "…", None, ref_id=7)
    assert section.deal_of(item) == 7
