"""A window per customer: the header (phone, grade, owner, protection, next due), the tabs —
资料, 亲属, 来访, 跟进, 风险提示, 老带新, 历史 (one module each in ui.customers) — and the actions
更换手机号, 合并客户, 打印个人信息, 删除个人信息, 申请撞单 (ui.customers.reason_dialogs).

Every load of the window goes through `customer_detail`, which records a "view"
in the audit log; printing records a "print".
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.customers import Grade, Options
from anjia_desk.core.errors import NotFound, UserError
from anjia_desk.core.roles import Action
from anjia_desk.scratch import scratch_folder
from anjia_desk.services import customer_profile
from anjia_desk.services.customer_detail import CustomerDetail, customer_detail
from anjia_desk.services.customer_state import options
from anjia_desk.services.papers.customer_record import print_customer_record
from anjia_desk.services.settings import office_zone
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers.common import DUE_TEXT, Failed, history_table, phone_text
from anjia_desk.ui.customers.followups_tab import FollowUpsTab
from anjia_desk.ui.customers.history_tab import HistoryTab
from anjia_desk.ui.customers.profile_tab import ProfileTab
from anjia_desk.ui.customers.reason_dialogs import (
    dispute_dialog,
    erase_dialog,
    merge_dialog,
    phone_change_dialog,
)
from anjia_desk.ui.customers.referrals_tab import ReferralsTab
from anjia_desk.ui.customers.relatives_tab import RelativesTab
from anjia_desk.ui.customers.risk_tab import RiskTab
from anjia_desk.ui.customers.visits_tab import VisitsModel
from anjia_desk.ui.fields import FieldErrors, MessageBar, show_user_error
from anjia_desk.ui.formatting import default_zone
from anjia_desk.ui.forms import ReasonDialog
from anjia_desk.ui.style import fit_on_screen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class CustomerDialog(QDialog):
    """One customer's page, non-modal. Closes itself when the customer is merged or erased."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.detail: CustomerDetail | None = None
        self.options = Options()
        self.zone = default_zone()
        self.sub_dialog: ReasonDialog | None = None
        self.load_error = ""
        #: The topics the page's data came from (learnt from its reads).
        self.sources: frozenset[Topic] = frozenset()
        #: Set while erasing: the window closes, it must not read the customer again.
        self._closing = False
        self.preview: QDialog | None = None
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_on_screen(self, 1000, 720)
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size:18px;font-weight:bold;")
        self.phone_label = QLabel()
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grade_label = QLabel()
        self.owner_label = QLabel()
        self.due_label = QLabel()
        for widget in (
            self.name_label,
            self.phone_label,
            self.grade_label,
            self.owner_label,
            self.due_label,
        ):
            header.addWidget(widget)
            header.addSpacing(12)
        header.addStretch(1)
        layout.addLayout(header)

        actions = QHBoxLayout()
        self.phone_button = QPushButton("更换手机号…")
        self.merge_button = QPushButton("合并客户…")
        self.print_button = QPushButton("打印个人信息…")
        self.erase_button = QPushButton("删除个人信息…")
        self.dispute_button = QPushButton("申请撞单…")
        for button, slot in (
            (self.phone_button, self.ask_phone_change),
            (self.merge_button, self.ask_merge),
            (self.print_button, self.print_record),
            (self.erase_button, self.ask_erase),
            (self.dispute_button, self.ask_dispute),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.tabs = QTabWidget()
        self.profile = ProfileTab()
        self.profile.save_requested.connect(self.save_profile)
        self.relatives = RelativesTab()
        self.relatives.add_requested.connect(self.add_relative)
        self.relatives.remove_requested.connect(self.remove_relative)
        self.visits_model = VisitsModel(self)
        self.visits_table = history_table(self.visits_model)
        self.history = HistoryTab()
        self.tabs.addTab(self.profile, "资料")
        self.tabs.addTab(self.relatives, "亲属")
        self.tabs.addTab(self.visits_table, "来访")
        self.extra_tabs: list[QWidget] = self._partner_tabs()
        self.tabs.addTab(self.history, "历史")
        layout.addWidget(self.tabs, 1)
        self.message = MessageBar(self)
        layout.addWidget(self.message)

        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save_profile)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _partner_tabs(self) -> list[QWidget]:
        """跟进, 风险提示, 老带新: tabs that load and write on their own."""
        tabs: list[QWidget] = []
        for cls, title in ((FollowUpsTab, "跟进"), (RiskTab, "风险提示"), (ReferralsTab, "老带新")):
            tab = cls(self.ctx, self.customer_id, self)
            self.tabs.addTab(tab, title)
            tabs.append(tab)
        return tabs

    # --- loading

    def reload(self) -> None:
        """Read the page again (an audited view); close when the customer is gone."""
        customer_id, now = self.customer_id, self.ctx.clock()
        ops.read(
            self.ctx,
            lambda session, actor: _read_page(session, actor, customer_id, now),
            parent=self,
            done=self._loaded,
            failed=self._load_failed,
        )

    def _loaded(self, result: ops.Read) -> None:
        self.sources = self.sources | result.topics
        detail, self.options, self.zone = result.value
        self.detail = detail
        self._show(detail)

    def _load_failed(self, exc: UserError) -> None:
        if not isinstance(exc, NotFound):
            self.message.show_error(exc.message)
            return
        opening = self.detail is None and not self.load_error
        self.detail = None
        self.load_error = exc.message
        if opening and self.isVisible():  # shown while its first read ran: say why it closes
            self.ctx.dialogs.warning(self.parentWidget(), "打开客户", exc.message)
        self.close()

    def _show(self, detail: CustomerDetail) -> None:
        self.setWindowTitle(f"客户 — {detail.display_name}")
        self.name_label.setText(detail.display_name)
        self.phone_label.setText(phone_text(detail, "无手机号"))
        self.grade_label.setText(f"等级：{Grade(detail.grade).label}")
        if detail.anonymised:
            owner = "个人信息已删除"
        elif detail.in_pool:
            owner = "公客池（可认领）"
        else:
            owner = f"归属：{detail.owner_name}，保护期至 {detail.protected_until}"
        self.owner_label.setText(owner)
        due = detail.next_due.isoformat() if detail.next_due else "—"
        state = DUE_TEXT.get(detail.due_state, "")
        self.due_label.setText(f"下次跟进：{due}" + (f"（{state}）" if state else ""))
        self.due_label.setStyleSheet(
            f"color:{palette.ERROR};font-weight:bold;" if detail.due_state == "overdue" else ""
        )
        self.profile.load(detail, self.options, self.zone)
        self.relatives.load(detail)
        self.visits_model.zone = self.zone
        self.visits_model.set_rows(detail.visits)
        self.history.load(detail, self.zone)
        actor = self.ctx.actor
        live = not detail.anonymised
        self.phone_button.setEnabled(detail.can_edit)
        self.merge_button.setEnabled(live and actor.can(Action.MERGE_CUSTOMERS))
        self.print_button.setEnabled(live and actor.can(Action.PRINT_CUSTOMER_RECORD))
        self.erase_button.setEnabled(live and actor.can(Action.DELETE_PERSONAL_DATA))
        self.dispute_button.setEnabled(
            live
            and actor.can(Action.RAISE_DISPUTE)
            and actor.user_id is not None
            and detail.owner_id != actor.user_id
        )

    def _on_changed(self, changes: Any) -> None:
        if self._closing or not isinstance(changes, ops.Changed):
            return
        if changes.remote and self._typing():  # another PC's change: what is typed stays
            return  # (saving it meets the version check, which says who changed what)
        if changes.touches(self.sources) and (changes.initiator is self or self.isVisible()):
            self.reload()

    def _typing(self) -> bool:
        """The profile holds something typed and not saved yet (issue 15)."""
        if self.detail is None or not self.detail.can_edit:
            return False
        try:
            form = self.profile.values()
        except UserError:
            return True
        return dataclasses.replace(form, phone=self.detail.form.phone) != self.detail.form

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and self.detail is not None and self.profile.unsaved_notes():
            answer = self.ctx.dialogs.save_discard_cancel(
                self, "客户资料", "备注改了还没有保存。要保存吗？"
            )
            if answer != "discard":
                event.ignore()  # the window stays; nothing typed is lost
                if answer == "save":
                    self.save_profile()
                return
        # Stop listening at once: a later broadcast must not reach a closing window.
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.changed.disconnect(self._on_changed)
        _OPEN.pop(self.customer_id, None)
        super().closeEvent(event)

    def _write(
        self,
        work: Callable[[Session, Actor], object],
        text: str,
        *,
        errors: FieldErrors | None = None,
        failed: Failed | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Run `work` through the operation layer; the broadcast reloads this page (its
        initiator), then `then()` runs and `text` is shown."""

        def written(_result: object) -> None:
            if then is not None:
                then()
            if self.detail is not None:
                self.message.show_ok(text)

        ops.write(
            self.ctx,
            work,
            parent=self,
            done=written,
            failed=failed,
            message=self.message,
            errors=errors,
        )

    # --- the profile and relatives

    def save_profile(self) -> None:
        if self.detail is None or not self.detail.can_edit:
            return
        self.message.clear_message()
        self.profile.errors.clear()
        try:
            form = self.profile.values()
        except UserError as exc:
            show_user_error(exc, self.message, self.profile.errors)
            return
        customer_id, version, now = self.customer_id, self.detail.version, self.ctx.clock()

        def work(session: Session, actor: Actor) -> None:
            customer_profile.update_customer(
                session, actor, customer_id, form, version=version, now=now
            )

        self._write(work, "资料已保存。", errors=self.profile.errors)

    def add_relative(self) -> None:
        self.relatives.errors.clear()
        customer_id, now = self.customer_id, self.ctx.clock()
        relation = str(self.relatives.relation.currentData())
        name, phone = self.relatives.name.text(), self.relatives.phone.text()

        def work(session: Session, actor: Actor) -> None:
            customer_profile.add_relative(
                session, actor, customer_id, relation=relation, name=name, phone=phone, now=now
            )

        self._write(
            work, "已添加亲属。", errors=self.relatives.errors, then=self.relatives.clear_form
        )

    def remove_relative(self) -> None:
        row = self.relatives.selected()
        if row is None:
            self.message.show_info("请先在表中选中要移除的亲属。")
            return
        who = row.name or row.shown_phone
        if not self.ctx.dialogs.confirm(
            self, "移除亲属", f"从客户档案中移除{row.relation_label}“{who}”吗？"
        ):
            return
        self._write(
            lambda session, actor: customer_profile.remove_relative(session, actor, row.id),
            "已移除亲属。",
            failed=self._show_refusal,
        )

    def _show_refusal(self, exc: UserError) -> None:
        self.message.show_error(exc.message)

    # --- actions that ask for a reason (ui.customers.reason_dialogs)

    def _ask(self, dialog: ReasonDialog) -> ReasonDialog:
        """Open `dialog` (it writes on its own); its done text shows on the message line."""
        dialog.saved.connect(self._sub_saved)
        dialog.finished.connect(self._sub_closed)
        self.sub_dialog = dialog
        dialog.open()
        return dialog

    def _sub_saved(self, text: str) -> None:
        if text and self.detail is not None:
            self.message.show_ok(text)

    def _sub_closed(self, _code: int) -> None:
        dialog, self.sub_dialog = self.sub_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def ask_phone_change(self) -> ReasonDialog:
        return self._ask(phone_change_dialog(self.ctx, self, self.customer_id))

    def ask_merge(self) -> ReasonDialog:
        return self._ask(merge_dialog(self.ctx, self, self.customer_id))

    def ask_erase(self) -> ReasonDialog:
        dialog = erase_dialog(self.ctx, self, self.customer_id)
        dialog.confirmed.connect(self._erasing)
        dialog.rejected.connect(self._not_erased)
        dialog.write_refused.connect(self._not_erased)
        dialog.accepted.connect(self._erased)
        return self._ask(dialog)

    def _erasing(self) -> None:
        self._closing = True  # the window closes: no audited re-read of what was erased

    def _not_erased(self, *_refusal: object) -> None:
        self._closing = False

    def _erased(self) -> None:
        self.close()

    def ask_dispute(self) -> ReasonDialog:
        return self._ask(dispute_dialog(self.ctx, self, self.customer_id))

    # --- printing

    def print_record(self) -> None:
        """Generate the person's record on the writer (the print is audited), then open the
        print preview."""
        folder = scratch_folder("print")  # in the data folder, swept if killed
        name = self.detail.display_name if self.detail else str(self.customer_id)
        out = folder / f"客户个人信息-{name}.pdf"
        customer_id, now = self.customer_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> Path:
            try:
                return print_customer_record(session, actor, customer_id, out, now=now)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise

        ops.write(
            self.ctx,
            work,
            parent=self,
            done=lambda path: self.open_preview(path, folder),
            failed=self._show_refusal,
            label="正在生成客户个人信息记录…",
        )

    def open_preview(self, pdf_path: Path, folder: Path) -> None:
        # Imported when first used: printing support (QtPdf, QtPrintSupport) is heavy.
        from anjia_desk.ui.print_preview import PrintPreviewDialog

        if not shiboken6.isValid(self):  # pragma: no cover - closed while printing
            shutil.rmtree(folder, ignore_errors=True)
            return
        dialog = PrintPreviewDialog(pdf_path, self.ctx.dialogs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: shutil.rmtree(folder, ignore_errors=True))
        dialog.destroyed.connect(self._forget_preview)
        self.preview = dialog
        dialog.open()

    def _forget_preview(self) -> None:
        self.preview = None


def _read_page(
    session: Session, actor: Actor, customer_id: int, now: datetime
) -> tuple[CustomerDetail, Options, ZoneInfo]:
    """What the page shows (reading it is an audited view)."""
    detail = customer_detail(session, actor, customer_id, now=now)
    return detail, options(session), office_zone(session)


#: Open customer windows by customer id: opening one again raises it.
_OPEN: dict[int, CustomerDialog] = {}


def open_customer(
    ctx: AppContext, customer_id: int, parent: QWidget | None = None
) -> CustomerDialog:
    """Show the customer's page (non-blocking); an already open page for them comes to front."""
    dialog = _OPEN.get(customer_id)
    if dialog is not None and shiboken6.isValid(dialog) and dialog.ctx is ctx:
        dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns it cannot raise
            dialog.raise_()
            dialog.activateWindow()
        return dialog
    dialog = CustomerDialog(ctx, customer_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if dialog.load_error:  # gone already (merged or deleted meanwhile)
        ctx.dialogs.warning(parent, "打开客户", dialog.load_error or "无法打开这位客户")
        dialog.deleteLater()
        return dialog
    _OPEN[customer_id] = dialog
    dialog.show()
    return dialog
