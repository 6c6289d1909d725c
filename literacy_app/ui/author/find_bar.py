"""Find and replace under the editor (Ctrl+F, Ctrl+H); Replace all is one step for Undo."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from literacy_app.ui.lazy_qt import Qt


class FindBar(QWidget):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.editor = editor
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setAccessibleName(self.tr("Text to find"))
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textChanged.connect(lambda _text: self._count())
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setAccessibleName(self.tr("Replacement text"))
        self.case_box = QCheckBox(self.tr("Match case"))
        self.case_box.toggled.connect(lambda _on: self._count())
        self.previous_button = QPushButton(self.tr("Previous"))
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.clicked.connect(self.find_next)
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close find and replace (Esc)"))
        self.close_button.clicked.connect(self.close_bar)
        self.status = QLabel()
        self.status.setObjectName("findStatus")
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(self.previous_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.case_box, 0, 3)
        grid.addWidget(self.close_button, 0, 4)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.addWidget(self.status, 1, 3, 1, 2)
        grid.setColumnStretch(0, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def open_find(self, replace: bool = False) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        self.show()
        (self.replace_edit if replace and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()
        self._count()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def _find(self, backward: bool) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        if self.editor.find(needle, self._flags(backward)):
            return True
        cursor = self.editor.textCursor()  # wrap around to the other end
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self.editor.setTextCursor(cursor)
        found = self.editor.find(needle, self._flags(backward))
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _matches(self, selected: str) -> bool:
        needle = self.find_edit.text()
        return selected == needle if self.case_box.isChecked() else selected.lower() == needle.lower()

    def replace_one(self) -> None:
        cursor = self.editor.textCursor()
        if cursor.hasSelection() and self._matches(cursor.selectedText()):
            cursor.insertText(self.replace_edit.text())
        self.find_next()
        self._count()

    def replace_all(self) -> int:
        needle = self.find_edit.text()
        if not needle:
            return 0
        document = self.editor.document()
        cursor = QTextCursor(document)
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one Undo takes every replacement back
        count = 0
        while True:
            cursor = document.find(needle, cursor, self._flags())
            if cursor.isNull():
                break
            cursor.insertText(self.replace_edit.text())
            count += 1
        edit.endEditBlock()
        self.status.setText(self.tr("{0} replaced").format(count))
        return count

    def _count(self) -> None:
        needle = self.find_edit.text()
        if not needle:
            self.status.setText("")
            return
        text = self.editor.toPlainText()
        count = text.count(needle) if self.case_box.isChecked() else text.lower().count(needle.lower())
        self.status.setText(self.tr("{0} found").format(count) if count else self.tr("Not found"))
