"""A read-only rich-text view for lesson prose that grows to fit its text and never fetches anything remote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QFrame, QMessageBox, QSizePolicy, QTextBrowser, QWidget

EXTERNAL_SCHEMES = ("http", "https", "mailto")
MAX_IMAGE_WIDTH = 760


def _placeholder(text: str = "image not available") -> QImage:
    image = QImage(220, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("#e0e0e0"))
    painter = QPainter(image)
    painter.setPen(QColor("#555555"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


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
        self._images: dict[str, QImage] = {}
        # tests replace this to answer the confirmation without a modal dialog
        self.confirm_external: Callable[[QUrl], bool] = lambda url: confirm_external_link(self, url)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Lesson text"))
        self.anchorClicked.connect(self._follow_link)
        if self._base_dir is not None:
            self.document().setBaseUrl(QUrl.fromLocalFile(str(self._base_dir) + "/"))
        self.setHtml(html)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt name)
        if int(kind) != QTextDocument.ResourceType.ImageResource.value:
            return None  # lessons never load style sheets or pages: the sanitizer removes <link>
        key = url.toString()
        if key not in self._images:
            self._images[key] = self._load_local_image(url)
        # always an image, never None: None makes Qt ask again on every relayout
        return self._images[key]

    def _load_local_image(self, url: QUrl) -> QImage:
        if self._base_dir is None or (url.scheme() and url.scheme() != "file"):
            return _placeholder("remote image blocked")
        target = Path(url.toLocalFile() if url.isLocalFile() else url.path())
        if not target.is_absolute():
            target = self._base_dir / target
        target = target.resolve()
        if self._base_dir not in target.parents or not target.is_file():
            return _placeholder()
        image = QImage(str(target))
        if image.isNull():
            return _placeholder()
        # QTextBrowser has no max-width: scale wide pictures down to the text column
        viewport = self.viewport().width()
        limit = min(MAX_IMAGE_WIDTH, viewport - 24) if viewport > 200 else MAX_IMAGE_WIDTH
        if image.width() > limit:
            image = image.scaledToWidth(limit, Qt.TransformationMode.SmoothTransformation)
        return image

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() in EXTERNAL_SCHEMES:
            if self.confirm_external(url):
                QDesktopServices.openUrl(url)
                self.externalLinkOpened.emit(url)
        elif url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())

    # -- grow to fit the text instead of scrolling ------------------------------------------
    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # measure the real document: a clone would load images itself, bypassing loadResource
        document = self.document()
        document.setTextWidth(max(width - 4, 50))
        return int(document.size().height()) + 6

    def sizeHint(self) -> QSize:  # noqa: N802
        width = max(self.width(), 400)
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self, *_args) -> None:
        # re-fit whenever the layout changes: wrapping on resize, pictures arriving later
        height = int(self.document().size().height()) + 6
        if height != self.height():
            self.setFixedHeight(height)
