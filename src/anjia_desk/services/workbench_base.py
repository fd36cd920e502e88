"""工作台's vocabulary: the kinds of to-do, an item and the list, and the protocol a to-do source
implements (services.workbench collects the sources, services.workbench_sources lists them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy.orm import Session

from anjia_desk.db.models import Customer
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import Rules


class TodoKind(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    WARNING = "warning"
    BIRTHDAY = "birthday"
    HOLIDAY = "holiday"
    THANKS = "thanks"
    POOL = "pool"
    # Deals (issue 5): ref_id is the deal's id (CARE: the care touch's id).
    SIGN_DUE = "sign_due"
    DEPOSIT_MISSING = "deposit_missing"
    STEP_DUE = "step_due"
    CARE = "care"
    DISCOUNT = "discount"
    # Issue 14 (enumeration): a person beyond the 判客 limit; ref_id is the user's id.
    LOOKUPS = "lookups"
    # Issue 14: another customer's note named an erased person (ref_id: the review's id).
    ERASURE_REVIEW = "erasure_review"
    # Issue 16 (dunning): ref_id is the deal's id.
    DUNNING_CALL = "dunning_call"
    LOAN_CHASE = "loan_chase"
    DEMAND_DATES = "demand_dates"
    # Issue 17 (change orders): ref_id is the change order's id (TODO_TARGETS).
    REFUND_DUE = "refund_due"
    CHANGE_WAITING = "change_waiting"
    CHANGE_OPEN = "change_open"
    # Issue 18 (complaints): ref_id is the complaint's id (TODO_TARGETS "complaint").
    COMPLAINT_RESPONSE = "complaint_response"
    COMPLAINT_DUE = "complaint_due"
    COMPLAINT_WEEKLY = "complaint_weekly"
    COMPLAINT_REVIEW = "complaint_review"
    COMPLAINT_PAYMENT = "complaint_payment"
    COMPLAINT_VISIT = "complaint_visit"
    # Issue 18 (预验房): ref_id is the deal's id.
    INSPECTION_INVITE = "inspection_invite"
    INSPECTION_ISSUE = "inspection_issue"
    # Issue 19 (head office's workbooks): no customer, no ref_id; due is the deadline's day.
    REPORT_DAILY = "report_daily"
    REPORT_WEEKLY = "report_weekly"
    REPORT_MONTHLY = "report_monthly"

    @property
    def label(self) -> str:
        return TODO_LABELS[self]


TODO_LABELS: dict[TodoKind, str] = {
    TodoKind.OVERDUE: "逾期跟进",
    TodoKind.DUE_TODAY: "今日跟进",
    TodoKind.WARNING: "二级预警",
    TodoKind.BIRTHDAY: "生日问候",
    TodoKind.HOLIDAY: "节日问候",
    TodoKind.THANKS: "老带新致谢",
    TodoKind.POOL: "公客池可认领",
    TodoKind.SIGN_DUE: "认购待签约",
    TodoKind.DEPOSIT_MISSING: "定金未到",
    TodoKind.STEP_DUE: "下一步到期",
    TodoKind.CARE: "签约关怀",
    TodoKind.DISCOUNT: "特批待审批",
    TodoKind.LOOKUPS: "判客查询频繁",
    TodoKind.ERASURE_REVIEW: "删除复核",
    TodoKind.DUNNING_CALL: "催款致电",
    TodoKind.LOAN_CHASE: "按揭催办",
    TodoKind.DEMAND_DATES: "催告期限",
    TodoKind.REFUND_DUE: "退款到期",
    TodoKind.CHANGE_WAITING: "变更待办",
    TodoKind.CHANGE_OPEN: "变更办理中",
    TodoKind.COMPLAINT_RESPONSE: "投诉待响应",
    TodoKind.COMPLAINT_DUE: "投诉答复到期",
    TodoKind.COMPLAINT_WEEKLY: "多部门投诉周跟进",
    TodoKind.COMPLAINT_REVIEW: "投诉方案待审核",
    TodoKind.COMPLAINT_PAYMENT: "投诉赔付待办",
    TodoKind.COMPLAINT_VISIT: "投诉待回访",
    TodoKind.INSPECTION_INVITE: "预验房待邀约",
    TodoKind.INSPECTION_ISSUE: "预验房整改到期",
    TodoKind.REPORT_DAILY: "日报待报送",
    TodoKind.REPORT_WEEKLY: "周报待报送",
    TodoKind.REPORT_MONTHLY: "月报待报送",
}

#: What a to-do's ref_id opens, for the kinds whose ref_id is not a deal's (issue 17: a change
#: order's window, ui.changes; issue 18: a complaint's window).
TODO_TARGETS: dict[TodoKind, str] = {
    TodoKind.REFUND_DUE: "change_order",
    TodoKind.CHANGE_WAITING: "change_order",
    TodoKind.CHANGE_OPEN: "change_order",
    TodoKind.COMPLAINT_RESPONSE: "complaint",
    TodoKind.COMPLAINT_DUE: "complaint",
    TodoKind.COMPLAINT_WEEKLY: "complaint",
    TodoKind.COMPLAINT_REVIEW: "complaint",
    TodoKind.COMPLAINT_PAYMENT: "complaint",
    TodoKind.COMPLAINT_VISIT: "complaint",
    # Issue 19: a workbook to produce (总部报表); dated, so a missed one shows red.
    TodoKind.REPORT_DAILY: "head_office_report",
    TodoKind.REPORT_WEEKLY: "head_office_report",
    TodoKind.REPORT_MONTHLY: "head_office_report",
}


@dataclass(frozen=True)
class TodoItem:
    kind: TodoKind
    customer_id: int
    customer_name: str
    shown_phone: str
    detail: str
    due: date | None
    #: The owning consultant's name (the site manager's list covers the whole team).
    owner_name: str = ""
    #: The warning's, ledger line's, deal's or care touch's id, for the kinds that have one.
    ref_id: int | None = None


@dataclass(frozen=True)
class Todo:
    today: date
    #: True when the list covers the whole team (site manager, administrator).
    team: bool
    items: list[TodoItem]
    #: Every kind, with its full count (items may list fewer: ITEM_LIMIT).
    counts: dict[TodoKind, int]
    #: Things the person should know about the list itself (e.g. an unknown holiday year).
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def items_of(self, kind: TodoKind) -> list[TodoItem]:
        return [item for item in self.items if item.kind is kind]

    def truncated(self, kind: TodoKind) -> bool:
        return self.counts[kind] > len(self.items_of(kind))


#: The customer columns every source selects (a row handed to `TodoSink.add` has them).
BASE_COLUMNS = (Customer.id, Customer.name, Customer.phone, Customer.owner_id)


@dataclass(frozen=True)
class TodoContext:
    """What every source is told about the list being built."""

    session: Session
    actor: Actor
    #: True when the list covers the whole team (site manager, administrator).
    team: bool
    now: datetime | None
    today: date
    rule: Rules
    #: At most this many items of each kind are listed (the counts are always complete).
    limit: int
    #: Notes about the list itself; a source may append to it.
    notes: list[str]


class TodoSink(Protocol):
    """Where a source puts its items (the builder names owners and masks phones at the end)."""

    def add(
        self, kind: TodoKind, row: Any, detail: str, due: date | None, ref_id: int | None = None
    ) -> None:
        """One item; `row` carries BASE_COLUMNS (id, name, phone, owner_id)."""
        ...

    def listed(self, kind: TodoKind) -> int:
        """How many items of `kind` were added so far."""
        ...


class TodoSource(Protocol):
    """One kind of to-do: lists up to `context.limit` items into the sink, in the order they
    should be shown, and returns the full count."""

    @property
    def kind(self) -> TodoKind:
        """The kind of to-do it lists."""
        ...

    def collect(self, context: TodoContext, sink: TodoSink) -> int: ...


@dataclass(frozen=True)
class FunctionSource:
    """A source made of one function (most are)."""

    kind: TodoKind
    collect: Callable[[TodoContext, TodoSink], int]
