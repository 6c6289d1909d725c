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

    def replace_all_text(self, text: str) -> None:
        """Take new text (reloaded from disk) keeping the cursor line, as one undoable step."""
        line, col = self.line, self.column
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.go_to(line, col)
