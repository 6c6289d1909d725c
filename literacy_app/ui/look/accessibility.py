"""What screen readers are told: feedback that appears without focus moving to it, and a truthful tree.

`install_accessibility()` adds two corrections to Qt's accessibility tree (what AT-SPI hands to Orca):

- a stacked widget (the window's pages, a tab widget's pages) shows only its current page: a page that is not
  on screen is not in the tree, so the picker's tiles, or the library behind the teacher view, are never
  reported as showing (Qt reports the items of a hidden list as visible);
- a drop-down with an accessible name is called by that name (on Linux Qt names it after its current text,
  so every matching question's drop-down was "Choose…"); its current text is its value, and the items of its
  closed pop-up are not reported as showing.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QStackedWidget, QWidget

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: the description change is all we can do
    QAccessibleAnnouncementEvent = None

_installed = False


def announce(widget: QWidget, text: str) -> None:
    """Ask assistive technology to read `text` now, and keep it as the widget's description."""
    widget.setAccessibleDescription(text)
    if QAccessibleAnnouncementEvent is not None and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


class _CurrentPageOnly(QAccessibleWidget):
    """A stacked widget whose only accessible child is the page on screen."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack, QAccessible.Role.LayeredPane)

    def _page(self) -> QWidget | None:
        stack = self.widget()
        return stack.currentWidget() if isinstance(stack, QStackedWidget) else None

    def childCount(self) -> int:  # noqa: N802 (Qt name)
        return 1 if self._page() is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:
        page = self._page()
        return QAccessible.queryAccessibleInterface(page) if index == 0 and page is not None else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 (Qt name)
        page = self._page()
        return 0 if child is not None and page is not None and child.object() is page else -1


class _NamedComboBox(QAccessibleWidget):
    """A drop-down called by its accessible name, with its current text as value."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)

    def text(self, kind: QAccessible.Text) -> str:
        combo = self.widget()
        if kind == QAccessible.Text.Name:
            return combo.accessibleName()
        if kind == QAccessible.Text.Value:
            return combo.currentText()
        return super().text(kind)

    def childCount(self) -> int:  # noqa: N802 (Qt name)
        return 0  # the pop-up list is its own window while it is open


def _factory(_class_name: str, obj: object) -> QAccessibleInterface | None:
    if isinstance(obj, QStackedWidget):
        return _CurrentPageOnly(obj)
    if isinstance(obj, QComboBox) and not obj.isEditable() and obj.accessibleName():
        return _NamedComboBox(obj)
    return None


def install_accessibility() -> None:
    """Install the corrections once per process (before the widgets they concern are first queried)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def tree_changed(widget: QWidget) -> None:
    """Tell assistive technology that the children of `widget` changed (a stacked widget turned a page)."""
    if QAccessible.isActive():
        from PySide6.QtGui import QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.ObjectReorder))
