"""A report on one A4 landscape page (pdf.report_page), read back: one page, the chart's labels
and the table's figures as text, fonts embedded with every glyph, long tables cut with the
"另有 N 行" line, nothing off the page, the same bytes when printed again."""

from __future__ import annotations

import io
import re
from datetime import datetime

import pytest
from pypdf import PdfReader

from anjia_desk.core.report_values import ReportTable
from anjia_desk.pdf.document import render, render_many
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.page import Letterhead
from anjia_desk.pdf.report_page import PAGE_HEIGHT, PAGE_WIDTH, REPORT_PAGE, ReportPaper
from tests.pdf.pdfcheck import assert_sound, read_pdf
from tests.pdf.report_samples import (
    CHANNELS,
    channels_table,
    consultants_table,
    empty_table,
    funnel_table,
    visits_table,
)

PRINTED = datetime(2026, 12, 7, 16, 5)
OFFICE = Letterhead("安家置业有限公司", "安家·滨江壹号", "滨江区江南大道 1888 号", "0571-8888 6666")


def _render(
    table: ReportTable, printed_at: datetime = PRINTED, letterhead: Letterhead = OFFICE
) -> bytes:
    return render(
        ReportPaper(table), letterhead=letterhead, printed_at=printed_at, layout=REPORT_PAGE
    )


def _text_positions(data: bytes) -> list[tuple[float, float, str]]:
    page = PdfReader(io.BytesIO(data)).pages[0]
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, text))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize(
    "make", [visits_table, funnel_table, channels_table, consultants_table, empty_table]
)
def test_one_landscape_page_with_embedded_fonts_and_every_glyph(make: object) -> None:
    table: ReportTable = make()  # type: ignore[operator]
    data = _render(table)
    facts = read_pdf(data)
    assert len(facts.pages) == 1
    assert_sound(facts, cjk_font())
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        (841.89, 595.28), abs=0.01
    )
    text = facts.text
    for phrase in (table.title, table.range_label, "安家·滨江壹号", "电话：0571-8888 6666"):
        assert phrase in text
    assert "打印时间：2026-12-07 16:05" in text
    assert facts.metadata["/Title"] == table.title
    for x, y, piece in _text_positions(data):
        assert 0 <= x <= PAGE_WIDTH and 0 <= y <= PAGE_HEIGHT, (x, y, piece)


def test_the_chart_and_the_table_say_the_same_figures() -> None:
    text = read_pdf(_render(funnel_table())).text
    for label in ("来访", "认购", "签约", "退房", "单位：组"):  # the chart's labels
        assert label in text
    assert "340" in text and "52" in text
    assert "81,234,567.50" in text  # money with separators and 2 places
    assert "15.3%" in text  # 52 ÷ 340
    assert "0.0%" in text  # 0 ÷ 52
    assert "—" in text  # 2 ÷ 0: nothing to divide by
    assert "转化率（本阶段÷上一" in text  # the header, wrapped in its column
    assert "本期无签约时显示“—”" in text.replace("\n", "")


def test_a_long_table_is_cut_with_the_rows_left_out_counted() -> None:
    table = visits_table(45, scope_label="仅本人")
    text = read_pdf(_render(table)).text
    found = re.search(r"另有 (\d+) 行，见导出的 Excel", text)
    assert found is not None
    left_out = int(found.group(1))
    assert 10 < left_out < 45
    assert "仅本人" in text
    totals = table.total
    assert totals is not None
    assert "合计" in text and f"{totals[4]:,}" in text  # the total row is always printed
    for channel in CHANNELS:  # legend and table header
        assert channel in text
    # a short table is not cut
    assert "另有" not in read_pdf(_render(visits_table(7))).text


def test_many_columns_still_fit_the_width() -> None:
    data = _render(channels_table(30))
    for x, _y, piece in _text_positions(data):
        assert x <= PAGE_WIDTH - 20, piece
    text = read_pdf(data).text
    assert "签约率（签约÷认购）" in text.replace("\n", "").replace(" ", "")


def test_a_reprint_is_the_same_bytes_and_another_time_is_not() -> None:
    first = _render(visits_table())
    assert _render(visits_table()) == first
    assert _render(visits_table(), datetime(2026, 12, 7, 16, 6)) != first
    assert b"D:20261207160500" in first  # dated by the print time, not the clock


def test_a_blank_letterhead_leaves_no_empty_line() -> None:
    data = _render(funnel_table(), letterhead=Letterhead())
    facts = read_pdf(data)
    assert "地址" not in facts.text and "电话" not in facts.text
    assert "成交漏斗" in facts.text


def test_many_reports_print_one_page_each() -> None:
    docs = [(ReportPaper(funnel_table()), PRINTED), (ReportPaper(visits_table(45)), PRINTED)]
    facts = read_pdf(render_many(docs, letterhead=OFFICE, layout=REPORT_PAGE))
    assert len(facts.pages) == 2
    assert "成交漏斗" in facts.pages[0] and "来访（按日）" in facts.pages[1]
    assert "另有" in facts.pages[1] and "另有" not in facts.pages[0]


def test_on_the_portrait_letterhead_page_the_whole_table_flows() -> None:
    table = visits_table(45)
    facts = read_pdf(render(ReportPaper(table), letterhead=OFFICE, printed_at=PRINTED))
    assert len(facts.pages) >= 2
    assert "另有" not in facts.text
    assert "01-14 周四" in facts.text  # the last day, which the landscape page leaves out
    assert_sound(facts, cjk_font())
