"""What the teacher's charts share: tick steps that never crowd, labels measured in the chart's own font,
and a focus frame."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFocusEvent, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from literacy_app.ui.lazy_qt import Qt

COUNT_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
PERCENT_STEPS = (10, 20, 25, 50, 100)
DAY_STEPS = (1, 2, 3, 5, 7, 10, 14, 21, 28, 56, 91, 182, 364)


def tick_step(top: float, pixels: float, min_gap: float, steps: Iterable[int]) -> int:
    """The smallest step from `steps` whose ticks on an axis of `pixels` for 0..`top` are at least
    `min_gap` pixels apart (the largest step when none is)."""
    candidates = list(steps)
    for step in candidates:
        if pixels * step / axis_top(top, step) >= min_gap:
            return step
    return candidates[-1]


def axis_top(top: float, step: int) -> int:
    """The axis ends at the first tick at or above the highest value."""
    return max(step, math.ceil(top / step) * step)


def fitted(metrics: QFontMetrics, text: str, width: float) -> str:
    """`text` cut with an ellipsis to `width` pixels: a caption never runs off a narrow chart (the chart's
    accessible name and description keep it whole)."""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))


def axis_width(metrics: QFontMetrics, labels: Iterable[str], padding: int = 10) -> int:
    """Room for the widest tick label and a little air: nothing cut, whatever the font size."""
    return max((metrics.horizontalAdvance(label) for label in labels), default=0) + padding


class Chart(QWidget):
    """A painted chart a keyboard can reach: focusable, framed when focused, and its numbers spoken
    through the accessible description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def frame_focus(self, painter: QPainter) -> None:
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()
