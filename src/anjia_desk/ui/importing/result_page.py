"""The import wizard's 检查 and 导入 results: the counts (数据行, 新增, 更新, 重复, 跳过,
错误), what 导入 will do or did, and every row that was not simply imported, with its reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QTableView, QVBoxLayout, QWidget

from anjia_desk.services.importing import PROBLEMS_KEPT, ImportResult
from anjia_desk.ui import palette
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.tables import Column, ColumnTableModel, configure_table, set_column_widths

#: The count boxes: (ImportResult attribute, title).
COUNTS = (
    ("rows", "数据行"),
    ("imported", "新增"),
    ("updated", "更新"),
    ("duplicates", "重复"),
    ("skipped", "跳过"),
    ("rejected", "错误"),
)
OUTCOME_COLORS = {
    "错误": QColor(palette.ERROR),
    "重复": QColor(palette.WARNING),
    "跳过": QColor(palette.WARNING),
}

Problem = tuple[int, str, str]  # (sheet row number, outcome, reason)


class ProblemModel(ColumnTableModel[Problem]):
    """Every row that was not simply imported: its row number in the sheet, outcome, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    "row",
                    "行号",
                    lambda p: str(p[0]),
                    sort_key=lambda p: p[0],
                    align=Qt.AlignmentFlag.AlignRight,
                ),
                Column("outcome", "结果", lambda p: p[1]),
                Column("reason", "原因", lambda p: p[2]),
            ],
            parent,
        )

    def row_foreground(self, row: Problem) -> QColor | None:
        return OUTCOME_COLORS.get(row[1])


class ResultPage(QWidget):
    """The result of a 检查 (nothing written yet) or of the 导入."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.result_title = QLabel()
        self.result_title.setProperty("role", "title")
        self.result_title.setStyleSheet("font-size:17px;font-weight:bold;")
        layout.addWidget(self.result_title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        self.count_labels: dict[str, QLabel] = {}
        for column, (key, title) in enumerate(COUNTS):
            number = QLabel("0")
            number.setObjectName(f"count_{key}")
            color = palette.ERROR if key == "rejected" else palette.INFO
            number.setStyleSheet(f"font-size:24px;font-weight:bold;color:{color};")
            grid.addWidget(number, 0, column, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(QLabel(title), 1, column, Qt.AlignmentFlag.AlignLeft)
            self.count_labels[key] = number
        grid.setColumnStretch(len(COUNTS), 1)
        layout.addLayout(grid)
        self.result_note = QLabel()
        self.result_note.setWordWrap(True)
        layout.addWidget(self.result_note)
        self.problems_label = QLabel("需要留意的行：")
        layout.addWidget(self.problems_label)
        self.problems_model = ProblemModel(self)
        self.problems_table = QTableView()
        self.problems_table.setModel(self.problems_model)
        configure_table(self.problems_table)
        set_column_widths(self.problems_table, {0: 70, 1: 70})
        layout.addWidget(self.problems_table, 1)
        self.problems_note = hint_label("")
        layout.addWidget(self.problems_note)

    def show_result(
        self, result: ImportResult, *, dry_run: bool, strict: bool, kind_label: str
    ) -> None:
        """A 检查 (`dry_run`) or an 导入 of `kind_label` (客户, 房源) under strict mode or not."""
        for key, _title in COUNTS:
            self.count_labels[key].setText(f"{getattr(result, key):,}")
        writable = result.imported + result.updated
        if dry_run:
            self.result_title.setText("检查结果（还没有写入数据库）")
            if strict and result.rejected:
                note = (
                    f"严格模式下有 {result.rejected:,} 行错误，整个文件都不会导入。"
                    "请按下表改正文件后重新选择，或取消严格模式后再检查。"
                )
            elif writable == 0:
                note = "没有可以导入的行。"
            else:
                note = (
                    f"点“导入”将新增 {result.imported:,} 位、更新 {result.updated:,} 位"
                    f"{kind_label}，其余行不会写入。"
                )
        elif result.written:
            self.result_title.setText("导入完成，已写入数据库")
            note = (
                f"已新增 {result.imported:,} 位、更新 {result.updated:,} 位{kind_label}。"
                "报告列出了每一行的结果，可以保存后发回给对方修改。"
            )
        else:
            self.result_title.setText("导入结束，没有写入任何内容")
            note = "没有可以导入的行。"
        if result.possible:
            will = "将" if dry_run else "已"
            note += (
                f"\n其中 {result.possible:,} 行可能与已有客户是同一人（渠道隐号或曾用号码），"
                f"{will}作为新客户导入、不会合并：见下表“原因”，核对后可在客户页合并。"
            )
        if result.report_error:
            note += "\n" + result.report_error
        if result.unknown:
            note += "\n未导入的列：" + "、".join(result.unknown)
        for topic, text in result.notes:  # 合计 rows left out, invisible characters taken out
            note += f"\n{topic}：{text}"
        self.result_note.setText(note)
        self.problems_model.set_rows(result.problems)
        if len(result.problems) >= PROBLEMS_KEPT:
            self.problems_note.setText(
                f"这里只列出前 {PROBLEMS_KEPT:,} 行，每一行的结果都在报告里。"
            )
        elif not result.problems:
            self.problems_note.setText("没有需要留意的行。")
        else:
            self.problems_note.setText("每一行的结果都在报告里（保存报告…）。")
