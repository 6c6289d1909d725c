"""Push buttons that the keyboard can press with Enter as well as Space, and the primary-action look."""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.style import restyle


class ActionButton(QPushButton):
    """Enter on a focused button presses it (outside dialogs, a QPushButton reacts to Space only)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, primary: bool = False) -> None:
        super().__init__(text, parent)
        if primary:
            self.setProperty("kind", "primary")  # new, not polished yet: its first polish reads it

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self.isEnabled():
                self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)


def make_primary(button: QPushButton, primary: bool = True) -> None:
    """The main action of its card or screen: filled with the accent colour (see style.py)."""
    button.setProperty("kind", "primary" if primary else "")
    restyle(button)  # a button already shown takes the new look at once
