"""催款: the section of the main window where the letters of a day are issued and followed up
(issue 16, DOMAIN §7). A day (default today), filters by stage and consultant, the deals due for
a letter that day (services.dunning.due_board), several selectable at once:

- 预览并打印…: the selected deals' letters are issued (numbered, logged once per deal per day)
  and shown in the print preview; afterwards the rows show their codes. A day after today is a
  preview: the banner says so and nothing is issued or logged. A day before today issues
  letters dated that day, after a question.
- 补登送达…, 作废… (with a reason, confirmed), 重印… (logged as a reprint), 打印信封… and
  交寄清单… for the letters issued.

Shown to those who may issue letters or see the receivables; the buttons only to the first.
Reads on the reader, writes through ui/ops.py; refreshes on a broadcast about dunning, deals or
receipts (what the board read)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from anjia_desk.core.dunning import Delivery
from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.dunning import due_board
from anjia_desk.services.dunning_views import DueRow, DunningBoard
from anjia_desk.ui import palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button
from anjia_desk.ui.deals.window import open_deal
from anjia_desk.ui.dunning import papers
from anjia_desk.ui.dunning.board import (
    STAGE_CHOICES,
    BoardModel,
    board_table,
    selected_rows,
    widen_to_fit,
)
from anjia_desk.ui.dunning.dialogs import (
    DeliveryDialog,
    LetterRef,
    VoidLetterDialog,
    date_edit,
    day_of,
    qdate,
)
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.formatting import default_zone, format_day
from anjia_desk.ui.forms import FormDialog, yuan
from anjia_desk.ui.printing import PdfPrinter
from anjia_desk.ui.widgets import LazyPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def may_see_dunning(actor: Actor) -> bool:
    """Whether the 催款 section belongs in this person's navigation."""
    return actor.can(Action.DUNNING) or actor.can(Action.VIEW_RECEIVABLES)


_BANNER = (
    f"QLabel{{background:{palette.WARNING_TINT};color:{palette.WARNING};"
    "border:1px solid #ffe082;border-radius:4px;padding:6px 10px;font-weight:bold;}"
)


class DunningSection(LazyPage):
    """催款. `day_edit`, `stage_box`, `consultant_box`; `preview_banner`; `board_model` in
    `board_table` (several rows selectable; Enter or a double-click opens the deal on its
    催款 tab);
    `count_label`; the buttons `print_button`, `delivery_button`, `envelopes_button`,
    `mailing_button`, `reprint_button`, `void_button`; `board`, the last read."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.board: DunningBoard | None = None
        #: The day chosen by hand; None: today (as the office's clock has it).
        self.chosen_day: date | None = None
        self.sub_dialog: FormDialog | None = None
        self.consultants: dict[int, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        header = QHBoxLayout()
        title = QLabel("催款")
        title.setStyleSheet("font-size:16px;font-weight:bold;")
        header.addWidget(title)
        header.addStretch(1)
        self.refresh_button = make_button("刷新", self.reload)
        header.addWidget(self.refresh_button)
        outer.addLayout(header)

        filters = QHBoxLayout()
        # The office's today replaces this once the board is read.
        self.day_edit = date_edit(ctx.clock().astimezone(default_zone()).date())
        self.stage_box = QComboBox()
        for text, stage in STAGE_CHOICES:
            self.stage_box.addItem(text, stage)
        self.consultant_box = QComboBox()
        self.consultant_box.setMinimumWidth(120)
        self.consultant_box.addItem("全部顾问", None)
        self.today_button = make_button("今天", self.show_today)
        for label, widget in (
            ("出具日期：", self.day_edit),
            ("", self.today_button),
            ("阶段：", self.stage_box),
            ("置业顾问：", self.consultant_box),
        ):
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        outer.addLayout(filters)

        self.preview_banner = QLabel()
        self.preview_banner.setWordWrap(True)
        self.preview_banner.setStyleSheet(_BANNER)
        self.preview_banner.hide()
        outer.addWidget(self.preview_banner)

        self.board_model = BoardModel(self)
        self.board_table = board_table(self.board_model)
        outer.addWidget(self.board_table, 1)
        self.count_label = QLabel()
        outer.addWidget(self.count_label)

        buttons = QHBoxLayout()
        self.print_button = make_button("预览并打印…", self.print_selected)
        self.delivery_button = make_button("补登送达…", self.ask_delivery)
        self.envelopes_button = make_button("打印信封…", self.print_envelopes)
        self.mailing_button = make_button("交寄清单…", self.print_mailing_list)
        self.reprint_button = make_button("重印…", self.reprint_selected)
        self.void_button = make_button("作废…", self.ask_void)
        self.action_buttons = (
            self.print_button,
            self.delivery_button,
            self.envelopes_button,
            self.mailing_button,
            self.reprint_button,
            self.void_button,
        )
        may_act = ctx.actor.can(Action.DUNNING)
        for button in self.action_buttons:
            buttons.addWidget(button)
            button.setVisible(may_act)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        self.printer = PdfPrinter(ctx, self, self.message)

        self.day_edit.dateChanged.connect(self._day_changed)
        self.stage_box.currentIndexChanged.connect(self._filter_changed)
        self.consultant_box.currentIndexChanged.connect(self._filter_changed)
        self.board_table.activated.connect(self._open_deal_index)
        selection = self.board_table.selectionModel()
        selection.selectionChanged.connect(self._update_count)

    # --- loading

    def reload(self) -> None:
        day = self.chosen_day
        stage = self.stage_box.currentData()
        consultant = self.consultant_box.currentData()
        now = self.ctx.clock()

        def work(session: Session, actor: Actor) -> DunningBoard:
            return due_board(
                session, actor, day=day, stage=stage, consultant_id=consultant, now=now
            )

        self.load(work, self._show, message=self.message)

    def _show(self, board: DunningBoard) -> None:
        self.board = board
        chosen = {row.deal_id for row in self._selected()}
        self.day_edit.blockSignals(True)
        self.day_edit.setDate(qdate(board.day))
        self.day_edit.blockSignals(False)
        self._fill_consultants(board.consultants)
        self.board_model.set_rows(board.rows)
        widen_to_fit(self.board_table, self.board_model)
        self._reselect(chosen)
        if board.preview:
            self.preview_banner.setText(
                f"预览：{format_day(board.day)} 是以后的日期，这里只显示届时应出具的函件。"
                "“预览并打印”只生成预览，不编号、不登记任何函件。"
            )
        elif board.day < board.today:
            self.preview_banner.setText(
                f"补出：出具日期 {format_day(board.day)} 早于今天，打印的函件以该日期编号登记。"
            )
        self.preview_banner.setVisible(board.day != board.today)
        self.print_button.setText("预览…" if board.preview else "预览并打印…")
        for button in self.action_buttons[1:]:
            button.setEnabled(not board.preview)
        self._update_count()

    def _fill_consultants(self, consultants: list[tuple[int, str]]) -> None:
        """The consultants seen so far (a filtered board only lists its own)."""
        self.consultants.update(dict(consultants))
        current = self.consultant_box.currentData()
        self.consultant_box.blockSignals(True)
        self.consultant_box.clear()
        self.consultant_box.addItem("全部顾问", None)
        for cid, name in sorted(self.consultants.items(), key=lambda pair: pair[1]):
            self.consultant_box.addItem(name, cid)
        index = self.consultant_box.findData(current) if current is not None else 0
        self.consultant_box.setCurrentIndex(max(index, 0))
        self.consultant_box.blockSignals(False)

    def _reselect(self, deal_ids: set[int]) -> None:
        """Keep the rows selected across a reload (after printing the rows show their codes)."""
        view = self.board_table
        for row, line in enumerate(self.board_model.rows):
            if line.deal_id in deal_ids:
                view.selectionModel().select(
                    self.board_model.index(row, 0),
                    view.selectionModel().SelectionFlag.Select
                    | view.selectionModel().SelectionFlag.Rows,
                )

    def _day_changed(self, *_args: object) -> None:
        self.chosen_day = day_of(self.day_edit)
        self.message.clear_message()
        self.reload()

    def _filter_changed(self, *_args: object) -> None:
        self.reload()

    def show_today(self) -> None:
        """Back to today (the office's)."""
        self.chosen_day = None
        self.reload()

    def _update_count(self, *_args: object) -> None:
        rows = self.board_model.rows
        chosen = self._selected()
        issued = sum(1 for row in rows if row.issued_id is not None)
        total = sum((row.outstanding for row in chosen), Decimal(0))
        text = f"共 {len(rows)} 户，其中当天已出具 {issued} 户"
        if chosen:
            text += f"；已选 {len(chosen)} 户，未付合计 {yuan(total)}"
        self.count_label.setText(text)

    def _open_deal_index(self, index: QModelIndex) -> None:
        if index.isValid():
            window = open_deal(self.ctx, self.board_model.row_at(index.row()).deal_id, self)
            window.tabs.setCurrentWidget(window.dunning_tab)  # opened from 催款: on its tab

    # --- selections

    def _selected(self) -> list[DueRow]:
        return [self.board_model.row_at(row) for row in selected_rows(self.board_table)]

    def selected_or_say(self) -> list[DueRow]:
        rows = self._selected()
        if not rows:
            self.message.show_info("请先在列表中选中一户或多户（按住 Ctrl 或 Shift 可多选）。")
        return rows

    def selected_letters(self) -> list[DueRow]:
        """The selected rows whose letter of the day is issued (envelopes, 交寄清单, 重印)."""
        rows = self.selected_or_say()
        issued = [row for row in rows if row.issued_id is not None]
        if rows and not issued:
            self.message.show_info("所选各户当天还没有出具催款函，请先“预览并打印”。")
        return issued

    # --- printing

    def print_selected(self) -> None:
        rows = self.selected_or_say()
        if not rows or self.board is None:
            return
        board, now = self.board, self.ctx.clock()
        self.message.clear_message()
        deal_ids = [row.deal_id for row in rows]
        name = f"催款函-{format_day(board.day)}"
        if board.preview:
            self.printer.run(
                f"{name}-预览", papers.preview(deal_ids, board.day, now), "正在生成预览…"
            )
        else:
            if board.day < board.today and not self.ctx.dialogs.confirm(
                self,
                "补出催款函",
                f"出具日期 {format_day(board.day)} 早于今天，所选 {len(rows)} 户的函件将以该日期"
                "编号登记。确定吗？",
            ):
                return
            self.printer.run(
                name, papers.issue_and_print(deal_ids, board.day, now), "正在出具催款函…"
            )

    def reprint_selected(self) -> None:
        rows = self.selected_letters()
        if not rows:
            return
        codes = "、".join(row.issued_code for row in rows)
        if not self.ctx.dialogs.confirm(
            self, "重印催款函", f"重印 {codes}？内容与原函相同，记为重印，不产生新函件。"
        ):
            return
        letter_ids = [row.issued_id for row in rows if row.issued_id is not None]
        self.printer.run(
            "催款函-重印", papers.reprint(letter_ids, self.ctx.clock()), "正在生成重印…"
        )

    def print_envelopes(self) -> None:
        rows = self.selected_letters()
        letter_ids = [row.issued_id for row in rows if row.issued_id is not None]
        if letter_ids:
            self.printer.run("催款信封", papers.envelopes(letter_ids), "正在生成信封…")

    def print_mailing_list(self) -> None:
        rows = self.selected_letters()
        letter_ids = [row.issued_id for row in rows if row.issued_id is not None]
        if letter_ids:
            self.printer.run(
                "交寄清单", papers.mailing_list(letter_ids, self.ctx.clock()), "正在生成交寄清单…"
            )

    # --- delivery and void

    def _one_letter(self, *, latest: bool) -> LetterRef | None:
        """The letter of the single selected row: that day's, else (with `latest`) its last."""
        rows = self.selected_or_say()
        if not rows or self.board is None:
            return None
        if len(rows) > 1:
            self.message.show_info("请只选中一户。")
            return None
        row = rows[0]
        if row.issued_id is not None:
            return LetterRef(row.issued_id, row.issued_code, row.stage, self.board.day)
        last = row.last
        if latest and last is not None:
            kind = next((d for d in Delivery if last.delivery.startswith(d.label)), Delivery.NONE)
            number = last.delivery.removeprefix(kind.label).strip()
            return LetterRef(
                last.letter_id, last.code, last.stage, last.letter_on, kind, number, last.signed_on
            )
        self.message.show_info("这一户还没有出具过催款函。")
        return None

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.message.clear_message()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.message.show_ok)
        dialog.destroyed.connect(self._forget_sub)
        self.sub_dialog = dialog
        dialog.open()
        return dialog

    def _forget_sub(self) -> None:
        self.sub_dialog = None

    def ask_delivery(self) -> FormDialog | None:
        letter = self._one_letter(latest=True)
        if letter is None or self.board is None:
            return None
        return self._open(DeliveryDialog(self.ctx, self, letter, self.board.today))

    def ask_void(self) -> FormDialog | None:
        letter = self._one_letter(latest=False)
        if letter is None:
            return None
        return self._open(VoidLetterDialog(self.ctx, self, letter))
