"""File > New lesson…: title, module and language; the lesson is written into a folder of its own inside
the course folder, from the starter lesson (every kind of block, explained), with an id made from the title."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from literacy_app.content.starter_lesson import (
    KnownLesson,
    lessons_in,
    new_lesson_path,
    same_title,
    unique_lesson_id,
    write_starter,
)
from literacy_app.ui.author.file_dialogs import ask_folder, documents_dir
from literacy_app.ui.author.form_base import FormDialog

LANGUAGES = (("en", "English"), ("de", "Deutsch"), ("es", "Español"), ("fr", "Français"), ("it", "Italiano"),
             ("nl", "Nederlands"), ("pl", "Polski"), ("pt", "Português"), ("sv", "Svenska"), ("tr", "Türkçe"))
DEFAULT_FOLDER_NAME = "Media Literacy Lab lessons"


class NewLessonDialog(FormDialog):
    def __init__(self, folder: Path | None, known: Callable[[], list[KnownLesson]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New lesson"),
                         self.tr("The new lesson shows every kind of activity with example text, ready to be "
                                 "replaced with yours."), parent)
        self.ok_button.setText(self.tr("Create the lesson"))
        self.known_outside = known
        self.folder = folder or documents_dir() / DEFAULT_FOLDER_NAME
        self.created: Path | None = None
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Spotting sponsored posts"))
        self.form.addRow(self.tr("&Title:"), self.title)
        self.module = QComboBox()
        self.module.setEditable(True)
        self.module.setToolTip(self.tr("Lessons are grouped by module in the learners' list"))
        self.form.addRow(self.tr("&Module:"), self.module)
        self.language = QComboBox()
        self.language.setEditable(True)
        for code, name in LANGUAGES:
            self.language.addItem(f"{name} ({code})", code)
        self.language.setToolTip(self.tr("The language the lesson is written in (a code such as en or fr)"))
        self.form.addRow(self.tr("&Language:"), self.language)
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Change…"))
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.folder_button)
        self.form.addRow(self.tr("Course folder:"), chooser)
        self.where = QLabel()
        self.where.setObjectName("newLessonWhere")
        self.where.setWordWrap(True)
        self.where.setMinimumHeight(self.where.fontMetrics().lineSpacing() * 3)  # a long path takes lines
        self.form.addRow("", self.where)
        self.title.textChanged.connect(self._update)
        self.module.currentTextChanged.connect(self._update)
        self._read_folder()
        self.fit_screen(640, 400)

    def _read_folder(self) -> None:
        self.known = [*self.known_outside(), *lessons_in(self.folder)]
        modules = sorted({lesson.module for lesson in self.known if lesson.module}) or [self.tr("My course")]
        current = self.module.currentText()
        self.module.clear()
        self.module.addItems(modules)
        if current:
            self.module.setCurrentText(current)
        self.folder_label.setText(str(self.folder))
        self._update()

    def choose_folder(self) -> None:
        chosen = ask_folder(self, self.tr("Choose the course folder"), self.folder if self.folder.is_dir() else None)
        if chosen is not None:
            self.folder = chosen
            self._read_folder()

    def language_code(self) -> str:
        data = self.language.currentData()
        if data and self.language.currentText() == self.language.itemText(self.language.currentIndex()):
            return str(data)
        return self.language.currentText().strip() or "en"

    def _update(self, *_args: object) -> None:
        title = self.title.text().strip()
        if not title:
            self.where.setText("")
            return
        folders = [child.name for child in self.folder.iterdir()] if self.folder.is_dir() else []
        lesson_id = unique_lesson_id(title, [lesson.id for lesson in self.known] + folders)
        self.where.setText(self.tr("It will be saved as {0}, with the id “{1}”.").format(
            new_lesson_path(self.folder, lesson_id), lesson_id))
        self.message.setText(self.problem() if same_title(self.known, title, self.module.currentText().strip())
                             else "")  # said while typing, not only at "Create"

    def problem(self) -> str:
        title, module = self.title.text().strip(), self.module.currentText().strip()
        if not title:
            return self.tr("Give the lesson a title.")
        if not module:
            return self.tr("Name the module the lesson belongs to.")
        twin = same_title(self.known, title, module)
        if twin is not None:
            return self.tr("“{0}” already has a lesson called “{1}” ({2}): choose another title, so learners "
                           "can tell them apart.").format(module, title, twin.path or twin.id)
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.created = write_starter(self.folder, self.title.text().strip(), self.module.currentText().strip(),
                                         self.language_code(), self.known_outside())
        except OSError as exc:
            self.message.setText(self.tr("The lesson could not be written: {0}").format(exc.strerror or exc))
            return
        QDialog.accept(self)

    def markdown(self) -> str:
        return ""
