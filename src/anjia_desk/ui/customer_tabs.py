"""The customer page's tabs for follow-ups and grades, deal-risk signals, and 老带新 referrals.

Each tab is a widget of its own (ctx, customer_id): the customer dialog embeds them, and each
reloads itself when a change concerns it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.customers import Grade
from anjia_desk.core.errors import ConflictError, PermissionDenied, UserError
from anjia_desk.core.followups import FollowUpForm
from anjia_desk.core.risk import Dimension, Level
from anjia_desk.services.followups import FollowUpPanel, FollowUpRow, GradeChangeRow
from anjia_desk.services.referrals import LedgerRow, ReferralSummary, ReferredRow
from anjia_desk.services.risk import RiskOverview, WarningRow
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.widgets import (
    ERROR_COLOR,
    HINT_COLOR,
    AnyIndex,
    Column,
    ColumnTableModel,
    FieldErrors,
    LazyPage,
    MessageBar,
    add_field,
    configure_table,
    default_zone,
    field_box,
    format_day,
    format_local,
    hint_label,
    selected_row,
    set_column_widths,
    show_user_error,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

T = TypeVar("T")

DUE_TEXT = {"overdue": "已逾期", "today": "今天到期", "later": "", "": ""}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _CustomerTab(LazyPage):
    """What the three tabs share: the customer, the message line, and writing through the
    operation layer (the tab reloads as the operation's initiator)."""

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
        failed: Callable[[UserError], None] | None = None,
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


# --- follow-ups and grades


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


class FollowUpsTab(_CustomerTab):
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
        from anjia_desk.services.followups import follow_up_panel
        from anjia_desk.services.settings import office_zone as zone_of

        customer_id, now = self.customer_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> tuple[ZoneInfo, FollowUpPanel] | UserError:
            try:
                return zone_of(session), follow_up_panel(session, actor, customer_id, now=now)
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
        self.next_on.setMinimumDate(_qdate(panel.today))
        if first:
            self.next_on.setDate(_qdate(panel.today))
            self._reset_grade()
        self.form_box.setEnabled(panel.can_log)
        self.why_not.setText(panel.why_not)
        self.why_not.setVisible(not panel.can_log)

    def _show_status(self, panel: FollowUpPanel) -> None:
        due = format_day(panel.next_due) or "（暂无）"
        flag = DUE_TEXT.get(panel.due_state, "")
        if panel.due_state == "overdue":
            due_html = f"<span style='color:{ERROR_COLOR};font-weight:bold'>{due} {flag}</span>"
        else:
            due_html = f"{due} {flag}".strip()
        if panel.in_pool:
            keep = f"<span style='color:{ERROR_COLOR}'>已进入公客池（保护期已过）</span>"
        else:
            keep = f"保护期至 {format_day(panel.protected_until)}"
        self.status.setText(
            f"当前等级：<b>{Grade(panel.grade).label}</b>　下次跟进：{due_html}　"
            f"<span style='color:{HINT_COLOR}'>{keep}</span>"
        )

    def _reset_grade(self) -> None:
        if self.panel is not None:
            self.grade.setCurrentIndex(self.grade.findData(self.panel.grade))

    def _grade_changed(self, _index: int) -> None:
        changed = self.panel is not None and self.grade.currentData() != self.panel.grade
        self.reason.setStyleSheet("QLineEdit{background:#fff8e1;}" if changed else "")

    def values(self) -> FollowUpForm:
        return FollowUpForm(
            channel=self.channel.currentText(),
            content=self.content.toPlainText(),
            result=self.result.text(),
            next_on=_pydate(self.next_on.date()) if self.plan.isChecked() else None,
            grade=str(self.grade.currentData() or ""),
            reason=self.reason.text(),
        )

    def save(self) -> None:
        from anjia_desk.services.followups import follow_up_panel, log_follow_up

        if self.panel is None or not self.panel.can_log:
            return
        self.errors.clear()
        self.message.clear_message()
        form = self.values()
        before = self.panel.grade
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
            self.message.show_ok(text)

        self._write(work, saved, failed=self._save_failed)

    def _save_failed(self, exc: UserError) -> None:
        show_user_error(exc, self.message, self.errors, prefix="跟进未保存：")


# --- risk signals


class RiskGridModel(QAbstractTableModel):
    """The last days' marks: one row per dimension, one column per day (oldest first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.marks: dict[date, dict[Dimension, Level]] = {}
        self.dimensions = list(Dimension)

    def set_data(self, days: list[date], marks: dict[date, dict[Dimension, Level]]) -> None:
        self.beginResetModel()
        self.days = list(days)
        self.marks = {day: dict(values) for day, values in marks.items()}
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.dimensions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.days)

    def level_at(self, row: int, column: int) -> Level | None:
        return self.marks.get(self.days[column], {}).get(self.dimensions[row])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.dimensions):
            return None
        if index.column() >= len(self.days):
            return None
        level = self.level_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {Level.LOW: "低", Level.HIGH: "高"}.get(level, "") if level else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            dimension = self.dimensions[index.row()]
            if level is None:
                return None
            text = dimension.high_text if level is Level.HIGH else dimension.low_text
            return f"{self.days[index.column()]} {dimension.label}：{level.label}（{text}）"
        if role == Qt.ItemDataRole.BackgroundRole and level is not None:
            return QColor("#f8d7da") if level is Level.HIGH else QColor("#d4edda")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.days[section].strftime("%m-%d") if 0 <= section < len(self.days) else None
        if 0 <= section < len(self.dimensions):
            return self.dimensions[section].label
        return None


class RiskTab(_CustomerTab):
    """成交风险: monitoring, the day's four marks, the last 14 days, the index and warnings."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.overview: RiskOverview | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.denied = hint_label("")
        self.denied.hide()
        outer.addWidget(self.denied)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body, 1)

        top = QHBoxLayout()
        self.monitor = QCheckBox("开启风险监测")
        self.monitor.setToolTip("认购后每天记录观察到的四项情况；这些记录只在案场内部使用")
        self.monitor.clicked.connect(self._toggle_monitoring)
        self.index_label = QLabel()
        top.addWidget(self.monitor)
        top.addStretch(1)
        top.addWidget(self.index_label)
        body.addLayout(top)
        body.addWidget(hint_label("风险标记只供案场内部跟进使用，不导出，也不影响价格和交易条件。"))

        self.marks_box = QGroupBox("当天标记")
        grid = QGridLayout(self.marks_box)
        grid.addWidget(QLabel("日期："), 0, 0)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(self._show_day)
        grid.addWidget(self.day, 0, 1, 1, 3, Qt.AlignmentFlag.AlignLeft)
        self.choices: dict[Dimension, dict[Level | None, QRadioButton]] = {}
        self._groups: list[QButtonGroup] = []
        for row, dimension in enumerate(Dimension, start=1):
            grid.addWidget(QLabel(dimension.label + "："), row, 0)
            group = QButtonGroup(self)
            buttons: dict[Level | None, QRadioButton] = {}
            for col, (level, text, tip) in enumerate(
                (
                    (None, "未标记", ""),
                    (Level.LOW, "低风险", dimension.low_text),
                    (Level.HIGH, "高风险", dimension.high_text),
                ),
                start=1,
            ):
                button = QRadioButton(text)
                button.setToolTip(tip)
                group.addButton(button)
                grid.addWidget(button, row, col)
                buttons[level] = button
            self._groups.append(group)
            self.choices[dimension] = buttons
        grid.setColumnStretch(4, 1)
        self.save_marks_button = QPushButton("保存标记")
        self.save_marks_button.clicked.connect(self.save_marks)
        grid.addWidget(self.save_marks_button, len(Dimension) + 1, 3)
        body.addWidget(self.marks_box)

        self.grid_model = RiskGridModel(self)
        self.grid = QTableView()
        self.grid.setModel(self.grid_model)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setDefaultSectionSize(48)
        self.grid.setFixedHeight(150)
        body.addWidget(QLabel("最近 14 天"))
        body.addWidget(self.grid)

        self.warning_model: ColumnTableModel[WarningRow] = ColumnTableModel(
            [
                Column("days", "连续高风险", lambda r: r.days_text),
                Column("level", "级别", lambda r: "二级预警"),
                Column("status", "状态", lambda r: r.status_label),
                Column("assignee", "回访顾问", lambda r: r.assignee_name),
                Column("note", "回访结果", lambda r: r.done_note),
            ],
            self,
        )
        self.warnings = QTableView()
        self.warnings.setModel(self.warning_model)
        configure_table(self.warnings)
        set_column_widths(self.warnings, {0: 170, 1: 70, 2: 70, 3: 90})
        self.warnings.selectionModel().selectionChanged.connect(self._update_buttons)
        body.addWidget(QLabel("预警与回访"))
        body.addWidget(self.warnings, 1)

        actions = QHBoxLayout()
        self.assignee = QComboBox()
        self.assign_button = QPushButton("指派回访")
        self.assign_button.clicked.connect(self.assign)
        self.note = QLineEdit()
        self.note.setPlaceholderText("回访结果")
        self.close_button = QPushButton("完成回访")
        self.close_button.clicked.connect(self.close_selected)
        actions.addWidget(QLabel("资深顾问："))
        actions.addWidget(self.assignee)
        actions.addWidget(self.assign_button)
        actions.addSpacing(16)
        actions.addWidget(self.note, 1)
        actions.addWidget(self.close_button)
        body.addLayout(actions)
        outer.addWidget(self.message)

    def reload(self) -> None:
        from anjia_desk.services.risk import risk_overview

        selected = self.selected()
        customer_id, now = self.customer_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> RiskOverview | PermissionDenied:
            try:
                return risk_overview(session, actor, customer_id, now=now)
            except PermissionDenied as exc:  # the tab says why instead of the grid
                return exc

        def done(view: RiskOverview | PermissionDenied) -> None:
            self._fill(view, selected)

        self.load(work, done, message=self.message)

    def _fill(self, view: RiskOverview | PermissionDenied, selected: WarningRow | None) -> None:
        if isinstance(view, PermissionDenied):
            self.overview = None
            self.body.hide()
            self.denied.setText(view.message)
            self.denied.show()
            return
        self.denied.hide()
        self.body.show()
        first = self.overview is None
        self.overview = view
        self.monitor.setChecked(view.monitoring)
        self.monitor.setEnabled(view.can_mark)
        self.index_label.setText(
            "风险指数（近 7 天低风险占比）："
            + (f"<b>{view.index}</b>" if view.index is not None else "—")
        )
        self.marks_box.setEnabled(view.can_mark and view.monitoring)
        self.day.blockSignals(True)
        self.day.setDateRange(_qdate(view.days[0]), _qdate(view.today))
        if first:
            self.day.setDate(_qdate(view.today))
        self.day.blockSignals(False)
        self._show_day()
        self.grid_model.set_data(view.days, view.marks)
        self.warning_model.set_rows(view.warnings)
        self.assignee.clear()
        for senior in view.seniors:
            self.assignee.addItem(senior.name, senior.id)
        for widget in (self.assignee, self.assign_button):
            widget.setVisible(view.can_assign)
        if selected is not None:
            for i, row in enumerate(self.warning_model.rows):
                if row.id == selected.id:
                    self.warnings.selectRow(i)
        self._update_buttons()

    def _show_day(self, *_args: Any) -> None:
        if self.overview is None:
            return
        marks = self.overview.marks.get(_pydate(self.day.date()), {})
        for dimension, buttons in self.choices.items():
            buttons[marks.get(dimension)].setChecked(True)

    def chosen(self) -> dict[Dimension, Level | None]:
        result: dict[Dimension, Level | None] = {}
        for dimension, buttons in self.choices.items():
            for level, button in buttons.items():
                if button.isChecked():
                    result[dimension] = level
        return result

    def selected(self) -> WarningRow | None:
        row = selected_row(self.warnings)
        return self.warning_model.row_at(row) if row is not None else None

    def _update_buttons(self, *_args: Any) -> None:
        row = self.selected()
        view = self.overview
        self.assign_button.setEnabled(
            row is not None and row.status != "done" and self.assignee.count() > 0
        )
        may_close = row is not None and view is not None and view.can_close.get(row.id, False)
        self.close_button.setEnabled(may_close)
        self.note.setEnabled(may_close)

    def _toggle_monitoring(self, on: bool) -> None:
        from anjia_desk.services.risk import set_risk_monitoring

        customer_id, now = self.customer_id, self.ctx.clock()

        def toggled(_result: None) -> None:
            self.message.show_ok("已开启风险监测。" if on else "已关闭风险监测，已有记录保留。")

        self._write(
            lambda session, actor: set_risk_monitoring(session, actor, customer_id, on, now=now),
            toggled,
            failed=self._toggle_failed,
        )

    def _toggle_failed(self, exc: UserError) -> None:
        self.message.show_error(exc.message)
        self.reload()

    def save_marks(self) -> None:
        from anjia_desk.services.risk import mark_risk, risk_overview

        day, marks = _pydate(self.day.date()), self.chosen()
        customer_id, now = self.customer_id, self.ctx.clock()
        before = {w.id for w in self.overview.warnings} if self.overview else set()

        def work(session: Session, actor: Actor) -> RiskOverview:
            mark_risk(session, actor, customer_id, day=day, marks=marks, now=now)
            return risk_overview(session, actor, customer_id, now=now)

        def saved(view: RiskOverview) -> None:
            text = f"已保存 {day} 的标记。"
            if any(w.id not in before for w in view.warnings):
                text += "连续两天出现多项高风险，已生成二级预警，请案场经理指派资深顾问回访。"
            self.message.show_ok(text)

        self._write(work, saved, failed=self._marks_failed)

    def _marks_failed(self, exc: UserError) -> None:
        self.message.show_error("标记未保存：" + exc.message)

    def assign(self) -> None:
        from anjia_desk.services.risk import assign_warning

        row = self.selected()
        assignee = self.assignee.currentData()
        if row is None or assignee is None:
            return
        who, now = self.assignee.currentText(), self.ctx.clock()

        def work(session: Session, actor: Actor) -> None:
            assign_warning(
                session, actor, row.id, assignee_id=int(assignee), version=row.version, now=now
            )

        def assigned(_result: None) -> None:
            self.message.show_ok(f"已指派 {who} 回访。")

        self._write(work, assigned, failed=self._assign_failed)

    def _assign_failed(self, exc: UserError) -> None:
        if isinstance(exc, ConflictError):
            self.reload()
        self.message.show_error(exc.message)

    def close_selected(self) -> None:
        from anjia_desk.services.risk import close_warning

        row = self.selected()
        if row is None:
            return
        note, now = self.note.text(), self.ctx.clock()

        def closed(_result: None) -> None:
            self.note.clear()
            self.message.show_ok("已记录回访结果，预警已完成。")

        self._write(
            lambda session, actor: close_warning(session, actor, row.id, note=note, now=now),
            closed,
            failed=self._show_refusal,
        )

    def _show_refusal(self, exc: UserError) -> None:
        self.message.show_error(exc.message)


# --- referrals


class ReferralsTab(_CustomerTab):
    """老带新: the referrer, the people this customer referred, the points ledger."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.summary: ReferralSummary | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.errors = FieldErrors()

        self.referrer_label = QLabel()
        outer.addWidget(self.referrer_label)
        self.link_box = QWidget()
        link = QFormLayout(self.link_box)
        link.setContentsMargins(0, 0, 0, 0)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.referrer_phone = QLineEdit()
        self.referrer_phone.setPlaceholderText("推荐人的手机号")
        self.referrer_phone.setMaximumWidth(200)
        self.link_button = QPushButton("关联推荐人")
        self.link_button.clicked.connect(self.link)
        self.referrer_phone.returnPressed.connect(self.link)
        row_layout.addWidget(self.referrer_phone)
        row_layout.addWidget(self.link_button)
        row_layout.addStretch(1)
        add_field(link, "补登推荐人：", row, self.errors, "referrer_phone")
        outer.addWidget(self.link_box)
        self.decline_button = QPushButton("被推荐人拒绝联系（删除其号码）…")
        self.decline_button.clicked.connect(self.decline)
        outer.addWidget(self.decline_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.referred_model: ColumnTableModel[ReferredRow] = ColumnTableModel(
            [
                Column("name", "被推荐人", lambda r: r.name),
                Column("grade", "等级", lambda r: r.grade),
                Column("first_visit", "首访日期", lambda r: format_day(r.first_visit)),
            ],
            self,
        )
        self.referred = QTableView()
        self.referred.setModel(self.referred_model)
        configure_table(self.referred)
        self.referred.setMaximumHeight(130)
        outer.addWidget(QLabel("推荐的客户"))
        outer.addWidget(self.referred)

        top = QHBoxLayout()
        top.addWidget(QLabel("积分明细"))
        top.addStretch(1)
        self.balance_label = QLabel()
        top.addWidget(self.balance_label)
        outer.addLayout(top)
        self.ledger_model: ColumnTableModel[LedgerRow] = ColumnTableModel(
            [
                Column("at", "时间", lambda r: format_local(r.at, self.zone)),
                Column("kind", "类型", lambda r: r.kind_label),
                Column("referred", "被推荐人", lambda r: r.referred_name),
                Column("points", "积分", lambda r: f"{r.points:+d}", sort_key=lambda r: r.points),
                Column("note", "说明", lambda r: r.note),
                Column("user", "经办人", lambda r: r.user_name),
                Column(
                    "thanked",
                    "致谢",
                    lambda r: (
                        format_local(r.thanked_at, self.zone)
                        if r.thanked_at
                        else ("待致谢" if r.to_thank else "")
                    ),
                ),
            ],
            self,
        )
        self.ledger = QTableView()
        self.ledger.setModel(self.ledger_model)
        configure_table(self.ledger)
        set_column_widths(self.ledger, {0: 130, 1: 80, 2: 90, 3: 60, 4: 200, 5: 70})
        self.ledger.selectionModel().selectionChanged.connect(self._update_buttons)
        outer.addWidget(self.ledger, 1)

        actions = QHBoxLayout()
        self.thank_button = QPushButton("已致谢")
        self.thank_button.setToolTip("已向推荐人表示感谢（工作台的待办随之消失）")
        self.thank_button.clicked.connect(self.thank)
        actions.addWidget(self.thank_button)
        actions.addStretch(1)
        self.redeem_box = QWidget()
        redeem = QHBoxLayout(self.redeem_box)
        redeem.setContentsMargins(0, 0, 0, 0)
        self.points = QSpinBox()
        self.points.setRange(0, 10_000_000)
        self.points.setSuffix(" 分")
        self.redeem_note = QLineEdit()
        self.redeem_note.setPlaceholderText("兑换内容，如 物业费抵用券 500 元")
        self.redeem_note.setMinimumWidth(220)
        self.redeem_button = QPushButton("兑换")
        self.redeem_button.clicked.connect(self.redeem)
        redeem.addWidget(QLabel("兑换："))
        redeem.addWidget(field_box(self.points, self.errors, "points"))
        redeem.addWidget(field_box(self.redeem_note, self.errors, "note"))
        redeem.addWidget(self.redeem_button, 0, Qt.AlignmentFlag.AlignTop)
        actions.addWidget(self.redeem_box)
        outer.addLayout(actions)
        outer.addWidget(self.message)

    def reload(self) -> None:
        from anjia_desk.services.referrals import referral_summary
        from anjia_desk.services.settings import office_zone as zone_of

        customer_id = self.customer_id

        def work(session: Session, actor: Actor) -> tuple[ZoneInfo, ReferralSummary]:
            return zone_of(session), referral_summary(session, actor, customer_id)

        self.load(work, self._fill, message=self.message)

    def _fill(self, loaded: tuple[ZoneInfo, ReferralSummary]) -> None:
        self.zone, summary = loaded
        self.summary = summary
        if summary.referrer is not None:
            self.referrer_label.setText(f"推荐人：<b>{summary.referrer.name}</b>")
        else:
            self.referrer_label.setText("推荐人：无")
        self.link_box.setVisible(summary.referrer is None and summary.can_edit)
        self.decline_button.setVisible(summary.referrer is not None and summary.can_edit)
        self.referred_model.set_rows(summary.referred)
        self.ledger_model.set_rows(summary.ledger)
        self.balance_label.setText(f"积分余额：<b>{summary.balance}</b>")
        self.redeem_box.setVisible(summary.can_redeem)
        self.points.setMaximum(max(summary.balance, 0))
        self._update_buttons()

    def selected(self) -> LedgerRow | None:
        row = selected_row(self.ledger)
        return self.ledger_model.row_at(row) if row is not None else None

    def _update_buttons(self, *_args: Any) -> None:
        row = self.selected()
        can_edit = self.summary is not None and self.summary.can_edit
        self.thank_button.setEnabled(can_edit and row is not None and row.to_thank)
        self.thank_button.setVisible(can_edit)
        has_points = self.summary is not None and self.summary.balance > 0
        self.redeem_button.setEnabled(has_points)

    def link(self) -> None:
        from anjia_desk.services.referrals import link_referrer

        self.errors.clear()
        customer_id, phone, now = self.customer_id, self.referrer_phone.text(), self.ctx.clock()

        def work(session: Session, actor: Actor) -> None:
            link_referrer(session, actor, customer_id, referrer_phone=phone, now=now)

        def linked(_result: None) -> None:
            self.referrer_phone.clear()
            self.message.show_ok("已关联推荐人。")

        self._write(work, linked, errors=self.errors)

    def decline(self) -> None:
        from anjia_desk.services.referrals import decline_referral

        if not self.ctx.dialogs.confirm(
            self,
            "被推荐人拒绝联系",
            "确认对方已明确拒绝？将删除其手机号、姓名等个人信息，只保留统计所需的来访和跟进次数，"
            "删除后无法恢复。",
        ):
            return
        customer_id, now = self.customer_id, self.ctx.clock()

        def declined(_result: None) -> None:
            self.message.show_ok("已删除被推荐人的个人信息。")

        self._write(
            lambda session, actor: decline_referral(session, actor, customer_id, now=now),
            declined,
            failed=self._show_refusal,
        )

    def _show_refusal(self, exc: UserError) -> None:
        self.message.show_error(exc.message)

    def thank(self) -> None:
        from anjia_desk.services.referrals import mark_thanked

        row = self.selected()
        if row is None:
            return
        now = self.ctx.clock()

        def thanked(_result: None) -> None:
            self.message.show_ok("已记为致谢。")

        self._write(
            lambda session, actor: mark_thanked(session, actor, row.id, now=now),
            thanked,
            failed=self._show_refusal,
        )

    def redeem(self) -> None:
        from anjia_desk.services.referrals import redeem_points

        self.errors.clear()
        points, note = self.points.value(), self.redeem_note.text()
        customer_id, now = self.customer_id, self.ctx.clock()

        def work(session: Session, actor: Actor) -> None:
            redeem_points(session, actor, customer_id, points=points, note=note, now=now)

        def redeemed(_result: None) -> None:
            self.redeem_note.clear()
            self.points.setValue(0)
            self.message.show_ok(f"已兑换 {points} 分。")

        self._write(work, redeemed, failed=self._redeem_failed)

    def _redeem_failed(self, exc: UserError) -> None:
        show_user_error(exc, self.message, self.errors, prefix="未兑换：")
