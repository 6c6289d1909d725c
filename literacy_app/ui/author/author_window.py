"""Author mode: edit a lesson file beside a live preview, with its problems listed and templates at hand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from literacy_app.content.model import Lesson
from literacy_app.content.starter_lesson import block_templates, question_templates, starter_lesson
from literacy_app.content.validate import check_lesson_text
from literacy_app.files import atomic_write_text
from literacy_app.services.preview import PreviewSession
from literacy_app.ui.author.lesson_editor import AuthorEditor
from literacy_app.ui.author.problem_list import AuthorProblems
from literacy_app.ui.lesson.lesson_view import LessonView

PREVIEW_DELAY_MS = 400


def step_at_line(lesson: Lesson, line: int) -> int:
    """The index of the step that contains a line of the file."""
    index = 0
    for number, step in enumerate(lesson.steps):
        if step.line <= line:
            index = number
    return index


class AuthorWindow(QMainWindow):
    """Answers given in the preview go to a scratch database, never to a learner's results."""

    previewUpdated = Signal(int)  # number of problems found
    fileSaved = Signal(str)
    fileReloaded = Signal(str)

    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.path: Path | None = None
        self.lesson: Lesson | None = None
        self.preview_session = PreviewSession()

        self.editor = AuthorEditor()
        self.problems = AuthorProblems()
        self.problems.problemActivated.connect(self.editor.go_to)
        self.preview = LessonView(self.preview_session)
        self.preview.setAccessibleName(self.tr("Preview"))
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.editor)
        problems_box = QWidget()
        box = QVBoxLayout(problems_box)
        box.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Problems (click one to go to its line)"))
        title.setBuddy(self.problems)
        box.addWidget(title)
        box.addWidget(self.problems)
        left.addWidget(problems_box)
        left.setSizes([600, 180])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([620, 620])
        self.setCentralWidget(self.splitter)
        self.position_label = QLabel()
        self.statusBar().addPermanentWidget(self.position_label)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.update_preview)
        self.editor.textChanged.connect(self.timer.start)
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.editor.modificationChanged.connect(self.setWindowModified)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed_on_disk)
        self._build_menus()
        self.resize(1280, 820)
        if path is not None:
            self.open_file(Path(path))
        else:
            self._set_path(None)
            self.editor.setPlainText(starter_lesson(self.tr("New lesson")))
            self.editor.document().setModified(True)

    # -- menus ------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&Open lesson…"), self.choose_file, QKeySequence.StandardKey.Open))
        self.save_action = self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        file_menu.addAction(self.save_action)
        file_menu.addAction(self._action(self.tr("&Close author mode"), self.close, QKeySequence.StandardKey.Close))
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), self.editor.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.editor.redo, QKeySequence.StandardKey.Redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.editor.undoAvailable.connect(self.undo_action.setEnabled)
        self.editor.redoAvailable.connect(self.redo_action.setEnabled)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.insert_menu = self.menuBar().addMenu(self.tr("&Insert"))
        self.insert_actions: dict[str, QAction] = {}
        for group in (block_templates(), question_templates()):
            for item in group:
                action = self._action(self.tr(item.label), lambda _c=False, t=item.text: self.editor.insert_block(t))
                action.setStatusTip(self.tr("Insert a {0} template at the cursor").format(self.tr(item.label)))
                self.insert_menu.addAction(action)
                self.insert_actions[item.key] = action
            self.insert_menu.addSeparator()

    # -- files ------------------------------------------------------------------------------
    def _set_path(self, path: Path | None) -> None:
        if self.path is not None and str(self.path) in self.watcher.files():
            self.watcher.removePath(str(self.path))
        self.path = path
        name = path.name if path else self.tr("Untitled lesson")
        self.setWindowTitle(self.tr("{0}[*] — Author mode").format(name))
        if path is not None and path.exists():
            self.watcher.addPath(str(path))

    def choose_file(self) -> None:
        if not self._may_discard():
            return
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Open a lesson"), "",
                                                    self.tr("Lessons (*.md);;All files (*)"))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open the lesson"),
                                self.tr("{0} cannot be opened: {1}").format(path, exc))
            return False
        self._set_path(path)
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self.update_preview()
        return True

    def save(self) -> bool:
        if self.path is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the lesson"), "lesson.md",
                                                        self.tr("Lessons (*.md)"))
            if not name:
                return False
            self._set_path(Path(name))
        try:
            atomic_write_text(self.path, self.editor.toPlainText())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("The lesson could not be saved: {0}. Your text is still here.").format(
                                    exc.strerror or exc))
            return False
        self.editor.document().setModified(False)
        if str(self.path) not in self.watcher.files():
            self.watcher.addPath(str(self.path))  # a replaced file drops out of the watch list
        self.statusBar().showMessage(self.tr("Saved {0}").format(self.path.name), 5000)
        self.fileSaved.emit(str(self.path))
        return True

    def _changed_on_disk(self, name: str) -> None:
        path = Path(name)
        if path.exists() and name not in self.watcher.files():
            self.watcher.addPath(name)  # editors save by replacing the file; watch the new one
        if self.path is None or path != self.path or not path.exists():
            return
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return
        if text == self.editor.toPlainText():
            return  # our own save, or nothing really changed
        if self.editor.document().isModified():
            self.statusBar().showMessage(
                self.tr("{0} changed in another program; your unsaved changes here are kept.").format(path.name))
            return
        self.editor.replace_all_text(text)
        self.editor.document().setModified(False)
        self.update_preview()
        self.statusBar().showMessage(self.tr("Reloaded: {0} changed in another program.").format(path.name), 8000)
        self.fileReloaded.emit(name)

    # -- preview ----------------------------------------------------------------------------
    def update_preview(self) -> None:
        self.timer.stop()
        path = self.path or Path.cwd() / "lesson.md"
        self.lesson = check_lesson_text(self.editor.toPlainText(), path)
        self.problems.set_problems(self.lesson.problems)
        self._show_step()
        self.previewUpdated.emit(len(self.lesson.problems))

    def _show_step(self) -> None:
        lesson = self.lesson
        if lesson is None or not lesson.steps:
            return
        step = step_at_line(lesson, self.editor.line)
        if self.preview.lesson is not lesson:
            self.preview.open_lesson(lesson, step)
        elif step != self.preview.step:
            self.preview.go_to(step)

    def _cursor_moved(self) -> None:
        self.position_label.setText(self.tr("Line {0}, column {1}").format(self.editor.line, self.editor.column))
        if not self.timer.isActive():
            self._show_step()

    # -- closing ----------------------------------------------------------------------------
    def _may_discard(self) -> bool:
        """True when there are no unsaved changes, or the author saved or chose to discard them."""
        if not self.editor.document().isModified():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The lesson has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not self._may_discard():
            event.ignore()
            return
        self.timer.stop()
        self.preview_session.discard()
        event.accept()
