"""A list the learner puts in order, with Move up / Move down buttons (and drag and drop)."""

from __future__ import annotations

import random

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import Question
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.buttons import ActionButton

INDEX_ROLE = Qt.ItemDataRole.UserRole


class OrderInput(QWidget):
    responseChanged = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Items to put in order"))
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(lambda *_: self.responseChanged.emit())
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up = ActionButton(self.tr("Move up"), self)
        self.up.setAccessibleName(self.tr("Move the selected item up"))
        self.down = ActionButton(self.tr("Move down"), self)
        self.down.setAccessibleName(self.tr("Move the selected item down"))
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down.clicked.connect(lambda: self.move_selected(1))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._fill(self._start_order())

    def _start_order(self) -> list[int]:
        order = list(range(len(self.question.choices)))
        rng = random.Random(self.question.id)
        while len(order) > 1 and order == sorted(order):
            rng.shuffle(order)
        return order

    def _fill(self, order: list[int]) -> None:
        self.list.clear()
        for index in order:
            item = QListWidgetItem(self.question.choices[index].text)
            item.setData(INDEX_ROLE, index)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * max(len(order), 1) + 8)

    def move_selected(self, offset: int) -> None:
        row = self.list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.responseChanged.emit()

    def response(self) -> list[int]:
        return [self.list.item(row).data(INDEX_ROLE) for row in range(self.list.count())]

    def has_response(self) -> bool:
        return True

    def restore(self, stored: dict) -> None:
        self._fill(self.response_for(stored))

    def response_for(self, stored: dict) -> list[int]:
        texts = [c.text for c in self.question.choices]
        order = [texts.index(t) for t in stored.get("order", []) if t in texts]
        return order if sorted(order) == list(range(len(texts))) else list(range(len(texts)))

    def set_locked(self, locked: bool) -> None:
        self.list.setDragEnabled(not locked)
        self.up.setEnabled(not locked)
        self.down.setEnabled(not locked)

    def show_result(self, result) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            index = item.data(INDEX_ROLE)
            mark = "✔" if index == row else "✘"
            item.setText(f"{mark} {self.question.choices[index].text}")

    def result_note(self, result) -> str:
        if result.correct:
            return ""
        return self.tr("Correct order: {0}").format(" → ".join(c.text for c in self.question.choices))

    def clear_result(self) -> None:
        self._fill(self._start_order())
