"""Which widget shows which block type: the UI half of the block registry (content/blocks/registry.py).

A widget is registered under its block type's `:::` name. The built-in ones are registered here; a new
block type registers its widget with `register_widget` from its own module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from literacy_app.content.blocks import type_of
from literacy_app.content.model import Lesson, Quiz
from literacy_app.services.session import Session

Factory = Callable[[Session, Lesson, object], QWidget]


def _built_in(module: str, class_name: str) -> Factory:
    """A widget of ui/activities/, its module loaded when a step first shows its block type (a step with a
    quiz does not load the feed's or the scenario's widgets)."""
    def factory(session: Session, lesson: Lesson, block: object) -> QWidget:
        widget_class = getattr(importlib.import_module(f"literacy_app.ui.activities.{module}"), class_name)
        return widget_class(session, lesson, block)
    return factory


_TEST = _built_in("quiz_test_widget", "QuizTestWidget")
_PRACTICE = _built_in("quiz_widget", "QuizWidget")


def quiz_widget(session: Session, lesson: Lesson, quiz: Quiz) -> QWidget:
    """A practice quiz answers question by question; a test (`mode: test`) is submitted whole."""
    return (_TEST if quiz.mode == "test" else _PRACTICE)(session, lesson, quiz)


_FACTORIES: dict[str, Factory] = {
    "quiz": quiz_widget,
    "scenario": _built_in("scenario_widget", "ScenarioWidget"),
    "feed": _built_in("feed_widget", "FeedWidget"),
    "reflection": _built_in("reflection_widget", "ReflectionWidget"),
}


def register_widget(block_name: str, factory: Factory) -> None:
    """Show blocks of this type with `factory(session, lesson, block)`."""
    _FACTORIES[block_name] = factory


def unregister_widget(block_name: str) -> None:
    _FACTORIES.pop(block_name, None)


# the block types' labels, where the app names a block ("Quiz: 2 of 5 questions not answered");
# tests/ui/test_translations.py checks the list against the registry
BLOCK_LABELS = (QT_TRANSLATE_NOOP("BlockLabel", "Feed"), QT_TRANSLATE_NOOP("BlockLabel", "Quiz"),
                QT_TRANSLATE_NOOP("BlockLabel", "Reflection"), QT_TRANSLATE_NOOP("BlockLabel", "Scenario"),
                QT_TRANSLATE_NOOP("BlockLabel", "Teacher notes"))


def block_label(label: str) -> str:
    """A block type's label in the app's language (a type added later shows its own label)."""
    return QCoreApplication.translate("BlockLabel", label)


# what the block types write for an empty answer (content/blocks: "describe"), where the teacher reads it
EMPTY_ANSWERS = (QT_TRANSLATE_NOOP("BlockLabel", "(nothing ticked)"),
                 QT_TRANSLATE_NOOP("BlockLabel", "(no cue tagged)"))


def answer_text(described: str) -> str:
    """A learner's answer as the block type describes it; its words for an empty answer in the app's language."""
    return QCoreApplication.translate("BlockLabel", described) if described in EMPTY_ANSWERS else described


def _unsupported(block: object) -> QWidget:
    label = QLabel(QLabel.tr("This activity ({0}) cannot be shown yet.").format(type(block).__name__.lower()))
    label.setWordWrap(True)
    return label


def widget_for(session: Session, lesson: Lesson, block: object) -> QWidget:
    kind = type_of(block)
    factory = _FACTORIES.get(kind.name) if kind is not None else None
    return factory(session, lesson, block) if factory is not None else _unsupported(block)
