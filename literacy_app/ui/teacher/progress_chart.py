"""A line chart of class progress over time (share of learner-lesson pairs completed), QPainter only."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.formats import as_date
from literacy_app.ui.teacher.chart_axes import DAY_STEPS, PERCENT_STEPS, Chart, axis_width, fitted, tick_step

CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DATE_GAP = 24  # pixels of air between two date labels at the least


class ProgressChart(Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[str, float]] = []
        self.setMinimumSize(QSize(320, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Class progress over time"))
        self.set_points([])

    def set_points(self, points: list[tuple[str, float]]) -> None:
        self.points = list(points)
        if points:
            values = "; ".join(f"{as_date(day)}: {value:.0f}%" for day, value in points)
            self.setAccessibleDescription(self.tr("Lessons completed, as a share of all learners × lessons, by "
                                                  "day. {0}.").format(values))
        else:
            self.setAccessibleDescription(self.tr("No lesson completed yet."))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(text)
        painter.drawText(QRectF(0, 4, self.width(), line), CENTER, fitted(
            metrics, self.tr("Class progress: lessons completed (% of all learners × lessons)"), self.width() - 8))
        top, bottom, right = line * 2 + 8, line * 3 // 2 + 10, 16
        height = max(10, self.height() - top - bottom)
        step = tick_step(100, height, line * 1.5, PERCENT_STEPS)
        ticks = list(range(0, 101, step))
        left = axis_width(metrics, [f"{t}%" for t in ticks])
        area = QRectF(left, top, max(10, self.width() - left - right), height)
        for percent in ticks:
            y = area.bottom() - area.height() * percent / 100
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - line / 2, left - 6, line), RIGHT, f"{percent}%")
        if not self.points:
            painter.drawText(area, CENTER, self.tr("No lesson completed yet."))
            self.frame_focus(painter)
            painter.end()
            return
        days = [date.fromisoformat(day) for day, _ in self.points]
        span = max((days[-1] - days[0]).days, 1)

        def x_of(day: date) -> float:
            return area.left() + area.width() * (day - days[0]).days / span

        def at(index: int) -> QPointF:
            return QPointF(x_of(days[index]), area.bottom() - area.height() * self.points[index][1] / 100)

        path = QPainterPath(at(0))
        for index in range(1, len(self.points)):
            path.lineTo(at(index))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
        painter.drawPath(path)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        for index in range(len(self.points)):
            painter.drawEllipse(at(index), 3, 3)
        painter.setPen(text)
        self._date_labels(painter, area, days[0], days[-1], span, x_of, line)
        last = at(len(self.points) - 1)
        value = f"{self.points[-1][1]:.0f}%"
        width = metrics.horizontalAdvance(value) + 4
        # beside the last point, but inside the plot: never over the axis's own numbers
        x = min(max(last.x() - width - 4, area.left() + 4), area.right() - width)
        y = max(last.y() - line - 4, area.top() - line)
        painter.drawText(QRectF(x, y, width, line), RIGHT, value)
        self.frame_focus(painter)
        painter.end()

    def _date_labels(self, painter: QPainter, area: QRectF, first: date, last: date, span: int, x_of,
                     line: int) -> None:
        """A date under the axis every few days: as many as fit with DATE_GAP pixels between them."""
        metrics = painter.fontMetrics()
        width = max(metrics.horizontalAdvance(as_date(day)) for day in (first, last)) + 4
        per_day = area.width() / span
        step = next((s for s in DAY_STEPS if s * per_day >= width + DATE_GAP), DAY_STEPS[-1])
        previous_right = -1e9
        # below the "0%" of the other axis, so a date may reach into that axis's margin, centred on its day
        y = area.bottom() + line / 2 + 2
        day = first
        while day <= last:
            x = x_of(day)
            rect = QRectF(min(max(x - width / 2, 0), self.width() - width), y, width, line)
            if rect.left() >= previous_right + DATE_GAP:
                painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4))
                painter.drawText(rect, CENTER, as_date(day))
                previous_right = rect.right()
            day += timedelta(days=step)
