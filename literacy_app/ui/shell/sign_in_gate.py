"""Between "Who's learning?" and the lessons: the sign-in screen when the school turned sign-in on, and the
sign-out after a while without input (whatever the sign-in mode, so the next person at the PC never finds a
classmate's lesson open). Part of the main window; the window asks it before it starts a learner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from literacy_app.config import SIGN_IN_MODE_KEY, sign_in_mode
from literacy_app.services.session import Profile, Session
from literacy_app.ui.shell.first_paint import after_first_paint

if TYPE_CHECKING:  # the sign-in screen is built when a school with sign-in first shows it
    from literacy_app.services.sign_in import SignInService
    from literacy_app.ui.shell.sign_in_page import SignInPage


class LearnerWindow(Protocol):
    """What the gate needs of the main window (named here, so that the window and its gate do not import
    each other)."""

    stack: QStackedWidget
    session: Session
    switch_action: QAction

    def start_learning(self, profile: Profile, lesson_id: str | None = None, step: int | None = None) -> None: ...

    def show_picker(self) -> None: ...

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.MouseMove,
                QEvent.Type.TouchBegin}
# After an input the gate stops watching for this long: the work that input starts (a new step, a restyle)
# then runs without a Python call for every one of its events. The idle countdown is minutes long, so
# input inside this pause is not missed in any way that matters.
WATCH_PAUSE_MS = 5_000


class SignInGate(QObject):
    def __init__(self, window: LearnerWindow, sign_in: Callable[[], SignInService | None], idle_minutes: float = 10.0,
                 configured_mode: str = "") -> None:
        """sign_in: gives the service when a learner must sign in (with sign-in off it is never asked for);
        configured_mode: [learners] sign_in from literacy-app.ini, which wins over the teacher's choice."""
        assert isinstance(window, QMainWindow)
        super().__init__(window)
        self.window = window
        self._sign_in_service = sign_in
        self.configured_mode = configured_mode
        self.page: SignInPage | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(int(idle_minutes * 60_000))
        self.idle_timer.timeout.connect(self.idle)
        window.stack.currentChanged.connect(self._page_changed)
        self.watch_pause = QTimer(self)
        self.watch_pause.setSingleShot(True)
        self.watch_pause.setInterval(WATCH_PAUSE_MS)
        self.watch_pause.timeout.connect(self._watch)
        self.watching = False
        # not before the first paint, nor while the rest of the first step is built just after it: while an
        # application-wide Python filter is installed, PySide6 looks up the Python class of every object an
        # event goes to (Qt's private ones too: it then makes about 110 classes it never needed). So watching
        # starts one pause after the first paint; the idle countdown runs from the start all the same.
        after_first_paint(window, self.watch_pause.start)
        self.idle_timer.start()

    def _watch(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.watching:
            app.installEventFilter(self)
            self.watching = True

    def intercept(self, profile: Profile, lesson_id: str | None = None, step: int | None = None) -> bool:
        """True when the learner must sign in first: the sign-in screen is shown, and once they are signed in
        the window's start_learning is called again."""
        if sign_in_mode(self.configured_mode, self.window.session.setting(SIGN_IN_MODE_KEY)) == "none":
            return False  # sign-in is off (the default): its service and modules are not even loaded
        sign_in = self._sign_in_service()
        # a --teacher preview has its own throw-away session: nothing to protect there
        if sign_in is None or self.window.session is not sign_in.session:
            return False
        if sign_in.needed(profile) == "none":
            return False
        profile = sign_in.resolve(profile)  # a learner from another PC of the class is brought here first
        needed = sign_in.needed(profile)
        if needed == "none":
            return False
        if sign_in.mode == "picture":
            from literacy_app.ui.shell.sign_in_picture import SignInPicture as Page
        else:
            from literacy_app.ui.shell.sign_in_code import SignInCode as Page  # type: ignore[assignment]
        self._discard()
        page = Page(sign_in, profile, choosing=needed == "choose")
        page.signedIn.connect(lambda: self.window.start_learning(profile, lesson_id, step))
        page.back.connect(self.window.show_picker)
        self.page = page
        self.window.stack.addWidget(page)
        self.window.stack.setCurrentWidget(page)
        self.window.switch_action.setEnabled(True)
        page.focus_first()
        return True

    def _page_changed(self, _index: int) -> None:
        if self.page is not None and self.window.stack.currentWidget() is not self.page:
            QTimer.singleShot(0, self._discard)  # not while its own signal is still being delivered

    def _discard(self) -> None:
        page, self.page = self.page, None
        if page is not None and self.window.stack.currentWidget() is not page:
            self.window.stack.removeWidget(page)
            page.deleteLater()
        elif page is not None:
            self.page = page

    def idle(self) -> None:
        """No input for the idle time: the learner (or a half-done sign-in) goes back to "Who's learning?"."""
        teacher_mode = getattr(self.window, "teacher_mode", None)
        if teacher_mode is not None and teacher_mode.active:  # teacher mode ends on its own after idling
            return
        if self.window.session.profile is not None or self.page is not None:
            self.window.show_picker()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in INPUT_EVENTS:
            self.idle_timer.start()  # restarts the countdown
            app = QApplication.instance()
            if app is not None and self.watching:  # safe inside the filter's own call (Qt's documentation)
                app.removeEventFilter(self)
                self.watching = False
                self.watch_pause.start()
        return False
