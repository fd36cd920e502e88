"""The range a report counts over (issue 19): 今天 / 本周 / 本月 / 自定义, and the custom
range's two dates (enabled under 自定义). A bad custom range (core.report_periods.check_custom)
is said beside the date at fault and nothing is computed; a good one is computed a moment after
the last change. The dates the office's today gives (today, this week, this month) are filled in
after each computation (`show_range`), so 自定义 starts from the range on screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from anjia_desk.core.report_periods import Span, check_custom
from anjia_desk.ui.fields import FieldErrors

CUSTOM_DELAY_MS = 400


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RangeBar(QWidget):
    """`span` (a Span), `first_edit` / `last_edit`, `span_buttons` by Span, `errors` (FieldErrors
    "first"/"last"); `chosen()` when a usable range is chosen."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.span = Span.MONTH
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("统计区间："))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.span_buttons: dict[Span, QPushButton] = {}
        for span in Span:
            button = QPushButton(span.label)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setChecked(span is self.span)
            self.group.addButton(button)
            self.span_buttons[span] = button
            layout.addWidget(button)
            button.clicked.connect(lambda _checked=False, s=span: self.choose(s))
        self.errors = FieldErrors()
        self.first_edit = self._date_edit()
        self.last_edit = self._date_edit()
        layout.addSpacing(8)
        layout.addWidget(self.first_edit)
        layout.addWidget(self.errors.label_for("first", self))
        layout.addWidget(QLabel("至"))
        layout.addWidget(self.last_edit)
        layout.addWidget(self.errors.label_for("last", self))
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CUSTOM_DELAY_MS)
        self._timer.timeout.connect(self.apply_custom)
        self._filling = False

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        edit.dateChanged.connect(self._date_changed)
        return edit

    @property
    def first(self) -> date:
        return _day(self.first_edit.date())

    @property
    def last(self) -> date:
        return _day(self.last_edit.date())

    def choose(self, span: Span) -> None:
        """Count over `span` (a button's click)."""
        self.span = span
        self.span_buttons[span].setChecked(True)
        custom = span is Span.CUSTOM
        self.first_edit.setEnabled(custom)
        self.last_edit.setEnabled(custom)
        if custom:
            self.apply_custom()
        else:
            self._timer.stop()
            self.errors.clear()
            self.chosen.emit()

    def set_custom(self, first: date, last: date) -> None:
        """Choose 自定义 with these dates (typed or picked, then checked)."""
        self._filling = True
        try:
            self.first_edit.setDate(_qdate(first))
            self.last_edit.setDate(_qdate(last))
        finally:
            self._filling = False
        self.choose(Span.CUSTOM)

    def custom_errors(self) -> dict[str, str]:
        return check_custom(self.first, self.last)

    def apply_custom(self) -> bool:
        """Check the custom range: its errors beside the dates, else `chosen()`."""
        self._timer.stop()
        problems = self.custom_errors()
        self.errors.show(problems)
        if problems:
            return False
        self.chosen.emit()
        return True

    def show_range(self, first: date, last: date) -> None:
        """The dates a span means, as computed (not while the person types a custom range)."""
        if self.span is Span.CUSTOM:
            return
        self._filling = True
        try:
            self.first_edit.setDate(_qdate(first))
            self.last_edit.setDate(_qdate(last))
        finally:
            self._filling = False

    def _date_changed(self, _value: QDate) -> None:
        if self._filling or self.span is not Span.CUSTOM:
            return
        self._timer.start()
