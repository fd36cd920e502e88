"""月度复盘: a month's complaints at a glance (issue 18, DOMAIN §9, §12) —
services.complaint_library.monthly_review for the month chosen (this month by default, the last
two years to choose from): how many were taken in, the most frequent complaint points, the
counts by nature, and by level the first answer's on-time rate (answered by the deadline; late
when answered after it or still unanswered past it; those not yet due are not counted). Three
small plain tables."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.complaints import Level, Nature
from anjia_desk.services.complaint_library import LevelRate, MonthlyReview
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import RIGHT
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.tables import Column, ColumnTableModel, configure_table, fit_columns_once
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

#: How many months back the month box offers.
MONTHS_BACK = 24


def months_before(month: date, count: int) -> list[date]:
    """`month`'s first day and the `count - 1` months before it, newest first."""
    year, index = month.year, month.month - 1
    out = []
    for back in range(count):
        y, m = divmod(year * 12 + index - back, 12)
        out.append(date(y, m + 1, 1))
    return out


def rate_text(rate: LevelRate) -> str:
    value = rate.rate
    return f"{value * 100:.0f}%" if value is not None else "—"


class PointsModel(ColumnTableModel[tuple[str, int]]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("point", "投诉点", lambda r: r[0]),
                Column("count", "件数", lambda r: str(r[1]), align=RIGHT),
            ],
            parent,
        )


class NaturesModel(ColumnTableModel[tuple[Nature, int]]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("nature", "性质", lambda r: r[0].label),
                Column("count", "件数", lambda r: str(r[1]), align=RIGHT),
            ],
            parent,
        )


class RatesModel(ColumnTableModel[LevelRate]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("level", "等级", lambda r: r.level.label, tooltip=lambda r: _rule(r.level)),
                Column("total", "受理", lambda r: str(r.total), align=RIGHT),
                Column("on_time", "按时答复", lambda r: str(r.on_time), align=RIGHT),
                Column("late", "超时", lambda r: str(r.late), align=RIGHT),
                Column("waiting", "未到时限", lambda r: str(r.waiting), align=RIGHT),
                Column("rate", "及时率", rate_text, align=RIGHT),
            ],
            parent,
        )


def _rule(level: Level) -> str:
    return f"{level.label}：{level.rule_text}首次答复"


def _box(title: str, model: ColumnTableModel[Any]) -> QGroupBox:
    """A small table in a titled box, its columns as wide as their text (no stretched last
    column pushing a count away from its header)."""
    view = QTableView()
    view.setModel(model)
    configure_table(view, stretch_last=False)
    fit_columns_once(view)
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(view)
    return box


class ReviewTab(LazyPage):
    """月度复盘. `month_box` (the months, newest first), `summary`, `points_model`,
    `natures_model`, `rates_model`; `loads`, how many reads have been shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded = False
        self.loads = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.month_box = QComboBox()  # filled by the first read, with the office's month
        self.month_box.setMinimumWidth(120)
        top.addWidget(QLabel("月份："))
        top.addWidget(self.month_box)
        self.summary = QLabel()
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        self.points_model = PointsModel(self)
        self.natures_model = NaturesModel(self)
        self.rates_model = RatesModel(self)
        tables = QHBoxLayout()
        tables.addWidget(_box("最常见的投诉点", self.points_model), 2)
        tables.addWidget(_box("按性质", self.natures_model), 1)
        tables.addWidget(_box("首次答复及时率（按等级）", self.rates_model), 3)
        layout.addLayout(tables, 1)
        note = QLabel(
            "及时率 = 按时答复 ÷（按时答复 + 超时）。超时包括超过时限才答复和至今未答复已过时限；"
            "尚未答复、也未到时限的不计入。等待客户期间暂停计时的时间已扣除。"
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        self.month_box.currentIndexChanged.connect(lambda _i: self.reload())

    def chosen_month(self) -> date | None:
        month = self.month_box.currentData()
        return month if isinstance(month, date) else None

    def reload(self) -> None:
        from anjia_desk.services.complaint_library import monthly_review
        from anjia_desk.services.settings import office_zone

        chosen = self.chosen_month()
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> tuple[MonthlyReview, date]:
            this_month = now.astimezone(office_zone(session)).date().replace(day=1)
            month = chosen or this_month
            return monthly_review(session, actor, month=month, now=now), this_month

        self.load(work, self._show, message=self.message)

    def _show(self, result: tuple[MonthlyReview, date]) -> None:
        review, this_month = result
        self.loaded = True
        self.loads += 1
        if self.month_box.count() == 0:
            self.month_box.blockSignals(True)
            for month in months_before(this_month, MONTHS_BACK):
                self.month_box.addItem(f"{month.year}年{month.month}月", month)
            self.month_box.blockSignals(False)
        self.points_model.set_rows(review.points)
        self.natures_model.set_rows(review.natures)
        self.rates_model.set_rows(review.levels)
        text = f"{review.month.year}年{review.month.month}月受理投诉 {review.total} 件"
        if review.unpointed:
            text += f"，其中 {review.unpointed} 件未填投诉点"
        self.summary.setText(text)
