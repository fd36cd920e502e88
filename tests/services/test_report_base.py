"""The office-day buckets every report groups by, on both engines; the scope of each right."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Date, literal, select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.report_periods import ReportRange
from anjia_desk.core.roles import Role
from anjia_desk.db.types import UTCDateTime
from anjia_desk.services.context import Actor
from anjia_desk.services.report_base import (
    bucket_of,
    day_starts,
    may_see_reports,
    report_scope,
    within,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _expected(starts: list[date], day: date) -> int:
    return max((i for i, start in enumerate(starts) if start <= day), default=0)


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 9, 31, 37])
def test_bucket_of_a_date_is_the_last_start_on_or_before_it(session: Session, count: int):
    starts = [date(2026, 1, 1) + timedelta(days=3 * n) for n in range(count)]
    days = [date(2025, 12, 30) + timedelta(days=n) for n in range(0, 3 * count + 4)]
    columns = [bucket_of(literal(day, Date), starts).label(f"d{n}") for n, day in enumerate(days)]
    got = list(session.execute(select(*columns)).one())
    assert got == [_expected(starts, day) for day in days]


def test_a_subscription_at_2330_counts_on_its_office_day(session: Session):
    rng = ReportRange(date(2026, 3, 1), date(2026, 3, 3), SHANGHAI)
    late = datetime(2026, 3, 2, 23, 30, tzinfo=SHANGHAI)  # 15:30 UTC on the 2nd
    early = datetime(2026, 3, 3, 0, 10, tzinfo=SHANGHAI)  # 16:10 UTC on the 2nd
    moments = [late, early, datetime(2026, 3, 1, 0, 0, tzinfo=SHANGHAI)]
    values = [literal(m.astimezone(UTC), UTCDateTime()) for m in moments]
    row = session.execute(select(*(bucket_of(v, day_starts(rng)) for v in values))).one()
    assert list(row) == [1, 2, 0]
    inside = session.execute(
        select(
            within(literal(datetime(2026, 3, 3, 23, 59, tzinfo=SHANGHAI), UTCDateTime()), rng),
            within(literal(datetime(2026, 3, 4, 0, 0, tzinfo=SHANGHAI), UTCDateTime()), rng),
        )
    ).one()
    assert [bool(v) for v in inside] == [True, False]


def _actor(*roles: Role, user_id: int = 7) -> Actor:
    return Actor(user_id=user_id, username="u", display_name="某人", roles=frozenset(roles))


def test_the_scope_of_each_right():
    assert report_scope(_actor(Role.SITE_MANAGER)).user_id is None
    own = report_scope(_actor(Role.CONSULTANT))
    assert own.user_id == 7 and own.own and own.label == "仅本人"
    with pytest.raises(PermissionDenied, match="查看报表"):
        report_scope(_actor(Role.CONSULTANT), whole_office_only=True)
    with pytest.raises(PermissionDenied, match="查看报表"):
        report_scope(_actor(Role.FRONT_DESK))
    assert may_see_reports(_actor(Role.FINANCE)) and may_see_reports(_actor(Role.CONSULTANT))
    assert not may_see_reports(_actor(Role.CASHIER))
