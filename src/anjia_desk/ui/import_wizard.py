"""导入导出 › 导入: the import wizard. Pick a file, check how each of its columns maps to a field
on a preview of the first rows, 检查 (a dry run that writes nothing) and then 导入 — both on the
task runner with progress and 取消 — and keep the report (EXCEL_FORMAT.md)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.jobs import JobDialog, report_bug
from anjia_desk.ui.style import ui_state
from anjia_desk.ui.widgets import (
    ERROR_COLOR,
    Column,
    ColumnTableModel,
    MessageBar,
    configure_table,
    error_label,
    hint_label,
    set_column_widths,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor
    from anjia_desk.services.importing import ImportOptions, ImportResult, Preview
    from anjia_desk.ui.ops import Cancelled, LongWork, Progress

FILE_FILTERS = "Excel 或 CSV 文件 (*.xlsx *.xls *.csv *.ods);;所有文件 (*)"
REPORT_FILTERS = "Excel 工作簿 (*.xlsx)"
IGNORE = "（忽略）"
REQUIRED_KEY = "phone"  # a file needs a phone column: the phone is the customer's identity
FOLDER_SETTING = "exchange/folder"
SAMPLE_COLUMN_WIDTH = 132
MAPPING_ROW_HEIGHT = 34

#: What each mode does, under its radio buttons (the labels are Mode.label).
MODE_HINTS = {
    "new": "只添加文件里的新客户；手机号已在系统中的行记为“重复”，原客户不做任何改动。",
    "update": "按手机号找到已有客户，用文件中有的列补充或覆盖其资料（记入历史）；"
    "系统中没有的手机号记为“跳过”。",
    "both": "新客户添加，已有客户按文件中有的列更新。",
}
#: The count boxes of the result page: (ImportResult attribute, title).
COUNTS = (
    ("rows", "数据行"),
    ("imported", "新增"),
    ("updated", "更新"),
    ("duplicates", "重复"),
    ("skipped", "跳过"),
    ("rejected", "错误"),
)
OUTCOME_COLORS = {"错误": QColor(ERROR_COLOR), "重复": QColor("#8a5a00"), "跳过": QColor("#8a5a00")}


def open_in_system(path: Path) -> bool:
    """Open a file or folder with the system's own program (Excel, the file manager)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def last_folder() -> Path:
    """The folder of the last file opened or saved here (the home folder at first)."""
    value = ui_state().value(FOLDER_SETTING, "")
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    ui_state().setValue(FOLDER_SETTING, str(path.parent))


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column's name in Excel."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --- the preview and the problems


class SampleModel(QAbstractTableModel):
    """The first data rows under the sheet's header. Row 0 is left blank for the mapping combo
    boxes (the view puts one on each column there); the column titles are the file's headers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._texts: list[list[str]] = []
        self._width = 0

    def set_sample(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        from anjia_desk.excel.cells import cell_text

        self.beginResetModel()
        self._headers = list(headers)
        self._texts = [[cell_text(value) for value in row] for row in rows]  # type: ignore[arg-type]
        self._width = max([len(self._headers), *(len(row) for row in self._texts)])
        self.endResetModel()

    @property
    def width(self) -> int:
        return self._width

    def header(self, column: int) -> str:
        return self._headers[column] if 0 <= column < len(self._headers) else ""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._width:
            return 0
        return 1 + len(self._texts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 1 <= index.row() <= len(self._texts):
            return None
        if not 0 <= index.column() < self._width:
            return None
        row = self._texts[index.row() - 1]
        text = row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self._width:
                return None
            header = self.header(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{column_letter(section)}  {header}" if header else column_letter(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"第 {column_letter(section)} 列：{header or '（没有表头）'}"
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
            return "导入为" if section == 0 else ""
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


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


class MappingCombo(QComboBox):
    """The field one column of the file is imported as, or （忽略）."""

    chosen = Signal(int)  # the column, after the user picked another field

    def __init__(self, column: int, fields: Sequence[Any], key: str | None) -> None:
        super().__init__()
        self.column = column
        self.addItem(IGNORE, "")
        for choice in fields:
            self.addItem(choice.label, choice.key)
        self.set_key(key)
        self.currentIndexChanged.connect(self._changed)

    def key(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_key(self, key: str | None) -> None:
        index = self.findData(key) if key else 0
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def _changed(self, _index: int) -> None:
        self.chosen.emit(self.column)


# --- the wizard

STEPS = (("file", "选择文件"), ("preview", "核对各列"), ("check", "检查"), ("done", "导入"))


class ImportWizard(JobDialog):
    """选择文件 → 核对各列 → 检查 → 导入. Nothing is written before 导入, and a cancelled or failed
    检查 or 导入 leaves the database as it was (the service's one transaction)."""

    #: The ImportResult of each finished 导入 (written or not).
    imported = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, kind: str = "customers"
    ) -> None:
        super().__init__(parent)
        from anjia_desk.services.importing import import_kinds

        self.ctx = ctx
        self.kind = kind
        self.kind_label = dict(import_kinds()).get(kind, kind)
        self.setWindowTitle(f"导入{self.kind_label}")
        self.setMinimumSize(860, 600)
        self.resize(1040, 700)
        self.step = "file"
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.combos: list[MappingCombo] = []
        self.checked: ImportResult | None = None
        self.checked_options: ImportOptions | None = None
        self.import_result: ImportResult | None = None
        self.shown: ImportResult | None = None  # the result on the result page
        self._operation = ""
        self._loading: Path | None = None
        self._options: ImportOptions | None = None  # of the run under way
        self._report_dir: Path | None = None
        self._keep_reports = False

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.steps_label = QLabel()
        layout.addWidget(self.steps_label)
        file_row = QHBoxLayout()
        self.file_label = QLabel("还没有选择文件。")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row.addWidget(self.file_label, 1)
        self.choose_button = QPushButton("选择文件…")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)

        self.stack = QStackedWidget()
        self.preview_page = self._build_preview_page()
        self.result_page = self._build_result_page()
        self.stack.addWidget(self.preview_page)
        self.stack.addWidget(self.result_page)
        layout.addWidget(self.stack, 1)
        self.message = MessageBar(self)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.back_button = QPushButton("上一步")
        self.back_button.clicked.connect(self.back)
        self.save_report_button = QPushButton("保存报告…")
        self.save_report_button.setToolTip("把每一行的导入结果另存为 Excel，可发回给对方修改")
        self.save_report_button.clicked.connect(self.save_report)
        self.open_report_button = QPushButton("打开报告")
        self.open_report_button.clicked.connect(self.open_report)
        self.close_button = QPushButton("取消")
        self.close_button.clicked.connect(self.reject)
        self.check_button = QPushButton("检查")
        self.check_button.setToolTip("逐行检查文件，统计能导入多少行；不会写入数据库")
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton("导入")
        self.import_button.clicked.connect(self.run)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.save_report_button)
        buttons.addWidget(self.open_report_button)
        buttons.addStretch(1)
        for button in (self.close_button, self.check_button, self.import_button):
            buttons.addWidget(button)
        for button in (self.back_button, self.save_report_button, self.open_report_button):
            button.setAutoDefault(False)
        layout.addLayout(buttons)
        self._update()

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel("工作表："))
        self.sheet_box = QComboBox()
        self.sheet_box.setMinimumWidth(180)
        self.sheet_box.currentIndexChanged.connect(self._sheet_changed)
        row.addWidget(self.sheet_box)
        self.header_label = QLabel()
        row.addSpacing(12)
        row.addWidget(self.header_label, 1)
        layout.addLayout(row)
        self.remembered_label = hint_label(
            "这种表头的文件以前导入过：各列已按上次确认的对应关系设置，请再核对一遍。"
        )
        self.remembered_label.setStyleSheet("color:#1b5e20;")
        layout.addWidget(self.remembered_label)
        layout.addWidget(
            hint_label(
                "在表格第一行为每一列选择要导入成的字段，不需要的列选“（忽略）”。"
                "必须有一列是手机号：系统按手机号识别客户。"
            )
        )
        self.unknown_label = hint_label("")
        layout.addWidget(self.unknown_label)
        self.sample_model = SampleModel(self)
        self.sample_table = QTableView()
        self.sample_table.setModel(self.sample_model)
        configure_table(self.sample_table, stretch_last=False)
        self.sample_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sample_table.verticalHeader().setVisible(True)
        self.sample_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.sample_table.horizontalHeader().setDefaultSectionSize(SAMPLE_COLUMN_WIDTH)
        layout.addWidget(self.sample_table, 1)
        self.mapping_error = error_label()
        layout.addWidget(self.mapping_error)

        from anjia_desk.services.importing import Mode

        mode_box = QGroupBox("导入方式")
        mode_layout = QVBoxLayout(mode_box)
        radios = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for mode in Mode:
            button = QRadioButton(mode.label)
            button.setToolTip(MODE_HINTS[mode.value])
            self.mode_buttons[mode.value] = button
            self.mode_group.addButton(button)
            radios.addWidget(button)
            button.toggled.connect(self._mode_toggled)
        radios.addStretch(1)
        mode_layout.addLayout(radios)
        self.mode_hint = hint_label("")
        mode_layout.addWidget(self.mode_hint)
        self.strict_check = QCheckBox("严格模式：只要有一行出错，整个文件都不导入")
        self.strict_check.toggled.connect(self._options_changed)
        mode_layout.addWidget(self.strict_check)
        self.mode_buttons[Mode.NEW.value].setChecked(True)
        layout.addWidget(mode_box)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
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
            color = ERROR_COLOR if key == "rejected" else "#1f3b57"
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
        return page

    # --- state ---

    def mode(self) -> Any:
        from anjia_desk.services.importing import Mode

        for key, button in self.mode_buttons.items():
            if button.isChecked():
                return Mode(key)
        return Mode.NEW  # pragma: no cover - one radio button is always checked

    def mapping(self) -> dict[int, str]:
        """Column → field key as the combo boxes say now."""
        return {combo.column: key for combo in self.combos if (key := combo.key()) is not None}

    def mapping_problem(self) -> str:
        """Why the mapping cannot be checked yet ('' when it can)."""
        if self.preview is None:
            return ""
        labels = {choice.key: choice.label for choice in self.preview.fields}
        if REQUIRED_KEY in labels and REQUIRED_KEY not in self.mapping().values():
            return f"请在表格第一行选出哪一列是“{labels[REQUIRED_KEY]}”：没有它就无法导入。"
        return ""

    def _steps_text(self) -> str:
        order = [key for key, _ in STEPS]
        current = order.index(self.step)
        parts = []
        for i, (_key, title) in enumerate(STEPS):
            text = f"{'①②③④'[i]} {title}"
            if i == current:
                text = f"<b style='color:#1f6f5c'>{text}</b>"
            elif i > current:
                text = f"<span style='color:#9aa3a0'>{text}</span>"
            parts.append(text)
        return "&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts)

    def _update(self) -> None:
        busy = self.busy
        step = self.step
        self.steps_label.setText(self._steps_text())
        self.choose_button.setVisible(step != "done")
        self.choose_button.setEnabled(not busy)
        self.back_button.setVisible(step == "check")
        self.back_button.setEnabled(not busy)
        self.check_button.setVisible(step in ("file", "preview"))
        self.check_button.setEnabled(
            not busy and self.preview is not None and not self.mapping_problem()
        )
        checked = self.checked
        self.import_button.setVisible(step == "check")
        self.import_button.setEnabled(
            not busy and checked is not None and checked.imported + checked.updated > 0
        )
        has_report = step in ("check", "done") and self.shown is not None
        has_report = has_report and self.shown is not None and self.shown.report is not None
        for button in (self.save_report_button, self.open_report_button):
            button.setVisible(has_report)
            button.setEnabled(not busy)
        self.close_button.setText("完成" if step == "done" else "取消")
        sheets = self.preview.sheets if self.preview is not None else []
        self.sheet_box.setEnabled(not busy and len(sheets) > 1)
        for widget in [*self.combos, *self.mode_buttons.values(), self.strict_check]:
            widget.setEnabled(not busy)
        default = {"check": self.import_button, "done": self.close_button}.get(
            step, self.check_button
        )
        default.setDefault(True)
        self.stack.setCurrentWidget(
            self.result_page if step in ("check", "done") else self.preview_page
        )

    # --- choosing and previewing the file ---

    def choose_file(self) -> bool:
        """Ask for a file and read its preview; False when the person chose none."""
        if self.busy:
            return False
        path = self.ctx.dialogs.open_file(
            self, f"选择要导入的{self.kind_label}文件", last_folder(), FILE_FILTERS
        )
        if path is None:
            return False
        remember_folder(path)
        self._load(path, None)
        return True

    def _load(self, path: Path, sheet: str | None) -> None:
        kind = self.kind

        def work(session: Session, actor: Actor, _progress: Progress, _cancelled: Cancelled) -> Any:
            from anjia_desk.services.importing import preview_file

            return preview_file(session, actor, kind=kind, path=path, sheet=sheet)

        self._loading = path
        self.message.show_info(f"正在读取 {path.name}…")
        self._start("preview", work, self._previewed, "正在读取文件…")

    def _start(
        self,
        operation: str,
        work: LongWork[Any],
        on_done: Callable[[Any], None],
        label: str,
    ) -> None:
        self._operation = operation
        self.job.start(
            self.ctx,
            work,
            on_done=on_done,
            on_error=self._failed,
            on_cancelled=self._cancelled,
            label=label,
        )
        self._update()

    def _previewed(self, preview: Preview) -> None:
        self.message.clear_message()
        self.preview = preview
        self.path = preview.path
        self.checked = self.checked_options = self.shown = None
        self.step = "preview"
        self.file_label.setText(f"文件：{preview.path}")
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for info in preview.sheets:
            self.sheet_box.addItem(info.name + ("" if info.visible else "（隐藏）"), info.name)
        self.sheet_box.setCurrentIndex(max(self.sheet_box.findData(preview.sheet), 0))
        self.sheet_box.blockSignals(False)
        self.header_label.setText(
            f"表头在第 {preview.header_row + 1} 行；下面是表头下的前 {len(preview.sample)} 行。"
        )
        self.remembered_label.setVisible(preview.remembered)
        self.unknown_label.setText(
            "没有认出的列，将不导入（需要时可在第一行为它们选择字段）："
            + "、".join(preview.unknown)
            if preview.unknown
            else ""
        )
        self.unknown_label.setVisible(bool(preview.unknown))
        self.combos = []  # the view deletes the old ones on the model's reset
        self.sample_model.set_sample(preview.headers, preview.sample)
        for column in range(self.sample_model.width):
            combo = MappingCombo(column, preview.fields, preview.mapping.get(column))
            header = self.sample_model.header(column)
            if header and column not in preview.mapping:
                combo.setToolTip(f"没有认出“{header}”这一列；需要导入时请选择对应的字段")
            combo.chosen.connect(self._mapping_chosen)
            self.sample_table.setIndexWidget(self.sample_model.index(0, column), combo)
            self.combos.append(combo)
        self.sample_table.verticalHeader().resizeSection(0, MAPPING_ROW_HEIGHT)
        self._show_mapping_problem()
        self._update()

    def _sheet_changed(self, _index: int) -> None:
        name = self.sheet_box.currentData()
        if self.preview is None or self.path is None or name == self.preview.sheet:
            return
        self._load(self.path, str(name))

    def _mapping_chosen(self, column: int) -> None:
        combo = self.combos[column]
        key = combo.key()
        if key is not None:
            for other in self.combos:
                if other is not combo and other.key() == key:
                    other.set_key(None)
                    self.message.show_info(
                        f"“{combo.currentText()}”只能对应一列：第 {column_letter(other.column)} "
                        f"列已改为“{IGNORE}”。"
                    )
        self._show_mapping_problem()
        self._update()

    def _show_mapping_problem(self) -> None:
        problem = self.mapping_problem()
        self.mapping_error.setText(problem)
        self.mapping_error.setVisible(bool(problem))

    def _mode_toggled(self, on: bool) -> None:
        if on:
            self.mode_hint.setText(MODE_HINTS[self.mode().value])

    def _options_changed(self, _on: bool) -> None:
        self._update()

    # --- checking and importing ---

    def _report_path(self, what: str) -> Path:
        if self._report_dir is None:
            self._report_dir = Path(tempfile.mkdtemp(prefix="anjia-import-"))
        stem = self.path.stem if self.path is not None else "导入"
        return self._report_dir / f"{stem}-{what}.xlsx"

    def check(self) -> None:
        """检查: the whole file read and every row judged, nothing written."""
        from anjia_desk.services.importing import ImportOptions

        if self.busy or self.preview is None or self.mapping_problem():
            return
        options = ImportOptions(
            mode=self.mode(),
            strict=self.strict_check.isChecked(),
            dry_run=True,
            sheet=self.preview.sheet,
            mapping=self.mapping(),
            report=self._report_path("检查结果"),
        )
        self._run_import("check", options, self._checked_done, "正在检查文件…")

    def run(self) -> None:
        """导入: the checked options, written this time."""
        if self.busy or self.step != "check" or self.checked_options is None:
            return
        options = replace(self.checked_options, dry_run=False, report=self._report_path("导入结果"))
        self._run_import("import", options, self._imported_done, "正在导入…")

    def _run_import(
        self,
        operation: str,
        options: ImportOptions,
        on_done: Callable[[Any], None],
        label: str,
    ) -> None:
        assert self.path is not None
        database, kind, path, now = self.ctx.database, self.kind, self.path, self.ctx.clock()

        def work(_session: Session, actor: Actor, progress: Progress, cancelled: Cancelled) -> Any:
            from anjia_desk.services.importing import run_import

            # The import opens its own sessions; the layer re-read the user first, so a
            # disabled account or a role taken away stops it here.
            return run_import(
                database,
                actor,
                kind=kind,
                path=path,
                options=options,
                progress=progress,
                cancelled=cancelled,
                now=now,
            )

        self._options = options
        self.message.clear_message()
        self.mapping_error.hide()
        self._start(operation, work, on_done, label)

    def _checked_done(self, result: ImportResult) -> None:
        self.checked, self.checked_options = result, self._options
        self.step = "check"
        self._show_result(result, dry_run=True)
        self._after_job()

    def _imported_done(self, result: ImportResult) -> None:
        self.import_result = result
        self.step = "done"
        self._show_result(result, dry_run=False)
        self.imported.emit(result)
        self._after_job()

    def _show_result(self, result: ImportResult, *, dry_run: bool) -> None:
        self.shown = result
        options = self._options
        for key, _title in COUNTS:
            self.count_labels[key].setText(f"{getattr(result, key):,}")
        writable = result.imported + result.updated
        if dry_run:
            self.result_title.setText("检查结果（还没有写入数据库）")
            if options is not None and options.strict and result.rejected:
                note = (
                    f"严格模式下有 {result.rejected:,} 行错误，整个文件都不会导入。"
                    "请按下表改正文件后重新选择，或取消严格模式后再检查。"
                )
            elif writable == 0:
                note = "没有可以导入的行。"
            else:
                note = (
                    f"点“导入”将新增 {result.imported:,} 位、更新 {result.updated:,} 位"
                    f"{self.kind_label}，其余行不会写入。"
                )
        elif result.written:
            self.result_title.setText("导入完成，已写入数据库")
            note = (
                f"已新增 {result.imported:,} 位、更新 {result.updated:,} 位{self.kind_label}。"
                "报告列出了每一行的结果，可以保存后发回给对方修改。"
            )
        else:
            self.result_title.setText("导入结束，没有写入任何内容")
            note = "没有可以导入的行。"
        if result.report_error:
            note += "\n" + result.report_error
        if result.unknown:
            note += "\n未导入的列：" + "、".join(result.unknown)
        self.result_note.setText(note)
        self.problems_model.set_rows(result.problems)
        from anjia_desk.services.importing import PROBLEMS_KEPT

        if len(result.problems) >= PROBLEMS_KEPT:
            self.problems_note.setText(
                f"这里只列出前 {PROBLEMS_KEPT:,} 行，每一行的结果都在报告里。"
            )
        elif not result.problems:
            self.problems_note.setText("没有需要留意的行。")
        else:
            self.problems_note.setText("每一行的结果都在报告里（保存报告…）。")

    def back(self) -> None:
        if self.busy or self.step != "check":
            return
        self.step = "preview"
        self.checked = self.checked_options = self.shown = None
        self.message.clear_message()
        self._update()

    def _failed(self, exc: BaseException) -> None:
        from anjia_desk.excel.writer import Cancelled
        from anjia_desk.services.importing import ImportCancelled

        operation = self._operation
        if isinstance(exc, ImportCancelled | Cancelled):
            self._cancelled()
            return
        if isinstance(exc, ValidationError) and "mapping" in exc.fields:
            self.step = "preview"
            self.mapping_error.setText(exc.fields["mapping"])
            self.mapping_error.show()
        elif isinstance(exc, UserError):
            if operation == "preview":
                self._preview_failed(exc)
            else:
                what = "检查" if operation == "check" else "导入"
                self.message.show_error(f"{what}没有完成，数据库没有任何改动：{exc.message}")
        else:
            self.message.clear_message()
            self._after_job()
            report_bug(self.ctx, exc)
            return
        self._after_job()

    def _preview_failed(self, exc: UserError) -> None:
        loading = self._loading
        if loading is not None and loading != self.path:
            # Another file than the one shown: forget the old one, so nothing imports it by error.
            self.path = loading
            self.preview = None
            self.checked = self.checked_options = self.shown = None
            self.combos = []
            self.sample_model.set_sample([], [])
            self.sheet_box.clear()
            self.header_label.clear()
            self.remembered_label.hide()
            self.unknown_label.hide()
            self.mapping_error.hide()
            self.step = "file"
            self.file_label.setText(f"文件：{loading}")
        elif self.preview is not None:  # another sheet of the same file: back to the one shown
            self.sheet_box.blockSignals(True)
            self.sheet_box.setCurrentIndex(max(self.sheet_box.findData(self.preview.sheet), 0))
            self.sheet_box.blockSignals(False)
        self.message.show_error(f"无法读取这个文件：{exc.message}")

    def _cancelled(self) -> None:
        if self._operation == "preview":
            self.message.show_info("已取消读取文件。")
        else:
            what = "检查" if self._operation == "check" else "导入"
            self.message.show_info(f"已取消{what}，数据库没有任何改动。")
        self._after_job()

    # --- the report ---

    def save_report(self) -> None:
        report = self.shown.report if self.shown is not None else None
        if report is None or self.busy:
            return
        target = self.ctx.dialogs.save_file(
            self, "保存导入报告", last_folder() / report.name, REPORT_FILTERS
        )
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            shutil.copyfile(report, target)
        except OSError as exc:
            self.message.show_error(f"无法保存报告：{exc.strerror or exc}")
            return
        remember_folder(target)
        self.message.show_ok(f"报告已保存：{target}")

    def open_report(self) -> None:
        report = self.shown.report if self.shown is not None else None
        if report is None:
            return
        if open_in_system(report):
            self._keep_reports = True  # the program showing it may still need the file
        else:
            self.message.show_error(
                "无法打开报告：这台电脑上没有打开 .xlsx 文件的程序。可以先“保存报告…”。"
            )

    # --- closing ---

    def done(self, result: int) -> None:
        super().done(result)
        if self._report_dir is not None and not self._keep_reports:
            shutil.rmtree(self._report_dir, ignore_errors=True)
            self._report_dir = None
