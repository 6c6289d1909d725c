"""Draw the diagrams used by the Parasocial relationships course.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_diagrams.py

Each diagram is drawn with QPainter on a QImage and saved as PNG inside the
lesson folder that uses it. Diagrams use dark text on light boxes, thick
outlines, numbered steps and arrowheads, so nothing depends on colour alone.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

ROOT = Path(__file__).resolve().parent.parent
COURSE = ROOT / "lessons" / "parasocial"

WIDTH, HEIGHT = 900, 500
INK = QColor("#1a1a1a")
PAPER = QColor("#ffffff")
MUTED = QColor("#444444")
FILLS = {
    "blue": QColor("#dbe9f7"),
    "yellow": QColor("#fbf0c9"),
    "green": QColor("#dcefd9"),
    "rose": QColor("#f6dede"),
    "grey": QColor("#ececec"),
}


def font(size: int, bold: bool = False) -> QFont:
    f = QFont("DejaVu Sans")
    f.setPixelSize(size)
    f.setBold(bold)
    return f


class Canvas:
    def __init__(self, title: str) -> None:
        self.image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
        self.image.fill(PAPER)
        self.p = QPainter(self.image)
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.p.setPen(INK)
        self.p.setFont(font(30, bold=True))
        self.p.drawText(QRectF(20, 12, WIDTH - 40, 44), Qt.AlignmentFlag.AlignCenter, title)

    def box(self, rect: QRectF, text: str, fill: str = "blue", number: str | None = None,
            size: int = 21, dashed: bool = False) -> QRectF:
        pen = QPen(INK, 3)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.p.setPen(pen)
        self.p.setBrush(QBrush(FILLS[fill]))
        self.p.drawRoundedRect(rect, 14, 14)
        text_rect = rect.adjusted(12, 8, -12, -8)
        if number:
            # A numbered badge in the top-left corner, so the order is readable without colour.
            badge = QRectF(rect.left() - 16, rect.top() - 16, 36, 36)
            self.p.setBrush(QBrush(INK))
            self.p.drawEllipse(badge)
            self.p.setPen(PAPER)
            self.p.setFont(font(20, bold=True))
            self.p.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)
        self.p.setPen(INK)
        self.p.setFont(font(size, bold=False))
        self.p.drawText(text_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        return rect

    def arrow(self, a: QPointF, b: QPointF, label: str | None = None, dashed: bool = False,
              both: bool = False, width: float = 4) -> None:
        pen = QPen(INK, width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.p.setPen(pen)
        self.p.drawLine(a, b)
        self._head(a, b)
        if both:
            self._head(b, a)
        if label:
            mid = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
            self.label(mid, label)

    def _head(self, a: QPointF, b: QPointF, size: float = 18) -> None:
        angle = math.atan2(b.y() - a.y(), b.x() - a.x())
        left = QPointF(b.x() - size * math.cos(angle - 0.45), b.y() - size * math.sin(angle - 0.45))
        right = QPointF(b.x() - size * math.cos(angle + 0.45), b.y() - size * math.sin(angle + 0.45))
        self.p.setPen(QPen(INK, 1))
        self.p.setBrush(QBrush(INK))
        self.p.drawPolygon(QPolygonF([b, left, right]))

    def curved_arrow(self, a: QPointF, ctrl: QPointF, b: QPointF) -> None:
        path = QPainterPath(a)
        path.quadTo(ctrl, b)
        self.p.setPen(QPen(INK, 4))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawPath(path)
        self._head(ctrl, b)

    def label(self, centre: QPointF, text: str, size: int = 18, w: float = 220) -> None:
        self.p.setFont(font(size, bold=True))
        metrics = self.p.fontMetrics()
        rect = QRectF(centre.x() - w / 2, centre.y() - 40, w, 80)
        bound = metrics.boundingRect(rect.toRect(), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        bg = QRectF(bound).adjusted(-6, -3, 6, 3)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(PAPER))
        self.p.drawRect(bg)
        self.p.setPen(INK)
        self.p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def note(self, rect: QRectF, text: str, size: int = 19) -> None:
        self.p.setPen(MUTED)
        self.p.setFont(font(size, bold=False))
        self.p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def save(self, path: Path) -> None:
        self.p.end()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self.image.save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        print(f"wrote {path.relative_to(ROOT)}")


def loop(c: Canvas, texts: list[str], fills: list[str], centre_text: str) -> None:
    """Four numbered boxes in a clockwise loop around a centre caption."""
    bw, bh = 300, 96
    top = QRectF((WIDTH - bw) / 2, 70, bw, bh)
    right = QRectF(WIDTH - bw - 40, 200, bw, bh)
    bottom = QRectF((WIDTH - bw) / 2, 380, bw, bh)
    left = QRectF(40, 200, bw, bh)
    rects = [top, right, bottom, left]
    for i, (r, t, f) in enumerate(zip(rects, texts, fills, strict=True)):
        c.box(r, t, f, number=str(i + 1))
    c.curved_arrow(QPointF(top.right(), top.center().y()), QPointF(right.center().x(), top.center().y()),
                   QPointF(right.center().x(), right.top() - 4))
    c.curved_arrow(QPointF(right.center().x(), right.bottom()), QPointF(right.center().x(), bottom.center().y()),
                   QPointF(bottom.right() + 4, bottom.center().y()))
    c.curved_arrow(QPointF(bottom.left(), bottom.center().y()), QPointF(left.center().x(), bottom.center().y()),
                   QPointF(left.center().x(), left.bottom() + 4))
    c.curved_arrow(QPointF(left.center().x(), left.top()), QPointF(left.center().x(), top.center().y()),
                   QPointF(top.left() - 4, top.center().y()))
    c.note(QRectF(WIDTH / 2 - 110, 215, 220, 70), centre_text, size=20)


def one_way_vs_two_way() -> None:
    c = Canvas("Friendship vs. parasocial relationship")
    # Left panel: friendship, arrows both ways.
    c.note(QRectF(40, 70, 400, 34), "FRIENDSHIP: both sides take part", size=21)
    a = c.box(QRectF(60, 130, 150, 80), "You", "green")
    b = c.box(QRectF(270, 130, 150, 80), "Your friend", "green")
    c.arrow(QPointF(a.right() + 4, a.center().y() - 14), QPointF(b.left() - 4, b.center().y() - 14))
    c.arrow(QPointF(b.left() - 4, b.center().y() + 14), QPointF(a.right() + 4, a.center().y() + 14))
    c.note(QRectF(40, 230, 400, 120),
           "You both know each other.\nYou both share, listen and help.\nEither one can say \"I need you\".",
           size=20)
    # Divider.
    c.p.setPen(QPen(MUTED, 2, Qt.PenStyle.DashLine))
    c.p.drawLine(QPointF(450, 80), QPointF(450, 470))
    # Right panel: parasocial, one arrow, dashed return.
    c.note(QRectF(460, 70, 420, 34), "PARASOCIAL: only one side knows", size=21)
    v = c.box(QRectF(480, 130, 150, 80), "You, the viewer", "yellow", size=19)
    cr = c.box(QRectF(740, 130, 150, 80), "The creator", "blue")
    c.arrow(QPointF(v.right() + 4, v.center().y()), QPointF(cr.left() - 4, cr.center().y()))
    c.label(QPointF(660, 262), "You give time, attention, feelings, money", size=17, w=190)
    c.arrow(QPointF(cr.center().x(), cr.bottom() + 4), QPointF(cr.center().x(), 300), dashed=True)
    c.box(QRectF(725, 305, 165, 70), "Posts to millions", "grey", size=19, dashed=True)
    c.note(QRectF(460, 385, 430, 90),
           "The creator speaks to everyone at once.\nThey do not know you personally.",
           size=20)
    c.save(COURSE / "01-what-is-parasocial" / "images" / "one-way-vs-two-way.png")


def intimacy_loop() -> None:
    c = Canvas("The intimacy loop")
    loop(
        c,
        [
            "Creator shares personal moments and talks \"just to you\"",
            "You feel you really know them",
            "You watch, like and comment more",
            "More views and money: the creator shares even more",
        ],
        ["blue", "yellow", "green", "rose"],
        "It feels close,\nbut it stays\none-sided",
    )
    c.save(COURSE / "02-illusion-of-intimacy" / "images" / "intimacy-loop.png")


def engagement_loop() -> None:
    c = Canvas("The engagement loop")
    loop(
        c,
        [
            "You watch, pause, like or comment",
            "The app records what held your attention",
            "It recommends similar, often more intense, videos",
            "You stay longer and react more strongly",
        ],
        ["yellow", "grey", "blue", "rose"],
        "Goal of the app:\nmore time spent,\nmore ads seen",
    )
    c.save(COURSE / "04-algorithms-and-fomo" / "images" / "engagement-loop.png")


def money_trail() -> None:
    c = Canvas("Where the money goes: an affiliate code")
    y = 170
    boxes = [
        ("You buy with the code \"MILO15\"", "yellow"),
        ("The brand sells the product", "blue"),
        ("The creator earns a share of each sale", "green"),
    ]
    rects = []
    for i, (text, fill) in enumerate(boxes):
        r = QRectF(40 + i * 295, y, 230, 120)
        rects.append(c.box(r, text, fill, number=str(i + 1)))
    for r1, r2 in zip(rects, rects[1:], strict=False):
        c.arrow(QPointF(r1.right() + 4, r1.center().y()), QPointF(r2.left() - 6, r2.center().y()))
    c.label(QPointF(rects[0].right() + 32, y + 150), "you pay", size=18, w=120)
    c.label(QPointF(rects[1].right() + 32, y + 150), "brand pays commission", size=18, w=220)
    c.box(QRectF(150, 360, 600, 100),
          "A clear label (#ad, \"paid partnership\", \"I earn from this link\") "
          "lets you see this trail before you buy.",
          "grey", size=20)
    c.save(COURSE / "03-sponsorship-and-ethics" / "images" / "affiliate-money-trail.png")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    one_way_vs_two_way()
    intimacy_loop()
    engagement_loop()
    money_trail()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
