"""跟进: a customer's follow-ups and grade changes, and the form to log a follow-up (which may
change the grade, with a reason). Ctrl+Enter anywhere in the form saves it."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.customers import Grade
from anjia_desk.core.errors import UserError
from anjia_desk.core.followups import FollowUpForm
from anjia_desk.services.followups import (
    FollowUpPanel,
    FollowUpRow,
    GradeChangeRow,
    follow_up_panel,
    log_follow_up,
)
from anjia_desk.services.settings import office_zone
from anjia_desk.ui import palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers.common import DUE_TEXT, CustomerTab, pydate, qdate
from anjia_desk.ui.fields import FieldErrors, add_field, hint_label, show_user_error
from anjia_desk.ui.formatting import format_day, format_local
from anjia_desk.ui.tables import Column, ColumnTableModel, configure_table, set_column_widths

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

#: The reason field's background once the grade was changed (a warning tint; palette.py has no
#: tints yet).
REASON_NEEDED = palette.WARNING_TINT


class _CtrlEnter(QObject):
    """Ctrl+Enter anywhere in the follow-up form saves it (the content box keeps plain Enter)."""

    def __init__(self, tab: FollowUpsTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.tab.save()
            return True
        return False


class FollowUpsTab(CustomerTab):
    """跟进: the history, the grade changes, and the form to add a follow-up."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.panel: FollowUpPanel | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.status)

        self.model: ColumnTableModel[FollowUpRow] = ColumnTableModel(
            [
                Column("at", "时间", lambda r: format_local(r.at, self.zone)),
                Column("user", "跟进人", lambda r: r.user_name),
                Column("channel", "方式", lambda r: r.channel),
                Column("content", "内容", lambda r: r.content.replace("\n", " ")),
                Column("result", "结果", lambda r: r.result),
                Column("next_on", "下次跟进", lambda r: format_day(r.next_on)),
                Column("grade", "等级", lambda r: r.grade_text),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, stretch_last=False)
        set_column_widths(self.table, {0: 130, 1: 70, 2: 60, 3: 260, 4: 140, 5: 90, 6: 60})
        outer.addWidget(self.table, 3)

        self.grade_model: ColumnTableModel[GradeChangeRow] = ColumnTableModel(
            [
                Column("at", "调整时间", lambda r: format_local(r.at, self.zone)),
                Column("user", "调整人", lambda r: r.user_name),
                Column("change", "等级", lambda r: f"{r.from_grade or '—'} → {r.to_grade}"),
                Column("reason", "原因", lambda r: r.reason),
            ],
            self,
        )
        self.grade_table = QTableView()
        self.grade_table.setModel(self.grade_model)
        configure_table(self.grade_table)
        set_column_widths(self.grade_table, {0: 130, 1: 70, 2: 70})
        self.grade_table.setMaximumHeight(120)
        outer.addWidget(QLabel("等级调整记录"))
        outer.addWidget(self.grade_table, 1)

        self.form_box = QGroupBox("新增跟进")
        form = QFormLayout(self.form_box)
        self.errors = FieldErrors()
        self.channel = QComboBox()
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText("沟通了什么、客户的关注点和顾虑")
        self.content.setFixedHeight(64)
        self.result = QLineEdit()
        self.result.setMaxLength(200)
        self.result.setPlaceholderText("如 约周六带家人看样板间")
        plan = QWidget()
        plan_row = QHBoxLayout(plan)
        plan_row.setContentsMargins(0, 0, 0, 0)
        self.plan = QCheckBox("约定下次跟进日")
        self.next_on = QDateEdit()
        self.next_on.setCalendarPopup(True)
        self.next_on.setDisplayFormat("yyyy-MM-dd")
        self.next_on.setEnabled(False)
        self.plan.toggled.connect(self.next_on.setEnabled)
        plan_row.addWidget(self.plan)
        plan_row.addWidget(self.next_on)
        plan_row.addStretch(1)
        self.grade = QComboBox()
        for grade in Grade:
            self.grade.addItem(grade.label, grade.value)
        self.grade.currentIndexChanged.connect(self._grade_changed)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText("等级有调整时写明原因（会记入等级调整记录）")
        add_field(form, "跟进方式：", self.channel, self.errors, "channel")
        add_field(form, "跟进内容：", self.content, self.errors, "content")
        add_field(form, "跟进结果：", self.result, self.errors, "result")
        add_field(form, "下次跟进：", plan, self.errors, "next_on", "不约定时按等级的跟进间隔计算")
        add_field(form, "意向等级：", self.grade, self.errors, "grade")
        add_field(form, "调整原因：", self.reason, self.errors, "reason")
        self.save_button = QPushButton("保存跟进（Ctrl+Enter）")
        self.save_button.clicked.connect(self.save)
        self.why_not = hint_label("")
        self.why_not.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.why_not, 1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        outer.addWidget(self.form_box)
        outer.addWidget(self.message)

        self._ctrl_enter = _CtrlEnter(self)
        for widget in (
            self.channel,
            self.content,
            self.result,
            self.plan,
            self.next_on,
            self.grade,
            self.reason,
        ):
            widget.installEventFilter(self._ctrl_enter)

    def reload(self) -> None:
        customer_id, now = self.customer_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> tuple[ZoneInfo, FollowUpPanel] | UserError:
            try:
                return office_zone(session), follow_up_panel(session, actor, customer_id, now=now)
            except UserError as exc:  # shown here, and the form is switched off
                return exc

        self.load(work, self._fill)

    def _fill(self, loaded: tuple[ZoneInfo, FollowUpPanel] | UserError) -> None:
        if isinstance(loaded, UserError):
            self.message.show_error(loaded.message)
            self.form_box.setEnabled(False)
            return
        self.zone, panel = loaded
        first = self.panel is None
        self.panel = panel
        self.model.set_rows(panel.rows)
        self.grade_model.set_rows(panel.grades)
        self._show_status(panel)
        current = self.channel.currentText()
        self.channel.clear()
        self.channel.addItems(panel.channels)
        if current in panel.channels:
            self.channel.setCurrentText(current)
        self.next_on.setMinimumDate(qdate(panel.today))
        if first:
            self.next_on.setDate(qdate(panel.today))
            self._reset_grade()
        self.form_box.setEnabled(panel.can_log)
        self.why_not.setText(panel.why_not)
        self.why_not.setVisible(not panel.can_log)

    def _show_status(self, panel: FollowUpPanel) -> None:
        due = format_day(panel.next_due) or "（暂无）"
        flag = DUE_TEXT.get(panel.due_state, "")
        if panel.due_state == "overdue":
            due_html = f"<span style='color:{palette.ERROR};font-weight:bold'>{due} {flag}</span>"
        else:
            due_html = f"{due} {flag}".strip()
        if panel.in_pool:
            keep = f"<span style='color:{palette.ERROR}'>已进入公客池（保护期已过）</span>"
        else:
            keep = f"保护期至 {format_day(panel.protected_until)}"
        self.status.setText(
            f"当前等级：<b>{Grade(panel.grade).label}</b>　下次跟进：{due_html}　"
            f"<span style='color:{palette.HINT}'>{keep}</span>"
        )

    def _reset_grade(self) -> None:
        if self.panel is not None:
            self.grade.setCurrentIndex(self.grade.findData(self.panel.grade))

    def _grade_changed(self, _index: int) -> None:
        changed = self.panel is not None and self.grade.currentData() != self.panel.grade
        self.reason.setStyleSheet(f"QLineEdit{{background:{REASON_NEEDED};}}" if changed else "")

    def values(self) -> FollowUpForm:
        return FollowUpForm(
            channel=self.channel.currentText(),
            content=self.content.toPlainText(),
            result=self.result.text(),
            next_on=pydate(self.next_on.date()) if self.plan.isChecked() else None,
            grade=str(self.grade.currentData() or ""),
            reason=self.reason.text(),
        )

    def save(self) -> None:
        if self.panel is None or not self.panel.can_log:
            return
        self.errors.clear()
        self.message.clear_message()
        form = self.values()
        before, was_in_pool = self.panel.grade, self.panel.in_pool
        customer_id, now = self.customer_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> FollowUpPanel:
            log_follow_up(session, actor, customer_id, form, now=now)
            return follow_up_panel(session, actor, customer_id, now=now)

        def saved(panel: FollowUpPanel) -> None:
            self.content.clear()
            self.result.clear()
            self.reason.clear()
            self.plan.setChecked(False)
            self.grade.setCurrentIndex(self.grade.findData(panel.grade))
            text = "已记录跟进。"
            if panel.grade != before:
                text += f"意向等级 {before} → {panel.grade}。"
            if panel.in_pool and panel.is_owner:
                text += "该客户已在公客池，保护期未续：如需继续跟进请先认领。"
            elif was_in_pool and panel.is_owner:
                text += "该客户已从公客池重新归您跟进，保护期重新计算。"
            self.message.show_ok(text)

        self._write(work, saved, failed=self._save_failed)

    def _save_failed(self, exc: UserError) -> None:
        show_user_error(exc, self.message, self.errors, prefix="跟进未保存：")
