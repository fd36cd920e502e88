"""The import pipeline with the customer sheet (EXCEL_FORMAT.md), each mess on its own."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import xlsxwriter
from sqlalchemy import func, inspect, select

from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import (
    AuditEntry,
    Customer,
    CustomerRelative,
    GradeChange,
    OwnershipChange,
    User,
)
from anjia_desk.services import customer_state
from anjia_desk.services.context import Actor
from anjia_desk.services.importing import (
    ImportCancelled,
    ImportOptions,
    Mode,
    import_kinds,
    preview_file,
    run_import,
)
from tests.helpers import add_actor
from tests.same_engine import plan_steps

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in the office
SYSTEM = Actor.system()


def xlsx(path: Path, rows: Sequence[Sequence[Any]], *, sheet: str = "客户") -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet(sheet)
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, (date, datetime)):
                ws.write_datetime(r, c, value, day)
            elif isinstance(value, str):
                ws.write_string(r, c, value)
            else:
                ws.write(r, c, value)
    book.close()
    return path


def run(database: Database, path: Path, actor: Actor = SYSTEM, **options: Any):  # type: ignore[no-untyped-def]
    return run_import(
        database, actor, kind="customers", path=path, options=ImportOptions(**options), now=NOW
    )


def customers(database: Database) -> dict[str, Customer]:
    with database.sessions() as s:
        return {c.phone_key or "": c for c in s.scalars(select(Customer))}


def count(database: Database, model: type) -> int:
    with database.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def add_customer(database: Database, phone: str, name: str, owner: str | None = None) -> int:
    """A customer registered through the app (owner: a consultant's display name)."""
    with session_scope(database, SYSTEM) as s:
        owner_id = None
        if owner:
            owner_id = add_actor(s, f"u{phone[-4:]}", owner, Role.CONSULTANT).user_id
        customer = Customer(name=name, phone=phone, phone_key=phone, owner_id=owner_id)
        customer_state.set_name(customer, name)
        s.add(customer)
        s.flush()
        return customer.id


def test_a_messy_file_is_read_as_people_make_it(database: Database, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "head-office.xlsx",
        [
            ["2026年11月 新客户名单（总部下发）"],
            [],
            [
                " 姓 名 ",
                "联系方式",
                "性别",
                "渠道",
                "等级",
                "预算（万元）",
                "面积(㎡)",
                "户型",
                "购房用途",
                "关注重点",
                "顾问",
                "来访日期",
                "微信备注",
            ],
            [
                "张伟",
                13812345678,
                "先生",
                "房产门户",
                "A类",
                "300万",
                "89平米",
                "三房两厅",
                "自住",
                "交通、教育配套/商业",
                "李娜",
                date(2026, 3, 5),
                "只周末有空",
            ],
            [
                "王芳",
                "+86 139-0000-1111",
                "女士",
                "抖音直播",
                "中意向",
                "200-300万",
                "80-100",
                None,
                "投资",
                None,
                "李娜",
                "2026年3月6日",
                None,
            ],
            [None, None, None],
            [
                "",
                "１３７００００２２２２",
                "M",
                None,
                "c",
                3_000_000,
                None,
                None,
                None,
                None,
                None,
                "20260307",
                None,
            ],
            [
                "陈静",
                "1.3600003333E10",
                None,
                None,
                None,
                "面议",
                None,
                None,
                None,
                None,
                None,
                "2026/3/8 14:30",
                None,
            ],
        ],
    )
    result = run(database, path)
    assert (result.rows, result.imported, result.rejected) == (4, 4, 0)
    assert result.unknown == ["微信备注"]
    by_phone = customers(database)
    assert set(by_phone) == {"13812345678", "13900001111", "13700002222", "13600003333"}
    zhang = by_phone["13812345678"]
    assert (zhang.name, zhang.gender, zhang.channel, zhang.grade) == ("张伟", "男", "房产门户", "A")
    assert (zhang.budget_min, zhang.budget_max) == (Decimal("300.00"), Decimal("300.00"))
    assert (zhang.area_min, zhang.area_max, zhang.layout) == (Decimal(89), Decimal(89), "三房两厅")
    assert zhang.focus == "交通、教育配套、商业" and zhang.purpose == "自住"
    assert zhang.name_initials.startswith("zw")
    # 登记日期 is the registration (the list's 登记日期), and the first contact.
    assert zhang.created_at.astimezone(ZoneInfo("Asia/Shanghai")).date() == date(2026, 3, 5)
    assert zhang.next_follow_up_on == date(2026, 3, 8)  # A: every 3 days
    wang = by_phone["13900001111"]
    assert (wang.grade, wang.budget_min, wang.budget_max) == ("B", Decimal(200), Decimal(300))
    assert (wang.area_min, wang.area_max, wang.gender) == (Decimal(80), Decimal(100), "女")
    nameless = by_phone["13700002222"]
    assert (nameless.name, nameless.grade, nameless.budget_min) == ("", "C", Decimal(300))
    chen = by_phone["13600003333"]
    assert chen.budget_min is None and chen.grade == "C"
    assert result.problems == [(8, "已导入", "预算(万元)：预算“面议”无法识别，已留空")]
    # The consultant named in the file owns the customers; unknown channels join the list.
    with database.sessions() as s:
        li = s.scalars(select(User).where(User.display_name == "李娜")).one()
        assert li.password_hash is None and li.role_names == {"consultant"}
        assert "抖音直播" in customer_state.options(s).channels
    assert zhang.owner_id == li.id and zhang.protected_until == date(2026, 12, 23)
    assert chen.owner_id is None  # no consultant: the public pool


def test_rejected_rows_say_why_and_the_valid_ones_are_imported(
    database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "bad.xlsx",
        [
            ["客户姓名", "手机号", "意向等级", "登记日期", "性别"],
            ["甲", "138****5678", "A", None, None],
            ["乙", "12345", "A", None, None],
            ["丙", None, "A", None, None],
            ["丁", "13811112222", "特级", None, None],
            ["戊", "13811113333", "B", "下周三", None],
            ["己", "13811114444", "B", None, "男女"],
        ],
    )
    result = run(database, path)
    assert (result.rows, result.imported, result.rejected) == (6, 1, 5)
    reasons = {row: reason for row, outcome, reason in result.problems}
    assert "打码" in reasons[2] and "不是有效" in reasons[3] and reasons[4] == "缺少手机号"
    assert "特级" in reasons[5] and "下周三" in reasons[6]
    assert "性别" in reasons[7] and "已留空" in reasons[7]
    assert set(customers(database)) == {"13811114444"}


def test_duplicates_in_the_file_and_in_the_database(database: Database, tmp_path: Path) -> None:
    add_customer(database, "13800000001", "老客户", owner="周顾问")
    with session_scope(database, SYSTEM) as s:
        owner = s.scalars(select(Customer)).one()
        s.add(CustomerRelative(customer_id=owner.id, relation="配偶", phone="13800000009",
                               phone_key="13800000009"))  # fmt: skip
    path = xlsx(
        tmp_path / "dup.xlsx",
        [
            ["姓名", "电话"],
            ["新人", "13800000002"],
            ["又是新人", "138 0000 0002"],
            ["老客户", "13800000001"],
            ["配偶", "13800000009"],
        ],
    )
    result = run(database, path)
    assert (result.rows, result.imported, result.duplicates) == (4, 1, 3)
    reasons = {row: reason for row, _outcome, reason in result.problems}
    assert reasons[3] == "与第 2 行手机号相同（以第一行为准）"
    assert "周顾问" in reasons[4] and "亲属" in reasons[5]
    assert customers(database)["13800000002"].name == "新人"


def test_update_and_both_modes(database: Database, tmp_path: Path) -> None:
    cid = add_customer(database, "13800000001", "老王", owner="周顾问")
    path = xlsx(
        tmp_path / "update.xlsx",
        [
            ["姓名", "手机", "等级", "预算", "顾问", "备注"],
            ["王大明", "13800000001", "A", None, "吴顾问", "已看样板间"],
            ["新客户", "13800000002", "B", 150, None, None],
        ],
    )
    dry = run(database, path, mode=Mode.UPDATE, dry_run=True)
    assert (dry.updated, dry.skipped, dry.written) == (1, 1, False)
    assert customers(database)["13800000001"].name == "老王"
    result = run(database, path, mode=Mode.UPDATE)
    assert (result.rows, result.updated, result.skipped, result.imported) == (2, 1, 1, 0)
    reasons = {row: reason for row, _o, reason in result.problems}
    assert "仅更新" in reasons[3]
    wang = customers(database)["13800000001"]
    assert (wang.id, wang.name, wang.grade, wang.notes) == (cid, "王大明", "A", "已看样板间")
    assert wang.budget_min is None  # a blank cell changes nothing
    with database.sessions() as s:
        change = s.scalars(select(GradeChange)).one()
        assert (change.from_grade, change.to_grade, change.reason) == ("C", "A", "Excel 导入")
        moved = s.scalars(select(OwnershipChange)).one()
        assert moved.kind == "import" and s.get(User, moved.to_user_id).display_name == "吴顾问"
        history = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "customers", AuditEntry.entity_id == cid)
        ).all()
        assert any("王大明" in e.summary for e in history)  # the change is in its history
    both = run(database, path, mode=Mode.BOTH)
    assert (both.updated, both.imported) == (1, 1)
    assert customers(database)["13800000002"].budget_min == Decimal(150)


def test_strict_mode_imports_nothing_when_a_row_is_rejected(
    database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "strict.xlsx",
        [["姓名", "手机号"], ["甲", "13800000001"], ["乙", "bad"], ["甲", "13800000001"]],
    )
    result = run(database, path, strict=True)
    assert (result.rows, result.imported, result.skipped, result.rejected) == (3, 0, 1, 1)
    assert result.duplicates == 1 and not result.written
    assert count(database, Customer) == 0
    assert "严格模式" in result.problems[0][2]


def test_dry_run_counts_what_a_real_run_does(database: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "d.xlsx", [["姓名", "手机号"], ["甲", "13800000001"], ["乙", "x"]])
    dry = run(database, path, dry_run=True)
    assert count(database, Customer) == 0 and count(database, AuditEntry) == 0
    real = run(database, path)
    assert dry.as_json() | {"written": True} == real.as_json()
    assert real.as_json() == {
        "rows": 2, "imported": 1, "updated": 0, "duplicates": 0, "skipped": 0, "rejected": 1,
        "written": True, "report": None,
    }  # fmt: skip


def test_the_report_is_the_users_rows_with_outcome_and_reason(
    database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "r.xlsx",
        [
            ["名单"],
            ["姓名", "手机号", "登记日期", "预算"],
            ["甲", 13800000001, date(2026, 3, 5), 300],
            [None, None, None, None],
            ["乙", "坏号码", "2026-03-06", "面议"],
            ["甲二", "13800000001", None, None],
        ],
    )
    report = tmp_path / "report.xlsx"
    result = run(database, path, report=report)
    assert result.report == report
    book = openpyxl.load_workbook(report)
    ws = book["导入结果"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == ["姓名", "手机号", "登记日期", "预算", "导入结果", "原因"]
    assert values[1][:5] == ["甲", 13800000001, datetime(2026, 3, 5), 300, "已导入"]
    assert values[2][4] == "错误" and "坏号码" in values[2][5]
    assert values[3][4] == "重复" and "第 3 行" in values[3][5]
    assert len(values) == 4  # the blank row has no outcome
    notes = dict((r[0].value, r[1].value) for r in book["说明"].iter_rows())
    assert "r.xlsx" in str(notes["文件"])


def test_referrers_link_to_customers_in_the_database_or_the_file(
    database: Database, tmp_path: Path
) -> None:
    old = add_customer(database, "13800000001", "老业主")
    path = xlsx(
        tmp_path / "ref.xlsx",
        [
            ["姓名", "手机号", "推荐人手机号"],
            ["新甲", "13800000002", "13800000001"],
            ["新乙", "13800000003", "13800000002"],
            ["新丙", "13800000004", "13899999999"],
            ["新丁", "13800000005", "13800000005"],
        ],
    )
    result = run(database, path)
    assert result.imported == 4
    people = customers(database)
    assert people["13800000002"].referrer_id == old
    assert people["13800000003"].referrer_id == people["13800000002"].id
    assert people["13800000004"].referrer_id is None
    reasons = {row: reason for row, _o, reason in result.problems}
    assert "不是系统客户" in reasons[4] and "与本人相同" in reasons[5]


def test_a_confirmed_mapping_is_remembered_for_the_same_headers(
    database: Database, tmp_path: Path
) -> None:
    # The phone under a name the app does not know: the preview still shows the header (the
    # row naming most known columns) so that the user can map it; an import without that
    # mapping is refused, one with it is remembered for files with the same headers.
    rows = [["客户", "号码", "微信备注"], ["甲", "13800000001", "周末来"]]
    path = xlsx(tmp_path / "m.xlsx", rows)
    with database.sessions() as s:
        odd = preview_file(s, SYSTEM, kind="customers", path=path)
    assert (odd.header_row, odd.mapping) == (0, {0: "name"})
    with pytest.raises(UserError, match="找不到“手机号”列"):
        run(database, path)
    assert run(database, path, mapping={0: "name", 1: "phone"}).imported == 1
    again_odd = xlsx(tmp_path / "m-next.xlsx", [*rows[:1], ["乙", "13800000005", ""]])
    assert run(database, again_odd).imported == 1  # the remembered mapping, no wizard needed
    nothing = xlsx(tmp_path / "none.xlsx", [["甲乙丙", "丁"], ["1", "2"]])
    with pytest.raises(UserError, match="找不到表头"), database.sessions() as s:
        preview_file(s, SYSTEM, kind="customers", path=nothing)
    # A header the app knows: the rest is mapped by hand and remembered.
    path2 = xlsx(tmp_path / "m2.xlsx", [["客户", "电话", "微信备注"], ["甲", "13800000001", "x"]])
    with database.sessions() as s:
        preview = preview_file(s, SYSTEM, kind="customers", path=path2)
    assert preview.mapping == {0: "name", 1: "phone"} and not preview.remembered
    assert preview.unknown == ["微信备注"] and preview.sample == [["甲", "13800000001", "x"]]
    assert [f.label for f in preview.fields][:2] == ["客户姓名", "手机号"]
    run(database, path2, mapping={0: "name", 1: "phone", 2: "notes"}, mode=Mode.BOTH)
    with database.sessions() as s:
        again = preview_file(s, SYSTEM, kind="customers", path=path2)
    assert again.remembered and again.mapping == {0: "name", 1: "phone", 2: "notes"}
    assert customers(database)["13800000001"].notes == "x"


def test_a_mapping_must_name_the_phone_once(database: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "m.xlsx", [["姓名", "电话"], ["甲", "13800000001"]])
    with pytest.raises(ValidationError, match="手机号"):
        run(database, path, mapping={0: "name"})
    with pytest.raises(ValidationError, match="不止一列"):
        run(database, path, mapping={0: "phone", 1: "phone"})
    with pytest.raises(ValidationError, match="无效"):
        run(database, path, mapping={0: "nonsense", 1: "phone"})


def test_a_named_sheet_and_hidden_sheets(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "sheets.xlsx"
    book = xlsxwriter.Workbook(str(path))
    hidden = book.add_worksheet("旧名单")
    hidden.write_row(0, 0, ["姓名", "手机号"])
    hidden.write_row(1, 0, ["隐藏", "13800000009"])
    hidden.hide()
    shown = book.add_worksheet("新名单")
    shown.write_row(0, 0, ["姓名", "手机号"])
    shown.write_row(1, 0, ["可见", "13800000001"])
    shown.activate()
    book.close()
    assert run(database, path).imported == 1
    assert set(customers(database)) == {"13800000001"}
    assert run(database, path, sheet="旧名单").imported == 1
    with pytest.raises(UserError, match="没有名为"):
        run(database, path, sheet="不存在")


def test_gbk_csv_and_old_xls(database: Database, tmp_path: Path) -> None:
    gbk = tmp_path / "list.csv"
    with gbk.open("w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["客户姓名", "手机号码", "意向等级", "登记日期"])
        writer.writerow(["赵敏", "13800000001", "高意向", "2026.3.5"])
    assert run(database, gbk).imported == 1
    import xlwt

    xls = tmp_path / "list.xls"
    book = xlwt.Workbook()
    ws = book.add_sheet("客户")
    for c, text in enumerate(["姓名", "电话", "等级"]):
        ws.write(0, c, text)
    ws.write(1, 0, "钱多")
    ws.write(1, 1, 13800000002.0)
    ws.write(1, 2, "b")
    book.save(str(xls))
    assert run(database, xls).imported == 1
    people = customers(database)
    assert people["13800000001"].grade == "A" and people["13800000002"].grade == "B"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "不是"),
        (b"PK\x03\x04broken", "损坏"),
        (b"", "空"),
    ],
)
def test_unusable_files_are_refused_with_nothing_written(
    database: Database, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "file.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        run(database, path)
    assert count(database, Customer) == 0


def test_an_empty_workbook_is_refused(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    xlsxwriter.Workbook(str(path)).close()
    with pytest.raises(UserError):
        run(database, path)


def test_cancel_while_writing_leaves_nothing(database: Database, tmp_path: Path) -> None:
    rows: list[list[Any]] = [["姓名", "手机号"]]
    rows += [[f"客户{i}", str(13800000000 + i)] for i in range(5000)]
    path = xlsx(tmp_path / "big.xlsx", rows)
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return bool(seen) and seen[-1][0] > 5000  # after the first chunk is written

    with pytest.raises(ImportCancelled):
        run_import(
            database, SYSTEM, kind="customers", path=path, options=ImportOptions(),
            progress=lambda d, t: seen.append((d, t)), cancelled=cancelled, now=NOW,
        )  # fmt: skip
    assert count(database, Customer) == 0 and count(database, AuditEntry) == 0
    assert seen[0] == (0, 0) and max(d for d, _ in seen) > 5000


def test_only_the_secretary_managers_and_admin_import(database: Database, tmp_path: Path) -> None:
    with session_scope(database, SYSTEM) as s:
        consultant = add_actor(s, "c1", "顾问", Role.CONSULTANT)
        secretary = add_actor(s, "s1", "秘书", Role.SALES_SECRETARY)
    path = xlsx(tmp_path / "p.xlsx", [["姓名", "手机号"], ["甲", "13800000001"]])
    with pytest.raises(PermissionDenied):
        run(database, path, consultant)
    result = run(database, path, secretary)
    assert result.imported == 1
    with database.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert entry.actor == "秘书" and "p.xlsx" in entry.summary and "新增 1" in entry.summary
        assert customers(database)["13800000001"].created_by_id == secretary.user_id


def test_import_kinds_and_unknown_kind(database: Database, tmp_path: Path) -> None:
    assert import_kinds() == [("customers", "客户"), ("units", "房源")]
    with pytest.raises(UserError, match="deals"):
        run_import(database, SYSTEM, kind="deals", path=tmp_path, options=ImportOptions())


def _indexes(database: Database) -> set[tuple[str, str | None, tuple[str | None, ...], bool]]:
    """Every index of every table: (table, name, columns or expressions, unique), read by
    SQLAlchemy's inspector on either engine."""
    with database.engine.connect() as conn:
        inspector = inspect(conn)
        return {
            (
                table,
                index["name"],
                tuple(index["column_names"]) + tuple(index.get("expressions") or ()),
                bool(index["unique"]),
            )
            for table in inspector.get_table_names()
            for index in inspector.get_indexes(table)
        }


def test_a_big_load_rebuilds_the_indexes_as_they_were(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load that at least doubles the table drops and recreates the customers' indexes inside
    its transaction (db.bulk.deferred_indexes); keys are looked up in one pass over the table."""
    from anjia_desk.services import import_customers

    monkeypatch.setattr(import_customers, "BULK_LOAD", 2)
    monkeypatch.setattr(import_customers, "WHOLE_TABLE", 1)
    before = _indexes(database)
    add_customer(database, "13800000001", "老客户", owner="周顾问")
    with session_scope(database, SYSTEM) as s:
        owner = s.scalars(select(Customer)).one()
        s.add(CustomerRelative(customer_id=owner.id, relation="父母", phone="13800000009",
                               phone_key="13800000009"))  # fmt: skip
    rows: list[list[Any]] = [["姓名", "手机号"], ["老", "13800000001"], ["亲", "13800000009"]]
    rows += [[f"新{i}", str(13900000000 + i)] for i in range(5)]
    result = run(database, xlsx(tmp_path / "big.xlsx", rows))
    assert (result.imported, result.duplicates) == (5, 2)
    assert _indexes(database) == before
    assert any(name == "ix_customers_name_initials" for _t, name, _c, _u in before)
    with database.engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # its planner reads 7 rows without an index
            conn.exec_driver_sql("SET enable_seqscan = off")
        plan = plan_steps(conn, "SELECT id FROM customers WHERE name_initials = 'x'")
    assert "ix_customers_name_initials" in str(plan)


def test_the_collector_is_paused_only_during_the_import(database: Database, tmp_path: Path) -> None:
    import gc

    path = xlsx(tmp_path / "gc.xlsx", [["姓名", "手机号"], ["甲", "13800000001"]])
    assert gc.isenabled()
    run(database, path)
    assert gc.isenabled()
    gc.disable()
    try:
        run(database, path, mode=Mode.BOTH)
        assert not gc.isenabled()  # a caller's own pause is left as it was
    finally:
        gc.enable()


def test_a_phone_registered_between_check_and_write_stops_the_import(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The front desk keeps working while a file is checked: a number registered meanwhile
    makes the write refuse with nothing written (never a crash or a second customer)."""
    from anjia_desk.core.errors import ConflictError
    from anjia_desk.services import import_customers

    path = xlsx(tmp_path / "race.xlsx", [["姓名", "手机号"], ["甲", "13800000001"]])
    resolve = import_customers.CustomerSheet.resolve

    def meanwhile(self, session, planned, file_keys):  # type: ignore[no-untyped-def]
        resolve(self, session, planned, file_keys)
        add_customer(database, "13800000001", "前台刚登记")

    monkeypatch.setattr(import_customers.CustomerSheet, "resolve", meanwhile)
    with pytest.raises(ConflictError, match="138\\*\\*\\*\\*0001"):
        run(database, path)
    assert count(database, Customer) == 1
    with database.sessions() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all() == []


def test_an_update_target_gone_meanwhile_stops_the_import(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from anjia_desk.core.errors import ConflictError
    from anjia_desk.services import import_customers

    cid = add_customer(database, "13800000001", "老王")
    path = xlsx(tmp_path / "gone.xlsx", [["姓名", "手机号"], ["王", "13800000001"]])
    resolve = import_customers.CustomerSheet.resolve

    def meanwhile(self, session, planned, file_keys):  # type: ignore[no-untyped-def]
        resolve(self, session, planned, file_keys)
        with session_scope(database, SYSTEM) as s:
            s.get(Customer, cid).phone_key = None  # type: ignore[union-attr]

    monkeypatch.setattr(import_customers.CustomerSheet, "resolve", meanwhile)
    with pytest.raises(ConflictError):
        run(database, path, mode=Mode.UPDATE)


def test_an_updated_referrer_is_in_the_customers_history(
    database: Database, tmp_path: Path
) -> None:
    referrer = add_customer(database, "13800000001", "老业主")
    cid = add_customer(database, "13800000002", "新朋友")
    path = xlsx(
        tmp_path / "ref.xlsx",
        [["姓名", "手机号", "推荐人手机号"], ["新朋友", "13800000002", "13800000001"]],
    )
    assert run(database, path, mode=Mode.UPDATE).updated == 1
    assert customers(database)["13800000002"].referrer_id == referrer
    with database.sessions() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "customers", AuditEntry.entity_id == cid)
        ).all()
    assert any("推荐人" in e.summary for e in entries)


def test_a_column_right_of_the_last_header_may_be_mapped(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("姓名,手机号\n甲,13900000011,周末来\n", encoding="utf-8")
    run(database, path, mapping={0: "name", 1: "phone", 2: "notes"})
    assert customers(database)["13900000011"].notes == "周末来"
    with database.sessions() as s:
        again = preview_file(s, SYSTEM, kind="customers", path=path)
    assert again.remembered and again.mapping == {0: "name", 1: "phone", 2: "notes"}
    with pytest.raises(ValidationError, match="没有第 9 列"):
        run(database, path, mapping={1: "phone", 8: "notes"})


def test_a_report_that_cannot_be_written_after_the_rows_were_is_said(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from anjia_desk.excel import report as report_module

    def refuse(*_args: Any, **_kwargs: Any) -> int:
        raise UserError("无法写入文件：磁盘已满")

    monkeypatch.setattr(report_module, "write_report", refuse)
    path = xlsx(tmp_path / "r.xlsx", [["姓名", "手机号"], ["甲", "13800000001"]])
    result = run(database, path, report=tmp_path / "report.xlsx")
    assert result.written and result.report is None
    assert "数据已导入" in result.report_error and "磁盘已满" in result.report_error
    with pytest.raises(UserError, match="磁盘已满"):
        run(database, path, report=tmp_path / "report.xlsx", dry_run=True)


def test_the_sheet_kinds_do_not_import_the_pipeline() -> None:
    """The registry lists the kinds; the kinds know only importing_base (no import cycle)."""
    import ast

    import anjia_desk.services.import_customers as customers_module
    import anjia_desk.services.import_units as units_module

    for module in (customers_module, units_module):
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module is not None
        }
        assert "anjia_desk.services.importing" not in imported
        assert "anjia_desk.services.import_sheets" not in imported


def test_a_row_a_masked_or_former_number_fits_is_a_new_customer_flagged_for_review(
    database: Database, tmp_path: Path
) -> None:
    """Issue 13: a masked record (a channel's 137****0000) is never merged into by an import; a
    row whose real number fits it — or was another customer's number before — is imported as
    a new customer, counted and named in the report as a possible duplicate."""
    from anjia_desk.core.phones import parse_phone
    from anjia_desk.services.customer_profile import change_phone

    with session_scope(database, SYSTEM) as s:
        masked = Customer(grade="C", channel="渠道带看")
        customer_state.set_name(masked, "张三")
        customer_state.set_phone(masked, parse_phone("137****0000"))
        s.add(masked)
        s.flush()
        masked_id = masked.id
    changed = add_customer(database, "13800000001", "李四", owner="周顾问")
    with session_scope(database, SYSTEM) as s:
        change_phone(s, SYSTEM, changed, "13900000009", reason="换号", now=NOW)
    path = xlsx(
        tmp_path / "channel.xlsx",
        [
            ["姓名", "电话"],
            ["王五", "13712340000"],  # fits 137****0000
            ["赵六", "13800000001"],  # 李四's former number
            ["孙七", "13600000000"],  # nobody
            ["钱八", "137****0000"],  # a masked number: rejected, as EXCEL_FORMAT.md says
        ],
    )
    checked = run(database, path, dry_run=True)  # a 检查 says the same, writing nothing
    assert (checked.imported, checked.possible, checked.written) == (3, 2, False)
    report = tmp_path / "report.xlsx"
    result = run(database, path, report=report)
    assert (result.rows, result.imported, result.possible, result.rejected) == (4, 3, 2, 1)
    assert "其中 2 行可能与已有客户重复" in result.summary()
    reasons = {row: (outcome, reason) for row, outcome, reason in result.problems}
    outcome, reason = reasons[2]
    assert outcome == "已导入" and "可能重复" in reason and "张三" in reason
    assert f"编号 {masked_id}" in reason and "137****0000" in reason
    outcome, reason = reasons[3]
    assert outcome == "已导入" and "李四" in reason and "曾用号码" in reason
    assert "139****0009" in reason and "13900000009" not in reason and "周顾问" in reason
    assert 4 not in reasons  # nobody fits: simply imported
    assert reasons[5][0] == "错误"
    # Nothing merged, nothing renamed.
    with database.sessions() as s:
        kept = s.get(Customer, masked_id)
        assert kept is not None and (kept.name, kept.phone) == ("张三", "137****0000")
    people = customers(database)
    assert (people["13712340000"].name, people["13800000001"].name) == ("王五", "赵六")
    book = openpyxl.load_workbook(report)
    values = [[c.value for c in row] for row in book["导入结果"].iter_rows()]
    assert values[1][2] == "已导入" and "张三" in values[1][3]
