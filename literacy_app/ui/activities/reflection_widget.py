"""A reflection: a prompt, a text box with a character counter, and Save; the text is kept per learner."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from literacy_app.content.model import Lesson, Reflection
from literacy_app.content.render import render_markdown
from literacy_app.services.session import Session
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.accessibility import announce
from literacy_app.ui.look.buttons import ActionButton


def _day(iso_time: str) -> str:
    """An ISO time as the learner's long date ("Monday, 2 March 2026")."""
    moment = QDateTime.fromString(iso_time, Qt.DateFormat.ISODate)
    return QLocale().toString(moment.toLocalTime().date(), QLocale.FormatType.LongFormat) if moment.isValid() \
        else iso_time[:10]


class ReflectionWidget(QFrame):
    """Saves through the session; never graded. Save is enabled once the minimum length is reached."""

    reflectionSaved = Signal(str)

    def __init__(self, session: Session, lesson: Lesson, reflection: Reflection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lesson = lesson
        self.reflection = reflection
        self.setObjectName("reflectionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Reflection"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 16, 14)
        layout.setSpacing(8)
        kind = QLabel(self.tr("Reflection · not graded").upper())
        kind.setObjectName("activityKind")
        kind.setWordWrap(True)
        kind.setAccessibleName(self.tr("Reflection, not graded"))
        layout.addWidget(kind)
        self.prompt_label = QLabel(render_markdown(reflection.prompt))
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.prompt_label)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Your reflection"))
        self.editor.setAccessibleDescription(reflection.prompt)
        self.editor.setPlaceholderText(self.tr("Write your thoughts here. Only you and your teacher see them."))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(120)
        self.prompt_label.setBuddy(self.editor)
        layout.addWidget(self.editor)
        row = QHBoxLayout()
        self.counter_label = QLabel()
        self.counter_label.setObjectName("reflectionCounter")
        self.counter_label.setWordWrap(True)
        row.addWidget(self.counter_label, 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("reflectionStatus")
        row.addWidget(self.status_label)
        self.save_button = ActionButton(self.tr("Save"), primary=True)
        self.save_button.setAccessibleName(self.tr("Save my reflection"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Save, self.editor, self.save)
        # private: a saved reflection is shown again only to its author (services/session.py)
        self._saved_text = session.visible_reflection(lesson, reflection.id) or ""
        self.editor.setPlainText(self._saved_text)
        self.editor.textChanged.connect(self._update)
        self._update()
        if self._saved_text:
            self.status_label.setText(self.tr("Saved earlier"))
        elif (written := session.reflection_written_at(lesson, reflection.id)) is not None:
            self.private_note = QLabel(self.tr("You wrote a reflection on {0}. It stays private; what you write "
                                               "and save now replaces it.").format(_day(written)))
            self.private_note.setObjectName("reflectionPrivate")
            self.private_note.setWordWrap(True)
            layout.insertWidget(layout.indexOf(self.editor), self.private_note)

    @property
    def length(self) -> int:
        return len(self.editor.toPlainText().strip())

    def _update(self) -> None:
        minimum = self.reflection.min_length
        if minimum:
            text = self.tr("{0} of at least {1} characters").format(self.length, minimum)
            if self.length < minimum:
                text += " · " + self.tr("{0} more to go").format(minimum - self.length)
        else:
            text = self.tr("{0} characters").format(self.length)
        self.counter_label.setText(text)
        self.counter_label.setAccessibleName(text)
        changed = self.editor.toPlainText() != self._saved_text
        self.save_button.setEnabled(changed and self.length >= max(minimum, 1))
        if changed:
            self.status_label.setText(self.tr("Not saved yet") if self.length else "")

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        text = self.editor.toPlainText()
        self.session.save_reflection(self.lesson, self.reflection.id, text)
        self._saved_text = text
        self.status_label.setText(self.tr("✔ Saved"))
        self.save_button.setEnabled(False)
        announce(self.status_label, self.tr("Your reflection is saved."))
        self.reflectionSaved.emit(self.reflection.id)
