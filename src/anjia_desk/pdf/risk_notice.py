"""风险告知书 (issue 18): the show flat against what is delivered, item by item (商品房销售管理办法
第三十一条), what the office cannot promise, and in plain words that the notice waives nothing —
definite promises in the office's own advertising stay binding (最高人民法院关于审理商品房买卖
合同纠纷案件适用法律若干问题的解释 第三条) and signing it never closes a complaint. Signed by the
buyer at 认购. A4, one page unless the lists need more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import Styles, escape, mm
from anjia_desk.pdf.parts import day_text, ruled_table, section_bar, signature_lines
from anjia_desk.pdf.widgets import FormGrid

TITLE = "购房风险告知书"
ROW = 6.2 * mm
KNOWN = "□ 已知悉"

#: What the notice says of itself: it informs, it waives nothing.
WAIVES_NOTHING: tuple[str, ...] = (
    "本告知书仅为信息告知，不免除、不减轻出卖人依法应当承担的任何责任，也不排除、不限制买受人"
    "依法享有的任何权利。",
    "出卖人在售楼广告和宣传资料中就商品房及相关设施所作的具体、确定的说明和允诺，即使未载入"
    "《商品房买卖合同》，亦应当视为合同内容（《最高人民法院关于审理商品房买卖合同纠纷案件适用"
    "法律若干问题的解释》第三条）；本告知书不改变其效力。",
    "买受人签署本告知书，不影响其日后就房屋质量、服务或承诺事项提出投诉；签署本告知书本身不作为"
    "处理或办结任何投诉的依据。",
    "交付标准以《商品房买卖合同》及其附件的约定为准。本告知书一式两份，买受人与出卖人各执一份。",
)


@dataclass(frozen=True)
class RiskNoticePaper:
    """Plain values to print (services.risk_notice's frozen facts)."""

    number: int  # the deal id
    seller: str
    project: str
    unit: str
    buyer_name: str
    buyer_id_masked: str
    subscribed_on: date
    showflat: Sequence[str]
    no_promises: Sequence[str]

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"认购编号 RG-{self.number:06d} · 认购日期 {self.subscribed_on.isoformat()}"

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def _items(items: Sequence[str], styles: Styles) -> Flowable:
    rows = [(str(i), text, KNOWN) for i, text in enumerate(items, 1)]
    return ruled_table(
        ("序号", "事项", "买受人确认"), rows, (12 * mm, None, 24 * mm), styles, min_row_height=ROW
    )


def story(paper: RiskNoticePaper, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []

    def block(title: str, *body: Flowable) -> None:
        out.extend([CondPageBreak(30 * mm), section_bar(title, styles), *body, Spacer(1, 2.5 * mm)])

    def para(text: str) -> Paragraph:
        return Paragraph(escape(text), styles.small)

    seller = paper.seller or paper.project
    out.append(
        para(
            f"尊敬的买受人：为使您在认购前充分了解所购房屋的实际交付情况，{seller}依照《商品房销售"
            "管理办法》第三十一条，将样板间与实际交付房屋的差异逐项告知如下，并列明本案场工作人员"
            "无权作出承诺的事项。请您逐项阅读，在“已知悉”处打勾后签字。"
        )
    )
    out.append(Spacer(1, 2 * mm))
    grid = FormGrid(styles, [28 * mm, None, 28 * mm, None], min_row_height=ROW)
    grid.row("项目", paper.project, "房源", paper.unit)
    grid.row("买受人", paper.buyer_name, "证件号码", paper.buyer_id_masked or "—")
    grid.row("认购日期", day_text(paper.subscribed_on), "出卖人", seller or "—")
    block("一、认购房源", grid.table())
    block(
        "二、样板间与实际交付房屋的差异（《商品房销售管理办法》第三十一条）",
        _items(paper.showflat, styles),
    )
    block("三、本案场不能承诺的事项", _items(paper.no_promises, styles))
    block(
        "四、重要说明",
        *[para(f"{i}. {text}") for i, text in enumerate(WAIVES_NOTHING, 1)],
    )
    out.append(
        KeepTogether(
            [
                Spacer(1, 2 * mm),
                signature_lines((("买受人（签字）", "日期"), ("出卖人（盖章）", "经办人")), styles),
            ]
        )
    )
    return out
