"""The course folder beside the editor: its lessons (click one to open it) and, after "Check every
lesson", each lesson's problems with line:col (click one to go there), lessons that share an id included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from literacy_app.content.library import lesson_files
from literacy_app.content.library_checks import check_files
from literacy_app.content.model import Lesson
from literacy_app.ui.lazy_qt import Qt

PATH_ROLE = Qt.ItemDataRole.UserRole
POSITION_ROLE = Qt.ItemDataRole.UserRole + 1


class CoursePanel(QWidget):
    lessonChosen = Signal(str)  # a lesson file
    problemChosen = Signal(str, int, int)  # file, line, column
    openFolderRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coursePanel")
        self.folder: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("No course folder open"))
        self.title.setObjectName("courseTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open folder…"))
        self.open_button.setToolTip(self.tr("Open a folder of lessons (a course)"))
        self.open_button.clicked.connect(self.openFolderRequested)
        self.check_button = QPushButton(self.tr("Check every lesson"))
        self.check_button.setToolTip(self.tr("Check every lesson of the folder, and that no two share an id"))
        self.check_button.clicked.connect(self.check_all)
        self.check_button.setEnabled(False)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.check_button)
        layout.addLayout(buttons)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Lessons of the course and their problems"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout.addWidget(self.tree, 1)
        self.summary = QLabel()
        self.summary.setObjectName("courseSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.title.setText(self.tr("Course folder: {0}").format(folder.name or str(folder)))
        self.title.setToolTip(str(folder))
        self.check_button.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        """List the folder's lessons by title (read quickly; problems come with Check every lesson)."""
        from literacy_app.content.parse import parse_lesson

        self.tree.clear()
        self.summary.clear()
        if self.folder is None:
            return
        for path in lesson_files([self.folder]):
            self._add_lesson(parse_lesson(path), with_problems=False)
        if not self.tree.topLevelItemCount():
            self.summary.setText(self.tr("No lessons in this folder yet: File > New lesson makes one."))

    def _add_lesson(self, lesson: Lesson, with_problems: bool) -> QTreeWidgetItem:
        relative = lesson.path.relative_to(self.folder) if self.folder else lesson.path
        text = f"{lesson.title}\n{relative.as_posix()}"
        if with_problems:
            errors, warnings = len(lesson.errors), len(lesson.warnings)
            mark = "✘" if errors else ("⚠" if warnings else "✔")
            text = f"{mark} {text}"
        item = QTreeWidgetItem([text])
        item.setData(0, PATH_ROLE, str(lesson.path))
        item.setToolTip(0, str(lesson.path))
        self.tree.addTopLevelItem(item)
        if with_problems:
            for problem in lesson.problems:
                mark = "✘" if problem.severity == "error" else "⚠"
                line = self.tr("{0} {1}:{2} {3}").format(mark, problem.line, problem.col, problem.message)
                child = QTreeWidgetItem(item, [line + (f"\n    {problem.hint}" if problem.hint else "")])
                child.setData(0, PATH_ROLE, str(lesson.path))
                child.setData(0, POSITION_ROLE, (problem.line, problem.col))
                child.setToolTip(0, self.tr("Go to line {0} of {1}").format(problem.line, lesson.path.name))
            item.setExpanded(bool(lesson.problems))
        return item

    def check_all(self) -> list[Lesson]:
        if self.folder is None:
            return []
        lessons = check_files(lesson_files([self.folder]))
        self.tree.clear()
        for lesson in lessons:
            self._add_lesson(lesson, with_problems=True)
        errors = sum(len(lesson.errors) for lesson in lessons)
        warnings = sum(len(lesson.warnings) for lesson in lessons)
        self.summary.setText(self.tr("{0} checked: {1}, {2}.").format(
            self.tr("%n lesson(s)", "", len(lessons)), self.tr("%n error(s)", "", errors),
            self.tr("%n warning(s)", "", warnings)))
        return lessons

    def problem_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i).child(j) for i in range(self.tree.topLevelItemCount())
                for j in range(self.tree.topLevelItem(i).childCount())]

    def _activated(self, item: QTreeWidgetItem) -> None:
        path = item.data(0, PATH_ROLE)
        position = item.data(0, POSITION_ROLE)
        if path and position:
            self.problemChosen.emit(path, *position)
        elif path:
            self.lessonChosen.emit(path)
