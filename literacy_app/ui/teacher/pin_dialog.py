"""The teacher PIN dialog: choose a PIN the first time, enter it afterwards; waits grow after wrong tries."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from literacy_app.learning.teacher_pin import MAX_LENGTH, MIN_LENGTH, PinGuard, pin_problem
from literacy_app.ui.look.accessibility import announce


class PinDialog(QDialog):
    """Accepts only after the right PIN (or a newly chosen one). The PIN itself is never kept or logged."""

    def __init__(self, guard: PinGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self.choosing = not guard.is_set
        self.setWindowTitle(self.tr("Teacher mode"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose a teacher PIN (4 to 12 digits). Students must not see it.")
                       if self.choosing else self.tr("Enter the teacher PIN."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        validator = QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_LENGTH}}}"), self)
        self.pin_edit = self._pin_field(self.tr("Teacher PIN"), validator)
        form.addRow(self.tr("PIN:"), self.pin_edit)
        self.confirm_edit = self._pin_field(self.tr("Teacher PIN again"), validator)
        if self.choosing:
            form.addRow(self.tr("Again:"), self.confirm_edit)
        else:
            self.confirm_edit.hide()
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Set PIN") if self.choosing else self.tr("Open teacher view"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # the countdown only refreshes the label; the guard decides with its own clock
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.refresh_lock)
        self.refresh_lock()

    def _pin_field(self, name: str, validator: QRegularExpressionValidator) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setValidator(validator)
        field.setAccessibleName(name)
        field.returnPressed.connect(self.submit)
        return field

    def refresh_lock(self) -> None:
        wait = self.guard.wait_remaining()
        locked = wait > 0
        self.ok_button.setEnabled(not locked)
        self.pin_edit.setEnabled(not locked)
        if locked:
            self.message.setText(self.tr("Wrong PIN. You can try again in {0} s.").format(int(wait + 0.999)))
            self.countdown.start()
        elif self.countdown.isActive():
            self.countdown.stop()
            self.message.setText(self.tr("You can try again now."))
            self.pin_edit.setFocus()

    def submit(self) -> None:
        pin = self.pin_edit.text()
        if self.choosing:
            if pin_problem(pin):
                self._say(self._pin_problem_text(pin))
            elif self.confirm_edit.text() != pin:
                self._say(self.tr("The two PINs differ. Type the same PIN twice."))
            else:
                self.guard.set_pin(pin)
                self.accept()
            return
        if not self.ok_button.isEnabled():
            return
        verdict = self.guard.check(pin)
        self.pin_edit.clear()
        if verdict.accepted:
            self.accept()
            return
        self.refresh_lock()
        announce(self.message, self.message.text())

    def _pin_problem_text(self, pin: str) -> str:
        """pin_problem's reason, in the app's language."""
        if not (pin.isdigit() and pin.isascii()):
            return self.tr("Use digits only.")
        return self.tr("Use {0} to {1} digits.").format(MIN_LENGTH, MAX_LENGTH)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        announce(self.message, text)
