"""One learner's attempts: every answer, scenario paths with the choices made, feed tags, reflections."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from literacy_app.learning.analytics import Student, describe_response, question_of
from literacy_app.services.teacher import TeacherService
from literacy_app.ui.lesson.activity_registry import answer_text, block_label
from literacy_app.ui.look.formats import as_date_time


class TeacherReview(QWidget):
    def __init__(self, teacher: TeacherService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.teacher = teacher
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel(self.tr("Learner:"))
        bar.addWidget(label)
        self.learner_box = QComboBox()
        self.learner_box.setAccessibleName(self.tr("Learner to review"))
        label.setBuddy(self.learner_box)
        self.learner_box.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.learner_box, 1)
        layout.addLayout(bar)
        self.view = QTextBrowser()
        self.view.setObjectName("attemptReview")
        self.view.setAccessibleName(self.tr("Attempts of the learner"))
        self.view.setOpenLinks(False)
        layout.addWidget(self.view, 1)

    def set_students(self, students: list[Student]) -> None:
        current = self.learner_box.currentData()
        self.learner_box.blockSignals(True)
        self.learner_box.clear()
        for student in students:
            self.learner_box.addItem(student.name, student.id)
        self.learner_box.blockSignals(False)
        self.show_learner(current) if current is not None else self.refresh()

    def show_learner(self, profile_id: int) -> None:
        index = self.learner_box.findData(profile_id)
        if index >= 0:
            self.learner_box.setCurrentIndex(index)
        self.refresh()

    def refresh(self) -> None:
        profile_id = self.learner_box.currentData()
        self.view.setHtml(self.html(profile_id) if profile_id is not None else "")

    def html(self, profile_id: int) -> str:
        attempts = self.teacher.attempt_history(profile_id)
        reflections = self.teacher.reflections(profile_id)
        parts: list[str] = []
        for lesson in self.teacher.library.lessons:
            mine = [a for a in attempts if a["lesson_id"] == lesson.id]
            notes = [r for r in reflections if r["lesson_id"] == lesson.id]
            if not (mine or notes):
                continue
            parts.append(f"<h2>{escape(lesson.title)}</h2>")
            for number, attempt in enumerate(mine, 1):
                parts.append(self._attempt(lesson, attempt, number))
            for note in notes:
                parts.append(f"<p><b>{escape(self.tr('Reflection'))}</b> "
                             f"<small>({escape(as_date_time(note['updated_at']))})</small><br>"
                             f"<i>{escape(note['text'])}</i></p>")
        if not parts:
            return f"<p>{escape(self.tr('No attempts yet.'))}</p>"
        return "".join(parts)

    def _attempt(self, lesson, attempt: dict, number: int) -> str:
        block = lesson.block(attempt["block_id"])
        state = (self.tr("finished {0}").format(as_date_time(attempt["finished_at"]))
                 if attempt["finished_at"] else self.tr("not finished"))
        percent = 100 * attempt["score"] / attempt["max_score"] if attempt["max_score"] else 0
        title = self.tr("{0} “{1}”, attempt {2}: {3:g} of {4:g} points ({5:.0f}%), {6}").format(
            block_label(attempt["kind"].capitalize()), attempt["block_id"], number, attempt["score"],
            attempt["max_score"], percent, state)
        html = [f"<h3>{escape(title)}</h3>"]
        run = attempt["scenario_run"]
        if run is not None:
            titles = [(block.node(n).title if block and block.node(n) else n) for n in run["path"]]
            steps = [f"{escape(titles[0])}"]
            for choice, node_title in zip(run["choices"], titles[1:], strict=False):
                steps.append(f"→ <i>{escape(choice)}</i> → {escape(node_title)}")
            html.append(f"<p>{' '.join(steps)}<br><b>{escape(self.tr('Ending:'))}</b> {escape(run['outcome'])} "
                        f"({run['score']:g})</p>")
        rows = []
        for answer in attempt["answers"]:
            question = question_of(lesson, attempt["block_id"], answer["question_id"])
            prompt = question.prompt if question else answer["question_id"]
            mark = "✔" if answer["correct"] else ("◐" if answer["score"] > 0 else "✘")
            given = answer_text(describe_response(answer["response"]))
            if attempt["kind"] == "feed":
                missed = answer["response"].get("missed", [])
                given += f" — {self.tr('missed')}: {', '.join(missed)}" if missed else ""
            rows.append(f"<tr><td>{mark}</td><td>{escape(prompt)}</td><td>{escape(given)}</td>"
                        f"<td align='right'>{answer['score']:g}/{answer['max_score']:g}</td></tr>")
        if rows:
            html.append("<table cellspacing='0' cellpadding='3' border='1'>"
                        f"<tr><th></th><th>{escape(self.tr('Question'))}</th><th>{escape(self.tr('Answer'))}</th>"
                        f"<th>{escape(self.tr('Points'))}</th></tr>{''.join(rows)}</table>")
        return "".join(html)
