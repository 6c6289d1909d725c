"""Sign in with pictures: pick the same 2 of 9 pictures chosen at the first sign-in.

The pictures are drawn here (no font or file can be missing), each in its own colour and shape with its name
under it, so they can be told apart without colour and read out by a screen reader. The grid is a row of
toggle buttons: Tab or the arrow keys move, Space picks or unpicks, Enter signs in once two are picked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGridLayout, QToolButton, QWidget

from literacy_app.learning.learner_secret import PICTURES, PICTURES_TO_PICK
from literacy_app.services.session import Profile
from literacy_app.services.sign_in import SignInService
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.shell.sign_in_page import SignInPage

ICON = 64
OUTLINE = "#1f2933"
# picked: a thick frame and a tick in the name; focused: a dashed frame (the theme's colours, via the palette)
GRID_STYLE = """
QToolButton#signInPicture { border: 2px solid palette(mid); border-radius: 10px; background: palette(base);
    padding: 6px; }
QToolButton#signInPicture:checked { border: 5px solid palette(highlight); background: palette(alternate-base); }
QToolButton#signInPicture:focus { border: 3px dashed palette(text); }
QToolButton#signInPicture:checked:focus { border: 5px dashed palette(highlight); }
"""


def _sun(p: QPainter) -> None:
    p.setBrush(QColor("#f6c445"))
    for step in range(8):
        p.save()
        p.translate(32, 32)
        p.rotate(step * 45)
        p.drawLine(QPointF(0, -18), QPointF(0, -28))
        p.restore()
    p.drawEllipse(QPointF(32, 32), 14, 14)


def _moon(p: QPainter) -> None:
    path = QPainterPath()
    path.addEllipse(QPointF(32, 32), 24, 24)
    bite = QPainterPath()
    bite.addEllipse(QPointF(44, 24), 20, 20)
    p.setBrush(QColor("#c9d3e0"))
    p.drawPath(path.subtracted(bite))


def _star(p: QPainter) -> None:
    import math

    points = [QPointF(32 + (26 if i % 2 == 0 else 11) * math.sin(i * math.pi / 5),
                      34 - (26 if i % 2 == 0 else 11) * math.cos(i * math.pi / 5)) for i in range(10)]
    p.setBrush(QColor("#f4a93b"))
    p.drawPolygon(QPolygonF(points))


def _tree(p: QPainter) -> None:
    p.setBrush(QColor("#8a5a34"))
    p.drawRect(QRectF(28, 40, 8, 18))
    p.setBrush(QColor("#3f9b4b"))
    p.drawPolygon(QPolygonF([QPointF(32, 6), QPointF(54, 44), QPointF(10, 44)]))


def _fish(p: QPainter) -> None:
    p.setBrush(QColor("#3b8fd9"))
    p.drawPolygon(QPolygonF([QPointF(46, 32), QPointF(60, 20), QPointF(60, 44)]))
    p.drawEllipse(QRectF(6, 18, 44, 28))
    p.setBrush(QColor(OUTLINE))
    p.drawEllipse(QPointF(18, 29), 3, 3)


def _house(p: QPainter) -> None:
    p.setBrush(QColor("#e9e2d0"))
    p.drawRect(QRectF(14, 30, 36, 26))
    p.setBrush(QColor("#c8452c"))
    p.drawPolygon(QPolygonF([QPointF(8, 32), QPointF(32, 8), QPointF(56, 32)]))
    p.setBrush(QColor("#6b4a2e"))
    p.drawRect(QRectF(27, 40, 10, 16))


def _boat(p: QPainter) -> None:
    p.setBrush(QColor("#ffffff"))
    p.drawPolygon(QPolygonF([QPointF(34, 8), QPointF(34, 40), QPointF(54, 40)]))
    p.drawLine(QPointF(32, 6), QPointF(32, 44))
    p.setBrush(QColor("#b5523b"))
    p.drawPolygon(QPolygonF([QPointF(6, 44), QPointF(58, 44), QPointF(48, 56), QPointF(16, 56)]))


def _flower(p: QPainter) -> None:
    p.drawLine(QPointF(32, 34), QPointF(32, 60))
    p.setBrush(QColor("#e76fa4"))
    for dx, dy in ((0, -12), (12, 0), (0, 12), (-12, 0)):
        p.drawEllipse(QPointF(32 + dx, 26 + dy), 9, 9)
    p.setBrush(QColor("#f6c445"))
    p.drawEllipse(QPointF(32, 26), 7, 7)


def _heart(p: QPainter) -> None:
    path = QPainterPath(QPointF(32, 56))
    path.cubicTo(QPointF(4, 36), QPointF(8, 8), QPointF(32, 20))
    path.cubicTo(QPointF(56, 8), QPointF(60, 36), QPointF(32, 56))
    p.setBrush(QColor("#d8344a"))
    p.drawPath(path)


DRAW: dict[str, Callable[[QPainter], None]] = {"sun": _sun, "moon": _moon, "star": _star, "tree": _tree,
                                              "fish": _fish, "house": _house, "boat": _boat, "flower": _flower,
                                              "heart": _heart}


def picture_icon(name: str, size: int = ICON) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 64, size / 64)
    painter.setPen(QPen(QColor(OUTLINE), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    DRAW[name](painter)
    painter.end()
    return QIcon(pixmap)


class SignInPicture(SignInPage):
    def __init__(self, sign_in: SignInService, profile: Profile, choosing: bool, parent: QWidget | None = None) -> None:
        super().__init__(sign_in, profile, choosing, parent)
        self.setAccessibleName(self.tr("Sign in with your pictures"))
        labels = {"sun": self.tr("Sun"), "moon": self.tr("Moon"), "star": self.tr("Star"), "tree": self.tr("Tree"),
                  "fish": self.tr("Fish"), "house": self.tr("House"), "boat": self.tr("Boat"),
                  "flower": self.tr("Flower"), "heart": self.tr("Heart")}
        grid = QGridLayout()
        grid.setSpacing(10)
        self.buttons: list[QToolButton] = []
        self._order: list[int] = []  # picked, oldest first: a third pick replaces the oldest
        self._labels = [labels[name] for name in PICTURES]
        for index, name in enumerate(PICTURES):
            button = QToolButton()
            button.setObjectName("signInPicture")
            button.setCheckable(True)
            button.setIcon(picture_icon(name))
            button.setIconSize(QSize(ICON, ICON))
            button.setText(labels[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setMinimumSize(QSize(112, 104))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(labels[name])
            button.setAccessibleDescription(self.tr("Picture {0} of {1}").format(index + 1, len(PICTURES)))
            button.toggled.connect(lambda checked, i=index: self._toggled(i, checked))
            button.installEventFilter(self)
            grid.addWidget(button, index // 3, index % 3)
            self.buttons.append(button)
        holder = QWidget()
        holder.setStyleSheet(GRID_STYLE)
        holder.setLayout(grid)
        holder.setAccessibleName(self.tr("Pictures"))
        self.body.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        self.forgot_button.setText(self.tr("I forgot my pictures"))
        self.set_tab_order(list(self.buttons))
        if choosing:
            self.show_choosing()
        else:
            self.title.setText(self.tr("Hello, {0}!").format(self.profile.name))
            self.hint.setText(self.tr("Pick your {0} pictures, then Sign in.").format(PICTURES_TO_PICK))
        self._update()

    def show_choosing(self) -> None:
        self.title.setText(self.tr("Hello, {0}! Choose your pictures").format(self.profile.name))
        self.hint.setText(self.tr("Pick {0} pictures that only you know, and remember them. "
                                  "You will pick them each time you sign in.").format(PICTURES_TO_PICK))
        self.submit_button.setText(self.tr("Next"))
        self.focus_first()

    def show_confirming(self) -> None:
        self.title.setText(self.tr("Pick the same {0} pictures again").format(PICTURES_TO_PICK))
        self.hint.setText(self.tr("To be sure you remember them."))
        self.submit_button.setText(self.tr("Save my pictures and start"))
        self.say(self.tr("Pick the same {0} pictures again.").format(PICTURES_TO_PICK))
        self.focus_first()

    def _toggled(self, index: int, checked: bool) -> None:
        self.buttons[index].setText(("✓ " if checked else "") + self._labels[index])
        if checked and index not in self._order:
            self._order.append(index)
            while len(self._order) > PICTURES_TO_PICK:
                self.buttons[self._order[0]].setChecked(False)  # unpicks it (and leaves _order below)
        elif not checked and index in self._order:
            self._order.remove(index)
        self._update()

    def _update(self) -> None:
        self.submit_button.setEnabled(self.ready() and not self.countdown.isActive())
        self.submit_button.setAccessibleDescription(
            self.tr("{0} of {1} pictures picked").format(len(self._order), PICTURES_TO_PICK))

    def secret(self) -> object:
        return list(self._order)

    def clear(self) -> None:
        for button in self.buttons:
            button.setChecked(False)
        self._order.clear()
        self._update()

    def ready(self) -> bool:
        return len(self._order) == PICTURES_TO_PICK

    def set_inputs_enabled(self, enabled: bool) -> None:
        for button in self.buttons:
            button.setEnabled(enabled)

    def focus_first(self) -> None:
        self.buttons[0].setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        """Arrow keys move around the 3x3 grid; Enter signs in once two pictures are picked."""
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress and watched in self.buttons:
            index = self.buttons.index(watched)
            moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -3, Qt.Key.Key_Down: 3}
            if event.key() in moves and 0 <= index + moves[event.key()] < len(self.buttons):
                self.buttons[index + moves[event.key()]].setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit()
                return True
        return super().eventFilter(watched, event)
