"""A bar chart of best scores in one lesson, painted with QPainter in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.teacher.chart_axes import COUNT_STEPS, Chart, axis_top, axis_width, fitted, tick_step

CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def band_label(index: int) -> str:
    return f"{index * 10}–{index * 10 + 9}" if index < 9 else "90–100"


class ScoreHistogram(Chart):
    """Ten bars: how many learners scored 0-9 %, 10-19 % ... 90-100 %; each bar labelled with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[int] = [0] * 10
        self.title = ""
        self.setMinimumSize(QSize(320, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Score distribution"))

    @property
    def empty(self) -> bool:
        return not any(self.counts)

    def set_counts(self, counts: list[int], title: str) -> None:
        self.counts = list(counts)
        self.title = title
        self.setAccessibleName(title or self.tr("Score distribution"))
        if self.empty:
            self.setAccessibleDescription(self.tr("No finished attempts yet."))
        else:
            bands = "; ".join(self.tr("{0}%: %n learner(s)", "", n).format(band_label(i)) for i, n in enumerate(counts))
            self.setAccessibleDescription(self.tr("Learners per best-score band. {0}.").format(bands))
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
        painter.drawText(QRectF(0, 4, self.width(), line), CENTER, fitted(metrics, self.title, self.width() - 8))
        top, bottom, right = line * 2 + 8, line * 2 + 10, 12
        height = max(10, self.height() - top - bottom)
        highest = max(self.counts, default=0)
        # ticks at least a line and a half apart, so two numbers never touch
        step = tick_step(max(highest, 1), height, line * 1.5, COUNT_STEPS)
        ceiling = axis_top(max(highest, 1), step)
        ticks = list(range(0, ceiling + 1, step)) if not self.empty else [0]  # no scale for nothing
        left = axis_width(metrics, [str(t) for t in ticks])
        area = QRectF(left, top, max(10, self.width() - left - right), height)
        grid = palette.color(QPalette.ColorRole.Mid)
        for tick in ticks:
            y = area.bottom() - area.height() * tick / ceiling
            painter.setPen(grid)
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - line / 2, left - 6, line), RIGHT, str(tick))
        width = area.width() / len(self.counts)
        labels = self._band_labels(metrics, width)
        if self.empty:
            painter.drawText(area, CENTER, self.tr("No finished attempts yet"))
        bar = palette.color(QPalette.ColorRole.Highlight)
        for index, count in enumerate(self.counts):
            bar_height = area.height() * count / ceiling
            rect = QRectF(area.left() + index * width + 3, area.bottom() - bar_height, width - 6, bar_height)
            painter.fillRect(rect, bar)
            painter.setPen(text)
            if count:
                painter.drawText(QRectF(rect.left(), rect.top() - line, rect.width(), line), CENTER, str(count))
            if labels[index]:
                painter.drawText(QRectF(area.left() + index * width, area.bottom() + 2, width, line), CENTER,
                           labels[index])
        painter.drawText(QRectF(0, self.height() - line - 2, self.width(), line), CENTER,
                         fitted(metrics, self.tr("best score (%) → number of learners"), self.width() - 8))
        self.frame_focus(painter)
        painter.end()

    @staticmethod
    def _band_labels(metrics, width: float) -> list[str]:
        """"0–9" ... "90–100" where they fit under their bars; else the band's start, on every bar that
        has room for it."""
        full = [band_label(i) for i in range(10)]
        if max(metrics.horizontalAdvance(label) for label in full) <= width - 4:
            return full
        short = [str(i * 10) for i in range(10)]
        every = 1
        while every < 10 and metrics.horizontalAdvance("100") + 6 > width * every:
            every += 1
        return [label if i % every == 0 else "" for i, label in enumerate(short)]
