"""Pages of the learner's room take the application's text size and colours, whatever the window had before."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget


class FollowsAppFont(QWidget):
    """A page that always shows the application's font (the text size chosen with A+ and A−) and palette
    (the theme): when it is shown or filled, and whenever either changes, also where a style sheet keeps the
    old ones on widgets that existed before."""

    def _take_app_font(self) -> None:
        if self.font() != QApplication.font():
            self.setFont(QApplication.font())
        if self.palette() != QApplication.palette():
            self.setPalette(QApplication.palette())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._take_app_font()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.ApplicationPaletteChange):
            self._take_app_font()
        super().changeEvent(event)
