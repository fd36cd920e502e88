"""A report's chart on screen (issue 19): the SVG that pdf/report_chart.chart_svg draws — the
same drawing the PDF page prints — painted with QSvgRenderer, its proportions kept and centred.
The drawing's hit boxes (SVG coordinates, origin top-left) are mapped onto the widget: the hand
cursor and a tooltip (category, series, value) over a bar, and `clicked(category_key,
series_key)` on a click, which the section turns into the list behind that bar. The drawing is
made again, at the widget's new size, a moment after a resize, so its text stays at its size."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolTip, QWidget

from anjia_desk.core.report_values import Chart
from anjia_desk.ui import palette

#: The smallest drawing made (a very small widget shows it scaled down rather than cramped).
MIN_WIDTH, MIN_HEIGHT = 400, 150
#: The drawing is made this much smaller than the widget and painted scaled up: the PDF's 8-point
#: labels then read at about 10 pixels on screen.
ZOOM = 1.3
RESIZE_DELAY_MS = 150
EMPTY_TEXT = "本期没有可画的数据"


class Hit(Protocol):
    """One clickable box of the drawing (pdf/report_chart.Hit)."""

    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def w(self) -> float: ...
    @property
    def h(self) -> float: ...
    @property
    def category_key(self) -> str: ...
    @property
    def series_key(self) -> str | None: ...


#: chart_svg(chart, width, height) -> (svg text, hits)
Draw = Callable[[Chart, int, int], tuple[str, Sequence[Hit]]]


def _chart_svg(chart: Chart, width: int, height: int) -> tuple[str, Sequence[Hit]]:
    from anjia_desk.pdf.report_chart import chart_svg

    return chart_svg(chart, width, height)


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{Decimal(str(value)):,.2f}"


def hit_tip(chart: Chart, category_key: str, series_key: str | None) -> str:
    """What hovering a bar says: its category, its series and value, and that a click lists it."""
    try:
        index = chart.category_keys.index(category_key)
    except ValueError:
        return ""
    lines = [chart.categories[index]]
    unit = f" {chart.unit}" if chart.unit else ""
    for series in chart.series:
        if series_key is not None and series.key != series_key:
            continue
        if index < len(series.values):
            label = f"{series.label}：" if series.label else ""
            lines.append(f"{label}{_number(series.values[index])}{unit}")
    lines.append("单击查看明细")
    return "\n".join(lines)


class ChartView(QWidget):
    """`set_chart(chart)` draws it; `hits` are the drawing's boxes, `hit_rect(hit)` one of them in
    the widget's coordinates; `clicked(category_key, series_key or None)`."""

    clicked = Signal(str, object)

    def __init__(self, parent: QWidget | None = None, draw: Draw | None = None) -> None:
        super().__init__(parent)
        self.draw: Draw = draw or _chart_svg
        self.chart: Chart | None = None
        self.renderer: QSvgRenderer | None = None
        self.hits: tuple[Hit, ...] = ()
        self.svg = ""
        self.setMouseTracking(True)
        self.setMinimumHeight(160)
        self.setAutoFillBackground(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RESIZE_DELAY_MS)
        self._timer.timeout.connect(self.redraw)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.redraw()

    def redraw(self) -> None:
        """Make the drawing again at the widget's size."""
        self._timer.stop()
        chart = self.chart
        if chart is None or not chart.categories or not chart.series:
            self.renderer, self.hits, self.svg = None, (), ""
            self.update()
            return
        width = max(round(self.width() / ZOOM), MIN_WIDTH)
        height = max(round(self.height() / ZOOM), MIN_HEIGHT)
        svg, hits = self.draw(chart, width, height)
        self.svg = svg
        self.renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")), self)
        self.renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.hits = tuple(hits)
        self.update()

    # --- geometry

    def view_box(self) -> QRectF:
        if self.renderer is None:
            return QRectF()
        box = self.renderer.viewBoxF()
        if box.isEmpty():
            box = QRectF(QPointF(0, 0), QSizeF(self.renderer.defaultSize()))
        return box

    def target(self) -> QRectF:
        """Where the drawing is painted: scaled to fit, proportions kept, centred."""
        box = self.view_box()
        if box.isEmpty():
            return QRectF()
        size = box.size().scaled(QSizeF(self.size()), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(
            QPointF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2), size
        )

    def hit_rect(self, hit: Hit) -> QRectF:
        box, target = self.view_box(), self.target()
        if box.isEmpty():
            return QRectF()
        scale = target.width() / box.width()
        return QRectF(
            target.x() + (hit.x - box.x()) * scale,
            target.y() + (hit.y - box.y()) * scale,
            hit.w * scale,
            hit.h * scale,
        )

    def hit_at(self, point: QPointF) -> Hit | None:
        for hit in self.hits:  # the drawing lists a bar before the band it stands in
            rect = self.hit_rect(hit)
            # a bar of zero (or one pixel) stays clickable: its box is at least 4 px each way
            grown = rect.adjusted(
                -max(0.0, (4 - rect.width()) / 2),
                -max(0.0, (4 - rect.height()) / 2),
                max(0.0, (4 - rect.width()) / 2),
                max(0.0, (4 - rect.height()) / 2),
            )
            if grown.contains(point):
                return hit
        return None

    # --- Qt

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.renderer is not None:
            self.renderer.render(painter, self.target())
        elif self.chart is not None:
            painter.setPen(QColor(palette.HINT))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, EMPTY_TEXT)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.chart is not None:
            self._timer.start()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_at(event.position())
        if hit is None or self.chart is None:
            self.unsetCursor()
            if self.toolTip():
                self.setToolTip("")
                QToolTip.hideText()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            # Qt shows the widget's tooltip once the mouse rests; it changes from bar to bar
            self.setToolTip(hit_tip(self.chart, hit.category_key, hit.series_key))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.hit_at(event.position())
            if hit is not None:
                self.clicked.emit(hit.category_key, hit.series_key)
        super().mouseReleaseEvent(event)
