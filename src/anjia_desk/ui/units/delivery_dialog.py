"""预计交付… (issue 18, 预验房): a building's expected 交付 date. Some months before it (the
setting complaints.inspection_months) every live deal of the building becomes a 预验房
invitation to-do on the 工作台. A blank date clears it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from anjia_desk.services.preinspection import set_delivery_date
from anjia_desk.services.unit_views import BuildingRow
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.formatting import format_day
from anjia_desk.ui.forms import DATE_HINT, Saved, line_edit, parse_day
from anjia_desk.ui.units.conflicts import UnitFormDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class DeliveryDialog(UnitFormDialog):
    """The building's expected 交付 date, prefilled."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, building: BuildingRow) -> None:
        super().__init__(
            ctx, parent, "预计交付日期", "保存",
            f"{building.name}：预计交付日期。交付前几个月（见设置“预验房邀约提前月数”），"
            "该楼栋每套已成交房源会出现在工作台的预验房待邀约中。留空表示未定。",
        )  # fmt: skip
        self.building = building
        self.day = line_edit(10, DATE_HINT)
        self.day.setText(format_day(building.delivery_on))
        self.add("预计交付日期：", self.day, "delivery_on")
        self.day.setFocus()

    def save(self) -> ops.Work[Saved]:
        day = parse_day(self.day.text(), "delivery_on")
        building_id, version, name = self.building.id, self.building.version, self.building.name

        def work(session: Session, actor: Actor) -> Saved:
            set_delivery_date(session, actor, building_id, day, version=version)
            text = f"预计交付 {format_day(day)}" if day is not None else "预计交付日期已清除"
            return Saved(f"{name}：{text}。")

        return work
