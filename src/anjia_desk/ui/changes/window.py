"""A change order's window, one per order and non-modal (like the deal window): the header (单号,
kind, status, unit, buyer, what comes next) over three tabs — 申请 (the request's facts beside the
customer's risk marks and the suggested handling), 款项 (the money table line by line with the
rule in words, the amount due, the refund vouchers) and 流程 (who did each step and when, the
steps after 签约, the brief's score and the gift) — and on the right one button per action of
ChangeDetail.actions (ui/changes/actions.py), with the papers below them.

It reads services.change_views.change_detail on the operation layer's reader, refreshes when a
broadcast touches what that read (change orders, deals, receipts), and every write goes through
ui/ops.py."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.core.errors import NotFound, UserError
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops, palette
from anjia_desk.ui.changes.actions import PRINT_ACTIONS, WORK_ACTIONS, OrderActions
from anjia_desk.ui.changes.detail_view import MoneyPanel, ProgressPanel, RequestPanel
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button, value_label
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.formatting import default_zone
from anjia_desk.ui.forms import FormDialog
from anjia_desk.ui.printing import PdfPrinter
from anjia_desk.ui.style import fit_on_screen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.change_views import ChangeDetail
    from anjia_desk.services.context import Actor

#: Topics a change order's window always follows (its load reads them too).
FOLLOWS = frozenset({Topic.CHANGES, Topic.DEALS, Topic.RECEIPTS})


@dataclass(frozen=True)
class _Loaded:
    detail: ChangeDetail
    zone: ZoneInfo


def _load(session: Session, actor: Actor, order_id: int, now: datetime) -> _Loaded:
    from anjia_desk.services.change_views import change_detail
    from anjia_desk.services.settings import office_zone

    return _Loaded(change_detail(session, actor, order_id, now=now), office_zone(session))


class ChangeWindow(QDialog):
    """One change order. `code_label`, `status_label`, `next_label`; `tabs` with
    `request_panel`, `money_panel`, `progress_panel`; `buttons[ChangeAction]`; `message`;
    `detail`, the last read."""

    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.detail: ChangeDetail | None = None
        self.zone: ZoneInfo = default_zone()
        self.sources: frozenset[Topic] = FOLLOWS
        self.sub_dialog: FormDialog | None = None
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_on_screen(self, 1120, 680)
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        self.code_label = QLabel()
        self.code_label.setStyleSheet("font-size:18px;font-weight:bold;")
        self.unit_label = value_label()
        self.status_label = QLabel()
        self.status_label.setStyleSheet("font-weight:bold;")
        for widget in (self.code_label, self.unit_label, self.status_label):
            header.addWidget(widget)
            header.addSpacing(14)
        header.addStretch(1)
        layout.addLayout(header)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setStyleSheet(f"color:{palette.WARNING};")
        layout.addWidget(self.next_label)

        body = QHBoxLayout()
        self.request_panel = RequestPanel()
        self.money_panel = MoneyPanel()
        self.progress_panel = ProgressPanel(self.zone)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.request_panel, "申请")
        self.tabs.addTab(self.money_panel, "款项")
        self.tabs.addTab(self.progress_panel, "流程")
        body.addWidget(self.tabs, 1)
        self.order_actions = OrderActions(self)
        self.buttons: dict[ChangeAction, QPushButton] = {}
        side = QVBoxLayout()
        for title, actions in (("办理", WORK_ACTIONS), ("打印", PRINT_ACTIONS)):
            box = QGroupBox(title)
            column = QVBoxLayout(box)
            column.setSpacing(4)
            for action, text in actions:
                button = make_button(text, self.order_actions.handler(action), visible=False)
                self.buttons[action] = button
                column.addWidget(button)
            side.addWidget(box)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(170)
        body.addWidget(side_widget)
        layout.addLayout(body, 1)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        self.printer = PdfPrinter(ctx, self, self.message)
        ctx.changed.connect(self._on_changed)

    def today(self) -> date:
        return self.ctx.clock().astimezone(self.zone).date()

    # --- loading

    def reload(self) -> None:
        order_id, now = self.order_id, self.ctx.clock()
        ops.read(
            self.ctx,
            lambda session, actor: _load(session, actor, order_id, now),
            parent=self,
            done=self._loaded,
            failed=self._load_failed,
        )

    def _loaded(self, result: ops.Read) -> None:
        loaded: _Loaded = result.value
        self.sources = result.topics | FOLLOWS
        self.zone = loaded.zone
        first = self.detail is None
        self.detail = loaded.detail
        self.show_detail(loaded.detail)
        if first and _OPEN.get(self.order_id) is self:
            self.show()

    def _load_failed(self, exc: UserError) -> None:
        if self.detail is None:  # the first load: the window never shows
            self.ctx.dialogs.warning(self.parentWidget(), "打开变更单", exc.message)
            if _OPEN.get(self.order_id) is self:
                del _OPEN[self.order_id]
            self.deleteLater()
        elif isinstance(exc, NotFound):
            self.detail = None
            self.close()
        else:
            self.message.show_error(exc.message)

    def show_detail(self, d: ChangeDetail) -> None:
        r = d.row
        self.setWindowTitle(f"变更单 {r.code} — {r.kind.label} {r.unit_label} {r.buyer_name}")
        self.code_label.setText(f"{r.code} {r.kind.label}")
        self.unit_label.setText(f"{r.unit_label}  买受人：{r.buyer_name}")
        self.status_label.setText(f"状态：{r.status.label}")
        self.next_label.setText(f"下一步：{r.waiting}" if r.waiting else "")
        self.next_label.setVisible(bool(r.waiting))
        self.request_panel.show_detail(d, self.zone)
        self.money_panel.show_detail(d)
        self.progress_panel.show_detail(d, self.zone)
        for action, button in self.buttons.items():
            permit = d.actions.get(action)
            button.setVisible(permit is not None and permit.shown)
            button.setEnabled(permit is not None and permit.allowed)
            button.setToolTip(permit.why_not if permit is not None else "")

    def _on_changed(self, changes: Any) -> None:
        if not shiboken6.isValid(self):  # pragma: no cover - closed meanwhile
            return
        mine = getattr(changes, "initiator", None) in (self, self.sub_dialog)
        if self.detail is not None and (mine or changes.touches(self.sources)):
            self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.changed.disconnect(self._on_changed)
        _OPEN.pop(self.order_id, None)
        super().closeEvent(event)

    def say_done(self, text: str) -> None:
        """After a write (which reloaded the window through its broadcast): say it is done."""
        if self.detail is not None:
            self.message.show_ok(text)

    # --- sub-dialogs

    def open_dialog(self, dialog: FormDialog) -> FormDialog:
        self.message.clear_message()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.say_done)
        dialog.destroyed.connect(self._forget_sub)
        self.sub_dialog = dialog
        dialog.open()
        return dialog

    def _forget_sub(self) -> None:
        self.sub_dialog = None


#: Open change-order windows by order id: opening one again raises it.
_OPEN: dict[int, ChangeWindow] = {}


def open_change(ctx: AppContext, order_id: int, parent: QWidget | None = None) -> ChangeWindow:
    """Show the order's window (non-blocking); an already open one comes to the front."""
    window = _OPEN.get(order_id)
    if window is not None and shiboken6.isValid(window) and window.ctx is ctx:
        if window.detail is None:  # still loading: it shows itself
            return window
        window.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns it cannot raise
            window.raise_()
            window.activateWindow()
        return window
    window = ChangeWindow(ctx, order_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN[order_id] = window
    window.reload()  # shows the window once read, or warns and deletes it
    return window
