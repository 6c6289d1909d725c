"""A certificate of completion as a one-page PDF, drawn with QPainter on a QPdfWriter (landscape)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from literacy_app.large_buffers import keep_large_buffers_mapped
from literacy_app.services.learner import CertificateData
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.formats import as_long_date, percent_value

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
INK = QColor("#1b1b1f")
ACCENT = QColor("#1f4e79")
MUTED = QColor("#55585f")


class Certificate(QObject):
    """The catalogues' context for the certificate's words: it is written in the app's language."""


def completed_on_text(data: CertificateData) -> str:
    return as_long_date(data.completed_on)


def certificate_lines(data: CertificateData, include_score: bool = True) -> list[tuple[str, float, bool, QColor]]:
    """(text, size in points, bold, colour) from the top of the page to the bottom."""
    lessons = len(data.lessons)
    lines = [
        ("Media Literacy Lab", 13.0, True, ACCENT),
        (Certificate.tr("Certificate of completion"), 30.0, True, INK),
        (Certificate.tr("This certifies that"), 13.0, False, MUTED),
        (data.learner, 34.0, True, ACCENT),
        (Certificate.tr("has completed the course"), 13.0, False, MUTED),
        (Certificate.tr("“{0}”").format(data.course), 22.0, True, INK),
        (Certificate.tr("%n lesson(s) completed: {0}", "", lessons).format(" · ".join(data.lessons)), 10.0, False, INK),
    ]
    if include_score and data.percent is not None:
        lines.append((Certificate.tr("Overall score: {0}").format(percent_value(data.percent)), 13.0, True, INK))
    lines.append((Certificate.tr("Completed on {0}").format(completed_on_text(data)), 13.0, False, INK))
    return lines


def write_certificate(path: Path, data: CertificateData, include_score: bool = True, paper: str = "a4") -> Path:
    """Write the certificate; needs a QGuiApplication. Returns the path written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    keep_large_buffers_mapped()  # the writer's 16 MB page buffers must not leave the heap grown (Linux)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle(Certificate.tr("Certificate of completion: {0}, {1}").format(data.learner, data.course))
    writer.setCreator("Media Literacy Lab")
    page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    page.moveTo(0, 0)
    mm = writer.resolution() / 25.4
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ACCENT, 1.6 * mm))
        painter.drawRect(page.adjusted(0.8 * mm, 0.8 * mm, -0.8 * mm, -0.8 * mm))
        painter.setPen(QPen(ACCENT, 0.4 * mm))
        painter.drawRect(page.adjusted(4 * mm, 4 * mm, -4 * mm, -4 * mm))
        family = QGuiApplication.font().family()
        inner = page.adjusted(22 * mm, 16 * mm, -22 * mm, -16 * mm)
        text_area = QRectF(inner.left(), inner.top(), inner.width(), inner.height() - 24 * mm)  # above signatures
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        laid_out = []
        for text, size, bold, colour in certificate_lines(data, include_score):
            font = QFont(family)
            font.setPointSizeF(size)
            font.setBold(bold)
            painter.setFont(font)
            height = painter.boundingRect(text_area, flags, text).height()
            laid_out.append((text, font, colour, height, size * 0.22 * mm))  # the gap grows with the text
        total = sum(height + gap for *_, height, gap in laid_out)
        y = text_area.top() + max(0.0, (text_area.height() - total) / 2)  # the block is centred
        for text, font, colour, height, gap in laid_out:
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QRectF(text_area.left(), y, text_area.width(), height), flags, text)
            y += height + gap
        _signatures(painter, inner, data, family, mm)
    finally:
        painter.end()
    return path


def _signatures(painter: QPainter, inner: QRectF, data: CertificateData, family: str, mm: float) -> None:
    """Two lines to sign at the bottom: the teacher, and the school (its name from the config)."""
    font = QFont(family)
    font.setPointSizeF(11)
    painter.setFont(font)
    width = inner.width() * 0.34
    baseline = inner.bottom() - 7 * mm
    for left, caption in ((inner.left(), "Teacher"), (inner.right() - width, data.school or "School")):
        painter.setPen(QPen(MUTED, 0.3 * mm))
        painter.drawLine(int(left), int(baseline), int(left + width), int(baseline))
        painter.setPen(INK)
        painter.drawText(QRectF(left, baseline + 1.5 * mm, width, 8 * mm),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), caption)
