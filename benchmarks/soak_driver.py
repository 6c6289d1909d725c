"""A long random session in the real main window: what a class of learners does to one PC over a day.

`SoakDriver(window, seed).run(n)` does n learner actions through the window's real widgets (clicks on
buttons, choices, lesson rows and learner tiles; typing into answer boxes and reflections): answer
questions, ask for hints, try quizzes again, tag a feed's cues, play scenarios, write reflections, go to
the next or previous step, open another lesson, switch learner, make the text bigger or smaller. Each
action picks at random, with a seeded generator, among what the learner could do on the screen shown.
Events (and deleteLater) are processed between actions. Every exception (sys.excepthook, and in the
driver's own calls) and every critical or fatal Qt message is counted and printed.

benchmarks/bench_soak.py runs it for 10,000 actions; tests/ui/test_soak_driver.py for 200.
"""

from __future__ import annotations

import random
import re
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QPoint, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QWidget

from benchmarks.measure import ROOT
from literacy_app.ui.activities.choice_input import ChoiceInput
from literacy_app.ui.activities.feed_widget import FeedWidget
from literacy_app.ui.activities.match_input import MatchInput
from literacy_app.ui.activities.numeric_input import NumericInput
from literacy_app.ui.activities.order_input import INDEX_ROLE, OrderInput
from literacy_app.ui.activities.question_widget import QuestionWidget
from literacy_app.ui.activities.quiz_test_widget import QuizTestWidget
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.activities.reflection_widget import ReflectionWidget
from literacy_app.ui.activities.scenario_widget import ScenarioWidget
from literacy_app.ui.activities.text_input import TextInput
from literacy_app.ui.shell.language import latest
from literacy_app.ui.shell.library_sidebar import LESSON_ROLE
from literacy_app.ui.shell.main_window import MainWindow

OFFSCREEN_NOTE = "This plugin does not support"  # the offscreen platform's own notes, not the app's warnings
MAX_LEARNERS = 6
LEARNER_NAMES = [f"Learner {n}" for n in range(1, MAX_LEARNERS + 1)]
NUMBERS = ["2.5", "2,5", "25", "1956", "1953", "2006", "3.5 km", "3,5 km", "3.5", "350 m", "-5", "1,822", "lots"]
WORDS = ["parasocial", "Parasocial ", "one-sided", "friendship", "I am not sure"]
SENTENCES = [
    "I watch one streamer every evening and it feels like a friend. ",
    "The creator does not know me, even when they answer a comment. ",
    "A sponsored post should say so at the start, not hidden at the end. ",
    "I would mute the account for a week and see how I feel. ",
    "Über-fans écrivent beaucoup; ¿y tú? ",  # not only ASCII
]

# the extra lesson: the shipped course has no numeric question, and learners type numbers too
NUMBERS_LESSON = """---
id: soak-numbers
title: Numbers in a post
module: Practice with numbers
order: 1
language: en
objectives:
  - Read the numbers under a post critically
---

Likes, views and followers are numbers anyone can buy. A few sums show whether they fit together.

## How many?

::: quiz soak-count
pass: 50

### A post has 12,400 likes and 310 comments. About how many comments are there per hundred likes? {#q-ratio}
Type: numeric
- [x] 2.5 +- 0.5
  > Right: 310 comments for 124 hundreds of likes is about 2.5.
- [ ] 25
  > That is per thousand likes.
Unit: comments
Explanation: Divide the comments by the likes, then multiply by a hundred.

### In which year was the word "parasocial" first used in a study? {#q-year}
Type: numeric
- [x] 1956
  > Right: Horton and Wohl, 1956.
- [x] {50%} 1950..1960
  > Close: it was 1956.
Unit: year

### A creator walks 3.5 km in a sponsored video. How far is that? {#q-distance}
Type: numeric
- [x] 3.5
Unit: km (required)

### Which word names a bond that runs one way? {#q-word}
Type: short
- [x] parasocial
- [x] {50%} one-sided
:::
"""


def soak_arguments(data_dir: Path, extra_lessons: Path) -> list[str]:
    """The app's command line for a soak: the shipped course and the numbers lesson, no learner yet."""
    folder = extra_lessons / "numbers"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lesson.md").write_text(NUMBERS_LESSON, encoding="utf-8")
    return ["--data-dir", str(data_dir), "--lessons", str(ROOT / "lessons"), "--lessons", str(extra_lessons)]


@dataclass
class Given:
    """One answer the driver submitted, as the learner gave it."""

    learner: str
    lesson_id: str
    step: int
    block_id: str
    question_id: str
    kind: str  # the question's kind
    response: object  # ticked choice texts, typed text, or the order/pairs shown


@dataclass
class Tally:
    exceptions: int = 0
    qt_critical: int = 0
    qt_warnings: Counter[str] = field(default_factory=Counter)
    actions: Counter[str] = field(default_factory=Counter)


class SoakDriver:
    def __init__(self, window: MainWindow, seed: int) -> None:
        self.window = window
        self.seed = seed
        self.rng = random.Random(seed)
        self.tally = Tally()
        # the latest answer to each question (learner, lesson, block, question), as the learner gave it;
        # "Try again" clears a practice quiz's answers for its learner
        self.given: dict[tuple[str, str, str, str], Given] = {}
        # what was submitted (learner, lesson, block, question) and the kinds of question: sets and counts, so
        # that the driver's own memory stays flat however long it runs
        self.submitted: set[tuple[str, str, str, str]] = set()
        self.kinds_submitted: Counter[str] = Counter()
        # the text saved last, and its step, by learner, lesson and block
        self.reflections: dict[tuple[str, str, str], tuple[int, str]] = {}

    # -- running ------------------------------------------------------------------------------
    def run(self, count: int, every: int = 0, report: Callable[[int], None] | None = None) -> None:
        """Do `count` actions; after every `every` of them (and after the last) call report(done)."""
        with self.watching():
            for done in range(1, count + 1):
                self.step()
                if report is not None and ((every and done % every == 0) or done == count):
                    report(done)

    def step(self) -> str:
        self.window = latest(self.window)  # a lesson in another language rebuilds the window
        choices = self.available()
        name, action = self.rng.choices([(n, a) for _w, n, a in choices], [w for w, _n, _a in choices])[0]
        try:
            action()
        except Exception:  # an error in a widget the driver called directly counts like one from Qt
            self.tally.exceptions += 1
            print(f"soak: exception in action {name!r} (seed {self.seed}):", file=sys.stderr)
            traceback.print_exc()
        self.tally.actions[name] += 1
        settle()
        return name

    @contextmanager
    def watching(self) -> Iterator[None]:
        """Count uncaught exceptions and critical Qt messages while the driver runs."""
        previous_hook = sys.excepthook

        def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
            self.tally.exceptions += 1
            print(f"soak: uncaught exception (seed {self.seed}):", file=sys.stderr)
            traceback.print_exception(kind, error, trace)

        def messages(kind: QtMsgType, _context: object, text: str) -> None:
            if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
                self.tally.qt_critical += 1
                print(f"soak: Qt {kind.name}: {text}", file=sys.stderr)
            elif kind == QtMsgType.QtWarningMsg and not text.startswith(OFFSCREEN_NOTE):
                if not self.tally.qt_warnings[text]:
                    print(f"soak: Qt warning: {text}", file=sys.stderr)
                self.tally.qt_warnings[text] += 1

        sys.excepthook = hook
        previous_handler = qInstallMessageHandler(messages)
        try:
            yield
        finally:
            qInstallMessageHandler(previous_handler)
            sys.excepthook = previous_hook

    @property
    def errors(self) -> int:
        return self.tally.exceptions + self.tally.qt_critical

    # -- what can be done now -------------------------------------------------------------------
    def available(self) -> list[tuple[int, str, Callable[[], None]]]:
        window = self.window
        box = window.lesson_view.finish_box
        if box is not None and box.isVisible():  # "Finish the lesson?" waits for an answer
            return [(1, "finish anyway", lambda: click(window.lesson_view.finish_anyway_button)),
                    (1, "keep working", lambda: click(window.lesson_view.keep_working_button))]
        if window.stack.currentWidget() is not window.splitter:  # "Who's learning?"
            return self._at_picker()
        view = window.lesson_view
        content = view.scroll.widget()
        actions = self._in_step(content) if content is not None else []
        # a learner mostly does a step's activities before moving on: moving is likelier on a step of text
        move = 1 if actions else 3
        if view.next_button.isVisible() and view.next_button.isEnabled():
            actions.append((4 * move, "next", lambda: self._click_in_view(view.next_button)))
        if view.back_button.isVisible() and view.back_button.isEnabled():
            actions.append((2 * move, "back", lambda: click(view.back_button)))
        actions.append((2 * move, "open lesson", self.open_lesson))
        actions.append((1, "switch learner", lambda: self._tool(window.switch_action)))
        if window.zoom_in_action.isEnabled():
            actions.append((1, "bigger text", lambda: self._tool(window.zoom_in_action)))
        if window.zoom_out_action.isEnabled():
            actions.append((1, "smaller text", lambda: self._tool(window.zoom_out_action)))
        return actions

    def _in_step(self, content: QWidget) -> list[tuple[int, str, Callable[[], None]]]:
        """What the learner can do with the activities of the step shown."""
        actions: list[tuple[int, str, Callable[[], None]]] = []
        questions = [q for q in content.findChildren(QuestionWidget) if q.isVisible() and not q.answered]
        if questions:
            actions.append((20, "answer", lambda: self.answer(self.rng.choice(questions), submit=True)))
            actions.append((5, "change an answer", lambda: self.answer(self.rng.choice(questions), submit=False)))
        hints = [q.hint_button for q in questions  # a test's questions have none
                 if q.hint_button is not None and q.hint_button.isVisible() and q.hint_button.isEnabled()]
        if hints:
            actions.append((2, "hint", lambda: self._click_in_view(self.rng.choice(hints))))
        for quiz in content.findChildren(QuizWidget):
            if quiz.retry_button.isVisible():
                actions.append((2, "try the quiz again", lambda q=quiz: self.retry_quiz(q)))
        for test in content.findChildren(QuizTestWidget):
            if test.submit_button.isVisible() and test.submit_button.isEnabled():
                actions.append((6, "submit test", lambda t=test: self.submit_test(t)))
        for feed in content.findChildren(FeedWidget):
            boxes = [b for card in feed.cards for b in card.boxes.values() if b.isEnabled()]
            if boxes:
                actions.append((12, "tag a cue", lambda b=boxes: self._click_in_view(self.rng.choice(b))))
            if feed.submit_button.isVisible() and feed.submit_button.isEnabled() and not feed.submitted:
                actions.append((4, "check feed", lambda f=feed: self._click_in_view(f.submit_button)))
            if feed.retry_button.isVisible():
                actions.append((1, "try the feed again", lambda f=feed: self._click_in_view(f.retry_button)))
        for scenario in content.findChildren(ScenarioWidget):
            buttons = [b for b in scenario.choice_buttons if b.isVisible()]
            if buttons:
                actions.append((8, "scenario choice", lambda b=buttons: self._click_in_view(self.rng.choice(b))))
            if scenario.back_button.isVisible():
                actions.append((1, "scenario back", lambda s=scenario: self._click_in_view(s.back_button)))
            if scenario.replay_button.isVisible():
                actions.append((2, "play again", lambda s=scenario: self._click_in_view(s.replay_button)))
        for reflection in content.findChildren(ReflectionWidget):
            actions.append((6, "write reflection", lambda r=reflection: self.write(r)))
            if reflection.save_button.isEnabled():
                actions.append((6, "save reflection", lambda r=reflection: self.save_reflection(r)))
        return actions

    def _at_picker(self) -> list[tuple[int, str, Callable[[], None]]]:
        picker = self.window.picker
        actions: list[tuple[int, str, Callable[[], None]]] = []
        if picker.tiles.count():
            actions.append((8, "choose learner", self.choose_learner))
        if picker.tiles.count() < MAX_LEARNERS or not picker.tiles.count():
            actions.append((2, "add learner", self.add_learner))
        return actions

    # -- learner actions ------------------------------------------------------------------------
    def choose_learner(self) -> None:
        tiles = self.window.picker.tiles
        item = tiles.item(self.rng.randrange(tiles.count()))
        tiles.scrollToItem(item)
        QTest.mouseClick(tiles.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         tiles.visualItemRect(item).center())

    def add_learner(self) -> None:
        picker = self.window.picker
        picker.new_name.clear()
        QTest.keyClicks(picker.new_name, self.rng.choice(LEARNER_NAMES))  # sometimes a name already there
        click(picker.add_button)

    def open_lesson(self) -> None:
        window = self.window
        if not window.lessons_action.isChecked():  # a narrow window hides the list: show it first
            self._tool(window.lessons_action)
            settle()
        sidebar = window.sidebar
        lesson = self.rng.choice(window.library.lessons)
        rows = [sidebar.topLevelItem(i).child(j) for i in range(sidebar.topLevelItemCount())
                for j in range(sidebar.topLevelItem(i).childCount())]
        item = next((row for row in rows if row.data(0, LESSON_ROLE) == lesson.id), None)
        if item is None:
            return
        sidebar.scrollToItem(item)
        QTest.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         sidebar.visualItemRect(item).center())

    def answer(self, question: QuestionWidget, submit: bool) -> None:
        """Fill in the question's answer controls as a learner does, then (if asked) press Submit."""
        field = question.input
        if isinstance(field, ChoiceInput):
            buttons = list(field.buttons.values())
            if field.multiple:
                for button in buttons:
                    if button.isChecked() != (self.rng.random() < 0.4):
                        self._click_in_view(button)
                if not field.has_response():
                    self._click_in_view(self.rng.choice(buttons))
            else:
                self._click_in_view(self.rng.choice(buttons))
        elif isinstance(field, (NumericInput, TextInput)):
            field.edit.selectAll()
            self._type(field.edit, self.rng.choice(NUMBERS if isinstance(field, NumericInput) else WORDS))
        elif isinstance(field, OrderInput):
            for _ in range(self.rng.randint(1, 3)):
                row = self.rng.randrange(field.list.count())
                item = field.list.item(row)
                QTest.mouseClick(field.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 field.list.visualItemRect(item).center())
                self._click_in_view(self.rng.choice([field.up, field.down]))
        elif isinstance(field, MatchInput):
            for combo in field.combos:
                combo.setFocus(Qt.FocusReason.TabFocusReason)
                for _ in range(self.rng.randint(1, combo.count())):
                    QTest.keyClick(combo, Qt.Key.Key_Down)
        button = question.submit_button  # None in a test, which is submitted whole
        if submit and button is not None and button.isVisible() and button.isEnabled():
            response = self.shown_response(question)
            self._click_in_view(button)
            if question.answered:
                quiz = _ancestor(question, QuizWidget)
                self._given(quiz.lesson.id, quiz.quiz.id, question, response)

    def submit_test(self, test: QuizTestWidget) -> None:
        responses = {q.question.id: self.shown_response(q) for q in test.questions}
        self._click_in_view(test.submit_button)
        if test.submitted:
            for question in test.questions:
                self._given(test.lesson.id, test.quiz.id, question, responses[question.question.id])

    def retry_quiz(self, quiz: QuizWidget) -> None:
        self._click_in_view(quiz.retry_button)
        learner = self._learner()
        for question in quiz.questions:
            self.given.pop((learner, quiz.lesson.id, quiz.quiz.id, question.question.id), None)

    def write(self, reflection: ReflectionWidget) -> None:
        editor = reflection.editor
        self._click_in_view(editor)
        if self.rng.random() < 0.3:
            editor.selectAll()
            QTest.keyClick(editor, Qt.Key.Key_Backspace)
        self._type(editor, "".join(self.rng.choices(SENTENCES, k=self.rng.randint(1, 2))))

    def save_reflection(self, reflection: ReflectionWidget) -> None:
        text = reflection.editor.toPlainText()
        self._click_in_view(reflection.save_button)
        if not reflection.save_button.isEnabled() and reflection.status_label.text() == reflection.tr("✔ Saved"):
            key = (self._learner(), reflection.lesson.id, reflection.reflection.id)
            self.reflections[key] = (self.window.lesson_view.step, text)

    # -- helpers ------------------------------------------------------------------------------
    def _learner(self) -> str:
        profile = self.window.session.profile
        return profile.name if profile is not None else ""

    def _given(self, lesson_id: str, block_id: str, question: QuestionWidget, response: object) -> None:
        given = Given(self._learner(), lesson_id, self.window.lesson_view.step, block_id, question.question.id,
                      question.question.kind, response)
        key = (given.learner, lesson_id, block_id, given.question_id)
        self.given[key] = given
        self.submitted.add(key)
        self.kinds_submitted[given.kind] += 1

    @staticmethod
    def shown_response(question: QuestionWidget) -> object:
        """The answer as the learner sees it on screen (what must come back when the step is reopened)."""
        field = question.input
        if isinstance(field, ChoiceInput):
            return sorted(question.question.choices[i].text for i in field.response())
        if isinstance(field, (NumericInput, TextInput)):
            return field.edit.text()
        if isinstance(field, OrderInput):
            choices = question.question.choices  # by index: a marked item's text starts with ✔ or ✘
            return [choices[field.list.item(row).data(INDEX_ROLE)].text for row in range(field.list.count())]
        if isinstance(field, MatchInput):
            return [combo.currentText() for combo in field.combos]
        return None

    def _type(self, widget: QWidget, text: str) -> None:
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
        for run in re.findall(r"[ -~]+|[^ -~]", text):
            if run.isascii():
                QTest.keyClicks(widget, run)
            else:  # QTest types ASCII only; other letters arrive as a key event with text, as from a keyboard layout
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, run))

    def _click_in_view(self, widget: QWidget) -> None:
        """Scroll the lesson to the widget, as a learner would, then click it."""
        self.window.lesson_view.scroll.ensureWidgetVisible(widget)
        click(widget)

    def _tool(self, action: QAction) -> None:
        """Click the action's toolbar button; a narrow window moves it into a menu, which triggers the same action."""
        button = self.window.toolbar.widgetForAction(action)
        if button is not None and button.isVisible():
            click(button)
        else:
            action.trigger()


def click(widget: QWidget) -> None:
    """A left click; radio buttons and check boxes only react on their indicator and label."""
    if isinstance(widget, (QCheckBox, QRadioButton)):
        position = QPoint(8, widget.height() // 2)
    else:
        position = widget.rect().center()
    if isinstance(widget, QAbstractButton) and not widget.isEnabled():
        return
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)


def settle() -> None:
    """Let queued events run and deleteLater'd widgets actually go, as the event loop would between clicks."""
    app = QApplication.instance()
    app.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _ancestor(widget: QWidget, kind: type) -> object:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, kind):
        parent = parent.parentWidget()
    return parent
