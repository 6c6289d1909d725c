"""The list of problems in the lesson being edited; activating one jumps to its line."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from literacy_app.content.model import Problem
from literacy_app.ui.lazy_qt import Qt

POSITION_ROLE = Qt.ItemDataRole.UserRole


class AuthorProblems(QListWidget):
    problemActivated = Signal(int, int)  # line, column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorProblems")
        self.setAccessibleName(self.tr("Problems in the lesson"))
        self.setWordWrap(True)
        self.problems: list[Problem] = []
        self.itemActivated.connect(self._activate)
        self.itemClicked.connect(self._activate)

    def set_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        self.clear()
        if not problems:
            item = QListWidgetItem(self.tr("✔ No problems: the lesson passes the check."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
            return
        for problem in problems:
            mark = "✘" if problem.severity == "error" else "⚠"
            severity = self.tr("error") if problem.severity == "error" else self.tr("warning")
            text = self.tr("{0} Line {1}, column {2}: {3}: {4}").format(
                mark, problem.line, problem.col, severity, problem.message)
            if problem.hint:
                text += "\n    " + self.tr("Hint: {0}").format(problem.hint)
            item = QListWidgetItem(text)
            item.setData(POSITION_ROLE, (problem.line, problem.col))
            item.setToolTip(self.tr("Go to line {0}").format(problem.line))
            self.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        position = item.data(POSITION_ROLE)
        if position:
            self.problemActivated.emit(*position)
