"""A person's full record (客户个人信息记录), printed at their request (DOMAIN §13): the profile,
consent, relatives, visits, follow-ups, grade and phone history and the points ledger. A4, flowing
onto more pages; long tables repeat their header row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from anjia_desk.pdf.document import Sheet
from anjia_desk.pdf.page import ACCENT, CONTENT_WIDTH, LABEL_FILL, RULE, Styles, escape, mm
from anjia_desk.pdf.parts import section_bar
from anjia_desk.pdf.widgets import FormGrid

TITLE = "客户个人信息记录"
NOTHING = "无"


@dataclass(frozen=True)
class CustomerRecord:
    """Plain values to print: label/value pairs and table rows, all text already formatted."""

    number: int
    profile: Sequence[tuple[str, str]]
    consent: Sequence[tuple[str, str]]
    relatives: Sequence[tuple[str, str, str]] = ()  # relation, name, phone
    visits: Sequence[tuple[str, ...]] = ()  # time, kind, people, channel, consultant, note
    follow_ups: Sequence[tuple[str, ...]] = ()  # time, channel, by, content, result, next
    grades: Sequence[tuple[str, ...]] = ()  # time, from, to, by, reason
    phones: Sequence[tuple[str, ...]] = ()  # time, old, new, reason
    points: Sequence[tuple[str, ...]] = ()  # time, kind, referred, points, note
    points_balance: int = 0

    @property
    def title(self) -> str:
        return TITLE

    @property
    def subtitle(self) -> str:
        return f"客户编号 {self.number} · 应客户本人要求打印，仅供本人查阅，请妥善保管"

    def story(self, sheet: Sheet) -> list[Flowable]:
        return story(self, sheet.styles)


def _pairs(pairs: Sequence[tuple[str, str]], styles: Styles) -> Table:
    """Label/value pairs two to a row; a long value (notes) takes a whole row."""
    grid = FormGrid(styles, [30 * mm, None, 30 * mm, None], min_row_height=6.6 * mm)
    pending: list[tuple[str, str]] = []

    def flush() -> None:
        if pending:
            cells: list[str] = []
            for label, value in pending:
                cells += [label, value]
            grid.row(*cells)
            pending.clear()

    for label, value in pairs:
        if len(value) > 18:
            flush()
            grid.row(label, value)
        else:
            pending.append((label, value))
            if len(pending) == 2:
                flush()
    flush()
    table = grid.table()
    table.repeatRows = 0
    return table


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float | None],
    styles: Styles,
) -> Flowable:
    if not rows:
        return Paragraph(NOTHING, styles.small)
    fixed = sum(w for w in widths if w is not None)
    free = [w for w in widths if w is None]
    share = (CONTENT_WIDTH - fixed) / len(free) if free else 0.0
    col_widths = [share if w is None else w for w in widths]
    data = [[Paragraph(escape(h), styles.label) for h in header]]
    data += [[Paragraph(escape(cell), styles.small) for cell in row] for row in rows]
    table = Table(data, colWidths=col_widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BOX", (0, 0), (-1, -1), 0.9, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def story(record: CustomerRecord, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []

    def block(title: str, *body: Flowable) -> None:
        # A heading never stays alone at the bottom of a page; long tables still split.
        out.extend([CondPageBreak(28 * mm), section_bar(title, styles), *body, Spacer(1, 4 * mm)])

    block("一、基本信息与置业需求", _pairs(record.profile, styles))
    block("二、个人信息授权", _pairs(record.consent, styles))
    block(
        "三、关联亲属",
        _table(("关系", "姓名", "手机号"), record.relatives, (30 * mm, None, None), styles),
    )
    block(
        "四、来访记录",
        _table(
            ("来访时间", "类型", "人数", "来源渠道", "接待顾问", "备注"),
            record.visits,
            (30 * mm, 13 * mm, 11 * mm, 26 * mm, 22 * mm, None),
            styles,
        ),
    )
    block(
        "五、跟进记录",
        _table(
            ("跟进时间", "方式", "跟进人", "内容", "结果", "下次跟进"),
            record.follow_ups,
            (30 * mm, 15 * mm, 18 * mm, None, 32 * mm, 21 * mm),
            styles,
        ),
    )
    block(
        "六、意向等级变更",
        _table(
            ("时间", "原等级", "新等级", "修改人", "原因"),
            record.grades,
            (30 * mm, 16 * mm, 16 * mm, 22 * mm, None),
            styles,
        ),
    )
    block(
        "七、手机号变更",
        _table(
            ("时间", "原号码", "新号码", "原因"),
            record.phones,
            (30 * mm, 34 * mm, 34 * mm, None),
            styles,
        ),
    )
    ledger = _table(
        ("时间", "类型", "被推荐人", "积分", "说明"),
        record.points,
        (30 * mm, 22 * mm, 26 * mm, 14 * mm, None),
        styles,
    )
    balance = Paragraph(f"当前积分余额：{record.points_balance} 分", styles.body)
    block("八、老带新积分", ledger, Spacer(1, 1.5 * mm), balance)
    out.append(
        Paragraph(
            "说明：本记录列出本售楼处保存的您的个人信息。如需更正，请告知置业顾问；"
            "如需删除，可向售楼处提出，已认购或签约的交易资料按法律和财务规定的期限保存。",
            styles.fine,
        )
    )
    return out
