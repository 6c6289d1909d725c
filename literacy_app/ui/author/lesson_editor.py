"""The lesson text editor: monospace, line numbers in the status, jump to a problem's line, insert templates."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class AuthorEditor(QPlainTextEdit):
    """Plain text with undo/redo (Qt's own); positions are 1-based lines and columns, as in messages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorEditor")
        self.setAccessibleName(self.tr("Lesson text"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)

    @property
    def line(self) -> int:
        return self.textCursor().blockNumber() + 1

    @property
    def column(self) -> int:
        return self.textCursor().positionInBlock() + 1

    def go_to(self, line: int, col: int = 1) -> None:
        """Put the cursor at line:col (1-based), show it, and give the editor focus."""
        block = self.document().findBlockByNumber(max(line, 1) - 1)
        if not block.isValid():
            block = self.document().lastBlock()
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor,
                            min(max(col, 1) - 1, max(block.length() - 1, 0)))
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()

    def insert_block(self, text: str) -> None:
        """Insert a template on lines of its own at the cursor, as one undoable step."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.positionInBlock() > 0:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n")
        cursor.insertText("\n" + text.rstrip("\n") + "\n\n")
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def insert_lines(self, line: int, text: str) -> None:
        """Insert text as whole lines before line `line` (1-based; past the end: at the end), with a blank
        line around it where the neighbours have text; one undoable step; the cursor goes to its first line."""
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        if line > document.blockCount():
            cursor.movePosition(QTextCursor.MoveOperation.End)
            if cursor.block().text():
                cursor.insertText("\n")
        else:
            cursor.setPosition(document.findBlockByNumber(max(line, 1) - 1).position())
        following = cursor.block().text()
        previous = cursor.block().previous()
        lead = "\n" if previous.isValid() and previous.text().strip() else ""
        trail = "\n" if following.strip() and following.strip() != ":::" else ""
        start = cursor.position() + len(lead)
        cursor.insertText(lead + text.rstrip("\n") + "\n" + trail)
        cursor.endEditBlock()
        cursor.setPosition(start)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def replace_line(self, line: int, text: str) -> None:
        """Replace the text of one line (1-based), e.g. a feed's cues: line; one undoable step."""
        block = self.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)

    def replace_all_text(self, text: str) -> None:
        """Take new text (reloaded from disk) keeping the cursor line, as one undoable step."""
        line, col = self.line, self.column
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.go_to(line, col)
