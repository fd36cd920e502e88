"""A complaint's three papers from the models (issue 18): the 投诉处理单 with every part of the
case, the 满意度确认单 saying it waives no right, the 回访表 filled from the latest visit or
blank — read back, audited, refused outside the actor's scope, the same paper when reprinted,
and a long case flowing onto a second page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import NoteKind, Side
from anjia_desk.core.complaints import Channel, Level
from anjia_desk.core.errors import NotFound, PermissionDenied
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry, ComplaintNote, ComplaintPause, Project
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.services import printing
from anjia_desk.services.context import Actor
from tests.complaint_fixtures import INTAKE, add_complaint, at, closed_case
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.pdf.pdfcheck import assert_sound, read_pdf
from tests.services.test_change_orders import Office, a_deal

LATER = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def office(session: Session) -> Office:
    staff = {
        key: add_actor(session, key, name, role)
        for key, name, role in (
            ("c1", "王顾问", Role.CONSULTANT),
            ("c2", "李顾问", Role.CONSULTANT),
            ("cs", "客服刘经理", Role.CS_MANAGER),
            ("sec", "秘书小林", Role.SALES_SECRETARY),
            ("mgr", "周经理", Role.SITE_MANAGER),
            ("vp", "分管吴总", Role.VICE_PRESIDENT),
            ("legal", "法务林静", Role.LEGAL),
            ("cash", "出纳小钱", Role.CASHIER),
            ("fin", "财务老孙", Role.FINANCE),
        )
    }
    project = make_project(session)
    return Office(make_building(session, project), make_customer(session, owner=staff["c1"]), staff)


def project_id(session: Session) -> int:
    project = session.scalars(select(Project)).first()
    assert project is not None
    return project.id


def pages_of(path: Path) -> list[str]:
    facts = read_pdf(path)
    assert_sound(facts, cjk_font())
    return [page.replace("\n", "").replace(" ", "") for page in facts.pages]


def printed(session: Session, entity: str) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "print", AuditEntry.entity == entity)
            .order_by(AuditEntry.id)
        )
    )


def test_the_complaint_form_holds_the_whole_case(
    session: Session, office: Office, tmp_path: Path
) -> None:
    s = office.staff
    deal = a_deal(session, office, signed=True)
    c = closed_case(session, deal.project_id, s, deal_id=deal.id, customer_id=deal.customer_id)
    out = printing.print_complaint_form(session, s["mgr"], c.id, tmp_path / "f.pdf", now=LATER)
    pages = pages_of(out)
    assert len(pages) == 2  # every part of a two-round case with money: more than one page
    text = "".join(pages)
    for phrase in (
        "投诉处理单", "TS-000001", "已办结", "王建国", "138****1111", "1栋", "电话",
        "2026-03-0410:00", "客服刘经理", "已回电", "客厅吊顶渗水", "屋面防水层破损",
        "修好并赔偿损失", "质量", "渗水", "二级", "案场经理（周经理）", "3个工作日内",
        # 3 working days from Wed 10:00 is Mon 10:00; the weekend pause adds only its
        # working-day time (Fri 17:00–24:00 and Mon 00:00–10:00 = 17 hours) → Tue 03:00.
        "2026-03-1003:00", "约定周五上门查看", "（按时）",
        "三级→二级", "涉及结构防水，需工程部处理", "客户出差，周一再约",
        "客户材料", "客户提供渗水照片6张", "案场记录", "第三方检测", "检测站报告：防水层破损",
        "屋面防水施工缺陷导致渗水", "施工单位", "维修整改", "法务林静2026-03-0518:00",
        "赔偿依据充分", "财务老孙2026-03-0519:00", "由施工单位承担", "华建张经理",
        "2026-03-20", "闭水试验48小时无渗漏", "屋面防水重做完成", "赔偿", "25,000.00",
        "客服经理客服刘经理", "分管副总分管吴总", "PC-000001", "第1轮", "65%", "吊顶颜色不一致",
        "第2轮", "85%", "修得很好", "第2轮", "第二轮回访满意", "经办人签字", "审核人签字",
    ):  # fmt: skip
        assert phrase in text, phrase
    assert [e.entity_id for e in printed(session, "complaint_form")] == [c.id]


def test_a_reprint_is_the_same_paper_whatever_the_clock(
    session: Session, office: Office, tmp_path: Path
) -> None:
    s = office.staff
    c = closed_case(session, project_id(session), s)
    for fn in (printing.print_complaint_form, printing.print_satisfaction, printing.print_feedback):
        first = fn(session, s["cs"], c.id, tmp_path / "a.pdf", now=LATER)
        one = first.read_bytes()
        again = fn(session, s["cs"], c.id, tmp_path / "b.pdf", now=LATER + timedelta(days=40))
        assert again.read_bytes() == one, fn.__name__
        # dated by the case's data: its latest moment (the closing, 03-24 10:00)
        text = "".join(pages_of(again))
        assert "打印时间：2026-03-2410:00" in text
        assert LATER.strftime("%Y-%m-%d") not in text


def test_a_guessed_year_and_a_running_pause_are_said_beside_the_date(
    session: Session, office: Office, tmp_path: Path
) -> None:
    s = office.staff
    pid = project_id(session)
    far = add_complaint(session, pid, intake_at=datetime(2099, 3, 4, 2, 0, tzinfo=UTC))
    out = printing.print_complaint_form(session, s["mgr"], far.id, tmp_path / "f.pdf")
    pages = pages_of(out)
    assert len(pages) == 1  # a case just taken in: one page
    assert "2099年节假日未录入，按周一至周五估算" in pages[0]
    paused = add_complaint(session, pid, level=Level.MAJOR, media_risk=True)
    session.add(ComplaintPause(complaint_id=paused.id, started_at=at(3), reason="等客户提供合同"))
    session.flush()
    pages = pages_of(
        printing.print_complaint_form(session, s["mgr"], paused.id, tmp_path / "p.pdf")
    )
    assert len(pages) == 1
    text = pages[0]
    for phrase in ("一级（媒体关注）", "分管副总", "2026-03-0510:00", "计时暂停中", "暂停中",
                   "等客户提供合同", "未答复", "未提出", "未审核"):  # fmt: skip
        assert phrase in text, phrase


def test_a_referred_case_names_the_body_and_its_reference(
    session: Session, office: Office, tmp_path: Path
) -> None:
    c = add_complaint(
        session, project_id(session), channel=Channel.REFERRED, referrer="hotline",
        referred_ref="RX2026-0042", referred_due_at=at(48),
    )  # fmt: skip
    text = pages_of(
        printing.print_complaint_form(session, office.staff["cs"], c.id, tmp_path / "f.pdf")
    )[0]
    for phrase in ("外部转办", "12345热线", "编号RX2026-0042", "转办单位时限2026-03-0610:00"):
        assert phrase in text, phrase


def test_a_long_case_flows_onto_a_second_page(
    session: Session, office: Office, tmp_path: Path
) -> None:
    s = office.staff
    c = closed_case(session, project_id(session), s)
    sides = (Side.CUSTOMER, Side.OFFICE, Side.THIRD_PARTY)
    words = "现场查看：卫生间、厨房、阳台逐一记录渗水痕迹并拍照留存"
    for i in range(14):
        session.add(
            ComplaintNote(
                complaint_id=c.id, kind=NoteKind.INVESTIGATION, side=sides[i % 3], at=at(5 + i),
                user_id=s["mgr"].user_id, text=f"第{i + 1}次{words}",
            )
        )  # fmt: skip
    session.flush()
    pages = pages_of(printing.print_complaint_form(session, s["mgr"], c.id, tmp_path / "f.pdf"))
    assert len(pages) == 2
    whole = "".join(pages)
    assert "第14次现场查看" in whole
    assert "审核人签字" in pages[-1]
    assert "第1页/共2页" in pages[0] and "第2页/共2页" in pages[1]
    assert "第14次现场查看" in pages[0] or "第14次现场查看" in pages[1]


def test_the_satisfaction_form_confirms_the_work_and_waives_no_right(
    session: Session, office: Office, tmp_path: Path
) -> None:
    c = closed_case(session, project_id(session), office.staff)
    text = pages_of(
        printing.print_satisfaction(session, office.staff["cs"], c.id, tmp_path / "s.pdf")
    )[0]
    for phrase in (
        "满意度确认单", "TS-000001", "施工单位重做屋面防水并修复吊顶",
        "屋面防水重做完成，闭水试验中", "华建张经理", "2026-03-18",
        "闭水试验48小时无渗漏，吊顶恢复原样", "仅表示确认上述工作已经完成",
        "不代表放弃本人依法享有的任何权利", "客户签字", "日期",
    ):  # fmt: skip
        assert phrase in text, phrase
    assert [e.entity_id for e in printed(session, "complaint_satisfaction")] == [c.id]


def test_the_feedback_form_is_filled_from_the_latest_visit_or_blank(
    session: Session, office: Office, tmp_path: Path
) -> None:
    s = office.staff
    c = closed_case(session, project_id(session), s)
    filled = pages_of(printing.print_feedback(session, s["cs"], c.id, tmp_path / "v.pdf"))[0]
    for phrase in (
        "回访表", "第2轮回访", "响应速度", "服务态度", "处理结果", "总体评价", "上门回访",
        "客服刘经理", "4.25分", "85%", "满意（达到80%）", "修得很好，谢谢", "平均分÷5", "80%",
    ):  # fmt: skip
        assert phrase in filled, phrase
    assert "吊顶颜色不一致" not in filled  # the first round's words are on the handling form
    blank_case = add_complaint(session, project_id(session), who="赵女士")
    blank = pages_of(printing.print_feedback(session, s["cs"], blank_case.id, tmp_path / "b.pdf"))[
        0
    ]
    assert "赵女士" in blank and "第1轮回访" in blank and "响应速度" in blank
    assert "85%" not in blank and "分）" not in blank.split("得分")[1].split("平均分")[0]
    assert "圈选" in blank
    assert len(printed(session, "complaint_feedback")) == 2


def test_a_consultant_prints_only_their_customers_cases(
    session: Session, office: Office, tmp_path: Path
) -> None:
    s = office.staff
    c = add_complaint(session, project_id(session), customer_id=office.customer.id)
    out = printing.print_feedback(session, s["c1"], c.id, tmp_path / "mine.pdf")
    assert out.exists()
    with pytest.raises(PermissionDenied):
        printing.print_complaint_form(session, s["c2"], c.id, tmp_path / "theirs.pdf")
    assert not (tmp_path / "theirs.pdf").exists()
    with pytest.raises(NotFound):
        printing.print_satisfaction(session, s["cs"], 999, tmp_path / "none.pdf")
    assert [e.entity_id for e in printed(session, "complaint_form")] == []
    assert Actor.system().can  # the CLI prints as the system
    assert INTAKE.tzinfo is UTC
