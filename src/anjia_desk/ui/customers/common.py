"""What the customer window's parts share: the due-date words, dates between Qt and Python, the
phone as this user may see it, a history table, and the base of the tabs that load and write on
their own (跟进, 风险提示, 老带新)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTableView, QWidget

from anjia_desk.core.errors import UserError
from anjia_desk.core.phones import PhoneKind
from anjia_desk.services.customer_detail import CustomerDetail
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import FieldErrors, MessageBar
from anjia_desk.ui.formatting import default_zone
from anjia_desk.ui.tables import ColumnTableModel, configure_table
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

T = TypeVar("T")

DUE_TEXT = {"overdue": "已逾期", "today": "今天到期", "later": "", "": ""}


class Failed(Protocol):
    """What `ops.write` calls with a refusal instead of showing it itself."""

    def __call__(self, exc: UserError) -> None: ...


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def phone_text(detail: CustomerDetail, blank: str) -> str:
    """The phone as this user may see it, flagged when it is a masked or virtual number."""
    kind = PhoneKind(detail.phone_kind).label if detail.phone_kind else ""
    flag = f"（{kind}）" if detail.shown_phone and detail.phone_kind != "mobile" else ""
    return (detail.shown_phone or blank) + flag


def history_table(model: ColumnTableModel[Any], parent: QWidget | None = None) -> QTableView:
    """A read-only table whose first column is a date and time (wide enough to fit whole)."""
    view = QTableView(parent)
    view.setModel(model)
    configure_table(view)
    view.setColumnWidth(0, 140)
    return view


class CustomerTab(LazyPage):
    """What the tabs that load on their own share: the customer, the message line, and writing
    through the operation layer (the tab reloads as the operation's initiator)."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.customer_id = customer_id
        self.zone = default_zone()
        self.message = MessageBar(self)

    def _write(
        self,
        work: Callable[[Session, Actor], T],
        done: Callable[[T], None],
        *,
        failed: Failed | None = None,
        errors: FieldErrors | None = None,
    ) -> None:
        ops.write(
            self.ctx,
            work,
            parent=self,
            done=done,
            failed=failed,
            message=self.message,
            errors=errors,
        )
