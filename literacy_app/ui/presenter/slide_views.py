"""The widget of each kind of slide, in large type. The teacher clicks the choice the class voted for (by
hand); optional tallies count the hands. Nothing is stored: no session, no learner."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from literacy_app.content.blocks import type_of
from literacy_app.content.model import Lesson, Node, Scenario
from literacy_app.content.render import render_inline, render_markdown
from literacy_app.learning.scoring import score_post
from literacy_app.ui.activities.feed_post_card import FeedPostCard, cue_label
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.wrapping_button import WrappingButton
from literacy_app.ui.presenter.slides import Slide

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _label(html: str, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(f"<b>{html}</b>" if bold else html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if scale != 1.0:
        label.setProperty("scale", scale)  # applied by the window, relative to its large base size
    return label


class ChoiceRow(QWidget):
    """A choice the teacher can click for the class, with an optional count of hands."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = WrappingButton(text)
        self.button.label.setProperty("scale", 0.9)  # large type on the projector, like the rest of the slide
        self.button.label.setStyleSheet("color: palette(button-text);")  # full contrast from the back of a room
        row.addWidget(self.button, 1)
        self.tally = QSpinBox()
        self.tally.setRange(0, 999)
        self.tally.setAccessibleName(self.tr("Hands for: {0}").format(text))
        if (field := self.tally.findChild(QLineEdit)) is not None:
            field.setAccessibleName(self.tr("Hands for: {0}").format(text))  # the number field inside has the focus
        self.tally.setSuffix(" ✋")
        self.tally.setProperty("scale", 0.8)
        self.tally.hide()
        row.addWidget(self.tally)


class SlideView(QWidget):
    """Base: choices (numbered 1-9 on the keyboard) and a place for the verdict."""

    changed = Signal()  # what the notes screen shows may have changed

    def __init__(self, slide: Slide, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slide = slide
        self.lesson = lesson
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(24, 12, 24, 12)
        self.column.setSpacing(14)
        self.rows: list[ChoiceRow] = []
        self.verdict = _label("")
        self.verdict.setObjectName("presenterVerdict")
        self.verdict.hide()

    def add_choices(self, texts: list[str]) -> None:
        for row in self.rows:
            self.column.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for index, text in enumerate(texts):
            row = ChoiceRow(text)
            row.button.clicked.connect(lambda _checked=False, i=index: self.choose(i))
            self.column.insertWidget(self.column.indexOf(self.verdict), row)
            self.rows.append(row)

    def show_tallies(self, shown: bool) -> None:
        for row in self.rows:
            row.tally.setVisible(shown)

    def choose(self, index: int) -> None:
        """The class's choice (0-based), clicked by the teacher."""

    def reveal(self) -> None:
        """Show the answer without a choice."""

    def back(self) -> bool:
        """Go back inside the slide (a scenario's previous part); False when there is nothing to go back to."""
        return False

    def answer_text(self) -> str:
        """The answer, for the teacher's screen."""
        return ""


class TextSlide(SlideView):
    """The title slide, a step's text (through the prose view: pictures from the lesson folder), a reflection."""

    def __init__(self, slide: Slide, lesson: Lesson, html_page: str, parent: QWidget | None = None) -> None:
        super().__init__(slide, lesson, parent)
        from literacy_app.ui.lesson.prose_view import ProseView

        self.prose = ProseView(html_page, lesson.folder)
        self.prose.setAccessibleName(slide.step_title or lesson.title)
        self.column.addWidget(self.prose)
        self.column.addStretch(1)


class QuestionSlide(SlideView):
    def __init__(self, slide: Slide, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(slide, lesson, parent)
        question = slide.item
        self.question = question
        self.column.addWidget(_label(self.tr("Question {0}").format(slide.number), 0.7))
        self.prompt = _label(render_inline(question.prompt), 1.25, bold=True)
        self.column.addWidget(self.prompt)
        if question.body:
            self.column.addWidget(_label(render_markdown(question.body)))
        self.column.addWidget(self.verdict)
        self.explanation = _label("")
        self.explanation.hide()
        self.column.addWidget(self.explanation)
        self.column.addStretch(1)
        if question.kind in ("single", "multiple", "true-false"):
            self.add_choices([f"{LETTERS[i]}.  {choice.text}" for i, choice in enumerate(question.choices)])
        else:
            items = question.choices if question.kind != "match" else []
            lines = [f"{LETTERS[i]}. {render_inline(c.text)}" for i, c in enumerate(items)] if question.kind == \
                "order" else []
            lines += [f"{render_inline(left)} → ?" for left, _ in question.pairs]
            if question.kind == "short":
                lines.append("<i>" + self.tr("Answer in a word or two.") + "</i>")
            self.column.insertWidget(self.column.indexOf(self.verdict), _label("<br>".join(lines)))

    def _right(self) -> list[int]:
        return [i for i, choice in enumerate(self.question.choices) if choice.correct]

    def answer_text(self) -> str:
        question = self.question
        if question.kind in ("single", "multiple", "true-false"):
            return ", ".join(f"{LETTERS[i]} ({question.choices[i].text})" for i in self._right())
        if question.kind == "order":
            return " → ".join(c.text for c in question.choices)
        if question.kind == "match":
            return "; ".join(f"{left} → {right}" for left, right in question.pairs)
        return " / ".join(c.text for c in question.choices if c.correct)

    def _show(self, verdict: str) -> None:
        for index in self._right():
            if index < len(self.rows):
                self.rows[index].button.label.setText("✔ " + self.rows[index].button.label.text().lstrip("✔ "))
        self.verdict.setText(verdict)
        self.verdict.show()
        if self.question.explanation:
            self.explanation.setText(self.tr("<b>Why:</b> {0}").format(render_inline(self.question.explanation)))
            self.explanation.show()
        self.changed.emit()

    def choose(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        choice = self.question.choices[index]
        right = self._right()
        if choice.correct and (len(right) == 1 or self.question.kind != "multiple"):
            verdict = self.tr("The class chose {0}: ✔ right.").format(LETTERS[index])
        elif choice.correct:
            verdict = self.tr("The class chose {0}: ✔ one of the right answers ({1}).").format(
                LETTERS[index], self.answer_text())
        else:
            verdict = self.tr("The class chose {0}: ✘ not right. The answer: {1}.").format(
                LETTERS[index], self.answer_text())
        if choice.feedback:
            verdict += " " + render_inline(choice.feedback)
        self._show(verdict)

    def reveal(self) -> None:
        self._show(self.tr("The answer: {0}").format(render_inline(self.answer_text())))


class ScenarioSlide(SlideView):
    """A scenario, part by part: the teacher clicks the choice the class voted for."""

    def __init__(self, slide: Slide, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(slide, lesson, parent)
        self.scenario: Scenario = slide.block
        self.path_label = _label("", 0.7)
        self.column.addWidget(self.path_label)
        self.feedback = _label("")
        self.feedback.setObjectName("scenarioFeedback")
        self.column.addWidget(self.feedback)
        self.title = _label("", 1.25, bold=True)
        self.column.addWidget(self.title)
        self.body = _label("")
        self.column.addWidget(self.body)
        self.column.addWidget(self.verdict)
        self.column.addStretch(1)
        self.path: list[tuple[str, int, str]] = []  # (node id, score so far, feedback shown on arrival)
        self.restart()

    @property
    def node(self) -> Node:
        return self.scenario.node(self.path[-1][0]) or self.scenario.nodes[0]

    @property
    def score(self) -> int:
        return self.path[-1][1]

    def restart(self) -> None:
        self.path = [(self.scenario.start or self.scenario.nodes[0].id, 0, "")]
        self._show_node()

    def _available(self) -> list:
        return [choice for choice in self.node.choices if choice.available(self.score)]

    def _show_node(self) -> None:
        node = self.node
        self.path_label.setText(self.tr("Part {0} · points so far: {1}").format(len(self.path), self.score))
        feedback = self.path[-1][2]
        self.feedback.setText(feedback)
        self.feedback.setVisible(bool(feedback))
        self.title.setText(f"<b>{render_inline(node.title)}</b>")
        self.body.setText(render_markdown(node.body))
        self.add_choices([f"{number}.  {choice.text}" for number, choice in enumerate(self._available(), 1)])
        if node.is_ending:
            self.verdict.setText(self.tr("<b>The end: {0}</b> · points: {1} of {2}. Press R to play again, PageDown "
                                         "to go on.").format(render_inline(node.ending or ""), node.score,
                                                             self.scenario.max_score))
            self.verdict.show()
        else:
            self.verdict.hide()
        if self.rows and self.isVisible():
            self.rows[0].button.setFocus()  # the keyboard stays on the choices of the new part
        self.changed.emit()

    def choose(self, index: int) -> None:
        available = self._available()
        if not 0 <= index < len(available):
            return
        choice = available[index]
        shown = self.tr("The class chose: <i>{0}</i>").format(render_inline(choice.text))
        if choice.feedback:
            shown += " — " + render_inline(choice.feedback)
        self.path.append((choice.target, self.score + choice.delta, shown))
        self._show_node()

    def back(self) -> bool:
        if len(self.path) <= 1:
            return False
        self.path.pop()
        self._show_node()
        return True

    def answer_text(self) -> str:
        endings = "; ".join(f"{n.ending} ({n.score})" for n in self.scenario.endings)
        return self.tr("Endings and their points: {0}").format(endings)


class PostSlide(SlideView):
    """A feed post: the teacher ticks the cues the class calls out, then checks them."""

    def __init__(self, slide: Slide, lesson: Lesson, total: int, parent: QWidget | None = None) -> None:
        super().__init__(slide, lesson, parent)
        self.card = FeedPostCard(slide.item, slide.block.cues, lesson.folder, slide.number, total)
        self.column.addWidget(self.card)
        self.check = QPushButton(self.tr("Check the class's cues"))
        self.check.setAccessibleName(self.tr("Check the cues the class found in this post"))
        self.check.clicked.connect(self._check)
        self.column.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addStretch(1)

    def _check(self) -> None:
        self.card.set_locked(True)
        self.card.show_result(score_post(self.slide.item, self.card.tags()))
        self.check.setEnabled(False)
        self.changed.emit()

    def reveal(self) -> None:
        self.card.set_tags(list(self.slide.item.cues))
        self._check()

    def answer_text(self) -> str:
        cues = ", ".join(cue_label(cue) for cue in self.slide.item.cues) or self.tr("none: a plain post")
        return self.tr("Cues: {0}").format(cues)


class OtherSlide(SlideView):
    """A block type the presenter has no slide for: its label and its items, from the registry."""

    def __init__(self, slide: Slide, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(slide, lesson, parent)
        kind = type_of(slide.block)
        items = kind.items(slide.block) if kind is not None else []
        self.column.addWidget(_label(kind.label if kind is not None else "", 1.25, bold=True))
        self.column.addWidget(_label("<br>".join(render_inline(prompt) for _, prompt in items)))
        self.column.addStretch(1)
