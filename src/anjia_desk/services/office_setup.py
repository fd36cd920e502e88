"""The first-run checklist of a new office (开办清单): what an administrator sets up before the
office's first day — the letterhead, the first project and its 预售许可证, the staff and their
roles, the backup passphrase — each ticked from what the database holds now."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.roles import Action, Role
from anjia_desk.db.models import Project, User, UserRole
from anjia_desk.services.backup_keys import has_backup_passphrase
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_settings

#: The letterhead lines a paper cannot do without.
LETTERHEAD_NEEDED = ("letterhead.company", "letterhead.project")


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    title: str
    done: bool
    #: What is there now, or what to do.
    detail: str
    #: The page that does it ("section" or "section/tab", see ui/start_page.py).
    address: str
    button: str


def office_checklist(session: Session, actor: Actor) -> list[ChecklistItem]:
    """The four steps, in the order an office takes them."""
    actor.require(Action.EDIT_SETTINGS)
    return [
        _letterhead(session),
        _project(session),
        _staff(session),
        _passphrase(session),
    ]


def _letterhead(session: Session) -> ChecklistItem:
    values = get_settings(session)
    company, project = (str(values[key]).strip() for key in LETTERHEAD_NEEDED)
    done = bool(company and project)
    detail = (
        f"{company} · {project}"
        if done
        else "填写公司名称和项目名称（还可填地址、电话）：它们印在收据、认购书等每张纸的顶部。"
    )
    return ChecklistItem("letterhead", "信头", done, detail, "settings/general", "去填写信头")


def _project(session: Session) -> ChecklistItem:
    rows = session.execute(
        select(Project.name, Project.permit_no).order_by(Project.id).limit(20)
    ).all()
    permitted = [name for name, permit in rows if permit.strip()]
    if permitted:
        detail = f"已有项目：{'、'.join(permitted[:3])}" + ("等" if len(permitted) > 3 else "")
    elif rows:
        detail = f"项目“{rows[0][0]}”还没有填写预售许可证号：没有预售证不能认购。"
    else:
        detail = "新建第一个项目，填写预售许可证号和发证日期，再生成楼栋和房源。"
    return ChecklistItem(
        "project", "第一个项目和预售证", bool(permitted), detail, "units", "去房源新建项目"
    )


def _staff(session: Session) -> ChecklistItem:
    """Done once someone besides the administrators can work: an active user with a role other
    than 管理员."""
    count = session.scalar(
        select(func.count(func.distinct(User.id)))
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.is_active.is_(True), UserRole.role != Role.ADMIN)
    )
    staff = int(count or 0)
    detail = (
        f"已有 {staff} 位同事可以登录工作。"
        if staff
        else "为前台、置业顾问、出纳等同事建账号并分配角色（一人可兼多个角色）。"
    )
    return ChecklistItem("users", "用户和角色", staff > 0, detail, "settings/users", "去添加用户")


def _passphrase(session: Session) -> ChecklistItem:
    done = has_backup_passphrase(session)
    detail = (
        "已设置：每天自动加密备份。"
        if done
        else "设置备份口令后才会每天自动备份；口令不保存在电脑里，请记在安全的地方。"
    )
    return ChecklistItem(
        "passphrase", "备份口令", done, detail, "settings/backup", "去设置备份口令"
    )
