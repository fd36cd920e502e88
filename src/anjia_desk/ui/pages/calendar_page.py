"""设置 › 办公日历 (DOMAIN §10): each year's statutory holidays and make-up working days."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.calendar import OfficeCalendar, YearSource
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.services.calendar import DayEntry
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar, hint_label
from anjia_desk.ui.formatting import who_may
from anjia_desk.ui.tables import (
    Column,
    ColumnTableModel,
    configure_table,
    selected_row,
    set_column_widths,
)
from anjia_desk.ui.widgets import LazyPage

WEEKDAYS = "一二三四五六日"
REST, WORK = "放假", "调休上班"

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class YearView:
    """One year as the page shows it, read in one go."""

    today: date
    year: int
    source: YearSource
    entries: list[DayEntry]
    calendar: OfficeCalendar


def read_year(session: Session, year: int | None, now: datetime) -> YearView:
    """`year` (None: this year, or this one if `year` is no longer offered) and today in the
    office's zone."""
    from anjia_desk.services.calendar import office_calendar, year_entries
    from anjia_desk.services.settings import office_zone

    today = now.astimezone(office_zone(session)).date()
    if year is None or abs(year - today.year) > 1:
        year = today.year
    source, entries = year_entries(session, year)
    return YearView(today, year, source, list(entries), office_calendar(session))


def weekday_label(day: date) -> str:
    return f"星期{WEEKDAYS[day.weekday()]}"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def fallback_warning(year: int, editor_hint: str) -> str:
    return (
        f"{year} 年的法定节假日尚未录入，目前按周一至周五计算工作日。"
        f"国务院通常在 11 月公布下一年安排，公布后{editor_hint}"
    )


class DayModel(ColumnTableModel[DayEntry]):
    """The special days of one year; rows refused by the last save are tinted and explained."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("day", "日期", lambda e: e.day.isoformat(), sort_key=lambda e: e.day),
                Column("weekday", "星期", lambda e: weekday_label(e.day)),
                Column(
                    "kind",
                    "类型",
                    lambda e: WORK if e.is_workday else REST,
                    sort_key=lambda e: e.is_workday,
                ),
                Column("name", "名称", lambda e: e.name, tooltip=self._tooltip),
            ],
            parent,
        )
        self.errors: dict[date, str] = {}

    def _tooltip(self, entry: DayEntry) -> str:
        return self.errors.get(entry.day, entry.name)

    def set_errors(self, errors: dict[date, str]) -> None:
        self.beginResetModel()
        self.errors = dict(errors)
        self.endResetModel()

    def set_rows(self, rows: Any) -> None:
        self.errors = {}
        super().set_rows(sorted(rows, key=lambda e: e.day))

    def row_background(self, row: DayEntry) -> QColor | None:
        if row.day in self.errors:
            return QColor(palette.ERROR_TINT)
        if row.is_workday:
            return QColor(palette.INFO_TINT)
        return None


class CalendarPage(LazyPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editable = ctx.actor.can(Action.EDIT_CALENDAR)
        self.year = 0
        self.source = YearSource.FALLBACK
        self.saved_entries: list[DayEntry] = []
        self.editing = False
        self.calendar: OfficeCalendar | None = None
        self.today = date.today()
        self._check_started = False
        #: Loads asked for and not shown yet, and what to do after the last of them.
        self._loads_pending = 0
        self._after_load: Callable[[], None] | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)
        self.banner = MessageBar(self)
        outer.addWidget(self.banner)
        self.note = MessageBar(self)
        if not self.editable:
            self.note.show_info(
                f"办公日历只有{who_may(Action.EDIT_CALENDAR)}可以修改；您可以查看和查询。"
            )
        outer.addWidget(self.note)

        # Year and source.
        top = QHBoxLayout()
        top.addWidget(QLabel("年份："))
        self.year_combo = QComboBox()
        self.year_combo.setMinimumWidth(110)
        self.year_combo.currentIndexChanged.connect(self._on_year_picked)
        top.addWidget(self.year_combo)
        top.addSpacing(16)
        top.addWidget(QLabel("来源："))
        self.source_label = QLabel()
        self.source_label.setStyleSheet("font-weight:bold;")
        top.addWidget(self.source_label)
        top.addStretch(1)
        self.copy_button = QPushButton("复制为手工维护")
        self.copy_button.setToolTip("以内置日历的安排为起点，改成手工维护后再修改")
        self.copy_button.clicked.connect(self.copy_from_package)
        self.forget_button = QPushButton("恢复使用内置日历")
        self.forget_button.clicked.connect(self.forget)
        top.addWidget(self.copy_button)
        top.addWidget(self.forget_button)
        outer.addLayout(top)

        middle = QHBoxLayout()
        middle.setSpacing(12)
        outer.addLayout(middle, 1)

        # The special days.
        left = QVBoxLayout()
        self.model = DayModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        set_column_widths(self.table, {0: 110, 1: 70, 2: 90})
        left.addWidget(self.table, 1)

        self.editor_row = QWidget()
        row = QHBoxLayout(self.editor_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_date = date_edit()
        self.new_kind = QComboBox()
        self.new_kind.addItem(REST, False)
        self.new_kind.addItem(WORK, True)
        self.new_name = QLineEdit()
        self.new_name.setMaxLength(40)
        self.new_name.setPlaceholderText("名称，如 春节")
        self.new_name.returnPressed.connect(self.add_day)
        self.add_button = QPushButton("添加")
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton("删除所选")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.new_date)
        row.addWidget(self.new_kind)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addWidget(self.editor_row)
        self.package_hint = hint_label(
            "这一年按内置日历计算，不能直接修改；如需调整，点右上角的“复制为手工维护”。"
        )
        left.addWidget(self.package_hint)

        self.message = MessageBar(self)
        left.addWidget(self.message)

        bottom = QHBoxLayout()
        self.dirty_label = QLabel("● 有未保存的修改")
        self.dirty_label.setStyleSheet(f"color:{palette.DUE_SOON};")
        self.dirty_label.hide()
        bottom.addWidget(self.dirty_label)
        bottom.addStretch(1)
        self.discard_button = QPushButton("放弃修改")
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton("保存为手工维护")
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.save_button)
        left.addLayout(bottom)
        middle.addLayout(left, 1)

        middle.addWidget(self._check_box())

    def _check_box(self) -> QGroupBox:
        box = QGroupBox("查询")
        box.setFixedWidth(300)
        form = QFormLayout(box)
        form.setVerticalSpacing(8)
        self.check_date = date_edit()
        self.check_date.dateChanged.connect(self.update_check)
        form.addRow("日期：", self.check_date)
        self.day_result = QLabel()
        self.day_result.setWordWrap(True)
        form.addRow(self.day_result)
        self.check_days = QSpinBox()
        self.check_days.setRange(0, 365)
        self.check_days.setValue(3)
        self.check_days.setSuffix(" 个工作日后")
        self.check_days.valueChanged.connect(self.update_check)
        form.addRow("往后：", self.check_days)
        self.after_result = QLabel()
        self.after_result.setWordWrap(True)
        form.addRow(self.after_result)
        form.addRow(hint_label("按已保存的日历计算（含调休上班日）。"))
        return box

    # --- loading ---

    def reload(self) -> None:
        now = self.ctx.clock()
        year = self.year or None
        self._load_view(lambda session, _actor: read_year(session, year, now))

    def load_year(self, year: int) -> None:
        now = self.ctx.clock()
        self._load_view(lambda session, _actor: read_year(session, year, now))

    def _load_view(self, work: Callable[[Session, Any], YearView]) -> None:
        self._loads_pending += 1
        self.load(work, self._show)

    def _show(self, view: YearView) -> None:
        self._loads_pending -= 1
        self.today = view.today
        current = self.today.year
        years = [current - 1, current, current + 1]
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(f"{year} 年", year)
        self.year_combo.setCurrentIndex(years.index(view.year))
        self.year_combo.blockSignals(False)
        if not self._check_started:
            self._check_started = True
            self.check_date.setDate(to_qdate(self.today))
        self._show_year(view)

    def _show_year(self, view: YearView) -> None:
        year = view.year
        self.calendar = view.calendar
        self.year, self.source = year, view.source
        self.saved_entries = list(view.entries)
        self.editing = self.editable and view.source is not YearSource.PACKAGE
        self.model.set_rows(view.entries)
        self.new_date.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        if from_qdate(self.new_date.date()).year != year:
            self.new_date.setDate(QDate(year, 1, 1))
        self.message.clear_message()
        self._update_banner()
        self._update_state()
        self.update_check()
        after, self._after_load = self._after_load, None
        if after is not None and not self._loads_pending:
            after()
        elif after is not None:
            self._after_load = after

    def _when_loaded(self, then: Callable[[], None]) -> None:
        """`then()` once the reload after a write has shown the year (now, if it has)."""
        if self._loads_pending:
            self._after_load = then
        else:
            then()

    def _update_banner(self) -> None:
        assert self.calendar is not None
        years = self.calendar.fallback_years([self.today.year, self.today.year + 1])
        if not years:
            self.banner.clear_message()
            return
        if self.editable:
            hint = "请在本页选择该年份，添加放假和调休上班日，再点“保存为手工维护”。"
        else:
            hint = f"请{who_may(Action.EDIT_CALENDAR)}在“设置 › 办公日历”中录入。"
        self.banner.show_warning("\n".join(fallback_warning(y, hint) for y in years))

    def _update_state(self) -> None:
        in_package = self._package_knows(self.year)
        self.source_label.setText(self.source.label)
        self.copy_button.setVisible(
            self.editable and self.source is YearSource.PACKAGE and not self.editing
        )
        self.forget_button.setVisible(self.editable and self.source is YearSource.EDITED)
        self.forget_button.setText("恢复使用内置日历" if in_package else "停止手工维护")
        self.editor_row.setVisible(self.editing)
        self.package_hint.setVisible(
            self.editable and self.source is YearSource.PACKAGE and not self.editing
        )
        self.save_button.setVisible(self.editing)
        self.discard_button.setVisible(self.editing)
        dirty = self.is_dirty()
        self.dirty_label.setVisible(dirty)
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)

    @staticmethod
    def _package_knows(year: int) -> bool:
        from anjia_desk.services.calendar import package_data

        return year in package_data().sources

    def keeps_input(self) -> bool:
        return self.is_dirty()  # another PC's change does not wipe rows added here (issue 15)

    def is_dirty(self) -> bool:
        if not self.editing:
            return False
        if self.source is YearSource.PACKAGE:
            return True  # copied from the package: saving makes it a hand-kept year
        return self.model.rows != sorted(self.saved_entries, key=lambda e: e.day)

    # --- the year selector ---

    def select_year(self, year: int) -> None:
        index = self.year_combo.findData(year)
        if index < 0:
            raise ValueError(f"{year} is not offered")
        self.year_combo.setCurrentIndex(index)

    def _on_year_picked(self, index: int) -> None:
        year = self.year_combo.itemData(index)
        if year is None or year == self.year:
            return
        if self.is_dirty() and not self.ctx.dialogs.confirm(
            self,
            "放弃修改",
            f"{self.year} 年的办公日历有未保存的修改，切换年份将放弃这些修改。继续吗？",
        ):
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(self.year_combo.findData(self.year))
            self.year_combo.blockSignals(False)
            return
        self.load_year(int(year))

    # --- editing ---

    def add_day(self) -> None:
        if not self.editing:
            return
        day = from_qdate(self.new_date.date())
        entry = DayEntry(day, bool(self.new_kind.currentData()), self.new_name.text().strip())
        rows = [e for e in self.model.rows if e.day != day]
        replaced = len(rows) != len(self.model.rows)
        self.model.set_rows([*rows, entry])
        self.new_name.clear()
        note = "（替换了表中同一天的记录）" if replaced else ""
        self.message.show_info(f"已添加 {day.isoformat()} {weekday_label(day)}{note}，记得保存。")
        self._update_state()

    def remove_selected(self) -> None:
        row = selected_row(self.table)
        if not self.editing or row is None:
            return
        removed = self.model.row_at(row)
        self.model.set_rows([e for e in self.model.rows if e.day != removed.day])
        self.message.show_info(f"已删除 {removed.day.isoformat()}，记得保存。")
        self._update_state()

    def copy_from_package(self) -> None:
        if not self.editable or self.source is not YearSource.PACKAGE:
            return
        self.editing = True
        self.message.show_info(
            f"已复制内置日历中 {self.year} 年的 {len(self.model.rows)} 天。"
            "修改后点“保存为手工维护”，此后该年按您维护的表计算。"
        )
        self._update_state()

    def discard(self) -> None:
        self.load_year(self.year)

    def save(self) -> None:
        if not self.editing:
            return
        from anjia_desk.services.calendar import save_year

        entries = self.model.rows
        year, count = self.year, len(entries)
        ops.write(
            self.ctx,
            lambda session, actor: save_year(session, actor, year, entries),
            parent=self,
            done=lambda _none: self._when_loaded(lambda: self._year_saved(year, count)),
            failed=lambda exc: self._save_failed(exc, entries),
        )

    def _year_saved(self, year: int, count: int) -> None:
        self.message.show_ok(f"已保存 {year} 年的办公日历（手工维护，{count} 个特殊日期）。")

    def _save_failed(self, exc: UserError, entries: list[DayEntry]) -> None:
        if not isinstance(exc, ValidationError):
            self.message.show_error(exc.message)
            return
        by_day = {
            e.day: exc.fields[e.day.isoformat()] for e in entries if e.day.isoformat() in exc.fields
        }
        self.model.set_errors(by_day)
        lines = list(exc.fields.values())
        shown = "\n".join(lines[:6]) + ("\n……" if len(lines) > 6 else "")
        self.message.show_error(f"未保存，请修改标红的日期：\n{shown}")

    def forget(self) -> None:
        if not self.editable or self.source is not YearSource.EDITED:
            return
        from anjia_desk.services.calendar import forget_year

        year = self.year
        if self._package_knows(year):
            question = f"删除手工维护的 {year} 年日历，改回使用内置日历吗？"
        else:
            question = (
                f"删除手工维护的 {year} 年日历吗？删除后该年按周一至周五计算工作日，"
                "法定节假日和调休都不再计入。"
            )
        if not self.ctx.dialogs.confirm(self, "恢复使用内置日历", question):
            return
        ops.write(
            self.ctx,
            lambda session, actor: forget_year(session, actor, year),
            parent=self,
            done=lambda _none: self._when_loaded(self._forgotten),
            message=self.message,
        )

    def _forgotten(self) -> None:
        self.message.show_ok(f"{self.year} 年已改为：{self.source.label}。")

    # --- the check box ---

    def update_check(self, *_args: Any) -> None:
        calendar = self.calendar
        if calendar is None:
            return
        day = from_qdate(self.check_date.date())
        working = calendar.is_working_day(day)
        name = calendar.day_name(day)
        kind = "工作日" if working else "休息日"
        if working and name:
            kind = f"工作日（{name}调休上班）"
        elif name:
            kind = f"休息日（{name}）"
        guess = (
            "\n该年尚未录入，按周一至周五推算。"
            if calendar.year_source(day.year) is YearSource.FALLBACK
            else ""
        )
        self.day_result.setText(f"{day.isoformat()} {weekday_label(day)}：{kind}{guess}")
        n = self.check_days.value()
        after = calendar.add_working_days(day, n)
        self.after_result.setText(f"{n} 个工作日后：{after.isoformat()} {weekday_label(after)}")
