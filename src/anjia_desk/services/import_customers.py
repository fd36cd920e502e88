"""The customer sheet (客户) of EXCEL_FORMAT.md as a kind of the import pipeline.

A new customer from a file is registered on its 登记日期 (today when blank): that is when the
office first knew them, the customer list's 登记日期, and their first contact — the follow-up due
date counts from it. A named consultant owns them with a fresh protection period from the day of
the import (head office's assignment stands); without one they start in the public pool. No visit
is invented: the file does not say one happened. New rows are written with bulk inserts (one
audit entry for the file); updates go through the ORM, so each changed field is in the
customer's history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Select, Table, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import BUYER_TYPES, PURPOSES, Grade, next_due, renewed_protection
from anjia_desk.core.errors import ConflictError
from anjia_desk.core.names import name_initials
from anjia_desk.core.phones import mask_phone
from anjia_desk.core.roles import Role
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.db.bulk import bulk_insert_columns, deferred_indexes
from anjia_desk.db.locking import hold_table_for_writes
from anjia_desk.db.models import (
    Customer,
    CustomerRelative,
    User,
    UserRole,
)
from anjia_desk.db.raw import update_column_by_id
from anjia_desk.db.search_index import index_new_customers
from anjia_desk.db.types import aware_utc
from anjia_desk.excel.cells import (
    CellError,
    parse_area,
    parse_choice,
    parse_gender,
    parse_grade,
    parse_moment,
    parse_phone,
    parse_text,
    parse_wan,
    split_items,
)
from anjia_desk.excel.headers import ColumnSpec, fold_header
from anjia_desk.services import audit
from anjia_desk.services import customer_state as state
from anjia_desk.services import phone_matches as matching
from anjia_desk.services.context import Actor
from anjia_desk.services.importing_base import Checked, Planned
from anjia_desk.services.settings import extend_option_list

if TYPE_CHECKING:
    from anjia_desk.excel.reader import Cell

COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", "客户姓名", ("姓名", "客户", "客户名称", "名字")),
    ColumnSpec("phone", "手机号", ("手机", "电话", "联系电话", "手机号码", "联系方式"), True),
    ColumnSpec("gender", "性别"),
    ColumnSpec("age_band", "年龄段", ("年龄",)),
    ColumnSpec("family_structure", "家庭结构"),
    ColumnSpec("channel", "来源渠道", ("渠道", "来源", "客户来源", "获客渠道")),
    ColumnSpec("grade", "意向等级", ("等级", "客户等级", "级别", "意向")),
    ColumnSpec("budget", "预算(万元)", ("预算", "购房预算", "总价预算")),
    ColumnSpec("area", "意向面积(㎡)", ("面积", "需求面积")),
    ColumnSpec("layout", "意向户型", ("户型",)),
    ColumnSpec("floor_preference", "楼层偏好", ("楼层",)),
    ColumnSpec("purpose", "置业目的", ("购房用途", "用途", "置业用途")),
    ColumnSpec("buyer_type", "客户类型", ("购房类型",)),
    ColumnSpec("focus", "关注点", ("关注", "关注重点")),
    ColumnSpec("awareness", "认知途径"),
    ColumnSpec("owner", "置业顾问", ("顾问", "销售", "销售员", "归属顾问")),
    ColumnSpec("registered", "登记日期", ("来访日期", "到访日期", "日期", "首次来访")),
    ColumnSpec("referrer_phone", "推荐人手机号", ("推荐人电话",)),
    ColumnSpec("notes", "备注", ("说明",)),
)
HEADERS = {c.key: c.header for c in COLUMNS}
#: What the export writes for reading only (services/exporting.py): ignored without a word.
READ_ONLY = ("来访次数", "最近联系", "下次跟进", "保护期至", "公客池")
#: The two columns an import report adds: a corrected report sent back imports without them.
REPORT_COLUMNS = ("导入结果", "原因")
CHUNK = 2000
IN_LIST = 900  # keys per IN (...) list: under SQLite's old limit of 999 parameters
WHOLE_TABLE = 20_000  # more keys than this are looked up in one pass over the customers
BULK_LOAD = 5000  # fewer new rows than this are inserted index by index
IMPORT_REASON = "Excel 导入"

_PURPOSE_ALIASES = {"自用": "自住", "居住": "自住", "投资用": "投资"}
_BUYER_ALIASES = {
    "首置": "刚需",
    "刚需型": "刚需",
    "改善型": "改善",
    "投资型": "投资",
    "首改": "改善",
}


def _text(limit: int, clean: Callable[[str], str] | None = None) -> Callable[[Cell], str]:
    """Free text; `clean`: as the form cleans it (a name on one line, a note with its lines)."""

    def parse(value: Cell) -> str:
        if clean is not None and isinstance(value, str):
            value = clean(value)
        return parse_text(value, max_len=limit)

    return parse


def _focus(value: Cell) -> str:
    text = "、".join(split_items(value))
    if len(text) > 200:
        raise CellError(f"关注点“{text[:20]}…”超过 200 字")
    return text


def _purpose(value: Cell) -> str:
    return parse_choice(value, PURPOSES, aliases=_PURPOSE_ALIASES, what="置业目的")


def _buyer_type(value: Cell) -> str:
    return parse_choice(value, BUYER_TYPES, aliases=_BUYER_ALIASES, what="客户类型")


#: The parser of each field; raising CellError. Low-cardinality ones are memoised per file.
PARSERS: dict[str, Callable[[Cell], Any]] = {
    "name": _text(40, clean_name),
    "phone": parse_phone,
    "gender": parse_gender,
    "age_band": _text(20),
    "family_structure": _text(20),
    "channel": _text(20),
    "grade": parse_grade,
    "budget": parse_wan,
    "area": parse_area,
    "layout": _text(20),
    "floor_preference": _text(20),
    "purpose": _purpose,
    "buyer_type": _buyer_type,
    "focus": _focus,
    "awareness": _text(20),
    "owner": _text(40),
    "registered": parse_moment,
    "referrer_phone": parse_phone,
    "notes": _text(2000, clean_note),
}
UNIQUE_PER_ROW = frozenset({"name", "phone", "referrer_phone", "notes"})
#: A cell of these that cannot be read rejects the row (EXCEL_FORMAT.md); others are dropped.
REQUIRED_READABLE = frozenset({"phone", "grade", "registered"})


class _Problem(str):
    """What a cell's parser said was wrong with it (a memo keeps it like a parsed value)."""

    __slots__ = ()


#: A cell that parsed to nothing (a blank text, an empty range): the row gets no value for it.
_NOTHING = object()


class _Checker:
    """Checks the rows of a customer sheet, a batch at a time and column by column (a column's
    cells share one parser and, for the few-valued ones, one memo of what each text gave)."""

    def __init__(self, mapping: dict[int, str]) -> None:
        self.columns = sorted(mapping.items())
        self.memos: dict[str, dict[Cell, Any]] = {
            key: {} for _, key in self.columns if key not in UNIQUE_PER_ROW
        }

    def __call__(self, rows: Sequence[Sequence[Cell]]) -> list[Checked]:
        count = len(rows)
        values: list[dict[str, Any]] = [{} for _ in range(count)]
        errors: dict[int, str] = {}
        dropped: dict[int, list[str]] = {}
        for column, key in self.columns:
            parse, memo = PARSERS[key], self.memos.get(key)
            required = key in REQUIRED_READABLE
            get = memo.get if memo is not None else _no_memo
            cells = [row[column] if column < len(row) else None for row in rows]
            for i, value in enumerate(cells):
                if value is None:
                    continue
                parsed = get(value, _NOTHING)
                if parsed is _NOTHING:
                    parsed = _parsed(parse, value)
                    if memo is not None:
                        memo[value] = parsed
                    if parsed is _NOTHING:
                        continue
                if parsed.__class__ is _Problem:
                    if required:
                        errors.setdefault(i, parsed)
                    else:
                        dropped.setdefault(i, []).append(f"{HEADERS[key]}：{parsed}，已留空")
                else:
                    values[i][key] = parsed
        out: list[Checked] = []
        for i, found in enumerate(values):
            error = errors.get(i) or ("" if "phone" in found else "缺少手机号")
            if error:
                out.append(Checked(None, {}, str(error)))
                continue
            notes = dropped.get(i, [])
            if found.get("referrer_phone") == found["phone"]:
                del found["referrer_phone"]
                notes.append("推荐人手机号与本人相同，未关联")
            out.append(Checked(found["phone"], found, "", notes))
        return out


def _no_memo(_value: Cell, default: Any) -> Any:
    return default


def _parsed(parse: Callable[[Cell], Any], value: Cell) -> Any:
    """A cell's value as its parser gives it; `_NOTHING` for a blank one, a `_Problem` for one
    it cannot read."""
    try:
        parsed = parse(value)
    except CellError as exc:
        return _Problem(exc.message)
    return _NOTHING if parsed == "" or parsed == (None, None) else parsed


@dataclass
class CustomerSheet:
    key: str = "customers"
    label: str = "客户"
    columns: Sequence[ColumnSpec] = COLUMNS
    quiet: frozenset[str] = frozenset(fold_header(h) for h in READ_ONLY + REPORT_COLUMNS)

    def checker(
        self, session: Session, mapping: dict[int, str]
    ) -> Callable[[Sequence[Sequence[Cell]]], list[Checked]]:
        return _Checker(mapping)

    def existing(self, session: Session, keys: set[str]) -> dict[str, tuple[int | None, str]]:
        """Customers (updatable) and relatives (always duplicates) with these phones."""
        found: dict[str, tuple[int | None, str]] = {}
        customers = _matching(
            session,
            select(Customer.phone_key, Customer.id, Customer.name, Customer.owner_id),
            Customer.phone_key,
            keys,
        )
        staff = state.staff_names(session, (row.owner_id for row in customers))
        for row in customers:
            owner = row.owner_id
            who = f"归属顾问 {staff[owner]}" if owner is not None and owner in staff else "公客池"
            found[row.phone_key] = (row.id, f"已是系统客户：{row.name or '未留名'}（{who}）")
        relatives = select(CustomerRelative.phone_key, Customer.name).join(
            Customer, Customer.id == CustomerRelative.customer_id
        )
        for row in _matching(session, relatives, CustomerRelative.phone_key, keys - set(found)):
            found.setdefault(
                row.phone_key, (None, f"已登记为客户“{row.name or '未留名'}”的亲属，未导入")
            )
        return found

    def resolve(self, session: Session, planned: list[Planned], file_keys: set[str]) -> None:
        """A referrer must be a customer: in the database or a new one in this file. A new row
        that may be a customer already there is flagged (`Checked.possible`)."""
        wanted = {
            p.checked.values["referrer_phone"]
            for p in planned
            if "referrer_phone" in p.checked.values
        }
        wanted -= file_keys
        known = {row.phone_key for row in _customer_ids(session, wanted)}
        for p in planned:
            phone = p.checked.values.get("referrer_phone")
            if phone is not None and phone not in file_keys and phone not in known:
                del p.checked.values["referrer_phone"]
                p.checked.dropped.append(f"推荐人手机号 {phone} 不是系统客户，未关联")
        # A new row whose number a masked record fits, or a customer had before, is only a
        # possible duplicate (issue 13): imported as new, never merged, named in the report.
        new = [p for p in planned if p.existing_id is None]
        staff = partial(state.staff_names, session)
        possible = matching.possible_for_numbers(
            session, [p.checked.values["phone"] for p in new], staff
        )
        for p in new:
            why = possible.get(p.checked.values["phone"])
            if why is not None:
                p.checked.possible = True
                p.checked.dropped.append(why)

    def write(
        self,
        session: Session,
        actor: Actor,
        new: list[Planned],
        updates: list[Planned],
        *,
        now: datetime,
        tick: Callable[[int], None],
        summary: str,
    ) -> None:
        rule = state.rules(session)
        today = rule.today(now)
        rows = [p.checked.values for p in new + updates]
        owners = _owners(session, actor, {v["owner"] for v in rows if "owner" in v})
        # Channels the office has not listed yet join its list (EXCEL_FORMAT.md).
        extend_option_list(
            session, "customer.channels", (v["channel"] for v in rows if "channel" in v)
        )
        audit.record(session, actor, "import", "customers", None, summary)
        # From here on nobody else writes customers (on SQLite the flush took the whole file):
        # the new rows are numbered from max(id) + 1 below.
        hold_table_for_writes(session, Customer.__table__)
        _still_free(self, session, new)
        next_id = first_id = (session.scalar(select(func.max(Customer.id))) or 0) + 1
        ids: dict[str, int] = {}
        table = cast(Table, Customer.__table__)
        # A load that at least doubles the table rebuilds its indexes once (db.bulk).
        rows_for = _NewRows(owners, actor, rule, today, now)
        present = session.scalar(select(func.count()).select_from(Customer)) or 0
        bulk = len(new) >= max(present, BULK_LOAD)
        with deferred_indexes(session, table, enabled=bulk):
            for chunk in _chunks(new, CHUNK):
                values = [planned.checked.values for planned in chunk]
                phones = [v["phone"] for v in values]
                ids.update(zip(phones, range(next_id, next_id + len(chunk)), strict=True))
                bulk_insert_columns(session, table, rows_for.columns(next_id, values))
                next_id += len(chunk)
                tick(len(chunk))
            if new:  # their names' pieces for search as you type (one INSERT … SELECT)
                index_new_customers(session, first_id, next_id - 1, bulk=bulk)
        for chunk in _chunks(updates, 500):
            by_id = {
                c.id: c
                for c in session.scalars(
                    select(Customer).where(Customer.id.in_([p.existing_id for p in chunk]))
                )
            }
            for planned in chunk:
                customer = by_id.get(cast(int, planned.existing_id))
                if customer is None or customer.phone_key != planned.checked.key:
                    raise ConflictError(CHANGED_MEANWHILE)
                _update(session, actor, customer, planned.checked.values, owners, rule, today)
            session.flush()
            tick(len(chunk))
        _link_referrers(session, new + updates, ids)


CUSTOMERS = CustomerSheet()
CHANGED_MEANWHILE = (
    "检查之后有人改动了这些客户（新登记、合并或删除），请重新检查后再导入；数据库没有任何改动"
)


def _still_free(kind: CustomerSheet, session: Session, new: list[Planned]) -> None:
    """The phones checked as new are still nobody's: the front desk may have registered one of
    them since the file was checked (outside this transaction). Then nothing is written."""
    taken = kind.existing(session, {p.checked.values["phone"] for p in new})
    if taken:
        phone = mask_phone(min(taken))
        raise ConflictError(f"{CHANGED_MEANWHILE}（如 {phone}，共 {len(taken)} 个手机号）")


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _matching(
    session: Session, query: Select[*tuple[Any, ...]], column: Any, keys: set[str]
) -> list[Any]:
    """The rows of `query` (its first column being `column`) whose `column` is one of `keys`:
    asked in IN lists, or, for more keys than WHOLE_TABLE, in one pass over the table."""
    if not keys:
        return []
    if len(keys) > WHOLE_TABLE:
        statements = [query.where(column.is_not(None))]
    else:
        statements = [query.where(column.in_(c)) for c in _chunks(sorted(keys), IN_LIST)]
    return [row for statement in statements for row in session.execute(statement) if row[0] in keys]


def _customer_ids(session: Session, phones: set[str]) -> list[Any]:
    """(phone_key, id) of the customers with these phones."""
    return _matching(session, select(Customer.phone_key, Customer.id), Customer.phone_key, phones)


class _NewRows:
    """The database rows of new customers (every column: bulk inserts apply no defaults), a
    batch at a time and column by column, built in one pass from the checked values.

    A customer is registered on the file's 登记日期 (the import's moment when blank), which is
    also the first contact the follow-up due date counts from; an owner is protected from the
    import day. Dates, names' initials and due dates repeat across a file: each is worked out
    once."""

    def __init__(
        self, owners: dict[str, int], actor: Actor, rule: state.Rules, today: date, now: datetime
    ) -> None:
        self.owners, self.rule, self.now = owners, rule, now
        self.protected = renewed_protection(None, today, rule.protection_days)
        self.moments: dict[date | datetime | None, tuple[datetime, date]] = {}
        self.initials: dict[str, str] = {}
        self.due: dict[tuple[str, date], date | None] = {}
        #: The columns every new row has the same value in.
        self.same: dict[str, Any] = {
            "version": 1,
            "updated_at": now,
            "phone_kind": "mobile",
            "referrer_id": None,
            "birthday": None,
            "birthday_md": None,
            "consent_at": None,
            "marketing_opt_in": False,
            "do_not_disturb": False,
            "visit_count": 0,
            "first_visit_at": None,
            "last_visit_at": None,
            "last_follow_up_at": None,
            "planned_follow_up_on": None,
            "risk_monitoring": False,
            "risk_index": None,
            "anonymised_at": None,
            "created_by_id": actor.user_id,
        }

    def registered(self, value: date | datetime | None) -> tuple[datetime, date]:
        """The registration as a UTC moment, and its office-local day."""
        known = self.moments.get(value)
        if known is None:
            if value is None:
                moment = self.now
            else:
                local = value if isinstance(value, datetime) else datetime.combine(value, time())
                moment = aware_utc(local.replace(tzinfo=self.rule.zone))
            known = self.moments[value] = (moment, self.rule.local_date(moment))
        return known

    def columns(self, first_id: int, rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
        """The columns of these new customers (ids from `first_id` on, in order)."""
        count = len(rows)
        out = {key: [value] * count for key, value in self.same.items()}
        for key in _TEXT_COLUMNS:
            out[key] = [v.get(key, "") for v in rows]
        names = [v.get("name", "") for v in rows]
        for name in set(names).difference(self.initials):
            self.initials[name] = name_initials(name)
        grades = [v.get("grade", Grade.C.value) for v in rows]
        registered = [v.get("registered") for v in rows]
        for value in set(registered).difference(self.moments):
            self.registered(value)
        moments = list(map(self.moments.__getitem__, registered))
        days = [day for _, day in moments]
        for grade, day in set(zip(grades, days, strict=True)).difference(self.due):
            self.due[grade, day] = next_due(
                grade=grade, last_contact=day, planned=None, cadence=self.rule.cadence
            )
        owners = [self.owners[v["owner"]] if "owner" in v else None for v in rows]
        budgets = [v.get("budget", _NO_RANGE) for v in rows]
        areas = [v.get("area", _NO_RANGE) for v in rows]
        phones = [v["phone"] for v in rows]
        created = [moment for moment, _ in moments]
        out.update(
            id=list(range(first_id, first_id + count)),
            created_at=created,
            name=names,
            name_initials=list(map(self.initials.__getitem__, names)),
            phone=phones,
            phone_key=phones,
            budget_min=[low for low, _ in budgets],
            budget_max=[high for _, high in budgets],
            area_min=[low for low, _ in areas],
            area_max=[high for _, high in areas],
            owner_id=owners,
            protected_until=[None if o is None else self.protected for o in owners],
            grade=grades,
            last_contact_at=created,
            next_follow_up_on=list(map(self.due.__getitem__, zip(grades, days, strict=True))),
        )
        return out


_NO_RANGE: tuple[None, None] = (None, None)


#: Text columns copied as they are (blank when the file has no value).
_TEXT_COLUMNS = (
    "gender",
    "age_band",
    "family_structure",
    "layout",
    "floor_preference",
    "purpose",
    "buyer_type",
    "focus",
    "channel",
    "awareness",
    "notes",
)


def _update(
    session: Session,
    actor: Actor,
    customer: Customer,
    values: dict[str, Any],
    owners: dict[str, int],
    rule: state.Rules,
    today: date,
) -> None:
    """Fill in or overwrite the fields the file has (a blank cell changes nothing)."""
    if "name" in values and values["name"] != customer.name:
        state.set_name(customer, values["name"])
    for key in _TEXT_COLUMNS:
        if key in values and getattr(customer, key) != values[key]:
            setattr(customer, key, values[key])
    for key in ("budget", "area"):
        if key in values:
            low, high = cast(tuple[Decimal | None, Decimal | None], values[key])
            setattr(customer, f"{key}_min", low)
            setattr(customer, f"{key}_max", high)
    grade = values.get("grade")
    if grade is not None and grade != customer.grade:
        state.set_grade(session, actor, customer, grade, reason=IMPORT_REASON)
        state.refresh_due(customer, rule)
    if "owner" in values:
        owner = owners[values["owner"]]
        if owner != customer.owner_id:
            state.set_owner(
                session, actor, customer, owner, kind="import", reason=IMPORT_REASON,
                today=today, rule=rule,
            )  # fmt: skip


def _link_referrers(session: Session, planned: list[Planned], new_ids: dict[str, int]) -> None:
    wanted = {
        p.checked.values["referrer_phone"] for p in planned if "referrer_phone" in p.checked.values
    }
    if not wanted:
        return
    ids = dict(new_ids)
    ids.update((row.phone_key, row.id) for row in _customer_ids(session, wanted - set(ids)))
    updates = []
    for p in planned:
        phone = p.checked.values.get("referrer_phone")
        if phone is None or phone not in ids:
            continue
        if p.existing_id is not None:  # through the ORM: the change is in its history
            customer = session.get(Customer, p.existing_id)
            if customer is not None and customer.referrer_id != ids[phone]:
                customer.referrer_id = ids[phone]
            continue
        updates.append({"referrer": ids[phone], "own": new_ids[p.checked.values["phone"]]})
    if updates:
        update_column_by_id(
            session,
            cast(Table, Customer.__table__),
            "referrer_id",
            [(u["referrer"], u["own"]) for u in updates],
        )


def _owners(session: Session, actor: Actor, names: set[str]) -> dict[str, int]:
    """Consultants by display name; a name not yet known becomes a consultant without a login
    (EXCEL_FORMAT.md), whom the administrator may give a password later."""
    if not names:
        return {}
    sellers = (Role.CONSULTANT.value, Role.SENIOR_CONSULTANT.value)
    found: dict[str, int] = {}
    rows = session.execute(
        select(User.id, User.display_name)
        .join(UserRole)
        .where(User.display_name.in_(sorted(names)), UserRole.role.in_(sellers))
        .order_by(User.is_active.desc(), User.id)
    )
    for row in rows:
        found.setdefault(row.display_name, row.id)
    taken = set(session.scalars(select(User.username)))
    for name in sorted(names - set(found)):
        username, n = name, 1
        while username in taken:
            n += 1
            username = f"{name}{n}"
        taken.add(username)
        user = User(
            username=username,
            display_name=name,
            password_hash=None,
            roles=[UserRole(role=Role.CONSULTANT.value)],
        )
        session.add(user)
        session.flush()
        found[name] = user.id
    return found
