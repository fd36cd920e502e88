"""设置 › 报表模板 (issue 19, the administrator): the template each of head office's workbooks
(日报 / 周报 / 月报) is filled from — the shipped one or the administrator's — and, for the one
chosen, 替换… (a workbook holding every name the layout needs, else the missing ones are listed),
恢复内置模板 and 另存一份… (to edit in Excel and upload back). services.head_office does the
work, on the writer; the list is read on the reader."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from anjia_desk.core.head_office import WorkbookKind
from anjia_desk.services.context import Actor
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button, make_table
from anjia_desk.ui.fields import MessageBar, hint_label
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.tables import Column, ColumnTableModel, selected_row
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.head_office import TemplateInfo

EXCEL_FILTER = "Excel 工作簿 (*.xlsx)"


@dataclass(frozen=True)
class _Templates:
    rows: list[TemplateInfo]
    zone: ZoneInfo


class TemplatesModel(ColumnTableModel["TemplateInfo"]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone: ZoneInfo = default_zone()
        super().__init__(
            [
                Column("kind", "报表", lambda r: r.kind.label),
                Column("source", "使用的模板", lambda r: "自定义" if r.custom else "内置"),
                Column("file", "文件名", lambda r: r.filename),
                Column("by", "上传人", lambda r: r.uploaded_by),
                Column(
                    "at",
                    "上传时间",
                    lambda r: format_local(r.uploaded_at, self.zone) if r.uploaded_at else "",
                ),
            ],
            parent,
        )


class ReportTemplatesPage(LazyPage):
    """`table` over `model` (one row per workbook kind), `replace_button`, `reset_button`,
    `copy_button`, `message`; `loaded`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded = False
        outer = QVBoxLayout(self)
        title = QLabel("总部报表模板")
        title.setStyleSheet("font-size:15px;font-weight:bold;")
        outer.addWidget(title)
        outer.addWidget(
            hint_label(
                "日报、周报、月报按模板生成：程序只填写模板中已命名的单元格和表格，保留模板的格式。"
                "先“另存一份…”，在 Excel 中修改样式后再“替换…”；缺少的名称会逐一列出。"
            )
        )
        self.model = TemplatesModel(self)
        self.table = make_table(self.model)
        outer.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.replace_button = make_button("替换…", self.replace)
        self.reset_button = make_button("恢复内置模板", self.reset)
        self.copy_button = make_button("另存一份…", self.save_copy)
        for button in (self.replace_button, self.reset_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.message = MessageBar(self)
        outer.addWidget(self.message)

    def reload(self) -> None:
        from anjia_desk.services.head_office import template_status
        from anjia_desk.services.settings import office_zone

        def work(session: Session, actor: Actor) -> _Templates:
            return _Templates(template_status(session, actor), office_zone(session))

        self.load(work, self._show, message=self.message)

    def _show(self, listed: _Templates) -> None:
        row = selected_row(self.table)
        self.model.zone = listed.zone
        self.model.set_rows(listed.rows)
        self.table.selectRow(row if row is not None else 0)
        self.loaded = True

    def chosen(self) -> WorkbookKind | None:
        row = selected_row(self.table)
        return self.model.row_at(row).kind if row is not None else None

    def replace(self) -> None:
        from anjia_desk.services.head_office import upload_template

        kind = self.chosen()
        if kind is None:
            return
        path = self.ctx.dialogs.open_file(self, f"选择{kind.label}模板", Path.home(), EXCEL_FILTER)
        if path is None:
            return
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> None:
            upload_template(session, actor, kind, path, now=now)

        self._write(work, f"{kind.label}已改用模板 {path.name}")

    def reset(self) -> None:
        from anjia_desk.services.head_office import reset_template

        kind = self.chosen()
        if kind is None:
            return
        question = f"{kind.label}改回内置模板？当前的自定义模板将不再使用。"
        if not self.ctx.dialogs.confirm(self, "恢复内置模板", question):
            return

        def work(session: Session, actor: Actor) -> None:
            reset_template(session, actor, kind)

        self._write(work, f"{kind.label}已恢复内置模板")

    def save_copy(self) -> None:
        from anjia_desk.services.head_office import save_template_copy

        kind = self.chosen()
        if kind is None:
            return
        suggested = Path.home() / f"{kind.label}模板.xlsx"
        target = self.ctx.dialogs.save_file(self, f"另存{kind.label}模板", suggested, EXCEL_FILTER)
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        out = target

        def work(session: Session, actor: Actor) -> None:
            save_template_copy(session, actor, kind, out)

        self._write(work, f"已保存：{out}")

    def _write(self, work: ops.Work[None], done_text: str) -> None:
        def done(_result: None) -> None:
            self.message.show_ok(done_text)

        self.message.clear_message()
        ops.write(self.ctx, work, parent=self, done=done, message=self.message)
