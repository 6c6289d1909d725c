"""Which widget shows which kind of lesson item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from literacy_app.content.model import Feed, Lesson, Quiz, Reflection, Scenario
from literacy_app.session import Session
from literacy_app.ui.activities.feed_widget import FeedWidget
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.activities.reflection_widget import ReflectionWidget
from literacy_app.ui.activities.scenario_widget import ScenarioWidget

Factory = Callable[[Session, Lesson, object], QWidget]


def _unsupported(_session: Session, _lesson: Lesson, block: object) -> QWidget:
    label = QLabel(QLabel.tr("This activity ({0}) cannot be shown yet.").format(type(block).__name__.lower()))
    label.setWordWrap(True)
    return label


FACTORIES: dict[type, Factory] = {
    Quiz: QuizWidget,
    Scenario: ScenarioWidget,
    Feed: FeedWidget,
    Reflection: ReflectionWidget,
}


def widget_for(session: Session, lesson: Lesson, block: object) -> QWidget:
    for kind, factory in FACTORIES.items():
        if isinstance(block, kind):
            return factory(session, lesson, block)
    return _unsupported(session, lesson, block)

