"""A report's chart as one drawing for the screen and the paper (issue 19, DOMAIN §12).

`chart_drawing` lays the chart out itself — value axis with round ticks and gridlines, bars
(grouped, stacked or horizontal), the values printed on or beside them, the category labels
(turned 45° and thinned when there are many), a legend and the unit — from plain reportlab
shapes (Rect, Line, String), and notes where each bar and each category lies (`Hit`, origin top
left, as SVG and Qt see it) so a click can open the list behind it. The PDF page draws that
drawing; the window paints `chart_svg`, the same drawing through reportlab's SVG renderer, with
Qt's QSvgRenderer: one layout, so screen and paper agree. Chinese text uses the PDF layer's font
(pdf.fonts); in the SVG its font-family is the font's real family name, the name Qt knows it by
(the app registers the same bundled file with Qt, ui.style.install_font).

Colours come from core.report_palette: fills of clearly different lightness, with stripes past
the fourth series, so a black-and-white printout still tells the series apart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Line, Path, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from anjia_desk.core.report_palette import OUTLINE, SeriesLook, Stripes, series_look
from anjia_desk.core.report_values import Chart, ChartKind
from anjia_desk.pdf.fonts import cjk_font

FONT_SIZE = 8.0  # category labels, legend, unit
VALUE_SIZE = 7.0  # values on the bars and the axis
PAD = 6.0
EMPTY_TEXT = "本期没有数据"

_INK = colors.HexColor("#1A1A1A")
_MUTED = colors.HexColor("#5B6573")
_GRID = colors.HexColor("#D5DAE1")
_AXIS = colors.HexColor("#5B6573")
_OUTLINE = colors.HexColor(OUTLINE)


@dataclass(frozen=True)
class Hit:
    """Where a click lands on something: a bar (or a stacked segment) of one series, or a whole
    category's band (`series_key` None: the whole row). x, y, w, h in the drawing's units with the
    origin at the top left, as SVG and Qt see it. A chart with one series gives None for its
    bars too: the bar is the row."""

    x: float
    y: float
    w: float
    h: float
    category_key: str
    series_key: str | None

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h


def hit_at(hits: Sequence[Hit], x: float, y: float) -> Hit | None:
    """The most precise hit under (x, y), drawing units, top-left origin: a bar before the band
    it stands in; None over nothing."""
    for hit in hits:
        if hit.contains(x, y):
            return hit
    return None


@dataclass(frozen=True)
class ChartDrawing:
    """The chart as a reportlab Drawing (a flowable: `renderPDF.draw` or a story places it) and
    its click regions, bars first, then the categories' bands."""

    drawing: Any  # reportlab.graphics.shapes.Drawing
    width: float
    height: float
    hits: tuple[Hit, ...]


def chart_drawing(chart: Chart, width: float, height: float) -> ChartDrawing:
    """`chart` laid out on a `width` × `height` drawing (points on paper, pixels on screen)."""
    return _Layout(chart, float(width), float(height)).build()


def font_family() -> str:
    """The real family name of the PDF layer's Chinese font ("WenQuanYi Micro Hei"): what an
    SVG must name for Qt (or a browser) to find the same font."""
    font = getFont(cjk_font().name)
    family = getattr(font.face, "familyName", b"")
    return str(getattr(family, "ustr", None) or family.decode("latin-1") or cjk_font().name)


def chart_svg(chart: Chart, width: int, height: int) -> tuple[str, tuple[Hit, ...]]:
    """The same drawing as SVG text (for QSvgRenderer) with its click regions; `width` and
    `height` are whole pixels (the SVG's viewBox)."""
    from reportlab.graphics import renderSVG

    drawn = chart_drawing(chart, int(width), int(height))
    svg = renderSVG.drawToString(
        drawn.drawing,
        useClip=True,  # no <clipPath>: Qt's SVG Tiny renderer does not know it
        fontHacks={cjk_font().name: {"family": font_family()}},
    )
    return svg, drawn.hits


# --------------------------------------------------------------------------- numbers


def value_text(value: float) -> str:
    """1,234 for a whole number, 1,234.5 otherwise (at most 2 places)."""
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def nice_axis(top: float, *, whole: bool, ticks: int = 5) -> tuple[float, float]:
    """(axis maximum, step): round steps (1, 2, 2.5, 5 × 10ⁿ; whole steps for counts) with the
    largest value under the top tick."""
    if top <= 0:
        return (float(ticks), 1.0) if whole else (1.0, 0.2)
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = 10 * magnitude
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        candidate = factor * magnitude
        if whole and candidate != round(candidate):
            continue
        if raw <= candidate + 1e-12:
            step = candidate
            break
    if whole:
        step = max(step, 1.0)
    return math.ceil(top / step - 1e-9) * step, step


# --------------------------------------------------------------------------- layout


class _Layout:
    """One chart's layout: measured once, then drawn into a Drawing with its hits."""

    def __init__(self, chart: Chart, width: float, height: float) -> None:
        self.chart = chart
        self.width, self.height = width, height
        self.font = cjk_font().name
        # the renderers' starting font is Helvetica: start in ours, so no unembedded font
        self.drawing = Drawing(width, height, initialFontName=self.font, initialFontSize=FONT_SIZE)
        self.hits: list[Hit] = []
        self.bands: list[Hit] = []
        count = len(chart.categories)
        self.series = [s for s in chart.series if len(s.values) >= count]
        self.many = len(self.series) > 1

    # -- helpers --

    def text_width(self, text: str, size: float = FONT_SIZE) -> float:
        return float(stringWidth(text, self.font, size))

    def clipped(self, text: str, room: float, size: float = FONT_SIZE) -> str:
        """`text`, cut with "…" to fit `room`."""
        if self.text_width(text, size) <= room:
            return text
        while text and self.text_width(text + "…", size) > room:
            text = text[:-1]
        return text + "…" if text else ""

    def string(self, x: float, y: float, text: str, **style: Any) -> String:
        style.setdefault("fontSize", FONT_SIZE)
        style.setdefault("fillColor", _INK)
        return String(x, y, text, fontName=self.font, **style)

    def bar(self, x: float, y: float, w: float, h: float, look: SeriesLook) -> None:
        """A filled bar with its outline and, past the fourth series, its stripes."""
        if w <= 0 or h <= 0:
            return
        fill = colors.HexColor(look.fill)
        self.drawing.add(Rect(x, y, w, h, fillColor=fill, strokeColor=_OUTLINE, strokeWidth=0.4))
        if look.stripes is Stripes.NONE:
            return
        stripes = Path(strokeColor=colors.HexColor(look.ink), strokeWidth=0.5, fillColor=None)
        gap = 2.5  # one path per bar, not a shape per stripe: the SVG stays small
        if look.stripes in (Stripes.VERTICAL, Stripes.GRID):
            step = x + gap
            while step < x + w - 0.5:
                stripes.moveTo(step, y)
                stripes.lineTo(step, y + h)
                step += gap
        if look.stripes in (Stripes.HORIZONTAL, Stripes.GRID):
            step = y + gap
            while step < y + h - 0.5:
                stripes.moveTo(x, step)
                stripes.lineTo(x + w, step)
                step += gap
        if stripes.points:
            self.drawing.add(stripes)

    # -- the parts --

    def top_band(self) -> float:
        """The unit (left) and the legend (after it, wrapping); returns the band's height."""
        line_h = FONT_SIZE + 5
        x, row = PAD, 0
        unit = f"单位：{self.chart.unit}" if self.chart.unit else ""
        items: list[tuple[str, int]] = [(unit, -1)] if unit else []
        if self.many:
            items += [(s.label, i) for i, s in enumerate(self.series)]
        placed: list[tuple[float, int, str, int]] = []
        for label, index in items:
            room = self.width - 2 * PAD - (12 if index >= 0 else 0)
            label = self.clipped(label, room)
            need = self.text_width(label) + (12 if index >= 0 else 0) + 12
            if x > PAD and x + need > self.width - PAD:
                x, row = PAD, row + 1
            placed.append((x, row, label, index))
            x += need
        if not placed:
            return 0.0
        rows = row + 1
        for x, row, label, index in placed:
            baseline = self.height - PAD - FONT_SIZE - row * line_h
            if index < 0:
                self.drawing.add(self.string(x, baseline, label, fillColor=_MUTED))
                continue
            self.bar(x, baseline - 1, 9, 9, series_look(index))
            self.drawing.add(self.string(x + 12, baseline, label))
        return rows * line_h + 2

    def empty(self, top: float) -> None:
        self.drawing.add(
            Rect(
                PAD,
                PAD,
                self.width - 2 * PAD,
                max(top - PAD, 1),
                fillColor=None,
                strokeColor=_GRID,
                strokeWidth=0.6,
            )
        )
        self.drawing.add(
            self.string(
                self.width / 2,
                (PAD + top) / 2 - FONT_SIZE / 2,
                EMPTY_TEXT,
                textAnchor="middle",
                fillColor=_MUTED,
            )
        )

    def build(self) -> ChartDrawing:
        top = self.height - PAD - self.top_band()
        if not self.chart.categories or not self.series:
            self.empty(top)
        elif self.chart.kind is ChartKind.HBAR:
            self.horizontal(top)
        else:
            self.vertical(top, stacked=self.chart.kind is ChartKind.STACKED)
        return ChartDrawing(self.drawing, self.width, self.height, (*self.hits, *self.bands))

    def values(self, index: int) -> list[float]:
        """Each series' value for category `index`, negatives drawn as nothing."""
        return [max(float(s.values[index]), 0.0) for s in self.series]

    def whole(self) -> bool:
        return all(float(v).is_integer() for s in self.series for v in s.values)

    def value_axis(self, stacked: bool) -> tuple[float, float]:
        count = len(self.chart.categories)
        if stacked:
            top = max((sum(self.values(i)) for i in range(count)), default=0.0)
        else:
            top = max((max(self.values(i)) for i in range(count)), default=0.0)
        return nice_axis(top, whole=self.whole())

    # -- vertical bars --

    def vertical(self, top: float, *, stacked: bool) -> None:
        chart, count = self.chart, len(self.chart.categories)
        axis_max, step = self.value_axis(stacked)
        ticks = [step * i for i in range(round(axis_max / step) + 1)]
        tick_w = max(self.text_width(value_text(t), VALUE_SIZE) for t in ticks)
        left = PAD + tick_w + 4
        right = self.width - PAD
        slot = (right - left) / count
        labels = list(chart.categories)
        widest = max(self.text_width(label) for label in labels)
        turned = widest > slot - 2
        if turned:
            room = min(widest, (top - PAD) * 0.35 / 0.71)
            labels = [self.clipped(label, room) for label in labels]
            widest = max(self.text_width(label) for label in labels)
            bottom = PAD + widest * 0.71 + FONT_SIZE * 0.71 + 4
            every = max(1, math.ceil(FONT_SIZE * 1.5 / slot))
        else:
            bottom = PAD + FONT_SIZE + 5
            every = 1
        plot_top = top - VALUE_SIZE - 4
        plot_h = max(plot_top - bottom, 1.0)
        scale = plot_h / axis_max
        for tick in ticks:
            y = bottom + tick * scale
            self.drawing.add(
                Line(left, y, right, y, strokeColor=_GRID if tick else _AXIS, strokeWidth=0.5)
            )
            self.drawing.add(
                self.string(
                    left - 3,
                    y - VALUE_SIZE / 3,
                    value_text(tick),
                    fontSize=VALUE_SIZE,
                    textAnchor="end",
                    fillColor=_MUTED,
                )
            )
        group_w = min(slot * 0.72, 56.0 * (1 if stacked else len(self.series)))
        bar_w = group_w if stacked else group_w / len(self.series)
        for index, key in enumerate(chart.category_keys[:count]):
            x0 = left + index * slot
            bx = x0 + (slot - group_w) / 2
            values = self.values(index)
            if stacked:
                self.stack(bx, bottom, bar_w, values, scale, key)
            else:
                self.group(bx, bottom, bar_w, values, scale, key, slot)
            self.add_band(x0, 0, slot, plot_top, key)
            if index % every == 0:
                self.category_label(x0 + slot / 2, bottom, labels[index], turned)

    def add_band(self, x: float, y: float, w: float, h: float, key: str) -> None:
        self.bands.append(Hit(x, self.height - y - h, w, h, key, None))

    def add_bar_hit(self, x: float, y: float, w: float, h: float, key: str, series: str) -> None:
        h = max(h, 3.0)  # a thin bar still takes a click
        self.hits.append(Hit(x, self.height - y - h, w, h, key, series if self.many else None))

    def category_label(self, x: float, bottom: float, label: str, turned: bool) -> None:
        baseline = bottom - FONT_SIZE - 2
        if not turned:
            self.drawing.add(self.string(x, baseline, label, textAnchor="middle"))
            return
        group = Group(self.string(0, 0, label, textAnchor="end"))
        group.translate(x + FONT_SIZE * 0.3, bottom - 4)
        group.rotate(45)
        self.drawing.add(group)

    def group(
        self,
        x: float,
        bottom: float,
        bar_w: float,
        values: list[float],
        scale: float,
        key: str,
        slot: float,
    ) -> None:
        for i, (series, value) in enumerate(zip(self.series, values, strict=True)):
            h = value * scale
            bx = x + i * bar_w
            self.bar(bx, bottom, bar_w, h, series_look(i))
            if h > 0:
                self.add_bar_hit(bx, bottom, bar_w, h, key, series.key)
            text = value_text(value)
            room = bar_w + 2 if self.many else slot * 0.95
            if value and self.text_width(text, VALUE_SIZE) <= room:
                self.drawing.add(
                    self.string(
                        bx + bar_w / 2,
                        bottom + h + 2,
                        text,
                        fontSize=VALUE_SIZE,
                        textAnchor="middle",
                    )
                )

    def stack(
        self,
        x: float,
        bottom: float,
        bar_w: float,
        values: list[float],
        scale: float,
        key: str,
    ) -> None:
        y = bottom
        for i, (series, value) in enumerate(zip(self.series, values, strict=True)):
            h = value * scale
            look = series_look(i)
            self.bar(x, y, bar_w, h, look)
            if h > 0:
                self.add_bar_hit(x, y, bar_w, h, key, series.key)
            text = value_text(value)
            fits = self.text_width(text, VALUE_SIZE) <= bar_w - 2 and h >= VALUE_SIZE + 3
            if value and fits and look.stripes is Stripes.NONE:
                self.drawing.add(
                    self.string(
                        x + bar_w / 2,
                        y + h / 2 - VALUE_SIZE / 3,
                        text,
                        fontSize=VALUE_SIZE,
                        textAnchor="middle",
                        fillColor=colors.HexColor(look.ink),
                    )
                )
            y += h
        total = sum(values)
        text = value_text(total)
        if total and self.text_width(text, VALUE_SIZE) <= max(bar_w * 1.6, bar_w + 8):
            self.drawing.add(
                self.string(x + bar_w / 2, y + 2, text, fontSize=VALUE_SIZE, textAnchor="middle")
            )

    # -- horizontal bars --

    def horizontal(self, top: float) -> None:
        chart, count = self.chart, len(self.chart.categories)
        axis_max, step = self.value_axis(False)
        ticks = [step * i for i in range(round(axis_max / step) + 1)]
        room = self.width * 0.3
        labels = [self.clipped(label, room) for label in chart.categories]
        left = PAD + max(self.text_width(label) for label in labels) + 6
        widest_value = max(
            (
                self.text_width(value_text(v), VALUE_SIZE)
                for i in range(count)
                for v in self.values(i)
            ),
            default=0.0,
        )
        right = self.width - PAD - widest_value - 4
        right = max(right, left + 20)
        bottom = PAD + VALUE_SIZE + 5
        plot_h = max(top - bottom, 1.0)
        slot = plot_h / count
        scale = (right - left) / axis_max
        for tick in ticks:
            x = left + tick * scale
            self.drawing.add(
                Line(x, bottom, x, top, strokeColor=_GRID if tick else _AXIS, strokeWidth=0.5)
            )
            self.drawing.add(
                self.string(
                    x,
                    bottom - VALUE_SIZE - 3,
                    value_text(tick),
                    fontSize=VALUE_SIZE,
                    textAnchor="middle",
                    fillColor=_MUTED,
                )
            )
        every = max(1, math.ceil((FONT_SIZE + 1) / slot))
        group_h = min(slot * 0.72, 18.0 * len(self.series))
        bar_h = group_h / len(self.series)
        for index, key in enumerate(chart.category_keys[:count]):
            y0 = top - (index + 1) * slot
            by = y0 + (slot + group_h) / 2
            for i, (series, value) in enumerate(zip(self.series, self.values(index), strict=True)):
                w = value * scale
                y = by - (i + 1) * bar_h
                self.bar(left, y, w, bar_h, series_look(i))
                if w > 0:
                    self.hits.append(
                        Hit(
                            left,
                            self.height - y - bar_h,
                            max(w, 3.0),
                            bar_h,
                            key,
                            series.key if self.many else None,
                        )
                    )
                text = value_text(value)
                if value and bar_h >= VALUE_SIZE - 1:
                    self.drawing.add(
                        self.string(
                            left + w + 3, y + bar_h / 2 - VALUE_SIZE / 3, text, fontSize=VALUE_SIZE
                        )
                    )
            self.add_band(0, y0, self.width, slot, key)
            if index % every == 0:
                self.drawing.add(
                    self.string(
                        left - 4, y0 + slot / 2 - FONT_SIZE / 3, labels[index], textAnchor="end"
                    )
                )


__all__ = [
    "ChartDrawing",
    "Hit",
    "chart_drawing",
    "chart_svg",
    "font_family",
    "hit_at",
    "nice_axis",
    "value_text",
]
