"""Tell screen readers about feedback that appears without focus moving to it."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: the description change is all we can do
    QAccessibleAnnouncementEvent = None


def announce(widget: QWidget, text: str) -> None:
    """Ask assistive technology to read `text` now, and keep it as the widget's description."""
    widget.setAccessibleDescription(text)
    if QAccessibleAnnouncementEvent is not None and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
