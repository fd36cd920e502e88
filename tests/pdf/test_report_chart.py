"""The report's chart (pdf.report_chart): bars where the figures say, the click regions, the
axis, many categories, the empty chart, and the SVG the window paints."""

from __future__ import annotations

import itertools
import re

import pytest
from reportlab.graphics.shapes import Group, Rect, String

from anjia_desk.core.report_palette import Stripes, series_look
from anjia_desk.core.report_values import Chart, ChartKind, Series
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.report_chart import (
    EMPTY_TEXT,
    chart_drawing,
    chart_svg,
    font_family,
    hit_at,
    nice_axis,
    value_text,
)
from tests.pdf.report_samples import channels_table, funnel_table, visits_table

W, H = 700.0, 260.0


def _strings(node: object) -> list[str]:
    found: list[str] = []
    for item in getattr(node, "contents", []):
        if isinstance(item, String):
            found.append(item.text)
        elif isinstance(item, Group):
            found += _strings(item)
    return found


def _chart(kind: ChartKind, *series: tuple[str, tuple[float, ...]]) -> Chart:
    count = len(series[0][1])
    return Chart(
        kind,
        tuple(f"类{i}" for i in range(count)),
        tuple(f"k{i}" for i in range(count)),
        tuple(Series(key, f"系列{key}", values) for key, values in series),
        unit="套",
    )


def test_value_text_and_round_axis_steps() -> None:
    assert value_text(1234.0) == "1,234"
    assert value_text(1234567.5) == "1,234,567.5"
    assert value_text(0.25) == "0.25"
    assert nice_axis(120, whole=True) == (125.0, 25.0)
    assert nice_axis(53, whole=True) == (60.0, 20.0)
    assert nice_axis(3, whole=True) == (3.0, 1.0)  # never a step of 0.5 visits
    assert nice_axis(0, whole=True) == (5.0, 1.0)
    assert nice_axis(0.9, whole=False) == (1.0, 0.2)


def test_grouped_bars_stand_as_high_as_their_figures_and_take_clicks() -> None:
    chart = _chart(ChartKind.BAR, ("a", (40.0, 10.0, 0.0)), ("b", (20.0, 5.0, 30.0)))
    drawn = chart_drawing(chart, W, H)
    bars = [h for h in drawn.hits if h.series_key is not None]
    bands = [h for h in drawn.hits if h.series_key is None]
    assert [(h.category_key, h.series_key) for h in bars] == [
        ("k0", "a"),
        ("k0", "b"),
        ("k1", "a"),
        ("k1", "b"),
        ("k2", "b"),
    ]  # fmt: skip  (nothing to click for a zero bar)
    assert [h.category_key for h in bands] == ["k0", "k1", "k2"]
    # heights in proportion: 40 is twice 20, and all bars stand on one baseline
    by = {(h.category_key, h.series_key): h for h in bars}
    assert by["k0", "a"].h == pytest.approx(2 * by["k0", "b"].h)
    assert by["k1", "b"].h == pytest.approx(by["k1", "a"].h / 2)
    bottoms = {round(h.y + h.h, 6) for h in bars if h.h > 3}
    assert len(bottoms) == 1
    # a click on a bar finds it; a click beside it, in its category, finds the whole row
    bar = by["k2", "b"]
    assert hit_at(drawn.hits, bar.x + bar.w / 2, bar.y + bar.h / 2) == bar
    band = bands[2]
    beside = hit_at(drawn.hits, band.x + 1, band.y + 2)
    assert beside is not None and beside.category_key == "k2" and beside.series_key is None
    assert hit_at(drawn.hits, 1, H - 1) is None  # under the axis labels, left of everything
    for hit in drawn.hits:
        assert hit.x >= 0 and hit.x + hit.w <= W + 1e-6
        assert hit.y >= 0 and hit.y + hit.h <= H + 1e-6
    texts = _strings(drawn.drawing)
    assert {"40", "10", "20", "5", "30", "单位：套", "系列a", "系列b", "类0"} <= set(texts)
    assert "0" in texts  # the axis's zero; no label printed on the empty bar


def test_stacked_segments_sit_on_each_other_with_the_total_on_top() -> None:
    chart = _chart(ChartKind.STACKED, ("a", (6.0, 2.0)), ("b", (3.0, 0.0)), ("c", (1.0, 4.0)))
    drawn = chart_drawing(chart, W, H)
    first = [h for h in drawn.hits if h.category_key == "k0" and h.series_key]
    assert [h.series_key for h in first] == ["a", "b", "c"]
    for lower, upper in itertools.pairwise(first):
        assert upper.y + upper.h == pytest.approx(lower.y)  # y grows downwards
    assert first[0].h == pytest.approx(2 * first[1].h)
    second = [h.series_key for h in drawn.hits if h.category_key == "k1" and h.series_key]
    assert second == ["a", "c"]  # nothing to click for a zero segment
    texts = _strings(drawn.drawing)
    assert "10" in texts and "6" in texts  # the stack's total; a segment's own figure


def test_one_series_bars_open_the_whole_row() -> None:
    drawn = chart_drawing(funnel_table().chart, W, H)
    assert {h.series_key for h in drawn.hits} == {None}
    bars = drawn.hits[:3]  # 签约 is 0: no bar, its row still takes a click
    assert [h.category_key for h in bars] == ["visits", "subscribed", "cancelled"]
    assert bars[0].y < bars[1].y < bars[2].y  # the first stage on top
    assert [h.category_key for h in drawn.hits[3:]] == list(funnel_table().row_keys)
    assert bars[1].w == pytest.approx(bars[0].w * 52 / 340)
    assert "340" in _strings(drawn.drawing)


def test_many_categories_turn_and_thin_their_labels() -> None:
    table = visits_table(90)
    drawn = chart_drawing(table.chart, 500, 240)
    texts = _strings(drawn.drawing)
    shown = [label for label in table.chart.categories if label in texts]
    assert 10 < len(shown) < 90
    assert shown[0] == table.chart.categories[0]
    turned = [g for g in drawn.drawing.contents if isinstance(g, Group)]
    assert turned  # the labels are turned to fit
    bands = [h for h in drawn.hits if h.series_key is None]
    assert len(bands) == 90  # every day still takes a click


def test_long_category_labels_are_cut_not_overflowing() -> None:
    long = "这是一个名字非常非常非常非常非常非常非常非常非常长的渠道"
    chart = Chart(ChartKind.HBAR, (long, "短"), ("x", "y"), (Series("n", "数", (3.0, 4.0)),))
    texts = _strings(chart_drawing(chart, 400, 150).drawing)
    assert long not in texts
    assert any(t.endswith("…") and long.startswith(t[:-1]) for t in texts)


def test_an_empty_chart_says_so_and_takes_no_clicks() -> None:
    chart = Chart(ChartKind.BAR, (), (), (), unit="套")
    drawn = chart_drawing(chart, W, H)
    assert drawn.hits == ()
    assert EMPTY_TEXT in _strings(drawn.drawing)


def _lightness(hex_colour: str) -> float:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue


def test_neighbouring_series_differ_in_lightness_and_stripes_follow() -> None:
    looks = [series_look(i) for i in range(16)]
    for a, b in itertools.pairwise(looks[:8]):
        assert abs(_lightness(a.fill) - _lightness(b.fill)) > 40  # still apart in grey
    assert len({(look.fill, look.stripes) for look in looks}) == 16
    assert {look.stripes for look in looks[:4]} == {Stripes.NONE}
    assert {look.stripes for look in looks[4:8]} == {Stripes.VERTICAL}
    drawn = chart_drawing(channels_table(4).chart, W, H)
    fills = {
        item.fillColor.hexval()
        for item in drawn.drawing.contents
        if isinstance(item, Rect) and item.fillColor is not None
    }
    assert {"0x1f3a5f", "0xa9bed8", "0xb8692a"} <= fills  # the three series' fills


def test_svg_names_the_fonts_real_family_and_keeps_the_hits() -> None:
    chart = channels_table(6).chart
    svg, hits = chart_svg(chart, 640, 240)
    family = font_family()
    assert family and family != cjk_font().name
    assert f"font-family: {family};" in svg
    assert cjk_font().name not in svg
    assert "<clipPath" not in svg  # Qt's SVG renderer does not know clip paths
    assert 'viewBox="0 0 640 240"' in svg
    assert hits == chart_drawing(chart, 640, 240).hits
    for label in ("来访", "认购", "签约", "单位：组", chart.categories[0]):
        assert f">{label}</text>" in svg
    assert len(re.findall(r"<rect ", svg)) >= 6 * 3
