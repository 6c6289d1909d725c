"""Horizontal bars for percentages, one row per lesson or objective, one or two bars per row.

Drawn in the palette's colours and the widget's font, so it follows the theme and the text size; every
figure is also written beside its bar and in the accessible description (never colour or length alone).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from literacy_app.ui.lazy_qt import Qt


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[float | None, ...]  # percent, 0-100; None: nothing yet
    note: str = ""  # a mark after the label, e.g. "✔"


class BarChart(QWidget):
    def __init__(self, title: str, series: tuple[str, ...] = ("",), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.series = series  # one name per bar in a row: ("Pre-test", "Post-test"), or one unnamed bar
        self.rows: list[Row] = []
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it holds the same figures for the keyboard
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        words = []
        for row in rows:
            figures = ", ".join(
                f"{name + ' ' if name else ''}{'not yet' if value is None else f'{value:.0f}%'}"
                for name, value in zip(self.series, row.values, strict=False))
            words.append(f"{row.label}: {figures}")
        self.setAccessibleName(self.title)
        self.setAccessibleDescription("; ".join(words))
        self.setToolTip("\n".join(words))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() * len(self.series) + 10

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        legend = QFontMetrics(self.font()).height() + 6 if any(self.series) else 0
        return QSize(480, legend + self._row_height() * max(len(self.rows), 1) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        track = palette.color(QPalette.ColorRole.AlternateBase)
        strong, soft = palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Mid)
        colours = [soft, strong] if len(self.series) == 2 else [strong]  # "before" soft, "after" strong
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        y = 2.0
        if any(self.series):  # the legend: which bar is which, in words
            x = 0.0
            for index, name in enumerate(self.series):
                painter.fillRect(QRectF(x, y + line * 0.2, line * 0.8, line * 0.6), colours[index % len(colours)])
                painter.setPen(text)
                painter.drawText(QRectF(x + line, y, 400, line), int(Qt.AlignmentFlag.AlignVCenter), name)
                x += line + metrics.horizontalAdvance(name) + 2 * line
            y += line + 6
        label_width = min(self.width() * 0.42, max((metrics.horizontalAdvance(f"{r.label} {r.note}")
                                                    for r in self.rows), default=0) + 12)
        figure_width = metrics.horizontalAdvance(" 100% ") + 4
        bar_left = label_width
        bar_width = max(20.0, self.width() - label_width - figure_width)
        for row in self.rows:
            painter.setPen(text)
            label = metrics.elidedText(f"{row.label} {row.note}".strip(), Qt.TextElideMode.ElideRight,
                                       int(label_width - 8))
            painter.drawText(QRectF(0, y, label_width - 8, line * len(self.series) + 4),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), label)
            for index, value in enumerate(row.values):
                top = y + 2 + index * line
                painter.fillRect(QRectF(bar_left, top + 2, bar_width, line - 4), track)
                if value is not None:
                    painter.fillRect(QRectF(bar_left, top + 2, bar_width * max(0.0, min(value, 100.0)) / 100,
                                            line - 4), colours[index % len(colours)])
                painter.setPen(QPen(text))
                painter.drawText(QRectF(bar_left + bar_width + 4, top, figure_width, line),
                                 int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                                 "–" if value is None else f"{value:.0f}%")
            y += self._row_height()
        painter.end()
