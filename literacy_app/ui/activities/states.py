"""The state an activity's card or line shows (due, correct, partial, wrong, locked) through the style sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def set_state(widget: QWidget, state: str) -> None:
    """A state the style sheet shows; always said in words as well. A widget not polished yet (not shown yet: a
    step being built) is styled by its first polish, which reads the state; restyling it now would be wasted."""
    widget.setProperty("state", state)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
