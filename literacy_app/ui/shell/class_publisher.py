"""Shares this PC's work with the class folder: after saved work (at most every 10 s), when the learner
switches, and at exit. Publishing runs on a worker thread, so a slow or absent share never blocks the window;
a quiet label in the status bar says when the class last saw this PC's work, or why it could not."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from literacy_app.services.session import Session
from literacy_app.ui.look.formats import as_time

if TYPE_CHECKING:  # a PC outside a class never loads it
    from literacy_app.services.class_folder import ClassFolder

DEBOUNCE_MS = 10_000
POLL_MS = 200


class ClassPublisher(QObject):
    def __init__(self, window: QMainWindow, folder: ClassFolder, session: Session) -> None:
        super().__init__(window)
        self.folder = folder
        folder.prepare()  # uses the app's database connection: here, on the GUI thread
        self.label = QLabel()
        self.label.setObjectName("classStatus")
        self.label.setAccessibleName(self.tr("Class folder status"))
        window.statusBar().addPermanentWidget(self.label)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.publish_now)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._check_done)
        self._worker: threading.Thread | None = None
        self._again = False
        session.on_work_saved = self.work_saved

    def work_saved(self) -> None:
        """Share soon; a burst of answers is shared once."""
        if not self.debounce.isActive():
            self.debounce.start()

    def publish_now(self) -> None:
        self.debounce.stop()
        if self._worker is not None and self._worker.is_alive():
            self._again = True  # publish once more when this one ends, so nothing saved meanwhile waits long
            return
        self._worker = threading.Thread(target=self.folder.publish, name="class-publish", daemon=True)
        self._worker.start()
        self.poll.start()

    def _check_done(self) -> None:
        if self._worker is not None and self._worker.is_alive():
            return
        self.poll.stop()
        self._show_status()
        if self._again:
            self._again = False
            self.publish_now()

    def _show_status(self) -> None:
        if self.folder.last_problem:
            self.label.setText(self.tr("Class folder: not reachable, work is kept on this PC"))
            self.label.setToolTip(self.folder.last_problem)
        elif self.folder.last_published is not None:
            time = as_time(self.folder.last_published.published_at)
            self.label.setText(self.tr("Shared with the class at {0}").format(time))
            self.label.setToolTip(str(self.folder.folder))

    def finish(self, timeout: float = 10.0) -> None:
        """At exit: wait for a running publish, then publish what is left, on this thread (briefly)."""
        self.debounce.stop()
        if self._worker is not None:
            self._worker.join(timeout)
        self.folder.publish()
        self._show_status()
