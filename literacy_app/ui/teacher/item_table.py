"""Item analysis for one lesson: per question, how many answers were right, the favourite wrong answer.

One line per question (long prompts elided, whole in the tooltip) so a lesson's questions fit on one
screen; the selected question is shown whole in the pane below."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.model import Lesson
from literacy_app.learning.analytics import ItemRow
from literacy_app.services.teacher import TeacherService
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.lesson.activity_registry import answer_text
from literacy_app.ui.look.formats import fixed
from literacy_app.ui.teacher.grid_views import compact_rows

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the question's place in self.rows, whatever the sort order
DETAIL_LINES = 5


class NumberItem(QTableWidgetItem):
    """Sorts by its number, shows its text."""

    def __init__(self, text: str, value: float) -> None:
        super().__init__(text)
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", 0)


class TeacherItems(QWidget):
    COLUMNS = (QT_TRANSLATE_NOOP("TeacherItems", "Question"), QT_TRANSLATE_NOOP("TeacherItems", "Correct"),
               QT_TRANSLATE_NOOP("TeacherItems", "Most chosen wrong answer"),
               QT_TRANSLATE_NOOP("TeacherItems", "Attempts per learner"), QT_TRANSLATE_NOOP("TeacherItems", "Answers"))

    def __init__(self, teacher: TeacherService, lessons: list[Lesson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.teacher = teacher
        self.lessons = lessons
        self.rows: list[ItemRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
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
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_detail(row))
        self.detail = QTextBrowser()
        self.detail.setObjectName("itemDetail")
        self.detail.setAccessibleName(self.tr("The selected question"))
        self.detail.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        split.setSizes([10_000, self.fontMetrics().lineSpacing() * DETAIL_LINES + 12])
        layout.addWidget(split, 1)
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
            wrong = f"{answer_text(item.top_wrong)} ({item.top_wrong_count}×)" if item.top_wrong else self.tr("none")
            cells = (QTableWidgetItem(item.prompt),
                     NumberItem(f"{mark}{item.percent_correct:.0f}%", item.percent_correct),
                     QTableWidgetItem(wrong), NumberItem(fixed(item.mean_attempts), item.mean_attempts),
                     NumberItem(str(item.answers), item.answers))
            for column, cell in enumerate(cells):
                cell.setData(ROW_ROLE, row)
                if column in (0, 2):  # elided in the table: whole in the tooltip
                    cell.setToolTip(cell.text())
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        self.table.sortItems(1, Qt.SortOrder.AscendingOrder)  # hardest questions first
        if self.rows:
            self.table.setCurrentCell(0, 0)
        self.show_detail(self.table.currentRow())
        hard = [r for r in self.rows if r.percent_correct < 50]
        if not self.rows:
            self.summary.setText(self.tr("Nobody has answered this lesson's questions yet."))
        else:
            self.summary.setText(self.tr("%n question(s), hardest first. {0} got fewer than half of the answers "
                                         "right (marked ⚠). Click a column title to sort.", "", len(self.rows)).format(
                                             len(hard)))

    def show_detail(self, row: int) -> None:
        """The question at table row `row` (in the current sort order) in full, below the table."""
        cell = self.table.item(row, 0) if row >= 0 else None
        if cell is None:
            self.detail.clear()
            return
        item = self.rows[cell.data(ROW_ROLE)]
        wrong = (self.tr("Most chosen wrong answer: {0} ({1}×)").format(html.escape(answer_text(item.top_wrong)),
                                                                     item.top_wrong_count)
                 if item.top_wrong else self.tr("Nobody chose a wrong answer."))
        self.detail.setHtml(
            f"<p><b>{html.escape(item.prompt)}</b></p><p>"
            + self.tr("{0} right, from {1}, {2} attempts each.").format(
                self.tr("{0:.0f}% of %n answer(s)", "", item.answers).format(item.percent_correct),
                self.tr("%n learner(s)", "", item.students), fixed(item.mean_attempts))
            + f"<br>{wrong}</p>")
