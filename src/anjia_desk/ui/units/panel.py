"""The 房源 page's unit panel: the selected unit's facts, its hold or deal, and its action
buttons, whose state comes from the unit's verdicts (UnitDetail.actions, core.units)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjia_desk.core.deals import HoldKind, UnitStatus
from anjia_desk.core.units import UnitAction, Verdict
from anjia_desk.services.unit_views import UnitDetail
from anjia_desk.ui.fields import hint_label
from anjia_desk.ui.formatting import default_zone, format_local
from anjia_desk.ui.units.board import area_text, price_wan

PANEL_FIELDS: list[tuple[str, str]] = [
    ("unit", "房源"),
    ("status", "状态"),
    ("layout", "户型"),
    ("area", "建筑面积"),
    ("inner_area", "套内面积"),
    ("list_price", "表价"),
    ("filed_price", "备案价"),
    ("hold", "占用"),
    ("deal", "交易"),
]


def _money(value: Decimal) -> str:
    return f"{value:,.2f} 元（{price_wan(value)}）"


class UnitPanel(QGroupBox):
    """The selected unit: its facts, its hold or deal, and the buttons the actor may use."""

    #: False: an action the user may not take has no button (a unit offers only what can be
    #: done to it now). True: one refused for the unit's state shows, disabled, with the
    #: why-not as its tooltip.
    show_refused = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("房源详情", parent)
        outer = QHBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(4)
        self.fields: dict[str, QLabel] = {}
        self.field_rows: dict[str, QLabel] = {}
        for key, title in PANEL_FIELDS:
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            label = QLabel(f"{title}：")
            form.addRow(label, value)
            self.fields[key] = value
            self.field_rows[key] = label
        self.empty = hint_label("点击销控表中的房源查看详情。")
        left = QVBoxLayout()
        left.addWidget(self.empty)
        left.addLayout(form)
        left.addStretch(1)
        outer.addLayout(left, 1)

        buttons = QVBoxLayout()
        self.hold_button = QPushButton("锁定…")
        self.release_button = QPushButton("释放…")
        self.extend_button = QPushButton("锁定延期…")
        self.reserve_button = QPushButton("保留…")
        self.block_button = QPushButton("设为不可售…")
        self.unblock_button = QPushButton("恢复可售")
        self.subscribe_button = QPushButton("认购…")
        self.deal_button = QPushButton("打开交易")
        self.print_choice_button = QPushButton("打印选房确认单")
        self.buttons = [
            self.subscribe_button,
            self.hold_button,
            self.extend_button,
            self.release_button,
            self.reserve_button,
            self.block_button,
            self.unblock_button,
            self.deal_button,
            self.print_choice_button,
        ]
        for button in self.buttons:
            button.setAutoDefault(False)
            buttons.addWidget(button)
            button.hide()
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.show_detail(None, default_zone())

        self.action_buttons: dict[UnitAction, QPushButton] = {
            UnitAction.SUBSCRIBE: self.subscribe_button,
            UnitAction.HOLD: self.hold_button,
            UnitAction.RELEASE: self.release_button,
            UnitAction.EXTEND: self.extend_button,
            UnitAction.RESERVE: self.reserve_button,
            UnitAction.BLOCK: self.block_button,
            UnitAction.UNBLOCK: self.unblock_button,
            UnitAction.OPEN_DEAL: self.deal_button,
            UnitAction.PRINT_CHOICE: self.print_choice_button,
        }

    def show_detail(
        self, detail: UnitDetail | None, zone: ZoneInfo, customer_name: str = ""
    ) -> None:
        self.empty.setVisible(detail is None)
        for key in self.fields:
            self.fields[key].setVisible(detail is not None)
            self.field_rows[key].setVisible(detail is not None)
        if detail is None:
            return
        f = self.fields
        f["unit"].setText(f"{detail.project_name} {detail.label}（{detail.floor} 层）")
        status = detail.status.label
        if detail.status is UnitStatus.UNSELLABLE and detail.blocked_reason:
            status += f"：{detail.blocked_reason}"
        f["status"].setText(status)
        f["layout"].setText(detail.layout or "—")
        area = f"{area_text(detail.area)}（预测）"
        if detail.measured_area is not None:
            area += f"，{area_text(detail.measured_area)}（实测）"
        f["area"].setText(area)
        inner = area_text(detail.inner_area) if detail.inner_area is not None else "—"
        if detail.measured_inner_area is not None:
            inner += f"，{area_text(detail.measured_inner_area)}（实测）"
        f["inner_area"].setText(inner)
        f["list_price"].setText(_money(detail.list_price))
        f["filed_price"].setText(_money(detail.filed_price))
        hold = detail.hold
        if hold is None:
            f["hold"].setText("—")
        else:
            kind = HoldKind(hold.kind).label
            parts = [kind]
            if hold.ticket_number is not None:
                parts.append(f"第 {hold.ticket_number} 号")
            if hold.customer_name:
                parts.append(f"客户 {hold.customer_name}")
            if hold.user_name:
                parts.append(f"经办 {hold.user_name}")
            if hold.approver_name:
                parts.append(f"批准 {hold.approver_name}")
            if hold.expires_at is not None:
                parts.append(f"至 {format_local(hold.expires_at, zone)}")
            if hold.extensions_text:
                parts.append(hold.extensions_text)
            if hold.reason:
                parts.append(f"原因：{hold.reason}")
            f["hold"].setText("，".join(parts))
        if detail.deal_id is None:
            f["deal"].setText("—")
        else:
            who = f"{customer_name}，" if customer_name else ""
            f["deal"].setText(f"{who}{detail.status.label}")

    def show_actions(self, actions: Mapping[UnitAction, Verdict] | None) -> None:
        """Each action's button from the unit's verdicts (`UnitDetail.actions`, core's rule; None:
        no unit selected, no buttons): enabled when allowed, the why-not as tooltip otherwise. A
        refused action is hidden — or, with `show_refused` or a verdict that must `explain`
        itself, shown disabled when what refuses it is the unit's state rather than the
        person's role."""
        for action, button in self.action_buttons.items():
            verdict = actions.get(action) if actions is not None else None
            allowed = verdict is not None and verdict.allowed
            button.setEnabled(allowed)
            button.setToolTip("" if allowed or verdict is None else verdict.why_not)
            refused_shown = verdict is not None and (
                (self.show_refused or verdict.explain) and not verdict.lacks_role
            )
            button.setVisible(allowed or refused_shown)
