"""The complaints' table (issue 18): one row per case — 编号, 受理时间, 渠道, 等级, 性质, 投诉人,
房号, 投诉点, 负责人, 首次答复时限 (the clock's words: "还剩 3 小时 20 分", "已超时 1 天 2 小时"),
状态, 轮次. A case past its first-answer deadline is red, one whose clock is paused (or that is
closed) grey; the deadline itself, and the note of a year the calendar only guesses, show on
hovering the clock."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView, QWidget

from anjia_desk.services.complaint_list import ComplaintRow
from anjia_desk.ui import palette
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.tables import COLUMN_CAP, COLUMN_PAD, Column, ColumnTableModel

OVERDUE_ROW = QColor(palette.ERROR)
QUIET_ROW = QColor(palette.INACTIVE)


def clock_tip(row: ComplaintRow, zone: ZoneInfo) -> str:
    """The clock's hover text: the deadline, whether it is paused, the guessed-year note."""
    clock = row.clock
    lines = [clock.words]
    if clock.due_at is not None:
        lines.append(f"首次答复时限：{format_local(clock.due_at, zone)}（{row.level.rule_text}）")
    if clock.paused:
        lines.append("等待客户期间暂停计时，时限随之顺延")
    if clock.note:
        lines.append(clock.note)
    return "\n".join(lines)


class ComplaintsModel(ColumnTableModel[ComplaintRow]):
    """Complaints. `zone`: the office's, for the intake time and the deadline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone: ZoneInfo = default_zone()
        super().__init__(
            [
                Column("code", "编号", lambda r: r.code, sort_key=lambda r: r.id),
                Column(
                    "intake",
                    "受理时间",
                    lambda r: format_local(r.intake_at, self.zone),
                    sort_key=lambda r: r.intake_at,
                ),
                Column("channel", "渠道", lambda r: r.channel.label),
                Column("level", "等级", lambda r: r.level.label, sort_key=lambda r: r.level.value),
                Column("nature", "性质", lambda r: r.nature.label),
                Column(
                    "who",
                    "投诉人",
                    lambda r: r.who,
                    tooltip=lambda r: f"{r.who} {r.phone}".strip(),
                ),
                Column("unit", "房号", lambda r: r.unit),
                Column("point", "投诉点", lambda r: r.point, tooltip=lambda r: r.what or r.point),
                Column("owner", "负责人", lambda r: r.owner),
                Column(
                    "clock",
                    "首次答复时限",
                    lambda r: r.clock.words,
                    tooltip=lambda r: clock_tip(r, self.zone),
                ),
                Column("status", "状态", lambda r: r.status.label),
                Column("round", "轮次", lambda r: f"第 {r.round} 轮", sort_key=lambda r: r.round),
            ],
            parent,
        )

    def row_foreground(self, row: ComplaintRow) -> QColor | None:
        if row.clock.overdue:
            return OVERDUE_ROW
        if row.clock.paused or not row.status.is_open:
            return QUIET_ROW
        return None


#: Columns whose text may come only with later rows (the first fit may have seen none).
GROWING = ("who", "unit", "point", "owner", "clock")


def widen_to_fit(view: QTableView, model: ComplaintsModel) -> None:
    """Widen the GROWING columns to their text (never narrower than the person left them)."""
    for key in GROWING:
        column = model.column_index(key)
        wanted = min(view.sizeHintForColumn(column) + COLUMN_PAD, COLUMN_CAP)
        if wanted > view.columnWidth(column):
            view.setColumnWidth(column, wanted)
