"""The report's chart as the window paints it: reportlab's SVG (pdf.report_chart.chart_svg) drawn
by Qt's QSvgRenderer, offscreen — valid, not blank, the bars where the click regions say, and its
Chinese text in a family Qt knows (the bundled font the app registers with Qt)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QFontMetrics, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from anjia_desk.core.report_palette import Stripes, series_look
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.pdf.report_chart import chart_svg, font_family
from anjia_desk.resources import resource
from anjia_desk.ui.style import BUNDLED_FONT
from tests.pdf.report_samples import channels_table, visits_table

W, H = 640, 240


def _paint(svg: str) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    image = QImage(W, H, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def _inked_pixels(image: QImage, x0: int, y0: int, x1: int, y1: int) -> int:
    return sum(
        1
        for x in range(x0, x1)
        for y in range(y0, y1)
        if QColor(image.pixel(x, y)).lightness() < 200
    )


def _close(colour: QColor, hex_colour: str) -> bool:
    """The same colour give or take the SVG's percentages (rgb(12%,22%,37%))."""
    expected = QColor(hex_colour)
    return all(
        abs(a - b) <= 4 for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )


def test_the_svgs_font_family_is_the_one_qt_registers(qtbot: object) -> None:
    font_id = QFontDatabase.addApplicationFont(str(resource(*BUNDLED_FONT)))
    assert font_id >= 0
    assert cjk_font().path.name == BUNDLED_FONT[-1]  # the PDFs use the bundled file too
    family = font_family()
    assert family in QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(family)
    assert QFontInfo(font).family() == family
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "单位人次来访认购签约渠道周一")


def test_qt_paints_the_chart_with_its_bars_and_chinese_text(qtbot: object) -> None:
    QFontDatabase.addApplicationFont(str(resource(*BUNDLED_FONT)))
    svg, hits = chart_svg(visits_table(14).chart, W, H)
    image = _paint(svg)
    assert _inked_pixels(image, 0, 0, W, H) > 2000  # not blank
    # the unit at the top left: "单位：人次" drawn in ink
    assert _inked_pixels(image, 4, 2, 60, 16) > 40
    # each bar is painted where its click region says, in its series' colour
    checked = 0
    for hit in [h for h in hits if h.series_key is not None][:8]:
        if hit.w < 6 or hit.h < 6:
            continue
        index = [s.key for s in visits_table(14).chart.series].index(hit.series_key)
        if series_look(index).stripes is not Stripes.NONE:
            continue  # striped: a point may fall on a stripe
        # near a corner: the segment's figure is printed in its middle
        colour = QColor(image.pixel(int(hit.x + 2.5), int(hit.y + 2.5)))
        assert _close(colour, series_look(index).fill), (hit, colour.name())
        checked += 1
    assert checked >= 2


def test_a_grouped_chart_paints_too(qtbot: object) -> None:
    svg, hits = chart_svg(channels_table(5).chart, W, H)
    image = _paint(svg)
    first = hits[0]
    colour = QColor(image.pixel(int(first.x + first.w / 2), int(first.y + first.h / 2)))
    assert first.series_key == "visits" and first.h > 20
    assert _close(colour, series_look(0).fill), colour.name()
