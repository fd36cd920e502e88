"""申请变更…: the buyer's written request entered as it arrived (issue 17, DOMAIN §8) — the kind
(退定 before 签约, 退房 after, 换房, 更名, and 解约 for the site manager), the date AND time the
written request arrived, the reason type with its suggested handling shown as it is chosen,
free reason tags (the office's chips plus typed ones), who is at fault and on what ground (the
condition to write down as the field's placeholder), the real reason and a note; for 换房 the new
unit (the project's available units) with its payment method, special discount and live price;
for 更名 the mode, the new buyer's name and ID number, the relation and the old buyer's consent.

The checks are core.change_forms.validate_request (beside the fields); the service checks the
rest. Saving opens the new order's window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from anjia_desk.core.change_forms import RequestForm, validate_request
from anjia_desk.core.changes import (
    DEFAULT_RELATIONS,
    DEFAULT_TAGS,
    TERMINATE_GROUNDS,
    ChangeKind,
    Fault,
    Ground,
    ReasonType,
    RenameMode,
    kind_for_stage,
)
from anjia_desk.core.deals import PaymentMethod, UnitStatus
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.ui import ops
from anjia_desk.ui.changes.dialogs import text_edit
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.dunning.dialogs import date_edit, day_of
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.forms import FormDialog, MoneyEdit, Saved, line_edit, yuan

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor
    from anjia_desk.services.deal_views import PriceQuote


@dataclass(frozen=True)
class DealRef:
    """The deal a request is filed on, as the deal window knows it."""

    id: int
    project_id: int
    unit_id: int
    label: str  # 1幢1单元101 张伟
    signed: bool
    payment_method: PaymentMethod


@dataclass(frozen=True)
class RequestStart:
    """What the dialog reads when it opens: the office's chips and relations, the project's
    available units (id, label, list price) and the office zone."""

    tags: tuple[str, ...]
    relations: tuple[str, ...]
    units: list[tuple[int, str]]
    zone: ZoneInfo


def _setting_list(session: Session, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    from anjia_desk.core.settings import SPECS
    from anjia_desk.services.settings import get_setting

    if key not in SPECS:  # the setting comes with its own change (issue 17's settings)
        return default
    value = get_setting(session, key)
    return tuple(str(item) for item in value) if isinstance(value, tuple) else default


def read_start(session: Session, actor: Actor, deal: DealRef) -> RequestStart:
    from anjia_desk.services.projects import list_buildings
    from anjia_desk.services.settings import office_zone
    from anjia_desk.services.units import board

    units: list[tuple[int, str]] = []
    if actor.can(Action.VIEW_UNITS):
        for building in list_buildings(session, actor, deal.project_id):
            cells = board(session, actor, building.id).cells
            for (_floor, _stair, _suffix), cell in sorted(cells.items(), reverse=True):
                if cell.status is UnitStatus.AVAILABLE and cell.unit_id != deal.unit_id:
                    label = f"{building.name} {cell.stairwell}{cell.room}".strip()
                    units.append(
                        (
                            cell.unit_id,
                            f"{label}  {cell.layout}  {cell.area}㎡  {yuan(cell.list_price)}",
                        )
                    )
    return RequestStart(
        _setting_list(session, "changes.reason_tags", DEFAULT_TAGS),
        _setting_list(session, "changes.rename_relations", DEFAULT_RELATIONS),
        units,
        office_zone(session),
    )


class TagChips(QWidget):
    """The office's reason tags as chips to tick, and a field for others (、 between them)."""

    def __init__(self, tags: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.chips: dict[str, QCheckBox] = {}
        for tag in tags:
            chip = QCheckBox(tag)
            self.chips[tag] = chip
            row.addWidget(chip)
        self.others = line_edit(60, "其他标签，用、分隔")
        row.addWidget(self.others, 1)

    def tags(self) -> tuple[str, ...]:
        chosen = [tag for tag, chip in self.chips.items() if chip.isChecked()]
        for part in self.others.text().replace("，", "、").replace(",", "、").split("、"):
            if part.strip() and part.strip() not in chosen:
                chosen.append(part.strip())
        return tuple(chosen)


class RequestDialog(FormDialog):
    """申请变更. `kind`, `requested_at`, `reason_type` (+ `handling_label`), `tag_chips`,
    `fault`, `ground` (+ `ground_note`, its placeholder the condition), `real_reason`, `note`;
    换房: `new_unit`, `new_method`, `new_special`, `quote_label`; 更名: `rename_mode`,
    `new_name`, `new_id`, `relation`, `consent_on`. `order_id` once saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, deal: DealRef) -> None:
        super().__init__(ctx, parent, f"申请变更 — {deal.label}", "登记申请")
        self.setMinimumWidth(700)
        self.deal = deal
        self.order_id: int | None = None
        now = ctx.clock()
        self.start = ops.read_now(ctx, lambda session, actor: read_start(session, actor, deal))
        local = now.astimezone(self.start.zone)
        self.today: date = local.date()

        self.kind = QComboBox()
        self.kind.addItem(kind_for_stage(deal.signed).label, kind_for_stage(deal.signed).value)
        self.kind.addItem(ChangeKind.SWAP.label, ChangeKind.SWAP.value)
        self.kind.addItem(ChangeKind.RENAME.label, ChangeKind.RENAME.value)
        if deal.signed and ctx.actor.can(Action.REVIEW_CHANGES):
            self.kind.addItem("解约（开发商解除合同）", ChangeKind.TERMINATE.value)
        self.requested_at = QDateTimeEdit()
        self.requested_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.requested_at.setCalendarPopup(True)
        self.requested_at.setDateTime(
            QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
        )
        self.requested_at.setMaximumWidth(180)
        self.add("变更类型：", self.kind, "kind")
        self.add(
            "收到书面申请：", self.requested_at, "requested_at", "买受人书面申请送达的日期和时间"
        )

        # refunds
        self.reason_type = QComboBox()
        self.reason_type.addItem("请选择", None)
        for reason in ReasonType:
            self.reason_type.addItem(reason.label, reason.value)
        self.handling_label = hint_label("")
        self.tag_chips = TagChips(self.start.tags)
        self.fault = QComboBox()
        for fault in Fault:
            self.fault.addItem(fault.label, fault.value)
        self.ground = QComboBox()
        self.ground_note = line_edit(300)
        self.real_reason = text_edit("客户说的真实原因（仅用于内部简报）", 56)
        self.note = text_edit("", 48)
        self.refund_rows: list[QWidget] = [
            self.add("原因类型：", self.reason_type, "reason_type"),
            self.add("建议处理：", self.handling_label, "handling"),
            self.add("原因标签：", self.tag_chips, "tags"),
            self.add("过错方：", self.fault, "fault"),
        ]
        self.ground_rows: list[QWidget] = [
            self.add("依据：", self.ground, "ground"),
            self.add("满足的条件：", self.ground_note, "ground_note"),
        ]
        self.real_reason_row = self.add("真实原因：", self.real_reason, "real_reason")

        # 换房
        self.new_unit = QComboBox()
        self.new_unit.addItem("请选择可售房源", None)
        for unit_id, label in self.start.units:
            self.new_unit.addItem(label, unit_id)
        self.new_method = QComboBox()
        for method in PaymentMethod:
            self.new_method.addItem(method.label, method.value)
        self.new_method.setCurrentIndex(self.new_method.findData(deal.payment_method.value))
        self.new_special = MoneyEdit(
            self.errors, "new_special_discount", allow_zero=True, required=False
        )
        self.quote_label = QLabel()
        self.quote_label.setWordWrap(True)
        self.quote_value: PriceQuote | None = None
        self.swap_rows: list[QWidget] = [
            self.add("新房源：", self.new_unit, "new_unit"),
            self.add("付款方式：", self.new_method, "new_payment_method"),
            self.add("特批优惠：", self.new_special, "new_special_discount"),
            self.add("新价格：", self.quote_label, "price"),
        ]

        # 更名
        self.rename_mode = QComboBox()
        for mode in RenameMode:
            self.rename_mode.addItem(mode.label, mode.value)
        self.new_name = line_edit(40)
        self.new_id = line_edit(18, "18位身份证号")
        self.relation = QComboBox()
        self.relation.addItem("请选择", "")
        for relation in self.start.relations:
            self.relation.addItem(relation, relation)
        self.consent_on = date_edit(self.today, maximum=self.today)
        self.rename_rows: list[QWidget] = [
            self.add("方式：", self.rename_mode, "rename_mode"),
            self.add("买受人姓名：", self.new_name, "new_buyer_name"),
            self.add("身份证号：", self.new_id, "new_buyer_id_number"),
            self.add("与原买受人关系：", self.relation, "relation"),
            self.add("原买受人同意日期：", self.consent_on, "consent_on"),
        ]
        self.add("备注：", self.note, "note")
        self.foot.addWidget(
            hint_label(
                "不得承诺垫资、首付分期，不对学区、升值作任何承诺。客户的风险标记"
                "仅供洽谈参考，不影响退款金额。"
            )
        )

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.reason_type.currentIndexChanged.connect(self._reason_changed)
        self.ground.currentIndexChanged.connect(self._ground_changed)
        self.new_unit.currentIndexChanged.connect(self.refresh_quote)
        self.new_method.currentIndexChanged.connect(self.refresh_quote)
        self.new_special.textEdited.connect(self.refresh_quote)
        self._kind_changed()

    # --- what shows for which kind

    def kind_value(self) -> ChangeKind:
        return ChangeKind(str(self.kind.currentData()))

    def set_kind(self, kind: ChangeKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _show_rows(self, rows: list[QWidget], shown: bool) -> None:
        for row in rows:
            self.form.setRowVisible(row, shown)

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind_value()
        refund = kind in (ChangeKind.UNSUBSCRIBE, ChangeKind.CANCEL)
        self._show_rows(self.refund_rows, refund)
        self._show_rows(self.ground_rows, refund or kind is ChangeKind.TERMINATE)
        self._show_rows([self.real_reason_row], kind is not ChangeKind.TERMINATE)
        self._show_rows(self.swap_rows, kind is ChangeKind.SWAP)
        self._show_rows(self.rename_rows, kind is ChangeKind.RENAME)
        self.ground.blockSignals(True)
        self.ground.clear()
        if kind is ChangeKind.TERMINATE:
            grounds = [g for g in Ground if g in TERMINATE_GROUNDS]
        else:
            self.ground.addItem("无（按过错方处理）", None)
            grounds = [g for g in Ground if g not in TERMINATE_GROUNDS]
        for ground in grounds:
            marked = "（法定）" if ground.statutory else ""
            self.ground.addItem(f"{ground.label}{marked}", ground.value)
        self.ground.blockSignals(False)
        self._ground_changed()
        self._reason_changed()
        if kind is ChangeKind.SWAP:
            self.refresh_quote()
        self.adjustSize()

    def _reason_changed(self, *_args: object) -> None:
        data = self.reason_type.currentData()
        self.handling_label.setText(ReasonType(str(data)).handling if data else "")

    def ground_value(self) -> Ground | None:
        data = self.ground.currentData()
        return Ground(str(data)) if data else None

    def _ground_changed(self, *_args: object) -> None:
        ground = self.ground_value()
        self.ground_note.setPlaceholderText(ground.condition if ground else "")
        self.ground_note.setToolTip(ground.condition if ground else "")
        if ground is not None and self.kind_value() is not ChangeKind.TERMINATE:
            self.fault.setCurrentIndex(self.fault.findData(ground.fault.value))
            if ground.statutory:
                self.reason_type.setCurrentIndex(
                    self.reason_type.findData(ReasonType.STATUTORY.value)
                )

    def refresh_quote(self, *_args: object) -> None:
        from anjia_desk.services.deals import quote

        unit_id = self.new_unit.currentData()
        if unit_id is None:
            self.quote_label.setText("选择新房源后显示新价格")
            return
        special = Decimal(0) if self.new_special.problem() else self.new_special.value()
        method = PaymentMethod(str(self.new_method.currentData()))

        def price(session: Session, actor: Actor) -> PriceQuote:
            return quote(
                session,
                actor,
                unit_id=int(unit_id),
                payment_method=method,
                special_discount=special,
            )

        try:
            q = ops.read_now(self.ctx, price)
        except UserError as exc:
            self.quote_label.setText(exc.message)
            return
        self.quote_value = q
        problems = "；".join(q.problems.values())
        self.quote_label.setText(
            f"表价 {yuan(q.list_price)}，付款方式优惠 {yuan(q.standard_discount)}，特批 "
            f"{yuan(q.special_discount)}；新成交价 {yuan(q.price)}（备案价 {yuan(q.filed_price)}）"
            + (f"\n{problems}" if problems else "")
        )

    # --- saving

    def requested_value(self) -> datetime:
        value = self.requested_at.dateTime()
        day, time = value.date(), value.time()
        return datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=self.start.zone
        )

    def values(self) -> RequestForm:
        kind = self.kind_value()
        base: dict[str, Any] = {"kind": kind, "requested_at": self.requested_value()}
        base["note"] = self.note.toPlainText().strip()
        if kind is not ChangeKind.TERMINATE:
            base["real_reason"] = self.real_reason.toPlainText().strip()
        if kind in (ChangeKind.UNSUBSCRIBE, ChangeKind.CANCEL, ChangeKind.TERMINATE):
            base["ground"] = self.ground_value()
            base["ground_note"] = self.ground_note.text().strip()
        if kind in (ChangeKind.UNSUBSCRIBE, ChangeKind.CANCEL):
            data = self.reason_type.currentData()
            base["reason_type"] = ReasonType(str(data)) if data else None
            base["tags"] = self.tag_chips.tags()
            base["fault"] = Fault(str(self.fault.currentData()))
        elif kind is ChangeKind.TERMINATE:
            base["fault"] = Fault.BUYER
        elif kind is ChangeKind.SWAP:
            unit_id = self.new_unit.currentData()
            base["new_unit_id"] = int(unit_id) if unit_id is not None else None
            base["new_payment_method"] = PaymentMethod(str(self.new_method.currentData()))
            base["new_special_discount"] = self.new_special.value()
        elif kind is ChangeKind.RENAME:
            base["rename_mode"] = RenameMode(str(self.rename_mode.currentData()))
            base["new_buyer_name"] = self.new_name.text().strip()
            base["new_buyer_id_number"] = self.new_id.text().strip()
            base["relation"] = str(self.relation.currentData() or "")
            base["consent_on"] = day_of(self.consent_on)
        return RequestForm(**base)

    def keep(self, made: object) -> None:
        self.order_id = made if isinstance(made, int) else None

    def open_made(self, _text: str = "") -> None:
        """Once saved: the new order's window."""
        if self.order_id is not None:
            from anjia_desk.ui.changes.window import open_change

            open_change(self.ctx, self.order_id, self.parentWidget())

    def save(self) -> ops.Work[Saved]:
        from anjia_desk.services.change_orders import file_change

        form = self.values()
        now = self.ctx.clock()
        errors = validate_request(form, now=now, today=self.today, relations=self.start.relations)
        if errors:
            raise ValidationError(errors)
        deal_id, kind = self.deal.id, form.kind

        def work(session: Session, actor: Actor) -> Saved:
            order_id = file_change(session, actor, deal_id, form, now=now)
            return Saved(f"已登记{kind.label}申请。", order_id)

        return work


def open_request(
    ctx: AppContext, parent: QWidget | None, deal: DealRef, *, open_order: bool = True
) -> RequestDialog:
    """Open 申请变更 (non-blocking); once saved the new order's window opens."""
    dialog = RequestDialog(ctx, parent, deal)
    if open_order:
        dialog.saved.connect(dialog.open_made)
    dialog.open()
    return dialog
