"""A drop-down that the mouse wheel does not change unless the learner has clicked or tabbed into it."""

from __future__ import annotations

from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from literacy_app.ui.lazy_qt import Qt


class CalmComboBox(QComboBox):
    """Scrolling a page over an unfocused drop-down scrolls the page and leaves the answer alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: the wheel alone never focuses it

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area behind gets it
