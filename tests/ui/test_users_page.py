"""设置 › 用户: the list, the add/edit dialog, disabling, password resets and stale versions."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import users
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.users_page import UserDialog, UsersPage


@pytest.fixture
def page(qtbot, ctx: AppContext) -> UsersPage:
    widget = UsersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


@pytest.fixture
def wang(database: Database, admin_actor: Actor) -> users.UserRow:
    with session_scope(database, admin_actor) as s:
        return users.add_user(
            s,
            admin_actor,
            username="wangfang",
            display_name="王芳",
            roles=[Role.CONSULTANT.value],
            password="pass-123",
        )


def open_add_dialog(qtbot, page: UsersPage) -> UserDialog:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def usernames(page: UsersPage) -> list[str]:
    return [row.username for row in page.model.rows]


def test_table_lists_users_in_the_office_zone(
    qtbot, page: UsersPage, database: Database, qtmodeltester
) -> None:
    with session_scope(database) as s:
        users.login(s, "admin", "admin-pass-1", now=datetime(2026, 3, 5, 1, 30, tzinfo=UTC))
    page.reload()
    qtmodeltester.check(page.model)
    assert [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(5)] == [
        "登录名",
        "姓名",
        "角色",
        "状态",
        "最近登录",
    ]
    assert page.model.data(page.model.index(0, 2)) == "管理员"
    assert page.model.data(page.model.index(0, 3)) == "在用"
    assert page.model.data(page.model.index(0, 4)) == "2026-03-05 09:30"


def test_add_a_user_through_the_dialog(
    qtbot, page: UsersPage, ctx: AppContext, database: Database
) -> None:
    dialog = open_add_dialog(qtbot, page)
    hints = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
    assert "不设密码的人不能登录" in hints
    qtbot.keyClicks(dialog.username, "zhangwei")
    dialog.display_name.setText("张伟")
    qtbot.mouseClick(dialog.role_boxes[Role.CONSULTANT], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.role_boxes[Role.FRONT_DESK], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.password, "start-123")
    qtbot.keyClicks(dialog.password_again, "start-123")
    with qtbot.waitSignal(ctx.changed) as blocker:
        qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)  # Enter saves
    assert Topic.USERS in blocker.args[0].topics

    assert page.dialog is None
    assert not dialog.isVisible()
    assert "zhangwei" in usernames(page)
    assert page.selected() is not None and page.selected().username == "zhangwei"
    row = page.selected()
    assert row.roles == frozenset({Role.CONSULTANT, Role.FRONT_DESK})
    assert (
        page.model.data(page.model.index(usernames(page).index("zhangwei"), 2)) == "前台、置业顾问"
    )
    assert page.message.kind == "ok"
    assert "第一次登录时须修改密码" in page.message.text()
    with session_scope(database) as s:
        actor = users.login(s, "zhangwei", "start-123")
        assert users.must_change_password(s, actor)


def test_a_user_without_password_cannot_log_in(qtbot, page: UsersPage, database: Database):
    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClicks(dialog.username, "lisi")
    dialog.display_name.setText("李四")
    qtbot.mouseClick(dialog.role_boxes[Role.CONSULTANT], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "未设密码，暂时不能登录" in page.message.text()
    row = page.model.rows[usernames(page).index("lisi")]
    assert page.model.data(page.model.index(usernames(page).index("lisi"), 3)) == (
        "在用（未设密码，不能登录）"
    )
    assert not row.has_password
    with session_scope(database) as s, pytest.raises(UserError):
        users.login(s, "lisi", "")


def test_validation_errors_beside_the_fields_and_escape_cancels(
    qtbot, page: UsersPage, database: Database, wang
) -> None:
    page.reload()
    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClicks(dialog.username, "9x")
    qtbot.keyClicks(dialog.password, "abc")
    qtbot.keyClicks(dialog.password_again, "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "以字母开头" in dialog.errors.message("username")
    assert dialog.errors.message("display_name") == "请填写姓名"
    assert dialog.errors.message("roles") == "至少选择一个角色"
    assert dialog.errors.message("password") == "密码至少 6 位"

    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "WangFang")  # taken, whatever the case
    dialog.display_name.setText("王芳")
    qtbot.mouseClick(dialog.role_boxes[Role.CASHIER], Qt.MouseButton.LeftButton)
    dialog.password.clear()
    dialog.password_again.clear()
    qtbot.keyClicks(dialog.password, "secret-1")
    qtbot.keyClicks(dialog.password_again, "secret-2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("password_again") == "两次输入的密码不一致"

    dialog.password_again.clear()
    qtbot.keyClicks(dialog.password_again, "secret-1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("username") == "这个登录名已被使用"
    assert dialog.errors.message("password_again") == ""

    qtbot.keyClick(dialog.display_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert page.dialog is None
    assert usernames(page) == ["admin", "wangfang"]


def test_edit_name_and_roles(qtbot, page: UsersPage, database: Database, wang) -> None:
    page.reload()
    page.select_user("wangfang")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.username.isReadOnly()
    assert dialog.role_boxes[Role.CONSULTANT].isChecked()
    assert not dialog.password.isVisible()
    dialog.display_name.setText("王芳芳")
    qtbot.mouseClick(dialog.role_boxes[Role.SENIOR_CONSULTANT], Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.display_name, Qt.Key.Key_Enter)
    assert page.dialog is None
    row = page.selected()
    assert row is not None and row.display_name == "王芳芳"
    assert row.roles == frozenset({Role.CONSULTANT, Role.SENIOR_CONSULTANT})
    assert row.version > wang.version


def test_disable_and_enable_with_confirmation(
    qtbot, page: UsersPage, ctx: AppContext, database: Database, fake_dialogs, wang
) -> None:
    page.reload()
    page.select_user("wangfang")
    assert page.toggle_button.text() == "停用"

    fake_dialogs.confirm_answer = False
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names() == ["confirm"]
    assert page.selected().is_active

    fake_dialogs.confirm_answer = True
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert "停用后他不能再登录" in fake_dialogs.calls[-1][1][1]
    row = page.selected()
    assert row is not None and not row.is_active
    assert page.toggle_button.text() == "启用"
    assert page.model.data(page.model.index(usernames(page).index("wangfang"), 3)) == "已停用"
    with session_scope(database) as s, pytest.raises(UserError, match="已停用"):
        users.login(s, "wangfang", "pass-123")

    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert page.selected().is_active


def test_disabling_yourself_is_refused_in_the_page(qtbot, page: UsersPage) -> None:
    page.select_user("admin")
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "error"
    assert "不能停用自己" in page.message.text()


def test_reset_password(qtbot, page: UsersPage, database: Database, fake_dialogs, wang) -> None:
    page.reload()
    page.select_user("wangfang")

    fake_dialogs.secret = None  # cancelled
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == ""

    fake_dialogs.secret = "123"
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "error"
    assert "密码至少 6 位" in page.message.text()

    fake_dialogs.secret = "temp-4567"
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "ok"
    assert "下次登录时必须改成自己的密码" in page.message.text()
    assert fake_dialogs.names().count("ask_secret") == 5  # cancel, then twice, twice
    with session_scope(database) as s:
        actor = users.login(s, "wangfang", "temp-4567")
        assert users.must_change_password(s, actor)


def test_stale_version_is_reported_and_the_table_reloaded(
    qtbot, page: UsersPage, database: Database, admin_actor: Actor, fake_dialogs, wang
) -> None:
    page.reload()
    page.select_user("wangfang")
    # Someone at another PC renames her after this page loaded.
    with session_scope(database, admin_actor) as s:
        users.update_user(
            s, admin_actor, wang.id, display_name="王小芳", roles=[Role.CONSULTANT.value]
        )
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "error"
    assert "已被其他人修改" in page.message.text()
    row = page.selected()
    assert row is not None and row.display_name == "王小芳" and row.is_active

    # The same in the edit dialog: it closes and the page explains.
    with session_scope(database, admin_actor) as s:
        users.update_user(
            s, admin_actor, wang.id, display_name="王芳", roles=[Role.CONSULTANT.value]
        )
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    with session_scope(database, admin_actor) as s:
        users.set_active(s, admin_actor, wang.id, False)
    dialog.display_name.setText("王芳二")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert "已被其他人修改" in page.message.text()
    row = page.selected()
    assert row is not None and row.display_name == "王芳" and not row.is_active


def test_reloads_on_a_write_to_users_and_not_on_an_unrelated_one(
    qtbot, page: UsersPage, ctx: AppContext, monkeypatch
) -> None:
    from anjia_desk.services.calendar import save_year

    assert page.sources == {Topic.USERS, Topic.SETTINGS}
    fills: list[int] = []
    original = page._fill
    monkeypatch.setattr(page, "_fill", lambda loaded: (fills.append(1), original(loaded)))
    ops.write(
        ctx,
        lambda s, a: users.add_user(
            s, a, username="lisi", display_name="李四", roles=[Role.CONSULTANT.value], password=None
        ),
        parent=None,
    )
    assert fills == [1]
    assert "lisi" in usernames(page)

    ops.write(ctx, lambda s, a: save_year(s, a, 2031, []), parent=None)
    assert fills == [1]
