"""Drawing helpers for the course's pictures: flat shapes, simple people, products and platform labels.

Used by tools/make_post_images.py and tools/make_diagrams.py. Everything is drawn with QPainter on a
QImage (offscreen: QT_QPA_PLATFORM=offscreen) and saved as an 8-bit PNG whose palette is taken from
the picture itself, so flat drawings stay well under 60 KB without shifting their colours.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF

ROOT = Path(__file__).resolve().parent.parent
COURSE = ROOT / "lessons" / "parasocial"
MAX_BYTES = 60_000

INK = QColor("#1a1a1a")
WHITE = QColor("#ffffff")
SKINS = [QColor(c) for c in ("#f1c9a5", "#d9a066", "#a86b3c", "#7a4a26", "#f6d7c3")]
HAIRS = [QColor(c) for c in ("#2b1d14", "#6b3e1f", "#d9a441", "#111111", "#8e3b2c", "#c7c7d6")]


def font(size: int, bold: bool = False) -> QFont:
    f = QFont("DejaVu Sans")
    f.setPixelSize(size)
    f.setBold(bold)
    return f


def save_small(image: QImage, path: Path) -> None:
    """Save as an 8-bit PNG with the picture's own 256 most common colours (flat art loses nothing)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(rgb.constBits())
    counts = Counter(int.from_bytes(data[i:i + 4], "little") | 0xFF000000 for i in range(0, len(data), 4))
    table = [colour for colour, _n in counts.most_common(256)]
    indexed = rgb.convertToFormat(QImage.Format.Format_Indexed8, table, Qt.ImageConversionFlag.ThresholdDither)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not indexed.save(str(path), "PNG", 0):  # 0: the smallest file
        raise RuntimeError(f"could not write {path}")
    size = path.stat().st_size
    if size >= MAX_BYTES:
        raise RuntimeError(f"{path} is {size} bytes; pictures must stay under {MAX_BYTES}")
    print(f"wrote {path.relative_to(ROOT)} ({size // 1000} KB)")


class Art:
    """A picture for a feed post (460 x 300 by default) with a painter ready to draw on."""

    def __init__(self, background: str, width: int = 460, height: int = 300) -> None:
        self.w, self.h = width, height
        self.image = QImage(width, height, QImage.Format.Format_RGB32)
        self.image.fill(QColor(background))
        self.p = QPainter(self.image)
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.p.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    # -- basic shapes ---------------------------------------------------------------------------
    def _style(self, fill: str | QColor | None, outline: float) -> None:
        self.p.setPen(QPen(INK, outline) if outline else Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(QColor(fill)) if fill is not None else Qt.BrushStyle.NoBrush)

    def rect(self, x: float, y: float, w: float, h: float, fill: str | QColor | None, radius: float = 0,
             outline: float = 3) -> QRectF:
        r = QRectF(x, y, w, h)
        self._style(fill, outline)
        self.p.drawRoundedRect(r, radius, radius)
        return r

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill: str | QColor | None,
                outline: float = 3) -> None:
        self._style(fill, outline)
        self.p.drawEllipse(QPointF(cx, cy), rx, ry)

    def polygon(self, points: list[tuple[float, float]], fill: str | QColor | None, outline: float = 3) -> None:
        self._style(fill, outline)
        self.p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 3, colour: str | QColor = INK) -> None:
        self.p.setPen(QPen(QColor(colour), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.p.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def arc(self, cx: float, cy: float, rx: float, ry: float, start: float, span: float, width: float = 3,
            colour: str | QColor = INK) -> None:
        self.p.setPen(QPen(QColor(colour), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawArc(QRectF(cx - rx, cy - ry, 2 * rx, 2 * ry), int(start * 16), int(span * 16))

    def text(self, x: float, y: float, w: float, h: float, text: str, size: int = 18, bold: bool = False,
             colour: str | QColor = INK, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
        self.p.setPen(QColor(colour))
        self.p.setFont(font(size, bold))
        self.p.drawText(QRectF(x, y, w, h), int(align | Qt.TextFlag.TextWordWrap), text)

    # -- people ----------------------------------------------------------------------------------
    def person(self, cx: float, top: float, scale: float = 1.0, skin: int = 0, hair: int = 0,
               shirt: str = "#5c7cfa", style: str = "short", mood: str = "smile", perfect: bool = False) -> None:
        """A head-and-shoulders figure; `perfect` draws the too-even face of a computer-made character."""
        s = scale
        head_r = 38 * s
        hx, hy = cx, top + head_r + 6 * s
        # shoulders
        self.rect(cx - 70 * s, hy + head_r + 4 * s, 140 * s, 120 * s, shirt, radius=40 * s)
        # long hair sits behind the head
        if style == "long":
            self.rect(cx - head_r - 10 * s, hy - head_r * 0.6, 2 * head_r + 20 * s, head_r * 2.4, HAIRS[hair],
                      radius=26 * s)
        self.ellipse(hx, hy, head_r, head_r * 1.08, SKINS[skin])
        # hair on top
        path = QPainterPath()
        path.moveTo(hx - head_r - 2 * s, hy - 4 * s)
        path.cubicTo(hx - head_r, hy - head_r * 1.6, hx + head_r, hy - head_r * 1.6, hx + head_r + 2 * s, hy - 4 * s)
        path.cubicTo(hx + head_r * 0.4, hy - head_r * 0.7, hx - head_r * 0.4, hy - head_r * 0.7,
                     hx - head_r - 2 * s, hy - 4 * s)
        self.p.setPen(QPen(INK, 3))
        self.p.setBrush(QBrush(HAIRS[hair]))
        self.p.drawPath(path)
        if style == "bun":
            self.ellipse(hx, hy - head_r * 1.15, 16 * s, 14 * s, HAIRS[hair])
        eye_y = hy + 2 * s
        if mood == "sleepy":
            self.arc(hx - 13 * s, eye_y, 6 * s, 4 * s, 180, 180, 2.5)
            self.arc(hx + 13 * s, eye_y, 6 * s, 4 * s, 180, 180, 2.5)
        else:
            r = 4.5 * s if perfect else 4 * s
            self.ellipse(hx - 13 * s, eye_y, r, r, INK, 0)
            self.ellipse(hx + 13 * s, eye_y, r, r, INK, 0)
            if perfect:  # highlights in both eyes, placed identically: the too-perfect look
                self.ellipse(hx - 11.5 * s, eye_y - 1.5 * s, 1.5 * s, 1.5 * s, WHITE, 0)
                self.ellipse(hx + 14.5 * s, eye_y - 1.5 * s, 1.5 * s, 1.5 * s, WHITE, 0)
        if mood == "sad":
            self.arc(hx, hy + 26 * s, 12 * s, 7 * s, 20, 140, 2.5)
        elif mood == "open":
            self.ellipse(hx, hy + 20 * s, 8 * s, 6 * s, "#7a2230", 2)
        else:
            self.arc(hx, hy + 12 * s, 14 * s, 10 * s, 200, 140, 2.5)
        if perfect:
            self.ellipse(hx - 24 * s, hy + 12 * s, 6 * s, 4 * s, "#f4a6a6", 0)
            self.ellipse(hx + 24 * s, hy + 12 * s, 6 * s, 4 * s, "#f4a6a6", 0)

    # -- things ----------------------------------------------------------------------------------
    def heart(self, cx: float, cy: float, size: float, fill: str = "#e8467c") -> None:
        s = size
        path = QPainterPath()
        path.moveTo(cx, cy + s * 0.9)
        path.cubicTo(cx - s * 1.4, cy - s * 0.1, cx - s * 0.7, cy - s * 1.1, cx, cy - s * 0.35)
        path.cubicTo(cx + s * 0.7, cy - s * 1.1, cx + s * 1.4, cy - s * 0.1, cx, cy + s * 0.9)
        self.p.setPen(QPen(INK, 2))
        self.p.setBrush(QBrush(QColor(fill)))
        self.p.drawPath(path)

    def star(self, cx: float, cy: float, r: float, fill: str = "#ffd43b", points: int = 5) -> None:
        import math

        pts = []
        for i in range(points * 2):
            radius = r if i % 2 == 0 else r * 0.45
            angle = math.pi / points * i - math.pi / 2
            pts.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
        self.polygon(pts, fill, 2)

    def bottle(self, x: float, y: float, w: float, h: float, fill: str, label: str = "", cap: str = "#333333") -> None:
        self.rect(x + w * 0.3, y, w * 0.4, h * 0.18, cap, radius=4)
        self.rect(x, y + h * 0.15, w, h * 0.85, fill, radius=w * 0.25)
        if label:
            self.rect(x + 6, y + h * 0.45, w - 12, h * 0.25, WHITE, radius=4, outline=2)
            self.text(x + 6, y + h * 0.45, w - 12, h * 0.25, label, size=max(10, int(w / 6)), bold=True)

    def can(self, x: float, y: float, w: float, h: float, fill: str, label: str) -> None:
        self.rect(x, y, w, h, fill, radius=10)
        self.line(x + 4, y + 12, x + w - 4, y + 12, 2)
        self.line(x + 4, y + h - 12, x + w - 4, y + h - 12, 2)
        self.p.save()
        self.p.translate(x + w / 2, y + h / 2)
        self.p.rotate(-90)
        self.text(-h / 2 + 14, -w / 2, h - 28, w, label, size=int(w / 3.2), bold=True, colour=WHITE)
        self.p.restore()

    def box(self, x: float, y: float, w: float, h: float, fill: str, lid: str, label: str = "") -> None:
        self.rect(x, y + h * 0.22, w, h * 0.78, fill, radius=6)
        self.rect(x - 8, y, w + 16, h * 0.26, lid, radius=6)
        if label:
            self.text(x, y + h * 0.3, w, h * 0.6, label, size=int(h / 6), bold=True)

    def phone(self, x: float, y: float, w: float, h: float, screen: str = "#dbe9f7") -> QRectF:
        self.rect(x, y, w, h, "#2d2d2d", radius=14)
        return self.rect(x + 8, y + 16, w - 16, h - 32, screen, radius=6, outline=0)

    # -- platform furniture -----------------------------------------------------------------------
    def pill(self, x: float, y: float, text: str, fill: str, colour: str | QColor = WHITE, size: int = 16,
             pad: float = 10) -> QRectF:
        self.p.setFont(font(size, True))
        width = self.p.fontMetrics().horizontalAdvance(text) + 2 * pad
        r = self.rect(x, y, width, size + 12, fill, radius=(size + 12) / 2, outline=0)
        self.text(r.x(), r.y(), r.width(), r.height(), text, size=size, bold=True, colour=colour)
        return r

    def partnership_bar(self, text: str) -> None:
        """The strip a platform shows above a branded post: 'Paid partnership with ...'."""
        self.rect(0, 0, self.w, 34, "#ffffff", outline=0)
        self.line(0, 34, self.w, 34, 1.5, "#9a9a9a")
        self.text(12, 0, self.w - 24, 34, text, size=15, colour="#333333",
                  align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def video_bar(self, played: float = 0.4) -> None:
        """A video player's progress bar along the bottom edge."""
        self.rect(0, self.h - 14, self.w, 14, "#000000", outline=0)
        self.rect(0, self.h - 10, self.w * played, 6, "#e03131", outline=0)
        self.ellipse(self.w * played, self.h - 7, 6, 6, "#e03131", 0)

    def live_badge(self, x: float = 12, y: float = 12, viewers: str = "") -> None:
        r = self.pill(x, y, "LIVE", "#e03131")
        if viewers:
            self.pill(r.right() + 8, y, viewers, "#333333")

    def chat(self, x: float, y: float, w: float, lines: list[tuple[str, str]], size: int = 13) -> None:
        """A live chat column: (name, message) lines on a dark panel."""
        h = len(lines) * (size + 12) + 12
        self.rect(x, y, w, h, "#1f1f2e", radius=8, outline=0)
        colours = ("#74c0fc", "#ffa8a8", "#b2f2bb", "#ffe066", "#d0bfff")
        for i, (name, message) in enumerate(lines):
            ly = y + 8 + i * (size + 12)
            self.p.setFont(font(size, True))
            name_w = self.p.fontMetrics().horizontalAdvance(name + ":") + 6
            self.text(x + 8, ly, name_w, size + 8, name + ":", size=size, bold=True, colour=colours[i % len(colours)],
                      align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.text(x + 8 + name_w, ly, w - name_w - 14, size + 8, message, size=size, colour=WHITE,
                      align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def save(self, path: Path) -> None:
        self.p.end()
        save_small(self.image, path)
