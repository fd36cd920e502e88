"""报表 › 报表 (issue 19, DOMAIN §12): the reports the person may open, grouped (left); the range
bar (今天/本周/本月/自定义); the chosen report's chart over its table (合计 in bold), the notes
saying what each rate divides by; 导出 Excel… and 打印… (the print preview first). A click on a
bar, or a double-click (Enter) on a row, opens the records behind it (ui/reports/drill_dialog.py).

Every report is computed by services.reports.compute_report on the reader (ui.ops), never on the
GUI thread; a result arriving after the person chose another report or range is dropped. The tab
reloads when what a report read changes (LazyPage: the topics it read)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.report_periods import Span, range_for
from anjia_desk.core.report_values import ReportTable
from anjia_desk.services.context import Actor
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button
from anjia_desk.ui.fields import MessageBar, hint_label
from anjia_desk.ui.printing import PdfPrinter
from anjia_desk.ui.reports.chart_view import ChartView
from anjia_desk.ui.reports.drill_dialog import DrillDialog
from anjia_desk.ui.reports.range_bar import RangeBar
from anjia_desk.ui.reports.table_model import ReportModel
from anjia_desk.ui.tables import configure_table, fit_columns
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.core.report_values import DrillList

KEY_ROLE = Qt.ItemDataRole.UserRole
LIST_WIDTH = 150
EXCEL_FILTER = "Excel 工作簿 (*.xlsx)"


@dataclass(frozen=True)
class Computed:
    table: ReportTable
    first: date
    last: date
    request: int


def safe_name(text: str) -> str:
    """A file name from a title and a range (no characters Windows refuses)."""
    return "".join("-" if ch in '\\/:*?"<>| ' else ch for ch in text)


class ReportsTab(LazyPage):
    """`report_list` (groups, then reports: item data `KEY_ROLE` = key), `range_bar`,
    `title_label`, `range_label`, `chart` (ChartView), `table` over `model` (ReportModel),
    `notes_label`, `export_button`, `print_button`, `message`; `key` (the report shown),
    `computed` (the last result shown), `loads`; `drill_dialog` the last list opened."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from anjia_desk.services.reports import report_specs

        self.specs = report_specs(ctx.actor)
        self.key = self.specs[0].key if self.specs else ""
        self.computed: Computed | None = None
        self.loads = 0
        self._request = 0
        self.drill_dialog: DrillDialog | None = None

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        self.report_list = QTreeWidget()
        self.report_list.setHeaderHidden(True)
        self.report_list.setRootIsDecorated(False)
        self.report_list.setIndentation(10)
        self.report_list.setFixedWidth(LIST_WIDTH)
        self._fill_list()
        outer.addWidget(self.report_list)

        right = QVBoxLayout()
        heading = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size:15px;font-weight:bold;")
        self.range_label = hint_label("")
        self.range_label.setWordWrap(False)
        heading.addWidget(self.title_label)
        heading.addWidget(self.range_label)
        heading.addStretch(1)
        self.export_button = make_button("导出 Excel…", self.export_excel)
        self.print_button = make_button("打印…", self.print_report)
        heading.addWidget(self.export_button)
        heading.addWidget(self.print_button)
        right.addLayout(heading)
        self.range_bar = RangeBar()
        right.addWidget(self.range_bar)

        self.chart = ChartView()
        self.model = ReportModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, stretch_last=False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 260])  # the chart a little taller than the table
        right.addWidget(splitter, 1)
        self.notes_label = hint_label("")
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.notes_label)
        self.message = MessageBar(self)
        right.addWidget(self.message)
        outer.addLayout(right, 1)

        self.printer = PdfPrinter(ctx, self, self.message)
        self.range_bar.chosen.connect(self.reload)
        self.report_list.currentItemChanged.connect(self._report_chosen)
        self.chart.clicked.connect(self.open_drill)
        self.table.activated.connect(self._row_activated)
        self._set_buttons()

    def _fill_list(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for spec in self.specs:
            group = groups.get(spec.group)
            if group is None:
                group = QTreeWidgetItem([spec.group])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[spec.group] = group
                self.report_list.addTopLevelItem(group)
            item = QTreeWidgetItem([spec.title])
            item.setData(0, KEY_ROLE, spec.key)
            item.setToolTip(0, spec.title)
            group.addChild(item)
            if spec.key == self.key:
                self.report_list.setCurrentItem(item)
        self.report_list.expandAll()

    def report_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def item_of(self, key: str) -> QTreeWidgetItem | None:
        for index in range(self.report_list.topLevelItemCount()):
            group = self.report_list.topLevelItem(index)
            if group is None:
                continue
            for child in range(group.childCount()):
                item = group.child(child)
                if item is not None and item.data(0, KEY_ROLE) == key:
                    return item
        return None

    def choose(self, key: str) -> None:
        """Show report `key` (as a click on it in the list)."""
        item = self.item_of(key)
        if item is not None:
            self.report_list.setCurrentItem(item)

    def _report_chosen(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key and key != self.key:
            self.key = str(key)
            self.reload()

    # --- computing

    def reload(self) -> None:
        if not self.key:
            self.title_label.setText("没有可查看的报表")
            return
        from anjia_desk.services.reports import compute_report
        from anjia_desk.services.settings import office_today, office_zone

        bar = self.range_bar
        span = bar.span
        if span is Span.CUSTOM and bar.custom_errors():
            return  # said beside the dates
        custom = (bar.first, bar.last)
        key, now = self.key, self.ctx.clock()
        self._request += 1
        request = self._request
        self.message.clear_message()

        def work(session: Session, actor: Actor) -> Computed:
            if span is Span.CUSTOM:
                first, last = custom
            else:
                rng = range_for(span, office_today(session, now), office_zone(session))
                first, last = rng.first, rng.last
            table = compute_report(session, actor, key, first, last, now=now)
            return Computed(table, first, last, request)

        self.load(work, self._show, message=self.message)

    def _show(self, computed: Computed) -> None:
        if computed.request != self._request:
            return  # another report or range was chosen meanwhile
        self.computed = computed
        self.loads += 1
        table = computed.table
        self.title_label.setText(table.title)
        scope = f"（{table.scope_label}）" if table.scope_label else ""
        self.range_label.setText(f"{table.range_label}{scope}")
        self.range_bar.show_range(computed.first, computed.last)
        self.model.set_table(table)
        fit_columns(self.table)
        self.chart.set_chart(table.chart)
        self.notes_label.setText("\n".join(table.notes))
        self.notes_label.setVisible(bool(table.notes))
        self._set_buttons()

    def _set_buttons(self) -> None:
        ready = self.computed is not None
        self.export_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    # --- the records behind a bar or a row

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(index.row())

    def open_row(self, row: int) -> None:
        row_key = self.model.row_key(row)
        if row_key is not None:
            self.open_drill(row_key, None)

    def open_drill(self, row_key: str, series_key: str | None = None) -> None:
        from anjia_desk.services.reports import drill_report

        computed = self.computed
        if computed is None:
            return
        key, first, last, now = computed.table.key, computed.first, computed.last, self.ctx.clock()

        def work(session: Session, actor: Actor) -> DrillList:
            return drill_report(session, actor, key, first, last, row_key, series_key, now=now)

        def done(result: ops.Read) -> None:
            dialog = DrillDialog(self.ctx, result.value, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda *_a, d=dialog: self._forget(d))
            self.drill_dialog = dialog
            dialog.show()

        ops.read(self.ctx, work, parent=self, done=done, message=self.message)

    def _forget(self, dialog: DrillDialog) -> None:
        if self.drill_dialog is dialog:
            self.drill_dialog = None

    # --- papers

    def _file_stem(self) -> str:
        assert self.computed is not None
        table = self.computed.table
        return safe_name(f"{table.title}-{table.range_label}")

    def export_excel(self) -> None:
        """The table (and its chart) as an Excel workbook where the person chooses."""
        from anjia_desk.services.report_papers import export_report

        computed = self.computed
        if computed is None:
            return
        suggested = Path.home() / f"{self._file_stem()}.xlsx"
        target = self.ctx.dialogs.save_file(self, "导出 Excel", suggested, EXCEL_FILTER)
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        key, first, last, now = computed.table.key, computed.first, computed.last, self.ctx.clock()
        out = target

        def work(session: Session, actor: Actor) -> None:
            export_report(session, actor, key, first, last, now=now, out=out)

        def done(_result: None) -> None:
            self.message.show_ok(f"已导出：{out}")

        ops.write(
            self.ctx,
            work,
            parent=self,
            done=done,
            message=self.message,
            label="正在导出报表…",
            initiator=self.printer,
        )

    def print_report(self) -> None:
        """Chart and table on one page, in the print preview."""
        from anjia_desk.services.report_papers import print_report

        computed = self.computed
        if computed is None:
            return
        key, first, last = computed.table.key, computed.first, computed.last
        now: datetime = self.ctx.clock()

        def produce(session: Session, actor: Actor, out: Path) -> Path:
            print_report(session, actor, key, first, last, now=now, out=out)
            return out

        self.printer.run(self._file_stem(), produce, "正在生成报表…")
