"""The audit log as head office reads it: 时间 in the office's zone, 用户 by name (系统 for the
app's automatic work), 动作 and 字段 in Chinese, 对象 by what people call it (the customer's name,
the unit's label; "#id" once it is gone), and 旧值 → 新值 with enums by their labels, money as
money and yes/no as 是/否.

The stored entries stay as they were written (db/auditing.py, services/audit.py); this module only
reads them. An update entry that changed several fields becomes one line per field.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from anjia_desk.core.money import yuan
from anjia_desk.core.settings import SPECS
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import (
    Base,
    Building,
    Customer,
    Deal,
    Project,
    QueueTicket,
    Receipt,
    Setting,
    Unit,
    User,
)
from anjia_desk.db.types import Money, UTCDateTime
from anjia_desk.services.audit import (
    ACTION_LABELS,
    ENTITY_LABELS,
    SYSTEM_LABEL,
    AuditRow,
    search_audit,
)
from anjia_desk.services.backup_keys import SCHEDULER_USERNAME
from anjia_desk.services.context import SYSTEM_USERNAME, Actor
from anjia_desk.services.receipt_lines import receipt_code
from anjia_desk.services.settings import office_zone

#: The names automatic work has been recorded under (the daily backup once wrote "自动备份").
_SYSTEM_NAMES = frozenset({SYSTEM_USERNAME, SCHEDULER_USERNAME, "自动备份"})
TIME_FORMAT = "%Y-%m-%d %H:%M"
EMPTY = "（空）"


#: Entities recorded under a paper's name whose id is a row of another table.
_SAME_ROWS = {
    "receipt": "receipts",
    "subscription": "deals",
    "choice": "unit_holds",
    "customer_record": "customers",
}


def action_text(action: str) -> str:
    """动作 in Chinese; an action the app does not know yet shows as such, never as blank."""
    label = ACTION_LABELS.get(action)
    return label if label is not None else f"未知动作（{action}）"


def entity_text(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


def user_text(row: AuditRow) -> str:
    """用户: the name as it was when the entry was written; 系统 for automatic work."""
    if row.user_id is None and row.actor in _SYSTEM_NAMES:
        return SYSTEM_LABEL
    return row.actor


def who_where(row: AuditRow) -> str:
    if row.os_user and row.host:
        return f"{row.os_user}@{row.host}"
    return row.os_user or row.host or ""


@dataclass(frozen=True)
class AuditLine:
    """One line of the page: one field of an entry (or the whole entry when it names none)."""

    entry_id: int
    at: datetime
    time_text: str
    user: str
    who_where: str
    action: str
    action_text: str
    object_text: str
    field: str
    change: str
    reason: str


# -- reading the stored text back into fields ---------------------------------------------------


def _model(entity: str) -> type[Base] | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == entity:
            return mapper.class_
    return None


@cache
def _columns_by_label(entity: str) -> dict[str, Any]:
    """The columns of `entity`, by the label the audit text gives them."""
    model = _model(entity)
    if model is None:
        return {}
    labels = model.__audit_labels__
    return {labels.get(key, key): column for key, column in model.__mapper__.columns.items()}


def _target(column: Any) -> str | None:
    """The table a foreign-key column points to (users for 完成人, customers for 客户…)."""
    for key in getattr(column, "foreign_keys", ()):
        return str(key.column.table.name)
    return None


def _literal_end(text: str) -> bool:
    """Whether `text` is one whole value as the audit writes it (a quoted string is closed)."""
    if not text.startswith(("'", '"')):
        return True
    try:
        return isinstance(ast.literal_eval(text), str)
    except (ValueError, SyntaxError):
        return False


def _split_change(text: str) -> tuple[str, str] | None:
    """ "old → new" as (old, new), choosing the arrow that ends a whole old value."""
    start = 0
    while (at := text.find(" → ", start)) >= 0:
        old = text[:at]
        if _literal_end(old):
            return old, text[at + 3 :]
        start = at + 1
    return None


#: What the objects that entries name are called today, by (table, id).
Names = Mapping[tuple[str, int], str]


def value_text(text: str, column: Any, zone: ZoneInfo, names: Names | None = None) -> str:
    """One stored value as people read it: strings without quotes, money as money, times in the
    office's zone (minutes), 是/否 and labels as written, a reference to a person or a record by
    its name (from `names`; "#id" once it is gone)."""
    text = text.strip()
    column_type = getattr(column, "type", column)
    if text in (EMPTY, "***", "是", "否"):
        return text
    target = _target(column)
    if target is not None and text.isdigit():
        return (names or {}).get((_SAME_ROWS.get(target, target), int(text)), f"#{text}")
    if text.startswith(("'", '"')) and _literal_end(text):
        value = ast.literal_eval(text)
        return str(value) if value != "" else EMPTY
    if isinstance(column_type, Money) and type(column_type) is Money:
        try:
            return f"{yuan(Decimal(text))} 元"
        except InvalidOperation:
            return text
    if isinstance(column_type, UTCDateTime) or text.endswith(" UTC"):
        try:
            moment = datetime.strptime(text.removesuffix(" UTC"), "%Y-%m-%d %H:%M:%S")
        except ValueError:
            return text
        return moment.replace(tzinfo=UTC).astimezone(zone).strftime(TIME_FORMAT)
    return text


def _parts(entity: str, summary: str) -> list[str] | None:
    """The "label…" parts of a written change list, or None when the text is free prose."""
    labels = _columns_by_label(entity)
    if not labels or not summary:
        return None
    parts: list[str] = []
    for piece in summary.split("；"):
        if any(piece.startswith((f"{label}：", f"{label}=")) for label in labels):
            parts.append(piece)
        elif parts:
            parts[-1] += "；" + piece  # a "；" inside a value
        else:
            return None
    return parts


def _fields(entity: str, summary: str) -> list[tuple[str, Any, list[str], bool]] | None:
    """(label, column, values, changed) per part: [old, new] of a change, [value] of a listing."""
    parts = _parts(entity, summary)
    if parts is None:
        return None
    columns = _columns_by_label(entity)
    fields = []
    for part in parts:
        label = next(
            label
            for label in sorted(columns, key=len, reverse=True)
            if part.startswith((f"{label}：", f"{label}="))
        )
        rest = part[len(label) + 1 :]
        pair = _split_change(rest) if part[len(label)] == "：" else None
        values = [rest] if pair is None else list(pair)
        fields.append((label, columns[label], values, pair is not None))
    return fields


def references(entity: str, summary: str) -> list[tuple[str, int]]:
    """The (table, id) of the people and records an entry's values point to."""
    found = []
    for _label, column, values, _changed in _fields(entity, summary) or []:
        target = _target(column)
        if target is not None:
            found += [(target, int(v.strip())) for v in values if v.strip().isdigit()]
    return found


def field_changes(
    entity: str, summary: str, zone: ZoneInfo, names: Names | None = None
) -> list[tuple[str, str]]:
    """(字段, 旧值 → 新值) for each field an entry names; [("", text)] for free text. A new or
    deleted record's values are listed together (字段 empty), one change a line otherwise."""
    fields = _fields(entity, summary)
    if fields is None:
        return [("", summary)]
    changes: list[tuple[str, str]] = []
    listed: list[str] = []
    for written, column, values, changed in fields:
        shown = [value_text(v, column, zone, names) for v in values]
        # A reference shows a name: "客户编号" reads "客户".
        label = written.removesuffix("编号") if _target(column) else written
        label = label or written
        if changed:
            changes.append((label, " → ".join(shown)))
        else:
            listed.append(f"{label}：{shown[0]}")
    if listed:
        changes.insert(0, ("", "；".join(listed)))
    return changes


def render(
    row: AuditRow, zone: ZoneInfo, object_label: str | None, names: Names | None = None
) -> list[AuditLine]:
    """The page's lines for one entry. `object_label` is what the object is called today (None
    when it is gone or has no name); `names` what the records its values point to are called."""
    entity = entity_text(row.entity)
    if object_label:
        obj = f"{entity} {object_label}"
    elif row.entity_id is not None:
        obj = f"{entity} #{row.entity_id}"
    else:
        obj = entity
    return [
        AuditLine(
            entry_id=row.id,
            at=row.at,
            time_text=row.at.astimezone(zone).strftime(TIME_FORMAT),
            user=user_text(row),
            who_where=who_where(row),
            action=row.action,
            action_text=action_text(row.action),
            object_text=obj,
            field=field,
            change=change,
            reason=row.reason or "",
        )
        for field, change in field_changes(row.entity, row.summary, zone, names)
    ]


# -- what the objects are called today ----------------------------------------------------------


def _unit_labels(session: Session, where: ColumnElement[bool]) -> dict[int, str]:
    query = (
        select(Unit.id, Building.name, Unit.stairwell, Unit.room)
        .join(Building, Building.id == Unit.building_id)
        .where(where)
    )
    return {r[0]: unit_label(r[1], r[2], r[3]) for r in session.execute(query)}


def _pairs(session: Session, query: Select[Any, Any]) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in session.execute(query) if r[1]}


def _customer_names(session: Session, model: Any, ids: list[int]) -> dict[int, str]:
    return _pairs(
        session,
        select(model.id, Customer.name)
        .join(Customer, Customer.id == model.customer_id)
        .where(model.id.in_(ids)),
    )


def _deal_labels(session: Session, ids: list[int]) -> dict[int, str]:
    rows = session.execute(select(Deal.id, Deal.unit_id, Deal.buyer_name).where(Deal.id.in_(ids)))
    found = list(rows)
    units = _unit_labels(session, Unit.id.in_([r[1] for r in found]))
    return {r[0]: f"{units.get(r[1], '')} {r[2]}".strip() for r in found}


def _via_deal(session: Session, model: Any, ids: list[int], extra: Any = None) -> dict[int, str]:
    cols = [model.id, model.deal_id] + ([extra] if extra is not None else [])
    found = list(session.execute(select(*cols).where(model.id.in_(ids))))
    deals = _deal_labels(session, [r[1] for r in found if r[1] is not None])
    labels = {}
    for r in found:
        text = " ".join(t for t in (deals.get(r[1], ""), *(str(x) for x in r[2:])) if t)
        labels[r[0]] = text
    return labels


def _settings(session: Session, ids: list[int]) -> dict[int, str]:
    rows = session.execute(select(Setting.id, Setting.key).where(Setting.id.in_(ids)))
    return {r[0]: SPECS[r[1]].label if r[1] in SPECS else r[1] for r in rows}


def _units_of(session: Session, model: Any, ids: list[int]) -> dict[int, str]:
    found = list(session.execute(select(model.id, model.unit_id).where(model.id.in_(ids))))
    units = _unit_labels(session, Unit.id.in_([r[1] for r in found]))
    return {r[0]: units[r[1]] for r in found if r[1] in units}


_LabelReader = Callable[[Session, list[int]], dict[int, str]]

_READERS: dict[str, _LabelReader] = {
    "customers": lambda s, ids: _pairs(
        s, select(Customer.id, Customer.name).where(Customer.id.in_(ids))
    ),
    "users": lambda s, ids: _pairs(s, select(User.id, User.display_name).where(User.id.in_(ids))),
    "units": lambda s, ids: _unit_labels(s, Unit.id.in_(ids)),
    "projects": lambda s, ids: _pairs(
        s, select(Project.id, Project.name).where(Project.id.in_(ids))
    ),
    "buildings": lambda s, ids: _pairs(
        s, select(Building.id, Building.name).where(Building.id.in_(ids))
    ),
    "receipts": lambda s, ids: {
        r[0]: f"{receipt_code(r[1])} {r[2]}"
        for r in s.execute(
            select(Receipt.id, Receipt.number, Receipt.payer).where(Receipt.id.in_(ids))
        )
    },
    "queue_tickets": lambda s, ids: {
        r[0]: f"第 {r[1]} 号 {r[2]}".strip()
        for r in s.execute(
            select(QueueTicket.id, QueueTicket.number, Customer.name)
            .join(Customer, Customer.id == QueueTicket.customer_id)
            .where(QueueTicket.id.in_(ids))
        )
    },
    "deals": _deal_labels,
    "settings": _settings,
}


def _reader(entity: str) -> _LabelReader | None:
    if entity in _READERS:
        return _READERS[entity]
    model: Any = _model(entity)
    if model is None:
        return None
    columns = model.__mapper__.columns
    if "unit_id" in columns:
        return lambda s, ids: _units_of(s, model, ids)
    if "customer_id" in columns:
        return lambda s, ids: _customer_names(s, model, ids)
    if "deal_id" in columns:
        extra = getattr(model, "name", None) if "name" in columns else None
        return lambda s, ids: _via_deal(s, model, ids, extra)
    if "user_id" in columns:
        return lambda s, ids: _pairs(
            s,
            select(model.id, User.display_name)
            .join(User, User.id == model.user_id)
            .where(model.id.in_(ids)),
        )
    return None


def object_labels(session: Session, rows: Iterable[AuditRow]) -> dict[tuple[str, int], str]:
    """What each entry's object, and each person or record its values point to, is called
    today, by (table, id); absent when it is gone."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        if row.entity_id is not None:
            wanted[_SAME_ROWS.get(row.entity, row.entity)].add(row.entity_id)
        for table, key in references(row.entity, row.summary):
            wanted[table].add(key)
    found: dict[tuple[str, int], str] = {}
    for table, ids in wanted.items():
        reader = _reader(table)
        if reader is None:
            continue
        for key, label in reader(session, sorted(ids)).items():
            found[(table, key)] = label
    return found


@dataclass(frozen=True)
class AuditView:
    zone: ZoneInfo
    #: How many entries were read (the page's limit counts entries, not lines).
    entries: int
    lines: Sequence[AuditLine]


def audit_lines(
    session: Session,
    actor: Actor,
    *,
    text: str = "",
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
) -> AuditView:
    """The page's lines, newest entry first (search_audit's filters and permission)."""
    rows = search_audit(
        session, actor, text=text, action=action, since=since, until=until, limit=limit
    )
    zone = office_zone(session)
    names = object_labels(session, rows)
    lines: list[AuditLine] = []
    for row in rows:
        label = (
            names.get((_SAME_ROWS.get(row.entity, row.entity), row.entity_id))
            if row.entity_id is not None
            else None
        )
        lines.extend(render(row, zone, label, names))
    return AuditView(zone, len(rows), lines)
