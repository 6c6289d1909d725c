"""Colours for the lesson format in the editor: front matter, steps, blocks, ids, choices, keys, comments."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

IN_FRONT_MATTER, IN_COMMENT, IN_BOTH = 1, 2, 3  # block states; -1 (Qt's default) is ordinary text

RULES = (  # (pattern, format name); later rules paint over earlier ones
    (re.compile(r"^#{1,6}\s.*$"), "heading"),
    (re.compile(r"^##\s.*$"), "step"),
    (re.compile(r"^:::.*$"), "block"),
    (re.compile(r"\{#[^}\s]*\}"), "id"),
    (re.compile(r"^\s*[-*+]\s+\[[ xX]\]"), "choice"),
    (re.compile(r"^\s*[-*+]\s+\[[ xX]\]\s*\{-?\d+(?:\.\d+)?%\}"), "choice"),
    (re.compile(r"^\s*[-*+]\s+\[[^\]]+\]\(#[^)]*\)(?:\s*[+-]\d+)?(?:\s+if\s.*)?"), "choice"),
    (re.compile(r"^\s*\d+\.\s"), "choice"),
    (re.compile(r"\s->\s"), "choice"),
    (re.compile(r"^\s*>.*$"), "feedback"),
    (re.compile(r"^(?:Hint|Explanation|Points|Type|Ending|Score|Time|Likes|Comments|Image|Cues)\s*:",
                re.IGNORECASE), "key"),
    (re.compile(r"^(?:pass|shuffle|attempts|negative|start|back|cues|min)\s*:"), "key"),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), "image"),
)
FRONT_KEY_RE = re.compile(r"^\s*[A-Za-z_][\w-]*\s*:")
COMMENT_OPEN, COMMENT_CLOSE = "<!--", "-->"


def _format(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class LessonHighlighter(QSyntaxHighlighter):
    """Colours chosen to keep 4.5:1 contrast on a white page; comments are grey and italic."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {
            "heading": _format("#1f4e79", bold=True),
            "step": _format("#0b5394", bold=True),
            "block": _format("#7a1fa2", bold=True),
            "id": _format("#6a4f00"),
            "choice": _format("#1b6e20", bold=True),
            "feedback": _format("#5b5b5b", italic=True),
            "key": _format("#a33d00", bold=True),
            "image": _format("#00607a"),
            "front": _format("#8a3b00"),
            "front-line": _format("#5b5b5b"),
            "comment": _format("#6b6b6b", italic=True),
        }

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        previous = max(self.previousBlockState(), 0)
        number = self.currentBlock().blockNumber()
        in_front = bool(previous & IN_FRONT_MATTER) or (number == 0 and text.strip() == "---")
        state = 0
        if in_front:
            if text.strip() in ("---", "..."):
                self.setFormat(0, len(text), self.formats["front-line"])
                state = IN_FRONT_MATTER if number == 0 else 0
            else:
                match = FRONT_KEY_RE.match(text)
                if match:
                    self.setFormat(0, match.end(), self.formats["front"])
                state = IN_FRONT_MATTER
        else:
            for pattern, name in RULES:
                for match in pattern.finditer(text):
                    self.setFormat(match.start(), match.end() - match.start(), self.formats[name])
        self.setCurrentBlockState((state | self._comments(text, bool(previous & IN_COMMENT))) or -1)

    def _comments(self, text: str, open_before: bool) -> int:
        """Grey out <!-- comments -->, also over several lines; IN_COMMENT when one stays open."""
        start = 0 if open_before else text.find(COMMENT_OPEN)
        while start >= 0:
            end = text.find(COMMENT_CLOSE, start + (0 if open_before else len(COMMENT_OPEN)))
            open_before = False
            if end < 0:
                self.setFormat(start, len(text) - start, self.formats["comment"])
                return IN_COMMENT
            end += len(COMMENT_CLOSE)
            self.setFormat(start, end - start, self.formats["comment"])
            start = text.find(COMMENT_OPEN, end)
        return 0
