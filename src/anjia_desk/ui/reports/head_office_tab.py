"""报表 › 总部报表 (issue 19): head office's 日报 / 周报 / 月报 — the kind, the report date (the
office's today to start with), 生成… (the workbook filled from the template in use, saved where
the save dialog says: services.head_office.produce_report on the writer), and the workbooks
produced lately, from this window or the command line (the 工作台's reminder goes with them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from anjia_desk.core.head_office import WorkbookKind
from anjia_desk.services.context import Actor
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button, make_table
from anjia_desk.ui.fields import FieldErrors, MessageBar, hint_label
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.tables import Column, ColumnTableModel
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.head_office import RunRow

EXCEL_FILTER = "Excel 工作簿 (*.xlsx)"
RUNS_SHOWN = 50
PERIODS = {
    WorkbookKind.DAILY: "当日及本月累计",
    WorkbookKind.WEEKLY: "报表日期所在周的周一至报表日期",
    WorkbookKind.MONTHLY: "报表日期所在月的 1 日至报表日期",
}


@dataclass(frozen=True)
class _Runs:
    rows: list[RunRow]
    today: date
    zone: ZoneInfo


class RunsModel(ColumnTableModel["RunRow"]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone: ZoneInfo = default_zone()
        super().__init__(
            [
                Column("kind", "报表", lambda r: r.kind.label),
                Column("day", "报表日期", lambda r: r.period_on.isoformat()),
                Column("at", "生成时间", lambda r: format_local(r.produced_at, self.zone)),
                Column("by", "生成人", lambda r: r.produced_by),
                Column("via", "方式", lambda r: r.via_label),
                Column("file", "文件名", lambda r: r.filename),
            ],
            parent,
        )


class HeadOfficeTab(LazyPage):
    """`kind_box` (WorkbookKind data), `day_edit`, `produce_button`, `period_label`, the runs'
    `runs_table` over `runs_model`, `message`, `errors` ("day"); `loaded`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded = False
        self.today: date | None = None
        self._dated = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        self.kind_box = QComboBox()
        for kind in WorkbookKind:
            self.kind_box.addItem(kind.label, kind.value)
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.errors = FieldErrors()
        self.produce_button = make_button("生成…", self.produce)
        row.addWidget(QLabel("报表："))
        row.addWidget(self.kind_box)
        row.addSpacing(12)
        row.addWidget(QLabel("报表日期："))
        row.addWidget(self.day_edit)
        row.addWidget(self.errors.label_for("day", self))
        row.addWidget(self.produce_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.period_label = hint_label("")
        outer.addWidget(self.period_label)
        outer.addWidget(QLabel("最近生成的报表"))
        self.runs_model = RunsModel(self)
        self.runs_table = make_table(self.runs_model)
        outer.addWidget(self.runs_table, 1)
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        self.kind_box.currentIndexChanged.connect(self._describe)
        self._describe()

    @property
    def kind(self) -> WorkbookKind:
        return WorkbookKind(str(self.kind_box.currentData()))

    @property
    def day(self) -> date:
        value = self.day_edit.date()
        return date(value.year(), value.month(), value.day())

    def choose(self, kind: WorkbookKind, day: date | None = None) -> None:
        """Set the kind (and the report date): a 工作台 reminder opens the tab this way."""
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind.value))
        if day is not None:
            self.day_edit.setDate(QDate(day.year, day.month, day.day))
            self._dated = True  # the first read keeps it

    def _describe(self, *_args: object) -> None:
        kind = self.kind
        self.period_label.setText(
            f"{kind.label}按模板的固定格式填写，统计{PERIODS[kind]}的数据（办公地时间）。"
        )

    def reload(self) -> None:
        from anjia_desk.services.head_office import report_runs
        from anjia_desk.services.settings import office_today, office_zone

        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> _Runs:
            rows = report_runs(session, actor, limit=RUNS_SHOWN)
            return _Runs(rows, office_today(session, now), office_zone(session))

        self.load(work, self._show, message=self.message)

    def _show(self, runs: _Runs) -> None:
        if not self._dated:  # the report date starts at the office's today
            day = runs.today
            self.day_edit.setDate(QDate(day.year, day.month, day.day))
            self._dated = True
        self.today = runs.today
        self.day_edit.setMaximumDate(QDate(runs.today.year, runs.today.month, runs.today.day))
        self.runs_model.zone = runs.zone
        self.runs_model.set_rows(runs.rows)
        self.loaded = True

    def produce(self) -> None:
        """Fill the workbook and save it where the person chooses."""
        from anjia_desk.services.head_office import produce_report

        kind, day = self.kind, self.day
        self.errors.clear()
        if self.today is not None and day > self.today:
            self.errors.show({"day": "报表日期不能晚于今天"})
            return
        suggested = Path.home() / f"销售{kind.label}-{day.isoformat()}.xlsx"
        target = self.ctx.dialogs.save_file(self, f"生成{kind.label}", suggested, EXCEL_FILTER)
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        now, out = self.ctx.clock(), target

        def work(session: Session, actor: Actor) -> RunRow:
            return produce_report(session, actor, kind, day, now=now, out=out, via="window")

        def done(_run: RunRow) -> None:
            self.message.show_ok(f"已生成{kind.label}（{day.isoformat()}）：{out}")

        ops.write(
            self.ctx,
            work,
            parent=self,
            done=done,
            message=self.message,
            errors=self.errors,
            label=f"正在生成{kind.label}…",
        )
