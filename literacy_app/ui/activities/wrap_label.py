"""A word-wrapping label that measures its height for a given width once.

Qt's layouts ask a wrapping label for its height at several widths, and ask again for the same widths while a step
is laid out (about twenty questions, five different widths, for each label of a quiz). QLabel lays its text out
anew for each question (twice for rich text: once to measure, once to restore its width). The answers only change
when QLabel itself would measure anew (its text, format, font, style or margins), so they are kept until then.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from literacy_app.content.render import plain_line, render_inline
from literacy_app.ui.lazy_qt import Qt

MAX_WIDTHS = 32  # a window being resized asks at every width: keep the last few


class WrapLabel(QLabel):
    """A QLabel with word wrap on; `rich` sets the rich-text format before the text (parsed once)."""

    def __init__(self, text: str = "", rich: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        if rich:
            self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        if text:
            self.setText(text)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= MAX_WIDTHS:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    # everything that makes QLabel measure its text anew (its updateLabel) forgets the heights
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name): font, style, margins, direction...
        self._heights.clear()
        super().changeEvent(event)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        self._heights.clear()
        super().setText(text)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 (Qt name)
        self._heights.clear()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 (Qt name)
        self._heights.clear()
        super().setWordWrap(on)

    def setIndent(self, indent: int) -> None:  # noqa: N802 (Qt name)
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:  # noqa: N802 (Qt name)
        self._heights.clear()
        super().setMargin(margin)

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:  # noqa: N802 (Qt name)
        self._heights.clear()
        super().setAlignment(alignment)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()


def inline_label(markdown: str, parent: QWidget | None = None) -> WrapLabel:
    """A label for one line of lesson Markdown (a question, a choice). Plain text, as most of them are, is
    shown as plain text: a rich-text label builds a text document of its own, which takes twice the time and
    memory. It looks the same: a paragraph's line breaks are spaces in HTML too."""
    if plain_line(markdown):
        label = WrapLabel(parent=parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(" ".join(markdown.split("\n")))
        return label
    return WrapLabel(render_inline(markdown), rich=True, parent=parent)
