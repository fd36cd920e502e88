"""The first-run checklist (开办清单): each step ticked from what the database holds."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.roles import Role
from anjia_desk.db.models import User
from anjia_desk.services.backup import set_backup_passphrase
from anjia_desk.services.context import Actor
from anjia_desk.services.office_setup import office_checklist
from anjia_desk.services.settings import update_settings
from tests.deal_fixtures import make_project
from tests.helpers import add_actor


def ticks(session: Session, actor: Actor) -> dict[str, bool]:
    return {item.key: item.done for item in office_checklist(session, actor)}


def test_a_new_office_has_everything_to_do(session: Session, system: Actor) -> None:
    add_actor(session, "admin", "管理员", Role.ADMIN)
    items = office_checklist(session, system)
    assert [i.title for i in items] == ["信头", "第一个项目和预售证", "用户和角色", "备份口令"]
    assert [i.address for i in items] == [
        "settings/general",
        "units",
        "settings/users",
        "settings/backup",
    ]
    assert not any(i.done for i in items)
    assert all(i.detail and i.button for i in items)


def test_each_step_is_ticked_from_the_database(session: Session, system: Actor) -> None:
    update_settings(session, system, {"letterhead.company": "安家置业"})
    assert not ticks(session, system)["letterhead"]  # the project's name is missing still
    update_settings(session, system, {"letterhead.project": "安家·春江苑"})
    assert ticks(session, system)["letterhead"]

    project = make_project(session, "春江苑")
    project.permit_no = ""
    session.flush()
    item = office_checklist(session, system)[1]
    assert not item.done and "预售许可证" in item.detail
    project.permit_no = "杭预售字(2026)第018号"
    session.flush()
    item = office_checklist(session, system)[1]
    assert item.done and "春江苑" in item.detail

    add_actor(session, "admin2", "副管理员", Role.ADMIN)
    assert not ticks(session, system)["users"]  # administrators alone do not sell
    clerk = add_actor(session, "lin", "林前台", Role.FRONT_DESK)
    assert ticks(session, system)["users"]
    user = session.get(User, clerk.user_id)
    assert user is not None
    user.is_active = False
    session.flush()
    assert not ticks(session, system)["users"]  # a disabled account does not count

    set_backup_passphrase(session, system, "a long passphrase 1")
    assert ticks(session, system)["passphrase"]


def test_the_checklist_is_the_administrators(session: Session) -> None:
    cashier = add_actor(session, "k1", "钱出纳", Role.CASHIER)
    with pytest.raises(PermissionDenied):
        office_checklist(session, cashier)
