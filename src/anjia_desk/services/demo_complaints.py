"""The demo's complaints (issue 18, DOMAIN §9): every level, nature and channel, each row as the
rules would have left it — first-answer deadlines from core.complaints over the office calendar,
the return visit's day from `return_visit_due`, a history line for every step (level changes,
pauses, reviews, rounds), money approved by whom `approvers` names, with the contractor's proof.

1. (id 1) a 三级 service case taken in on site, repaired and closed after its return visit;
2. a 二级 quality case phoned in on the last working afternoon before National Day: its deadline
   runs over the holiday; answered on the first day back, now being repaired;
3. a 三级 case written in online on a 调休 Saturday (a working day), closed after its visit;
4. a 一级 promise case from 12345 for a group of owners, raised from 二级, its clock paused
   while the owners' representative finds the brochure;
5. a 二级 quality case in its second round after a visit below 80%;
6. a quality case (raised from 三级) with the contractor's liability paid above ¥20,000,
   approved by the CS manager and the vice president with the contractor's written
   acknowledgement, waiting for its return visit;
7. a 承诺 case whose solution, a 换房 (or a 退房 on a statutory ground when the demo has no
   换房), opened the demo's change order.

The holiday and 调休 cases take the latest National Day and make-up Saturday the office calendar
knows before the demo's `now` (skipped when it knows none). Written with the models; the
intake and handling services are the window's way in.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.calendar import OfficeCalendar, YearSource
from anjia_desk.core.changes import ChangeKind, Ground, change_code
from anjia_desk.core.complaint_kinds import (
    ComplaintStatus,
    EventKind,
    NoteKind,
    ProofKind,
    Referrer,
    Side,
    Solution,
    VisitWay,
)
from anjia_desk.core.complaints import (
    Channel,
    Level,
    Liable,
    Nature,
    Pause,
    Payment,
    approvers,
    first_answer_due,
    return_visit_due,
    satisfaction,
)
from anjia_desk.core.roles import Role
from anjia_desk.db.models import (
    ChangeOrder,
    Complaint,
    ComplaintEvent,
    ComplaintNote,
    ComplaintPause,
    ComplaintPayment,
    ComplaintVisit,
    Deal,
    Project,
    User,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.complaint_base import limits
from anjia_desk.services.settings import office_zone


@dataclass(frozen=True)
class ComplaintStats:
    """What the demo made, for the command line's summary."""

    complaints: int
    by_status: dict[str, int]


class _Office:
    """The demo's clock, calendar and people for the complaints."""

    def __init__(self, session: Session, rng: random.Random, now: datetime) -> None:
        self.session = session
        self.rng = rng
        self.now = aware_utc(now)
        self.zone = office_zone(session)
        self.today = self.now.astimezone(self.zone).date()
        self.cal: OfficeCalendar = office_calendar(session)
        self.ids = {u: i for u, i in session.execute(select(User.username, User.id))}
        self.taken: set[int] = set(session.scalars(select(ChangeOrder.deal_id)))

    def user(self, username: str) -> int | None:
        return self.ids.get(username)

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """`day` at hour:minute in the office, as UTC; never after `now`."""
        moment = datetime.combine(day, time(hour, minute), tzinfo=self.zone).astimezone(UTC)
        return min(moment, self.now - timedelta(minutes=1))

    def local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    def working_day_back(self, days: int) -> date:
        """The working day `days` calendar days before today, or the one before it."""
        day = self.today - timedelta(days=days)
        while not self.cal.is_working_day(day):
            day -= timedelta(days=1)
        return day

    def due(self, level: Level, intake: datetime, pauses: Sequence[Pause] = ()) -> datetime:
        """The first answer's deadline (UTC), from core over the office calendar."""
        local = [
            Pause(p.start.astimezone(self.zone), p.end.astimezone(self.zone) if p.end else None)
            for p in pauses
        ]
        deadline = first_answer_due(
            level, intake.astimezone(self.zone), self.cal, pauses=local,
            now=self.now.astimezone(self.zone),
        )  # fmt: skip
        return deadline.due_at.astimezone(UTC)

    def deal(self, before: datetime) -> Deal | None:
        """A live deal signed before `before`, without a change order or a complaint yet."""
        rows = list(
            self.session.scalars(
                select(Deal)
                .where(Deal.cancelled_at.is_(None), Deal.signed_at < before)
                .order_by(Deal.id)
            )
        )
        free = [d for d in rows if d.id not in self.taken]
        if not free:
            return None
        deal = free[int(self.rng.random() * len(free))]
        self.taken.add(deal.id)
        return deal

    def project_id(self, deal: Deal | None) -> int | None:
        if deal is not None:
            return deal.project_id
        return self.session.scalar(select(Project.id).order_by(Project.id))

    def new(self, deal: Deal | None, **fields: Any) -> Complaint:
        project_id = self.project_id(deal)
        assert project_id is not None
        number = self.session.scalar(
            select(func.coalesce(func.max(Complaint.number), 0)).where(
                Complaint.project_id == project_id
            )
        )
        if deal is not None:
            fields.setdefault("who", deal.buyer_name)
            fields.setdefault("deal_id", deal.id)
            fields.setdefault("customer_id", deal.customer_id)
            fields.setdefault("contact_phone", _phone(self.session, deal))
        complaint = Complaint(project_id=project_id, number=int(number or 0) + 1, **fields)
        self.session.add(complaint)
        self.session.flush()
        self.event(complaint, EventKind.FILED, fields.get("filed_by_id"), complaint.intake_at)
        return complaint

    def event(
        self,
        c: Complaint,
        kind: EventKind,
        user_id: int | None,
        at: datetime,
        text: str = "",
        **levels: Level,
    ) -> None:
        self.session.add(
            ComplaintEvent(
                complaint_id=c.id, kind=kind, at=at, user_id=user_id, text=text, **levels
            )
        )

    def note(
        self, c: Complaint, kind: NoteKind, at: datetime, text: str, side: Side | None = None
    ) -> None:
        self.session.add(
            ComplaintNote(
                complaint_id=c.id, kind=kind, side=side, at=at, user_id=c.owner_id, text=text
            )
        )

    def answer(self, c: Complaint, at: datetime, note: str, *, by: str = "") -> None:
        """The first answer at `at`, or just before the deadline when that is later."""
        due = self.due(Level(c.level), c.intake_at, _pauses(self.session, c))
        at = min(at, due - timedelta(minutes=30))
        user = self.user(by) if by else c.owner_id
        c.answered_at, c.answered_by_id, c.answer_note = at, user, note
        self.event(c, EventKind.ANSWERED, user, at, note)

    def respond(self, c: Complaint, minutes: int, note: str) -> None:
        at = c.intake_at + timedelta(minutes=minutes)
        c.responded_at, c.responded_by_id, c.response_note = at, self.user("kefu"), note
        self.event(c, EventKind.RESPONDED, c.responded_by_id, at, note)

    def solve(
        self,
        c: Complaint,
        at: datetime,
        solution: Solution,
        text: str,
        *,
        finding: str,
        liable: Liable | None,
    ) -> datetime:
        """Proposed at `at`, then legal's and finance's reviews; returns the last review."""
        c.finding, c.liable, c.solution, c.solution_text = finding, liable, solution, text
        c.proposed_at, c.proposed_by_id = at, c.owner_id
        self.event(c, EventKind.PROPOSED, c.owner_id, at, solution.label)
        legal_at, finance_at = at + timedelta(hours=2), at + timedelta(hours=4)
        c.legal_at, c.legal_by_id, c.legal_note = legal_at, self.user("fawu"), "方案合法合规"
        self.event(c, EventKind.LEGAL_OK, c.legal_by_id, legal_at, c.legal_note)
        c.finance_at, c.finance_by_id, c.finance_note = finance_at, self.user("caiwu"), "同意"
        self.event(c, EventKind.FINANCE_OK, c.finance_by_id, finance_at, c.finance_note)
        c.status = ComplaintStatus.EXECUTING
        return finance_at

    def plan(self, c: Complaint, executor: str, days: int, acceptance: str) -> None:
        assert c.proposed_at is not None
        start = self.local_day(c.proposed_at)
        c.executor, c.acceptance = executor, acceptance
        c.execute_due_on = self.cal.add_working_days(start, days)

    def executed(self, c: Complaint, at: datetime) -> None:
        c.executed_at, c.executed_by_id = at, c.owner_id
        c.visit_due_on = return_visit_due(self.local_day(at), self.cal)
        c.confirmation_signed_on = self.local_day(at)
        c.status = ComplaintStatus.VISIT
        self.event(c, EventKind.EXECUTED, c.owner_id, at)

    def visit(
        self, c: Complaint, at: datetime, ratings: tuple[int, int, int, int], comment: str
    ) -> Decimal:
        keys = ("speed", "attitude", "result", "overall")
        score = satisfaction(ratings)
        self.session.add(
            ComplaintVisit(
                complaint_id=c.id, round=c.round, visited_at=at, user_id=self.user("kefu"),
                way=VisitWay.PHONE, ratings=json.dumps(dict(zip(keys, ratings, strict=True))),
                score=score, comment=comment,
            )
        )  # fmt: skip
        self.event(c, EventKind.VISITED, self.user("kefu"), at, f"满意度 {score:.0%}")
        return score

    def close(self, c: Complaint, at: datetime, lesson: str) -> None:
        c.closed_at, c.closed_by_id, c.close_reason = at, self.user("kefu"), "回访满意，办结"
        c.status, c.lesson = ComplaintStatus.CLOSED, lesson
        self.event(c, EventKind.CLOSED, c.closed_by_id, at, c.close_reason)


def _phone(session: Session, deal: Deal) -> str:
    from anjia_desk.db.models import Customer

    customer = session.get(Customer, deal.customer_id)
    return customer.phone if customer is not None and customer.phone else ""


def _pauses(session: Session, c: Complaint) -> list[Pause]:
    session.flush()
    rows = session.scalars(select(ComplaintPause).where(ComplaintPause.complaint_id == c.id))
    return [
        Pause(aware_utc(p.started_at), aware_utc(p.ended_at) if p.ended_at else None) for p in rows
    ]


def tell_complaints(session: Session, rng: random.Random, now: datetime) -> ComplaintStats:
    """The demo's complaints, in the order of the module docstring (id 1 first)."""
    office = _Office(session, rng, now)
    if office.project_id(None) is None:
        return ComplaintStats(0, {})
    _closed(office)
    _national_day(office)
    _make_up_saturday(office)
    _paused_group(office)
    _second_round(office)
    _contractor_paid(office)
    _changed_unit(office)
    return complaint_stats(session)


def complaint_stats(session: Session) -> ComplaintStats:
    """The complaints in the database, by status."""
    session.flush()
    rows = session.scalars(select(Complaint.status)).all()
    by_status: dict[str, int] = {}
    for status in rows:
        label = ComplaintStatus(status).label
        by_status[label] = by_status.get(label, 0) + 1
    return ComplaintStats(len(rows), by_status)


def _closed(o: _Office) -> None:
    day = o.working_day_back(30)
    intake = o.at(day, 10, 30)
    c = o.new(
        o.deal(intake), channel=Channel.ON_SITE, intake_at=intake, filed_by_id=o.user("kefu"),
        what="物业管家约好下午两点上门修入户门锁，客户等了一下午无人到场", nature=Nature.SERVICE,
        level=Level.MINOR, point="物业响应", owner_id=o.user("kefu"), happened=f"{day} 下午",
        place="售楼处前台", why="管家排班冲突，未提前告知客户", how_to_solve="尽快修好并道歉",
        butler="陈管家",
    )  # fmt: skip
    o.respond(c, 8, "客服经理到场接待")
    o.note(c, NoteKind.INVESTIGATION, intake + timedelta(hours=1),
           "物业工单：约定 14:00 上门，管家当日被调去处理漏水", Side.OFFICE)  # fmt: skip
    o.note(c, NoteKind.INVESTIGATION, intake + timedelta(hours=1, minutes=20),
           "客户提供与管家的微信聊天截图", Side.CUSTOMER)  # fmt: skip
    o.answer(c, intake + timedelta(hours=5), "已致歉，约定次日上午上门更换门锁")
    reviewed = o.solve(
        c, intake + timedelta(hours=6), Solution.REPAIR, "物业次日更换门锁，物业经理上门致歉",
        finding="管家排班冲突未告知客户", liable=Liable.COMPANY,
    )  # fmt: skip
    o.plan(c, "物业 陈管家", 2, "门锁开关顺畅，客户当面确认")
    done = o.at(o.cal.add_working_days(o.local_day(reviewed), 1), 11)
    o.note(c, NoteKind.PROGRESS, done - timedelta(hours=1), "已更换门锁，物业经理上门致歉")
    o.executed(c, done)
    visited = o.at(o.cal.next_working_day(o.local_day(done)), 10)
    o.visit(c, visited, (5, 5, 4, 5), "换得很快，态度也好")
    o.close(c, visited + timedelta(hours=1), "上门类约定须提前一天短信确认，排班冲突当即告知客户")


def _latest(o: _Office, wanted: Callable[[date], bool]) -> date | None:
    """The latest day before today (within a year and a half) in a year the calendar knows."""
    day = o.today - timedelta(days=3)
    for _ in range(550):
        if o.cal.year_source(day.year) is not YearSource.FALLBACK and wanted(day):
            return day
        day -= timedelta(days=1)
    return None


def _national_day(o: _Office) -> None:
    first = _latest(o, lambda d: (d.month, d.day) == (10, 1) and not o.cal.is_working_day(d))
    if first is None:
        return
    eve = first - timedelta(days=1)
    while not o.cal.is_working_day(eve):
        eve -= timedelta(days=1)
    intake = o.at(eve, 16, 20)
    c = o.new(
        o.deal(intake), channel=Channel.PHONE, intake_at=intake, filed_by_id=o.user("kefu"),
        what="卫生间吊顶渗水，楼下邻居反映天花板有水渍", nature=Nature.QUALITY,
        level=Level.GENERAL, point="渗水", owner_id=o.user("jingli"), happened="节前一周",
        place="卫生间", how_much="吊顶约 3 ㎡", how_to_solve="查明原因彻底修好",
        engineer="李工", contractor="华建防水班组",
    )  # fmt: skip
    o.respond(c, 35, "已回电，节后第一天安排工程部上门")
    back = o.cal.next_working_day(first)  # the first working day after the holiday starts
    o.note(c, NoteKind.INVESTIGATION, o.at(back, 9, 30), "工程部上门：淋浴区防水层收口开裂",
           Side.OFFICE)  # fmt: skip
    o.answer(c, o.at(back, 10), "已查明为防水收口开裂，三日内给出维修方案", by="jingli")
    reviewed = o.solve(
        c, o.at(back, 15), Solution.REPAIR, "施工单位重做淋浴区防水并更换吊顶",
        finding="淋浴区防水层收口开裂", liable=Liable.CONTRACTOR,
    )  # fmt: skip
    o.plan(c, "华建防水班组 赵工", 10, "闭水试验 48 小时无渗漏，吊顶恢复")
    o.note(c, NoteKind.PROGRESS, reviewed + timedelta(days=2), "已拆除吊顶，重做防水中")


def _make_up_saturday(o: _Office) -> None:
    saturday = _latest(o, lambda d: d.weekday() == 5 and o.cal.is_working_day(d))
    if saturday is None:
        return
    intake = o.at(saturday, 10, 15)
    c = o.new(
        o.deal(intake), channel=Channel.ONLINE, intake_at=intake, filed_by_id=o.user("kefu"),
        what="公众号留言询问交付时间，半天无人回复", nature=Nature.SERVICE, level=Level.MINOR,
        point="线上回复慢", owner_id=o.user("kefu"), place="微信公众号",
        how_to_solve="给出明确的交付时间",
    )  # fmt: skip
    o.respond(c, 50, "调休上班日，已电话回复")
    o.answer(c, intake + timedelta(hours=3), "已告知预计交付时间并致歉")
    reviewed = o.solve(
        c, intake + timedelta(hours=4), Solution.EXPLAIN, "书面告知交付安排，线上留言两小时内回复",
        finding="调休日公众号值班未排人", liable=Liable.COMPANY,
    )  # fmt: skip
    o.plan(c, "客服部 何静", 1, "客户收到书面交付安排")
    done = o.at(o.cal.next_working_day(o.local_day(reviewed)), 11)
    o.executed(c, done)
    visited = o.at(o.cal.next_working_day(o.local_day(done)), 15)
    o.visit(c, visited, (4, 5, 4, 4), "清楚了，谢谢")
    o.close(c, visited + timedelta(hours=1), "调休上班日也要排公众号值班")


def _paused_group(o: _Office) -> None:
    intake = o.now - timedelta(hours=20)
    c = o.new(
        None, channel=Channel.REFERRED, referrer=Referrer.HOTLINE,
        referred_ref=f"12345-{o.local_day(intake):%Y%m%d}-0137",
        referred_due_at=intake + timedelta(days=3), intake_at=intake,
        filed_by_id=o.user("kefu"), who="云栖府业主代表（23 户）", contact_phone="13905718866",
        what="售楼时宣传的配套小学至今未开工，要求兑现承诺", nature=Nature.PROMISE,
        level=Level.GENERAL, point="学校配套", group_size=23, media_risk=True,
        owner_id=o.user("fuzong"), how_to_solve="给出开工时间或赔偿", multi_department=True,
    )  # fmt: skip
    raised = intake + timedelta(hours=1)
    c.level = Level.MAJOR
    o.event(c, EventKind.LEVEL, o.user("jingli"), raised, "涉及 23 户，已有记者来电询问",
            old_level=Level.GENERAL, new_level=Level.MAJOR)  # fmt: skip
    o.respond(c, 40, "已回电业主代表，约定面谈")
    paused = intake + timedelta(hours=3)
    o.session.add(
        ComplaintPause(
            complaint_id=c.id, started_at=paused, reason="等待业主代表提供当时的宣传单页原件",
            started_by_id=o.user("fuzong"),
        )
    )  # fmt: skip
    o.event(c, EventKind.PAUSED, o.user("fuzong"), paused, "等待业主代表提供当时的宣传单页原件")


def _second_round(o: _Office) -> None:
    day = o.working_day_back(24)
    intake = o.at(day, 14)
    c = o.new(
        o.deal(intake), channel=Channel.ON_SITE, intake_at=intake, filed_by_id=o.user("kefu"),
        what="客厅地砖多处空鼓，踩上去有响声", nature=Nature.QUALITY, level=Level.GENERAL,
        point="地砖空鼓", owner_id=o.user("jingli"), place="客厅", engineer="李工",
    )  # fmt: skip
    o.respond(c, 6, "案场经理到场查看")
    o.answer(c, intake + timedelta(days=1), "已确认空鼓 6 处，安排返修", by="jingli")
    reviewed = o.solve(
        c, intake + timedelta(days=1, hours=2), Solution.REPAIR, "返修空鼓地砖",
        finding="铺贴砂浆不饱满", liable=Liable.CONTRACTOR,
    )  # fmt: skip
    o.plan(c, "精装班组 钱工", 5, "敲击无空鼓声，砖缝平整")
    done = o.at(o.cal.add_working_days(o.local_day(reviewed), 4), 16)
    o.executed(c, done)
    visited = o.at(o.cal.next_working_day(o.local_day(done)), 10)
    o.visit(c, visited, (3, 3, 2, 3), "新补的砖颜色不一样，还有一处空鼓")
    c.round, c.status = 2, ComplaintStatus.EXECUTING
    c.executed_at = c.executed_by_id = c.visit_due_on = c.confirmation_signed_on = None
    o.event(c, EventKind.NEW_ROUND, o.user("kefu"), visited + timedelta(minutes=5),
            "回访满意度低于 80%，进入第二轮处理")  # fmt: skip
    c.execute_due_on = o.cal.add_working_days(o.local_day(visited), 5)
    o.note(c, NoteKind.PROGRESS, visited + timedelta(days=1), "第二轮：整块重铺，同批次砖")


def _contractor_paid(o: _Office) -> None:
    day = o.working_day_back(18)
    intake = o.at(day, 9, 40)
    c = o.new(
        o.deal(intake), channel=Channel.PHONE, intake_at=intake, filed_by_id=o.user("kefu"),
        what="外墙渗水，卧室墙纸发霉、实木地板起拱", nature=Nature.QUALITY, level=Level.MINOR,
        point="外墙渗水", owner_id=o.user("jingli"), how_much="卧室墙纸、地板约 18 ㎡",
        how_to_solve="修好外墙并赔偿墙纸地板", contractor="华建集团 张经理",
        engineer="李工",
    )  # fmt: skip
    o.respond(c, 30, "已回电，当天上门")
    raised = intake + timedelta(hours=3)
    c.level = Level.GENERAL
    o.event(c, EventKind.LEVEL, o.user("jingli"), raised, "损失较大，需工程部与施工单位处理",
            old_level=Level.MINOR, new_level=Level.GENERAL)  # fmt: skip
    o.note(c, NoteKind.INVESTIGATION, intake + timedelta(hours=4), "客户提供受损照片与地板发票",
           Side.CUSTOMER)  # fmt: skip
    o.note(c, NoteKind.INVESTIGATION, intake + timedelta(days=1), "监理现场确认外墙打胶缺失",
           Side.THIRD_PARTY)  # fmt: skip
    o.answer(c, intake + timedelta(days=1, hours=2), "确认施工单位责任，维修并赔偿", by="jingli")
    reviewed = o.solve(
        c, intake + timedelta(days=2), Solution.REPAIR, "施工单位补做外墙打胶，赔偿墙纸和地板",
        finding="外墙窗边打胶缺失导致渗水", liable=Liable.CONTRACTOR,
    )  # fmt: skip
    o.plan(c, "华建集团 张经理", 10, "淋水试验无渗漏，墙纸地板更换完毕")
    amount = Decimal("26800.00")
    contractor_limit, company_limit = limits(o.session)
    needs = approvers(
        Payment.LIABILITY, Liable.CONTRACTOR, amount,
        contractor_limit=contractor_limit, company_limit=company_limit,
    )  # fmt: skip
    cs_at, vp_at = reviewed + timedelta(hours=2), reviewed + timedelta(hours=5)
    number = o.session.scalar(
        select(func.coalesce(func.max(ComplaintPayment.number), 0)).where(
            ComplaintPayment.project_id == c.project_id
        )
    )
    paid_on = o.cal.next_working_day(o.local_day(vp_at))
    o.session.add(
        ComplaintPayment(
            complaint_id=c.id, project_id=c.project_id, payment=Payment.LIABILITY,
            liable=Liable.CONTRACTOR, amount=amount, reason="墙纸、实木地板损失赔偿",
            proof=ProofKind.CONTRACTOR, proof_note="华建集团书面确认函",
            requested_at=reviewed + timedelta(hours=1), requested_by_id=c.owner_id,
            cs_at=cs_at, cs_by_id=o.user("kefu"),
            vp_at=vp_at if Role.VICE_PRESIDENT in needs else None,
            vp_by_id=o.user("fuzong") if Role.VICE_PRESIDENT in needs else None,
            number=int(number or 0) + 1, payee=c.who, method="转账", paid_on=paid_on,
            cashier_id=o.user("chuna"), confirmed_at=o.at(paid_on, 16),
            confirmed_by_id=o.user("caiwu"),
        )
    )  # fmt: skip
    done = o.at(o.working_day_back(1), 15)
    o.note(c, NoteKind.PROGRESS, done - timedelta(days=2), "外墙打胶完成，淋水试验无渗漏")
    o.executed(c, done)


#: The buyer's statutory grounds a complaint's 无损退房 may rest on (DOMAIN §8).
_STATUTORY = (Ground.AREA, Ground.PLANNING, Ground.LATE_DELIVERY, Ground.LATE_TITLE, Ground.QUALITY)


def _changed_unit(o: _Office) -> None:
    """A 承诺 complaint whose solution opened the demo's 换房 (or, in a demo without one, its
    退房 on a statutory ground)."""
    orders = list(o.session.scalars(select(ChangeOrder).order_by(ChangeOrder.id)))
    order = next((x for x in orders if x.kind == ChangeKind.SWAP), None) or next(
        (x for x in orders if x.kind == ChangeKind.CANCEL and x.ground in _STATUTORY), None
    )
    if order is None:
        return
    swap = order.kind == ChangeKind.SWAP
    deal = o.session.get(Deal, order.deal_id)
    assert deal is not None
    asked = aware_utc(order.requested_at)
    intake = max(asked - timedelta(days=3), aware_utc(deal.subscribed_at) + timedelta(hours=1))
    span = asked - intake
    if span < timedelta(hours=12):
        return
    what = (
        "样板间展示南向采光，所购户型实际被对面楼遮挡"
        if swap
        else "实测面积与合同约定相差超过 3%，与销售时的说法不符"
    )
    c = o.new(
        deal, channel=Channel.ON_SITE, intake_at=intake, filed_by_id=o.user("kefu"),
        what=what, nature=Nature.PROMISE, level=Level.GENERAL,
        point="样板间差异" if swap else "面积误差", owner_id=o.user("jingli"),
        how_to_solve="换到采光更好的楼层" if swap else "无损退房",
    )  # fmt: skip
    o.respond(c, 9, "案场经理到场接待")
    o.answer(c, intake + span / 4, "同意按客户诉求协商，尽快给出方案", by="jingli")
    o.solve(
        c, intake + span / 2, Solution.SWAP if swap else Solution.CANCEL,
        "在同价位房源中换到高楼层" if swap else "依面积误差的法定事由无损退房，退还已付房款及利息",
        finding="样板间采光与所购户型存在差异" if swap else "实测面积误差超过合同约定",
        liable=Liable.COMPANY,
    )  # fmt: skip
    c.change_order_id = order.id
    label = "换房" if swap else "退房"
    o.event(
        c, EventKind.CHANGE_OPENED, c.owner_id, asked, f"{label}变更单 {change_code(order.number)}"
    )
    o.plan(c, "案场经理 黄建国", 10, f"{label}手续办结")
