"""Draw the diagrams used by the Parasocial relationships course.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_diagrams.py

Each diagram is drawn with QPainter on a QImage and saved as a small 8-bit PNG
(tools/post_art.py) inside the lesson folder that uses it. Diagrams use dark text
on light boxes, thick outlines, numbered steps and arrowheads, so nothing depends
on colour alone.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from post_art import Art, save_small
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
        save_small(self.image, path)


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


def highlight_reel() -> None:
    """Lesson 5: the post next to the scene it was cut from."""
    a = Art("#ffffff", WIDTH, HEIGHT)
    a.text(20, 12, WIDTH - 40, 44, "The highlight reel", size=30, bold=True)
    # left: the post as followers see it
    a.text(30, 62, 330, 30, "What the post shows", size=21)
    a.rect(70, 100, 250, 330, "#fff4e6", radius=12)
    a.person(195, 118, 1.05, skin=0, hair=2, shirt="#f783ac", style="long", perfect=True)
    a.ellipse(195, 330, 60, 24, "#b2f2bb")  # the perfect smoothie bowl
    a.star(175, 320, 8, "#ff8787")
    a.star(215, 325, 8, "#845ef7")
    a.text(70, 360, 250, 60, "\"just woke up like this\"", size=18)
    # right: the same moment from further back
    a.text(430, 62, 440, 30, "What was around it", size=21)
    a.rect(410, 100, 470, 330, "#f1f3f5", radius=12, outline=2)
    a.ellipse(520, 190, 62, 62, None, 8)  # the ring light
    a.line(520, 252, 520, 400, 5)
    a.rect(595, 180, 40, 70, "#343a40", radius=6)  # phone on a tripod
    a.line(615, 250, 590, 400, 4)
    a.line(615, 250, 640, 400, 4)
    for i, x in enumerate((690, 750, 810)):  # three failed bowls, each with a spill
        a.ellipse(x + 8 - 4 * i, 398, 22 + 4 * i, 7, "#c0eb75", 0)
        a.ellipse(x, 380, 24, 12, "#d8f5a2")
    a.ellipse(700, 150, 60, 24, "#ced4da")  # a pile of clothes
    a.ellipse(735, 140, 40, 18, "#adb5bd")
    a.rect(760, 200, 110, 80, "#ffffff", radius=6, outline=2)  # the editing app
    a.text(762, 202, 106, 24, "smooth skin", size=13, bold=True)
    a.line(775, 245, 855, 245, 3)
    a.ellipse(840, 245, 7, 7, "#4263eb", 2)
    a.text(420, 430, 450, 40, "photo 47 of 48", size=20, bold=True, colour="#c92a2a")
    a.text(20, 458, WIDTH - 40, 36, "You compare your whole day with their best second.", size=20,
           colour="#444444")
    a.save(COURSE / "05-wellbeing-and-identity" / "images" / "highlight-reel.png")


def creator_income() -> None:
    """Lesson 7: where a creator's money comes from."""
    c = Canvas("How a creator gets paid")
    centre = c.box(QRectF(WIDTH / 2 - 100, 215, 200, 80), "The creator", "yellow", size=24)
    sources = [
        (QRectF(30, 80, 250, 100), "Ads: the platform shares part of the ad money", "blue"),
        (QRectF(325, 70, 250, 90), "Brand deals: a brand pays, under a contract", "green"),
        (QRectF(620, 80, 250, 100), "Affiliate codes and links: a shop pays a commission", "rose"),
        (QRectF(30, 320, 250, 110), "Fans: memberships, tips and live gifts (the platform keeps a share)", "grey"),
        (QRectF(620, 320, 250, 110), "Gifts: free products and trips, hoping for a post", "blue"),
    ]
    for rect, text, fill in sources:
        c.box(rect, text, fill, size=18)
        start = rect.center()
        end = centre.center()
        # stop the arrow at the edge of the creator's box
        t = 0.62 if abs(start.y() - end.y()) > 60 else 0.7
        c.arrow(QPointF(start.x() + (end.x() - start.x()) * 0.45, start.y() + (end.y() - start.y()) * 0.45),
                QPointF(start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t))
    c.note(QRectF(300, 330, 300, 110), "Every one of these should be clear to viewers.", size=20)
    c.save(COURSE / "08-behind-the-screen" / "images" / "creator-income.png")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    one_way_vs_two_way()
    intimacy_loop()
    engagement_loop()
    money_trail()
    highlight_reel()
    creator_income()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
