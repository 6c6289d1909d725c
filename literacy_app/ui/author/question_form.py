"""Insert > Quiz question…: a question of any type from a form; it joins the quiz at the cursor, or starts one."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from literacy_app.ui.author.block_text import QUESTION_KINDS, ChoiceRow, QuestionDraft, question_markdown
from literacy_app.ui.author.form_base import FormDialog, IdField
from literacy_app.ui.author.rows_editor import Column, RowsEditor

KIND_LABELS = {
    "single": QT_TRANSLATE_NOOP("QuestionForm", "Single choice (one right answer)"),
    "multiple": QT_TRANSLATE_NOOP("QuestionForm", "Multiple answers (tick all that apply)"),
    "true-false": QT_TRANSLATE_NOOP("QuestionForm", "True or false"),
    "short": QT_TRANSLATE_NOOP("QuestionForm", "Short text answer"),
    "order": QT_TRANSLATE_NOOP("QuestionForm", "Put in order"),
    "match": QT_TRANSLATE_NOOP("QuestionForm", "Matching pairs"),
}


class QuestionForm(FormDialog):
    def __init__(self, taken_ids: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Insert a quiz question"),
                         self.tr("The question joins the quiz the cursor is in, or starts a new quiz there."), parent)
        self.kind_box = QComboBox()
        for kind in QUESTION_KINDS:
            self.kind_box.addItem(self.tr(KIND_LABELS[kind]), kind)
        self.form.addRow(self.tr("&Type:"), self.kind_box)
        self.prompt = QLineEdit()
        self.prompt.setPlaceholderText(self.tr("What do you want to ask?"))
        self.form.addRow(self.tr("&Question:"), self.prompt)
        self.id_field = IdField(self.prompt, taken_ids, "question")
        self.form.addRow(self.tr("&Id:"), self.id_field)

        self.pages = QStackedWidget()
        self.choices = RowsEditor([Column(self.tr("Right"), "check", stretch=0),
                                   Column(self.tr("Choice"), placeholder=self.tr("A possible answer"), stretch=3),
                                   Column(self.tr("Feedback (optional)"), stretch=2)], rows=3,
                                  add_text=self.tr("Add a choice"))
        self.answers = RowsEditor([Column(self.tr("Accepted answer"), placeholder=self.tr("An answer you accept"))],
                                  rows=2, add_text=self.tr("Add an answer"))
        true_false = QWidget()
        box = QVBoxLayout(true_false)
        box.setContentsMargins(0, 0, 0, 0)
        self.true_right = QRadioButton(self.tr("The statement is true"))
        self.false_right = QRadioButton(self.tr("The statement is false"))
        self.true_right.setChecked(True)
        group = QButtonGroup(true_false)
        group.addButton(self.true_right)
        group.addButton(self.false_right)
        box.addWidget(self.true_right)
        box.addWidget(self.false_right)
        self.items = RowsEditor([Column(self.tr("Item, in the right order"))], rows=3, add_text=self.tr("Add an item"))
        self.pairs = RowsEditor([Column(self.tr("Left side")), Column(self.tr("Matches"))], rows=3,
                                add_text=self.tr("Add a pair"))
        self.page_of = {"single": self.choices, "multiple": self.choices, "true-false": true_false,
                        "short": self.answers, "order": self.items, "match": self.pairs}
        for page in (self.choices, true_false, self.answers, self.items, self.pairs):
            self.pages.addWidget(page)
        self.form.addRow(self.tr("Answers:"), self.pages)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)

        self.hint = QLineEdit()
        self.hint.setPlaceholderText(self.tr("Optional: shown when the learner asks for a hint"))
        self.form.addRow(self.tr("&Hint:"), self.hint)
        self.explanation = QLineEdit()
        self.explanation.setPlaceholderText(self.tr("Optional: shown after answering"))
        self.form.addRow(self.tr("&Explanation:"), self.explanation)
        self.points = QSpinBox()
        self.points.setRange(1, 100)
        self.points.setMaximumWidth(120)
        self.form.addRow(self.tr("&Points:"), self.points)
        self._kind_changed()
        self.fit_screen()

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(QUESTION_KINDS.index(kind))

    def _kind_changed(self, *_args: object) -> None:
        self.pages.setCurrentWidget(self.page_of[self.kind])

    def draft(self) -> QuestionDraft:
        choices = [ChoiceRow(str(text), bool(right), str(feedback))
                   for right, text, feedback in self.choices.values() if text]
        if self.kind == "short":
            choices = [ChoiceRow(str(text), True) for (text,) in self.answers.values() if text]
        return QuestionDraft(
            kind=self.kind, prompt=self.prompt.text().strip(), question_id=self.id_field.text().strip(),
            choices=choices, true_is_right=self.true_right.isChecked(),
            items=[str(text) for (text,) in self.items.values() if text],
            pairs=[(str(left), str(right)) for left, right in self.pairs.values() if left and right],
            hint=self.hint.text(), explanation=self.explanation.text(), points=self.points.value())

    def problem(self) -> str:
        draft = self.draft()
        if not draft.prompt:
            return self.tr("Write the question.")
        if problem := self.id_field.problem():
            return problem
        right = sum(choice.correct for choice in draft.choices)
        if draft.kind in ("single", "multiple") and len(draft.choices) < 2:
            return self.tr("Write at least two choices.")
        if draft.kind == "single" and right != 1:
            return self.tr("Tick exactly one right choice (or choose “Multiple answers”).")
        if draft.kind == "multiple" and right < 1:
            return self.tr("Tick at least one right choice.")
        if draft.kind == "short" and not draft.choices:
            return self.tr("Write at least one answer you accept.")
        if draft.kind == "order" and len(draft.items) < 2:
            return self.tr("Write at least two items.")
        if draft.kind == "match" and len(draft.pairs) < 2:
            return self.tr("Write at least two pairs.")
        return ""

    def markdown(self) -> str:
        return question_markdown(self.draft())
