"""认购与退房 (issue 19, DOMAIN §12): 认购未签约 by days left to the signing deadline (a
snapshot), and the refunds of the range: the rate (退房 ÷ 签约), the reason types and the share
within 72 hours of 签约. 退定 (before 签约) is named in the notes, never counted as 退房."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.changes import ReasonType
from anjia_desk.core.deals import Stage
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
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, ChangeOrder, Customer, Deal, Unit
from anjia_desk.db.types import from_fen, in_fen
from anjia_desk.services.report_base import ReportSpec, Scope, bucket_of
from anjia_desk.services.report_drills import (
    NO_REASON,
    DealEvent,
    capped,
    deal_list,
    local_time,
    person,
)
from anjia_desk.services.report_events import (
    names_of,
    refunds_where,
    signed_where,
    tally,
    unsubscribes_where,
)

GROUP = "认购与退房"

# --- 5. 认购未签约

#: (row key, label, first and last day left to the deadline; None: open-ended).
WINDOWS: tuple[tuple[str, str, int | None, int | None], ...] = (
    ("overdue", "已逾期", None, -1),
    ("0-3", "0–3 天", 0, 3),
    ("4-7", "4–7 天", 4, 7),
    ("8-15", "8–15 天", 8, 15),
    ("16+", "16 天以上", 16, None),
)


def unsigned_at(scope: Scope, as_of: date, rng: ReportRange) -> list[ColumnElement[bool]]:
    """Deals subscribed by the end of office day `as_of` and, at that moment, neither signed nor
    cancelled (as of today: the live deals still at 已认购)."""
    cut = midnight(as_of + timedelta(days=1), rng.zone)
    not_signed = or_(
        and_(Deal.signed_at.is_(None), Deal.stage.in_([Stage.SUBSCRIBED, Stage.CANCELLED])),
        Deal.signed_at >= cut,
    )
    return [
        Deal.subscribed_at < cut,
        not_signed,
        or_(Deal.cancelled_at.is_(None), Deal.cancelled_at >= cut),
        scope.only(Deal.consultant_id),
    ]


def _window_starts(as_of: date) -> list[date]:
    """bucket_of starts over sign_deadline, one per window: the first (已逾期) is never compared
    (bucket_of puts everything before the second start in bucket 0), then as_of (0–3), +4, +8,
    +16."""
    return [as_of - timedelta(days=1)] + [
        as_of + timedelta(days=first) for _, _, first, _ in WINDOWS[1:] if first is not None
    ]


def unsigned(session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
    """认购未签约 as of the range's last day (or today): 套数 and 金额 by days left to sign."""
    as_of = rng.as_of(today)
    inner = select(
        bucket_of(Deal.sign_deadline, _window_starts(as_of)).label("window"),
        in_fen(Deal.price).label("fen"),
    ).where(*unsigned_at(scope, as_of, rng))
    figures = {int(key[0]): value for key, value in tally(session, inner).items()}
    rows = tuple(
        (label, figures.get(n, (0, 0))[0], from_fen(figures.get(n, (0, 0))[1]))
        for n, (_, label, _, _) in enumerate(WINDOWS)
    )
    count = sum(n for n, _ in figures.values())
    fen = sum(f for _, f in figures.values())
    columns = (
        Column("window", "距签约期限", ColumnKind.TEXT),
        Column("count", "套数"),
        Column("amount", "金额", ColumnKind.MONEY),
    )
    keys = tuple(key for key, *_ in WINDOWS)
    return ReportTable(
        key="unsigned",
        title="认购未签约",
        range_label=f"截至 {as_of.isoformat()}",
        columns=columns,
        rows=rows,
        row_keys=keys,
        chart=Chart(
            ChartKind.BAR,
            tuple(label for _, label, _, _ in WINDOWS),
            keys,
            (Series("count", "套数", tuple(float(row[1]) for row in rows)),),
            unit="套",
        ),
        drill_target=DrillTarget.DEAL,
        total=("合计", count, from_fen(fen)),
        notes=(
            f"截至 {as_of.isoformat()} 已认购、尚未签约也未退定的交易，按距签约期限的天数分组"
            "（期限当天为 0 天，已过期限为已逾期）",
            "金额为成交价合计",
        ),
        scope_label=scope.label,
    )


def unsigned_drill(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    today: date,
    row_key: str,
    series_key: str | None,
) -> DrillList:
    """The deals of window `row_key`, the nearest deadline first."""
    window = next((w for w in WINDOWS if w[0] == row_key), None)
    if window is None:
        raise NotFound(f"认购未签约中没有这一行：{row_key}")
    _, label, first, last = window
    as_of = rng.as_of(today)
    where = unsigned_at(scope, as_of, rng)
    if first is not None:
        where.append(Deal.sign_deadline >= as_of + timedelta(days=first))
    if last is not None:
        where.append(Deal.sign_deadline <= as_of + timedelta(days=last))
    statement = (
        select(
            Deal.id,
            Building.name.label("building"),
            Unit.stairwell,
            Unit.room,
            Deal.buyer_name,
            Customer.phone,
            Customer.erasure_requested_at,
            Deal.consultant_id,
            in_fen(Deal.price).label("fen"),
            Deal.subscribed_at,
            Deal.sign_deadline,
        )
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Customer, Customer.id == Deal.customer_id)
        .where(*where)
        .order_by(Deal.sign_deadline, Deal.subscribed_at, Deal.id)
    )
    rows, more = capped(session, statement)
    names = names_of(session, (row.consultant_id for row in rows))
    cells: list[tuple[Cell, ...]] = []
    for row in rows:
        buyer, phone = person(row.buyer_name, row.phone, row.erasure_requested_at)
        cells.append(
            (
                unit_label(row.building, row.stairwell, row.room),
                buyer,
                phone,
                names[row.consultant_id],
                from_fen(int(row.fen)),
                local_time(row.subscribed_at, rng.zone)[:10],
                row.sign_deadline.isoformat(),
                (row.sign_deadline - as_of).days,
            )
        )
    columns = (
        Column("unit", "房源", ColumnKind.TEXT),
        Column("buyer", "买受人", ColumnKind.TEXT),
        Column("phone", "手机", ColumnKind.TEXT),
        Column("consultant", "顾问", ColumnKind.TEXT),
        Column("price", "成交价", ColumnKind.MONEY),
        Column("subscribed_on", "认购日", ColumnKind.TEXT),
        Column("deadline", "签约截止", ColumnKind.TEXT),
        Column("days_left", "剩余天数"),
    )
    return DrillList(
        title=f"截至 {as_of.isoformat()} 认购未签约：{label}",
        target=DrillTarget.DEAL,
        columns=columns,
        rows=tuple(cells),
        ids=tuple(row.id for row in rows),
        more=more,
        notes=("剩余天数为负数表示已超过签约期限的天数",),
    )


# --- 6. 退房分析

#: The row key of 退房 orders with no reason type recorded.
NO_REASON_KEY = "none"


@dataclass(frozen=True)
class RefundFigures:
    """The refunds of a range: 退房 per reason key (count, within 72 hours), 签约 and 退定."""

    per_reason: dict[str, tuple[int, int]]
    signed: int
    unsubscribed: int

    @property
    def refunded(self) -> int:
        return sum(count for count, _ in self.per_reason.values())

    @property
    def within_72h(self) -> int:
        return sum(early for _, early in self.per_reason.values())

    @property
    def rate(self) -> Ratio:
        """退房率: 本期退房 ÷ 本期签约."""
        return Ratio(self.refunded, self.signed)

    @property
    def early_share(self) -> Ratio:
        """签约后72小时内 ÷ 本期退房."""
        return Ratio(self.within_72h, self.refunded)


def refund_figures(session: Session, scope: Scope, rng: ReportRange) -> RefundFigures:
    """Three queries: 退房 by (reason type, within 72 hours), 签约, 退定."""
    orders = (
        select(ChangeOrder.reason_type, ChangeOrder.within_72h)
        .join(Deal, Deal.id == ChangeOrder.deal_id)
        .where(*refunds_where(scope, rng))
    )
    per: dict[str, tuple[int, int]] = {}
    for (reason, early), (count, _fen) in tally(session, orders).items():
        key = NO_REASON_KEY if reason is None else ReasonType(reason).value
        was_count, was_early = per.get(key, (0, 0))
        per[key] = (was_count + count, was_early + (count if early else 0))
    signed_count = session.scalar(select(func.count()).where(*signed_where(scope, rng)))
    unsubscribed = session.scalar(
        select(func.count())
        .select_from(ChangeOrder)
        .join(Deal, Deal.id == ChangeOrder.deal_id)
        .where(*unsubscribes_where(scope, rng))
    )
    return RefundFigures(per, int(signed_count or 0), int(unsubscribed or 0))


def refunds(session: Session, scope: Scope, rng: ReportRange, today: date) -> ReportTable:
    """退房 of the range by reason type: count, share of all 退房, how many within 72 hours of
    签约; the notes give the refund rate (÷ 签约), the 72-hour share and the 退定 count."""
    figures = refund_figures(session, scope, rng)
    per, total, early = figures.per_reason, figures.refunded, figures.within_72h
    keys = [reason.value for reason in ReasonType]
    if NO_REASON_KEY in per:
        keys.append(NO_REASON_KEY)
    keys.sort(key=lambda k: -per.get(k, (0, 0))[0])  # stable: the types' own order on a tie
    labels = {reason.value: reason.label for reason in ReasonType} | {NO_REASON_KEY: NO_REASON}
    rows = tuple(
        (labels[key], per.get(key, (0, 0))[0], Ratio(per.get(key, (0, 0))[0], total),
         per.get(key, (0, 0))[1])
        for key in keys
    )  # fmt: skip
    columns = (
        Column("reason", "原因类型", ColumnKind.TEXT),
        Column("count", "退房数"),
        Column("share", "占比（÷本期退房）", ColumnKind.RATIO),
        Column("within_72h", "签约后72小时内"),
    )
    return ReportTable(
        key="refunds",
        title="退房分析",
        range_label=rng.label,
        columns=columns,
        rows=rows,
        row_keys=tuple(keys),
        chart=Chart(
            ChartKind.BAR,
            tuple(labels[key] for key in keys),
            tuple(keys),
            (
                Series("count", "退房数", tuple(float(row[1]) for row in rows)),
                Series("within_72h", "签约后72小时内", tuple(float(row[3]) for row in rows)),
            ),
            unit="宗",
        ),
        drill_target=DrillTarget.DEAL,
        total=("合计", total, Ratio(total, total), early),
        notes=(
            f"退房率 {figures.rate.text}（本期退房 {total} ÷ 本期签约 {figures.signed}）",
            f"签约后72小时内退房占 {figures.early_share.text}"
            f"（72小时内 {early} ÷ 本期退房 {total}）",
            f"本期退定 {figures.unsubscribed} 宗（未签约，不计入退房）",
            "退房：签约后的退房及解约，按执行时间计入本期；原因类型未选的计入“未填写”",
        ),
        scope_label=scope.label,
    )


def refunds_drill(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    today: date,
    row_key: str,
    series_key: str | None,
) -> DrillList:
    """The 退房 of reason type `row_key` (series "within_72h": only those within 72 hours of
    签约); row key "unsubscribed" lists the range's 退定."""
    if row_key == "unsubscribed":
        return deal_list(session, scope, rng, DealEvent.UNSUBSCRIBED, f"{rng.label} 退定")
    if row_key == NO_REASON_KEY:
        where: list[ColumnElement[bool]] = [ChangeOrder.reason_type.is_(None)]
        label = NO_REASON
    elif row_key in {reason.value for reason in ReasonType}:
        where = [ChangeOrder.reason_type == ReasonType(row_key)]
        label = ReasonType(row_key).label
    else:
        raise NotFound(f"退房分析中没有这一行：{row_key}")
    title = f"{rng.label} 退房：{label}"
    if series_key == "within_72h":
        where.append(ChangeOrder.within_72h.is_(True))
        title += "（签约后72小时内）"
    return deal_list(session, scope, rng, DealEvent.REFUNDED, title, where)


SPECS: tuple[ReportSpec, ...] = (
    ReportSpec("unsigned", "认购未签约", GROUP, unsigned, unsigned_drill, snapshot=True),
    ReportSpec("refunds", "退房分析", GROUP, refunds, refunds_drill),
)
