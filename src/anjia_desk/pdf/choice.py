"""The opening-day choice confirmation (开盘选房确认单, DOMAIN §5 step 2): the queue number, the
customer, the chosen unit and its prices, when it was chosen and until when it is held for 认购,
and the signature lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer

from anjia_desk.core.units import unit_label
from anjia_desk.pdf.amounts import chinese_amount, figures
from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import Styles, escape, mm
from anjia_desk.pdf.parts import area_text, section_bar, signature_lines
from anjia_desk.pdf.widgets import FormGrid

TITLE = "开盘选房确认单"
ROW = 7 * mm


@dataclass(frozen=True)
class ChoicePaper:
    """Plain values to print, already in Chinese; times naive office-local."""

    queue_number: int | None
    customer_name: str
    customer_phone: str  # masked
    #: The 认筹金 actually received on the number (0 when none, or refunded); None: no number.
    queue_amount: Decimal | None
    project: str
    building: str
    stairwell: str
    room: str
    floor: int
    layout: str
    area: Decimal
    inner_area: Decimal | None
    list_price: Decimal
    filed_price: Decimal
    chosen_at: datetime
    expires_at: datetime | None
    handled_by: str
    released: str = ""  # "已释放（…）" when the hold is over

    @property
    def unit_label(self) -> str:
        return unit_label(self.building, self.stairwell, self.room)

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        number = f"排号 第 {self.queue_number} 号" if self.queue_number is not None else "未排号"
        return f"{number} · {self.project}"

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def _received(amount: Decimal | None) -> str:
    """The money received on the number as printed: never a nominal amount not paid."""
    if amount is None:
        return "—"
    return figures(amount) if amount > 0 else "未收"


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment is not None else "—"


def story(paper: ChoicePaper, styles: Styles) -> list[Flowable]:
    who = FormGrid(styles, [28 * mm, None, 28 * mm, None], min_row_height=ROW)
    who.row(
        "排号",
        f"第 {paper.queue_number} 号" if paper.queue_number is not None else "—",
        "客户姓名",
        paper.customer_name,
    )
    who.row(
        "联系电话",
        paper.customer_phone or "—",
        "认筹金（实收）",
        _received(paper.queue_amount),
    )

    unit = FormGrid(styles, [28 * mm, None, 28 * mm, None], min_row_height=ROW)
    unit.row("项目", paper.project, "房源", paper.unit_label)
    unit.row("楼栋", paper.building, "单元", paper.stairwell or "—")
    unit.row("楼层", f"{paper.floor} 层", "房号", paper.room)
    unit.row("户型", paper.layout or "—", "建筑面积（预测）", area_text(paper.area))
    unit.row("套内面积（预测）", area_text(paper.inner_area), "备案价", figures(paper.filed_price))
    unit.row(
        "表价", f"{figures(paper.list_price)}（大写：人民币{chinese_amount(paper.list_price)}）"
    )
    if paper.area:
        per_m2 = (paper.list_price / paper.area).quantize(Decimal("0.01"))
        unit.row("表价单价", f"{figures(per_m2)} / ㎡（按预测建筑面积计）")

    hold = FormGrid(styles, [28 * mm, None, 28 * mm, None], min_row_height=ROW)
    hold.row("选房时间", _when(paper.chosen_at), "保留至", _when(paper.expires_at))
    hold.row("经办人", paper.handled_by or "—", "状态", paper.released or "选定，待认购")

    notes = [
        "1. 客户已按排号顺序选定上述房源，售楼处在保留期限内为其保留，不再向他人推荐。",
        "2. 请在保留期限届满前签订认购书并交付定金；逾期未认购的，房源自动释放，"
        "可由后续排号客户选择，认筹金仍可按规定退还或用于再次选房。",
        "3. 表价为付款方式优惠前的价格，成交价以认购书为准，且不高于备案价。",
    ]
    return [
        section_bar("一、客户", styles),
        who.table(),
        Spacer(1, 3 * mm),
        section_bar("二、所选房源", styles),
        unit.table(),
        Spacer(1, 3 * mm),
        section_bar("三、保留期限", styles),
        hold.table(),
        Spacer(1, 2 * mm),
        *[Paragraph(escape(text), styles.small) for text in notes],
        Spacer(1, 2 * mm),
        signature_lines((("客户（签字）", "日期"), ("置业顾问（签字）", "售楼处（盖章）")), styles),
    ]
