"""Pair each left-hand item with a right-hand one, using a drop-down list per item."""

from __future__ import annotations

import random

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from literacy_app.content.model import Question
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.calm_combo import CalmComboBox


class MatchInput(QWidget):
    responseChanged = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow column puts the term above
        options = sorted({right for _left, right in question.pairs})
        random.Random(question.id).shuffle(options)
        self.combos: list[QComboBox] = []
        for left, _right in question.pairs:
            # the wheel scrolls the lesson, not the answer, unless the learner is in the drop-down;
            # a screen reader hears the term it belongs to, not "Choose…"
            combo = CalmComboBox(self)
            combo.addItem(self.tr("Choose…"), "")
            for option in options:
                combo.addItem(option, option)
            combo.setAccessibleName(self.tr("Match for: {0}").format(left))
            # long options must not widen the lesson: the closed box may elide, the open list shows all
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
            combo.setToolTip(left)
            combo.currentIndexChanged.connect(lambda _i: self.responseChanged.emit())
            label = QLabel(left, self)
            label.setWordWrap(True)
            label.setBuddy(combo)
            layout.addRow(label, combo)
            self.combos.append(combo)

    def response(self) -> list[str]:
        return [combo.currentData() or "" for combo in self.combos]

    def has_response(self) -> bool:
        return all(self.response())

    def restore(self, stored: dict) -> None:
        for combo, right in zip(self.combos, self.response_for(stored), strict=False):
            combo.setCurrentIndex(max(combo.findData(right), 0))

    def response_for(self, stored: dict) -> list[str]:
        given = stored.get("pairs", {})
        return [given.get(left, "") for left, _right in self.question.pairs]

    def set_locked(self, locked: bool) -> None:
        for combo in self.combos:
            combo.setEnabled(not locked)

    def result_note(self, result) -> str:
        wrong = [f"{left} → {right}" for (left, right), given in zip(self.question.pairs, self.response(), strict=False)
                 if given != right]
        return self.tr("Correct pairs: {0}").format("; ".join(wrong)) if wrong else ""

    def show_result(self, result) -> None:
        for combo, (_left, right) in zip(self.combos, self.question.pairs, strict=False):
            combo.setAccessibleDescription(self.tr("correct") if combo.currentData() == right else self.tr("wrong"))

    def clear_result(self) -> None:
        for combo in self.combos:
            combo.setCurrentIndex(0)
