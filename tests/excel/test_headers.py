"""Header detection (EXCEL_FORMAT.md): the header is found among the first rows, below titles,
under any accepted name, and must include the phone."""

from __future__ import annotations

from datetime import date

import pytest

from anjia_desk.excel.cells import Cell
from anjia_desk.excel.headers import ColumnSpec, HeaderMatch, find_header, fold_header, layout_key

SPECS = (
    ColumnSpec("name", "客户姓名", ("姓名", "客户", "客户名称", "名字")),
    ColumnSpec("phone", "手机号", ("手机", "电话", "联系电话", "手机号码", "联系方式"), True),
    ColumnSpec("gender", "性别"),
    ColumnSpec("grade", "意向等级", ("等级", "客户等级", "级别", "意向")),
    ColumnSpec("budget", "预算(万元)", ("预算", "购房预算", "总价预算")),
    ColumnSpec("area", "意向面积(㎡)", ("面积", "需求面积")),
    ColumnSpec("day", "登记日期", ("来访日期", "到访日期", "日期", "首次来访")),
)


@pytest.mark.parametrize(
    "text",
    [
        "预算（万元）",
        "预算(万元)",
        "预算",
        " 预 算 ",
        "预算[元]",
        "预算【万元】",
        "预算〔万元〕",
        "预算［万元］",
        "预算\u3000(万元)",
        "\u00a0预算\n",
        "*预算",
        "预算：",
        "预算(万元)(必填)",
        "\ufeff预算",
    ],
)
def test_fold_header_ignores_spacing_width_and_units(text: str) -> None:
    assert fold_header(text) == "预算"


def test_fold_header_other_forms() -> None:
    assert fold_header("意向面积（㎡）") == fold_header("意向面积(㎡)") == "意向面积"
    assert fold_header("Phone") == fold_header("ＰＨＯＮＥ") == "phone"
    assert fold_header(None) == ""
    assert fold_header("   ") == ""
    assert fold_header(2026) == "2026"
    assert fold_header(2026.5) == "2026.5"
    assert fold_header(date(2026, 3, 5)) == "2026-03-05"
    assert fold_header(["x"]) == "['x']"
    # A bracket that is the whole header is no unit: it stays.
    assert fold_header("（备注）") == "(备注)"


def test_header_on_the_first_row() -> None:
    rows: list[list[Cell]] = [["客户姓名", "手机号", "性别"], ["张伟", "13812345678", "男"]]
    match = find_header(rows, SPECS)
    assert match == HeaderMatch(
        row=0,
        headers=["客户姓名", "手机号", "性别"],
        mapping={0: "name", 1: "phone", 2: "gender"},
        unknown=[],
    )


def test_header_below_a_title_and_merged_cells_with_aliases_and_unknown_columns() -> None:
    rows: list[list[Cell]] = [
        ["2026 年 3 月来访客户登记表"],  # a merged title: the value sits in its first cell
        [],
        [None, "制表：销售部", None, None, date(2026, 3, 31)],
        ["序号", "姓名", "联系电话", "预算（万元）", "面积", None, "微信", "来访日期"],
        [1, "张伟", 13812345678, 300, 89, None, "zw", date(2026, 3, 5)],
    ]
    match = find_header(rows, SPECS)
    assert match is not None
    assert match.row == 3
    assert match.headers == [
        "序号",
        "姓名",
        "联系电话",
        "预算（万元）",
        "面积",
        "",
        "微信",
        "来访日期",
    ]
    assert match.mapping == {1: "name", 2: "phone", 3: "budget", 4: "area", 7: "day"}
    assert match.unknown == ["序号", "微信"]


def test_the_first_column_wins_for_a_field_and_a_repeat_is_not_unknown() -> None:
    rows: list[list[Cell]] = [["手机号", "电话", "姓名", "备用"]]
    match = find_header(rows, SPECS)
    assert match is not None
    assert match.mapping == {0: "phone", 2: "name"}
    assert match.unknown == ["备用"]


def test_the_row_with_most_fields_wins_and_ties_go_to_the_upper_row() -> None:
    rows: list[list[Cell]] = [
        ["手机号", "说明"],
        ["姓名", "手机", "性别"],
        ["客户", "电话", "性别"],
    ]
    match = find_header(rows, SPECS)
    assert match is not None
    assert match.row == 1
    rows = [["手机", "性别"], ["电话", "等级"]]
    match = find_header(rows, SPECS)
    assert match is not None
    assert match.row == 0


def test_a_header_must_name_the_phone() -> None:
    rows: list[list[Cell]] = [["姓名", "性别", "预算", "面积"], ["张伟", "男", 300, 89]]
    assert find_header(rows, SPECS) is None
    assert find_header([], SPECS) is None


def test_only_the_first_rows_are_scanned() -> None:
    rows: list[list[Cell]] = [[f"说明 {n}"] for n in range(10)] + [["姓名", "手机号"]]
    assert find_header(rows, SPECS) is None
    match = find_header(rows, SPECS, scan=11)
    assert match is not None
    assert match.row == 10


def test_without_required_columns_the_best_row_still_needs_a_match() -> None:
    specs = (ColumnSpec("name", "姓名"), ColumnSpec("notes", "备注", ("说明",)))
    assert find_header([["编号", "金额"]], specs) is None
    match = find_header([["编号"], ["说明", "姓名"]], specs)
    assert match is not None
    assert (match.row, match.mapping) == (1, {0: "notes", 1: "name"})


def test_a_spec_header_that_folds_to_nothing_matches_nothing() -> None:
    specs = (ColumnSpec("phone", "手机号", ("  ",), True),)
    match = find_header([[None, "手机号", "  x"]], specs)
    assert match is not None
    assert match.mapping == {1: "phone"}
    assert match.unknown == ["  x"]


def test_numbers_and_dates_as_header_cells() -> None:
    specs = (ColumnSpec("phone", "手机号", required=True), ColumnSpec("y2026", "2026"))
    match = find_header([[2026, "手机号", date(2026, 3, 5)]], specs)
    assert match is not None
    assert match.mapping == {0: "y2026", 1: "phone"}
    assert match.headers == ["2026", "手机号", "2026-03-05"]
    assert match.unknown == ["2026-03-05"]


def test_layout_key() -> None:
    assert layout_key(["姓名", "手机号（必填）", "预算(万元)"]) == "姓名|手机号|预算"
    assert layout_key([" 姓 名 ", "手机号", "预算（万元）"]) == "姓名|手机号|预算"
    assert layout_key(["Name", "PHONE"]) == "name|phone"
    # Blank headers inside the row keep their place; trailing ones do not count.
    assert layout_key(["姓名", "", "手机号", "", ""]) == "姓名||手机号"
    assert layout_key(["姓名", "手机号"]) != layout_key(["姓名", "", "手机号"])
    assert layout_key([]) == layout_key(["", " "]) == ""
    assert layout_key(["a|b", "c"]) != layout_key(["a", "b", "c"])
