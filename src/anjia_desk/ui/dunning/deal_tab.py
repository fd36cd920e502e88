"""A deal window's 催款 tab (issue 16): the deal's pause (暂停催款, shown prominently, set and
lifted by the site manager), its letters (code, stage, date, delivery, signed-for date, void,
reprints) with 登记送达, 重印 and 作废, a formal demand's three dates with 登记买受人书面催告 and
继续履行, and the calls — the script for today's call, the WeChat/SMS text to copy, 登记致电.

It reads services.dunning_deal.deal_dunning on the operation layer's reader when first shown
and again after a broadcast touching what it read; every write goes through ui/ops.py."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.dunning import DELIVERY_LABELS, Delivery, stage_label
from anjia_desk.core.errors import UserError
from anjia_desk.services.dunning_deal import deal_dunning
from anjia_desk.services.dunning_views import CallLine, DealDunning, DemandLine, LetterLine
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops, palette
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import INACTIVE_ROW, RIGHT, make_button, make_table
from anjia_desk.ui.dunning import papers
from anjia_desk.ui.dunning.dialogs import (
    BlockDialog,
    BuyerRequestDialog,
    CallDialog,
    DeliveryDialog,
    LetterRef,
    VoidLetterDialog,
    continue_dialog,
    lift_block_dialog,
)
from anjia_desk.ui.fields import MessageBar
from anjia_desk.ui.formatting import default_zone, format_day
from anjia_desk.ui.forms import FormDialog, money_text
from anjia_desk.ui.printing import PdfPrinter
from anjia_desk.ui.tables import Column, ColumnTableModel, selected_row

if TYPE_CHECKING:
    pass

_DELIVERIES = {label: kind for kind, label in DELIVERY_LABELS.items()}
_BLOCKED = (
    f"QLabel{{background:{palette.ERROR_TINT};color:{palette.ERROR};border:1px solid #f5b7b1;"
    "border-radius:4px;padding:6px 10px;font-weight:bold;}"
)
_PROMISED = (
    f"QLabel{{background:{palette.WARNING_TINT};color:{palette.WARNING};"
    "border:1px solid #ffe082;border-radius:4px;padding:6px 10px;}"
)
_CLEAR = f"QLabel{{color:{palette.HINT};padding:6px 0;}}"


def letter_state(line: LetterLine) -> str:
    if line.voided:
        return f"已作废（{line.void_reason}）" if line.void_reason else "已作废"
    return ""


class LettersModel(ColumnTableModel[LetterLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("code", "编号", lambda r: r.code),
                Column("stage", "阶段", lambda r: r.stage_label, sort_key=lambda r: r.stage),
                Column("on", "函件日期", lambda r: format_day(r.letter_on)),
                Column("outstanding", "未付", lambda r: money_text(r.outstanding), align=RIGHT),
                Column("penalty", "违约金", lambda r: money_text(r.penalty), align=RIGHT),
                Column("delivery", "送达", lambda r: r.delivery),
                Column("tracking", "单号", lambda r: r.tracking_no),
                Column("signed", "签收日期", lambda r: format_day(r.signed_on)),
                Column("reprints", "重印", lambda r: str(r.reprints) if r.reprints else ""),
                Column("by", "出具人", lambda r: r.issued_by),
                Column("state", "状态", letter_state),
            ],
            parent,
        )

    def row_foreground(self, row: LetterLine) -> QColor | None:
        return INACTIVE_ROW if row.voided else None


class CallsModel(ColumnTableModel[CallLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("at", "时间", lambda r: r.called_at),
                Column("stage", "阶段", lambda r: stage_label(r.stage)),
                Column("by", "致电人", lambda r: r.by),
                Column("outcome", "结果", lambda r: r.outcome),
                Column("promised", "承诺日期", lambda r: format_day(r.promised_on)),
                Column("note", "备注", lambda r: r.note),
            ],
            parent,
        )


def demand_text(line: DemandLine) -> str:
    """A formal demand's three dates, as reminders."""
    dates = line.dates
    asked = f"；买受人 {format_day(line.buyer_asked_on)} 书面催告" if line.buyer_asked_on else ""
    state = "" if line.open else "（已结束）"
    if line.continued:
        state = f"（继续履行：{line.continued}）"
    return (
        f"{line.code} 付款催告函{state}：{format_day(line.delivered_on)} 送达{asked}。"
        f"买受人付款期限届满 {format_day(dates.period_ends)}；"
        f"合同解除权产生 {format_day(dates.right_arises)}；"
        f"最晚决定日 {format_day(dates.decide_by)}。"
    )


def _text_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setMinimumHeight(60)
    return box


class DealDunningTab(QWidget):
    """催款: `block_label`, `block_button`, `lift_button`; `letters_model` in `letters_table` with
    `delivery_button`, `reprint_button`, `void_button`; `demand_box` (`demand_label`,
    `request_button`, `continue_button`); `calls_model` in `calls_table`, `script_text`,
    `sms_text`, `copy_button`, `call_button`; `message`; `data`, the last read."""

    def __init__(self, ctx: AppContext, deal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id = deal_id
        self.data: DealDunning | None = None
        self.sources: frozenset[Topic] = frozenset()
        self.stale = True
        self.sub_dialog: FormDialog | None = None
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.block_label = QLabel()
        self.block_label.setWordWrap(True)
        self.promised_label = QLabel()
        self.promised_label.setWordWrap(True)
        self.promised_label.setStyleSheet(_PROMISED)
        self.promised_label.hide()
        self.block_button = make_button("暂停催款…", self.ask_block)
        self.lift_button = make_button("解除暂停…", self.ask_lift)
        top.addWidget(self.block_label, 1)
        top.addWidget(self.block_button)
        top.addWidget(self.lift_button)
        layout.addLayout(top)
        layout.addWidget(self.promised_label)

        self.letters_model = LettersModel(self)
        self.letters_table = make_table(self.letters_model)
        self.letters_table.setMinimumHeight(140)  # the header and four letters at least
        layout.addWidget(QLabel("催款函"))
        layout.addWidget(self.letters_table, 2)
        letter_buttons = QHBoxLayout()
        self.delivery_button = make_button("登记送达/签收…", self.ask_delivery)
        self.reprint_button = make_button("重印…", self.reprint)
        self.void_button = make_button("作废…", self.ask_void)
        for button in (self.delivery_button, self.reprint_button, self.void_button):
            letter_buttons.addWidget(button)
        self.address_label = QLabel()
        self.address_label.setProperty("role", "hint")
        letter_buttons.addWidget(self.address_label)
        letter_buttons.addStretch(1)
        layout.addLayout(letter_buttons)

        self.demand_box = QGroupBox("付款催告函的三个日期（仅作提醒，不构成法律意见）")
        demand_layout = QVBoxLayout(self.demand_box)
        self.demand_label = QLabel()
        self.demand_label.setWordWrap(True)
        self.demand_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        demand_layout.addWidget(self.demand_label)
        demand_buttons = QHBoxLayout()
        self.request_button = make_button("登记买受人书面催告…", self.ask_request)
        self.continue_button = make_button("继续履行…", self.ask_continue)
        demand_buttons.addWidget(self.request_button)
        demand_buttons.addWidget(self.continue_button)
        demand_buttons.addStretch(1)
        demand_layout.addLayout(demand_buttons)
        self.demand_box.hide()
        layout.addWidget(self.demand_box)

        calls = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel("致电记录"))
        self.calls_model = CallsModel(self)
        self.calls_table = make_table(self.calls_model)
        left.addWidget(self.calls_table, 1)
        calls.addLayout(left, 3)
        right = QVBoxLayout()
        self.call_stage_label = QLabel()
        self.call_stage_label.setWordWrap(True)
        self.script_text = _text_box()
        self.sms_text = _text_box()
        right.addWidget(self.call_stage_label)
        right.addWidget(QLabel("通话话术："))
        right.addWidget(self.script_text, 3)
        right.addWidget(QLabel("微信/短信（复制后自行发送）："))
        right.addWidget(self.sms_text, 2)
        call_buttons = QHBoxLayout()
        self.copy_button = make_button("复制", self.copy_message)
        self.call_button = make_button("登记致电…", self.ask_call)
        call_buttons.addWidget(self.copy_button)
        call_buttons.addWidget(self.call_button)
        call_buttons.addStretch(1)
        right.addLayout(call_buttons)
        calls.addLayout(right, 2)
        layout.addLayout(calls, 3)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        self.printer = PdfPrinter(ctx, self, self.message)
        ctx.changed.connect(self._on_changed)

    # --- loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        self.stale = False
        deal_id, now = self.deal_id, self.ctx.clock()
        ops.read(
            self.ctx,
            lambda session, actor: deal_dunning(session, actor, deal_id, now=now),
            parent=self,
            done=self._loaded,
            failed=self._failed,
        )

    def _failed(self, exc: UserError) -> None:
        self.message.show_error(exc.message)

    def _loaded(self, result: ops.Read) -> None:
        self.sources = result.topics
        self.show_data(result.value)

    def _on_changed(self, changes: ops.Changed) -> None:
        if not shiboken6.isValid(self):  # pragma: no cover - the window went meanwhile
            return
        mine = changes.initiator is self or changes.initiator is self.printer
        if not (mine or changes.touches(self.sources)):
            return
        if mine or self.isVisible():
            self.reload()
        else:
            self.stale = True

    def show_data(self, data: DealDunning) -> None:
        self.data = data
        self._show_block(data)
        self.letters_model.set_rows(data.letters)
        for button in (self.delivery_button, self.reprint_button, self.void_button):
            button.setVisible(data.may_issue)
        self.address_label.setText(
            "" if data.has_address else "未登记通讯地址：催款函只能当面送达。"
        )
        self._show_demands(data)
        self.calls_model.set_rows(data.calls)
        if data.call_stage is None:
            self.call_stage_label.setText("今天没有需要致电的事项。")
        else:
            self.call_stage_label.setText(f"今天致电：{stage_label(data.call_stage)}")
        self.script_text.setPlainText(data.call_script)
        self.sms_text.setPlainText(data.message_text)
        self.copy_button.setEnabled(bool(data.message_text))
        self.call_button.setVisible(data.may_call)

    def _show_block(self, data: DealDunning) -> None:
        block = data.blocked
        if block is not None:
            self.block_label.setText(
                f"暂停催款中：{block.reason}（{format_day(block.starts_on)} 至 "
                f"{format_day(block.ends_on)}，{block.set_by}设置）。违约金照常计算。"
            )
            self.block_label.setStyleSheet(_BLOCKED)
        else:
            lifted = next((b for b in data.blocks if b.lifted_on is not None), None)
            extra = (
                f"上次暂停已于 {format_day(lifted.lifted_on)} 解除：{lifted.lift_reason}"
                if lifted is not None
                else ""
            )
            self.block_label.setText(f"未暂停催款。{extra}")
            self.block_label.setStyleSheet(_CLEAR)
        self.block_button.setVisible(data.may_block and block is None)
        self.lift_button.setVisible(data.may_block and block is not None)
        if data.promised_on is not None:
            self.promised_label.setText(
                f"客户承诺 {format_day(data.promised_on)} 前付款：此前不出具下一阶段的催款函。"
            )
        self.promised_label.setVisible(data.promised_on is not None)

    def _show_demands(self, data: DealDunning) -> None:
        self.demand_box.setVisible(bool(data.demands))
        self.demand_label.setText("\n".join(demand_text(line) for line in data.demands))
        open_one = self._open_demand() is not None
        self.request_button.setVisible(data.may_block and open_one)
        self.continue_button.setVisible(data.may_block and open_one)

    # --- the letter chosen

    def _ref(self, line: LetterLine) -> LetterRef:
        return LetterRef(
            line.letter_id,
            line.code,
            line.stage,
            line.letter_on,
            _DELIVERIES.get(line.delivery, Delivery.NONE),
            line.tracking_no,
            line.signed_on,
            line.version,
        )

    def selected_letter(self) -> LetterLine | None:
        """The letter selected, or the only live one; None (and a hint) otherwise."""
        row = selected_row(self.letters_table)
        if row is not None:
            return self.letters_model.row_at(row)
        live = [line for line in self.letters_model.rows if not line.voided]
        if len(live) == 1:
            return live[0]
        self.message.show_info("请先在催款函列表中选中一封。")
        return None

    def _today(self) -> date:
        if self.data is not None:
            return self.data.today
        return self.ctx.clock().astimezone(default_zone()).date()

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

    # --- letters

    def ask_delivery(self) -> FormDialog | None:
        line = self.selected_letter()
        if line is None:
            return None
        if line.voided:
            self.message.show_info("这封催款函已作废。")
            return None
        return self._open(DeliveryDialog(self.ctx, self, self._ref(line), self._today()))

    def ask_void(self) -> FormDialog | None:
        line = self.selected_letter()
        if line is None:
            return None
        if line.voided:
            self.message.show_info("这封催款函已作废。")
            return None
        return self._open(VoidLetterDialog(self.ctx, self, self._ref(line)))

    def reprint(self) -> None:
        line = self.selected_letter()
        if line is None:
            return
        if line.voided:
            self.message.show_info("已作废的催款函不能重印。")
            return
        if not self.ctx.dialogs.confirm(
            self, "重印催款函", f"重印 {line.code}？内容与原函相同，记为重印，不产生新函件。"
        ):
            return
        self.message.clear_message()
        self.printer.run(
            f"催款函-{line.code}-重印",
            papers.reprint([line.letter_id], self.ctx.clock()),
            "正在生成重印…",
        )

    # --- the pause

    def ask_block(self) -> FormDialog | None:
        return self._open(BlockDialog(self.ctx, self, self.deal_id, self._today()))

    def ask_lift(self) -> FormDialog | None:
        block = self.data.blocked if self.data is not None else None
        if block is None:
            return None
        return self._open(lift_block_dialog(self.ctx, self, block.block_id, block.version))

    # --- the formal demand

    def _open_demand(self) -> LetterRef | None:
        data = self.data
        if data is None:
            return None
        demand = next((line for line in data.demands if line.open), None)
        if demand is None:
            return None
        line = next((x for x in data.letters if x.letter_id == demand.letter_id), None)
        if line is not None:
            return self._ref(line)
        return LetterRef(demand.letter_id, demand.code, 6, demand.letter_on)

    def ask_request(self) -> FormDialog | None:
        letter = self._open_demand()
        if letter is None:
            return None
        return self._open(BuyerRequestDialog(self.ctx, self, letter, self._today()))

    def ask_continue(self) -> FormDialog | None:
        letter = self._open_demand()
        if letter is None:
            return None
        return self._open(continue_dialog(self.ctx, self, letter))

    # --- calls

    def ask_call(self) -> FormDialog | None:
        data = self.data
        if data is None:
            return None
        stage = data.call_stage
        if stage is None:
            live = [line.stage for line in data.letters if not line.voided]
            stage = max(live, default=0)
        return self._open(CallDialog(self.ctx, self, self.deal_id, stage, data.today))

    def copy_message(self) -> None:
        text = self.sms_text.toPlainText()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.message.show_ok("已复制短信内容，可粘贴到微信或短信中发送。")
