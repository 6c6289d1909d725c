"""Sign in with a 4-6 digit code: typed into a hidden field; chosen at the first sign-in and typed twice."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from literacy_app.learning.learner_secret import CODE_MAX, CODE_MIN
from literacy_app.services.session import Profile
from literacy_app.services.sign_in import SignInService
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.shell.sign_in_page import SignInPage


class SignInCode(SignInPage):
    def __init__(self, sign_in: SignInService, profile: Profile, choosing: bool, parent: QWidget | None = None) -> None:
        super().__init__(sign_in, profile, choosing, parent)
        self.setAccessibleName(self.tr("Sign in with your code"))
        validator = QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{CODE_MAX}}}"), self)
        self.code_edit = QLineEdit()
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setValidator(validator)
        self.code_edit.setMaxLength(CODE_MAX)
        self.code_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.code_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 6)
        self.code_edit.setFont(font)
        self.code_edit.setMaximumWidth(260)
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code_edit.textChanged.connect(lambda _text: self.submit_button.setEnabled(self.ready()))
        self.code_edit.returnPressed.connect(self.submit)
        form = QFormLayout()
        form.setFormAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.code_label_text = self.tr("Code:")
        form.addRow(self.code_label_text, self.code_edit)
        self.body.addLayout(form)
        self.forgot_button.setText(self.tr("I forgot my code"))
        self.set_tab_order([self.code_edit])
        if choosing:
            self.show_choosing()
        else:
            self._show_checking()

    def _show_checking(self) -> None:
        self.title.setText(self.tr("Hello, {0}!").format(self.profile.name))
        self.hint.setText(self.tr("Type your code, then press Enter."))
        self.code_edit.setAccessibleName(self.tr("Your code"))

    def show_choosing(self) -> None:
        self.title.setText(self.tr("Hello, {0}! Choose your code").format(self.profile.name))
        self.hint.setText(self.tr("Choose {0} to {1} digits that only you know, and remember them. "
                                  "You will type them each time you sign in.").format(CODE_MIN, CODE_MAX))
        self.code_edit.setAccessibleName(self.tr("Choose your code"))
        self.submit_button.setText(self.tr("Next"))
        self.focus_first()

    def show_confirming(self) -> None:
        self.title.setText(self.tr("Type the same code again"))
        self.hint.setText(self.tr("To be sure you remember it."))
        self.code_edit.setAccessibleName(self.tr("Your code again"))
        self.submit_button.setText(self.tr("Save my code and start"))
        self.say(self.tr("Type the same code again."))
        self.focus_first()

    def secret(self) -> object:
        return self.code_edit.text()

    def clear(self) -> None:
        self.code_edit.clear()

    def ready(self) -> bool:
        return CODE_MIN <= len(self.code_edit.text()) <= CODE_MAX

    def set_inputs_enabled(self, enabled: bool) -> None:
        self.code_edit.setEnabled(enabled)

    def focus_first(self) -> None:
        self.code_edit.setFocus()
