"""The 催款 page's table: one row per deal due for a letter on the chosen day (or whose letter of
the day is already issued) — buyer, unit, stage, days overdue, outstanding, penalty, the last
letter and its delivery, and the code of the letter issued that day. Rows already issued show
in the office's green, those without a mailing address say so."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from anjia_desk.core.dunning import DEMAND, PRENOTICE, STAGES, stage_label
from anjia_desk.services.dunning_views import DueRow, LastLetter
from anjia_desk.ui import palette
from anjia_desk.ui.deals.format import ERROR_ROW, RIGHT, make_table
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.forms import money_text
from anjia_desk.ui.tables import COLUMN_CAP, COLUMN_PAD, Column, ColumnTableModel

ISSUED_ROW = QColor(palette.OK)

#: The stage filter: (text, stage or None for every stage).
STAGE_CHOICES: tuple[tuple[str, int | None], ...] = (
    ("全部阶段", None),
    *((stage_label(stage), stage) for stage in range(PRENOTICE, STAGES + 1)),
)


def last_text(last: LastLetter | None) -> str:
    """上次函件: "CK-000012 第2阶段 2026-03-01"."""
    if last is None:
        return ""
    return f"{last.code} {stage_label(last.stage)} {format_day(last.letter_on)}"


def last_delivery(last: LastLetter | None) -> str:
    """上次送达: "快递 SF123，2026-03-04 签收" or "未登记"."""
    if last is None:
        return ""
    signed = f"，{format_day(last.signed_on)} 签收" if last.signed_on else ""
    return f"{last.delivery}{signed}"


def days_text(row: DueRow) -> str:
    if row.stage == PRENOTICE:
        return "即将到期"
    return str(row.days_overdue)


class BoardModel(ColumnTableModel[DueRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("buyer", "买受人", lambda r: r.buyer),
                Column("unit", "房源", lambda r: r.unit, tooltip=lambda r: f"{r.project} {r.unit}"),
                Column(
                    "stage",
                    "阶段",
                    lambda r: stage_label(r.stage),
                    sort_key=lambda r: r.stage,
                ),
                Column(
                    "days", "逾期天数", days_text, sort_key=lambda r: r.days_overdue, align=RIGHT
                ),
                Column(
                    "outstanding",
                    "未付",
                    lambda r: money_text(r.outstanding),
                    sort_key=lambda r: r.outstanding,
                    align=RIGHT,
                ),
                Column(
                    "penalty",
                    "违约金",
                    lambda r: money_text(r.penalty),
                    sort_key=lambda r: r.penalty,
                    align=RIGHT,
                ),
                Column(
                    "issued",
                    "已出具",
                    lambda r: f"{r.issued_code}（{r.issued_delivery}）" if r.issued_code else "",
                ),
                Column("last", "上次函件", lambda r: last_text(r.last)),
                Column("delivery", "上次送达", lambda r: last_delivery(r.last)),
                Column(
                    "address", "通讯地址", lambda r: "" if r.has_address else "未登记（当面送达）"
                ),
                Column("consultant", "置业顾问", lambda r: r.consultant),
            ],
            parent,
        )

    def row_foreground(self, row: DueRow) -> QColor | None:
        if row.issued_id is not None:
            return ISSUED_ROW
        return ERROR_ROW if row.stage == DEMAND else None


def board_table(model: BoardModel) -> QTableView:
    """The table, several rows selectable at once (Ctrl/Shift-click, Ctrl+A)."""
    view = make_table(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    return view


#: Columns whose text only comes on some days (a letter issued, a last letter): they widen to
#: fit it when it comes, since the first fit may have seen them empty.
GROWING = ("issued", "last", "delivery", "address")


def widen_to_fit(view: QTableView, model: BoardModel) -> None:
    """Widen the GROWING columns to their text (never narrower than the person left them)."""
    for key in GROWING:
        column = model.column_index(key)
        wanted = min(view.sizeHintForColumn(column) + COLUMN_PAD, COLUMN_CAP)
        if wanted > view.columnWidth(column):
            view.setColumnWidth(column, wanted)


def selected_rows(view: QTableView) -> list[int]:
    """The model rows selected, in order."""
    selection = view.selectionModel()
    if selection is None:
        return []
    return sorted({index.row() for index in selection.selectedRows()})
