"""Dunning in the Excel export (issue 16): the 应收款 sheet's 催款阶段 and 最近催款日期, and the
催款记录 sheet beside it — every letter, voided ones with their reason, real dates, money as
numbers, text never a formula, the 已申请删除 customers' letters left out as their deals are."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from anjia_desk.core.dunning import Delivery, DeliveryForm
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer, Deal
from anjia_desk.services import dunning, dunning_actions
from anjia_desk.services.context import Actor
from anjia_desk.services.export_dunning_sheet import DUNNING_COLUMNS
from anjia_desk.services.exporting import ExportRequest
from tests.helpers import add_actor
from tests.services.test_exporting import (
    INJECTED,
    MONEY_FORMAT,
    RECEIVABLE_HEADERS,
    deal_office,
    export,
    records,
    sheet_rows,
)

HEADERS = [header for header, _kind in DUNNING_COLUMNS]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "out"
    path.mkdir()
    return path


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC) - timedelta(hours=8)


def letters(database: Database) -> dict[str, int]:
    """The signed deal's 首付款 (due 03-04): a letter of 03-05 voided (printer jam), the letter
    of 03-06 sent by courier with a number that looks like a formula, signed for 03-08, and
    reprinted once."""
    ids = deal_office(database)
    with session_scope(database, Actor.system()) as s:
        secretary = add_actor(s, "mishu", "秘书丙", Role.SALES_SECRETARY)
        [jammed] = dunning.issue_letters(
            s, secretary, [ids["signed"]], day=date(2026, 3, 5), now=at(date(2026, 3, 5), 10)
        )
        dunning_actions.void_letter(s, secretary, jammed, "打印卡纸", now=at(date(2026, 3, 5), 11))
        [sent] = dunning.issue_letters(
            s, secretary, [ids["signed"]], day=date(2026, 3, 6), now=at(date(2026, 3, 6), 10)
        )
        dunning_actions.record_delivery(
            s, secretary, sent,
            DeliveryForm(Delivery.COURIER, INJECTED[:40], date(2026, 3, 8)),
            now=at(date(2026, 3, 8), 15),
        )  # fmt: skip
        dunning_actions.count_reprint(s, secretary, [sent])
    return {**ids, "secretary": secretary.user_id or 0}


def actor(database: Database, user_id: int, role: Role) -> Actor:
    with session_scope(database, Actor.system()) as s:
        from anjia_desk.db.models import User

        user = s.get(User, user_id)
        assert user is not None
        return Actor(user_id, user.username, user.display_name, frozenset({role}))


def test_the_receivables_sheet_shows_the_last_letter(database: Database, folder: Path) -> None:
    ids = letters(database)
    secretary = actor(database, ids["secretary"], Role.SALES_SECRETARY)
    out = folder / "应收款.xlsx"
    result = export(database, secretary, out, ExportRequest(("receivables",)))
    assert result.rows == {"应收款": 3, "催款记录": 2}
    rows = records(sheet_rows(out, "应收款"), RECEIVABLE_HEADERS)
    by_line = {(row["房源"], row["节点"]): row for row in rows}
    # Both lines of the dunned deal show its last letter not voided; the loan deal none.
    for line in ("首付款", "房款"):
        row = by_line[("3栋0101", line)]
        assert (row["催款阶段"], row["最近催款日期"]) == ("第1阶段", datetime(2026, 3, 6))
    assert by_line[("9栋0101", "按揭款")]["催款阶段"] is None
    sheet = load_workbook(out)["应收款"]
    column = RECEIVABLE_HEADERS.index("最近催款日期") + 1
    dated = [sheet.cell(row=r, column=column) for r in range(2, sheet.max_row + 1)]
    assert [c.is_date for c in dated if c.value is not None] == [True, True]


def test_the_dunning_sheet_lists_every_letter_with_its_types(
    database: Database, folder: Path
) -> None:
    letters(database)
    out = folder / "all.xlsx"
    export(database, Actor.system(), out, ExportRequest(("deals", "receivables")))
    book = load_workbook(out)
    assert book.sheetnames == ["交易", "应收款", "催款记录"]
    jammed, sent = records(sheet_rows(out, "催款记录"), HEADERS)
    assert jammed["编号"] == "CK-000001" and jammed["状态"] == "作废：打印卡纸"
    assert (
        sent
        == {
            "编号": "CK-000002",  # the voided number is kept, never reused
            "项目": "安家·云栖府",
            "房号": "3栋0101",
            "买受人": "王建国、李梅",
            "阶段": "第1阶段",
            "函件日期": datetime(2026, 3, 6),
            "出具人": "秘书丙",
            "送达方式": "快递",
            "单号": INJECTED[:40],
            "签收日期": datetime(2026, 3, 8),
            "未付金额": 200000,
            "违约金": 200,  # 200,000 × 2 days × 5/10000
            "状态": "有效",
            "重印次数": 1,
        }
    )
    sheet = book["催款记录"]
    kinds = dict(DUNNING_COLUMNS)
    for row in sheet.iter_rows(min_row=2):
        for header, cell in zip(HEADERS, row, strict=True):
            if cell.value is None:
                continue
            if kinds[header] == "money":
                assert cell.data_type == "n" and cell.number_format == MONEY_FORMAT, header
            elif kinds[header] == "date":
                assert cell.is_date and isinstance(cell.value, datetime), header
            elif kinds[header] == "integer":
                assert type(cell.value) is int, header
            else:
                assert cell.data_type == "s", header
    number = sheet.cell(row=3, column=HEADERS.index("单号") + 1)
    assert number.data_type == "s" and number.quotePrefix  # text, never a formula
    assert sheet.freeze_panes == "A2"


def test_the_date_range_picks_letters_by_their_date(database: Database, folder: Path) -> None:
    letters(database)
    out = folder / "x.xlsx"
    request = ExportRequest(("receivables",), date_from=date(2026, 3, 6))
    assert export(database, Actor.system(), out, request).rows["催款记录"] == 1
    request = ExportRequest(("receivables",), date_to=date(2026, 3, 5))
    assert export(database, Actor.system(), out, request).rows["催款记录"] == 1
    assert sheet_rows(out, "催款记录")[1][0] == "CK-000001"


def test_letters_of_a_customer_asking_for_erasure_are_left_out(
    database: Database, folder: Path
) -> None:
    ids = letters(database)
    with session_scope(database, Actor.system()) as s:
        deal = s.get(Deal, ids["signed"])
        assert deal is not None
        customer = s.get(Customer, deal.customer_id)
        assert customer is not None
        customer.erasure_requested_at = datetime(2026, 3, 9, tzinfo=UTC)
    out = folder / "x.xlsx"
    secretary = actor(database, ids["secretary"], Role.SALES_SECRETARY)
    assert export(database, secretary, out, ExportRequest(("receivables",))).rows["催款记录"] == 0
    # The command line (as finance would) still sees them: 会计档案.
    assert (
        export(database, Actor.system(), out, ExportRequest(("receivables",))).rows["催款记录"] == 2
    )
