"""Toolbar icons, drawn as simple line pictures in the theme's text colour (shown beside their words).

Each is painted at 1x, and at 2x too while a screen shows more than one pixel per point: a school PC's screen
never does, and a window that meets a sharper screen asks for its icons again (MainWindow)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap

from literacy_app.ui.look.palette import tokens


def _person(painter: QPainter, x: float, y: float, scale: float) -> None:
    painter.drawEllipse(QPointF(x, y), 3.2 * scale, 3.2 * scale)
    body = QPainterPath()
    body.moveTo(x - 6 * scale, y + 11 * scale)
    body.quadTo(x, y + 2 * scale, x + 6 * scale, y + 11 * scale)
    painter.drawPath(body)


def _switch(painter: QPainter) -> None:
    _person(painter, 8.5, 7.5, 1.0)
    _person(painter, 16, 10.5, 0.85)


def _letter(painter: QPainter, size: int, rect: QRectF) -> None:
    font = QFont()
    font.setPixelSize(size)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "A")


def _smaller(painter: QPainter) -> None:
    _letter(painter, 12, QRectF(1, 6, 13, 16))
    painter.drawLine(QPointF(15, 8), QPointF(22, 8))


def _bigger(painter: QPainter) -> None:
    _letter(painter, 18, QRectF(0, 3, 16, 21))
    painter.drawLine(QPointF(15, 7), QPointF(22, 7))
    painter.drawLine(QPointF(18.5, 3.5), QPointF(18.5, 10.5))


def _reset(painter: QPainter) -> None:
    painter.drawArc(QRectF(4, 4, 16, 16), 60 * 16, 300 * 16)
    painter.drawLine(QPointF(16, 3), QPointF(16.5, 7.5))
    painter.drawLine(QPointF(16.5, 7.5), QPointF(12, 8))
    painter.drawPoint(QPointF(12, 12))


def _teacher(painter: QPainter) -> None:
    painter.drawLine(QPointF(3, 21), QPointF(21, 21))
    for x, top in ((6, 13), (12, 7), (18, 10)):
        painter.drawRect(QRectF(x - 2, top, 4, 21 - top))


def _leave(painter: QPainter) -> None:
    painter.drawRect(QRectF(4, 3, 10, 18))
    painter.drawLine(QPointF(10, 12), QPointF(21, 12))
    painter.drawLine(QPointF(17, 8), QPointF(21, 12))
    painter.drawLine(QPointF(17, 16), QPointF(21, 12))


def _lessons(painter: QPainter) -> None:
    for y in (6, 12, 18):
        painter.drawEllipse(QPointF(5, y), 1.2, 1.2)
        painter.drawLine(QPointF(9, y), QPointF(21, y))


DRAWINGS: dict[str, Callable[[QPainter], None]] = {
    "lessons": _lessons, "switch": _switch, "smaller": _smaller, "bigger": _bigger, "reset": _reset,
    "teacher": _teacher, "leave": _leave,
}


def pixel_scales() -> tuple[int, ...]:
    """The scales worth painting icons at: 1, and 2 while any screen has more than one pixel per point."""
    sharp = any(screen.devicePixelRatio() > 1 for screen in QGuiApplication.screens())
    return (1, 2) if sharp else (1,)


def icon(name: str, theme: str, disabled: bool = True) -> QIcon:
    """The named icon in the theme's text colour (and its disabled colour for the disabled state)."""
    colours = tokens(theme)
    result = QIcon()
    states = [(QIcon.Mode.Normal, colours["text"])]
    if disabled:
        states.append((QIcon.Mode.Disabled, colours["disabled_text"]))
    scales = pixel_scales()
    for mode, colour in states:
        for scale in scales:
            pixmap = QPixmap(24 * scale, 24 * scale)
            pixmap.setDevicePixelRatio(scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(QColor(colour), 1.8)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            DRAWINGS[name](painter)
            painter.end()
            result.addPixmap(pixmap, mode)
    return result
