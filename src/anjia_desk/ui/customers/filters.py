"""The bar above the 客户 list: search as you type (name, any digits of the phone, pinyin initials)
and the filters — grade, consultant, channel, 逾期, 公客池, 我的客户. It says when the list should
be searched again and what to search for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from anjia_desk.services.customers import CustomerQuery, FilterChoices

SEARCH_DELAY_MS = 150


class CustomerFilters(QWidget):
    """The search box and the filters; `query_changed` once the typing paused (or Enter was pressed)
    or a filter changed. `mine` shows only to those who may have customers of their own."""

    query_changed = Signal()
    #: Every edit of the text or a filter, at once (the page's settled-search audit, issue 14).
    edited = Signal()

    def __init__(self, *, mine: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText("搜索：姓名、手机号任意几位（尾号）、拼音首字母（如 zs）")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.query_changed)
        self.search.textChanged.connect(self._text_changed)
        self.search.returnPressed.connect(self._search_now)
        bar.addWidget(self.search, 2)
        self.grade_box = QComboBox()
        self.grade_box.addItem("全部等级", None)
        self.owner_box = QComboBox()
        self.owner_box.addItem("全部顾问", None)
        self.owner_box.setMinimumWidth(120)
        self.channel_box = QComboBox()
        self.channel_box.addItem("全部渠道", None)
        self.overdue_check = QCheckBox("逾期")
        self.pool_check = QCheckBox("公客池")
        self.mine_check = QCheckBox("我的客户")
        self.mine_check.setVisible(mine)
        for box in (self.grade_box, self.owner_box, self.channel_box):
            box.currentIndexChanged.connect(self._filter_changed)
            bar.addWidget(box)
        for check in (self.overdue_check, self.pool_check, self.mine_check):
            check.toggled.connect(self._filter_changed)
            bar.addWidget(check)

    # Bound methods, not lambdas capturing self: a lambda on a child's signal that holds a
    # Python-owned parent makes Qt delete the child twice at teardown (a crash).
    def _text_changed(self, _text: str) -> None:
        self.search_timer.start()
        self.edited.emit()

    def _filter_changed(self, *_args: object) -> None:
        self.edited.emit()
        self.query_changed.emit()

    def _search_now(self) -> None:
        if self.search_timer.isActive():
            self.query_changed.emit()

    def set_choices(self, choices: FilterChoices) -> None:
        """The consultants, channels and grades to choose from (the choice made stays)."""
        self._fill(self.owner_box, [(s.name, s.id) for s in choices.consultants])
        self._fill(self.channel_box, [(c, c) for c in choices.channels])
        self._fill(self.grade_box, [(g, g) for g in choices.grades])

    def _fill(self, box: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for text, data in items:
            box.addItem(text, data)
        index = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)

    def query(self, *, sort: str, descending: bool) -> CustomerQuery:
        """What to search for now, sorted by `sort`; stops a search still waiting for a pause."""
        self.search_timer.stop()
        return CustomerQuery(
            text=self.search.text(),
            grade=self.grade_box.currentData(),
            owner_id=self.owner_box.currentData(),
            channel=self.channel_box.currentData(),
            overdue=self.overdue_check.isChecked(),
            pool=self.pool_check.isChecked(),
            mine=self.mine_check.isChecked() and self.mine_check.isVisibleTo(self),
            sort=sort,
            descending=descending,
        )
