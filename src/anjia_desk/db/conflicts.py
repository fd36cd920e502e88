"""What an optimistic-lock conflict tells the person whose save was refused (issue 15): which
record (客户“张三”), who changed it meanwhile and which of its fields — read from the audit log,
which holds one line per save with the changed fields' labels — so that they know what to look at
before entering their change again.

Two ways a conflict is found, both ending here:
- a service compares the version a form was opened with to the record's (`conflict_message`);
- two PCs save the same record at the same moment: the second UPDATE finds no row of the version
  it read (StaleDataError at flush); `session_scope` asks `stale_rows` which rows the failed
  flush was saving, before its rollback, and `stale_message` then reads them afresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from anjia_desk.core.customers import UNNAMED
from anjia_desk.db.base import Base
from anjia_desk.db.models import (
    AuditEntry,
    Building,
    Customer,
    Deal,
    Dispute,
    Installment,
    Project,
    QueueTicket,
    RiskWarning,
    Setting,
    Unit,
    User,
)

#: How many of the latest saves a message names at most.
RECENT = 5
#: The end of the message when the caller gives none.
NOT_SAVED = "您的修改未保存：请刷新后重试"

#: What each versioned table is called in a message to a person.
_NOUNS: dict[type[Base], str] = {
    Customer: "客户",
    Project: "项目",
    Building: "楼栋",
    Unit: "房源",
    QueueTicket: "认筹排号",
    Deal: "交易",
    Installment: "付款节点",
    User: "用户",
    Setting: "设置",
    Dispute: "归属争议",
    RiskWarning: "风险预警",
}


def record_title(row: Any) -> str:
    """客户“张三”, 交易“王建国”, 房源 #12: the record as a person recognises it."""
    noun = _NOUNS.get(type(row), "记录")
    name: Any = None
    if isinstance(row, Customer):
        name = row.name or UNNAMED
    elif isinstance(row, Unit):
        name = row.room
    elif isinstance(row, Deal):
        name = row.buyer_name
    elif isinstance(row, User):
        name = row.display_name
    elif isinstance(row, Project | Building):
        name = row.name
    elif isinstance(row, QueueTicket):
        name = f"第 {row.number} 号"
    elif isinstance(row, Setting):
        name = row.audit_value("key", row.key)
    return f"{noun}“{name}”" if name else f"{noun} #{row.id}"


def _labels(model: type[Base], summary: str) -> list[str]:
    """The fields an audit line of an update names ("等级：'B' → 'A'；手机号：…"), keeping only
    the model's own labels (a value holding "；" is no field)."""
    known = set(model.__audit_labels__.values()) | {
        attr.key for attr in inspect(model).column_attrs
    }
    out: list[str] = []
    for part in summary.split("；"):
        label = part.split("：", 1)[0].strip()
        if label in known and label not in out:
            out.append(label)
    return out


@dataclass(frozen=True)
class Change:
    """Who saved a record since a version, and which fields."""

    who: list[str]
    fields: list[str]


def changes_since(session: Session, row: Base, seen_version: int | None) -> Change:
    """The saves of `row` after the version `seen_version` (its latest ones, at most RECENT),
    from the audit log; empty when the log does not know (a change of bookkeeping only)."""
    current = getattr(row, "version", None)
    count = RECENT
    if isinstance(current, int) and isinstance(seen_version, int):
        count = max(1, min(RECENT, current - seen_version))
    lines = session.execute(
        select(AuditEntry.actor, AuditEntry.summary)
        .where(
            AuditEntry.entity == row.__tablename__,
            AuditEntry.entity_id == row.id,
            AuditEntry.action == "update",
        )
        .order_by(AuditEntry.id.desc())
        .limit(count)
    ).all()
    who: list[str] = []
    fields: list[str] = []
    for actor, summary in reversed(lines):
        if actor and actor not in who:
            who.append(actor)
        fields += [f for f in _labels(type(row), summary or "") if f not in fields]
    return Change(who=who, fields=fields)


def conflict_message(
    session: Session,
    row: Base,
    seen_version: int | None,
    tail: str = NOT_SAVED,
    *,
    title: str = "",
) -> str:
    """客户“张三”刚被 李娜 修改过（意向等级、手机号），您的修改未保存：请刷新后重试. `title`
    names the record where the caller knows it better (房源 1栋0801)."""
    change = changes_since(session, row, seen_version)
    who = f" {'、'.join(change.who)} " if change.who else "其他人"
    fields = f"（{'、'.join(change.fields)}）" if change.fields else ""
    return f"{title or record_title(row)}刚被{who}修改过{fields}，{tail}"


#: A row a failed flush was saving: its model, id and the version the session had read.
StaleRow = tuple[type[Base], int, int | None]


_SAVING = "_anjia_conflicts_saving"


@event.listens_for(Session, "before_flush")
def _remember_versions(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    """Note the versioned rows each flush updates or deletes, with the version each was read at:
    a flush that fails rolls back and expires them, so `stale_rows` could not ask them after."""
    rows: list[StaleRow] = []
    for obj in [*session.dirty, *session.deleted]:
        if not isinstance(obj, Base):
            continue
        state = inspect(obj)
        column = state.mapper.version_id_col
        if column is None or state.identity is None:
            continue
        key = state.mapper.get_property_by_column(column).key
        seen = state.committed_state.get(key, state.dict.get(key))
        rows.append((type(obj), int(state.identity[0]), seen if isinstance(seen, int) else None))
    session.info[_SAVING] = rows


def stale_rows(session: Session) -> list[StaleRow]:
    """The versioned rows the session's last flush was updating or deleting, with the version
    each was read at (noted before the flush)."""
    rows: list[StaleRow] = session.info.pop(_SAVING, [])
    return rows


def stale_message(sessions: sessionmaker[Session], rows: list[StaleRow]) -> str:
    """The message for a save that lost a race (StaleDataError), reading the rows afresh: the
    first one someone else changed or deleted, named; the plain sentence when none is found."""
    try:
        with sessions() as session:
            for model, row_id, seen in rows:
                current = session.get(model, row_id)
                if current is None:
                    return f"这条{_NOUNS.get(model, '记录')}刚被其他人删除，您的修改未保存"
                if seen is None or getattr(current, "version", seen) != seen:
                    return conflict_message(session, current, seen)
    except Exception:  # the message must not hide the conflict itself
        pass
    return f"这条记录刚被其他人修改过，{NOT_SAVED}"
