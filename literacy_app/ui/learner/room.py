"""The learner's room in the main window: "My progress" and "Review (N due)" above the lesson list and in the
File menu, their pages, time spent per lesson, and the certificate saved when a module is completed.

Part of the main window (like teacher mode): it places its two buttons above the library, adds its pages
to the window's stack and listens to the lesson view. The pages are built when first opened.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QPushButton, QVBoxLayout, QWidget

from literacy_app.services.session import Session
from literacy_app.ui.lazy_qt import set_by_name
from literacy_app.ui.shell.first_paint import after_first_paint

if TYPE_CHECKING:  # the learner's service (and the review it loads) is made when first needed
    from literacy_app.services.learner import CertificateData, LearnerService
    from literacy_app.ui.learner.my_progress import MyProgressPage
    from literacy_app.ui.learner.review_session import ReviewSessionPage

MAX_STEP_SECONDS = 600  # a longer stay on one step counts as ten minutes: the learner may have walked away


class StudyTimer:
    """Adds up the time spent in each lesson, step by step, through the learner's service."""

    def __init__(self, learner: Callable[[], LearnerService], clock: Callable[[], float] = time.monotonic) -> None:
        self.learner = learner
        self.clock = clock
        self._lesson: str | None = None
        self._since = 0.0

    def step(self, lesson_id: str | None) -> None:
        """The learner is now in this lesson (None: nowhere, e.g. the picker or another page)."""
        moment = self.clock()
        if self._lesson is not None:
            self.learner().add_time(self._lesson, min(moment - self._since, MAX_STEP_SECONDS))
        self._lesson, self._since = lesson_id, moment

    def stop(self) -> None:
        self.step(None)


class LearnerRoom(QObject):
    def __init__(self, window: QMainWindow, session: Session, learner: Callable[[], LearnerService],
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._learner = learner
        self.timer = StudyTimer(learner, clock)
        # the number of items due is counted once the window has been painted (it may read lessons)
        self._painted = False
        after_first_paint(window, self._first_paint)
        self.progress_page: MyProgressPage | None = None
        self.review_page: ReviewSessionPage | None = None
        # tests replace this to choose where a certificate goes without a file dialog
        self.ask_certificate_path: Callable[[CertificateData, Path], str] = self._ask_path
        self.progress_action = QAction(self.tr("My progress"), window)
        self.progress_action.setShortcuts([QKeySequence("Ctrl+Shift+M")])
        self.progress_action.setToolTip(self.tr("Your lessons, scores, time and what to do next (Ctrl+Shift+M)"))
        self.progress_action.triggered.connect(self.show_progress)
        self.review_action = QAction(self.tr("Review my mistakes"), window)
        self.review_action.setShortcuts([QKeySequence("Ctrl+Shift+R")])
        self.review_action.triggered.connect(self.show_review)
        self.panel = self._panel()
        self._place_panel()
        window.lesson_view.stepChanged.connect(lambda lesson_id, _step: self._in_lesson(lesson_id))
        window.lesson_view.lessonCompleted.connect(self._lesson_completed)
        window.profileChanged.connect(lambda _profile: self.refresh())
        window.stack.currentChanged.connect(self._page_changed)
        window.installEventFilter(self)
        self._enable(False)

    # -- building -----------------------------------------------------------------------------------
    def _panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("learnerPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(4)
        self.progress_button = QPushButton(self.tr("My progress"))
        self.progress_button.setAccessibleName(self.tr("My progress"))
        self.progress_button.clicked.connect(self.show_progress)
        self.review_button = QPushButton(self.tr("Review my mistakes"))  # with the number due once counted
        self.review_button.clicked.connect(self.show_review)
        for button in (self.progress_button, self.review_button):
            set_by_name(button, focusPolicy="StrongFocus")  # by name: see lazy_qt.py
            layout.addWidget(button)
        return panel

    def _place_panel(self) -> None:
        """Put the two buttons above the lesson list, in the same place of the splitter."""
        window = self.window
        splitter, sidebar = window.splitter, window.sidebar
        sizes = splitter.sizes()
        index = splitter.indexOf(sidebar)
        column = QWidget()
        column.setObjectName("libraryColumn")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.panel)
        layout.addWidget(sidebar, 1)
        splitter.insertWidget(max(index, 0), column)
        column.setMinimumWidth(sidebar.minimumWidth())
        splitter.setSizes(sizes)
        QWidget.setTabOrder(self.review_button, sidebar)

    @property
    def learner(self) -> LearnerService:
        return self._learner()

    def _first_paint(self) -> None:
        self._painted = True
        self.refresh()

    def _enable(self, enabled: bool) -> None:
        for widget in (self.progress_action, self.review_action, self.progress_button, self.review_button):
            widget.setEnabled(enabled)

    # -- the number of items due ------------------------------------------------------------------------
    def refresh(self) -> int:
        """Count the items due today (after looking for new mistakes) and show the number; 0 without a learner."""
        if self.session.profile is None:
            self._enable(False)
            self._show_due(0)
            return 0
        if not self._painted:
            return 0  # counted right after the first paint
        self._enable(True)
        due = self.learner.due_count()
        self._show_due(due)
        return due

    def _show_due(self, due: int) -> None:
        text = self.tr("Review ({0} due)").format(due) if due else self.tr("Review: nothing due")
        self.review_button.setText(text)
        self.review_button.setAccessibleName(
            self.tr("Review my mistakes: %n item(s) due today", "", due))
        self.review_action.setText(self.tr("Review my mistakes ({0} due)").format(due))

    # -- pages --------------------------------------------------------------------------------------------
    def show_progress(self) -> None:
        if self.session.profile is None:
            return
        if self.progress_page is None:
            from literacy_app.ui.learner.my_progress import MyProgressPage

            self.progress_page = MyProgressPage(self.learner)
            self.progress_page.backRequested.connect(self.back_to_lessons)
            self.progress_page.lessonRequested.connect(self._open_lesson)
            self.progress_page.reviewRequested.connect(self.show_review)
            self.progress_page.certificateRequested.connect(self.save_certificate)
            self.window.stack.addWidget(self.progress_page)
        self.progress_page.refresh()
        self.window.stack.setCurrentWidget(self.progress_page)
        self.progress_page.focus_first()

    def show_review(self) -> None:
        if self.session.profile is None:
            return
        if self.review_page is None:
            from literacy_app.ui.learner.review_session import ReviewSessionPage

            self.review_page = ReviewSessionPage(self.learner)
            self.review_page.backRequested.connect(self.back_to_lessons)
            self.review_page.finished.connect(self.refresh)
            self.window.stack.addWidget(self.review_page)
        self.review_page.start()
        self.window.stack.setCurrentWidget(self.review_page)
        self.review_page.focus_first()

    def open_page(self, name: str) -> None:
        """`--open progress|review`."""
        {"progress": self.show_progress, "review": self.show_review}.get(name, lambda: None)()

    def back_to_lessons(self) -> None:
        self.window.stack.setCurrentWidget(self.window.splitter)
        self.refresh()
        self.window.lesson_view.setFocus()

    def _open_lesson(self, lesson_id: str, step: int) -> None:
        self.back_to_lessons()
        self.window.open_lesson(lesson_id, step)

    def _page_changed(self, _index: int) -> None:
        lesson = self.window.lesson_view.lesson
        in_lessons = self.window.stack.currentWidget() is self.window.splitter
        self.timer.step(lesson.id if in_lessons and lesson is not None and self.session.profile else None)

    # -- time and certificates ----------------------------------------------------------------------------
    def _in_lesson(self, lesson_id: str) -> None:
        self.timer.step(lesson_id if self.session.profile is not None else None)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.timer.stop()
        return super().eventFilter(watched, event)

    def _lesson_completed(self, lesson_id: str) -> None:
        """When the lesson completed a whole module, save its certificate and say where."""
        lesson = self.learner.library.lesson(lesson_id)
        if lesson is None or self.session.profile is None:
            return
        data = self.learner.completed_module(lesson)
        path = self.learner.certificate_path(data) if data is not None else None
        if data is None or path is None or path.exists():
            return
        from literacy_app.ui.learner.certificate import write_certificate

        try:
            write_certificate(path, data)
        except OSError:
            return  # the certificate can still be saved from My progress
        self.window.statusBar().showMessage(
            self.tr("You completed “{0}”! Your certificate is saved as {1} (also in My progress).").format(
                data.course, path), 15000)

    def save_certificate(self, module: str, include_score: bool) -> Path | None:
        """Ask where to save a module's certificate and write it; returns the path, or None if cancelled."""
        data = self.learner.certificate(module)
        if data is None:
            return None
        from literacy_app.ui.look.save_paths import suggested_path  # (and the file dialog) when first saving

        suggested = suggested_path("certificate", "pdf", data.learner, data.course)  # in Documents
        chosen = self.ask_certificate_path(data, suggested)
        if not chosen:
            return None
        from literacy_app.ui.learner.certificate import write_certificate

        path = write_certificate(Path(chosen), data, include_score=include_score)
        if self.progress_page is not None:
            self.progress_page.say(self.tr("Certificate saved: {0}").format(path))
        return path

    def _ask_path(self, data: CertificateData, suggested: Path) -> str:
        from literacy_app.ui.look.save_paths import ask_save_path

        path = ask_save_path(self.window, self.tr("Save your certificate"), suggested, self.tr("PDF files (*.pdf)"))
        return str(path) if path else ""
