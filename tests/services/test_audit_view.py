"""The audit log as head office reads it (services/audit_view.py): 用户, 动作, 对象, 字段 and
旧值 → 新值 in Chinese, times in the office's zone, automatic work as 系统."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

import anjia_desk
from anjia_desk.core.deals import Stage
from anjia_desk.core.roles import Role
from anjia_desk.services import audit
from anjia_desk.services.audit import ACTION_LABELS, AuditRow
from anjia_desk.services.audit_view import (
    action_text,
    audit_lines,
    field_changes,
    render,
    user_text,
)
from anjia_desk.services.backup_keys import scheduler_actor
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import update_settings
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.unit_helpers import make_deal

SHANGHAI = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 12, 6, 9, 5, tzinfo=UTC)  # 17:05 in the office


def row(
    *,
    action: str = "update",
    entity: str = "customers",
    entity_id: int | None = 7,
    summary: str = "",
    actor: str = "王芳",
    user_id: int | None = 3,
    reason: str | None = None,
) -> AuditRow:
    return AuditRow(
        1, AT, actor, "it", "pc-07", action, entity, entity_id, summary, reason, user_id
    )


@pytest.mark.parametrize(
    ("entity", "summary", "expected"),
    [
        # one changed field: its label, old → new, strings without their quotes
        ("customers", "姓名：'张伟' → '张薇'", [("姓名", "张伟 → 张薇")]),
        # several fields: one line each
        (
            "users",
            "姓名：'王芳' → '王芳芳'；在用：是 → 否",
            [("姓名", "王芳 → 王芳芳"), ("在用", "是 → 否")],
        ),
        # money as money
        (
            "deals",
            "特批优惠：0.00 → 20000.00",
            [("特批优惠", "0.00 元 → 20,000.00 元")],
        ),
        # a 2-place number that is not money (万元 budgets) stays a number
        (
            "customers",
            "预算下限（万元）：（空） → 300.00",
            [("预算下限（万元）", "（空） → 300.00")],
        ),
        # a time in the office's zone, to the minute
        (
            "deal_steps",
            "完成时间：（空） → 2026-12-06 09:05:00 UTC",
            [("完成时间", "（空） → 2026-12-06 17:05")],
        ),
        # enums by their labels (written as labels), an emptied text as 空
        ("units", "销控状态：'可售' → '锁定'", [("销控状态", "可售 → 锁定")]),
        ("customers", "备注：'来过两次' → ''", [("备注", "来过两次 → （空）")]),
        # a "；" or an arrow inside a value does not split it
        (
            "follow_ups",
            "内容：'先看；再说 → 下周' → '已约'",
            [("内容", "先看；再说 → 下周 → 已约")],
        ),
        # a secret stays hidden
        ("users", "密码：*** → ***", [("密码", "*** → ***")]),
        # a new record's values together
        (
            "users",
            "登录名='wangfang'；姓名='王芳'；在用=是",
            [("", "登录名：wangfang；姓名：王芳；在用：是")],
        ),
        # free prose (views, prints, a hold's expiry) as written
        (
            "unit_holds",
            "1栋1704 的锁定到期，自动释放",
            [("", "1栋1704 的锁定到期，自动释放")],
        ),
        (
            "database",
            "自动备份到 /b/x.anjiabak（12 字节）",
            [("", "自动备份到 /b/x.anjiabak（12 字节）")],
        ),
    ],
)
def test_fields_and_values_read_plainly(entity, summary, expected) -> None:
    assert field_changes(entity, summary, SHANGHAI) == expected


def test_a_reference_reads_as_the_name_of_who_or_what_it_points_to() -> None:
    names = {("users", 4): "李娜", ("customers", 9): "张伟"}
    assert field_changes("deal_steps", "经办人：（空） → 4", SHANGHAI, names) == [
        ("经办人", "（空） → 李娜")
    ]
    assert field_changes("deal_steps", "经办人：4 → 5", SHANGHAI, names) == [
        ("经办人", "李娜 → #5")  # someone no longer there: by number
    ]
    assert field_changes("visits", "客户编号=9", SHANGHAI, names) == [
        ("", "客户：张伟")
    ]  # 客户编号 names the person


def _written_actions() -> set[str]:
    """Every action the code writes: the 3rd argument (or action=) of audit.record(...),
    action= of a hand-made AuditEntry (both branches of a conditional), and "action" of a row
    inserted by hand."""
    found: set[str] = set()
    for path in Path(anjia_desk.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):  # a row written by hand: {"action": "restore", …}
                found |= {
                    v.value
                    for k, v in zip(node.keys, node.values, strict=True)
                    if isinstance(k, ast.Constant) and k.value == "action"
                    and isinstance(v, ast.Constant) and isinstance(v.value, str)
                }  # fmt: skip
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name not in ("record", "AuditEntry"):
                continue
            args = [kw.value for kw in node.keywords if kw.arg == "action"]
            if name == "record":
                args += node.args[2:3]
            for arg in args:
                values = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
                found |= {
                    v.value
                    for v in values
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)
                }
    return found


def test_every_action_the_code_writes_has_a_chinese_label() -> None:
    written = _written_actions()
    assert {"create", "update", "delete", "view", "print", "skip", "unlock", "restore"} <= written
    assert sorted(written - set(ACTION_LABELS)) == []
    for action in written:
        assert action_text(action) == ACTION_LABELS[action]
        assert action_text(action).isascii() is False  # Chinese, not the code's word


@pytest.mark.parametrize(
    ("action", "text"),
    [("create", "新增"), ("update", "修改"), ("delete", "删除"), ("view", "查看"),
     ("export", "导出"), ("print", "打印"), ("skip", "过号"), ("extend", "延期"),
     ("teleport", "未知动作（teleport）")],
)  # fmt: skip
def test_actions_in_chinese_and_unknown_ones_visible(action: str, text: str) -> None:
    assert action_text(action) == text


@pytest.mark.parametrize(
    ("actor", "user_id", "text"),
    [
        ("system", None, "系统"),  # the hold expiry, the retention job, the command line
        ("自动备份", None, "系统"),  # the daily backup, as entries before this change name it
        ("scheduler", None, "系统"),
        ("王芳", 3, "王芳"),
        ("system", 9, "system"),  # a person who happens to be called so is not the system
    ],
)
def test_automatic_work_is_the_system(actor: str, user_id: int | None, text: str) -> None:
    assert user_text(row(actor=actor, user_id=user_id)) == text


def test_a_line_names_time_user_action_object_field_and_change() -> None:
    lines = render(row(summary="姓名：'张伟' → '张薇'", reason="客户要求"), SHANGHAI, "张薇")
    [line] = lines
    assert (line.time_text, line.user, line.action_text, line.object_text) == (
        "2026-12-06 17:05",
        "王芳",
        "修改",
        "客户 张薇",
    )
    assert (line.field, line.change, line.reason, line.who_where) == (
        "姓名",
        "张伟 → 张薇",
        "客户要求",
        "it@pc-07",
    )
    assert render(row(), SHANGHAI, None)[0].object_text == "客户 #7"  # gone
    assert render(row(entity_id=None), SHANGHAI, None)[0].object_text == "客户"


def test_objects_by_their_names_and_gone_ones_by_id(session: Session, system: Actor) -> None:
    project = make_project(session)
    units = make_building(session, project, "1栋")
    customer = make_customer(session, "张伟", "13800001234")
    deal = make_deal(session, project, units[0], Stage.SUBSCRIBED)
    gone = make_customer(session, "李四", "13800005678")
    gone_id = gone.id
    customer.notes = "老客户介绍"
    deal.special_discount = Decimal("20000.00")
    update_settings(session, system, {"letterhead.company": "安家置业"})
    session.flush()
    session.delete(gone)
    audit.record(session, system, "view", "customers", gone_id, "查看客户")
    session.flush()

    view = audit_lines(session, system)
    by_object = {(line.object_text, line.field): line for line in view.lines}
    assert ("客户 张伟", "备注") in by_object
    assert by_object[("客户 张伟", "备注")].change == "（空） → 老客户介绍"
    assert by_object[("交易 1栋0101 王建国", "特批优惠")].change == "0.00 元 → 20,000.00 元"
    assert ("房源 1栋0101", "") in by_object  # created: its values listed together
    created = by_object[("交易 1栋0101 王建国", "")].change
    assert "房源：1栋0101" in created and "客户：张伟" in created  # not their numbers
    assert "值：安家置业" in by_object[("设置 公司名称", "")].change
    gone_lines = [line.action_text for line in view.lines if line.object_text == f"客户 #{gone_id}"]
    assert sorted(gone_lines) == sorted(["查看", "删除", "新增"])
    assert all(line.user == "系统" for line in view.lines)  # the test acts as the system
    assert view.entries == len({line.entry_id for line in view.lines})


def test_search_finds_chinese_words_of_the_page(session: Session, system: Actor) -> None:
    audit.record(session, system, "skip", "queue_tickets", 3, "第 3 号过号")
    person = add_actor(session, "wf", "王芳", Role.CONSULTANT)
    audit.record(session, person, "print", "visitor_form", None, "空白来访登记表")
    session.flush()
    assert [r.action for r in audit.search_audit(session, system, text="过号")] == ["skip"]
    assert [r.entity for r in audit.search_audit(session, system, text="认筹")] == ["queue_tickets"]
    assert {r.actor for r in audit.search_audit(session, system, text="系统")} == {"system"}
    assert [r.actor for r in audit.search_audit(session, system, text="打印")] == ["王芳"]


def test_the_daily_backup_is_recorded_as_the_system() -> None:
    actor = scheduler_actor()
    assert actor.display_name == "system" and actor.user_id is None and not actor.roles
