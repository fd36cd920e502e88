"""设置 › 审计日志: who changed, viewed, printed or exported what, newest first — read as head
office reads it (services/audit_view.py): 时间, 用户, 动作, 对象, 字段, 旧值 → 新值, 原因."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.services.audit import ACTION_LABELS, ENTITY_LABELS
from anjia_desk.services.audit_view import AuditLine
from anjia_desk.ui import palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.tables import Column, ColumnTableModel, configure_table, set_column_widths
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

__all__ = ["ENTITY_LABELS", "AuditModel", "AuditPage"]

SEARCH_DELAY_MS = 300
LIMIT = 500


@dataclass(frozen=True)
class AuditQuery:
    text: str
    action: str | None
    now: datetime
    dated: bool
    #: The days chosen on the page (None before it set them: the last 30 days).
    days: tuple[date, date] | None

    def range(self, zone: ZoneInfo, today: date) -> tuple[datetime | None, datetime | None]:
        if not self.dated:
            return None, None
        first, last = self.days or (today - timedelta(days=30), today)
        since = datetime.combine(first, time(0, 0), tzinfo=zone)
        until = datetime.combine(last + timedelta(days=1), time(0, 0), tzinfo=zone)
        return since, until


@dataclass(frozen=True)
class AuditResult:
    zone: ZoneInfo
    today: date
    entries: int
    rows: Sequence[AuditLine]


class AuditModel(ColumnTableModel[AuditLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = default_zone()
        super().__init__(
            [
                Column(
                    "at",
                    "时间",
                    lambda r: format_local(r.at, self.zone),
                    sort_key=lambda r: (r.at.timestamp(), r.entry_id),
                    tooltip=lambda r: format_local(r.at, self.zone, seconds=True),
                ),
                Column("actor", "用户", lambda r: r.user, tooltip=_who_where),
                Column("action", "动作", lambda r: r.action_text),
                Column("entity", "对象", lambda r: r.object_text, tooltip=lambda r: r.object_text),
                Column("field", "字段", lambda r: r.field),
                Column("summary", "旧值 → 新值", lambda r: r.change, tooltip=lambda r: r.change),
                Column("reason", "原因", lambda r: r.reason, tooltip=lambda r: r.reason),
            ],
            parent,
        )


def _who_where(row: AuditLine) -> str:
    return f"在 {row.who_where} 上操作" if row.who_where else ""


class AuditPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.zone = default_zone()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("搜索用户、动作、对象或内容")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self.search_timer.start)
        self.search.returnPressed.connect(self.reload)
        filters.addWidget(self.search, 2)

        filters.addWidget(QLabel("动作："))
        self.action_combo = QComboBox()
        self.action_combo.addItem("全部", None)
        for key, label in ACTION_LABELS.items():
            self.action_combo.addItem(label, key)
        self.action_combo.currentIndexChanged.connect(self.reload)
        filters.addWidget(self.action_combo)

        self.use_dates = QCheckBox("日期：")
        self.use_dates.toggled.connect(self._dates_toggled)
        filters.addWidget(self.use_dates)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("至"))
        filters.addWidget(self.date_to)
        self._dates_set = False
        outer.addLayout(filters)

        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, stretch_last=False)
        set_column_widths(self.table, {0: 130, 1: 80, 2: 70, 3: 170, 4: 110, 6: 130})
        self.table.horizontalHeader().setSectionResizeMode(
            self.model.column_index("summary"), QHeaderView.ResizeMode.Stretch
        )
        outer.addWidget(self.table, 1)

        self.status = QLabel()
        self.status.setStyleSheet(f"color:{palette.HINT};")
        outer.addWidget(self.status)
        self.message = MessageBar(self)
        outer.addWidget(self.message)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        edit.dateChanged.connect(self._dates_changed)
        return edit

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.reload()

    def _dates_changed(self, *_args: Any) -> None:
        if self.use_dates.isChecked():
            self.reload()

    def set_dates(self, first: date, last: date) -> None:
        """Limit the list to [first, last] (office-zone days) and tick the date box."""
        self._dates_set = True
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if self.use_dates.isChecked():
            self.reload()
        else:
            self.use_dates.setChecked(True)

    def _days(self) -> tuple[date, date] | None:
        """The chosen days (first ≤ last), None until the page has set them."""
        if not self._dates_set:
            return None
        first = self.date_from.date().toPython()
        last = self.date_to.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return (last, first) if last < first else (first, last)

    def reload(self) -> None:
        from anjia_desk.services.audit_view import audit_lines
        from anjia_desk.services.settings import office_zone

        self.search_timer.stop()
        # Read on the GUI thread; the dates are days in the office's zone, known in the work.
        query = AuditQuery(
            text=self.search.text(),
            action=self.action_combo.currentData(),
            now=self.ctx.clock(),
            dated=self.use_dates.isChecked(),
            days=self._days(),
        )

        def work(session: Session, actor: Actor) -> AuditResult:
            zone = office_zone(session)
            today = query.now.astimezone(zone).date()
            since, until = query.range(zone, today)
            view = audit_lines(
                session,
                actor,
                text=query.text,
                action=query.action,
                since=since,
                until=until,
                limit=LIMIT,
            )
            return AuditResult(zone, today, view.entries, view.lines)

        self.load(work, self._fill, message=self.message)

    def _fill(self, result: AuditResult) -> None:
        self.zone = result.zone
        rows = result.rows
        if not self._dates_set:  # the last 30 days, ready for when the box is ticked
            today = result.today
            self._dates_set = True
            for edit, day in ((self.date_from, today - timedelta(days=30)), (self.date_to, today)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.message.clear_message()
        self.model.zone = self.zone
        self.model.set_rows(rows)
        if result.entries >= LIMIT:
            self.status.setText(f"只显示最近的 {LIMIT} 条；请用搜索或日期缩小范围。")
        else:
            self.status.setText(f"共 {result.entries} 条")
