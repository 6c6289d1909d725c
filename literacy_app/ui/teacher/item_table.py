"""Item analysis for one lesson: per question, how many answers were right, the favourite wrong answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import Lesson
from literacy_app.learning.analytics import ItemRow
from literacy_app.services.teacher import TeacherService


class NumberItem(QTableWidgetItem):
    """Sorts by its number, shows its text."""

    def __init__(self, text: str, value: float) -> None:
        super().__init__(text)
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", 0)


class TeacherItems(QWidget):
    COLUMNS = ("Question", "Correct", "Most chosen wrong answer", "Attempts per learner", "Answers")

    def __init__(self, teacher: TeacherService, lessons: list[Lesson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.teacher = teacher
        self.lessons = lessons
        self.rows: list[ItemRow] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel(self.tr("Lesson:"))
        bar.addWidget(label)
        self.lesson_box = QComboBox()
        self.lesson_box.setAccessibleName(self.tr("Lesson for item analysis"))
        label.setBuddy(self.lesson_box)
        for lesson in lessons:
            self.lesson_box.addItem(lesson.title, lesson.id)
        self.lesson_box.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.lesson_box, 1)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("itemTable")
        self.table.setAccessibleName(self.tr("Questions of the lesson"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # wrapped rows must be measured again whenever the columns change width, or they stay too tall
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        self.refresh()

    def show_lesson(self, lesson_id: str) -> None:
        index = self.lesson_box.findData(lesson_id)
        if index >= 0:
            self.lesson_box.setCurrentIndex(index)

    def refresh(self) -> None:
        lesson = next((item for item in self.lessons if item.id == self.lesson_box.currentData()), None)
        self.rows = self.teacher.item_rows(lesson) if lesson else []
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for row, item in enumerate(self.rows):
            mark = "⚠ " if item.percent_correct < 50 else ""
            self.table.setItem(row, 0, QTableWidgetItem(item.prompt))
            self.table.setItem(row, 1, NumberItem(f"{mark}{item.percent_correct:.0f}%", item.percent_correct))
            wrong = f"{item.top_wrong} ({item.top_wrong_count}×)" if item.top_wrong else self.tr("none")
            self.table.setItem(row, 2, QTableWidgetItem(wrong))
            self.table.setItem(row, 3, NumberItem(f"{item.mean_attempts:.1f}", item.mean_attempts))
            self.table.setItem(row, 4, NumberItem(str(item.answers), item.answers))
        self.table.setSortingEnabled(True)
        self.table.sortItems(1, Qt.SortOrder.AscendingOrder)  # hardest questions first
        self.table.resizeRowsToContents()
        hard = [r for r in self.rows if r.percent_correct < 50]
        if not self.rows:
            self.summary.setText(self.tr("Nobody has answered this lesson's questions yet."))
        else:
            self.summary.setText(self.tr("{0} question(s), hardest first. {1} got fewer than half of the answers "
                                         "right (marked ⚠). Click a column title to sort.").format(len(self.rows),
                                                                                                   len(hard)))
