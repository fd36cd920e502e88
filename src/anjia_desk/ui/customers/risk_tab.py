"""风险提示: after a subscription, the day's four risk marks, the last 14 days, the risk index,
and the second-level warnings (assigned to a senior consultant, closed with a call's result).
The marks are for the office's own follow-up only."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import ConflictError, PermissionDenied, UserError
from anjia_desk.core.risk import Dimension, Level
from anjia_desk.services.risk import (
    NOT_SUBSCRIBED,
    RiskOverview,
    WarningRow,
    assign_warning,
    close_warning,
    mark_risk,
    risk_overview,
    set_risk_monitoring,
)
from anjia_desk.ui import palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.customers.common import CustomerTab, pydate, qdate
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.tables import (
    AnyIndex,
    Column,
    ColumnTableModel,
    configure_table,
    selected_row,
    set_column_widths,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

#: A day's high and low marks in the grid: an error tint and an ok tint.
HIGH_BACKGROUND = QColor(palette.ERROR_TINT)
LOW_BACKGROUND = QColor(palette.OK_TINT)

MONITOR_TIP = "认购时自动开启：每天记录观察到的四项情况；这些记录只在案场内部使用"


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
            return HIGH_BACKGROUND if level is Level.HIGH else LOW_BACKGROUND
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


class RiskTab(CustomerTab):
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
        self.monitor.setToolTip(MONITOR_TIP)
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
        self.monitor.setEnabled(view.can_monitor)
        self.monitor.setToolTip(
            MONITOR_TIP if view.can_monitor or not view.can_mark else NOT_SUBSCRIBED
        )
        self.index_label.setText(
            "风险指数（近 7 天低风险占比）："
            + (f"<b>{view.index}</b>" if view.index is not None else "—")
        )
        self.marks_box.setEnabled(view.can_mark and view.monitoring)
        self.day.blockSignals(True)
        self.day.setDateRange(qdate(view.days[0]), qdate(view.today))
        if first:
            self.day.setDate(qdate(view.today))
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
        marks = self.overview.marks.get(pydate(self.day.date()), {})
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
        day, marks = pydate(self.day.date()), self.chosen()
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
