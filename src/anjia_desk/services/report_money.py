"""The money reports (issue 19, DOMAIN §7, §12): 回款（按周） — the receipts by the week they were
paid in, by nature — and 应收账龄 — what live deals owe by days overdue, the same buckets as
services.receivables. The dunning stages and the forecast are services.report_dues; all four are
registered here (SPECS).

Each figure is one SQL GROUP BY on both engines (weeks and buckets by report_base.bucket_of), the
amounts read as whole fen. A consultant's own scope counts the receipts and installments of the
deals they sold.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature
from anjia_desk.core.errors import NotFound
from anjia_desk.core.report_periods import ReportRange, weeks_between
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
from anjia_desk.db.models import Deal, Installment, Receipt
from anjia_desk.db.types import from_fen, in_fen
from anjia_desk.services import report_dues
from anjia_desk.services.report_base import ReportSpec, Scope, bucket_of, within_days
from anjia_desk.services.report_drills import capped
from anjia_desk.services.report_money_base import (
    AGING_KEYS,
    DEAL_COLUMNS,
    GROUP,
    NOT_DUE,
    aging_key_of,
    aging_label,
    aging_starts,
    deal_cells,
    deal_label_columns,
    join_deal_labels,
    may_be_overdue,
    outstanding_fen,
    with_deal,
)

# -- 回款（按周） -------------------------------------------------------------------------------


def _week_span(monday: date, rng: ReportRange) -> tuple[date, date]:
    """The days of `monday`'s week inside the range."""
    return max(monday, rng.first), min(monday + timedelta(days=6), rng.last)


def _week_label(monday: date, rng: ReportRange) -> str:
    first, last = _week_span(monday, rng)
    if first == last:
        return f"{first:%m-%d}"
    return f"{first:%m-%d} 至 {last:%m-%d}"


def _receipts(scope: Scope, first: date, last: date) -> list[ColumnElement[bool]]:
    """Receipts not voided, paid `first`..`last`, in scope (by their deal's consultant)."""
    return [
        Receipt.voided_at.is_(None),
        within_days(Receipt.paid_on, first, last),
        scope.only(Deal.consultant_id),
    ]


def collected(session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
    mondays = weeks_between(rng.first, rng.last)
    week = bucket_of(Receipt.paid_on, mondays).label("week")
    statement = (
        select(week, Receipt.nature, func.count(), func.sum(in_fen(Receipt.amount)))
        .select_from(Receipt)
        .outerjoin(Deal, Deal.id == Receipt.deal_id)
        .where(*_receipts(scope, rng.first, rng.last))
        .group_by(week, Receipt.nature)
    )
    counts = [0] * len(mondays)
    amounts = [0] * len(mondays)
    by_nature: dict[Nature, list[int]] = {}
    for index, nature, count, fen in session.execute(statement):
        counts[index] += count
        amounts[index] += fen or 0
        by_nature.setdefault(Nature(nature), [0] * len(mondays))[index] += fen or 0
    natures = [nature for nature in Nature if nature in by_nature]
    columns = (
        Column("week", "周", ColumnKind.TEXT),
        Column("count", "笔数"),
        Column("amount", "金额", ColumnKind.MONEY),
        *(Column(f"nature:{n.value}", n.label, ColumnKind.MONEY) for n in natures),
    )
    rows: list[tuple[Cell, ...]] = [
        (
            _week_label(monday, rng),
            counts[i],
            from_fen(amounts[i]),
            *(from_fen(by_nature[n][i]) for n in natures),
        )
        for i, monday in enumerate(mondays)
    ]
    total: tuple[Cell, ...] = (
        "合计",
        sum(counts),
        from_fen(sum(amounts)),
        *(from_fen(sum(by_nature[n])) for n in natures),
    )
    keys = tuple(monday.isoformat() for monday in mondays)
    return ReportTable(
        key="collected",
        title="回款（按周）",
        range_label=rng.label,
        columns=columns,
        rows=tuple(rows),
        row_keys=keys,
        chart=Chart(
            ChartKind.BAR,
            tuple(str(row[0]) for row in rows),
            keys,
            (Series("amount", "金额", tuple(float(from_fen(a)) for a in amounts)),),
            unit="元",
        ),
        drill_target=DrillTarget.DEAL,
        total=total,
        notes=(
            "回款按收据的交款日期计，作废的收据不计；每周自周一至周日，首尾两周只计区间内的日子。",
        ),
        scope_label=scope.label,
    )


def collected_drill(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    today: date,
    row_key: str,
    series_key: str | None,
) -> DrillList:
    """The deals whose receipts were paid in that week (one row per deal: receipts, amount),
    most money first; `series_key` a Nature value keeps that nature's receipts only. Receipts
    with no deal (认筹金 on a queue ticket) are counted in a note."""
    try:
        monday = date.fromisoformat(row_key)
    except ValueError:
        raise NotFound(f"没有这一周：{row_key}") from None
    first, last = _week_span(monday, rng)
    where = _receipts(scope, first, last)
    nature = _nature_of(series_key)
    if nature is not None:
        where.append(Receipt.nature == nature.value)
    per_deal = (
        select(
            Receipt.deal_id.label("deal_id"),
            func.count().label("receipts"),
            func.sum(in_fen(Receipt.amount)).label("fen"),
        )
        .select_from(Receipt)
        .outerjoin(Deal, Deal.id == Receipt.deal_id)
        .where(*where)
        .group_by(Receipt.deal_id)
        .subquery()
    )
    statement = join_deal_labels(
        select(Deal.id, *deal_label_columns(), per_deal.c.receipts, per_deal.c.fen)
        .select_from(per_deal)
        .join(Deal, Deal.id == per_deal.c.deal_id)
    ).order_by(per_deal.c.fen.desc(), Deal.id)
    rows, more = capped(session, statement)
    loose = session.execute(
        select(per_deal.c.receipts, per_deal.c.fen).where(per_deal.c.deal_id.is_(None))
    ).first()
    notes = []
    if loose is not None:
        notes.append(
            f"另有未关联交易的收据 {loose[0]} 笔（如认筹金），合计 {from_fen(loose[1]):,.2f} 元。"
        )
    what = f"（{nature.label}）" if nature is not None else ""
    return DrillList(
        title=f"回款 {first:%m-%d} 至 {last:%m-%d}{what}",
        target=DrillTarget.DEAL,
        columns=(
            *DEAL_COLUMNS,
            Column("receipts", "笔数"),
            Column("amount", "金额", ColumnKind.MONEY),
        ),
        rows=tuple((*deal_cells(*row[1:6]), row[6], from_fen(row[7])) for row in rows),
        ids=tuple(row[0] for row in rows),
        more=more,
        notes=tuple(notes),
    )


def _nature_of(series_key: str | None) -> Nature | None:
    if series_key is None or series_key == "amount":
        return None
    key = series_key.removeprefix("nature:")
    try:
        return Nature(key)
    except ValueError:
        raise NotFound(f"没有这种款项性质：{series_key}") from None


# -- 应收账龄 -----------------------------------------------------------------------------------


def aging(session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
    as_of = rng.as_of(today)
    bucket = bucket_of(Installment.due_on, aging_starts(as_of)).label("bucket")
    where = may_be_overdue(scope)
    statement = (
        with_deal(
            select(
                bucket,
                func.count(),
                func.count(distinct(Installment.deal_id)),
                func.sum(outstanding_fen()),
            ).select_from(Installment)
        )
        .where(*where)
        .group_by(bucket)
    )
    found = {
        aging_key_of(index): (n, deals, fen or 0)
        for index, n, deals, fen in session.execute(statement)
    }
    deals_in_all = session.scalar(
        with_deal(select(func.count(distinct(Installment.deal_id))).select_from(Installment)).where(
            *where
        )
    )
    figures = [found.get(key, (0, 0, 0)) for key in AGING_KEYS]
    rows = tuple(
        (aging_label(key), n, deals, from_fen(fen))
        for key, (n, deals, fen) in zip(AGING_KEYS, figures, strict=True)
    )
    overdue_fen = sum(fen for key, (_n, _d, fen) in found.items() if key != NOT_DUE)
    overdue_n = sum(n for key, (n, _d, _f) in found.items() if key != NOT_DUE)
    notes = [
        f"截至 {as_of.isoformat()}：逾期 {overdue_n} 期，合计 {from_fen(overdue_fen):,.2f} 元；"
        "逾期天数 = 截至日 − 应付日期。",
        "按揭款（由银行放款，另行跟进）、定金（未到为定金未到，不计逾期）、"
        "签约后起算尚无日期的款项及已取消的交易不计入。",
        "交易数：有该账龄款项的交易；一宗交易可在几个账龄中，合计行按交易计一次。",
    ]
    if as_of < today:
        notes.append("未付金额按今天的已收情况计算。")
    return ReportTable(
        key="aging",
        title="应收账龄",
        range_label=f"截至 {as_of.isoformat()}",
        columns=(
            Column("bucket", "账龄", ColumnKind.TEXT),
            Column("installments", "期数"),
            Column("deals", "交易数"),
            Column("amount", "未付金额", ColumnKind.MONEY),
        ),
        rows=rows,
        row_keys=AGING_KEYS,
        chart=Chart(
            ChartKind.BAR,
            tuple(aging_label(key) for key in AGING_KEYS),
            AGING_KEYS,
            (Series("amount", "未付金额", tuple(float(from_fen(f[2])) for f in figures)),),
            unit="元",
        ),
        drill_target=DrillTarget.DEAL,
        total=(
            "合计",
            sum(n for n, _d, _f in figures),
            int(deals_in_all or 0),
            from_fen(sum(fen for _n, _d, fen in found.values())),
        ),
        notes=tuple(notes),
        scope_label=scope.label,
    )


def aging_drill(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    today: date,
    row_key: str,
    series_key: str | None,
) -> DrillList:
    """The installments of that bucket, most days overdue first (then by deal)."""
    if row_key not in AGING_KEYS:
        raise NotFound(f"没有这个账龄：{row_key}")
    as_of = rng.as_of(today)
    starts = aging_starts(as_of)
    position = next(i for i in range(len(starts)) if aging_key_of(i) == row_key)
    where = may_be_overdue(scope)
    if position > 0:
        where.append(Installment.due_on >= starts[position])
    if position < len(starts) - 1:
        where.append(Installment.due_on < starts[position + 1])
    statement = (
        join_deal_labels(
            with_deal(
                select(
                    Deal.id,
                    *deal_label_columns(),
                    Installment.name,
                    Installment.due_on,
                    outstanding_fen(),
                ).select_from(Installment)
            )
        )
        .where(*where)
        .order_by(Installment.due_on, Deal.id, Installment.seq)
    )
    rows, more = capped(session, statement)
    return DrillList(
        title=f"应收账龄：{aging_label(row_key)}（截至 {as_of.isoformat()}）",
        target=DrillTarget.DEAL,
        columns=(
            *DEAL_COLUMNS,
            Column("installment", "付款节点", ColumnKind.TEXT),
            Column("due_on", "应付日期", ColumnKind.TEXT),
            Column("days", "逾期天数"),
            Column("amount", "未付金额", ColumnKind.MONEY),
        ),
        rows=tuple(
            (
                *deal_cells(*row[1:6]),
                row[6],
                row[7].isoformat(),
                max(0, (as_of - row[7]).days),
                from_fen(row[8]),
            )
            for row in rows
        ),
        ids=tuple(row[0] for row in rows),
        more=more,
    )


SPECS: tuple[ReportSpec, ...] = (
    ReportSpec("collected", "回款（按周）", GROUP, collected, collected_drill),
    ReportSpec("aging", "应收账龄", GROUP, aging, aging_drill, snapshot=True),
    ReportSpec(
        "dunning", "催款阶段", GROUP, report_dues.dunning, report_dues.dunning_drill, snapshot=True
    ),
    ReportSpec(
        "forecast",
        "回款预测",
        GROUP,
        report_dues.forecast,
        report_dues.forecast_drill,
        snapshot=True,
    ),
)
