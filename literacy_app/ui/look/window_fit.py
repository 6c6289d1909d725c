"""Windows that fit the screen they open on: the first window is sized to the available screen (maximized on
screens up to 1366x768, the most common school screen), and a saved geometry that no longer fits (a smaller
screen, a projector unplugged) is moved and shrunk onto the screen.

`fit_to_screen(window, preferred)` is for any top-level window (main window, author mode); `fit_rect` is the
plain arithmetic behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from literacy_app.ui.lazy_qt import Qt

SMALL_SCREEN = QSize(1366, 768)  # at most this: open maximized
FRAME_ALLOWANCE = QSize(16, 40)  # title bar and borders the window manager adds around the window


def fit_rect(rect: QRect, available: QRect) -> QRect:
    """`rect` (a frame geometry) moved and, if need be, shrunk so that it lies inside `available`."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    left = min(max(rect.left(), available.left()), available.right() + 1 - width)
    top = min(max(rect.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def first_size(preferred: QSize, available: QRect) -> tuple[QSize, bool]:
    """The client size for a first start, and whether to maximize: small screens get all of it."""
    room = QSize(max(available.width() - FRAME_ALLOWANCE.width(), 320),
                 max(available.height() - FRAME_ALLOWANCE.height(), 240))
    if available.width() <= SMALL_SCREEN.width() and available.height() <= SMALL_SCREEN.height():
        return room, True
    return preferred.boundedTo(room), False


def available_geometry(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, preferred: QSize, saved: str | None = None) -> None:
    """Size a top-level window before it is shown.

    `saved` is a `saveGeometry()` in hex, or None on a first start. A saved geometry is restored and then
    corrected if it no longer fits the available screen; the window never opens bigger than the screen.
    """
    available = available_geometry(window)
    if saved and window.restoreGeometry(QByteArray.fromHex(saved.encode())):
        if window.isMaximized() or window.isFullScreen():
            return
        frame = window.frameGeometry()
        margins = QSize(frame.width() - window.width(), frame.height() - window.height())
        fitted = fit_rect(frame, available)
        if fitted != frame:
            window.resize(fitted.width() - margins.width(), fitted.height() - margins.height())
            window.move(fitted.topLeft())
        return
    size, maximize = first_size(preferred, available)
    window.resize(size)
    left = available.left() + (available.width() - size.width() - FRAME_ALLOWANCE.width()) // 2
    top = available.top() + (available.height() - size.height() - FRAME_ALLOWANCE.height()) // 2
    window.move(max(available.left(), left), max(available.top(), top))
    if maximize:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
