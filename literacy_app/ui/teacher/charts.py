"""The charts page: score distribution of a chosen lesson above the class's progress over time."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from literacy_app.learning.analytics import Overview, score_distribution
from literacy_app.ui.teacher.histogram import ScoreHistogram
from literacy_app.ui.teacher.progress_chart import ProgressChart


class TeacherCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel(self.tr("Lesson:"))
        bar.addWidget(label)
        self.lesson_box = QComboBox()
        self.lesson_box.setAccessibleName(self.tr("Lesson for the score chart"))
        label.setBuddy(self.lesson_box)
        self.lesson_box.currentIndexChanged.connect(self._show_distribution)
        bar.addWidget(self.lesson_box, 1)
        layout.addLayout(bar)
        self.histogram = ScoreHistogram()
        layout.addWidget(self.histogram, 1)
        self.progress = ProgressChart()
        layout.addWidget(self.progress, 1)

    def set_data(self, overview: Overview, progress: list[tuple[str, float]]) -> None:
        self.overview = overview
        current = self.lesson_box.currentData()
        self.lesson_box.blockSignals(True)
        self.lesson_box.clear()
        for lesson in overview.lessons:
            self.lesson_box.addItem(lesson.title, lesson.id)
        index = self.lesson_box.findData(current)
        self.lesson_box.setCurrentIndex(max(index, 0))
        self.lesson_box.blockSignals(False)
        self._show_distribution()
        self.progress.set_points(progress)

    def _show_distribution(self) -> None:
        lesson_id = self.lesson_box.currentData()
        if self.overview is None or lesson_id is None:
            return
        self.histogram.set_counts(score_distribution(self.overview, lesson_id),
                                  self.tr("Best scores in “{0}”").format(self.lesson_box.currentText()))
