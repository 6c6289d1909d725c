"""Pre-test against post-test per module: each learner's two scores and gain, and the class mean gain."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from literacy_app.learning.analytics import Gain
from literacy_app.ui.look.formats import percent_or
from literacy_app.ui.teacher.item_table import NumberItem


def _percent(value: float | None) -> str:
    return percent_or(value)  # "33%", "33 %" in French; "–" for none


class TeacherPrePost(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("prePostSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Pre-test and post-test scores"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Module"), self.tr("Learner"), self.tr("Pre-test"), self.tr("Post-test"), self.tr("Gain")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)
        self.objectives = QTableWidget(0, 5)
        self.objectives.setAccessibleName(self.tr("Gain per learning objective"))
        self.objectives.setHorizontalHeaderLabels(
            [self.tr("Module"), self.tr("Objective"), self.tr("Pre-test right"), self.tr("Post-test right"),
             self.tr("Gain")])
        self.objectives.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.objectives.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.objectives, 1)

    def set_gains(self, gains: list[Gain]) -> None:
        if not gains:
            self.summary.setText(self.tr("No module has both a pre-test and a post-test lesson "
                                         "(front matter 'assessment: pre' and 'assessment: post')."))
        else:
            lines = []
            for gain in gains:
                if gain.mean_gain is None:
                    lines.append(self.tr("{0}: nobody has taken both tests yet.").format(gain.module))
                else:
                    lines.append(self.tr("{0}: class mean {1} → {2}, mean gain {3:+.0f} points "
                                         "({4} learners took both tests).").format(
                        gain.module, _percent(gain.mean_pre), _percent(gain.mean_post), gain.mean_gain,
                        len(gain.paired)))
                    normalised = gain.class_normalised_gain
                    if normalised is not None:
                        lines.append(self.tr("Normalised gain on the class means: {0:.2f} (the share of what "
                                             "could still be learnt that was learnt).").format(normalised))
            self.summary.setText("\n".join(lines))
        rows = [(gain.module, student, pre, post) for gain in gains for student, pre, post in gain.per_student]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for row, (module, student, pre, post) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(module))
            self.table.setItem(row, 1, QTableWidgetItem(student.name))
            self.table.setItem(row, 2, NumberItem(_percent(pre), -1 if pre is None else pre))
            self.table.setItem(row, 3, NumberItem(_percent(post), -1 if post is None else post))
            gain = None if pre is None or post is None else post - pre
            self.table.setItem(row, 4, NumberItem("–" if gain is None else f"{gain:+.0f}",
                                                  -999 if gain is None else gain))
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        goals = [(gain.module, objective) for gain in gains for objective in gain.objectives]
        self.objectives.setRowCount(len(goals))
        for row, (module, objective) in enumerate(goals):
            self.objectives.setItem(row, 0, QTableWidgetItem(module))
            self.objectives.setItem(row, 1, QTableWidgetItem(objective.objective))
            self.objectives.setItem(row, 2, QTableWidgetItem(_percent(objective.pre_percent)))
            self.objectives.setItem(row, 3, QTableWidgetItem(_percent(objective.post_percent)))
            change = objective.gain
            self.objectives.setItem(row, 4, QTableWidgetItem("–" if change is None else f"{change:+.0f}"))
        self.objectives.setVisible(bool(goals))
        self.objectives.resizeColumnsToContents()
