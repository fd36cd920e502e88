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

from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.services.topics import Topic
from anjia_desk.ui import palette
from anjia_desk.ui.changes.actions import PRINT_ACTIONS, WORK_ACTIONS, OrderActions
from anjia_desk.ui.changes.detail_view import MoneyPanel, ProgressPanel, RequestPanel
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button, value_label
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.printing import PdfPrinter
from anjia_desk.ui.record_window import Loaded, RecordWindow, open_record
from anjia_desk.ui.style import fit_on_screen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.change_views import ChangeDetail
    from anjia_desk.services.context import Actor

#: Topics a change order's window always follows (its load reads them too).
FOLLOWS = frozenset({Topic.CHANGES, Topic.DEALS, Topic.RECEIPTS})


def _load(session: Session, actor: Actor, order_id: int, now: datetime) -> Loaded:
    from anjia_desk.services.change_views import change_detail
    from anjia_desk.services.settings import office_zone

    return Loaded(change_detail(session, actor, order_id, now=now), office_zone(session))


class ChangeWindow(RecordWindow):
    """One change order. `code_label`, `status_label`, `next_label`; `tabs` with
    `request_panel`, `money_panel`, `progress_panel`; `buttons[ChangeAction]`; `message`;
    `detail`, the last read."""

    load = _load
    follows = FOLLOWS
    open_title = "打开变更单"
    registry: ClassVar[dict[int, ChangeWindow]] = {}  # the open windows, by order id
    detail: ChangeDetail | None

    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, order_id, parent)
        self.order_id = order_id
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
        message = MessageBar(self)
        layout.addWidget(message)
        self.printer = PdfPrinter(ctx, self, message)
        self.follow_changes(message)

    def today(self) -> date:
        return self.ctx.clock().astimezone(self.zone).date()

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


#: Open change-order windows by order id: opening one again raises it.
_OPEN = ChangeWindow.registry


def open_change(ctx: AppContext, order_id: int, parent: QWidget | None = None) -> ChangeWindow:
    """Show the order's window (non-blocking); an already open one comes to the front."""
    return open_record(ChangeWindow, ctx, order_id, parent)
