"""The teacher view: the class grid, item analysis, attempt review, charts and pre/post gain, with exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from literacy_app.services.teacher import EXPORT_FORMATS, TeacherService
from literacy_app.ui.look.save_paths import ask_open_path, ask_save_path, suggested_path
from literacy_app.ui.teacher.attempt_review import TeacherReview
from literacy_app.ui.teacher.charts import TeacherCharts
from literacy_app.ui.teacher.class_grid import TeacherGrid
from literacy_app.ui.teacher.item_table import TeacherItems
from literacy_app.ui.teacher.lrs_status import LrsStatusWidget
from literacy_app.ui.teacher.pre_post import TeacherPrePost

FORMAT_LABELS = {"csv": "Gradebook CSV (one row per learner)…", "csv-long": "All attempts CSV…",
                 "json": "Full archive JSON…", "xapi": "xAPI statements JSON (for an LRS)…"}


class TeacherDashboard(QWidget):
    leaveRequested = Signal()
    lessonsRequested = Signal()
    authorRequested = Signal()

    def __init__(self, teacher: TeacherService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.teacher = teacher
        self.pending_box: QMessageBox | None = None  # the open confirmation, if any
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(self.tr("Teacher view"))
        title.setObjectName("pickerTitle")
        header.addWidget(title)
        header.addStretch(1)
        self.back_button = QPushButton(self.tr("Back to the lesson"))
        self.back_button.setToolTip(self.tr("Show the current learner's lesson, with teacher notes"))
        self.back_button.clicked.connect(self.lessonsRequested)
        header.addWidget(self.back_button)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for name in EXPORT_FORMATS:
            menu.addAction(self.tr(FORMAT_LABELS.get(name, name)), lambda name=name: self._ask_export(name))
        menu.addSeparator()
        menu.addAction(self.tr("Class roster CSV…"), self._ask_roster_export)
        self.export_button.setMenu(menu)
        header.addWidget(self.export_button)
        self.import_button = QPushButton(self.tr("Import roster…"))
        self.import_button.setToolTip(self.tr("Add learners from a CSV file: name, optional student id"))
        self.import_button.clicked.connect(self._ask_roster_import)
        header.addWidget(self.import_button)
        self.leave_button = QPushButton(self.tr("Leave teacher mode"))
        self.leave_button.clicked.connect(self.leaveRequested)
        header.addWidget(self.leave_button)
        self.author_button = QPushButton(self.tr("Author mode…"))
        self.author_button.setToolTip(self.tr("Write and check lessons, import Moodle questions, make lesson packs"))
        self.author_button.clicked.connect(self.authorRequested)
        header.addWidget(self.author_button)
        if getattr(teacher, "privacy", None) is not None:  # sign-in, one learner's data, retention
            from literacy_app.ui.teacher.privacy_dialog import add_privacy_button

            self.privacy_button = add_privacy_button(header, teacher.privacy, self)
        layout.addLayout(header)
        self.status = QLabel()
        self.status.setObjectName("teacherStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.undo_button = QPushButton(self.tr("Undo reset"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_reset)
        layout.addWidget(self.undo_button)
        self.tabs = QTabWidget()
        self.grid = TeacherGrid()
        self.grid.reviewRequested.connect(self.review)
        self.grid.resetRequested.connect(self.confirm_reset)
        self.grid.archiveRequested.connect(self.confirm_archive)
        self.items = TeacherItems(teacher, [])
        self.review_page = TeacherReview(teacher)
        self.charts = TeacherCharts()
        self.prepost = TeacherPrePost()
        self.tabs.addTab(self.grid, self.tr("Class"))
        self.tabs.addTab(self.items, self.tr("Questions"))
        self.tabs.addTab(self.review_page, self.tr("Attempts"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.prepost, self.tr("Pre/post"))
        self.lrs_status = LrsStatusWidget(teacher)
        self.tabs.addTab(self.lrs_status, self.tr("District LRS"))
        layout.addWidget(self.tabs, 1)
        self._last_reset: int | None = None
        self.refresh()

    def refresh(self) -> None:
        overview = self.teacher.overview()
        self.overview = overview
        self.grid.set_overview(overview)
        current = self.items.lesson_box.currentData()
        self.items.lessons = overview.lessons
        self.items.lesson_box.blockSignals(True)
        self.items.lesson_box.clear()
        for lesson in overview.lessons:
            self.items.lesson_box.addItem(lesson.title, lesson.id)
        self.items.lesson_box.blockSignals(False)
        self.items.show_lesson(current) if current else None
        self.items.refresh()
        self.review_page.set_students(overview.students)
        self.charts.set_data(overview, self.teacher.progress_points(overview))
        self.prepost.set_gains(self.teacher.gains(overview))

    def review(self, profile_id: int) -> None:
        self.review_page.show_learner(profile_id)
        self.tabs.setCurrentWidget(self.review_page)

    # -- confirmed actions -----------------------------------------------------------------
    def _confirm(self, title: str, text: str, action_text: str, on_yes) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(action_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(box.button(QMessageBox.StandardButton.Cancel))
        box.finished.connect(lambda _: box.clickedButton() is yes and on_yes())
        self.pending_box = box
        box.open()
        return box

    def _name(self, profile_id: int) -> str:
        return next((s.name for s in self.overview.students if s.id == profile_id), "?")

    def confirm_reset(self, profile_id: int, lesson_id: str) -> None:
        lesson = self.teacher.library.lesson(lesson_id)
        self._confirm(self.tr("Reset lesson"),
                      self.tr("Start “{0}” afresh for {1}? Their answers in this lesson are put aside and can be "
                              "brought back with Undo.").format(lesson.title if lesson else lesson_id,
                                                                self._name(profile_id)),
                      self.tr("Reset lesson"), lambda: self.reset(profile_id, lesson_id))

    def reset(self, profile_id: int, lesson_id: str) -> None:
        self._last_reset = self.teacher.reset_lesson(profile_id, lesson_id)
        self.undo_button.setVisible(self._last_reset is not None)
        self.status.setText(self.tr("The lesson was reset for {0}.").format(self._name(profile_id))
                            if self._last_reset else self.tr("There was nothing to reset."))
        self.refresh()

    def undo_reset(self) -> None:
        if self._last_reset is not None:
            self.teacher.undo_reset(self._last_reset)
            self._last_reset = None
            self.undo_button.hide()
            self.status.setText(self.tr("The reset was undone."))
            self.refresh()

    def confirm_archive(self, profile_id: int) -> None:
        self._confirm(self.tr("Archive learner"),
                      self.tr("Archive {0}? The name leaves the picker and this view; every answer is kept in "
                              "the archive export.").format(self._name(profile_id)),
                      self.tr("Archive"), lambda: self.archive(profile_id))

    def archive(self, profile_id: int) -> None:
        name = self._name(profile_id)
        self.teacher.archive(profile_id)
        self.status.setText(self.tr("{0} was archived.").format(name))
        self.refresh()

    # -- files -----------------------------------------------------------------------------
    def export_to(self, name: str, path: Path) -> None:
        self.teacher.export(name, Path(path))
        self.status.setText(self.tr("Saved {0}.").format(path))

    def export_roster(self, path: Path) -> None:
        self.teacher.export_roster(Path(path))
        self.status.setText(self.tr("Saved {0}.").format(path))

    def import_roster(self, path: Path) -> None:
        try:
            result = self.teacher.import_roster(Path(path))
        except OSError as error:
            self.status.setText(self.tr("Could not read {0}: {1}").format(path, error.strerror))
            return
        self.status.setText(self.tr("Roster: {0} added, {1} updated, {2} already here.").format(
            len(result.added), len(result.updated), len(result.unchanged)))
        self.refresh()

    def _ask_export(self, name: str) -> None:
        suffix = "csv" if name.startswith("csv") else "json"  # the archive and xAPI statements are JSON
        kinds = self.tr("JSON files (*.json)") if suffix == "json" else self.tr("CSV files (*.csv)")
        path = ask_save_path(self, self.tr("Export results"), suggested_path(name, suffix), kinds)
        if path:
            self.export_to(name, path)

    def _ask_roster_export(self) -> None:
        path = ask_save_path(self, self.tr("Export roster"), suggested_path("roster", "csv"),
                             self.tr("CSV files (*.csv)"))
        if path:
            self.export_roster(path)

    def _ask_roster_import(self) -> None:
        path = ask_open_path(self, self.tr("Import roster"), self.tr("CSV files (*.csv *.txt)"))
        if path:
            self.import_roster(path)
