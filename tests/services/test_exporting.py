"""The Excel export: every column's value and type read back with openpyxl, masking, who may turn
it off, the audit entry, the date range, anonymised customers left out, cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied, ValidationError
from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry, Customer, FollowUp
from anjia_desk.services import customer_state, export_scope, exporting
from anjia_desk.services.context import Actor
from anjia_desk.services.exporting import ExportRequest, ExportResult, export_workbook
from tests.helpers import add_actor

# 2026-03-10 10:00 in Shanghai.
NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
BOTH = ("customers", "followups")
INJECTED = '=HYPERLINK("http://example.com/x","点我")'

CUSTOMER_HEADERS = [
    "客户姓名",
    "手机号",
    "性别",
    "年龄段",
    "家庭结构",
    "来源渠道",
    "意向等级",
    "预算(万元)",
    "意向面积(㎡)",
    "意向户型",
    "楼层偏好",
    "置业目的",
    "客户类型",
    "关注点",
    "认知途径",
    "置业顾问",
    "登记日期",
    "推荐人手机号",
    "备注",
    "来访次数",
    "最近联系",
    "下次跟进",
    "保护期至",
    "公客池",
]
FOLLOW_UP_HEADERS = [
    "客户姓名",
    "手机号",
    "跟进时间",
    "跟进方式",
    "内容",
    "结果",
    "下次跟进日期",
    "原等级",
    "新等级",
    "跟进人",
]


@dataclass(frozen=True)
class Office:
    database: Database
    consultant: Actor
    manager: Actor
    secretary: Actor
    ids: dict[str, int]


def _customer(session: Session, name: str, phone: str | None, created: datetime) -> Customer:
    customer = Customer(created_at=created)
    customer_state.set_name(customer, name)
    if phone is not None:
        customer_state.set_phone(customer, parse_phone(phone))
    session.add(customer)
    session.flush()
    return customer


@pytest.fixture
def office(database: Database) -> Office:
    """A referrer, a full profile created just after midnight of 03-05 (office time), a bare
    customer just before it, and an anonymised one; a follow-up on each of the last three."""
    with session_scope(database, Actor.system()) as s:
        consultant = add_actor(s, "guwen", "顾问甲", Role.CONSULTANT)
        manager = add_actor(s, "jingli", "经理乙", Role.SITE_MANAGER)
        secretary = add_actor(s, "mishu", "秘书丙", Role.SALES_SECRETARY)
        referrer = _customer(s, "老客户", "13900000001", datetime(2026, 1, 2, 1, 0, tzinfo=UTC))
        full = _customer(s, "张伟", "13812345678", datetime(2026, 3, 4, 16, 30, tzinfo=UTC))
        full.gender = "女"
        full.age_band = "30-39"
        full.family_structure = "三口之家"
        full.channel = "老带新"
        full.grade = "A"
        full.budget_min = full.budget_max = Decimal("300")
        full.area_min, full.area_max = Decimal("80"), Decimal("100.50")
        full.layout = "三房两厅"
        full.floor_preference = "中高层"
        full.purpose = "自住"
        full.buyer_type = "改善"
        full.focus = "交通、教育配套"
        full.awareness = "朋友介绍"
        full.owner_id = consultant.user_id
        full.protected_until = date(2026, 4, 1)
        full.referrer_id = referrer.id
        full.notes = INJECTED
        full.visit_count = 3
        full.last_contact_at = datetime(2026, 3, 5, 16, 30, tzinfo=UTC)  # 03-06 00:30 local
        full.next_follow_up_on = date(2026, 3, 8)
        full.risk_index = 25
        bare = _customer(s, "", "13700000002", datetime(2026, 3, 4, 15, 59, tzinfo=UTC))
        bare.budget_min, bare.budget_max = Decimal("200"), Decimal("250.50")
        bare.area_max = Decimal("89")
        gone = _customer(s, "已匿名", None, datetime(2026, 3, 5, 1, 0, tzinfo=UTC))
        gone.anonymised_at = datetime(2026, 3, 6, tzinfo=UTC)
        s.add_all(
            [
                FollowUp(
                    customer_id=full.id,
                    user_id=consultant.user_id,
                    at=datetime(2026, 3, 5, 6, 30, tzinfo=UTC),  # 14:30 local
                    channel="电话",
                    content="-1 先试探价格",
                    result="约周末看房",
                    next_on=date(2026, 3, 8),
                    grade_before="B",
                    grade_after="A",
                ),
                FollowUp(
                    customer_id=bare.id,
                    user_id=None,
                    at=datetime(2026, 3, 4, 15, 0, tzinfo=UTC),  # 03-04 23:00 local
                    channel="微信",
                    content="发了户型图",
                ),
                FollowUp(
                    customer_id=gone.id,
                    user_id=consultant.user_id,
                    at=datetime(2026, 3, 5, 2, 0, tzinfo=UTC),
                    channel="电话",
                    content="不应导出",
                ),
            ]
        )
        ids = {"referrer": referrer.id, "full": full.id, "bare": bare.id, "gone": gone.id}
    return Office(database, consultant, manager, secretary, ids)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the files go (tmp_path itself holds the test's database)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


def export(
    database: Database,
    actor: Actor,
    out: Path,
    request: ExportRequest | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    with session_scope(database, actor) as s:
        return export_workbook(
            s,
            actor,
            request or ExportRequest(kinds=BOTH),
            out,
            progress=progress,
            cancelled=cancelled,
            now=NOW,
        )


def sheet_rows(path: Path, sheet: str) -> list[list[object]]:
    book = load_workbook(path)
    return [[cell.value for cell in row] for row in book[sheet].iter_rows()]


def records(rows: list[list[object]], headers: list[str]) -> list[dict[str, object]]:
    assert rows[0] == headers
    return [dict(zip(headers, row, strict=True)) for row in rows[1:]]


def exports(database: Database) -> list[AuditEntry]:
    with session_scope(database, Actor.system()) as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "export")))
        s.expunge_all()
        return entries


def test_export_kinds_name_the_sheets():
    assert exporting.export_kinds() == [
        ("customers", "客户"),
        ("followups", "跟进记录"),
        ("deals", "交易"),
        ("receivables", "应收款"),
        ("refunds", "退房"),
        ("complaints", "投诉"),
    ]


def test_customer_columns_values_and_types(office: Office, folder: Path):
    out = folder / "全部.xlsx"
    result = export(office.database, Actor.system(), out, ExportRequest(BOTH, mask_phones=False))
    assert result == ExportResult(path=out, rows={"客户": 3, "跟进记录": 2}, masked=False)
    referrer, full, bare = records(sheet_rows(out, "客户"), CUSTOMER_HEADERS)  # ordered by id
    assert full == {
        "客户姓名": "张伟",
        "手机号": "13812345678",
        "性别": "女",
        "年龄段": "30-39",
        "家庭结构": "三口之家",
        "来源渠道": "老带新",
        "意向等级": "A",
        "预算(万元)": 300,
        "意向面积(㎡)": "80-100.5",
        "意向户型": "三房两厅",
        "楼层偏好": "中高层",
        "置业目的": "自住",
        "客户类型": "改善",
        "关注点": "交通、教育配套",
        "认知途径": "朋友介绍",
        "置业顾问": "顾问甲",
        "登记日期": datetime(2026, 3, 5),  # 00:30 in the office, 16:30 UTC the day before
        "推荐人手机号": "13900000001",
        "备注": INJECTED,
        "来访次数": 3,
        "最近联系": datetime(2026, 3, 6),
        "下次跟进": datetime(2026, 3, 8),
        "保护期至": datetime(2026, 4, 1),
        "公客池": None,
    }
    # Types as Excel keeps them: phones are text, budgets numbers, dates real dates.
    assert isinstance(full["手机号"], str) and isinstance(full["推荐人手机号"], str)
    assert isinstance(full["预算(万元)"], int | float)
    assert type(full["来访次数"]) is int
    assert bare["客户姓名"] is None  # no name stays blank, so a re-import keeps it blank
    assert bare["手机号"] == "13700000002"
    assert bare["预算(万元)"] == "200-250.5"
    assert bare["意向面积(㎡)"] == 89
    assert bare["登记日期"] == datetime(2026, 3, 4)
    assert bare["置业顾问"] is None and bare["推荐人手机号"] is None
    assert bare["公客池"] == "是"  # no owner
    assert referrer["客户姓名"] == "老客户" and referrer["预算(万元)"] is None


def test_risk_marks_and_anonymised_customers_are_never_exported(office: Office, folder: Path):
    out = folder / "x.xlsx"
    export(office.database, Actor.system(), out, ExportRequest(BOTH, mask_phones=False))
    customers = sheet_rows(out, "客户")
    assert not any("风险" in str(header) for header in customers[0])
    assert "已匿名" not in [row[0] for row in customers]
    assert all(25 not in row for row in customers[1:])  # the risk index of 张伟
    followups = sheet_rows(out, "跟进记录")
    assert all("不应导出" not in row for row in followups)


def test_followup_columns_values_and_types(office: Office, folder: Path):
    out = folder / "跟进.xlsx"
    result = export(
        office.database, Actor.system(), out, ExportRequest(("followups",), mask_phones=False)
    )
    assert result.rows == {"跟进记录": 2}
    assert load_workbook(out).sheetnames == ["跟进记录"]
    earlier, later = records(sheet_rows(out, "跟进记录"), FOLLOW_UP_HEADERS)  # ordered by time
    assert earlier == {
        "客户姓名": "未留名",
        "手机号": "13700000002",
        "跟进时间": datetime(2026, 3, 4, 23, 0),
        "跟进方式": "微信",
        "内容": "发了户型图",
        "结果": None,
        "下次跟进日期": None,
        "原等级": None,
        "新等级": None,
        "跟进人": None,
    }
    assert later == {
        "客户姓名": "张伟",
        "手机号": "13812345678",
        "跟进时间": datetime(2026, 3, 5, 14, 30),  # office time
        "跟进方式": "电话",
        "内容": "-1 先试探价格",  # starts like a formula: kept as text
        "结果": "约周末看房",
        "下次跟进日期": datetime(2026, 3, 8),
        "原等级": "B",
        "新等级": "A",
        "跟进人": "顾问甲",
    }


def test_phones_are_masked_by_default(office: Office, folder: Path):
    out = folder / "脱敏.xlsx"
    result = export(office.database, office.secretary, out)
    assert result.masked
    _, full, bare = records(sheet_rows(out, "客户"), CUSTOMER_HEADERS)
    assert (full["手机号"], full["推荐人手机号"]) == ("138****5678", "139****0001")
    assert (bare["手机号"], bare["推荐人手机号"]) == ("137****0002", None)
    assert [row[1] for row in sheet_rows(out, "跟进记录")[1:]] == ["137****0002", "138****5678"]
    entry = exports(office.database)[-1]
    assert entry.user_id == office.secretary.user_id and entry.actor == "秘书丙"
    assert entry.entity == "customers" and entry.entity_id is None
    assert entry.summary == "导出 Excel：客户 3 行、跟进记录 2 行；手机号已脱敏；文件 脱敏.xlsx"
    assert entry.reason is None


def test_formula_in_a_note_comes_back_as_text(office: Office, folder: Path):
    out = folder / "x.xlsx"
    export(office.database, office.secretary, out, ExportRequest(("customers",)))
    cell = load_workbook(out)["客户"].cell(row=3, column=CUSTOMER_HEADERS.index("备注") + 1)
    assert cell.value == INJECTED
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_unmasked_needs_the_permission(office: Office, folder: Path):
    out = folder / "x.xlsx"
    request = ExportRequest(BOTH, mask_phones=False, reason="总部核对")
    with pytest.raises(PermissionDenied, match="导出完整手机号"):
        export(office.database, office.secretary, out, request)
    assert not out.exists() and exports(office.database) == []


@pytest.mark.parametrize("reason", ["", "   "])
def test_unmasked_needs_a_reason(office: Office, folder: Path, reason: str):
    out = folder / "x.xlsx"
    with pytest.raises(ValidationError) as caught:
        export(
            office.database,
            office.manager,
            out,
            ExportRequest(BOTH, mask_phones=False, reason=reason),
        )
    assert caught.value.fields == {"reason": "请填写不脱敏导出的理由"}
    assert not out.exists() and exports(office.database) == []


def test_unmasked_with_a_reason_is_audited(office: Office, folder: Path):
    out = folder / "完整.xlsx"
    request = ExportRequest(
        BOTH,
        date_from=date(2026, 3, 5),
        date_to=date(2026, 3, 5),
        mask_phones=False,
        reason=" 总部核对成交 ",
    )
    result = export(office.database, office.manager, out, request)
    assert not result.masked
    assert sheet_rows(out, "客户")[1][1] == "13812345678"
    (entry,) = exports(office.database)
    assert entry.user_id == office.manager.user_id and entry.actor == "经理乙"
    assert entry.summary == (
        "导出 Excel：客户 1 行、跟进记录 1 行；手机号未脱敏；日期 2026-03-05 至 2026-03-05；"
        "文件 完整.xlsx"
    )
    assert entry.reason == "总部核对成交"


def test_the_system_exports_unmasked_without_a_reason(office: Office, folder: Path):
    out = folder / "x.xlsx"
    export(office.database, Actor.system(), out, ExportRequest(("customers",), mask_phones=False))
    (entry,) = exports(office.database)
    assert entry.actor == "system" and entry.reason is None
    assert entry.summary.endswith("客户 3 行；手机号未脱敏；文件 x.xlsx")


def test_a_consultant_may_not_export(office: Office, folder: Path):
    with pytest.raises(PermissionDenied, match="导出 Excel"):
        export(office.database, office.consultant, folder / "x.xlsx")


def test_date_range_on_both_sheets(office: Office, folder: Path):
    out = folder / "x.xlsx"
    request = ExportRequest(BOTH, date_from=date(2026, 3, 5), date_to=date(2026, 3, 5))
    assert export(office.database, office.secretary, out, request).rows == {
        "客户": 1,
        "跟进记录": 1,
    }
    assert [row[0] for row in sheet_rows(out, "客户")[1:]] == ["张伟"]
    assert [row[2] for row in sheet_rows(out, "跟进记录")[1:]] == [datetime(2026, 3, 5, 14, 30)]

    request = ExportRequest(BOTH, date_to=date(2026, 3, 4))
    assert export(office.database, office.secretary, out, request).rows == {
        "客户": 2,
        "跟进记录": 1,
    }
    assert [row[0] for row in sheet_rows(out, "客户")[1:]] == ["老客户", None]
    assert [row[4] for row in sheet_rows(out, "跟进记录")[1:]] == ["发了户型图"]
    assert exports(office.database)[-1].summary == (
        "导出 Excel：客户 2 行、跟进记录 1 行；手机号已脱敏；日期 不限 至 2026-03-04；文件 x.xlsx"
    )

    request = ExportRequest(("customers",), date_from=date(2026, 3, 6))
    assert export(office.database, office.secretary, out, request).rows == {"客户": 0}
    assert sheet_rows(out, "客户") == [CUSTOMER_HEADERS]
    assert "日期 2026-03-06 至 不限" in exports(office.database)[-1].summary


@pytest.mark.parametrize(
    ("request_", "fields"),
    [
        (ExportRequest(()), {"kinds": "请至少选择一个工作表"}),
        (ExportRequest(("customers", "visits")), {"kinds": "无法导出“visits”"}),
        (
            ExportRequest(BOTH, date_from=date(2026, 3, 6), date_to=date(2026, 3, 5)),
            {"date_to": "结束日期不能早于开始日期"},
        ),
    ],
)
def test_bad_requests_are_refused(
    office: Office, folder: Path, request_: ExportRequest, fields: dict[str, str]
):
    out = folder / "x.xlsx"
    with pytest.raises(ValidationError) as caught:
        export(office.database, office.secretary, out, request_)
    assert caught.value.fields == fields
    assert not out.exists()


def test_a_kind_asked_twice_is_one_sheet(office: Office, folder: Path):
    out = folder / "x.xlsx"
    request = ExportRequest(("followups", "customers", "followups"))
    assert export(office.database, office.secretary, out, request).rows == {
        "跟进记录": 2,
        "客户": 3,
    }
    assert load_workbook(out).sheetnames == ["跟进记录", "客户"]


def test_an_empty_database_exports_the_headers(database: Database, folder: Path):
    out = folder / "x.xlsx"
    assert export(database, Actor.system(), out).rows == {"客户": 0, "跟进记录": 0}
    assert sheet_rows(out, "客户") == [CUSTOMER_HEADERS]
    assert sheet_rows(out, "跟进记录") == [FOLLOW_UP_HEADERS]


def test_progress_reaches_the_total(office: Office, folder: Path):
    calls: list[tuple[int, int]] = []
    export(office.database, office.secretary, folder / "x.xlsx", progress=_record(calls))
    assert calls and calls[-1] == (5, 5)


def _record(calls: list[tuple[int, int]]) -> Callable[[int, int], None]:
    return lambda done, total: calls.append((done, total))


@pytest.mark.parametrize("polls_before_cancel", [0, 1, 2, 3])
def test_cancel_leaves_no_file_and_no_audit_entry(
    office: Office, folder: Path, monkeypatch: pytest.MonkeyPatch, polls_before_cancel: int
):
    from anjia_desk.excel.writer import Cancelled

    monkeypatch.setattr(export_scope, "CHUNK", 1)  # a poll per row: cancel in the middle
    polls: list[int] = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) > polls_before_cancel

    out = folder / "x.xlsx"
    out.write_bytes(b"the previous export")
    with pytest.raises(Cancelled):
        export(office.database, office.manager, out, ExportRequest(BOTH), cancelled=cancelled)
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == ["x.xlsx"]
    assert exports(office.database) == []


def test_span_writes_one_number_or_a_range():
    span = exporting.span
    assert span(None, None) is None
    assert span(Decimal("300.00"), Decimal("300.00")) == Decimal("300")
    assert span(Decimal("300"), None) == Decimal("300")
    assert span(None, Decimal("89.5")) == Decimal("89.5")
    assert span(Decimal("200.00"), Decimal("250.50")) == "200-250.5"
    assert span(Decimal("1000"), Decimal("1200.25")) == "1000-1200.25"


def test_budgets_and_areas_read_back_by_the_importer(office: Office, folder: Path):
    """The exported cells parse back to the stored (min, max) with the import's own parsers."""
    from anjia_desk.excel.cells import parse_area, parse_wan

    out = folder / "x.xlsx"
    export(office.database, Actor.system(), out, ExportRequest(("customers",)))
    rows = records(sheet_rows(out, "客户"), CUSTOMER_HEADERS)
    read = [(parse_wan(r["预算(万元)"]), parse_area(r["意向面积(㎡)"])) for r in rows]
    assert read == [
        ((None, None), (None, None)),
        ((Decimal("300"), Decimal("300")), (Decimal("80"), Decimal("100.5"))),
        (
            (Decimal("200"), Decimal("250.5")),
            (Decimal("89"), Decimal("89")),
        ),  # one value: min = max
    ]


# --- 交易 and 应收款

DEAL_HEADERS = [
    "项目",
    "房源",
    "客户姓名",
    "买受人",
    "证件号码",
    "通讯地址",
    "邮政编码",
    "置业顾问",
    "付款方式",
    "阶段",
    "表价",
    "优惠",
    "成交价",
    "定金",
    "认购日期",
    "签约期限",
    "签约日期",
    "合同编号",
    "网签编号",
    "备案日期",
    "已付",
    "未付",
]
RECEIVABLE_HEADERS = [
    "项目",
    "房源",
    "买受人",
    "节点",
    "款项性质",
    "应付日期",
    "应付金额",
    "已付金额",
    "未付金额",
    "逾期天数",
    "账龄",
    "违约金",
    "按揭催办",
    "催款阶段",
    "最近催款日期",
]
MONEY_FORMAT = "#,##0.00"
SECRET_ID = "11010119900101123X"


def deal_office(database: Database) -> dict[str, int]:
    """Two projects: a signed full-payment deal (subscribed 03-04 23:30 office time) with its
    首付款 partly paid and 6 days overdue, a commercial-loan deal subscribed 03-06 whose 按揭款
    is late with the bank, and a cancelled deal."""
    from anjia_desk.core.deals import Nature, PaymentMethod, Stage
    from anjia_desk.services import payments
    from tests.deal_fixtures import make_building, make_customer, make_project
    from tests.services.test_payments import make_deal

    with session_scope(database, Actor.system()) as s:
        consultant = add_actor(s, "guwen", "顾问甲", Role.CONSULTANT)
        cashier = add_actor(s, "chuna", "出纳甲", Role.CASHIER)
        project = make_project(s, "安家·云栖府")
        units = make_building(s, project, "3栋")
        other = make_project(s, "安家·二期")
        other_units = make_building(s, other, "9栋")
        wang = make_customer(s, "王建国", "13800001111")
        signed = make_deal(
            s, project, units[0], wang,
            (
                (Nature.DEPOSIT, "定金", date(2026, 3, 4), Decimal("50000.00")),
                (Nature.DOWN, "首付款", date(2026, 3, 4), Decimal("300000.00")),
                (Nature.PRICE, "房款", date(2026, 4, 30), Decimal("600000.00")),
            ),
            consultant=consultant,
            buyer_name="王建国、李梅",
            subscribed_at=datetime(2026, 3, 4, 15, 30, tzinfo=UTC),  # 23:30 local
            stage=Stage.SIGNED,
        )  # fmt: skip
        signed.buyer_id_cipher = SECRET_ID  # (really encrypted; whatever it is, never exported)
        signed.signed_at = datetime(2026, 3, 5, 17, 0, tzinfo=UTC)  # 03-06 01:00 local
        signed.contract_no = "HT-2026-001"
        signed.netsign_no = "=WQ001"
        signed.filed_on = date(2026, 3, 8)
        signed.mailing_address = "北京市朝阳区建国路88号3号楼1201室"
        signed.mailing_postcode = "100020"
        for amount in ("50000", "100000"):
            payments.record_payment(
                s, cashier, amount=Decimal(amount), nature=Nature.DOWN if amount == "100000"
                else Nature.DEPOSIT, payer="王建国", method="转账", paid_on=date(2026, 3, 4),
                deal_id=signed.id, now=NOW,
            )  # fmt: skip
        loan = make_deal(
            s, other, other_units[0], make_customer(s, "李四", "13900002222"),
            (
                (Nature.DEPOSIT, "定金", date(2026, 3, 6), Decimal("30000.00")),
                (Nature.LOAN, "按揭款", date(2026, 3, 8), Decimal("700000.00")),
            ),
            method=PaymentMethod.COMMERCIAL,
            buyer_name="李四",
            buyer_id_masked="",
            subscribed_at=datetime(2026, 3, 6, 2, 0, tzinfo=UTC),
            paid=(Decimal("30000.00"),),
        )  # fmt: skip
        gone = make_deal(
            s, project, units[1], make_customer(s, "退房客", "13700003333"),
            ((Nature.DEPOSIT, "定金", date(2026, 3, 1), Decimal("50000.00")),),
            subscribed_at=datetime(2026, 3, 1, 2, 0, tzinfo=UTC),
            stage=Stage.CANCELLED,
        )  # fmt: skip
        gone.cancelled_at = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
        return {"signed": signed.id, "loan": loan.id, "gone": gone.id}


def money_and_dates(path: Path, sheet: str, headers: list[str]) -> None:
    """Every cell under a money header is a number formatted #,##0.00 (or blank); every cell
    under a date header a real date."""
    book = load_workbook(path)[sheet]
    kinds = dict(exporting.DEAL_COLUMNS if sheet == "交易" else exporting.RECEIVABLE_COLUMNS)
    for row in book.iter_rows(min_row=2):
        for header, cell in zip(headers, row, strict=True):
            if cell.value is None:
                continue
            if kinds[header] == "money":
                assert cell.data_type == "n" and isinstance(cell.value, int | float), header
                assert cell.number_format == MONEY_FORMAT, header
            elif kinds[header] == "date":
                assert isinstance(cell.value, datetime) and cell.is_date, header
                assert cell.value.time() == datetime.min.time()
            elif kinds[header] == "integer":
                assert type(cell.value) is int, header
            else:
                assert isinstance(cell.value, str), header


def test_deal_sheet_values_and_types(database: Database, folder: Path):
    deal_office(database)
    out = folder / "交易.xlsx"
    request = ExportRequest(("deals",), mask_phones=False)
    result = export(database, Actor.system(), out, request)
    assert result.rows == {"交易": 3}
    gone, signed, loan = records(sheet_rows(out, "交易"), DEAL_HEADERS)  # by 认购
    assert signed == {
        "项目": "安家·云栖府",
        "房源": "3栋0101",
        "客户姓名": "王建国",
        "买受人": "王建国、李梅",
        "证件号码": "110101********1234",
        "通讯地址": "北京市朝阳区建国路88号3号楼1201室",  # phones unmasked: so is the address
        "邮政编码": "100020",
        "置业顾问": "顾问甲",
        "付款方式": "全款",
        "阶段": "已签约",
        "表价": 1000000,
        "优惠": 50000,
        "成交价": 950000,
        "定金": 50000,
        "认购日期": datetime(2026, 3, 4),  # 23:30 in the office
        "签约期限": datetime(2026, 2, 8),
        "签约日期": datetime(2026, 3, 6),  # 01:00 in the office
        "合同编号": "HT-2026-001",
        "网签编号": "=WQ001",  # text, never a formula
        "备案日期": datetime(2026, 3, 8),
        "已付": 150000,
        "未付": 800000,
    }
    assert (loan["付款方式"], loan["阶段"], loan["证件号码"], loan["置业顾问"]) == (
        "商业贷款",
        "已认购",
        None,
        None,
    )
    assert (loan["签约日期"], loan["合同编号"], loan["已付"], loan["未付"]) == (
        None,
        None,
        30000,
        700000,
    )
    assert (gone["阶段"], gone["已付"], gone["未付"]) == ("已取消", 0, None)
    money_and_dates(out, "交易", DEAL_HEADERS)
    # The ID number is masked whatever is asked: only the masked form is ever read.
    assert all(SECRET_ID not in str(v) for row in sheet_rows(out, "交易") for v in row)
    cell = load_workbook(out)["交易"].cell(row=3, column=DEAL_HEADERS.index("网签编号") + 1)
    assert cell.data_type == "s" and cell.quotePrefix


def test_receivable_sheet_values_and_types(database: Database, folder: Path):
    deal_office(database)
    out = folder / "应收款.xlsx"
    result = export(database, office_secretary(database), out, ExportRequest(("receivables",)))
    assert result.rows == {"应收款": 3, "催款记录": 0}
    rows = records(sheet_rows(out, "应收款"), RECEIVABLE_HEADERS)
    assert rows == [
        {
            "项目": "安家·云栖府",
            "房源": "3栋0101",
            "买受人": "王建国、李梅",
            "节点": "首付款",
            "款项性质": "首付款",
            "应付日期": datetime(2026, 3, 4),
            "应付金额": 300000,
            "已付金额": 100000,
            "未付金额": 200000,
            "逾期天数": 6,
            "账龄": "1–15天",
            "违约金": 600,  # 200,000 × 6 days × 5/10000
            "按揭催办": None,
            "催款阶段": None,
            "最近催款日期": None,
        },
        {
            "项目": "安家·二期",
            "房源": "9栋0101",
            "买受人": "李四",
            "节点": "按揭款",
            "款项性质": "按揭款",
            "应付日期": datetime(2026, 3, 8),
            "应付金额": 700000,
            "已付金额": 0,
            "未付金额": 700000,
            "逾期天数": 0,
            "账龄": None,
            "违约金": 0,
            "按揭催办": "是",
            "催款阶段": None,
            "最近催款日期": None,
        },
        {
            "项目": "安家·云栖府",
            "房源": "3栋0101",
            "买受人": "王建国、李梅",
            "节点": "房款",
            "款项性质": "房款",
            "应付日期": datetime(2026, 4, 30),
            "应付金额": 600000,
            "已付金额": 0,
            "未付金额": 600000,
            "逾期天数": 0,
            "账龄": None,
            "违约金": 0,
            "按揭催办": None,
            "催款阶段": None,
            "最近催款日期": None,
        },
    ]
    money_and_dates(out, "应收款", RECEIVABLE_HEADERS)
    entry = exports(database)[-1]
    assert entry.summary == (
        "导出 Excel：应收款 3 行、催款记录 0 行；手机号已脱敏；文件 应收款.xlsx"
    )


def office_secretary(database: Database) -> Actor:
    with session_scope(database, Actor.system()) as s:
        return add_actor(s, "mishu", "秘书丙", Role.SALES_SECRETARY)


def test_date_range_on_deals_and_receivables(database: Database, folder: Path):
    deal_office(database)
    out = folder / "x.xlsx"
    request = ExportRequest(
        ("deals", "receivables"), date_from=date(2026, 3, 4), date_to=date(2026, 3, 5)
    )
    assert export(database, Actor.system(), out, request).rows == {
        "交易": 1,
        "应收款": 1,
        "催款记录": 0,
    }
    assert [r[3] for r in sheet_rows(out, "交易")[1:]] == ["王建国、李梅"]  # subscribed 03-04
    assert [r[3] for r in sheet_rows(out, "应收款")[1:]] == ["首付款"]  # due 03-04
    request = ExportRequest(("deals", "receivables"), date_from=date(2026, 3, 5))
    assert export(database, Actor.system(), out, request).rows == {
        "交易": 1,
        "应收款": 2,
        "催款记录": 0,
    }
    assert [r[3] for r in sheet_rows(out, "交易")[1:]] == ["李四"]
    assert [r[3] for r in sheet_rows(out, "应收款")[1:]] == ["按揭款", "房款"]


def test_an_empty_database_exports_deal_headers(database: Database, folder: Path):
    out = folder / "x.xlsx"
    request = ExportRequest(("deals", "receivables"))
    assert export(database, Actor.system(), out, request).rows == {
        "交易": 0,
        "应收款": 0,
        "催款记录": 0,
    }
    assert sheet_rows(out, "交易") == [DEAL_HEADERS]
    assert sheet_rows(out, "应收款") == [RECEIVABLE_HEADERS]
