"""The pieces every form in the window is made of, one of each: a dialog whose write runs through
the operation layer (`FormDialog`), the reason dialog (作废, 重开, 退筹, 驳回, 设为不可售, 释放,
过号 …), a money field, a customer picker, and reading a typed date.

The one way a dialog hands its values to the operation layer: `save()` checks the fields on the
GUI thread (a ValidationError shows beside its field) and returns the write,
`work(session, actor) -> Saved`; `submit` runs it through `ops.write`; a refusal keeps the dialog
open with its messages; once committed, `saved` carries the done text and the dialog closes.
Money is typed as text and read with core.money.parse_money into a Decimal, checked beside the
field as it is typed. Enter saves, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.money import parse_money
from anjia_desk.services.customers import CustomerQuery, customer_rows, search_customer_ids
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import FieldErrors, MessageBar, add_field, dialog_buttons, show_user_error
from anjia_desk.ui.search_settle import SettledSearch

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor
    from anjia_desk.services.customers import CustomerRow

DATE_HINT = "如 2026-03-05"


# --- text helpers


def money_text(value: Decimal | None) -> str:
    """1234567.5 → "1,234,567.50"; blank for None."""
    return "" if value is None else f"{value:,.2f}"


def yuan(value: Decimal | None) -> str:
    return "—" if value is None else f"{money_text(value)} 元"


def parse_day(text: str, key: str = "date", *, blank: date | None = None) -> date | None:
    """A typed date ("2026-03-05", "2026/3/5"); `blank` for an empty field; ValidationError."""
    text = text.strip()
    if not text:
        return blank
    parts = text.replace("/", "-").replace(".", "-").split("-")
    try:
        if len(parts) != 3:
            raise ValueError(text)
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError as exc:
        raise ValidationError({key: "日期请按 2026-03-05 的格式填写"}) from exc


class MoneyEdit(QLineEdit):
    """An amount typed as text: checked beside the field as it is typed (not an amount, ≤ 0,
    above the cap) and read as a Decimal to the fen."""

    def __init__(
        self,
        errors: FieldErrors,
        key: str,
        *,
        cap: Decimal | None = None,
        cap_text: str = "",
        allow_zero: bool = False,
        required: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.errors = errors
        self.key = key
        self.cap = cap
        self.cap_text = cap_text  # "超过该节点未付金额" → "…（上限 1,000.00 元）"
        self.allow_zero = allow_zero
        self.required = required
        self.setPlaceholderText("元，如 20000 或 2万")
        self.setMaximumWidth(220)
        self.textEdited.connect(self.check)

    def set_cap(self, cap: Decimal | None, text: str = "") -> None:
        self.cap = cap
        if text:
            self.cap_text = text
        if self.text().strip():
            self.check()

    def problem(self) -> str:
        """Why the text is not an acceptable amount ("" when it is)."""
        text = self.text()
        if not text.strip():
            return "请填写金额" if self.required else ""
        try:
            value = parse_money(text)
        except ValueError as exc:
            return str(exc)
        if value < 0 or (value == 0 and not self.allow_zero):
            return "金额须大于 0" if not self.allow_zero else "金额不能为负"
        if self.cap is not None and value > self.cap:
            return f"{self.cap_text or '超过上限'}（上限 {money_text(self.cap)} 元）"
        return ""

    def check(self) -> bool:
        label = self.errors.label_for(self.key)
        text = self.problem()
        label.setText(text)
        label.setVisible(bool(text))
        return not text

    def value(self) -> Decimal:
        """The amount (0 for an empty optional field); ValidationError({key: …}) otherwise."""
        problem = self.problem()
        if problem:
            raise ValidationError({self.key: problem})
        return parse_money(self.text()) if self.text().strip() else Decimal(0)


# --- the base of every small dialog here


@dataclass(frozen=True)
class Saved:
    """What a dialog's write hands back: the text to show once done, and what it made (the new
    deal's or receipt's id, the delivery's settlement), which `keep` remembers."""

    text: str
    made: Any = None


#: A reason dialog's write: `act(session, actor, reason, now)` returns the text to show.
ReasonAct = Callable[["Session", "Actor", str, datetime], str]
#: …and with an extra field: `act(session, actor, {"reason": …, key: …}, now)`.
ValuesAct = Callable[["Session", "Actor", dict[str, str], datetime], str]


class FormDialog(QDialog):
    """A form with errors beside the fields, a message line, 取消 (Esc) and the default button
    (Enter). Subclasses add fields with `add` and implement `save()`: it checks the fields on the
    GUI thread and returns the write, `work(session, actor) -> Saved`, which `submit` runs through
    the operation layer; a UserError keeps the dialog open with its messages. Once it committed,
    `saved` carries the done text and the dialog closes. The window that opened the dialog is the
    operation's initiator (it reloads even when hidden)."""

    #: The done text, once the write committed (just before the dialog closes).
    saved = Signal(str)
    #: A conflict's message, when `closes_on_conflict` (the dialog is closing, rejected).
    conflicted = Signal(str)
    #: The write was refused (its message); the dialog stays open with the messages.
    write_refused = Signal(str)
    #: Close on a ConflictError and say so through `conflicted` (see `refused`).
    closes_on_conflict = False

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, title: str, ok_text: str, intro: str = ""
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.errors = FieldErrors()
        self.done_text = ""
        #: True while its write runs: one click, one write, and the dialog stays until the write
        #: has ended (its result or refusal has somewhere to go).
        self.busy = False
        self.layout_ = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            self.layout_.addWidget(label)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(self.form)
        self.message = MessageBar(self)
        self.foot = QVBoxLayout()
        self.layout_.addLayout(self.foot)
        self.layout_.addWidget(self.message)
        buttons, self.cancel_button, self.ok_button = dialog_buttons(self, ok_text, self.submit)
        self.layout_.addLayout(buttons)

    def add(self, label: str, widget: QWidget, key: str, hint: str = "") -> QWidget:
        return add_field(self.form, label, widget, self.errors, key, hint)

    def save(self) -> ops.Work[Saved]:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def keep(self, made: Any) -> None:
        """What the write made (an id, a settlement); subclasses remember it."""

    def submit(self) -> None:
        self.errors.clear()
        self.message.clear_message()
        try:
            work = self.save()
        except UserError as exc:
            show_user_error(exc, self.message, self.errors)
            return
        if not self.confirm():
            return  # declined: nothing written, the dialog stays
        self._set_busy(True)
        ops.write(
            self.ctx,
            work,
            parent=self,
            done=self._saved,
            failed=self.refused,
            initiator=self.parentWidget() or self,
            settled=lambda: self._set_busy(False),
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def reject(self) -> None:
        """取消 and Esc: not while the write runs."""
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def confirm(self) -> bool:
        """Once the fields pass and before anything is written: a form that asks "are you
        sure?" (合并客户, 删除个人信息, 批量转移) asks here; False writes nothing."""
        return True

    def refused(self, exc: UserError) -> None:
        """The write was refused: messages beside the fields and in the message line, the dialog
        stays. With `closes_on_conflict`, a ConflictError (someone saved the same record on
        another PC meanwhile) instead closes the dialog and goes out through `conflicted`, so
        the window reloads rather than keep a form open on stale data."""
        if self.closes_on_conflict and isinstance(exc, ConflictError):
            self.conflicted.emit(exc.message)
            self.reject()
            return
        show_user_error(exc, self.message, self.errors)
        self.write_refused.emit(exc.message)

    def _saved(self, saved: Saved) -> None:
        self.done_text = saved.text
        self.keep(saved.made)
        self.saved.emit(saved.text)
        self.accept()


def line_edit(max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


# --- reasons: 作废, 重开, 退筹, 驳回


class ReasonDialog(FormDialog):
    """Asks for a reason (and, with `extra`, one more value: a new phone, a customer number), then
    writes `act(session, actor, reason, now)` — or, with `extra`, `act(session, actor,
    {"reason": …, key: …}, now)` — on the writer; the act returns the done text.

    `required=False` accepts an empty reason; `check(values)` may refuse on the GUI thread with
    {field: message} before anything is written."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        title: str,
        intro: str,
        act: ReasonAct | ValuesAct,
        *,
        ok_text: str = "确定",
        reason_label: str = "原因：",
        required: bool = True,
        placeholder: str = "",
        max_length: int = 200,
        extra: tuple[str, str, str] | None = None,  # key, label, placeholder
        check: Callable[[dict[str, str]], dict[str, str]] | None = None,
    ) -> None:
        super().__init__(ctx, parent, title, ok_text, intro)
        self.act = act
        self.required = required
        self.check = check
        self.extra_key = extra[0] if extra else ""
        self.extra = line_edit(100, extra[2] if extra else "")
        if extra:
            self.add(extra[1], self.extra, extra[0])
        self.reason = line_edit(max_length, placeholder)
        self.add(reason_label, self.reason, "reason")
        (self.extra if extra else self.reason).setFocus()

    def values(self) -> dict[str, str]:
        out = {"reason": self.reason.text().strip()}
        if self.extra_key:
            out[self.extra_key] = self.extra.text().strip()
        return out

    def save(self) -> ops.Work[Saved]:
        values = self.values()
        problems = {"reason": "请填写原因"} if self.required and not values["reason"] else {}
        if self.check is not None:
            problems = {**self.check(values), **problems}
        if problems:
            raise ValidationError(problems)
        act, now = self.act, self.ctx.clock()
        if self.extra_key:
            values_act = cast("ValuesAct", act)
            return lambda session, actor: Saved(values_act(session, actor, values, now))
        reason_act = cast("ReasonAct", act)
        reason = values["reason"]
        return lambda session, actor: Saved(reason_act(session, actor, reason, now))


class CustomerPicker(QWidget):
    """The one way a form finds a customer: a search field (name, phone digits or pinyin
    initials) searched as it is typed (and on Enter or 查找), and the matches to choose from,
    each with its consultant. "Not found" shows beside the field (`key`)."""

    #: How long typing pauses before the search runs.
    DELAY_MS = 150
    LIMIT = 30

    def __init__(
        self,
        ctx: AppContext,
        errors: FieldErrors,
        parent: QWidget | None = None,
        *,
        key: str = "customer",
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.errors = errors
        self.key = key
        self.names: dict[int, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText("姓名、手机号或拼音首字母")
        self.find_button = QPushButton("查找")
        self.find_button.setAutoDefault(False)
        self.matches = QComboBox()
        self.matches.setMinimumWidth(220)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.find_button)
        layout.addWidget(self.matches, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DELAY_MS)
        self.timer.timeout.connect(self.look_up)
        self.search.textEdited.connect(lambda _text: self.timer.start())
        self.find_button.clicked.connect(self.look_up)
        self.search.returnPressed.connect(self.look_up)
        # Issue 14: a settled search showing full phones is audited (ui.search_settle).
        self.searched = ""
        self.settled = SettledSearch(ctx, self._searched_query, self, place="选择客户")
        self.matches.activated.connect(self._match_chosen)

    def _searched_query(self) -> CustomerQuery:
        return CustomerQuery(text=self.searched)

    def _match_chosen(self, _index: int) -> None:
        if self.settled.pending():  # choosing a match settles the search
            self.settled.settle(self.customer_id())

    def look_up(self) -> None:
        self.timer.stop()
        text = self.search.text().strip()
        self.matches.clear()
        self.names.clear()
        label = self.errors.label_for(self.key)
        label.setVisible(False)
        if not text:
            return
        now = self.ctx.clock()

        def find(session: Session, actor: Actor) -> list[CustomerRow]:
            ids = search_customer_ids(session, actor, CustomerQuery(text=text), now=now)
            return customer_rows(session, actor, ids[: self.LIMIT], now=now)

        try:
            rows = ops.read_now(self.ctx, find)
        except UserError as exc:
            self.errors.show({self.key: exc.message})
            return
        self.searched = text
        if rows:
            self.settled.edited()
        for row in rows:
            owner = f"（{row.owner_name}）" if row.owner_name else ""
            self.names[row.id] = row.name  # before the item: choosing it may ask for the name
            self.matches.addItem(f"{row.name}  {row.shown_phone}{owner}", row.id)
        label.setText("" if rows else "没有找到这位客户，请先做来访登记")
        label.setVisible(not rows)

    def customer_id(self) -> int | None:
        data = self.matches.currentData()
        return int(data) if data is not None else None

    def customer_name(self) -> str:
        """The chosen customer's name ("" when none is chosen)."""
        chosen = self.customer_id()
        return self.names.get(chosen, "") if chosen is not None else ""
