"""A bar chart of best scores in one lesson, painted with QPainter in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class ScoreHistogram(QWidget):
    """Ten bars: how many learners scored 0-9 %, 10-19 % ... 90-100 %; each bar labelled with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[int] = [0] * 10
        self.title = ""
        self.setMinimumSize(QSize(420, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Score distribution"))

    def set_counts(self, counts: list[int], title: str) -> None:
        self.counts = list(counts)
        self.title = title
        described = ", ".join(f"{i * 10}–{i * 10 + 9 if i < 9 else 100}%: {n}" for i, n in enumerate(counts) if n)
        self.setAccessibleDescription(self.tr("Learners per score band. {0}").format(described or self.tr("none")))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = painter.fontMetrics()
        line = metrics.height()
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text)
        painter.drawText(QRectF(0, 4, self.width(), line), Qt.AlignmentFlag.AlignCenter, self.title)
        left, right, top, bottom = 40, 12, line * 2 + 8, line * 2 + 10
        area = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        highest = max(max(self.counts, default=0), 1)
        grid = palette.color(QPalette.ColorRole.Mid)
        for step in range(0, highest + 1, max(1, highest // 4)):
            y = area.bottom() - area.height() * step / highest
            painter.setPen(grid)
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - line / 2, left - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(step))
        width = area.width() / len(self.counts)
        bar = palette.color(QPalette.ColorRole.Highlight)
        for index, count in enumerate(self.counts):
            height = area.height() * count / highest
            rect = QRectF(area.left() + index * width + 3, area.bottom() - height, width - 6, height)
            painter.fillRect(rect, bar)
            painter.setPen(text)
            if count:
                painter.drawText(QRectF(rect.left(), rect.top() - line, rect.width(), line),
                                 Qt.AlignmentFlag.AlignCenter, str(count))
            label = f"{index * 10}–{index * 10 + 9}" if index < 9 else "90–100"
            painter.drawText(QRectF(area.left() + index * width, area.bottom() + 2, width, line),
                             Qt.AlignmentFlag.AlignCenter, label)
        painter.drawText(QRectF(0, self.height() - line - 2, self.width(), line), Qt.AlignmentFlag.AlignCenter,
                         self.tr("best score (%) → number of learners"))
        painter.end()
