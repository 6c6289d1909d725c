"""What is left to do in a lesson: the activities a learner has not answered yet (plain Python, no Qt).

"Finish lesson" asks before finishing a lesson with activities left, and names them.
"""

from __future__ import annotations

from dataclasses import dataclass

from literacy_app.content.blocks import type_of
from literacy_app.content.model import Lesson
from literacy_app.services.session import Session


@dataclass(frozen=True)
class Unfinished:
    """An activity of the lesson the learner has not finished, as the finish dialog lists it."""

    step: int  # index of the step that holds the activity
    step_title: str
    kind: str  # the block type's label: "Quiz", "Scenario" ...
    answers: str  # the block type's answer shape (see BlockType.answers)
    left: int  # items not answered yet (a quiz's questions; 1 for a whole activity)
    total: int


def unfinished_activities(session: Session, lesson: Lesson) -> list[Unfinished]:
    """Every activity of the lesson the learner has left unanswered, in lesson order."""
    left: list[Unfinished] = []
    for index, step in enumerate(lesson.steps):
        for block in step.items:
            kind = type_of(block)
            if kind is None or not kind.shown_to_learners or kind.answers == "none":
                continue
            missing, total = _missing(session, lesson, block, kind.answers)
            if missing:
                left.append(Unfinished(index, step.title, kind.label, kind.answers, missing, total))
    return left


def _missing(session: Session, lesson: Lesson, block: object, answers: str) -> tuple[int, int]:
    if answers == "per-item":
        questions = getattr(block, "questions", [])
        state = session.quiz_state(lesson, block)
        answered = sum(1 for question in questions if question.id in state.answers)
        return len(questions) - answered, len(questions)
    if answers == "run":
        return (0 if session.scenario_runs(lesson, block) else 1), 1
    if answers == "text":
        return (0 if (session.reflection(lesson, block.id) or "").strip() else 1), 1
    return (0 if session.last_submission(lesson, block) is not None else 1), 1
