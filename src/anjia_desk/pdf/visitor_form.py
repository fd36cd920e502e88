"""The blank visitor registration form (来访客户登记表) for walk-ins who prefer paper.

DOMAIN §2 (what a visit records), §11 (one A4 page), §13 (the consent notice; no ID number and
nothing about children at a visit; marketing contact is a separate opt-in).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.page import ACCENT, Letterhead, Styles, escape, mm
from anjia_desk.pdf.widgets import Blank, Check, CheckLine, Chunk, Digits, FormGrid, Inline, Text

TITLE = "来访客户登记表"
SUBTITLE = "欢迎莅临！请在符合的选项前的方框内打“√”，带 * 的为必填项，其余可按意愿填写。"
RETENTION_MONTHS = 24

AGE_BANDS = ("30岁以下", "30-39岁", "40-49岁", "50-59岁", "60岁及以上")
FAMILY = ("单身", "二人世界", "三口之家", "三代同堂")
CHANNELS = (
    "房产门户",
    "社交媒体广告",
    "展会",
    "开放日",
    "自然到访",
    "老带新",
    "渠道带看",
    "电话来访",
)
LAYOUTS = ("一房", "两房", "三房", "四房及以上")
FLOORS = ("低层", "中层", "高层", "不限")
PURPOSES = ("自住", "投资", "自住兼投资")
BUYER_TYPES = ("刚需", "改善", "投资")
PAYMENT = ("全款", "商业贷款", "公积金贷款", "组合贷款")
FOCUS = ("交通", "商业配套", "教育配套", "医疗", "环境", "物业", "品牌", "价格", "户型")

REQUIRED = '<font color="#B03A2E">*</font>'


@dataclass(frozen=True)
class VisitorForm:
    """The blank form; the one value it carries is how long the notice says data is kept."""

    retention_months: int = RETENTION_MONTHS

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return SUBTITLE

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(sheet, retention_months=self.retention_months)


def notice_items(letterhead: Letterhead, retention_months: int = RETENTION_MONTHS) -> list[str]:
    """The personal-information notice (§13), one string per point."""
    # Without spaces the number wraps as one unit rather than splitting at a space.
    phone = letterhead.cleaned().phone.replace(" ", "")
    contact = (
        f"告知接待您的置业顾问或致电 {phone}" if phone else "告知接待您的置业顾问或售楼处工作人员"
    )
    return [
        "收集哪些信息：本表填写的姓名、性别、手机号码、年龄段、家庭结构、认知途径和置业需求。"
        "来访登记不收集身份证号码，也不收集任何关于子女的信息。",
        "用于什么：为您安排置业顾问、介绍房源和回访，并用于售楼处的来访统计。"
        "只有您在下方另行勾选同意后，我们才会向您发送营销信息。",
        "谁能看到：仅限接待您的置业顾问和必要的管理人员。我们不出售您的信息，"
        "也不向无关的第三方提供，法律法规另有规定的除外。",
        f"保存多久：自您最后一次与我们联系起保存 {retention_months} 个月，期满后删除或匿名化；"
        "如您认购或签约，交易资料按法律和财务规定的期限保存。",
        f"您的权利：您可随时查阅、更正或要求删除您的信息，也可撤回同意或退订营销信息，请{contact}。",
    ]


def _checks(labels: tuple[str, ...], *other: Chunk) -> list[Chunk]:
    return [Check(label) for label in labels] + list(other)


#: Row heights tried, roomiest first, until the form fits on one page under the letterhead.
ROW_HEIGHTS = (8.2 * mm, 7.6 * mm, 7.0 * mm, 6.4 * mm)


def story(sheet: Sheet, *, retention_months: int = RETENTION_MONTHS) -> list[Flowable]:
    """The flowables of the form (under the title the layout draws), fitted to one page."""
    available = sheet.first_page_height()
    for row_height in ROW_HEIGHTS:
        table = _form(sheet.letterhead, sheet.styles, retention_months, row_height)
        _, height = table.wrap(sheet.width, available)
        if height <= available:
            break
    return [table]


def _form(
    letterhead: Letterhead, styles: Styles, retention_months: int, row_height: float
) -> Table:
    font = styles.font
    area_unit = "㎡" if cjk_font().has_glyphs("㎡") else "平方米"

    def line(*chunks: Chunk, gap: float = 9, align: str = "left") -> Inline:
        return Inline(list(chunks), font=font, size=9, gap=gap, align=align)

    def label(text: str, required: bool = False) -> Paragraph:
        return Paragraph(escape(text) + (REQUIRED if required else ""), styles.label)

    def other(width: float = 16 * mm) -> tuple[Check, Blank]:
        return (Check("其他"), Blank(width))

    date = (
        Blank(11 * mm),
        Text("年"),
        Blank(6.5 * mm),
        Text("月"),
        Blank(6.5 * mm),
        Text("日"),
        Blank(6.5 * mm),
        Text("时"),
        Blank(6.5 * mm),
        Text("分"),
    )
    grid = FormGrid(styles, [23 * mm, None, 23 * mm, None], min_row_height=row_height)

    grid.section("一、来访与基本信息")
    grid.row(label("来访时间"), line(date), label("来访类型"), line(Check("首访"), Check("复访")))
    grid.row(label("姓名", True), None, label("性别"), line(Check("男"), Check("女")))
    grid.row(
        label("手机号码", True),
        line(Digits()),
        label("来访人数"),
        line((Blank(12 * mm), Text("人"))),
    )
    grid.row(label("年龄段"), line(*_checks(AGE_BANDS)))
    grid.row(label("家庭结构"), line(*_checks(FAMILY, other())))

    grid.section("二、您是从哪里了解到本项目的？（可多选）")
    grid.row(label("认知途径"), line(*_checks(CHANNELS, other(22 * mm))))
    grid.row(label("推荐人姓名"), None, label("推荐人电话"), None)

    grid.section("三、置业需求")
    budget = (Blank(14 * mm), Text("至"), Blank(14 * mm), Text("万元"))
    area = (Blank(14 * mm), Text("至"), Blank(14 * mm), Text(area_unit))
    grid.row(label("总价预算"), line(budget), label("意向面积"), line(area))
    grid.row(
        label("意向户型"),
        line(*_checks(LAYOUTS), gap=6),
        label("楼层偏好"),
        line(*_checks(FLOORS), gap=6),
    )
    grid.row(
        label("置业目的"),
        line(*_checks(PURPOSES), gap=6),
        label("购房类型"),
        line(*_checks(BUYER_TYPES)),
    )
    grid.row(label("付款方式"), line(*_checks(PAYMENT)))
    grid.row(label("关注因素"), line(*_checks(FOCUS, other()), gap=6.5))
    grid.row(label("其他需求"), None, height=13 * mm)

    grid.section("四、个人信息保护告知（请阅读后勾选并签名）")
    notice_style = ParagraphStyle(
        "notice",
        parent=styles.fine,
        fontSize=8.3,
        leading=12,
        leftIndent=11,
        bulletIndent=0,
        bulletFontName=styles.font,
        bulletFontSize=8.3,
    )
    notice = []
    for index, item in enumerate(notice_items(letterhead, retention_months), start=1):
        head, _, rest = item.partition("：")
        markup = f'<font color="#{ACCENT.hexval()[2:]}">{escape(head)}：</font>{escape(rest)}'
        notice.append(Paragraph(markup, notice_style, bulletText=f"{index}."))
    grid.full(*notice)
    consent = CheckLine(
        "本人已阅读并理解上述告知，同意贵公司为上述目的处理本人在本表填写的个人信息。",
        styles.small,
    )
    signature = line(
        (Text("客户签名："), Blank(32 * mm)),
        (
            Text("日期："),
            Blank(11 * mm),
            Text("年"),
            Blank(7 * mm),
            Text("月"),
            Blank(7 * mm),
            Text("日"),
        ),
        gap=14,
        align="right",
    )
    grid.full(consent, Spacer(1, 1.5 * mm), signature)
    marketing = CheckLine(
        "（可选）本人愿意通过电话、短信或微信接收本项目的开盘、优惠和活动等营销信息。"
        "不勾选不影响您看房、咨询和购房，勾选后也可随时退订。",
        styles.small,
    )
    grid.full(marketing)

    grid.section("五、以下由工作人员填写")
    grid.row(label("接待置业顾问"), None, label("登记人"), None)
    grid.row(
        label("渠道/经纪人"),
        None,
        label("系统录入"),
        line(Check("已录入"), (Text("录入人"), Blank(18 * mm))),
    )
    return grid.table()
