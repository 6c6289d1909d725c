"""A line chart of class progress over time (share of learner-lesson pairs completed), QPainter only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[str, float]] = []
        self.setMinimumSize(QSize(420, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Class progress over time"))

    def set_points(self, points: list[tuple[str, float]]) -> None:
        self.points = list(points)
        if points:
            self.setAccessibleDescription(self.tr("From {0} to {1}: {2:.0f}% of all lessons completed.").format(
                points[0][0], points[-1][0], points[-1][1]))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        line = painter.fontMetrics().height()
        painter.setPen(text)
        painter.drawText(QRectF(0, 4, self.width(), line), Qt.AlignmentFlag.AlignCenter,
                         self.tr("Class progress: lessons completed (% of all learners × lessons)"))
        left, right, top, bottom = 48, 16, line * 2 + 8, line + 12
        area = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        for percent in (0, 25, 50, 75, 100):
            y = area.bottom() - area.height() * percent / 100
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - line / 2, left - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{percent}%")
        if not self.points:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No lesson completed yet."))
            painter.end()
            return
        days = [date.fromisoformat(day) for day, _ in self.points]
        span = max((days[-1] - days[0]).days, 1)

        def at(index: int) -> QPointF:
            x = area.left() + area.width() * (days[index] - days[0]).days / span
            return QPointF(x, area.bottom() - area.height() * self.points[index][1] / 100)

        path = QPainterPath(at(0))
        for index in range(1, len(self.points)):
            path.lineTo(at(index))
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        for index in range(len(self.points)):
            painter.drawEllipse(at(index), 3, 3)
        painter.setPen(text)
        for index, align in ((0, Qt.AlignmentFlag.AlignLeft), (len(days) - 1, Qt.AlignmentFlag.AlignRight)):
            painter.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), line), align,
                             days[index].isoformat())
        last = at(len(self.points) - 1)
        painter.drawText(QRectF(last.x() - 60, last.y() - line - 4, 56, line), Qt.AlignmentFlag.AlignRight,
                         f"{self.points[-1][1]:.0f}%")
        painter.end()
