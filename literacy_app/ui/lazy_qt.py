"""`Qt`, PySide6's Qt namespace, built the first time a value of it is used rather than when it is imported.

PySide6 builds all of a class's Python enums the first time anything touches the class. For the Qt namespace
that is 93 enums with 1,195 members: about 10 ms, a tenth of a bare window's start. A returning learner's
first frame needs none of them, so every module imports `Qt` from here, and what runs before the first paint
avoids it: enum properties are set by their Qt names (`set_by_name`), and the few calls whose C++ argument is
a plain int (item data roles, text flags) take the numbers below. tests/ui/test_startup_order.py checks that
the namespace is still unbuilt when a returning learner's lesson is painted; a value of it used later (a key
press, an activity built after the paint) builds it then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:

    class _LazyNamespace:
        """Looks each name up in PySide6's Qt namespace when first asked for, then keeps it."""

        def __getattr__(self, name: str) -> object:
            from PySide6 import QtCore

            value = getattr(QtCore.Qt, name)
            setattr(self, name, value)  # the next use is a plain attribute
            return value

        def __repr__(self) -> str:
            return "<PySide6.QtCore.Qt, built on first use>"

    Qt = _LazyNamespace()

__all__ = ["ACCESSIBLE_TEXT_ROLE", "TEXT_WORD_WRAP", "USER_ROLE", "Qt", "set_by_name"]

# Qt's C++ API takes these as plain ints; tests/ui/test_lazy_qt.py checks them against the namespace
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole: the first item data role free for the app's own data
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole: what a screen reader reads for an item
TEXT_WORD_WRAP = 0x1000  # Qt.TextFlag.TextWordWrap, for QFontMetrics.boundingRect's flags


def set_by_name(target: QObject, **values: str) -> None:
    """Set enum properties by their Qt names, e.g. focusPolicy="TabFocus" or
    textInteractionFlags="TextBrowserInteraction|TextSelectableByKeyboard", as a style sheet's qproperty-
    does: Qt reads the name, and the Qt namespace is not built. A property or name Qt does not know raises."""
    for name, value in values.items():
        if not target.setProperty(name, value):
            raise ValueError(f"{type(target).__name__} has no property {name} that takes {value!r}")
