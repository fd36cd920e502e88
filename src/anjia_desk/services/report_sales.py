"""来访与成交 (issue 19, DOMAIN §12): visits per day by channel and the funnel here; conversion by
channel and the consultants' leaderboard in services.report_sales_ranks. Each stage counts its
own events in the range (services.report_events), by office day."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import VisitKind
from anjia_desk.core.errors import NotFound
from anjia_desk.core.report_periods import ReportRange, midnight
from anjia_desk.core.report_values import (
    Cell,
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    DrillList,
    DrillTarget,
    Ratio,
    ReportTable,
    Series,
)
from anjia_desk.db.models import ChangeOrder, Deal, Visit
from anjia_desk.db.types import from_fen, in_fen
from anjia_desk.services.report_base import ReportSpec, Scope, bucket_of, day_starts
from anjia_desk.services.report_drills import DealEvent, deal_list, visit_list
from anjia_desk.services.report_events import (
    EVENTS_NOTE,
    VISITS_NOTE,
    channel_is,
    channel_label,
    day_label,
    parse_day,
    refunds_where,
    signed_where,
    subscribed_where,
    tally,
    visits_where,
)
from anjia_desk.services.report_sales_ranks import CHANNELS, CONSULTANTS

GROUP = "来访与成交"


# --- 1. 来访（按日）


def visits(session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
    """One row per office day: 首访, 复访, 合计 and a column per channel seen (most visits
    first); the chart stacks each day's visits by channel."""
    days = rng.days
    inner = select(
        bucket_of(Visit.visited_at, day_starts(rng)).label("day"),
        Visit.kind,
        Visit.channel,
    ).where(*visits_where(scope, rng))
    per_day: dict[tuple[int, str, str], int] = {}
    for (index, kind, channel), (visits_count, _fen) in tally(session, inner).items():
        key = (int(index), VisitKind(kind).value, channel_label(channel))
        per_day[key] = per_day.get(key, 0) + visits_count
    by_channel: dict[str, int] = {}
    for (_index, _kind, channel), number in per_day.items():
        by_channel[channel] = by_channel.get(channel, 0) + number
    channels = sorted(by_channel, key=lambda name: (-by_channel[name], name))

    def count(index: int, kind: str | None = None, channel: str | None = None) -> int:
        return sum(
            n
            for (i, k, c), n in per_day.items()
            if i == index and kind in (None, k) and channel in (None, c)
        )

    figures: list[list[int]] = []
    for index in range(len(days)):
        first, again = count(index, VisitKind.FIRST.value), count(index, VisitKind.RETURN.value)
        figures.append([first, again, first + again, *(count(index, None, c) for c in channels)])
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (day_label(day), *numbers) for day, numbers in zip(days, figures, strict=True)
    )
    total: tuple[Cell, ...] = ("合计", *(sum(column) for column in zip(*figures, strict=True)))
    columns = (
        Column("day", "日期", ColumnKind.TEXT),
        Column("first", "首访"),
        Column("return", "复访"),
        Column("total", "合计"),
        *(Column(f"channel:{channel}", channel) for channel in channels),
    )
    series = tuple(
        Series(channel, channel, tuple(float(count(i, channel=channel)) for i in range(len(days))))
        for channel in channels
    ) or (Series("", "来访", tuple(0.0 for _ in days)),)
    return ReportTable(
        key="visits",
        title="来访（按日）",
        range_label=rng.label,
        columns=columns,
        rows=rows,
        row_keys=tuple(day.isoformat() for day in days),
        chart=Chart(
            kind=ChartKind.STACKED,
            categories=tuple(day_label(day) for day in days),
            category_keys=tuple(day.isoformat() for day in days),
            series=series,
            unit="人次",
        ),
        drill_target=DrillTarget.CUSTOMER,
        total=total,
        notes=(
            VISITS_NOTE,
            "渠道为来访登记时所选的来源渠道，未选的计入“未填写”；一位客户一天来访两次计两人次",
        ),
        scope_label=scope.label,
    )


def visits_drill(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    today: date,
    row_key: str,
    series_key: str | None,
) -> DrillList:
    """The customers who visited on day `row_key` (through channel `series_key`)."""
    day = parse_day(row_key, rng)
    where = [
        *visits_where(scope, rng),
        Visit.visited_at >= midnight(day, rng.zone),
        Visit.visited_at < midnight(day + timedelta(days=1), rng.zone),
    ]
    title = f"{day_label(day)} 来访"
    if series_key:
        where.append(channel_is(Visit.channel, series_key))
        title += f"（{series_key}）"
    return visit_list(session, rng, where, title)


# --- 2. 成交漏斗

STAGES = (
    ("visits", "来访"),
    ("subscribed", "认购"),
    ("signed", "签约"),
    ("refunded", "退房"),
)


def stage_figures(session: Session, scope: Scope, rng: ReportRange) -> dict[str, tuple[int, int]]:
    """(count, amount in fen) of each funnel stage in the range: visits (no amount), 认购, 签约
    and 退房 (the refunded deals' price)."""
    price = func.coalesce(func.sum(in_fen(Deal.price)), 0)
    visits_count = session.scalar(
        select(func.count()).select_from(Visit).where(*visits_where(scope, rng))
    )
    statements = {
        "subscribed": select(func.count(), price).where(*subscribed_where(scope, rng)),
        "signed": select(func.count(), price).where(*signed_where(scope, rng)),
        "refunded": select(func.count(), price)
        .select_from(ChangeOrder)
        .join(Deal, Deal.id == ChangeOrder.deal_id)
        .where(*refunds_where(scope, rng)),
    }
    figures = {"visits": (int(visits_count or 0), 0)}
    for key, statement in statements.items():
        count, fen = session.execute(statement).one()
        figures[key] = (int(count or 0), int(fen or 0))
    return figures


def funnel(session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
    """来访 → 认购 → 签约 → 退房 in the range: count, amount and each stage ÷ the stage before."""
    figures = stage_figures(session, scope, rng)
    rows: list[tuple[Cell, ...]] = []
    before: int | None = None
    for key, label in STAGES:
        count, fen = figures[key]
        amount: Decimal | None = None if key == "visits" else from_fen(fen)
        rate = None if before is None else Ratio(count, before)
        rows.append((label, count, amount, rate))
        before = count
    columns = (
        Column("stage", "阶段", ColumnKind.TEXT),
        Column("count", "数量"),
        Column("amount", "金额", ColumnKind.MONEY),
        Column("rate", "转化率（本阶段÷上一阶段）", ColumnKind.RATIO),
    )
    return ReportTable(
        key="funnel",
        title="成交漏斗",
        range_label=rng.label,
        columns=columns,
        rows=tuple(rows),
        row_keys=tuple(key for key, _ in STAGES),
        chart=Chart(
            kind=ChartKind.HBAR,
            categories=tuple(label for _, label in STAGES),
            category_keys=tuple(key for key, _ in STAGES),
            series=(Series("count", "数量", tuple(float(figures[k][0]) for k, _ in STAGES)),),
        ),
        drill_target=DrillTarget.DEAL,
        notes=(
            EVENTS_NOTE,
            VISITS_NOTE,
            "转化率：认购÷来访，签约÷认购，退房÷签约（同一区间内的数量）",
            "金额：认购、签约为成交价合计；退房为退房交易的成交价合计",
        ),
        scope_label=scope.label,
    )


def funnel_drill(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    today: date,
    row_key: str,
    series_key: str | None,
) -> DrillList:
    """来访: the visits' customers; 认购, 签约, 退房: the deals."""
    if row_key == "visits":
        return visit_list(session, rng, visits_where(scope, rng), f"{rng.label} 来访")
    events = {
        "subscribed": (DealEvent.SUBSCRIBED, "认购"),
        "signed": (DealEvent.SIGNED, "签约"),
        "refunded": (DealEvent.REFUNDED, "退房"),
    }
    if row_key not in events:
        raise NotFound(f"成交漏斗中没有这一行：{row_key}")
    event, label = events[row_key]
    return deal_list(session, scope, rng, event, f"{rng.label} {label}")


SPECS: tuple[ReportSpec, ...] = (
    ReportSpec("visits", "来访（按日）", GROUP, visits, visits_drill),
    ReportSpec("funnel", "成交漏斗", GROUP, funnel, funnel_drill),
    CHANNELS,
    CONSULTANTS,
)
