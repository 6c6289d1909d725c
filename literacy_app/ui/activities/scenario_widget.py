"""A branching scenario: one node at a time, choices as buttons, feedback, the path, an ending."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from literacy_app.clock import now_iso
from literacy_app.content.model import Lesson, Node, Scenario, ScenarioChoice
from literacy_app.content.render import render_inline, render_markdown
from literacy_app.services.session import Session
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.accessibility import announce
from literacy_app.ui.look.buttons import ActionButton
from literacy_app.ui.look.formats import number
from literacy_app.ui.look.wrapping_button import WrappingButton


class ScenarioWidget(QFrame):
    """Plays a scenario; a finished run is stored through the session.

    The choice buttons are made once, before "Go back one step" and "Play again", and reused for every
    node: the Tab order is always the choices first, and after a choice the keyboard is on the new ones.
    """

    scenarioFinished = Signal(str, int)  # ending id, score

    def __init__(self, session: Session, lesson: Lesson, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lesson = lesson
        self.scenario = scenario
        self.setObjectName("scenarioCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Scenario"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 16, 14)
        layout.setSpacing(8)
        kind = QLabel(self.tr("Scenario · your choices count").upper())
        kind.setObjectName("activityKind")
        kind.setWordWrap(True)
        kind.setAccessibleName(self.tr("Scenario: your choices count"))
        layout.addWidget(kind)
        self.path_label = QLabel()
        self.path_label.setObjectName("scenarioPath")
        self.path_label.setWordWrap(True)
        layout.addWidget(self.path_label)
        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("scenarioFeedback")
        self.feedback_label.setWordWrap(True)
        self.feedback_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.feedback_label)
        self.title_label = QLabel()
        self.title_label.setObjectName("scenarioTitle")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.body_label = QLabel()
        self.body_label.setWordWrap(True)
        self.body_label.setTextFormat(Qt.TextFormat.RichText)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.body_label)
        self.choice_box = QVBoxLayout()
        layout.addLayout(self.choice_box)
        most = max((len(node.choices) for node in scenario.nodes), default=0)
        self._pool: list[WrappingButton] = []
        self._shown: list[ScenarioChoice] = []
        for index in range(most):
            button = WrappingButton("")
            button.clicked.connect(lambda _checked=False, i=index: self._chosen(i))
            button.hide()
            self.choice_box.addWidget(button)
            self._pool.append(button)
        row = QHBoxLayout()
        self.back_button = ActionButton(self.tr("Go back one step"))
        self.back_button.clicked.connect(self.go_back)
        row.addWidget(self.back_button)
        self.replay_button = ActionButton(self.tr("Play again"), primary=True)
        self.replay_button.setAccessibleName(self.tr("Play the scenario again from the start"))
        self.replay_button.clicked.connect(self.restart)
        row.addWidget(self.replay_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.history_label = QLabel()
        self.history_label.setObjectName("scenarioHistory")
        self.history_label.setWordWrap(True)
        layout.addWidget(self.history_label)
        self.choice_buttons: list[WrappingButton] = []  # the buttons of the node shown
        self.restart()

    # -- state ------------------------------------------------------------------------------
    def restart(self) -> None:
        focused = self.replay_button.hasFocus()
        self.path: list[str] = [self.scenario.start]
        self.choices: list[ScenarioChoice] = []
        self.started_at = now_iso()
        self.finished = False
        self.feedback_label.hide()
        self._show(self.scenario.node(self.scenario.start))
        self._show_history()
        if focused:
            self._focus_next_move()

    @property
    def score(self) -> int:
        return sum(choice.delta for choice in self.choices)

    @property
    def current(self) -> Node:
        return self.scenario.node(self.path[-1])

    def choose(self, choice: ScenarioChoice) -> None:
        if self.finished:
            return
        self.choices.append(choice)
        self.path.append(choice.target)
        feedback = f"<i>{self.tr('You chose:')} {render_inline(choice.text)}</i>"
        if choice.feedback:
            feedback += f"<br>{render_inline(choice.feedback)}"
        self.feedback_label.setText(feedback)
        self.feedback_label.show()
        node = self.current
        self._show(node)
        spoken = self.feedback_label.text()
        if node.is_ending:
            self._finish(node)
            spoken += "<br>" + self.title_label.text() + " " + self.body_label.text()
        self._focus_next_move()
        announce(self.feedback_label, spoken)

    def _chosen(self, index: int) -> None:
        if index < len(self._shown):
            self.choose(self._shown[index])

    def _focus_next_move(self) -> None:
        """After a choice the keyboard is on the first new choice, or on "Play again" at an ending."""
        target = self.choice_buttons[0] if self.choice_buttons else self.replay_button
        if target.isVisibleTo(self):
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_back(self) -> None:
        if len(self.path) > 1 and not self.finished:
            self.path.pop()
            self.choices.pop()
            self.feedback_label.hide()
            self._show(self.current)
            self._focus_next_move()

    def _finish(self, node: Node) -> None:
        self.finished = True
        result = self.session.finish_scenario(
            self.lesson, self.scenario, list(self.path), [c.text for c in self.choices], self.started_at)
        self._show_history()
        self.scenarioFinished.emit(node.id, result.score)

    # -- display ----------------------------------------------------------------------------
    def _show(self, node: Node) -> None:
        self._shown = [] if node.is_ending else [c for c in node.choices if c.available(self.score)]
        self.choice_buttons = self._pool[:len(self._shown)]
        for index, button in enumerate(self._pool):
            if index < len(self._shown):
                choice = self._shown[index]
                button.label.setText(f"{index + 1}. {choice.text}")
                button.setAccessibleName(choice.text)
                button.show()
            else:
                button.hide()
        titles = [self.scenario.node(node_id).title for node_id in self.path]
        self.path_label.setText(self.tr("Your path: {0}").format(" → ".join(titles)))
        if node.is_ending:
            self.title_label.setText(self.tr("<b>Ending: {0}</b>").format(node.ending))
            self.body_label.setText(
                render_markdown(node.body)
                + "<p><b>" + self.tr("You scored {0} of {1}.").format(node.score, self.scenario.max_score) + "</b></p>")
        else:
            self.title_label.setText(f"<b>{render_inline(node.title)}</b>")
            self.body_label.setText(render_markdown(node.body))
        self.back_button.setVisible(self.scenario.allow_back and len(self.path) > 1 and not node.is_ending)
        self.replay_button.setVisible(node.is_ending)

    def _show_history(self) -> None:
        runs = self.session.scenario_runs(self.lesson, self.scenario)
        if not runs:
            self.history_label.hide()
            return
        best = max(runs, key=lambda r: r["score"])
        self.history_label.setText(
            self.tr("Played %n time(s). Best: {0} of {1} ({2}).", "", len(runs)).format(
                number(best["score"]), number(self.scenario.max_score), best["outcome"]))
        self.history_label.show()
