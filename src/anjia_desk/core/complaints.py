"""Complaints (DOMAIN §9, issue 18): the vocabulary and the clocks — channels with their response
clocks, natures, levels with their owners and first-answer deadlines over the office calendar
(core.calendar), pauses while waiting on the customer, the satisfaction rule and who approves
money paid because of a complaint.

The deadlines, as issue 18 fixes them:
- 一级: 24 clock hours from intake, holidays included; a pause adds back its clock time.
- 二级 / 三级: 3 / 1 working days, at the same clock time on the Nth working day; intake on a
  rest day counts from 09:00 of the next working day; make-up working weekends count. A pause
  adds back only the paused time that fell on working days, and the deadline moves forward by
  that much working-day time, skipping rest days (Friday 17:00 to Monday 10:00 adds 17 hours).
- A level change recomputes from intake. A deadline that crosses a year the calendar only
  guesses (Mon–Fri fallback) says so.

Pure: local (office-zone) times in, local times out; `now` is always a parameter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from anjia_desk.core.calendar import WORKDAY_START, OfficeCalendar
from anjia_desk.core.roles import Role

#: Phone and online complaints are answered within the hour, but never after this time of day:
#: one received later (or on a rest day) counts from 09:00 of the next working day.
LATE = time(21, 0)
ON_SITE_MINUTES = 10
CALL_BACK_HOURS = 1
DAY = timedelta(days=1)


class Channel(StrEnum):
    ON_SITE = "on_site"  # 现场: the manager there within 10 minutes
    PHONE = "phone"  # 电话: call back within 1 hour
    ONLINE = "online"  # 网络: call back within 1 hour
    REFERRED = "referred"  # 外部转办 (12345, 住建局, 消协): that body's own deadline

    @property
    def label(self) -> str:
        return {"on_site": "现场", "phone": "电话", "online": "网络", "referred": "外部转办"}[
            self.value
        ]


class Nature(StrEnum):
    QUALITY = "quality"  # 质量
    SERVICE = "service"  # 服务
    PROMISE = "promise"  # 承诺

    @property
    def label(self) -> str:
        return {"quality": "质量", "service": "服务", "promise": "承诺"}[self.value]


class Level(StrEnum):
    MAJOR = "1"  # 一级: group complaint, media risk
    GENERAL = "2"  # 二级: e.g. a dispute over the finish standard
    MINOR = "3"  # 三级: e.g. a property service lapse

    @property
    def label(self) -> str:
        return {"1": "一级", "2": "二级", "3": "三级"}[self.value]

    @property
    def owner(self) -> Role:
        """Who owns a complaint of this level (DOMAIN §9)."""
        return LEVEL_OWNERS[self]

    @property
    def rule_text(self) -> str:
        return {"1": "受理后 24 小时内（含节假日）", "2": "3 个工作日内", "3": "1 个工作日内"}[
            self.value
        ]


LEVEL_OWNERS: dict[Level, Role] = {
    Level.MAJOR: Role.VICE_PRESIDENT,
    Level.GENERAL: Role.SITE_MANAGER,
    Level.MINOR: Role.CS_MANAGER,
}
#: The working days to the first answer of a 二级 / 三级 complaint.
WORKING_DAYS: dict[Level, int] = {Level.GENERAL: 3, Level.MINOR: 1}
MAJOR_HOURS = 24
#: No first-answer deadline comes sooner after intake: 24 clock hours for 一级, the same clock
#: time one or three working days on for the others (an hour less on the day a zone with summer
#: time moves its clocks), pauses only adding to it. Reports judge a case answered within it on
#: time without working out the deadline.
EARLIEST_DUE = timedelta(hours=23)


@dataclass(frozen=True)
class Pause:
    """The clock stopped while waiting on the customer; `end` None while it still runs."""

    start: datetime
    end: datetime | None = None


@dataclass(frozen=True)
class Deadline:
    """The first answer's deadline; `paused` while a pause runs (the deadline then moves);
    `guessed` the years it crosses that the calendar only guesses (Mon–Fri)."""

    due_at: datetime
    paused: bool = False
    guessed: tuple[int, ...] = ()

    @property
    def note(self) -> str:
        """Beside the date when a year is guessed: "2027 年节假日未录入，按周一至周五估算"."""
        if not self.guessed:
            return ""
        years = "、".join(str(y) for y in self.guessed)
        return f"{years} 年节假日未录入，按周一至周五估算"


def working_time(calendar: OfficeCalendar, start: datetime, end: datetime) -> timedelta:
    """The part of [start, end) that falls on working days (whole clock days: a working day
    counts from 00:00 to 24:00)."""
    total = timedelta(0)
    moment = start
    while moment < end:
        midnight = datetime.combine(moment.date() + DAY, time(0), tzinfo=moment.tzinfo)
        stop = min(end, midnight)
        if calendar.is_working_day(moment.date()):
            total += stop - moment
        moment = stop
    return total


def add_working_time(calendar: OfficeCalendar, start: datetime, amount: timedelta) -> datetime:
    """`start` moved forward by `amount` of working-day time, rest days skipped."""
    moment, left = start, amount
    while left > timedelta(0):
        if not calendar.is_working_day(moment.date()):
            moment = datetime.combine(moment.date() + DAY, time(0), tzinfo=moment.tzinfo)
            continue
        midnight = datetime.combine(moment.date() + DAY, time(0), tzinfo=moment.tzinfo)
        step = min(left, midnight - moment)
        moment += step
        left -= step
    return moment


def _closed(pauses: Sequence[Pause], now: datetime) -> list[tuple[datetime, datetime]]:
    """The pauses as intervals; one still running ends `now`."""
    return [(p.start, p.end if p.end is not None else max(now, p.start)) for p in pauses]


def first_answer_due(
    level: Level,
    intake: datetime,
    calendar: OfficeCalendar,
    *,
    pauses: Sequence[Pause] = (),
    now: datetime,
) -> Deadline:
    """When the first answer is due, for a complaint of `level` taken in at `intake` (office
    local time), its pauses counted (one still running as far as `now`)."""
    spans = _closed(pauses, now)
    if level is Level.MAJOR:
        due = intake + timedelta(hours=MAJOR_HOURS)
        due += sum((end - start for start, end in spans), timedelta(0))
    else:
        due = calendar.working_deadline(intake, WORKING_DAYS[level])
        added = sum((working_time(calendar, start, end) for start, end in spans), timedelta(0))
        due = add_working_time(calendar, due, added)
    running = any(p.end is None for p in pauses)
    years = range(intake.year, due.year + 1)
    return Deadline(due, running, tuple(calendar.fallback_years(years)))


def response_due(channel: Channel, intake: datetime, calendar: OfficeCalendar) -> datetime | None:
    """The response clock: on site the manager within 10 minutes; by phone or online a call
    back within the hour — counted from 09:00 when the complaint came before 09:00, and from
    09:00 of the next working day when it came after 21:00 or on a rest day. A referred
    complaint has the outside body's own deadline (None here)."""
    if channel is Channel.ON_SITE:
        return intake + timedelta(minutes=ON_SITE_MINUTES)
    if channel is Channel.REFERRED:
        return None
    day = intake.date()
    if not calendar.is_working_day(day) or intake.time() >= LATE:
        start = datetime.combine(
            calendar.next_working_day(day), WORKDAY_START, tzinfo=intake.tzinfo
        )
    elif intake.time() < WORKDAY_START:
        start = datetime.combine(day, WORKDAY_START, tzinfo=intake.tzinfo)
    else:
        start = intake
    return start + timedelta(hours=CALL_BACK_HOURS)


def time_left(due_at: datetime, now: datetime) -> str:
    """ "还剩 3 小时 20 分" / "已超时 1 天 2 小时" — the 工作台's words for a running clock."""
    delta = due_at - now
    late = delta < timedelta(0)
    delta = abs(delta)
    days, rest = divmod(int(delta.total_seconds()) // 60, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [f"{days} 天"] if days else []
    if hours:
        parts.append(f"{hours} 小时")
    if minutes and not days:
        parts.append(f"{minutes} 分")
    words = " ".join(parts) or "不到 1 分"
    return f"已超时 {words}" if late else f"还剩 {words}"


# -- satisfaction and money ------------------------------------------------------------------

#: Satisfaction below this share opens a second round (DOMAIN §9).
SATISFIED = Decimal("0.80")
RATING_MAX = 5
RETURN_VISIT_DAYS = 3


def satisfaction(ratings: Iterable[int]) -> Decimal:
    """Average rating ÷ 5, as a share (0–1, two places); ValueError for no rating or one outside
    1–5."""
    values = list(ratings)
    if not values or any(not 1 <= r <= RATING_MAX for r in values):
        raise ValueError("评分须为 1–5 分")
    share = Decimal(sum(values)) / Decimal(len(values) * RATING_MAX)
    return share.quantize(Decimal("0.01"))


def return_visit_due(executed_on: date, calendar: OfficeCalendar) -> date:
    """The return visit is due within 3 working days of execution."""
    return calendar.add_working_days(executed_on, RETURN_VISIT_DAYS)


class Payment(StrEnum):
    LIABILITY = "liability"  # 赔偿
    GOODWILL = "goodwill"  # 补偿

    @property
    def label(self) -> str:
        return {"liability": "赔偿", "goodwill": "补偿"}[self.value]


class Liable(StrEnum):
    CONTRACTOR = "contractor"  # 施工单位
    COMPANY = "company"  # 本公司

    @property
    def label(self) -> str:
        return {"contractor": "施工单位", "company": "本公司"}[self.value]


#: Default approval thresholds (settings may change them): a contractor's liability up to
#: ¥20,000 and the company's up to ¥10,000 the customer-service manager alone.
CONTRACTOR_LIMIT = Decimal(20000)
COMPANY_LIMIT = Decimal(10000)


def approvers(
    payment: Payment,
    liable: Liable,
    amount: Decimal,
    *,
    contractor_limit: Decimal = CONTRACTOR_LIMIT,
    company_limit: Decimal = COMPANY_LIMIT,
) -> tuple[Role, ...]:
    """Who must approve money paid because of a complaint: the customer-service manager, and
    the vice president above the limit. 补偿 (goodwill) follows the company's limit."""
    if payment is Payment.LIABILITY and liable is Liable.CONTRACTOR:
        limit = contractor_limit
    else:
        limit = company_limit
    if amount <= limit:
        return (Role.CS_MANAGER,)
    return (Role.CS_MANAGER, Role.VICE_PRESIDENT)


def needs_contractor_proof(payment: Payment, liable: Liable) -> bool:
    """A contractor's liability needs its written acknowledgement or the 监理's confirmation."""
    return payment is Payment.LIABILITY and liable is Liable.CONTRACTOR
