"""Complaints built directly with the models (issue 18), for the papers' and the export's tests:
each test reads them through the code under test, independent of the services that file and move
cases (written in parallel)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import (
    ComplaintStatus,
    EventKind,
    NoteKind,
    ProofKind,
    Side,
    Solution,
    VisitWay,
)
from anjia_desk.core.complaints import Channel, Level, Liable, Nature, Payment, satisfaction
from anjia_desk.db.models import (
    Complaint,
    ComplaintEvent,
    ComplaintNote,
    ComplaintPause,
    ComplaintPayment,
    ComplaintVisit,
)
from anjia_desk.services.context import Actor

#: Wednesday 2026-03-04 10:00 office time (UTC+8): a plain working week.
INTAKE = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)


def add_complaint(session: Session, project_id: int, **fields: Any) -> Complaint:
    """A case numbered next in its project, taken in at INTAKE by phone unless told."""
    number = session.scalar(
        select(func.coalesce(func.max(Complaint.number), 0)).where(
            Complaint.project_id == project_id
        )
    )
    values: dict[str, Any] = {
        "channel": Channel.PHONE,
        "intake_at": INTAKE,
        "who": "王建国",
        "contact_phone": "13800001111",
        "what": "客厅吊顶渗水，墙面起皮",
        "nature": Nature.QUALITY,
        "level": Level.GENERAL,
    }
    values.update(fields)
    complaint = Complaint(project_id=project_id, number=int(number or 0) + 1, **values)
    session.add(complaint)
    session.flush()
    return complaint


def at(hours: float) -> datetime:
    return INTAKE + timedelta(hours=hours)


def ratings(speed: int, attitude: int, result: int, overall: int) -> tuple[str, Decimal]:
    values = {"speed": speed, "attitude": attitude, "result": result, "overall": overall}
    return json.dumps(values), satisfaction(values.values())


def closed_case(
    session: Session, project_id: int, staff: dict[str, Actor], **fields: Any
) -> Complaint:
    """A 二级 quality case taken through every step to CLOSED: a level change (三级 → 二级), a
    weekend pause, notes from the three sides, a repair with compensation approved by the CS
    manager and the vice president and paid (PC-000001), a first visit below 80% (second
    round) and a second at 85%."""
    mgr, cs, vp = staff["mgr"], staff["cs"], staff["vp"]
    c = add_complaint(
        session, project_id,
        status=ComplaintStatus.CLOSED, filed_by_id=cs.user_id, owner_id=mgr.user_id,
        happened="2026-03-02 夜间", place="3栋1单元0101 客厅", why="屋面防水层破损",
        how_much="吊顶约 6 ㎡", how_to_solve="修好并赔偿损失", point="渗水",
        engineer="李工", contractor="华建 张经理", butler="陈管家",
        responded_at=at(0.5), responded_by_id=cs.user_id, response_note="已回电",
        answered_at=at(20), answered_by_id=mgr.user_id, answer_note="约定周五上门查看",
        finding="屋面防水施工缺陷导致渗水", liable=Liable.CONTRACTOR, solution=Solution.REPAIR,
        solution_text="施工单位重做屋面防水并修复吊顶", proposed_at=at(30),
        proposed_by_id=mgr.user_id, legal_at=at(32), legal_by_id=staff["legal"].user_id,
        legal_note="赔偿依据充分", finance_at=at(33), finance_by_id=staff["fin"].user_id,
        finance_note="由施工单位承担", executor="华建 张经理", execute_due_on=date(2026, 3, 20),
        acceptance="闭水试验 48 小时无渗漏，吊顶恢复原样", executed_at=at(24 * 14),
        executed_by_id=mgr.user_id, confirmation_signed_on=date(2026, 3, 18),
        visit_due_on=date(2026, 3, 26), round=2, closed_at=at(24 * 20),
        closed_by_id=mgr.user_id, close_reason="第二轮回访满意",
        **fields,
    )  # fmt: skip
    session.add_all(
        [
            ComplaintEvent(complaint_id=c.id, kind=EventKind.FILED, at=INTAKE, user_id=cs.user_id),
            ComplaintEvent(
                complaint_id=c.id,
                kind=EventKind.LEVEL,
                at=at(2),
                user_id=mgr.user_id,
                old_level=Level.MINOR,
                new_level=Level.GENERAL,
                text="涉及结构防水，需工程部处理",
            ),
            ComplaintPause(
                complaint_id=c.id,
                started_at=at(55),
                ended_at=at(120),
                reason="客户出差，周一再约",
                started_by_id=mgr.user_id,
            ),
            ComplaintNote(
                complaint_id=c.id,
                kind=NoteKind.INVESTIGATION,
                side=Side.CUSTOMER,
                at=at(3),
                user_id=mgr.user_id,
                text="客户提供渗水照片 6 张",
            ),
            ComplaintNote(
                complaint_id=c.id,
                kind=NoteKind.INVESTIGATION,
                side=Side.OFFICE,
                at=at(4),
                user_id=mgr.user_id,
                text="交付验收记录无渗漏",
            ),
            ComplaintNote(
                complaint_id=c.id,
                kind=NoteKind.INVESTIGATION,
                side=Side.THIRD_PARTY,
                at=at(26),
                user_id=mgr.user_id,
                text="检测站报告：防水层破损",
            ),
            ComplaintNote(
                complaint_id=c.id,
                kind=NoteKind.PROGRESS,
                at=at(24 * 10),
                user_id=mgr.user_id,
                text="屋面防水重做完成，闭水试验中",
            ),
            ComplaintPayment(
                complaint_id=c.id,
                project_id=project_id,
                payment=Payment.LIABILITY,
                liable=Liable.CONTRACTOR,
                amount=Decimal("25000.00"),
                reason="家具受损赔偿",
                proof=ProofKind.CONTRACTOR,
                requested_at=at(34),
                requested_by_id=mgr.user_id,
                cs_at=at(35),
                cs_by_id=cs.user_id,
                vp_at=at(36),
                vp_by_id=vp.user_id,
                number=1,
                payee="王建国",
                method="转账",
                paid_on=date(2026, 3, 10),
                cashier_id=staff["cash"].user_id,
            ),
        ]
    )
    first, first_score = ratings(3, 4, 3, 3)
    second, second_score = ratings(4, 5, 4, 4)
    session.add_all(
        [
            ComplaintVisit(complaint_id=c.id, round=1, visited_at=at(24 * 15),
                           user_id=cs.user_id, way=VisitWay.PHONE, ratings=first,
                           score=first_score, comment="吊顶颜色不一致"),
            ComplaintVisit(complaint_id=c.id, round=2, visited_at=at(24 * 19),
                           user_id=cs.user_id, way=VisitWay.VISIT, ratings=second,
                           score=second_score, comment="修得很好，谢谢"),
        ]
    )  # fmt: skip
    session.flush()
    return c
