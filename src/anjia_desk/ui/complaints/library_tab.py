"""案例库: the 投诉 section's closed cases, read for what they teach (issue 18, DOMAIN §9, §12) —
services.complaint_library.search_cases: each case as its nature → how it was handled (the
finding, the solution and its execution) → the customer's feedback (the last return visit) and
the lesson. Searched by a text (typing waits a moment) and narrowed by nature; the chosen case
reads in full below the table; Enter or a double-click opens its window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.complaints import Nature
from anjia_desk.services.complaint_library import CaseRow
from anjia_desk.ui import palette
from anjia_desk.ui.complaints.opening import open_case
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_table
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.tables import Column, ColumnTableModel
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor

SEARCH_DELAY_MS = 250
UNSATISFIED_ROW = QColor(palette.WARNING)


def score_text(row: CaseRow) -> str:
    """The last return visit's satisfaction: "92%", "" before any visit."""
    return f"{row.score * 100:.0f}%" if row.score is not None else ""


def handling_text(row: CaseRow) -> str:
    """How the case was handled, in one line: "返修：重新铺贴客厅地砖（施工单位 张工）"."""
    solution = row.solution.label if row.solution is not None else ""
    text = "：".join(part for part in (solution, row.solution_text) if part)
    if row.executor:
        text = f"{text}（执行：{row.executor}）" if text else f"执行：{row.executor}"
    return text


def feedback_text(row: CaseRow) -> str:
    score = score_text(row)
    if not score:
        return row.close_reason
    return f"满意度 {score} {row.comment}".strip()


def _html(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )


def case_html(row: CaseRow) -> str:
    """The case as it is read: 问题 → 处理 → 反馈 → 经验教训."""
    parts = [
        f"<b>{row.code}</b>　{row.nature.label} · {row.level.label}"
        f"{' · ' + _html(row.point) if row.point else ''}　受理 {format_day(row.intake_on)}，"
        f"办结 {format_day(row.closed_on)}，共 {row.rounds} 轮",
        f"<b>问题：</b>{_html(row.what)}",
    ]
    if row.finding or row.liable is not None:
        liable = f"（责任方：{row.liable.label}）" if row.liable is not None else ""
        parts.append(f"<b>调查结论：</b>{_html(row.finding)}{liable}")
    parts.append(f"<b>处理：</b>{_html(handling_text(row)) or '—'}")
    if row.acceptance:
        parts.append(f"<b>验收标准：</b>{_html(row.acceptance)}")
    parts.append(f"<b>反馈：</b>{_html(feedback_text(row)) or '—'}")
    if row.close_reason and score_text(row):
        parts.append(f"<b>办结说明：</b>{_html(row.close_reason)}")
    parts.append(f"<b>经验教训：</b>{_html(row.lesson) or '（未填写）'}")
    return "<br>".join(parts)


class CasesModel(ColumnTableModel[CaseRow]):
    """Closed cases: those whose last visit fell below 80% in amber."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("code", "编号", lambda r: r.code, sort_key=lambda r: r.id),
                Column("nature", "性质", lambda r: r.nature.label),
                Column("level", "等级", lambda r: r.level.label),
                Column("point", "投诉点", lambda r: r.point),
                Column("what", "问题", lambda r: r.what),
                Column("handling", "处理", handling_text),
                Column("feedback", "反馈", feedback_text),
                Column("lesson", "经验教训", lambda r: r.lesson),
                Column("closed", "办结日期", lambda r: format_day(r.closed_on)),
            ],
            parent,
        )

    def row_foreground(self, row: CaseRow) -> QColor | None:
        return UNSATISFIED_ROW if row.score is not None and not row.satisfied else None


class LibraryTab(LazyPage):
    """案例库. `search_edit`, `nature_box`, `table` (`model`), `detail` (the chosen case),
    `count_label`; `loads`, how many reads have been shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded = False
        self.loads = 0
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("问题、投诉点、处理方案或经验教训中的字词")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(300)
        self.nature_box = QComboBox()
        self.nature_box.addItem("全部性质", None)
        for nature in Nature:
            self.nature_box.addItem(nature.label, nature.value)
        for label, widget in (("查找：", self.search_edit), ("性质：", self.nature_box)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        self.count_label = QLabel()
        filters.addWidget(self.count_label)
        layout.addLayout(filters)
        self.model = CasesModel(self)
        self.table = make_table(self.model)
        self.detail = QTextBrowser()
        self.detail.setPlaceholderText("选择一个案例，在这里按“问题 → 处理 → 反馈”阅读全文。")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.message = MessageBar(self)
        layout.addWidget(self.message)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.reload)
        self.search_edit.textEdited.connect(lambda _text: self.timer.start())
        self.search_edit.returnPressed.connect(self.reload)
        self.nature_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.activated.connect(self._open)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._show_case)

    def reload(self) -> None:
        from anjia_desk.services.complaint_library import search_cases

        self.timer.stop()
        text = self.search_edit.text().strip()
        data = self.nature_box.currentData()
        nature = Nature(str(data)) if data else None

        def work(session: Session, actor: Actor) -> list[CaseRow]:
            return search_cases(session, actor, text=text, nature=nature)

        self.load(work, self._show, message=self.message)

    def _show(self, rows: list[CaseRow]) -> None:
        self.loaded = True
        self.loads += 1
        self.model.set_rows(rows)
        self.count_label.setText(f"共 {len(rows)} 个已办结案例")
        self.detail.clear()
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _show_case(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.detail.setHtml(case_html(self.model.row_at(current.row())))
        else:
            self.detail.clear()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            open_case(self.ctx, self.model.row_at(index.row()).id, self)
