"""WrapLabel remembers its height for a width: after any change QLabel measures anew for, it must measure anew too,
so it always answers what a plain QLabel with the same text and settings answers. A line of lesson Markdown
that is plain text gets a plain-text label, as tall as the rich-text one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from literacy_app.content.render import render_inline
from literacy_app.ui.activities.wrap_label import MAX_WIDTHS, WrapLabel, inline_label

WIDTHS = (40, 120, 300, 800)
LONG = "Brands buy adverts from the platform, <b>not</b> from each creator, and share part of the income. " * 2


def pair(qtbot, text: str, rich: bool) -> tuple[WrapLabel, QLabel]:
    cached = WrapLabel(text, rich=rich)
    plain = QLabel(text)
    plain.setWordWrap(True)
    if rich:
        plain.setTextFormat(Qt.TextFormat.RichText)
    for label in (cached, plain):
        qtbot.addWidget(label)
    return cached, plain


def assert_same_heights(cached: QLabel, plain: QLabel) -> None:
    for width in WIDTHS:
        assert cached.heightForWidth(width) == plain.heightForWidth(width)
        assert cached.heightForWidth(width) == plain.heightForWidth(width)  # the remembered answer
    assert cached.sizeHint() == plain.sizeHint()


CHANGES = {
    "text": lambda label: label.setText("Short."),
    "longer text": lambda label: label.setText(LONG + LONG),
    "format": lambda label: label.setTextFormat(Qt.TextFormat.PlainText),
    "no wrap": lambda label: label.setWordWrap(False),
    "indent": lambda label: label.setIndent(30),
    "margin": lambda label: label.setMargin(9),
    "contents margins": lambda label: label.setContentsMargins(5, 0, 25, 0),
    "font": lambda label: label.setFont(QFont(label.font().family(), 22)),
    "style sheet": lambda label: label.setStyleSheet("font-size: 20pt; padding: 0 14px;"),
    "alignment": lambda label: label.setAlignment(Qt.AlignmentFlag.AlignRight),
    "cleared": lambda label: label.clear(),
}


@pytest.mark.parametrize("rich", [True, False], ids=["rich", "plain"])
@pytest.mark.parametrize("change", list(CHANGES))
def test_a_change_is_measured_anew(qtbot, change, rich):
    cached, plain = pair(qtbot, LONG, rich)
    assert_same_heights(cached, plain)
    for label in (cached, plain):
        CHANGES[change](label)
    assert_same_heights(cached, plain)


def test_a_style_sheet_on_the_parent_reaches_the_height(qtbot):
    """The app's look comes from a style sheet above the label (here its parent's; in the app, the application's)."""
    parents = []
    for label in pair(qtbot, LONG, rich=True):
        parent = QWidget()
        qtbot.addWidget(parent)
        QVBoxLayout(parent).addWidget(label)
        parent.show()
        parents.append(parent)
    cached, plain = parents[0].findChild(QLabel), parents[1].findChild(QLabel)
    assert_same_heights(cached, plain)
    for parent in parents:
        parent.setStyleSheet("QLabel { font-size: 19pt; padding-left: 20px; }")
    assert_same_heights(cached, plain)


def test_a_label_keeps_only_the_last_widths(qtbot):
    cached, plain = pair(qtbot, LONG, rich=True)
    for width in range(50, 50 + 3 * MAX_WIDTHS):
        assert cached.heightForWidth(width) == plain.heightForWidth(width)
    assert len(cached._heights) <= MAX_WIDTHS


@pytest.mark.parametrize("markdown", [
    "Which of these is the clearest sign that a creator was paid to mention a product?",
    'Writing "thanks @Lumen 💜" under a photo is a clear enough label.',
    "One paragraph\nwritten on\nthree lines.",
])
def test_a_plain_line_of_markdown_is_a_plain_label_as_tall_as_the_rich_one(qtbot, markdown):
    label = inline_label(markdown)
    rich = WrapLabel(render_inline(markdown), rich=True)
    for widget in (label, rich):
        qtbot.addWidget(widget)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == " ".join(markdown.split("\n"))  # as HTML shows it: line breaks are spaces
    for width in WIDTHS:
        assert label.heightForWidth(width) == rich.heightForWidth(width)


def test_a_line_with_markdown_stays_a_rich_label(qtbot):
    label = inline_label("A **bold** claim, see [the source](https://example.org)")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.RichText
    assert label.text() == 'A <strong>bold</strong> claim, see <a href="https://example.org" ' \
        'rel="noopener noreferrer">the source</a>'
