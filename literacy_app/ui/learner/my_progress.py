"""My progress: per module and lesson, completion, best score, time spent and what is still open; the
pre-test against the post-test per objective; the next thing to do; the certificate of a completed module."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from literacy_app.learning.progress import LessonProgress, ModuleProgress, NextStep, PrePost, format_duration
from literacy_app.services.learner import LearnerService
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.learner.bar_chart import BarChart, Row
from literacy_app.ui.learner.follow_font import FollowsAppFont
from literacy_app.ui.look.formats import percent_or

MARKS = {"done": "✔", "started": "◐", "": "○"}
LESSON_ROLE = Qt.ItemDataRole.UserRole


def _percent(value: float | None) -> str:
    return percent_or(value)  # "33%", "33 %" in French; "–" for none


class MyProgressPage(FollowsAppFont):
    backRequested = Signal()
    lessonRequested = Signal(str, int)  # lesson id, step
    reviewRequested = Signal()
    certificateRequested = Signal(str, bool)  # module, include the score

    def __init__(self, learner: LearnerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.learner = learner
        self.setObjectName("myProgressPage")
        self.setAccessibleName(self.tr("My progress"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ Back to lessons"))
        self.back_button.setAccessibleName(self.tr("Back to the lessons"))
        self.back_button.setToolTip(self.tr("Back to the lessons (Esc)"))
        self.back_button.clicked.connect(self.backRequested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.title = QLabel(self.tr("My progress"))
        self.title.setObjectName("lessonTitle")
        layout.addWidget(self.title)
        self.message = QLabel()  # "Certificate saved ..."
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.backRequested.emit)
        self.modules: list[ModuleProgress] = []
        self.next: NextStep | None = None
        self.tables: dict[str, QTableWidget] = {}
        self.certificate_buttons: dict[str, QPushButton] = {}
        self.score_boxes: dict[str, QCheckBox] = {}
        self.pre_post_labels: dict[str, QLabel] = {}
        self.objective_charts: dict[str, BarChart] = {}

    # -- filling ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._take_app_font()
        self.message.hide()
        self.modules = self.learner.progress()
        due = self.learner.due_count()
        self.next = self.learner.next_step(self.modules, due)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 12, 12)
        column.setSpacing(12)
        column.addWidget(self._summary(due))
        column.addWidget(self._next_box(self.next))
        self.tables.clear()
        self.certificate_buttons.clear()
        self.score_boxes.clear()
        for module in self.modules:
            column.addWidget(self._module_box(module))
        column.addStretch(1)
        self.scroll.setWidget(content)

    def focus_first(self) -> None:
        (self.back_button if self.next_button.isHidden() else self.next_button).setFocus()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def _summary(self, due: int) -> QLabel:
        lessons = [lesson for module in self.modules for lesson in module.lessons]
        done = sum(1 for lesson in lessons if lesson.done)
        spent = sum(lesson.seconds for lesson in lessons)
        profile = self.learner.session.profile
        parts = [self.tr("{0} of {1} lessons completed").format(done, len(lessons)),
                 self.tr("time spent: {0}").format(format_duration(spent)),
                 self.tr("%n item(s) to review today", "", due) if due else self.tr("nothing to review today")]
        label = QLabel((f"<b>{profile.name}</b> · " if profile else "") + " · ".join(parts))
        label.setObjectName("progressSummary")
        label.setWordWrap(True)
        label.setAccessibleName(" ".join(parts))
        self.summary_label = label
        return label

    def _next_text(self, step: NextStep) -> tuple[str, str]:
        """(what to do, the button's text) in plain words."""
        lesson = self.learner.library.lesson(step.lesson_id) if step.lesson_id else None
        if step.kind == "review":
            return (self.tr("You have %n item(s) to review today: questions you got wrong before, spaced out so "
                            "that they stick.", "", step.due), self.tr("Review now"))
        if step.kind == "continue" and lesson is not None:
            return (self.tr("Carry on with “{0}”: you are on step {1} of {2}.").format(
                lesson.title, step.step + 1, len(lesson.steps)), self.tr("Continue"))
        if step.kind == "start" and lesson is not None:
            return self.tr("Start “{0}”.").format(lesson.title), self.tr("Start")
        if step.kind == "certificate":
            return (self.tr("You completed “{0}”. Save your certificate of completion.").format(step.module),
                    self.tr("Save certificate…"))
        return (self.tr("You have completed every lesson. Well done! Your mistakes come back for review on the "
                        "days they are due."), "")

    def _next_box(self, step: NextStep) -> QFrame:
        box = QFrame()
        box.setObjectName("nextStep")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(box)
        text, button_text = self._next_text(step)
        label = QLabel(self.tr("<b>Next:</b> {0}").format(text))
        label.setWordWrap(True)
        row.addWidget(label, 1)
        self.next_label = label
        self.next_button = QPushButton(button_text)
        self.next_button.setProperty("kind", "primary")
        self.next_button.setAccessibleName(f"{button_text}: {text}" if button_text else "")
        self.next_button.setVisible(bool(button_text))
        self.next_button.clicked.connect(lambda: self._do(step))
        row.addWidget(self.next_button)
        return box

    def _do(self, step: NextStep) -> None:
        if step.kind == "review":
            self.reviewRequested.emit()
        elif step.kind in ("continue", "start"):
            self.lessonRequested.emit(step.lesson_id, step.step)
        elif step.kind == "certificate":
            box = self.score_boxes.get(step.module)
            self.certificateRequested.emit(step.module, box.isChecked() if box is not None else True)

    # -- one module ---------------------------------------------------------------------------------------
    def _module_box(self, module: ModuleProgress) -> QGroupBox:
        box = QGroupBox(module.module or self.tr("Other lessons"))
        box.setAccessibleName(self.tr("Module: {0}").format(module.module))
        column = QVBoxLayout(box)
        figures = [self.tr("{0} of {1} lessons completed").format(module.done_count, len(module.lessons)),
                   self.tr("time spent: {0}").format(format_duration(module.seconds))]
        if module.mean_percent is not None:
            figures.append(self.tr("average best score: {0}").format(_percent(module.mean_percent)))
        line = QLabel(" · ".join(figures))
        line.setWordWrap(True)
        column.addWidget(line)
        chart = BarChart(self.tr("Best score per lesson in {0}").format(module.module))
        chart.set_rows([Row(lesson.lesson.title, (lesson.best_percent,), MARKS[lesson.status])
                        for lesson in module.lessons if lesson.best_percent is not None or lesson.open_activities])
        column.addWidget(chart)
        column.addWidget(self._table(module))
        if module.pre_post is not None:
            column.addWidget(self._pre_post(module.pre_post))
        column.addLayout(self._certificate_row(module))
        return box

    def _status(self, lesson: LessonProgress) -> str:
        if lesson.status == "done":
            return self.tr("✔ completed")
        if lesson.status == "started":
            return self.tr("◐ step {0} of {1}").format(lesson.step + 1, lesson.step_count)
        return self.tr("○ not started")

    def _table(self, module: ModuleProgress) -> QTableWidget:
        headers = [self.tr("Lesson"), self.tr("Status"), self.tr("Best score"), self.tr("Time"),
                   self.tr("Still open")]
        table = QTableWidget(len(module.lessons), len(headers))
        table.setObjectName("progressTable")
        table.setAccessibleName(self.tr("Lessons of {0}: press Enter to open one").format(module.module))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        for row, lesson in enumerate(module.lessons):
            open_text = ", ".join(self.tr("{0} (step {1})").format(activity.label, activity.step + 1)
                                  for activity in lesson.open_activities) or "–"
            values = [lesson.lesson.title, self._status(lesson), _percent(lesson.best_percent),
                      format_duration(lesson.seconds), open_text]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(LESSON_ROLE, lesson.lesson.id)
                item.setToolTip(value)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setAccessibleName(self.tr("Columns"))
        header.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # labels, not a control: nothing to sort or move
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = header.height() + sum(table.rowHeight(r) for r in range(table.rowCount())) + 2 * table.frameWidth()
        table.setMinimumHeight(height + 4)
        table.itemActivated.connect(lambda item: self._open(module, item.row()))
        table.itemDoubleClicked.connect(lambda item: self._open(module, item.row()))
        self.tables[module.module] = table
        return table

    def _open(self, module: ModuleProgress, row: int) -> None:
        lesson = module.lessons[row]
        step = lesson.open_activities[0].step if lesson.open_activities and lesson.status else lesson.step
        self.lessonRequested.emit(lesson.lesson.id, step)

    def _pre_post(self, result: PrePost) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>Before and after: pre-test and post-test</b>"))
        column.addWidget(heading)
        if result.pre_percent is None and result.post_percent is None:
            text = self.tr("Take the pre-test (“{0}”) at the start and the post-test (“{1}”) at the end: then you "
                           "see what you learned.").format(result.pre_lesson.title, result.post_lesson.title)
        elif result.post_percent is None:
            text = self.tr("Pre-test: {0}. The post-test comes at the end of the module; then you see what you "
                           "learned, objective by objective.").format(_percent(result.pre_percent))
        elif result.pre_percent is None:
            text = self.tr("Post-test: {0}. (You did not take the pre-test, so there is nothing to compare.)").format(
                _percent(result.post_percent))
        else:
            change = result.post_percent - result.pre_percent
            text = self.tr("Pre-test: {0} → post-test: {1} ({2:+.0f} points).").format(
                _percent(result.pre_percent), _percent(result.post_percent), change)
        label = QLabel(text)
        label.setWordWrap(True)
        column.addWidget(label)
        self.pre_post_labels[result.pre_lesson.module] = label
        if result.objectives:
            chart = BarChart(self.tr("Pre-test and post-test per objective"),
                             (self.tr("Pre-test"), self.tr("Post-test")))
            chart.set_rows([Row(o.objective, (o.pre_percent, o.post_percent)) for o in result.objectives])
            column.addWidget(chart)
            self.objective_charts[result.pre_lesson.module] = chart
        return panel

    def _certificate_row(self, module: ModuleProgress) -> QHBoxLayout:
        row = QHBoxLayout()
        if module.complete:
            note = QLabel(self.tr("Module completed: your certificate is ready."))
        else:
            note = QLabel(self.tr("Complete every lesson of this module to get a certificate ({0} to go).").format(
                len(module.lessons) - module.done_count))
        note.setWordWrap(True)
        row.addWidget(note, 1)
        score = QCheckBox(self.tr("Show my score"))
        score.setChecked(True)
        score.setAccessibleName(self.tr("Show my score on the certificate"))
        score.setVisible(module.complete and module.mean_percent is not None)
        row.addWidget(score)
        button = QPushButton(self.tr("Save certificate…"))
        button.setAccessibleName(self.tr("Save the certificate of {0} as a PDF").format(module.module))
        button.setEnabled(module.complete)
        button.clicked.connect(lambda: self.certificateRequested.emit(module.module, score.isChecked()))
        row.addWidget(button)
        self.certificate_buttons[module.module] = button
        self.score_boxes[module.module] = score
        return row
