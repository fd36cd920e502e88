"""导入导出 › 导入: the import wizard. Pick a file, check how each of its columns maps to a field
on a preview of the first rows (mapping_page), 检查 (a dry run that writes nothing) and then 导入 —
both on the task runner with progress and 取消 — and keep the report (result_page,
EXCEL_FORMAT.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.excel.writer import Cancelled as WriteCancelled
from anjia_desk.scratch import copy_into_place, discard, scratch_folder
from anjia_desk.services import importing
from anjia_desk.services.importing import (
    ImportCancelled,
    ImportOptions,
    ImportResult,
    Mode,
    Preview,
)
from anjia_desk.ui import palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.importing import files
from anjia_desk.ui.importing.files import FILE_FILTERS, REPORT_FILTERS, last_folder, remember_folder
from anjia_desk.ui.importing.mapping_page import MappingCombo, MappingPage
from anjia_desk.ui.importing.result_page import ResultPage
from anjia_desk.ui.jobs import JobDialog, report_bug
from anjia_desk.ui.style import fit_on_screen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor
    from anjia_desk.ui.ops import Cancelled, LongWork, Progress

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
        self.ctx = ctx
        self.kind = kind
        self.kind_label = dict(importing.import_kinds()).get(kind, kind)
        self.setWindowTitle(f"导入{self.kind_label}")
        self.setMinimumSize(860, 600)
        fit_on_screen(self, 1040, 700)
        self.step = "file"
        self.path: Path | None = None
        self.preview: Preview | None = None
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
        self.preview_page = MappingPage()
        self.preview_page.sheet_chosen.connect(self._sheet_chosen)
        self.preview_page.mapping_changed.connect(self._update)
        self.preview_page.options_changed.connect(self._update)
        self.result_page = ResultPage()
        self.stack.addWidget(self.preview_page)
        self.stack.addWidget(self.result_page)
        layout.addWidget(self.stack, 1)
        self.message = MessageBar(self)
        self.preview_page.notice.connect(self.message.show_info)
        layout.addWidget(self.message)
        # The steps' widgets by their names here too (the wizard's own tests drive them).
        page = self.preview_page
        self.sheet_box, self.header_label = page.sheet_box, page.header_label
        self.remembered_label, self.unknown_label = page.remembered_label, page.unknown_label
        self.sample_model, self.sample_table = page.sample_model, page.sample_table
        self.mapping_error, self.mode_buttons = page.mapping_error, page.mode_buttons
        self.mode_hint, self.strict_check = page.mode_hint, page.strict_check
        result = self.result_page
        self.result_title, self.result_note = result.result_title, result.result_note
        self.count_labels, self.problems_model = result.count_labels, result.problems_model

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

    # --- state ---

    @property
    def combos(self) -> list[MappingCombo]:
        return self.preview_page.combos

    def mode(self) -> Mode:
        return self.preview_page.mode()

    def mapping(self) -> dict[int, str]:
        """Column → field key as the combo boxes say now."""
        return self.preview_page.mapping()

    def mapping_problem(self) -> str:
        """Why the mapping cannot be checked yet ('' when it can)."""
        return self.preview_page.mapping_problem() if self.preview is not None else ""

    def _steps_text(self) -> str:
        order = [key for key, _ in STEPS]
        current = order.index(self.step)
        parts = []
        for i, (_key, title) in enumerate(STEPS):
            text = f"{'①②③④'[i]} {title}"
            if i == current:
                text = f"<b style='color:{palette.ACCENT}'>{text}</b>"
            elif i > current:
                text = f"<span style='color:{palette.HINT}'>{text}</span>"
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
        self.preview_page.set_busy(busy)
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

        def work(
            session: Session, actor: Actor, _progress: Progress, _cancelled: Cancelled
        ) -> Preview:
            return importing.preview_file(session, actor, kind=kind, path=path, sheet=sheet)

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
        self.preview_page.show_preview(preview)
        self._update()

    def _sheet_chosen(self, name: str) -> None:
        if self.preview is None or self.path is None:
            return
        self._load(self.path, name)

    # --- checking and importing ---

    def _report_path(self, what: str) -> Path:
        if self._report_dir is None:
            # In the data folder under a scratch name, never the system temp folder: a report
            # left behind (the wizard killed, or opened in another program) goes in the
            # leftover sweep at the next start.
            self._report_dir = scratch_folder("import-report")
        stem = self.path.stem if self.path is not None else "导入"
        return self._report_dir / f"{stem}-{what}.xlsx"

    def check(self) -> None:
        """检查: the whole file read and every row judged, nothing written."""
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

        def work(
            _session: Session, actor: Actor, progress: Progress, cancelled: Cancelled
        ) -> ImportResult:
            # The import opens its own sessions; the layer re-read the user first, so a
            # disabled account or a role taken away stops it here.
            return importing.run_import(
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
        strict = self._options is not None and self._options.strict
        self.result_page.show_result(
            result, dry_run=dry_run, strict=strict, kind_label=self.kind_label
        )

    def back(self) -> None:
        if self.busy or self.step != "check":
            return
        self.step = "preview"
        self.checked = self.checked_options = self.shown = None
        self.message.clear_message()
        self._update()

    def _failed(self, exc: BaseException) -> None:
        operation = self._operation
        if isinstance(exc, ImportCancelled | WriteCancelled):
            self._cancelled()
            return
        if isinstance(exc, ValidationError) and "mapping" in exc.fields:
            self.step = "preview"
            self.preview_page.show_mapping_problem(exc.fields["mapping"])
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
            self.preview_page.clear()
            self.step = "file"
            self.file_label.setText(f"文件：{loading}")
        elif self.preview is not None:  # another sheet of the same file: back to the one shown
            self.preview_page.restore_sheet()
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
            copy_into_place(report, target, "report")
        except OSError as exc:
            self.message.show_error(f"无法保存报告：{exc.strerror or exc}")
            return
        remember_folder(target)
        self.message.show_ok(f"报告已保存：{target}")

    def open_report(self) -> None:
        report = self.shown.report if self.shown is not None else None
        if report is None:
            return
        if files.open_in_system(report):
            self._keep_reports = True  # the program showing it may still need the file
        else:
            self.message.show_error(
                "无法打开报告：这台电脑上没有打开 .xlsx 文件的程序。可以先“保存报告…”。"
            )

    # --- closing ---

    def done(self, result: int) -> None:
        super().done(result)
        if self._report_dir is not None and not self._keep_reports:
            discard(self._report_dir)
            self._report_dir = None
