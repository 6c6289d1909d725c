"""Author mode: the workshop where a teacher writes lessons without a terminal.

The lesson text (coloured, with find and replace, copied to a recovery file as it changes) beside a live
preview of the step under the cursor, as a learner or as the teacher sees it; the problems under the text;
the course folder's lessons on the left; forms to insert pictures and every kind of block; and the File
menu's Moodle import and export, lesson packs and new lessons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QFileSystemWatcher, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from literacy_app.content.model import Lesson
from literacy_app.content.validate import check_lesson_text
from literacy_app.files import atomic_write_text
from literacy_app.services.preview import PreviewSession
from literacy_app.ui.author.author_menus import build_menus
from literacy_app.ui.author.autosave import Autosave
from literacy_app.ui.author.context import AuthorContext
from literacy_app.ui.author.course_panel import CoursePanel
from literacy_app.ui.author.file_dialogs import ask_folder, ask_open_file, ask_save_file
from literacy_app.ui.author.find_bar import FindBar
from literacy_app.ui.author.highlighter import LessonHighlighter
from literacy_app.ui.author.inserting import Inserter
from literacy_app.ui.author.lesson_editor import AuthorEditor
from literacy_app.ui.author.new_lesson_dialog import NewLessonDialog
from literacy_app.ui.author.preview_pane import PreviewPane
from literacy_app.ui.author.problem_list import AuthorProblems
from literacy_app.ui.author.start_page import StartPage
from literacy_app.ui.author.workshop import Workshop
from literacy_app.ui.lazy_qt import Qt

PREVIEW_DELAY_MS = 400
LESSON_FILTER = QT_TRANSLATE_NOOP("AuthorWindow", "Lessons (*.md);;All files (*)")


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

    def __init__(self, path: Path | None = None, parent: QWidget | None = None,
                 context: AuthorContext | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.context = context or AuthorContext()
        self.path: Path | None = None
        self.lesson: Lesson | None = None
        self.preview_session = PreviewSession()
        self.new_dialog: NewLessonDialog | None = None

        self.editor = AuthorEditor()
        self.highlighter = LessonHighlighter(self.editor.document())
        self.find_bar = FindBar(self.editor)
        self.problems = AuthorProblems()
        self.problems.problemActivated.connect(self.editor.go_to)
        self.preview_pane = PreviewPane(self.preview_session)
        self.preview = self.preview_pane.view
        self.course = CoursePanel()
        self.course.lessonChosen.connect(lambda name: self.open_file(Path(name), ask=True))
        self.course.problemChosen.connect(self.go_to_problem)
        self.course.openFolderRequested.connect(self.choose_folder)
        self.course.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.course)
        self.splitter.addWidget(self._text_column())
        self.splitter.addWidget(self.preview_pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.start_page = StartPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
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
        self.autosave = Autosave(self.editor, self.context.recovery_dir, parent=self)
        self.inserter = Inserter(self)
        self.workshop = Workshop(self)
        build_menus(self)
        self.start_page.newRequested.connect(self.new_lesson)
        self.start_page.openRequested.connect(self.choose_file)
        self.start_page.folderRequested.connect(self.choose_folder)
        self.start_page.importRequested.connect(lambda: self.workshop.import_bank("any"))
        self._fit_screen()
        self._set_path(None)
        if path is not None:
            self.open_file(Path(path))
        else:
            self._show_editor(False)

    def _text_column(self) -> QWidget:
        column = QSplitter(Qt.Orientation.Vertical)
        editor_box = QWidget()
        box = QVBoxLayout(editor_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.editor, 1)
        box.addWidget(self.find_bar)
        column.addWidget(editor_box)
        problems_box = QWidget()
        box = QVBoxLayout(problems_box)
        box.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Problems (click one to go to its line)"))
        title.setBuddy(self.problems)
        box.addWidget(title)
        box.addWidget(self.problems)
        column.addWidget(problems_box)
        column.setStretchFactor(0, 4)
        column.setStretchFactor(1, 1)
        return column

    def _fit_screen(self) -> None:
        """As big as fits: 1280x800 at most, and never taller than the screen (1366x768 laptops)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else None
        width, height = 1280, 800
        if area is not None:
            width, height = min(width, area.width() - 20), min(height, area.height() - 40)
        self.resize(width, height)
        self.splitter.setSizes([240, width // 2, width // 2])

    def _show_editor(self, shown: bool = True) -> None:
        self.stack.setCurrentWidget(self.splitter if shown else self.start_page)
        for action in (self.save_action, self.save_as_action, self.workshop.export_gift_action,
                       self.workshop.export_xml_action, self.insert_menu.menuAction(), self.find_action,
                       self.replace_action, *self.form_actions.values()):
            action.setEnabled(shown)

    # -- what the parts ask ---------------------------------------------------------------------
    def current_lesson(self) -> Lesson | None:
        """The lesson as the text is now (checked again when typing has not been checked yet)."""
        if self.timer.isActive() or self.lesson is None:
            self.update_preview()
        return self.lesson

    def lesson_folder(self) -> Path | None:
        """The lesson's folder (pictures are copied there); an unsaved lesson is saved first."""
        if self.path is None and not self.save():
            return None
        return self.path.parent if self.path is not None else None

    def save_first(self) -> bool:
        """True when the lesson is saved (asking to save unsaved changes first)."""
        if self.path is not None and not self.editor.document().isModified():
            return True
        return self.save()

    # -- files ------------------------------------------------------------------------------
    def _set_path(self, path: Path | None) -> None:
        if self.path is not None and str(self.path) in self.watcher.files():
            self.watcher.removePath(str(self.path))
        self.path = path
        self.autosave.set_path(path)
        name = path.name if path else self.tr("Untitled lesson")
        self.setWindowTitle(self.tr("{0}[*] — Author mode").format(name))
        if path is not None and path.exists():
            self.watcher.addPath(str(path))

    def new_lesson(self) -> None:
        if not self.may_discard():
            return
        self.new_dialog = NewLessonDialog(self.course.folder, self.context.known_lessons, self)
        self.new_dialog.accepted.connect(self._lesson_created)
        self.new_dialog.open()

    def _lesson_created(self) -> None:
        if self.new_dialog is None or self.new_dialog.created is None:
            return
        self.open_folder(self.new_dialog.folder)
        self.open_file(self.new_dialog.created)
        self.statusBar().showMessage(self.tr("Created {0}").format(self.new_dialog.created), 8000)

    def choose_file(self) -> None:
        if not self.may_discard():
            return
        chosen = ask_open_file(self, self.tr("Open a lesson"), self.tr(LESSON_FILTER), self.course.folder)
        if chosen is not None:
            self.open_file(chosen)

    def choose_folder(self) -> None:
        chosen = ask_folder(self, self.tr("Open a course folder"), self.course.folder)
        if chosen is not None:
            self.open_folder(chosen)

    def open_folder(self, folder: Path) -> None:
        self.course.set_folder(folder)
        self.course.show()
        if self.stack.currentWidget() is self.start_page:
            self._show_editor(True)

    def check_folder(self) -> None:
        if self.course.folder is None:
            self.choose_folder()
        if self.course.folder is not None:
            if self.path is not None and self.editor.document().isModified():
                self.save()  # check what is on disk: the text here first
            self.course.check_all()
            self.statusBar().showMessage(self.course.summary.text(), 8000)

    def open_file(self, path: Path, ask: bool = False) -> bool:
        if ask and path != self.path and not self.may_discard():
            return False
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open the lesson"),
                                self.tr("{0} cannot be opened: {1}").format(path, exc))
            return False
        self._set_path(path)
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self._show_editor(True)
        self._offer_recovery(path, text)
        self.update_preview()
        return True

    def _offer_recovery(self, path: Path, text: str) -> None:
        kept = self.autosave.recovered_text(path)
        if kept is None or kept == text:
            self.autosave.clear(path)
            return
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes found"),
            self.tr("Author mode closed before the changes to {0} were saved. Bring them back?").format(path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.replace_all_text(kept)
            self.editor.document().setModified(True)
        else:
            self.autosave.clear(path)

    def save(self) -> bool:
        if self.path is None:
            chosen = ask_save_file(self, self.tr("Save the lesson"), "lesson.md", self.tr("Lessons (*.md)"),
                                   self.course.folder, suffix="md")
            if chosen is None:
                return False
            self._set_path(chosen)
        assert self.path is not None
        try:
            atomic_write_text(self.path, self.editor.toPlainText())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("The lesson could not be saved: {0}. Your text is still here.").format(
                                    exc.strerror or exc))
            return False
        self.editor.document().setModified(False)
        self.autosave.clear()
        if str(self.path) not in self.watcher.files():
            self.watcher.addPath(str(self.path))  # a replaced file drops out of the watch list
        self.statusBar().showMessage(self.tr("Saved {0}").format(self.path.name), 5000)
        self.fileSaved.emit(str(self.path))
        return True

    def save_as(self) -> bool:
        chosen = ask_save_file(self, self.tr("Save the lesson as"), self.path.name if self.path else "lesson.md",
                               self.tr("Lessons (*.md)"), self.path.parent if self.path else None, suffix="md")
        if chosen is None:
            return False
        self._set_path(chosen)
        return self.save()

    def go_to_problem(self, name: str, line: int, col: int) -> None:
        if Path(name) != self.path and not self.open_file(Path(name), ask=True):
            return
        self.editor.go_to(line, col)

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
    def may_discard(self) -> bool:
        """True when there are no unsaved changes, or the author saved or chose to discard them."""
        if not self.editor.document().isModified() or self.stack.currentWidget() is self.start_page:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The lesson has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.autosave.clear()
            self.editor.document().setModified(False)
            return True
        return False

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not self.may_discard():
            event.ignore()
            return
        self.timer.stop()
        self.autosave.timer.stop()
        self.preview_session.discard()
        event.accept()
