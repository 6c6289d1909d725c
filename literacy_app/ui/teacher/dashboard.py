"""The teacher view: the class grid, item analysis, attempt review, charts, pre/post gain and the class
folder's PCs, with exports. Compact: at 1366x768 the header is one row and the grid shows the class."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from literacy_app.services.teacher import EXPORT_FORMATS, TeacherService
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.save_paths import ask_open_path, ask_save_path, suggested_path
from literacy_app.ui.teacher.attempt_review import TeacherReview
from literacy_app.ui.teacher.charts import TeacherCharts
from literacy_app.ui.teacher.class_grid import TeacherGrid
from literacy_app.ui.teacher.header_bar import TeacherHeader
from literacy_app.ui.teacher.item_table import TeacherItems
from literacy_app.ui.teacher.lrs_class_dialog import open_lrs_class_dialog
from literacy_app.ui.teacher.lrs_status import LrsStatusWidget
from literacy_app.ui.teacher.pc_status import PcStatusPanel
from literacy_app.ui.teacher.pre_post import TeacherPrePost

FORMAT_LABELS = {"csv": QT_TRANSLATE_NOOP("TeacherDashboard", "Export gradebook CSV (one row per learner)…"),
                 "csv-long": QT_TRANSLATE_NOOP("TeacherDashboard", "Export all attempts CSV…"),
                 "json": QT_TRANSLATE_NOOP("TeacherDashboard", "Export full archive JSON…"),
                 "xapi": QT_TRANSLATE_NOOP("TeacherDashboard", "Export xAPI statements JSON (for an LRS)…")}


class TeacherDashboard(QWidget):
    leaveRequested = Signal()
    lessonsRequested = Signal()
    authorRequested = Signal()

    def __init__(self, teacher: TeacherService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.teacher = teacher
        self.pending_box: QMessageBox | None = None  # the open confirmation, if any
        self.setAccessibleName(self.tr("Teacher view"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(4)
        # the header's controls share one row with the tabs (their right-hand corner): every line of
        # height goes to the class
        self.header_bar = TeacherHeader()
        header = self.header_bar.layout()
        self.back_button = QPushButton(self.tr("Back to the lesson"))
        self.back_button.setToolTip(self.tr("Show the current learner's lesson, with teacher notes"))
        self.back_button.clicked.connect(self.lessonsRequested)
        header.addWidget(self.back_button)
        # results and the roster, in and out, behind one button: the header shares its row with the tabs
        self.export_button = QPushButton(self.tr("Files…"))
        self.export_button.setToolTip(self.tr("Export results or the class roster; import a roster"))
        menu = QMenu(self.export_button)
        for name in EXPORT_FORMATS:
            menu.addAction(self.tr(FORMAT_LABELS.get(name, name)), lambda name=name: self._ask_export(name))
        menu.addSeparator()
        menu.addAction(self.tr("Export class roster CSV…"), self._ask_roster_export)
        self.import_action = menu.addAction(self.tr("Import roster…"), self._ask_roster_import)
        self.import_action.setToolTip(self.tr("Add learners from a CSV file: name, optional student id"))
        menu.addAction(self.tr("Open class from LRS…"), lambda: open_lrs_class_dialog(self.teacher, type(self), self))
        self.export_button.setMenu(menu)
        header.addWidget(self.export_button)
        self.leave_button = QPushButton(self.tr("Leave teacher mode"))
        self.leave_button.clicked.connect(self.leaveRequested)
        header.addWidget(self.leave_button)
        self.header_bar.fold_first.append(self.leave_button)  # the toolbar has it too
        self.author_button = QPushButton(self.tr("Author mode…"))
        self.author_button.setToolTip(self.tr("Write and check lessons, import Moodle questions, make lesson packs"))
        self.author_button.clicked.connect(self.authorRequested)
        header.addWidget(self.author_button)
        if getattr(teacher, "privacy", None) is not None:  # sign-in, one learner's data, retention
            from literacy_app.ui.teacher.privacy_dialog import add_privacy_button

            self.privacy_button = add_privacy_button(header, teacher.privacy, self)
        # a row of its own to start with; beside the tabs once the window is known to be wide enough (placed
        # there first, the buttons would make a narrow window grow to hold them)
        layout.addWidget(self.header_bar)
        notice = QHBoxLayout()  # shown only while there is something to say
        self.status = QLabel()
        self.status.setObjectName("teacherStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        notice.addWidget(self.status, 1)
        self.undo_button = QPushButton(self.tr("Undo reset"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_reset)
        notice.addWidget(self.undo_button)
        layout.addLayout(notice)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Teacher view"))
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
        # the class folder's PCs, where the service knows about a class folder
        self.pcs: PcStatusPanel | None = None
        if hasattr(teacher, "pc_status"):
            self.pcs = PcStatusPanel()
            self.tabs.addTab(self.pcs, self.tr("PCs"))
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
        if self.pcs is not None:
            statuses = self.teacher.pc_status()
            self.pcs.set_statuses(statuses, class_learners=len(overview.students))
            index = self.tabs.indexOf(self.pcs)
            warnings = sum(1 for status in statuses if status.stale or status.problem)
            self.tabs.setTabText(index, self.tr("PCs ⚠ {0}").format(warnings) if warnings else self.tr("PCs"))
            # a PC on its own has no class folder to report on
            self.tabs.setTabVisible(index, getattr(self.teacher, "class_folder", None) is not None or bool(statuses))
        self._place_header()  # the tabs' titles may have changed width

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_header()

    def _place_header(self) -> None:
        """The header's buttons beside the tabs where they fit (some folded into "More"), else on a row of
        their own above them: every tab stays in sight."""
        room = self.width() - self.tabs.tabBar().sizeHint().width() - 24
        beside = self.header_bar.fit(room)
        cornered = self.tabs.cornerWidget(Qt.Corner.TopRightCorner) is self.header_bar
        if beside:
            if not cornered:
                self.layout().removeWidget(self.header_bar)
            # set again even when already there: the tab widget measures its corner only when given one
            self.tabs.setCornerWidget(self.header_bar, Qt.Corner.TopRightCorner)
        elif cornered:
            self.tabs.setCornerWidget(None, Qt.Corner.TopRightCorner)
            self.layout().insertWidget(0, self.header_bar)
        self.header_bar.show()

    def say(self, text: str) -> None:
        """A line above the tabs about what just happened; hidden when there is nothing to say."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

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
        self.say(self.tr("The lesson was reset for {0}.").format(self._name(profile_id))
                            if self._last_reset else self.tr("There was nothing to reset."))
        self.refresh()

    def undo_reset(self) -> None:
        if self._last_reset is not None:
            self.teacher.undo_reset(self._last_reset)
            self._last_reset = None
            self.undo_button.hide()
            self.say(self.tr("The reset was undone."))
            self.refresh()

    def confirm_archive(self, profile_id: int) -> None:
        self._confirm(self.tr("Archive learner"),
                      self.tr("Archive {0}? The name leaves the picker and this view; every answer is kept in "
                              "the archive export.").format(self._name(profile_id)),
                      self.tr("Archive"), lambda: self.archive(profile_id))

    def archive(self, profile_id: int) -> None:
        name = self._name(profile_id)
        self.teacher.archive(profile_id)
        self.say(self.tr("{0} was archived.").format(name))
        self.refresh()

    # -- files -----------------------------------------------------------------------------
    def export_to(self, name: str, path: Path) -> None:
        self.teacher.export(name, Path(path))
        self.say(self.tr("Saved {0}.").format(path))

    def export_roster(self, path: Path) -> None:
        self.teacher.export_roster(Path(path))
        self.say(self.tr("Saved {0}.").format(path))

    def import_roster(self, path: Path) -> None:
        try:
            result = self.teacher.import_roster(Path(path))
        except OSError as error:
            self.say(self.tr("Could not read {0}: {1}").format(path, error.strerror))
            return
        self.say(self.tr("Roster: {0} added, {1} updated, {2} already here.").format(
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
