"""A deal window's 变更 tab (issue 17): the deal's change orders (services.change_views.
changes_of_deal) with 申请变更… (the buyer's written request, ui/changes/request_dialog.py) and
打开… (the order's window). It reads when first shown and again after a broadcast touching what
it read; the deal window hands it the deal (`set_deal`) for the request's kind and unit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from anjia_desk.core.deals import Stage
from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.changes.list_model import ChangesModel, widen_to_fit
from anjia_desk.ui.changes.request_dialog import DealRef, RequestDialog, open_request
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button, make_table
from anjia_desk.ui.fields import MessageBar, hint_label
from anjia_desk.ui.tables import selected_row

if TYPE_CHECKING:
    from anjia_desk.services.deal_views import DealDetail


def deal_ref(d: DealDetail) -> DealRef:
    return DealRef(
        d.id,
        d.project_id,
        d.unit_id,
        f"{d.project_name} {d.unit_label} {d.buyer_name}",
        d.signed_at is not None,
        d.payment_method,
    )


def may_request(ctx: AppContext) -> bool:
    actor = ctx.actor
    return actor.can(Action.FILE_CHANGES) or actor.can(Action.REVIEW_CHANGES)


class DealChangesTab(QWidget):
    """变更: `changes_model` in `changes_table`, `request_button` (申请变更…), `open_button`
    (打开…), `hint`; `request_dialog`, the last one opened."""

    def __init__(self, ctx: AppContext, deal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id = deal_id
        self.deal: DealDetail | None = None
        self.sources: frozenset[Topic] = frozenset()
        self.stale = True
        self.loaded = False
        self.request_dialog: RequestDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                "退定（签约前）、退房（签约后）、换房、更名及开发商解约，均以买受人的书面申请"
                "（或解除合同通知书）为准，经洽谈、审核、审批后执行。"
            )
        )
        self.changes_model = ChangesModel(self)
        self.changes_table = make_table(self.changes_model)
        layout.addWidget(self.changes_table, 1)
        buttons = QHBoxLayout()
        self.request_button = make_button("申请变更…", self.ask_request, may_request(ctx))
        self.open_button = make_button("打开…", self.open_selected)
        self.state_label = QLabel()
        self.state_label.setProperty("role", "hint")
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.state_label, 1)
        layout.addLayout(buttons)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        self.changes_table.activated.connect(self.open_selected)
        ctx.changed.connect(self._on_changed)

    def set_deal(self, deal: DealDetail) -> None:
        self.deal = deal
        self._update_buttons()

    # --- loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        from anjia_desk.services.change_views import changes_of_deal

        self.stale = False
        deal_id = self.deal_id
        ops.read(
            self.ctx,
            lambda session, actor: changes_of_deal(session, actor, deal_id),
            parent=self,
            done=self._loaded,
            failed=self._failed,
        )

    def _failed(self, exc: UserError) -> None:
        self.message.show_error(exc.message)

    def _loaded(self, result: ops.Read) -> None:
        self.sources = result.topics
        self.loaded = True
        self.changes_model.set_rows(result.value)
        widen_to_fit(self.changes_table, self.changes_model)
        self._update_buttons()

    def _on_changed(self, changes: ops.Changed) -> None:
        if not shiboken6.isValid(self):  # pragma: no cover - the window went meanwhile
            return
        if not changes.touches(self.sources | {Topic.CHANGES}):
            return
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def _update_buttons(self) -> None:
        d = self.deal
        open_one = next((r for r in self.changes_model.rows if r.status.is_open), None)
        why = ""
        if d is not None and d.stage is Stage.CANCELLED:
            why = "交易已取消"
        elif open_one is not None and open_one.status.before_execution:
            why = f"已有进行中的变更单 {open_one.code}"
        self.request_button.setEnabled(d is not None and not why)
        self.request_button.setToolTip(why)
        self.state_label.setText(why)
        self.open_button.setEnabled(bool(self.changes_model.rows))

    # --- actions

    def ask_request(self) -> RequestDialog | None:
        if self.deal is None:
            return None
        self.message.clear_message()
        try:
            self.request_dialog = open_request(self.ctx, self.window(), deal_ref(self.deal))
        except UserError as exc:
            self.message.show_error(exc.message)
            return None
        return self.request_dialog

    def open_selected(self, *_args: object) -> None:
        row = selected_row(self.changes_table)
        rows = self.changes_model.rows
        if row is None and len(rows) == 1:
            row = 0
        if row is None:
            self.message.show_info("请先选中一张变更单。")
            return
        from anjia_desk.ui.changes.window import open_change

        open_change(self.ctx, rows[row].id, self.window())
