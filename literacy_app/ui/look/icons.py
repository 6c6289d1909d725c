"""Toolbar icons, drawn as simple line pictures in the theme's text colour (shown beside their words).

Each is one path of lines, stroked: painting with a painter's own pen and brush would build PySide6's Qt
namespace (their setters take Qt enums too), which the first frame does without (lazy_qt.py).

Each is painted at 1x, and at 2x too while a screen shows more than one pixel per point: a school PC's screen
never does, and a window that meets a sharper screen asks for its icons again (MainWindow)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap

from literacy_app.ui.look.palette import tokens


def _person(path: QPainterPath, x: float, y: float, scale: float) -> None:
    path.addEllipse(QPointF(x, y), 3.2 * scale, 3.2 * scale)
    path.moveTo(x - 6 * scale, y + 11 * scale)
    path.quadTo(QPointF(x, y + 2 * scale), QPointF(x + 6 * scale, y + 11 * scale))


def _switch(path: QPainterPath) -> None:
    _person(path, 8.5, 7.5, 1.0)
    _person(path, 16, 10.5, 0.85)


def _letter(path: QPainterPath, left: float, top: float, width: float, height: float) -> None:
    """A capital A in lines: two legs from the top middle, and the bar across them."""
    path.moveTo(left, top + height)
    path.lineTo(left + width / 2, top)
    path.lineTo(left + width, top + height)
    path.moveTo(left + width * 0.2, top + height * 0.62)
    path.lineTo(left + width * 0.8, top + height * 0.62)


def _line(path: QPainterPath, x1: float, y1: float, x2: float, y2: float) -> None:
    path.moveTo(x1, y1)
    path.lineTo(x2, y2)


def _smaller(path: QPainterPath) -> None:
    _letter(path, 3, 11, 8, 10)
    _line(path, 15, 8, 22, 8)


def _bigger(path: QPainterPath) -> None:
    _letter(path, 1, 4, 13, 17)
    _line(path, 15, 7, 22, 7)
    _line(path, 18.5, 3.5, 18.5, 10.5)


def _reset(path: QPainterPath) -> None:
    path.arcMoveTo(QRectF(4, 4, 16, 16), 60)
    path.arcTo(QRectF(4, 4, 16, 16), 60, 300)
    path.moveTo(16, 3)
    path.lineTo(16.5, 7.5)
    path.lineTo(12, 8)
    path.addEllipse(QPointF(12, 12), 0.45, 0.45)  # a dot: the pen's width fills it


def _teacher(path: QPainterPath) -> None:
    _line(path, 3, 21, 21, 21)
    for x, top in ((6, 13), (12, 7), (18, 10)):
        path.addRect(QRectF(x - 2, top, 4, 21 - top))


def _leave(path: QPainterPath) -> None:
    path.addRect(QRectF(4, 3, 10, 18))
    _line(path, 10, 12, 21, 12)
    path.moveTo(17, 8)
    path.lineTo(21, 12)
    path.lineTo(17, 16)


def _lessons(path: QPainterPath) -> None:
    for y in (6, 12, 18):
        path.addEllipse(QPointF(5, y), 1.2, 1.2)
        _line(path, 9, y, 21, y)


DRAWINGS: dict[str, Callable[[QPainterPath], None]] = {
    "lessons": _lessons, "switch": _switch, "smaller": _smaller, "bigger": _bigger, "reset": _reset,
    "teacher": _teacher, "leave": _leave,
}


def pixel_scales() -> tuple[int, ...]:
    """The scales worth painting icons at: 1, and 2 while any screen has more than one pixel per point."""
    sharp = any(screen.devicePixelRatio() > 1 for screen in QGuiApplication.screens())
    return (1, 2) if sharp else (1,)


def pen_of(colour: str) -> QPen:
    """The icons' pen: 1.8 px in COLOUR, with Qt's default square ends (a round end is a Qt-namespace value,
    and the first frame does without that namespace: see lazy_qt.py)."""
    pen = QPen()
    pen.setColor(QColor(colour))
    pen.setWidthF(1.8)
    return pen


def icon(name: str, theme: str, disabled: bool = True) -> QIcon:
    """The named icon in the theme's text colour (and its disabled colour for the disabled state)."""
    colours = tokens(theme)
    result = QIcon()
    states = [(QIcon.Mode.Normal, colours["text"])]
    if disabled:
        states.append((QIcon.Mode.Disabled, colours["disabled_text"]))
    scales = pixel_scales()
    path = QPainterPath()
    DRAWINGS[name](path)
    for mode, colour in states:
        for scale in scales:
            pixmap = QPixmap(24 * scale, 24 * scale)
            pixmap.setDevicePixelRatio(scale)
            pixmap.fill(QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.strokePath(path, pen_of(colour))
            painter.end()
            result.addPixmap(pixmap, mode)
    return result
