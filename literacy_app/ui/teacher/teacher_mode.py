"""Teacher mode: the PIN gate, the dashboard page, teacher notes in lessons, and the end after inactivity."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow

if TYPE_CHECKING:  # imported when a teacher first asks for them, not at start-up
    from literacy_app.learning.teacher_pin import PinGuard
    from literacy_app.services.teacher import TeacherService
    from literacy_app.ui.teacher.dashboard import TeacherDashboard
    from literacy_app.ui.teacher.pin_dialog import PinDialog

IDLE_MS = 10 * 60 * 1000
INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.MouseMove,
                QEvent.Type.TouchBegin}


class TeacherMode(QObject):
    """Part of the main window; owns the "Teacher…" and "Leave teacher mode" actions, which the window places."""

    started = Signal()
    ended = Signal()

    def __init__(self, window: QMainWindow, teacher: Callable[[], TeacherService],
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(window)
        self.window = window
        self._teacher = teacher  # the teacher's service is made (and its modules loaded) when a teacher comes
        self.clock = clock
        self._active = False
        self.dashboard: TeacherDashboard | None = None
        self.pin_dialog: PinDialog | None = None
        self.enter_action = QAction(self.tr("Teacher…"), window)
        self.enter_action.setToolTip(self.tr("Open the teacher view (PIN)"))
        self.enter_action.triggered.connect(self.request)
        self.leave_action = QAction(self.tr("Leave teacher mode"), window)
        self.leave_action.setToolTip(self.tr("Close the teacher view and go back to \"Who's learning?\""))
        self.leave_action.triggered.connect(self.leave)
        self.leave_action.setVisible(False)
        window.switch_action.triggered.connect(self.leave)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_MS)
        self.idle_timer.timeout.connect(self.leave)

    @property
    def teacher(self) -> TeacherService:
        return self._teacher()

    @property
    def active(self) -> bool:
        return self._active

    @property
    def guard(self) -> PinGuard:
        return self.teacher.pin_guard(self.clock)

    def request(self) -> None:
        """Show the dashboard; ask for the PIN first unless teacher mode is already on."""
        if self._active:
            self.show_dashboard()
            return
        from literacy_app.ui.teacher.pin_dialog import PinDialog

        self.pin_dialog = PinDialog(self.guard, self.window)
        self.pin_dialog.accepted.connect(self.enter)
        self.pin_dialog.open()

    def enter(self) -> None:
        self._active = True
        QApplication.instance().installEventFilter(self)
        self.idle_timer.start()
        self.leave_action.setVisible(True)
        self._show_notes(True)
        self.show_dashboard()
        self.started.emit()

    def show_dashboard(self) -> None:
        self.teacher.refresh()  # a class across PCs: read every PC's latest work
        if self.dashboard is None:
            from literacy_app.ui.teacher.dashboard import TeacherDashboard

            self.dashboard = TeacherDashboard(self.teacher)
            self.dashboard.leaveRequested.connect(self.leave)
            self.dashboard.lessonsRequested.connect(self._show_lessons)
            self.dashboard.authorRequested.connect(lambda: self.window.open_author_mode())
            self.window.stack.addWidget(self.dashboard)
        else:
            self.dashboard.refresh()
        self.dashboard.back_button.setEnabled(self.window.session.profile is not None)
        self.window.stack.setCurrentWidget(self.dashboard)

    def _show_lessons(self) -> None:
        if self.window.session.profile is not None:
            self.window.stack.setCurrentWidget(self.window.splitter)

    def leave(self) -> None:
        if not self._active:
            return
        self._active = False
        QApplication.instance().removeEventFilter(self)
        self.idle_timer.stop()
        self.leave_action.setVisible(False)
        if self.dashboard is not None:
            self.window.stack.removeWidget(self.dashboard)
            self.dashboard.deleteLater()
            self.dashboard = None
        # the picker first: it closes the lesson, which is not built again without its notes for a learner the
        # teacher may have just erased
        self.window.show_picker()
        self._show_notes(False)
        self.ended.emit()

    def _show_notes(self, visible: bool) -> None:
        self.window.lesson_view.show_teacher_notes = visible
        self.window.lesson_view.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._active and event.type() in INPUT_EVENTS:
            self.idle_timer.start()  # restarts the countdown
        return False
