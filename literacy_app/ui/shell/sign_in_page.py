"""What both sign-in screens share: a greeting, a message line read out by screen readers, the wait after a
wrong try counting down, and Back / Forgot / Sign in. The check itself is the sign-in service's."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from literacy_app.learning.learner_secret import CODE_MAX, CODE_MIN, PICTURES_TO_PICK
from literacy_app.services.session import Profile
from literacy_app.services.sign_in import SignInService, SignInVerdict
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.accessibility import announce

MAX_WIDTH = 620  # a readable column in the middle of a wide screen


class Button(QPushButton):
    """Enter on a focused button presses it, as Space does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)


class SignInPage(QWidget):
    """A sign-in screen for one learner. `choosing`: their first sign-in here (or after the teacher's reset):
    they choose their secret and give it twice. Emits signedIn() once the service accepted, back() to leave."""

    signedIn = Signal()
    back = Signal()

    def __init__(self, sign_in: SignInService, profile: Profile, choosing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sign_in = sign_in
        self.profile = profile
        self.choosing = choosing
        self.confirming = False  # choosing: the secret was given once and is asked again
        self._first: object = None
        self.setObjectName("signInPage")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        column = QWidget()
        column.setMaximumWidth(MAX_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addWidget(column, 1, Qt.AlignmentFlag.AlignHCenter)
        self.layout_ = QVBoxLayout(column)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(12)
        self.layout_.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("pickerTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.layout_.addWidget(self.title)
        self.hint = QLabel()
        self.hint.setObjectName("pickerHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.layout_.addWidget(self.hint)
        self.body = QVBoxLayout()
        self.layout_.addLayout(self.body)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.layout_.addWidget(self.message)
        row = QHBoxLayout()
        self.back_button = Button(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to Who's learning"))
        self.back_button.clicked.connect(self.back)
        row.addWidget(self.back_button)
        self.forgot_button = Button()
        self.forgot_button.clicked.connect(self._forgot)
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        self.submit_button = Button(self.tr("Sign in"))
        self.submit_button.setProperty("kind", "primary")
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.submit_button)
        self.layout_.addLayout(row)
        self.layout_.addStretch(2)
        # the countdown only refreshes the screen; the service decides with its own clock
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.refresh_lock)
        self.forgot_button.setVisible(not choosing)

    # -- to fill in by each screen --------------------------------------------------------
    def secret(self) -> object:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def set_inputs_enabled(self, enabled: bool) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        raise NotImplementedError

    def ready(self) -> bool:
        """Whether enough was given to try (two pictures, four digits)."""
        raise NotImplementedError

    # -- shared ---------------------------------------------------------------------------
    def set_tab_order(self, inputs: list[QWidget]) -> None:
        """Tab goes through the inputs first, then Sign in, Forgot and Back (the row is built before them)."""
        chain = [*inputs, self.submit_button, self.forgot_button, self.back_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def problem_text(self, problem: str) -> str:
        """The sign-in service's reason (learning/learner_secret.py), in the app's language."""
        known = {
            f"Pick {PICTURES_TO_PICK} pictures.": self.tr("Pick {0} pictures.").format(PICTURES_TO_PICK),
            "Pick pictures from the grid.": self.tr("Pick pictures from the grid."),
            "Use digits only.": self.tr("Use digits only."),
            f"Use {CODE_MIN} to {CODE_MAX} digits.": self.tr("Use {0} to {1} digits.").format(CODE_MIN, CODE_MAX),
            "A secret is already set: sign in with it.": self.tr("A secret is already set: sign in with it."),
        }
        return known.get(problem, problem)

    def say(self, text: str) -> None:
        self.message.setText(text)
        announce(self.message, text)

    def refresh_lock(self) -> None:
        wait = 0.0 if self.choosing else self.sign_in.wait_remaining(self.profile)
        locked = wait > 0
        self.set_inputs_enabled(not locked)
        self.submit_button.setEnabled(not locked and self.ready())
        if locked:
            self.message.setText(self.tr("That is not right. You can try again in {0} s.").format(int(wait + 0.999)))
            self.countdown.start()
        elif self.countdown.isActive():
            self.countdown.stop()
            self.say(self.tr("You can try again now."))
            self.focus_first()

    def submit(self) -> None:
        if not self.ready() or not self.submit_button.isEnabled():
            return
        secret = self.secret()
        self.clear()
        if self.choosing:
            self._choose(secret)
            return
        verdict = self.sign_in.check(self.profile, secret)  # type: ignore[arg-type]
        if verdict.accepted:
            self.signedIn.emit()
            return
        self.refresh_lock()  # never says which part was wrong
        announce(self.message, self.message.text())

    def _choose(self, secret: object) -> None:
        if not self.confirming:
            self._first = secret
            self.confirming = True
            self.show_confirming()
            return
        self.confirming = False
        if _same(secret, self._first):
            verdict: SignInVerdict = self.sign_in.choose(self.profile, secret)  # type: ignore[arg-type]
            if verdict.accepted:
                self.signedIn.emit()
                return
            self.show_choosing()
            self.say(self.problem_text(verdict.problem))
            return
        self.show_choosing()
        self.say(self.tr("The two did not match. Choose again, then give the same again."))

    def show_choosing(self) -> None:
        """Choosing, first time through."""

    def show_confirming(self) -> None:
        """Choosing, asked again to be sure."""

    def _forgot(self) -> None:
        self.say(self.tr("Ask your teacher: in the teacher view, Learners' data… > Reset sign-in. "
                         "Then you choose again."))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.refresh_lock()


def _same(first: object, second: object) -> bool:
    if isinstance(first, str) or isinstance(second, str):
        return first == second
    return sorted(first) == sorted(second)  # type: ignore[call-overload]
