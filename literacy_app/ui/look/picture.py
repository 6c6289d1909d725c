"""A picture that shrinks with its column instead of being cut off (never wider than it was drawn)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from literacy_app.ui.lazy_qt import Qt


class FittingPicture(QLabel):
    def __init__(self, pixmap: QPixmap, max_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = pixmap
        self._max_width = min(max_width, pixmap.width())
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._show_at(self._max_width)

    def _height_at(self, width: int) -> int:
        if self._original.width() <= 0:
            return 0
        return round(self._original.height() * width / self._original.width())

    def _show_at(self, width: int) -> None:
        width = max(1, min(width, self._max_width))
        if self.pixmap().isNull() or self.pixmap().width() != width:
            self.setPixmap(self._original.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))
            self.setFixedHeight(self._height_at(width))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._max_width, self._height_at(self._max_width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(60, self._height_at(60))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show_at(event.size().width())
