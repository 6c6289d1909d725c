"""A read-only rich-text view for lesson prose that grows to fit its text and never fetches anything remote."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QTextDocument
from PySide6.QtWidgets import QFrame, QMessageBox, QSizePolicy, QTextBrowser, QWidget

from literacy_app.ui.lazy_qt import Qt, set_by_name

if TYPE_CHECKING:  # made for a lesson's pictures only: a step of text is painted without its enums
    from PySide6.QtGui import QImage

EXTERNAL_SCHEMES = ("http", "https", "mailto")
MAX_IMAGE_WIDTH = 760
OBJECT_REPLACEMENT = "\ufffc"  # where a picture sits in the document's text
# in a document's raw text, a new paragraph or list item starts after U+2029, a table cell (a frame) after U+FDD0
# and a table ends with U+FDD1: each is a new line to a listener
BOUNDARIES = str.maketrans({"\u2029": "\n", "\ufdd0": "\n", "\ufdd1": "\n"})


def _placeholder(text: str = "") -> QImage:
    from PySide6.QtGui import QImage

    text = text or ProseView.tr("image not available")
    image = QImage(220, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("#e0e0e0"))
    painter = QPainter(image)
    painter.setPen(QColor("#555555"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def _spoken(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text).strip()


def confirm_external_link(parent: QWidget, url: QUrl) -> bool:
    answer = QMessageBox.question(
        parent,
        ProseView.tr("Open a web page?"),
        ProseView.tr("This link leaves the app and opens in your web browser:\n\n{0}\n\nOpen it?").format(
            url.toDisplayString()
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


class ProseView(QTextBrowser):
    """Shows sanitised lesson HTML. Images load only from inside the lesson folder."""

    externalLinkOpened = Signal(QUrl)

    def __init__(self, html: str, base_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base_dir = base_dir.resolve() if base_dir else None
        self._images: dict[str, QImage] = {}  # as loaded (full size)
        self._image_limit = MAX_IMAGE_WIDTH  # the width pictures are shown at most, from the column width
        # tests replace this to answer the confirmation without a modal dialog
        self.confirm_external: Callable[[QUrl], bool] = lambda url: confirm_external_link(self, url)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_by_name(self, verticalScrollBarPolicy="ScrollBarAlwaysOff",  # by name: see lazy_qt.py
                    horizontalScrollBarPolicy="ScrollBarAlwaysOff")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        set_by_name(self, focusPolicy="TabFocus")
        self.setAccessibleName(self.tr("Lesson text"))
        self.anchorClicked.connect(self._follow_link)
        if self._base_dir is not None:
            self.document().setBaseUrl(QUrl.fromLocalFile(str(self._base_dir) + "/"))
        self.setHtml(html)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.setAccessibleDescription(self.text_with_pictures())

    def text_with_pictures(self) -> str:
        """The text as a screen reader should hear it: each picture's alt text at the picture's place."""
        raw = self.document().toRawText()
        if OBJECT_REPLACEMENT not in raw:  # no picture: the text as it is, without walking its formats
            return _spoken(raw.translate(BOUNDARIES))
        return self.walked_text()

    def walked_text(self) -> str:
        """text_with_pictures, fragment by fragment: a picture is known by its format."""
        from PySide6.QtGui import QTextFormat  # its Python enums: only for a page with a picture

        parts: list[str] = []
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                char_format = fragment.charFormat()
                if char_format.isImageFormat():
                    alt = str(char_format.property(QTextFormat.Property.ImageAltText) or "").strip()
                    parts.append(" " + (self.tr("Picture: {0}").format(alt) if alt else self.tr("Picture")) + ". ")
                else:
                    parts.append(fragment.text().replace(OBJECT_REPLACEMENT, ""))
                iterator += 1
            parts.append("\n")
            block = block.next()
        return _spoken("".join(parts))

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt name)
        if int(kind) != QTextDocument.ResourceType.ImageResource.value:
            return None  # lessons never load style sheets or pages: the sanitizer removes <link>
        key = url.toString()
        if key not in self._images:
            self._images[key] = self._load_local_image(url)
        # always an image, never None: None makes Qt ask again on every relayout
        return self._fitted(self._images[key])

    def _fitted(self, image: QImage) -> QImage:
        """QTextBrowser has no max-width: wide pictures are scaled down to the text column."""
        if image.width() > self._image_limit:
            return image.scaledToWidth(self._image_limit, Qt.TransformationMode.SmoothTransformation)
        return image

    def _fit_images(self) -> None:
        """After a resize, show every picture at most as wide as the column (never cut on the right)."""
        viewport = self.viewport().width()
        limit = max(min(MAX_IMAGE_WIDTH, viewport - 8), 80) if viewport > 40 else MAX_IMAGE_WIDTH
        if limit == self._image_limit or not self._images:
            self._image_limit = limit
            return
        before = self._image_limit
        self._image_limit = limit
        widest = max(image.width() for image in self._images.values())
        if min(before, widest) == min(limit, widest):
            return  # no picture changes size
        document = self.document()
        for key, image in self._images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(key), self._fitted(image))
        document.markContentsDirty(0, document.characterCount())

    def _load_local_image(self, url: QUrl) -> QImage:
        if self._base_dir is None or (url.scheme() and url.scheme() != "file"):
            return _placeholder(self.tr("remote image blocked"))
        target = Path(url.toLocalFile() if url.isLocalFile() else url.path())
        if not target.is_absolute():
            target = self._base_dir / target
        target = target.resolve()
        if self._base_dir not in target.parents or not target.is_file():
            return _placeholder()
        from PySide6.QtGui import QImage

        image = QImage(str(target))
        return _placeholder() if image.isNull() else image

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() in EXTERNAL_SCHEMES:
            if self.confirm_external(url):
                QDesktopServices.openUrl(url)
                self.externalLinkOpened.emit(url)
        elif url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())

    # -- grow to fit the text instead of scrolling ------------------------------------------
    # The text wraps at the view's own width (QTextEdit sets the document's width on every resize); the
    # view then takes the height the wrapped text needs. Nothing here sets the document's width: measuring
    # at another width would leave lines laid out wider than the view, cut off on the right.
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, int(self.document().size().height()) + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, 20)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_images()
        self._fit_height()

    def _fit_height(self, *_args) -> None:
        # re-fit whenever the layout changes: wrapping on resize, pictures arriving later
        height = int(self.document().size().height()) + 6
        if height != self.height():
            self.setFixedHeight(height)
