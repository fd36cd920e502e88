"""Two money snapshots (issue 19, DOMAIN §7, §12), registered by services.report_money:

- 催款阶段: the live deals with an overdue installment on the snapshot day (the receivables'
  rule: services.report_money_base.overdue), by the highest stage of the dunning letters issued
  to them and not voided (core.dunning.stage_label), with what they owe overdue.
- 回款预测: what is due from the snapshot day on — the next 4 weeks (each from that day:
  core.report_periods.forecast_weeks) and the next 3 months (the rest of this month, then whole
  months: forecast_months) — and what is already past due and still unpaid: every nature,
  按揭 included (shown apart), installments counted from a 签约 not yet recorded left out.

One GROUP BY each (the windows by report_base.bucket_of over the due date), amounts in fen.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from anjia_desk.core.dunning import DEMAND, PRENOTICE, stage_label
from anjia_desk.core.errors import NotFound
from anjia_desk.core.report_periods import ReportRange, forecast_months, forecast_weeks
from anjia_desk.core.report_values import (
    Cell,
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    DrillList,
    DrillTarget,
    ReportTable,
    Series,
)
from anjia_desk.db.models import Deal, DunningLetter, Installment
from anjia_desk.db.types import from_fen
from anjia_desk.services.report_base import Scope, bucket_of
from anjia_desk.services.report_drills import capped
from anjia_desk.services.report_money_base import (
    DEAL_COLUMNS,
    LOAN,
    deal_cells,
    deal_label_columns,
    join_deal_labels,
    outstanding,
    outstanding_fen,
    overdue,
    with_deal,
)

# -- 催款阶段 -----------------------------------------------------------------------------------

NO_LETTER = -1
#: The rows: no letter yet, a pre-notice only, then each stage of the ladder.
STAGES: tuple[int, ...] = (NO_LETTER, *range(PRENOTICE, DEMAND + 1))


def stage_row_label(stage: int) -> str:
    return "未发函" if stage == NO_LETTER else stage_label(stage)


def _stages(scope: Scope, as_of: date) -> Any:
    """Per deal with an overdue installment on `as_of`: its overdue amount (fen), oldest due
    date and the highest stage of its letters issued by then and not voided (NO_LETTER)."""
    owed = (
        with_deal(
            select(
                Installment.deal_id.label("deal_id"),
                func.sum(outstanding_fen()).label("fen"),
                func.min(Installment.due_on).label("oldest"),
            ).select_from(Installment)
        )
        .where(*overdue(scope, as_of))
        .group_by(Installment.deal_id)
        .subquery()
    )
    letters = (
        select(
            DunningLetter.deal_id.label("deal_id"),
            func.max(DunningLetter.stage).label("stage"),
        )
        .where(DunningLetter.voided_at.is_(None), DunningLetter.letter_on <= as_of)
        .group_by(DunningLetter.deal_id)
        .subquery()
    )
    return (
        select(
            owed.c.deal_id,
            owed.c.fen,
            owed.c.oldest,
            func.coalesce(letters.c.stage, literal(NO_LETTER)).label("stage"),
        )
        .select_from(owed)
        .outerjoin(letters, letters.c.deal_id == owed.c.deal_id)
        .subquery()
    )


def dunning(session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
    as_of = rng.as_of(today)
    deals = _stages(scope, as_of)
    found = {
        stage: (count, fen or 0)
        for stage, count, fen in session.execute(
            select(deals.c.stage, func.count(), func.sum(deals.c.fen)).group_by(deals.c.stage)
        )
    }
    figures = [found.get(stage, (0, 0)) for stage in STAGES]
    keys = tuple(str(stage) for stage in STAGES)
    labels = tuple(stage_row_label(stage) for stage in STAGES)
    rows = tuple(
        (label, count, from_fen(fen)) for label, (count, fen) in zip(labels, figures, strict=True)
    )
    notes = [
        f"截至 {as_of.isoformat()} 有逾期款项的交易（口径同应收账龄），"
        "按截至当日已出具且未作废的催款函的最高阶段归类；逾期金额为该交易全部逾期未付款项。",
    ]
    if as_of < today:
        notes.append("未付金额按今天的已收情况计算。")
    return ReportTable(
        key="dunning",
        title="催款阶段",
        range_label=f"截至 {as_of.isoformat()}",
        columns=(
            Column("stage", "催款阶段", ColumnKind.TEXT),
            Column("deals", "交易数"),
            Column("amount", "逾期金额", ColumnKind.MONEY),
        ),
        rows=rows,
        row_keys=keys,
        chart=Chart(
            ChartKind.BAR,
            labels,
            keys,
            (Series("deals", "交易数", tuple(float(count) for count, _fen in figures)),),
            unit="宗",
        ),
        drill_target=DrillTarget.DEAL,
        total=("合计", sum(c for c, _f in figures), from_fen(sum(f for _c, f in figures))),
        notes=tuple(notes),
        scope_label=scope.label,
    )


def dunning_drill(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    today: date,
    row_key: str,
    series_key: str | None,
) -> DrillList:
    """The deals at that stage, most owed first."""
    try:
        stage = int(row_key)
    except ValueError:
        stage = NO_LETTER - 1
    if stage not in STAGES:
        raise NotFound(f"没有这个催款阶段：{row_key}")
    as_of = rng.as_of(today)
    deals = _stages(scope, as_of)
    statement = (
        join_deal_labels(
            select(Deal.id, *deal_label_columns(), deals.c.oldest, deals.c.fen)
            .select_from(deals)
            .join(Deal, Deal.id == deals.c.deal_id)
        )
        .where(deals.c.stage == stage)
        .order_by(deals.c.fen.desc(), Deal.id)
    )
    rows, more = capped(session, statement)
    return DrillList(
        title=f"催款阶段：{stage_row_label(stage)}（截至 {as_of.isoformat()}）",
        target=DrillTarget.DEAL,
        columns=(
            *DEAL_COLUMNS,
            Column("oldest", "最早应付日期", ColumnKind.TEXT),
            Column("days", "最长逾期天数"),
            Column("amount", "逾期金额", ColumnKind.MONEY),
        ),
        rows=tuple(
            (*deal_cells(*row[1:6]), row[6].isoformat(), (as_of - row[6]).days, from_fen(row[7]))
            for row in rows
        ),
        ids=tuple(row[0] for row in rows),
        more=more,
    )


# -- 回款预测 -----------------------------------------------------------------------------------

OVERDUE = "overdue"


def windows(as_of: date) -> list[tuple[str, str, date, date]]:
    """(row key, label, first day, last day) of each forecast window from `as_of`: 4 weeks, then
    3 months."""
    found = [
        (f"w{n}", f"第{n}周 {first:%m-%d}至{last:%m-%d}", first, last)
        for n, (first, last) in enumerate(forecast_weeks(as_of), start=1)
    ]
    for n, (first, last) in enumerate(forecast_months(as_of), start=1):
        label = f"{first.month}月" if first.year == as_of.year else f"{first.year}年{first.month}月"
        found.append((f"m{n}", label, first, last))
    return found


def forecast(session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
    as_of = rng.as_of(today)
    spans = windows(as_of)
    weeks = [span for span in spans if span[0].startswith("w")]
    months = [span for span in spans if span[0].startswith("m")]
    # Index 0: due before as_of (已逾期未收); then one per window; the last: beyond them all.
    week = bucket_of(
        Installment.due_on,
        [date.min, *(span[2] for span in weeks), weeks[-1][3] + timedelta(days=1)],
    ).label("week")
    month = bucket_of(
        Installment.due_on,
        [date.min, *(span[2] for span in months), months[-1][3] + timedelta(days=1)],
    ).label("month")
    loan_fen = func.sum(case((Installment.nature == LOAN, outstanding_fen()), else_=literal(0)))
    last_day = max(weeks[-1][3], months[-1][3])
    statement = (
        with_deal(
            select(week, month, func.count(), func.sum(outstanding_fen()), loan_fen).select_from(
                Installment
            )
        )
        .where(*outstanding(scope), Installment.due_on <= last_day)
        .group_by(week, month)
    )
    by_key: dict[str, list[int]] = {key: [0, 0, 0] for key, *_rest in spans}
    by_key[OVERDUE] = [0, 0, 0]
    for week_index, month_index, count, fen, loans in session.execute(statement):
        figures = [count, int(fen or 0), int(loans or 0)]
        if week_index == 0:
            keys = [OVERDUE]
        else:
            keys = []
            if week_index <= len(weeks):
                keys.append(weeks[week_index - 1][0])
            if 0 < month_index <= len(months):
                keys.append(months[month_index - 1][0])
        for key in keys:
            by_key[key] = [a + b for a, b in zip(by_key[key], figures, strict=True)]
    keys_in_order = (*(span[0] for span in spans), OVERDUE)
    labels = {key: label for key, label, *_days in spans}
    labels[OVERDUE] = "已逾期未收"
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (labels[key], by_key[key][0], from_fen(by_key[key][1]), from_fen(by_key[key][2]))
        for key in keys_in_order
    )
    chart_keys = tuple(span[0] for span in spans)
    return ReportTable(
        key="forecast",
        title="回款预测",
        range_label=f"{as_of.isoformat()} 起",
        columns=(
            Column("window", "应付期间", ColumnKind.TEXT),
            Column("installments", "期数"),
            Column("amount", "应收金额", ColumnKind.MONEY),
            Column("loans", "其中按揭", ColumnKind.MONEY),
        ),
        rows=rows,
        row_keys=keys_in_order,
        chart=Chart(
            ChartKind.BAR,
            tuple(labels[key] for key in chart_keys),
            chart_keys,
            (
                Series(
                    "amount", "应收金额", tuple(float(from_fen(by_key[k][1])) for k in chart_keys)
                ),
            ),
            unit="元",
        ),
        drill_target=DrillTarget.DEAL,
        notes=(
            f"按付款节点的应付日期预测未付金额：第1–4周自 {as_of.isoformat()} 起每 7 天一段，"
            "月份为本月余下的日子及其后两个整月；周与月是同一批款项的两种分段，不相加。",
            "含按揭款（银行放款）与定金；签约后起算、尚无应付日期的款项及已取消的交易不计入。",
            f"已逾期未收：应付日期早于 {as_of.isoformat()} 仍未付清的款项"
            "（含按揭未放款、定金未到）。",
        ),
        scope_label=scope.label,
    )


def forecast_drill(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    today: date,
    row_key: str,
    series_key: str | None,
) -> DrillList:
    """The installments due in that window (or already past due), by due date."""
    as_of = rng.as_of(today)
    where = outstanding(scope)
    if row_key == OVERDUE:
        label = "已逾期未收"
        where.append(Installment.due_on < as_of)
    else:
        span = next((s for s in windows(as_of) if s[0] == row_key), None)
        if span is None:
            raise NotFound(f"没有这个预测期间：{row_key}")
        label = span[1]
        where += [Installment.due_on >= span[2], Installment.due_on <= span[3]]
    if series_key == "loans":
        where.append(Installment.nature == LOAN)
    statement = (
        join_deal_labels(
            with_deal(
                select(
                    Deal.id,
                    *deal_label_columns(),
                    Installment.name,
                    Installment.due_on,
                    outstanding_fen(),
                    Installment.nature,
                ).select_from(Installment)
            )
        )
        .where(*where)
        .order_by(Installment.due_on, Deal.id, Installment.seq)
    )
    rows, more = capped(session, statement)
    return DrillList(
        title=f"回款预测：{label}（{as_of.isoformat()} 起）",
        target=DrillTarget.DEAL,
        columns=(
            *DEAL_COLUMNS,
            Column("installment", "付款节点", ColumnKind.TEXT),
            Column("due_on", "应付日期", ColumnKind.TEXT),
            Column("amount", "未付金额", ColumnKind.MONEY),
            Column("loan", "按揭", ColumnKind.TEXT),
        ),
        rows=tuple(
            (
                *deal_cells(*row[1:6]),
                row[6],
                row[7].isoformat(),
                from_fen(row[8]),
                "是" if row[9] == LOAN else "",
            )
            for row in rows
        ),
        ids=tuple(row[0] for row in rows),
        more=more,
    )
