"""The 投诉 sheet (issue 18): one row per complaint with real dates and times, the first-answer
deadline over the office calendar with its pauses, on time or not, money paid on vouchers not
voided as a number, the latest visit's satisfaction as a percentage, phones masked unless asked,
--from/--to on the day of intake; `export all` includes it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from anjia_desk.core.complaint_kinds import ComplaintStatus, Referrer
from anjia_desk.core.complaints import Channel, Level, Liable, Nature, Payment
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import ComplaintPause, ComplaintPayment, Deal
from anjia_desk.services.context import Actor
from anjia_desk.services.export_complaints_sheet import COMPLAINT_COLUMNS
from anjia_desk.services.exporting import ExportRequest, export_kinds
from tests.complaint_fixtures import add_complaint, closed_case
from tests.helpers import add_actor
from tests.services.test_exporting import (
    INJECTED,
    MONEY_FORMAT,
    deal_office,
    export,
    records,
    sheet_rows,
)

HEADERS = [header for header, _kind in COMPLAINT_COLUMNS]
KINDS = dict(COMPLAINT_COLUMNS)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "out"
    path.mkdir()
    return path


def complaints(database: Database) -> dict[str, int]:
    """A closed two-round case on the signed deal (paid 25,000, 85% at the last visit); a 一级
    case referred by 12345 on 03-08 (a Sunday) with no deal, unanswered past its due, its only
    voucher voided, its text looking like a formula; a 三级 case taken in on 03-20 whose clock
    is paused."""
    ids = deal_office(database)
    with session_scope(database, Actor.system()) as s:
        staff = {
            key: add_actor(s, key, name, role)
            for key, name, role in (
                ("cs", "客服刘经理", Role.CS_MANAGER),
                ("mgr", "周经理", Role.SITE_MANAGER),
                ("vp", "分管吴总", Role.VICE_PRESIDENT),
                ("legal", "法务林静", Role.LEGAL),
                ("cash", "出纳小钱", Role.CASHIER),
                ("fin", "财务老孙", Role.FINANCE),
            )
        }
        deal = s.get(Deal, ids["signed"])
        assert deal is not None
        closed = closed_case(
            s, deal.project_id, staff, deal_id=deal.id, customer_id=deal.customer_id
        )
        referred = add_complaint(
            s, deal.project_id, channel=Channel.REFERRED, referrer=Referrer.HOTLINE,
            referred_ref="RX-0042", intake_at=datetime(2026, 3, 8, 1, 0, tzinfo=UTC),
            level=Level.MAJOR, nature=Nature.PROMISE, who="业主群代表", contact_phone="",
            what=INJECTED, group_size=12,
        )  # fmt: skip
        s.add(
            ComplaintPayment(
                complaint_id=referred.id, project_id=deal.project_id, payment=Payment.GOODWILL,
                liable=Liable.COMPANY, amount=Decimal("800.00"), reason="补偿",
                requested_at=datetime(2026, 3, 8, 2, 0, tzinfo=UTC), number=2,
                voided_at=datetime(2026, 3, 11, 2, 0, tzinfo=UTC), void_reason="金额有误",
            )
        )  # fmt: skip
        paused = add_complaint(
            s, deal.project_id, intake_at=datetime(2026, 3, 20, 2, 0, tzinfo=UTC),
            level=Level.MINOR, nature=Nature.SERVICE, owner_id=staff["cs"].user_id,
            status=ComplaintStatus.OPEN, who="李女士", contact_phone="13912345678",
        )  # fmt: skip
        s.add(
            ComplaintPause(
                complaint_id=paused.id, started_at=datetime(2026, 3, 20, 3, 0, tzinfo=UTC),
                reason="等客户回电",
            )
        )  # fmt: skip
        return {"closed": closed.id, "referred": referred.id, "paused": paused.id}


def test_the_complaints_kind_is_offered_to_everyone_who_exports() -> None:
    assert ("complaints", "投诉") in export_kinds()
    secretary = Actor(None, "ms", "秘书", frozenset({Role.SALES_SECRETARY}))
    assert "complaints" in dict(export_kinds(secretary))


def test_every_complaint_is_one_row_with_its_types(database: Database, folder: Path) -> None:
    complaints(database)
    out = folder / "投诉.xlsx"
    result = export(database, Actor.system(), out, ExportRequest(("complaints",)))
    assert result.rows == {"投诉": 3}
    closed, referred, paused = records(sheet_rows(out, "投诉"), HEADERS)

    assert closed["编号"] == "TS-000001" and closed["受理时间"] == datetime(2026, 3, 4, 10, 0)
    assert (closed["渠道"], closed["转办单位/编号"]) == ("电话", None)
    assert (closed["客户"], closed["电话"], closed["房号"]) == ("王建国", "138****1111", "3栋0101")
    assert (closed["性质"], closed["等级"], closed["投诉点"]) == ("质量", "二级", "渗水")
    assert closed["负责人"] == "周经理" and closed["内容"] == "客厅吊顶渗水，墙面起皮"
    # 3 working days from Wed 10:00, the weekend pause adding 17 working-day hours
    assert closed["首次答复期限"] == datetime(2026, 3, 10, 3, 0)
    assert (closed["首次答复时间"], closed["是否按时"]) == (datetime(2026, 3, 5, 6, 0), "按时")
    assert closed["处理方案"] == "维修整改（可含赔偿/补偿）"
    assert (closed["法务审核"], closed["财务审核"]) == (
        datetime(2026, 3, 5, 18, 0), datetime(2026, 3, 5, 19, 0),
    )  # fmt: skip
    assert closed["执行完成"] == datetime(2026, 3, 18, 10, 0)
    assert (closed["赔付金额"], closed["回访满意度"], closed["轮次"]) == (25000, 0.85, 2)
    assert (closed["状态"], closed["办结时间"]) == ("已办结", datetime(2026, 3, 24, 10, 0))

    assert (referred["渠道"], referred["转办单位/编号"]) == ("外部转办", "12345 热线 RX-0042")
    assert (referred["等级"], referred["负责人"], referred["房号"]) == ("一级", "分管副总", None)
    assert referred["首次答复期限"] == datetime(2026, 3, 9, 9, 0)  # 24 clock hours, rest day or not
    assert referred["是否按时"] == "已超时未答复" and referred["赔付金额"] == 0  # voided voucher
    assert referred["回访满意度"] is None and referred["电话"] is None

    assert (paused["是否按时"], paused["负责人"], paused["状态"]) == (
        "计时暂停中", "客服刘经理", "受理调查中",
    )  # fmt: skip

    sheet = load_workbook(out)["投诉"]
    for row in sheet.iter_rows(min_row=2):
        for header, cell in zip(HEADERS, row, strict=True):
            if cell.value is None:
                continue
            kind = KINDS[header]
            if kind == "money":
                assert cell.data_type == "n" and cell.number_format == MONEY_FORMAT, header
            elif kind == "percent":
                assert cell.data_type == "n" and cell.number_format == "0%", header
            elif kind == "integer":
                assert cell.data_type == "n", header
            elif kind in ("date", "datetime"):
                assert cell.is_date, header
            else:
                assert cell.data_type == "s", header
    what = sheet.cell(row=3, column=HEADERS.index("内容") + 1)
    assert what.value == INJECTED and what.data_type == "s" and what.quotePrefix


def test_phones_unmasked_only_when_asked_and_the_range_is_the_intake_day(
    database: Database, folder: Path
) -> None:
    complaints(database)
    plain, part = folder / "p.xlsx", folder / "r.xlsx"
    export(database, Actor.system(), plain, ExportRequest(("complaints",), mask_phones=False))
    phones = [row["电话"] for row in records(sheet_rows(plain, "投诉"), HEADERS)]
    assert phones == ["13800001111", None, "13912345678"]
    request = ExportRequest(("complaints",), date_from=date(2026, 3, 8), date_to=date(2026, 3, 20))
    export(database, Actor.system(), part, request)
    codes = [row["编号"] for row in records(sheet_rows(part, "投诉"), HEADERS)]
    assert codes == ["TS-000002", "TS-000003"]  # 03-08 and 03-20, both days included
    request = ExportRequest(("complaints",), date_to=date(2026, 3, 7))
    export(database, Actor.system(), part, request)
    assert [row["编号"] for row in records(sheet_rows(part, "投诉"), HEADERS)] == ["TS-000001"]
