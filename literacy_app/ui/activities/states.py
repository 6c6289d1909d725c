"""The state an activity's card or line shows (due, correct, partial, wrong, locked) through the style sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from literacy_app.ui.look.style import restyle


def set_state(widget: QWidget, state: str) -> None:
    """A state the style sheet shows; always said in words as well."""
    widget.setProperty("state", state)
    restyle(widget)
