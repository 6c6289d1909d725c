"""“Open class from LRS…”: read a class back from the district's Learning Record Store and show it.

The dialog asks for the LRS (prefilled from the saved connection) and an optional roster, reads the
statements in a background thread with a progress bar, and then opens a teacher view of that class
in a window of its own. The class lives in memory only: closing the window forgets it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.library import Library
from literacy_app.services.lrs_class import (
    LrsClass,
    LrsClassCancelled,
    LrsClassError,
    build_class,
    load_roster,
    read_statements,
)
from literacy_app.services.teacher import TeacherService
from literacy_app.ui.lazy_qt import Qt

MENU_TEXT = QT_TRANSLATE_NOOP("TeacherDashboard", "Open class from LRS…")  # the dashboard's entry

# the teacher view's class (TeacherDashboard), handed in by the dashboard itself: no import cycle
DashboardFactory = Callable[[TeacherService], QWidget]


class _Reading(QObject):
    """Carries the background read's news to the window's thread (queued signals)."""

    progressed = Signal(int)
    finished = Signal(object)  # the LrsStatements read
    failed = Signal(str)


class LrsClassDialog(QDialog):
    classOpened = Signal(object)  # the LrsClassWindow just shown

    def __init__(self, teacher: TeacherService, dashboard: DashboardFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.teacher = teacher
        self.dashboard_factory = dashboard
        self.setWindowTitle(self.tr("Open class from LRS"))
        self.window_opened: LrsClassWindow | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._roster: dict | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Read a class from the district's Learning Record Store: every PC's results that "
                               "reached it, also from PCs that share no folder with this one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setPlaceholderText("https://lrs.district.example/xAPI/")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.roster_edit = QLineEdit()
        self.roster_edit.setPlaceholderText(self.tr("optional: a CSV with name, student id, account"))
        self.roster_button = QPushButton(self.tr("Choose…"))
        self.roster_button.clicked.connect(self.choose_roster)
        roster_row = QHBoxLayout()
        roster_row.addWidget(self.roster_edit, 1)
        roster_row.addWidget(self.roster_button)
        for edit, name in ((self.endpoint_edit, self.tr("LRS address")), (self.user_edit, self.tr("User")),
                           (self.password_edit, self.tr("Password")), (self.roster_edit, self.tr("Roster"))):
            edit.setAccessibleName(name)
        form.addRow(self.tr("LRS address") + ":", self.endpoint_edit)
        form.addRow(self.tr("User") + ":", self.user_edit)
        form.addRow(self.tr("Password") + ":", self.password_edit)
        form.addRow(self.tr("Roster") + ":", roster_row)
        layout.addLayout(form)
        note = QLabel(self.tr("Without a roster, learners are shown by their account (“Learner 1a2b3c4d”). "
                              "A roster exported on a PC (Export… → Class roster CSV) names them."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # an LRS does not say how many statements it holds
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("lrsClassMessage")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(self.tr("Open class"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        saved = teacher.saved_connection()
        connection = teacher.lrs_connection()
        self.endpoint_edit.setText(saved.get("endpoint") or (connection.endpoint if connection else ""))
        self.user_edit.setText(saved.get("user") or (connection.user if connection else ""))
        self.password_edit.setText(saved.get("password") or (connection.password if connection else ""))
        self.reading = _Reading(self)
        self.reading.progressed.connect(self._progressed)
        self.reading.finished.connect(self._finished)
        self.reading.failed.connect(self._failed)

    @staticmethod
    def documents_folder() -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def choose_roster(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Roster for the LRS class"), self.documents_folder(),
                                              self.tr("CSV files (*.csv *.txt)"))
        if path:
            self.roster_edit.setText(path)

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.busy:
            return
        endpoint = self.endpoint_edit.text().strip()
        if not endpoint:
            self._show_error(self.tr("Type the LRS address first."))
            return
        roster_path = self.roster_edit.text().strip()
        try:
            self._roster = load_roster(roster_path) if roster_path else None
        except LrsClassError as error:
            self._show_error(str(error))
            return
        self._stop.clear()
        self._set_busy(True)
        self.message.setText(self.tr("Reading statements from {0} …").format(endpoint))
        args = (endpoint, self.user_edit.text().strip(), self.password_edit.text())
        self._thread = threading.Thread(target=self._read, args=args, name="lrs-class-read", daemon=True)
        self._thread.start()

    def _read(self, endpoint: str, user: str, password: str) -> None:
        """In the background thread: talk to the LRS, hand the result to the window's thread."""
        reading = self.reading

        def tell(signal: Signal, value: object) -> None:
            try:
                signal.emit(value)
            except RuntimeError:  # the dialog was closed and deleted meanwhile: nobody is listening
                self._stop.set()

        try:
            statements = read_statements(endpoint, user, password, progress=lambda n: tell(reading.progressed, n),
                                         should_stop=self._stop.is_set)
        except LrsClassCancelled:
            return
        except LrsClassError as error:
            tell(reading.failed, str(error))
            return
        except Exception as error:  # noqa: BLE001 (shown to the teacher; the window must not die with the thread)
            tell(reading.failed, self.tr("Reading the class failed: {0}").format(error))
            return
        tell(reading.finished, statements)

    def _progressed(self, count: int) -> None:
        self.message.setText(self.tr("{0} statements read …").format(f"{count:,}"))

    def _finished(self, statements: object) -> None:
        if self._stop.is_set():
            return
        library: Library = self.teacher.library
        try:
            # made here, in the window's thread: the class database is used from this thread only
            lrs_class = build_class(statements, library, self._roster, self.endpoint_edit.text().strip())
        except Exception as error:  # noqa: BLE001 (an unexpected statement must not take the window down)
            self._failed(self.tr("The class could not be built: {0}").format(error))
            return
        self._set_busy(False)
        self.window_opened = LrsClassWindow(lrs_class, library, self.dashboard_factory, self.parentWidget())
        self.window_opened.show()
        self.classOpened.emit(self.window_opened)
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.setStyleSheet("color: #a4262c;")

    def _set_busy(self, busy: bool) -> None:
        self.message.setStyleSheet("")
        self.progress.setVisible(busy)
        self.open_button.setEnabled(not busy)
        for widget in (self.endpoint_edit, self.user_edit, self.password_edit, self.roster_edit, self.roster_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        self._stop.set()  # the reading thread ends after its current page; what it read is dropped
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self._stop.set()
        super().closeEvent(event)


class LrsClassWindow(QWidget):
    """The teacher view of a class read from the LRS, in a window of its own."""

    def __init__(self, lrs_class: LrsClass, library: Library, dashboard: DashboardFactory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.lrs_class = lrs_class
        summary = lrs_class.summary
        self.setWindowTitle(self.tr("Class from the LRS — {0}").format(lrs_class.endpoint))
        layout = QVBoxLayout(self)
        parts = [self.tr("{0} learners, {1} statements from {2}.").format(summary.learners, summary.used,
                                                                          lrs_class.endpoint)]
        if summary.other_platform:
            parts.append(self.tr("{0} statements of other apps were left out.").format(summary.other_platform))
        if summary.voided:
            parts.append(self.tr("{0} voided statements were removed.").format(summary.voided))
        if summary.not_understood:
            parts.append(self.tr("{0} statements could not be read.").format(summary.not_understood))
        parts.append(self.tr("Feed posts and reflection texts stay on the learners' PCs."))
        self.summary_label = QLabel(" ".join(parts))
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.dashboard = dashboard(lrs_class.teacher(library))
        self.dashboard.back_button.hide()  # no lesson behind this window, and no lesson to write
        self.dashboard.leave_button.setText(self.tr("Close"))
        self.dashboard.leaveRequested.connect(self.close)
        # this class is not this PC's: its outbox and the buttons that open other windows have no place here
        for page in (self.dashboard.lrs_status, getattr(self.dashboard, "pcs", None)):  # no PCs behind an LRS class
            if page is not None:
                self.dashboard.tabs.removeTab(self.dashboard.tabs.indexOf(page))
        author = getattr(self.dashboard, "author_button", None)
        if author is not None:
            author.hide()
        for action in self.dashboard.findChildren(QAction):
            if action.text() == self.dashboard.tr(MENU_TEXT):
                action.setVisible(False)
        layout.addWidget(self.dashboard, 1)
        self.resize(1200, 760)
        self.destroyed.connect(lrs_class.close)


def open_lrs_class_dialog(teacher: TeacherService, dashboard: DashboardFactory, parent: QWidget) -> LrsClassDialog:
    """The dashboard's “Open class from LRS…” entry. The dialog and the windows it opens are the dashboard's
    children, so leaving teacher mode (which deletes the dashboard) closes them too."""
    dialog = LrsClassDialog(teacher, dashboard, parent)
    dialog.open()
    return dialog
