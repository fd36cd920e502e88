"""导入导出 › 导出 Excel: which sheets, which dates, phones masked (only a manager may turn that
off, giving a reason the audit log keeps); the workbook is written on the task runner with
progress and 取消 (EXCEL_FORMAT.md §Writing rules)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Action
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.fields import (
    FieldErrors,
    MessageBar,
    add_field,
    dialog_buttons,
    field_box,
    hint_label,
    show_user_error,
)
from anjia_desk.ui.formatting import office_zone, who_may
from anjia_desk.ui.importing import files
from anjia_desk.ui.importing.files import last_folder, remember_folder
from anjia_desk.ui.jobs import JobDialog, report_bug

if TYPE_CHECKING:
    from anjia_desk.services.exporting import ExportRequest, ExportResult

EXCEL_FILTERS = "Excel 工作簿 (*.xlsx)"
REASON_MAX = 200


def rows_text(result: ExportResult) -> str:
    """ "客户 1,234 行、跟进记录 56 行"."""
    return "、".join(f"{sheet} {count:,} 行" for sheet, count in result.rows.items())


def exported_text(result: ExportResult) -> str:
    masked = "手机号已脱敏" if result.masked else "手机号未脱敏"
    return f"已导出 {rows_text(result)}（{masked}）：{result.path}"


class ExportDialog(JobDialog):
    """The choices of one export; after it, the result and 打开文件夹 (the dialog stays open)."""

    #: The ExportResult of each finished export.
    exported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from anjia_desk.services.exporting import export_kinds

        self.ctx = ctx
        self.can_unmask = ctx.actor.can(Action.EXPORT_UNMASKED)
        self.export_result: ExportResult | None = None
        self.today = ctx.clock().astimezone(office_zone(ctx)).date()
        self.setWindowTitle("导出 Excel")
        self.setMinimumWidth(680)
        self.errors = FieldErrors()

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                "每类数据导出为一个工作表；客户与跟进记录的表头与导入格式一致，可以直接再导入；"
                "已匿名化的客户不导出。"
            )
        )
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        kinds = QWidget()
        kinds_row = QHBoxLayout(kinds)
        kinds_row.setContentsMargins(0, 0, 0, 0)
        self.kind_checks: dict[str, QCheckBox] = {}
        for key, label in export_kinds(ctx.actor):
            check = QCheckBox(label)
            check.setChecked(True)
            self.kind_checks[key] = check
            kinds_row.addWidget(check)
        kinds_row.addStretch(1)
        add_field(form, "工作表：", kinds, self.errors, "kinds")

        self.date_from, self.from_any = self._date_field()
        self.date_to, self.to_any = self._date_field()
        add_field(
            form, "从：", self._date_row(self.date_from, self.from_any), self.errors, "date_from"
        )
        add_field(
            form,
            "到：",
            self._date_row(self.date_to, self.to_any),
            self.errors,
            "date_to",
            "客户按登记日期、跟进记录按跟进日期、交易按认购日期、应收款按应付日期、"
            "退房按收到书面申请的日期筛选（都含当天）。",
        )

        self.mask_check = QCheckBox("手机号脱敏（如 138****5678）")
        self.mask_check.setChecked(True)
        self.mask_check.setEnabled(self.can_unmask)
        self.mask_check.toggled.connect(self._mask_toggled)
        mask_hint = (
            "对外发送的文件请保持脱敏；导出完整手机号须填写理由，理由记入审计日志。"
            if self.can_unmask
            else f"只有{who_may(Action.EXPORT_UNMASKED)}可以导出完整手机号。"
        )
        add_field(form, "隐私：", self.mask_check, self.errors, "mask_phones", mask_hint)

        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText("如：总部客服中心核对客户资料")
        self.reason_box = field_box(self.reason, self.errors, "reason")
        form.addRow("理由：", self.reason_box)
        self.reason_label = form.labelForField(self.reason_box)
        layout.addLayout(form)

        self.message = MessageBar(self)
        layout.addWidget(self.message)
        result_row = QHBoxLayout()
        result_row.addStretch(1)
        self.open_folder_button = QPushButton("打开文件夹")
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        result_row.addWidget(self.open_folder_button)
        layout.addLayout(result_row)
        layout.addStretch(1)
        buttons, self.close_button, self.export_button = dialog_buttons(self, "导出…", self.export)
        layout.addLayout(buttons)
        self._mask_toggled(True)
        self._update()

    def _date_field(self) -> tuple[QDateEdit, QCheckBox]:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        edit.setEnabled(False)
        edit.setMaximumWidth(140)
        unlimited = QCheckBox("不限")
        unlimited.setChecked(True)
        unlimited.toggled.connect(self._dates_toggled)
        return edit, unlimited

    @staticmethod
    def _date_row(edit: QDateEdit, unlimited: QCheckBox) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit)
        layout.addWidget(unlimited)
        layout.addStretch(1)
        return row

    # --- state ---

    def _dates_toggled(self, _on: bool) -> None:
        self._update()

    def _mask_toggled(self, masked: bool) -> None:
        self.reason_box.setVisible(not masked)
        if self.reason_label is not None:
            self.reason_label.setVisible(not masked)
        if not masked:
            self.reason.setFocus()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()

    def _update(self) -> None:
        busy = self.busy
        self.date_from.setEnabled(not busy and not self.from_any.isChecked())
        self.date_to.setEnabled(not busy and not self.to_any.isChecked())
        for widget in [*self.kind_checks.values(), self.from_any, self.to_any, self.reason]:
            widget.setEnabled(not busy)
        self.mask_check.setEnabled(not busy and self.can_unmask)
        self.export_button.setEnabled(not busy)
        self.open_folder_button.setVisible(self.export_result is not None)
        self.close_button.setText("关闭" if self.export_result is not None else "取消")

    def request(self) -> ExportRequest:
        from anjia_desk.services.exporting import ExportRequest

        return ExportRequest(
            kinds=tuple(key for key, check in self.kind_checks.items() if check.isChecked()),
            date_from=None if self.from_any.isChecked() else _day(self.date_from),
            date_to=None if self.to_any.isChecked() else _day(self.date_to),
            mask_phones=self.mask_check.isChecked(),
            reason=self.reason.text().strip() if not self.mask_check.isChecked() else "",
        )

    def _problems(self, request: ExportRequest) -> dict[str, str]:
        """What the service would refuse, asked before the file is chosen (the service checks
        again, and its messages are the same)."""
        problems: dict[str, str] = {}
        if not request.kinds:
            problems["kinds"] = "请至少选择一个工作表"
        if request.date_from and request.date_to and request.date_from > request.date_to:
            problems["date_to"] = "结束日期不能早于开始日期"
        if not request.mask_phones and not request.reason:
            problems["reason"] = "请填写不脱敏导出的理由"
        return problems

    # --- exporting ---

    def export(self) -> None:
        """导出…: check the choices, ask where to save, write on the task runner."""
        from anjia_desk.services.exporting import export_workbook

        if self.busy:
            return
        self.errors.clear()
        self.message.clear_message()
        request = self.request()
        problems = self._problems(request)
        if problems:
            self.errors.show(problems)
            return
        suggested = last_folder() / f"安家导出-{self.today:%Y%m%d}.xlsx"
        out = self.ctx.dialogs.save_file(self, "导出 Excel", suggested, EXCEL_FILTERS)
        if out is None:
            return
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        remember_folder(out)
        now = self.ctx.clock()

        def work(session: Any, actor: Any, progress: Any, cancelled: Any) -> Any:
            # One unit of work on the writer (the user re-read first); the audit entry is
            # committed with it, and a cancel rolls both back.
            return export_workbook(
                session, actor, request, out, progress=progress, cancelled=cancelled, now=now
            )

        self.message.show_info(f"正在导出到 {out}…")
        self.job.start(
            self.ctx,
            work,
            on_done=self._done,
            on_error=self._failed,
            on_cancelled=self._cancelled,
            label="正在导出 Excel…",
        )
        self._update()

    def _done(self, result: ExportResult) -> None:
        self.export_result = result
        self.message.show_ok(exported_text(result))
        self.exported.emit(result)
        self._after_job()

    def _failed(self, exc: BaseException) -> None:
        from anjia_desk.excel.writer import Cancelled

        if isinstance(exc, Cancelled):
            self._cancelled()
            return
        if isinstance(exc, UserError):
            show_user_error(exc, self.message, self.errors, prefix="没有导出：")
            self._after_job()
            return
        self.message.clear_message()
        self._after_job()
        report_bug(self.ctx, exc)

    def _cancelled(self) -> None:
        self.message.show_info("已取消导出，没有生成文件。")
        self._after_job()

    def open_folder(self) -> None:
        if self.export_result is None:
            return
        if not files.open_in_system(self.export_result.path.parent):
            self.message.show_error(f"无法打开文件夹：{self.export_result.path.parent}")


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
