"""渠道转化 and 顾问排行 (issue 19, DOMAIN §12): the funnel's stages per channel and per
consultant, each stage counting its own events in the range (services.report_events). A visit's
channel is the one registered with the visit; a deal's is its customer's source channel."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from anjia_desk.core.report_periods import ReportRange
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
from anjia_desk.db.models import ChangeOrder, Customer, Deal, Visit
from anjia_desk.db.types import from_fen, in_fen
from anjia_desk.services.report_base import ReportSpec, Scope
from anjia_desk.services.report_drills import DealEvent, deal_list, visit_list
from anjia_desk.services.report_events import (
    EVENTS_NOTE,
    VISITS_NOTE,
    channel_is,
    channel_label,
    consultant_is,
    consultant_key,
    consultant_of_key,
    names_of,
    refunds_where,
    signed_where,
    subscribed_where,
    tally,
    visits_where,
)

GROUP = "来访与成交"
#: The stages counted per row, in the tables' order.
STAGES = ("visits", "subscribed", "signed", "refunded")
STAGE_EVENTS = {
    "subscribed": (DealEvent.SUBSCRIBED, "认购"),
    "signed": (DealEvent.SIGNED, "签约"),
    "refunded": (DealEvent.REFUNDED, "退房"),
}


def _per(
    session: Session, scope: Scope, rng: ReportRange, visit_key: Any, deal_key: Any
) -> dict[str, dict[Any, tuple[int, int]]]:
    """Each stage's (count, fen) per value of `visit_key` (a Visit column) or `deal_key` (a
    Deal or Customer column), one GROUP BY each."""
    deals = select(deal_key.label("key"), in_fen(Deal.price).label("fen")).select_from(Deal)
    if deal_key.class_ is Customer:
        deals = deals.join(Customer, Customer.id == Deal.customer_id)
    refunds = (
        select(deal_key.label("key"), in_fen(Deal.price).label("fen"))
        .select_from(ChangeOrder)
        .join(Deal, Deal.id == ChangeOrder.deal_id)
    )
    if deal_key.class_ is Customer:
        refunds = refunds.join(Customer, Customer.id == Deal.customer_id)
    statements = {
        "visits": select(visit_key.label("key")).where(*visits_where(scope, rng)),
        "subscribed": deals.where(*subscribed_where(scope, rng)),
        "signed": deals.where(*signed_where(scope, rng)),
        "refunded": refunds.where(*refunds_where(scope, rng)),
    }
    return {
        stage: {key[0]: figures for key, figures in tally(session, statement).items()}
        for stage, statement in statements.items()
    }


# --- 3. 渠道转化


def channels(session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
    """Per channel: 来访, 认购, 签约, 退房 and the two conversion rates."""
    raw = _per(session, scope, rng, Visit.channel, Customer.channel)
    per: dict[str, dict[str, int]] = {}
    for stage, figures in raw.items():
        for channel, (count, _fen) in figures.items():
            counts = per.setdefault(channel_label(channel), dict.fromkeys(STAGES, 0))
            counts[stage] += count
    names = sorted(per, key=lambda c: (-per[c]["visits"], -per[c]["subscribed"], c))

    def cells(label: str, counts: dict[str, int]) -> tuple[Cell, ...]:
        return (
            label,
            *(counts[stage] for stage in STAGES),
            Ratio(counts["subscribed"], counts["visits"]),
            Ratio(counts["signed"], counts["subscribed"]),
        )

    totals = {stage: sum(per[c][stage] for c in names) for stage in STAGES}
    columns = (
        Column("channel", "渠道", ColumnKind.TEXT),
        Column("visits", "来访"),
        Column("subscribed", "认购"),
        Column("signed", "签约"),
        Column("refunded", "退房"),
        Column("subscribe_rate", "认购率（认购÷来访）", ColumnKind.RATIO),
        Column("sign_rate", "签约率（签约÷认购）", ColumnKind.RATIO),
    )
    series = tuple(
        Series(stage, label, tuple(float(per[c][stage]) for c in names))
        for stage, label in (("visits", "来访"), ("subscribed", "认购"), ("signed", "签约"))
    )
    return ReportTable(
        key="channels",
        title="渠道转化",
        range_label=rng.label,
        columns=columns,
        rows=tuple(cells(c, per[c]) for c in names),
        row_keys=tuple(names),
        chart=Chart(ChartKind.BAR, tuple(names), tuple(names), series, unit="人次/套"),
        drill_target=DrillTarget.DEAL,
        total=cells("合计", totals),
        notes=(
            EVENTS_NOTE,
            VISITS_NOTE,
            "渠道：来访按来访登记的渠道；认购、签约、退房按客户档案的来源渠道；未选的计入“未填写”",
            "认购率 = 本期认购 ÷ 本期来访；签约率 = 本期签约 ÷ 本期认购（各按本期发生的数量）",
        ),
        scope_label=scope.label,
    )


def channels_drill(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    today: date,
    row_key: str,
    series_key: str | None,
) -> DrillList:
    """Channel `row_key`'s visits' customers (series "visits"), or its deals of one stage
    (subscribed, signed, refunded), or every deal with an event in the range (None)."""
    if series_key == "visits":
        where = [*visits_where(scope, rng), channel_is(Visit.channel, row_key)]
        return visit_list(session, rng, where, f"{row_key} 来访")
    return _deals(session, scope, rng, series_key, row_key, channel_is(Customer.channel, row_key))


def _deals(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    series_key: str | None,
    label: str,
    condition: ColumnElement[bool],
) -> DrillList:
    event, what = STAGE_EVENTS.get(series_key or "", (DealEvent.ANY, "本期认购、签约或退房"))
    return deal_list(session, scope, rng, event, f"{label} {what}", [condition])


# --- 4. 顾问排行


def consultants(session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
    """Per consultant (by 签约金额, then 签约 count): visits received, 认购, 签约, the amount
    signed and 退房."""
    raw = _per(session, scope, rng, Visit.consultant_id, Deal.consultant_id)
    per: dict[int | None, dict[str, int]] = {}
    for stage, figures in raw.items():
        for user_id, (count, fen) in figures.items():
            counts = per.setdefault(user_id, {**dict.fromkeys(STAGES, 0), "fen": 0})
            counts[stage] += count
            if stage == "signed":
                counts["fen"] += fen
    names = names_of(session, per)
    order = sorted(
        per,
        key=lambda u: (-per[u]["fen"], -per[u]["signed"], u is None, names.get(u, ""), u or 0),
    )

    def cells(label: str, counts: dict[str, int]) -> tuple[Cell, ...]:
        return (
            label,
            counts["visits"],
            counts["subscribed"],
            counts["signed"],
            from_fen(counts["fen"]),
            counts["refunded"],
        )

    totals = {key: sum(per[u][key] for u in order) for key in (*STAGES, "fen")}
    columns = (
        Column("consultant", "顾问", ColumnKind.TEXT),
        Column("visits", "接待来访"),
        Column("subscribed", "认购"),
        Column("signed", "签约"),
        Column("signed_amount", "签约金额", ColumnKind.MONEY),
        Column("refunded", "退房"),
    )
    labels = tuple(names.get(u, f"用户{u}") for u in order)
    keys = tuple(consultant_key(u) for u in order)
    amounts = tuple(round(per[u]["fen"] / 1_000_000, 2) for u in order)
    return ReportTable(
        key="consultants",
        title="顾问排行",
        range_label=rng.label,
        columns=columns,
        rows=tuple(cells(label, per[u]) for label, u in zip(labels, order, strict=True)),
        row_keys=keys,
        chart=Chart(
            ChartKind.HBAR,
            labels,
            keys,
            (Series("signed_amount", "签约金额（万元）", amounts),),
            unit="万元",
        ),
        drill_target=DrillTarget.DEAL,
        total=cells("合计", totals),
        notes=(
            EVENTS_NOTE,
            "接待来访按来访登记的接待顾问；认购、签约、退房按交易的置业顾问",
            "按签约金额从高到低排列，金额相同按签约套数；图中金额单位为万元",
        ),
        scope_label=scope.label,
    )


def consultants_drill(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    today: date,
    row_key: str,
    series_key: str | None,
) -> DrillList:
    """Consultant `row_key`'s visits' customers (series "visits"), deals of one stage
    (subscribed; signed or signed_amount; refunded) or every deal with an event (None)."""
    user_id = consultant_of_key(row_key)
    label = names_of(session, [user_id]).get(user_id, f"用户{user_id}")
    if series_key == "visits":
        where = [*visits_where(scope, rng), consultant_is(Visit.consultant_id, user_id)]
        return visit_list(session, rng, where, f"{label} 接待来访")
    if series_key == "signed_amount":
        series_key = "signed"
    condition = consultant_is(Deal.consultant_id, user_id)
    return _deals(session, scope, rng, series_key, label, condition)


CHANNELS = ReportSpec("channels", "渠道转化", GROUP, channels, channels_drill)
CONSULTANTS = ReportSpec("consultants", "顾问排行", GROUP, consultants, consultants_drill)
