"""services.complaints / complaint_views (issue 18): intake with its checks, the owner by level,
numbers per project, the first-answer clock over the office calendar (a pause over a weekend, a
level change recomputed from intake, the National Day holiday, a make-up Saturday, a year the
admin entered and one only guessed), the response and the first answer, notes by side, who sees
which cases. Deadlines are hand-computed; office time is Asia/Shanghai (UTC+8)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_forms import IntakeForm
from anjia_desk.core.complaint_kinds import EventKind, NoteKind, Referrer, Side
from anjia_desk.core.complaints import Channel, Level, Nature
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Complaint, ComplaintEvent, Customer
from anjia_desk.services import calendar as office_days
from anjia_desk.services import complaint_views as views
from anjia_desk.services import complaints
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

SH = ZoneInfo("Asia/Shanghai")


def sh(*args: int) -> datetime:
    """An office-time moment, as an aware UTC datetime."""
    return datetime(*args, tzinfo=SH).astimezone(UTC)  # type: ignore[misc]


NOW = sh(2026, 11, 20, 15, 0)  # Friday 15:00


@dataclass
class Office:
    customer: Customer
    other: Customer
    staff: dict[str, Actor]


@pytest.fixture
def office(session: Session) -> Office:
    staff = {
        "desk": add_actor(session, "desk", "前台小美", Role.FRONT_DESK),
        "c1": add_actor(session, "c1", "王顾问", Role.CONSULTANT),
        "c2": add_actor(session, "c2", "李顾问", Role.CONSULTANT),
        "cs": add_actor(session, "cs", "客服刘经理", Role.CS_MANAGER),
        "mgr": add_actor(session, "mgr", "周经理", Role.SITE_MANAGER),
        "vp": add_actor(session, "vp", "陈副总", Role.VICE_PRESIDENT),
        "legal": add_actor(session, "legal", "法务老周", Role.LEGAL),
    }
    project = make_project(session)
    make_building(session, project)
    customer = make_customer(session, owner=staff["c1"])
    other = make_customer(session, "李四", "13900002222", owner=staff["c2"])
    return Office(customer, other, staff)


def form(**changes: object) -> IntakeForm:
    base = IntakeForm(
        channel=Channel.PHONE,
        who="王建国",
        what="客厅地面空鼓，约 12 平方米",
        nature=Nature.QUALITY,
        level=Level.MINOR,
        contact_phone="13800001111",
        how_to_solve="返修",
        point="墙地面空鼓开裂",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def due(session: Session, actor: Actor, complaint_id: int, now: datetime) -> datetime:
    detail = views.complaint_detail(session, actor, complaint_id, now=now)
    return detail.deadline.due_at


def test_intake_numbers_owner_and_history(session: Session, office: Office) -> None:
    s = office.staff
    first = complaints.file_complaint(
        session, s["desk"], form(customer_id=office.customer.id), now=NOW
    )
    second = complaints.file_complaint(session, s["desk"], form(level=Level.GENERAL), now=NOW)
    a, b = session.get(Complaint, first), session.get(Complaint, second)
    assert a is not None and b is not None
    assert (a.number, b.number) == (1, 2)
    assert a.owner_id == s["cs"].user_id  # 三级: the customer-service manager
    assert b.owner_id == s["mgr"].user_id  # 二级: the site manager
    assert a.contact_phone == "13800001111"
    kinds = session.scalars(
        select(ComplaintEvent.kind).where(ComplaintEvent.complaint_id == first)
    ).all()
    assert kinds == [EventKind.FILED]
    rows = views.list_complaints(session, s["mgr"], now=NOW)
    assert [r.code for r in rows] == ["TS-000002", "TS-000001"]
    assert rows[1].phone == "138****1111"
    assert [r.id for r in views.list_complaints(session, s["mgr"], now=NOW, text="ts-1")] == [first]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"who": " "}, "who"),
        ({"what": ""}, "what"),
        ({"contact_phone": "1380000"}, "contact_phone"),
        ({"channel": Channel.REFERRED}, "referrer"),
        ({"channel": Channel.REFERRED, "referrer": Referrer.HOTLINE}, "referred_ref"),
        ({"referrer": Referrer.HOTLINE}, "referrer"),
        ({"media_risk": True}, "level"),
        ({"intake_at": NOW + timedelta(hours=1)}, "intake_at"),
        ({"group_size": 0}, "group_size"),
    ],
)
def test_intake_refuses_bad_input_and_writes_nothing(
    session: Session, office: Office, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        complaints.file_complaint(session, office.staff["desk"], form(**changes), now=NOW)
    assert field in refused.value.fields
    assert session.scalar(select(Complaint.id)) is None


def test_referred_complaint_keeps_the_body_its_number_and_deadline(
    session: Session, office: Office
) -> None:
    body_due = sh(2026, 11, 27, 17, 0)
    cid = complaints.file_complaint(
        session,
        office.staff["cs"],
        form(
            channel=Channel.REFERRED,
            referrer=Referrer.HOUSING,
            referred_ref="ZJ-2026-118",
            referred_due_at=body_due,
        ),
        now=NOW,
    )
    detail = views.complaint_detail(session, office.staff["cs"], cid, now=NOW)
    assert detail.referrer is Referrer.HOUSING and detail.referred_ref == "ZJ-2026-118"
    assert detail.referred_due_at == body_due.astimezone(SH)
    assert detail.response_due is None  # the body's own deadline
    assert not detail.actions[ComplaintAction.RESPOND].allowed


def test_a_pause_over_a_weekend_and_a_level_change(session: Session, office: Office) -> None:
    """三级 taken in Friday 15:00 is due Monday 15:00. Paused Friday 17:00 to Monday 10:00, the
    working-day part is Friday 17:00–24:00 (7 h) and Monday 00:00–10:00 (10 h): 17 h, so the
    deadline moves to Tuesday 08:00. Raised to 二级: 3 working days from intake (Wednesday 15:00)
    plus the same 17 h — Thursday 08:00."""
    s = office.staff
    cid = complaints.file_complaint(session, s["desk"], form(), now=NOW)
    assert due(session, s["cs"], cid, NOW) == datetime(2026, 11, 23, 15, 0, tzinfo=SH)
    complaints.pause_clock(
        session, s["cs"], cid, reason="等客户提供照片", now=sh(2026, 11, 20, 17, 0)
    )
    sunday = sh(2026, 11, 22, 12, 0)
    detail = views.complaint_detail(session, s["cs"], cid, now=sunday)
    assert detail.clock.paused and detail.clock.words.startswith("暂停中")
    assert not detail.actions[ComplaintAction.ANSWER].allowed  # resume first
    with pytest.raises(UserError, match="计时已暂停"):
        complaints.pause_clock(session, s["cs"], cid, reason="再停", now=sunday)
    complaints.resume_clock(session, s["cs"], cid, now=sh(2026, 11, 23, 10, 0))
    monday = sh(2026, 11, 23, 11, 0)
    assert due(session, s["cs"], cid, monday) == datetime(2026, 11, 24, 8, 0, tzinfo=SH)
    version = session.get(Complaint, cid).version  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        complaints.change_level(
            session, s["cs"], cid, Level.GENERAL, reason=" ", version=version, now=monday
        )
    complaints.change_level(
        session, s["cs"], cid, Level.GENERAL, reason="涉及返修", version=version, now=monday
    )
    assert due(session, s["cs"], cid, monday) == datetime(2026, 11, 26, 8, 0, tzinfo=SH)
    complaint = session.get(Complaint, cid)
    assert complaint is not None and complaint.owner_id == s["mgr"].user_id
    history = views.complaint_detail(session, s["mgr"], cid, now=monday).history
    level = [h for h in history if h.kind is EventKind.LEVEL]
    assert level[0].what == "调整等级：三级 → 二级" and level[0].text == "涉及返修"


def test_deadlines_over_the_national_day_and_a_make_up_saturday(
    session: Session, office: Office
) -> None:
    """2026: 10-01…10-07 are the holiday, Saturday 10-10 a make-up working day. 二级 taken in
    Wednesday 09-30 16:00: the working days after it are 10-08, 10-09 and the make-up Saturday
    10-10 → due Saturday 10-10 16:00 (the holiday skipped, the make-up day counted). 三级 taken
    in on the make-up Saturday 10-10 11:00:
    a working day, so due the next working day at the same time, Monday 10-12 11:00. 一级: 24
    clock hours, holidays included."""
    s = office.staff
    general = complaints.file_complaint(
        session, s["mgr"], form(level=Level.GENERAL, intake_at=sh(2026, 9, 30, 16, 0)), now=NOW
    )
    saturday = complaints.file_complaint(
        session, s["mgr"], form(intake_at=sh(2026, 10, 10, 11, 0)), now=NOW
    )
    major = complaints.file_complaint(
        session,
        s["mgr"],
        form(level=Level.MAJOR, media_risk=True, intake_at=sh(2026, 10, 1, 20, 0)),
        now=NOW,
    )
    assert due(session, s["mgr"], general, NOW) == datetime(2026, 10, 10, 16, 0, tzinfo=SH)
    assert due(session, s["mgr"], saturday, NOW) == datetime(2026, 10, 12, 11, 0, tzinfo=SH)
    assert due(session, s["mgr"], major, NOW) == datetime(2026, 10, 2, 20, 0, tzinfo=SH)
    owner = session.get(Complaint, major)
    assert owner is not None and owner.owner_id == s["vp"].user_id  # 一级: the vice president


def test_rest_day_intake_counts_from_nine_of_the_next_working_day(
    session: Session, office: Office
) -> None:
    """三级 taken in Sunday 11-22 20:00 counts from Monday 09:00: due Tuesday 11-24 09:00."""
    s = office.staff
    cid = complaints.file_complaint(
        session, s["desk"], form(intake_at=sh(2026, 11, 22, 20, 0)), now=NOW + timedelta(days=3)
    )
    later = NOW + timedelta(days=3)
    assert due(session, s["cs"], cid, later) == datetime(2026, 11, 24, 9, 0, tzinfo=SH)
    detail = views.complaint_detail(session, s["cs"], cid, now=later)
    # By phone on a rest day: the call back is due within the hour from 09:00 Monday.
    assert detail.response_due == datetime(2026, 11, 23, 10, 0, tzinfo=SH)


def test_a_year_the_admin_entered_and_one_only_guessed(
    session: Session, office: Office, system: Actor
) -> None:
    """2027 as the admin entered it (01-01 a holiday; Saturday 01-09 a make-up day): 三级 taken in
    Friday 01-08 10:00 is due Saturday 01-09 10:00, no guess noted. 2099 is in no table:
    Mon–Fri, and the deadline says so."""
    s = office.staff
    office_days.save_year(
        session,
        system,
        2027,
        [
            office_days.DayEntry(date(2027, 1, 1), False, "元旦"),
            office_days.DayEntry(date(2027, 1, 9), True, "调休"),
        ],
    )
    entered = complaints.file_complaint(
        session, s["desk"], form(intake_at=sh(2027, 1, 8, 10, 0)), now=sh(2027, 1, 8, 10, 5)
    )
    detail = views.complaint_detail(session, s["cs"], entered, now=sh(2027, 1, 8, 11, 0))
    assert detail.deadline.due_at == datetime(2027, 1, 9, 10, 0, tzinfo=SH)
    assert detail.deadline.note == ""
    far = sh(2099, 3, 6, 10, 0)  # a Friday
    guessed = complaints.file_complaint(session, s["desk"], form(intake_at=far), now=far)
    detail = views.complaint_detail(session, s["cs"], guessed, now=far)
    assert detail.deadline.due_at == datetime(2099, 3, 9, 10, 0, tzinfo=SH)
    assert detail.deadline.note == "2099 年节假日未录入，按周一至周五估算"
    assert detail.clock.note == detail.deadline.note


def test_response_answer_and_the_overdue_list(session: Session, office: Office) -> None:
    s = office.staff
    cid = complaints.file_complaint(session, s["desk"], form(channel=Channel.ON_SITE), now=NOW)
    detail = views.complaint_detail(session, s["desk"], cid, now=NOW)
    assert detail.response_due == NOW.astimezone(SH) + timedelta(minutes=10)
    complaints.record_response(
        session, s["desk"], cid, note="经理已到场", now=NOW + timedelta(minutes=8)
    )
    with pytest.raises(UserError, match="已登记到场"):
        complaints.record_response(session, s["cs"], cid, now=NOW + timedelta(minutes=9))
    late = sh(2026, 11, 23, 16, 0)  # an hour past Monday 15:00
    rows = views.list_complaints(session, s["cs"], now=late, overdue_only=True)
    assert [r.id for r in rows] == [cid]
    assert rows[0].clock.words == "已超时 1 小时"
    with pytest.raises(PermissionDenied, match="处理投诉"):
        complaints.record_answer(session, s["desk"], cid, note="三日内上门", now=late)
    complaints.record_answer(session, s["cs"], cid, note="三日内上门查看", now=late)
    detail = views.complaint_detail(session, s["cs"], cid, now=late)
    assert detail.clock.words == "已答复（超时）" and detail.clock.due_at is None
    assert views.list_complaints(session, s["cs"], now=late, overdue_only=True) == []


def test_notes_name_their_side(session: Session, office: Office) -> None:
    s = office.staff
    cid = complaints.file_complaint(session, s["desk"], form(), now=NOW)
    with pytest.raises(ValidationError) as refused:
        complaints.add_note(session, s["cs"], cid, NoteKind.INVESTIGATION, "检测报告", now=NOW)
    assert "side" in refused.value.fields
    complaints.add_note(
        session,
        s["cs"],
        cid,
        NoteKind.INVESTIGATION,
        "第三方检测：空鼓 12 平方米",
        side=Side.THIRD_PARTY,
        now=NOW,
    )
    complaints.add_note(
        session, s["cs"], cid, NoteKind.CONTACT, "已电话安抚", side=Side.OFFICE, now=NOW
    )
    notes = views.complaint_detail(session, s["cs"], cid, now=NOW).notes
    assert [(n.kind, n.side) for n in notes] == [
        (NoteKind.INVESTIGATION, Side.THIRD_PARTY),
        (NoteKind.CONTACT, None),
    ]


def test_a_consultant_sees_only_their_customers_cases(session: Session, office: Office) -> None:
    s = office.staff
    mine = complaints.file_complaint(
        session, s["desk"], form(customer_id=office.customer.id), now=NOW
    )
    theirs = complaints.file_complaint(
        session, s["desk"], form(who="李四", customer_id=office.other.id), now=NOW
    )
    assert [r.id for r in views.list_complaints(session, s["c1"], now=NOW)] == [mine]
    with pytest.raises(PermissionDenied):
        views.complaint_detail(session, s["c1"], theirs, now=NOW)
    assert {r.id for r in views.list_complaints(session, s["legal"], now=NOW)} == {mine, theirs}


def test_edit_keeps_channel_intake_and_level(session: Session, office: Office) -> None:
    s = office.staff
    cid = complaints.file_complaint(session, s["desk"], form(), now=NOW)
    complaint = session.get(Complaint, cid)
    assert complaint is not None
    intake = complaint.intake_at
    complaints.edit_complaint(
        session,
        s["cs"],
        cid,
        form(what="客厅和主卧地面空鼓", level=Level.MAJOR, channel=Channel.ONLINE, butler="赵管家"),
        version=complaint.version,
        now=NOW + timedelta(hours=1),
    )
    session.flush()
    session.expire(complaint)
    assert complaint.what == "客厅和主卧地面空鼓" and complaint.butler == "赵管家"
    assert (complaint.level, complaint.channel, complaint.intake_at) == (
        Level.MINOR,
        Channel.PHONE,
        intake,
    )
