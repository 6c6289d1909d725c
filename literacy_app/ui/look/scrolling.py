"""Bring a widget into view inside the scroll area that holds it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def enclosing_scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def settle_layouts() -> None:
    """Let every pending layout run (shown or hidden feedback changes heights), so positions are final."""
    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)


def scroll_to_top_of(widget: QWidget, margin: int = 12) -> None:
    """Scroll so that the top of `widget` is near the top of the view (as far as the page allows)."""
    area = enclosing_scroll_area(widget)
    if area is None or area.widget() is None:
        return
    settle_layouts()
    y = widget.mapTo(area.widget(), QPoint(0, 0)).y()
    area.verticalScrollBar().setValue(max(0, y - margin))


def scroll_into_view(widget: QWidget, margin: int = 24) -> None:
    """Scroll as little as needed for `widget` to be wholly visible (its top first if it is taller)."""
    area = enclosing_scroll_area(widget)
    if area is None or area.widget() is None:
        return
    settle_layouts()
    top = widget.mapTo(area.widget(), QPoint(0, 0)).y()
    bar = area.verticalScrollBar()
    view = area.viewport().height()
    if top - margin < bar.value() or widget.height() + 2 * margin > view:
        bar.setValue(max(0, top - margin))
    elif top + widget.height() + margin > bar.value() + view:
        bar.setValue(top + widget.height() + margin - view)
