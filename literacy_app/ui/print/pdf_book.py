"""Lay printable chunks out on A4 or Letter pages and write them as a PDF (QPdfWriter + QTextDocument).

Each chunk is one small QTextDocument. A chunk that does not fit in what is left of a page starts the next
page, so a question, a scenario part or a post card is never split where that can be avoided; only a chunk
taller than a whole page is cut, and then between two lines of text. Headings keep with what follows.
Every page has a footer with the lesson's title and "page n of N".
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from literacy_app.large_buffers import keep_large_buffers_mapped
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.print.lesson_html import STYLE, Chunk, Worksheet

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
DPI = 96  # layout in the same pixels as the screen; text and pictures stay sharp in the PDF
FONT_PT = 11.0
FOOTER_PX = 28
KEEP_WITH_NEXT_PX = 60  # a heading needs this much of what follows on the same page
MAX_IMAGE_HEIGHT_SHARE = 0.45  # a picture takes at most this share of a page's height
POST_IMAGE_SHARE = 0.28
IMG_RE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Placed:
    page: int
    chunk_index: int
    top: float  # on the page, in body coordinates
    start: float  # the part of the chunk's document shown: from start to end
    end: float


def _image_html(tag: str, folder: Path | None, document: QTextDocument, width: float, height: float,
                counter: list[int]) -> str:
    """A picture from the lesson folder, scaled to fit; its alt text when it is missing or outside the folder."""
    attrs = dict(ATTR_RE.findall(tag))
    source, alt = html.unescape(attrs.get("src", "")), html.unescape(attrs.get("alt", ""))
    image = QImage()
    if folder is not None and source and "://" not in source:
        base = folder.resolve()
        target = (base / source).resolve()
        if base in target.parents and target.is_file():
            image = QImage(str(target))
    if image.isNull():
        text = alt or source or Worksheet.tr("picture")
        return "<i>" + html.escape(Worksheet.tr("[Picture: {0}]").format(text)) + "</i>"
    if attrs.get("class") == "post":  # pictures in post cards stay small: several cards fit on a page
        height *= POST_IMAGE_SHARE / MAX_IMAGE_HEIGHT_SHARE
    scale = min(1.0, width / image.width(), height / image.height())
    counter[0] += 1
    name = f"printimage{counter[0]}"
    document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), image)
    return (f'<img src="{name}" width="{int(image.width() * scale)}" height="{int(image.height() * scale)}" '
            f'alt="{html.escape(alt)}">')


class PdfBook:
    """Chunks of several lessons in one PDF: make the documents, paginate, then paint."""

    def __init__(self, path: Path, paper: str = "a4", title: str = "") -> None:
        self.path = Path(path)
        keep_large_buffers_mapped()  # the writer's 16 MB page buffers must not leave the heap grown (Linux)
        self.writer = QPdfWriter(str(self.path))
        self.writer.setResolution(DPI)
        self.writer.setPageSize(QPageSize(PAPERS[paper]))
        self.writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout.Unit.Millimeter)
        self.writer.setTitle(title)
        self.writer.setCreator("Media Literacy Lab")
        body = self.writer.pageLayout().paintRectPixels(DPI)
        self.width = float(body.width())
        self.height = float(body.height() - FOOTER_PX)
        self.font = QFont(QGuiApplication.font().family())  # the system's own: it has the symbols and accents
        self.font.setPointSizeF(FONT_PT)
        self._images = [0]

    def document(self, chunk: Chunk) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.writer)
        document.setDefaultFont(self.font)
        document.setDefaultStyleSheet(STYLE)
        document.setDocumentMargin(2)
        text = IMG_RE.sub(lambda match: _image_html(match.group(0), chunk.folder, document, self.width - 8,
                                                    self.height * MAX_IMAGE_HEIGHT_SHARE, self._images), chunk.html)
        document.setHtml(text)
        document.setTextWidth(self.width)
        return document

    @staticmethod
    def _line_bottoms(document: QTextDocument) -> list[float]:
        """Where a page may cut a document that is taller than a page: below each line of text."""
        bottoms = []
        layout = document.documentLayout()
        block = document.begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            lines = block.layout()
            for index in range(lines.lineCount()):
                line = lines.lineAt(index)
                bottoms.append(rect.top() + line.y() + line.height())
            block = block.next()
        return sorted(set(bottoms))

    def paginate(self, documents: Sequence[QTextDocument], chunks: Sequence[Chunk]) -> list[Placed]:
        placed: list[Placed] = []
        page, y = 0, 0.0
        for index, (document, chunk) in enumerate(zip(documents, chunks, strict=True)):
            height = document.size().height()
            if chunk.new_page and (placed and y > 0):
                page, y = page + 1, 0.0
            needed = self._needed(documents, chunks, index)
            if y > 0 and needed > self.height - y and needed <= self.height:
                page, y = page + 1, 0.0
            start = 0.0
            while height - start > self.height - y + 0.5:  # taller than what is left: cut between lines
                if y > 0 and height - start <= self.height:
                    page, y = page + 1, 0.0
                    continue
                limit = start + self.height - y
                cut = max((b for b in self._line_bottoms(document) if start < b <= limit), default=limit)
                if cut <= start + 1:
                    if y > 0:  # not even one line fits here: go on on the next page
                        page, y = page + 1, 0.0
                        continue
                    cut = limit
                placed.append(Placed(page, index, y, start, cut))
                page, y, start = page + 1, 0.0, cut
            placed.append(Placed(page, index, y, start, height))
            y += height - start
        return placed

    def _needed(self, documents: Sequence[QTextDocument], chunks: Sequence[Chunk], index: int) -> float:
        """The room a chunk needs where it starts: a heading with the headings right after it and all of the
        chunk they introduce when that fits on one page, else with the first lines of it."""
        total = documents[index].size().height()
        while chunks[index].keep_with_next and index + 1 < len(chunks):
            index += 1
            following = documents[index].size().height()
            if total + following > self.height:
                return total + min(following, KEEP_WITH_NEXT_PX)
            total += following
        return total

    def write(self, chunks: Sequence[Chunk]) -> int:
        """Lay out and paint every chunk; returns the number of pages."""
        documents = [self.document(chunk) for chunk in chunks]
        placed = self.paginate(documents, chunks)
        pages = (placed[-1].page + 1) if placed else 1
        painter = QPainter()
        if not painter.begin(self.writer):
            raise OSError(f"cannot write {self.path}")
        try:
            current = 0
            footers: dict[int, str] = {}
            for item in placed:
                while current < item.page:
                    self._footer(painter, current, pages, footers.get(current, ""))
                    self.writer.newPage()
                    current += 1
                footers.setdefault(item.page, chunks[item.chunk_index].title)
                document = documents[item.chunk_index]
                painter.save()
                painter.translate(0, item.top - item.start)
                document.drawContents(painter, QRectF(0, item.start, self.width, item.end - item.start))
                painter.restore()
            self._footer(painter, current, pages, footers.get(current, ""))
        finally:
            painter.end()
        return pages

    def _footer(self, painter: QPainter, page: int, pages: int, title: str) -> None:
        painter.save()
        font = QFont(self.font)
        font.setPointSizeF(8.5)
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        area = QRectF(0, self.height + 6, self.width, FOOTER_PX - 6)
        painter.drawLine(0, int(self.height + 4), int(self.width), int(self.height + 4))
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         Worksheet.tr("Page {0} of {1}").format(page + 1, pages))
        painter.restore()


def page_size_mm(paper: str) -> QSizeF:
    return QPageSize(PAPERS[paper]).size(QPageSize.Unit.Millimeter)
