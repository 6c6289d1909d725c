"""What every Insert form shares: a scrolling form (it fits a 768-pixel screen), an id made from the text
until the author types one, a message saying what is missing, and Insert / Cancel."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.syntax import VALID_ID_RE
from literacy_app.ui.author.block_text import unique_id
from literacy_app.ui.lazy_qt import Qt


class IdField(QLineEdit):
    """An id that follows the text it names (unique in the lesson) until the author edits it."""

    def __init__(self, source: QLineEdit | QPlainTextEdit, taken: Iterable[str], fallback: str) -> None:
        super().__init__()
        self.taken = set(taken)
        self.fallback = fallback
        self.source = source
        self.typed = False
        self.setAccessibleName(self.tr("Id"))
        self.setToolTip(self.tr("Letters, digits, '-' and '_'. Learners' answers are kept by id: "
                                "do not change it once the lesson is in use."))
        self.textEdited.connect(self._edited)
        source.textChanged.connect(self._follow)
        self._follow()

    def _source_text(self) -> str:
        source = self.source
        return source.toPlainText() if isinstance(source, QPlainTextEdit) else source.text()

    def _follow(self, *_args: object) -> None:
        if not self.typed:
            self.setText(unique_id(self._source_text()[:60], self.taken, self.fallback))

    def _edited(self, _text: str) -> None:
        self.typed = True

    def problem(self) -> str:
        value = self.text().strip()
        if not value:
            return self.tr("Give it an id.")
        if not VALID_ID_RE.match(value):
            return self.tr("The id '{0}' may use letters, digits, '-' and '_' only.").format(value)
        if value in self.taken:
            return self.tr("The id '{0}' is already used in this lesson.").format(value)
        return ""


class FormDialog(QDialog):
    """Subclasses fill `self.form` and implement problem() and markdown()."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        outer = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        outer.addWidget(intro_label)
        self.body = QWidget()
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        column.addLayout(self.form)
        column.addStretch(1)  # spare height stays below the fields instead of spreading them apart
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        outer.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Insert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def fit_screen(self, width: int = 680, height: int = 640) -> None:
        """As tall as the fields need, at most `height`, and always room for the taskbar on a 1366x768 screen
        (the fields scroll when they need more)."""
        height = min(height, self.body.sizeHint().height() + 190)  # intro, message and buttons
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(width, height)

    @staticmethod
    def text_box(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        return box

    def problem(self) -> str:
        return ""

    def markdown(self) -> str:
        raise NotImplementedError

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        self.message.clear()
        super().accept()
