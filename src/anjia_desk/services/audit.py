"""The audit log: views, prints, exports and logins are recorded with `record`; every change to an
audited table is written automatically at flush time (db/auditing.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import cache

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.db.auditing import enum_label
from anjia_desk.db.models import AuditEntry, Base
from anjia_desk.db.types import StrEnumType
from anjia_desk.services.context import Actor

#: What the audit page calls the app's own automatic work (and the command line).
SYSTEM_LABEL = "系统"

ACTION_LABELS = {
    "create": "新增",
    "update": "修改",
    "delete": "删除",
    "view": "查看",
    "print": "打印",
    "export": "导出",
    "import": "导入",
    "login": "登录",
    "login_failed": "登录失败",
    "logout": "退出登录",
    "unlock": "解锁",
    "backup": "备份",
    "restore": "恢复",
    "anonymise": "匿名化",
    "review": "复核",  # issue 14: a note listed after an erasure, cleared or kept
    "generate": "生成",
    "skip": "过号",
    "extend": "延期",
    "allow": "特许",
    "reject": "驳回",
    "reveal": "查看完整证件号",
    # issue 14, refusals and login throttling (login helper)
    "refused": "拒绝",
    "throttle": "暂停登录",
    "lift": "解除锁定",
    # Issue 14 (enumeration): 判客 lookups and settled customer searches.
    "lookup": "判客",
    "search": "搜索",
    # Issue 16 (dunning): an explicit reprint of a letter, a preview of a later day's letters.
    "reprint": "重印",
    "preview": "预览",
}


#: The tables and topics the audit names, as people call them: every table of db/models and
#: every entity that services record with audit.record (a test checks both).
ENTITY_LABELS = {
    "users": "用户",
    "user_roles": "用户角色",
    "settings": "设置",
    "audit_log": "审计日志",
    "calendar_years": "日历年份",
    "calendar_days": "日历日期",
    "database": "数据库",
    "backup_passphrase": "备份口令",
    "backup_pc": "负责自动备份的电脑",  # issue 15
    "id_key": "证件密钥",
    "backup_file": "备份文件",
    "visitor_form": "空白来访登记表",
    "customers": "客户",
    "customer_relatives": "客户亲属",
    "visits": "来访",
    "follow_ups": "跟进",
    "grade_changes": "等级变更",
    "phone_changes": "手机号变更",
    "ownership_changes": "归属变更",
    "disputes": "撞单",
    "customer_merges": "客户合并",
    "erasure_log": "删除记录",
    "erasure_reviews": "删除复核",
    "duty_roster": "值班表",
    "rotation_turns": "接待轮序",
    "risk_marks": "风险标记",
    "risk_warnings": "风险预警",
    "referral_points": "老带新积分",
    "customer_record": "客户个人信息记录",
    "projects": "项目",
    "buildings": "楼栋",
    "units": "房源",
    "unit_holds": "锁定/保留",
    "queue_tickets": "认筹排号",
    "customer_name_grams": "客户姓名检索",
    "change_log": "多台电脑的变更通知",  # issue 15: never audited, named all the same
    "deals": "交易",
    "deal_steps": "交易步骤",
    "installments": "付款节点",
    "receipts": "收据",
    "care_touches": "签约关怀",
    "receipt": "收据打印",
    "subscription": "认购书",
    "risk_notice": "风险告知书",  # issue 18 (prevention)
    "choice": "选房确认单",
    # issue 14, refusals and login throttling (login helper)
    "access": "权限",
    "login_throttles": "登录失败记录",
    "phone_lookups": "判客计数",  # issue 14
    # Issue 16 (dunning)
    "dunning_letters": "催款函",
    "dunning_letter_items": "催款函所列款项",
    "dunning_blocks": "暂停催款",
    "dunning_calls": "催款致电",
    # Issue 17 (changes to a deal)
    "change_orders": "变更单",
    "change_order_steps": "变更单步骤",
    "refund_vouchers": "退款凭证",
    "complaints": "投诉",
    "complaint_pauses": "投诉暂停计时",
    "complaint_events": "投诉处理记录",
    "complaint_notes": "投诉调查与进度记录",
    "complaint_files": "投诉附件",
    "complaint_payments": "投诉赔付",
    "complaint_visits": "投诉回访",
    "inspection_issues": "预验房问题",
    # Issue 19: head office's workbooks (the runs, the templates, the files written)
    "report_runs": "总部报表生成记录",
    "report_templates": "总部报表模板",
    "head_office_report": "总部报表",
    # Issue 17, the change order's papers (papers helper)
    "change_form": "变更申请单打印",
    "refund_confirmation": "退款确认书",
    "refund_voucher": "退款凭证打印",
    "change_brief": "内部简报",
    "thanks_card": "感谢卡",
    "termination_notice": "解除合同通知书",
    "compensation_voucher": "赔付凭证打印",  # issue 18 (money helper)
    # Issue 18, a complaint's papers (papers helper)
    "complaint_form": "投诉处理单打印",
    "complaint_satisfaction": "满意度确认单打印",
    "reports": "报表",  # issue 19: a report printed or exported (services.report_papers)
    "complaint_feedback": "回访表打印",
}


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None = None,
    summary: str = "",
    reason: str | None = None,
) -> AuditEntry:
    """Add one audit entry to the session (committed with the caller's unit of work)."""
    entry = AuditEntry(
        user_id=actor.user_id,
        actor=actor.display_name,
        os_user=actor.os_user,
        host=actor.host,
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary,
        # A typed reason (an export's, a merge's …) shows on the audit page: nothing invisible.
        reason=None if reason is None else clean_note(reason),
    )
    session.add(entry)
    return entry


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    os_user: str | None
    host: str | None
    action: str
    entity: str
    entity_id: int | None
    summary: str
    reason: str | None
    user_id: int | None = None

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


def search_audit(
    session: Session,
    actor: Actor,
    *,
    text: str = "",
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
) -> Sequence[AuditRow]:
    """Newest first; `text` matches the actor, the table or the summary (as stored; the rows
    carry it with enum values read as their labels, see `readable_summary`), and the Chinese
    words the page shows for them: 系统, an action's or an object's label."""
    actor.require(Action.VIEW_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if needle := text.strip():
        like = f"%{needle}%"
        conditions = [
            AuditEntry.actor.like(like),
            AuditEntry.entity.like(like),
            AuditEntry.summary.like(like),
            AuditEntry.os_user.like(like),
        ]
        actions = [key for key, label in ACTION_LABELS.items() if needle in label]
        entities = [key for key, label in ENTITY_LABELS.items() if needle in label]
        if actions:
            conditions.append(AuditEntry.action.in_(actions))
        if entities:
            conditions.append(AuditEntry.entity.in_(entities))
        if needle in SYSTEM_LABEL:
            conditions.append(AuditEntry.user_id.is_(None))
        query = query.where(or_(*conditions))
    if action:
        query = query.where(AuditEntry.action == action)
    if since is not None:
        query = query.where(AuditEntry.created_at >= since)
    if until is not None:
        query = query.where(AuditEntry.created_at < until)
    return [
        AuditRow(
            e.id,
            e.created_at,
            e.actor,
            e.os_user,
            e.host,
            e.action,
            e.entity,
            e.entity_id,
            readable_summary(e.entity, e.summary),
            e.reason,
            e.user_id,
        )
        for e in session.scalars(query)
    ]


@cache
def _enum_columns(entity: str) -> dict[str, type[StrEnum]]:
    """The enum columns of table `entity`, by the Chinese label the audit text gives them."""
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == entity:
            labels = mapper.class_.__audit_labels__
            return {
                labels.get(key, key): column.type.enum
                for key, column in mapper.columns.items()
                if isinstance(column.type, StrEnumType)
            }
    return {}


_QUOTED = re.compile(r"'([^']*)'")


def readable_summary(entity: str, summary: str) -> str:
    """An audit text with the stored values of enum columns read as their labels: entries written
    before the log labelled every enum say `销控状态：'available' → 'held'`; they read
    `销控状态：'可售' → '锁定'` like the newer ones. Anything else is left as written."""
    columns = _enum_columns(entity)
    if not columns:
        return summary
    parts = summary.split("；")
    for i, part in enumerate(parts):
        for label, enum in columns.items():
            if part.startswith((f"{label}=", f"{label}：")):
                head = len(label) + 1
                parts[i] = part[:head] + _relabel(enum, part[head:])
                break
    return "；".join(parts)


def _relabel(enum: type[StrEnum], text: str) -> str:
    """Each quoted value of `enum` in `text` as its label."""

    def label(match: re.Match[str]) -> str:
        member = enum._value2member_map_.get(match[1])
        return match[0] if member is None else f"'{enum_label(member)}'"

    return _QUOTED.sub(label, text)
