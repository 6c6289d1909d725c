"""Block types, one module each; importing this package registers the built-in ones.

See registry.py for what a block type declares, and docs/architecture.md for how to add one.
"""

from typing import Any

from literacy_app.content.blocks import feed, quiz, reflection, scenario, teacher_notes  # noqa: F401  (register)
from literacy_app.content.blocks.registry import (
    BlockType,
    ItemScore,
    Submission,
    Template,
    block_type,
    block_types,
    register,
    registered_model_classes,
    type_of,
    unregister,
)
from literacy_app.content.model import Lesson


def graded_blocks(lesson: Lesson) -> list[Any]:
    """The lesson's blocks that count towards its score, in lesson order."""
    return [block for block in lesson.blocks() if (kind := type_of(block)) is not None and kind.graded]


COUNT_KEYS = ("steps", "questions", "quizzes", "scenarios", "endings", "feeds", "posts", "nodes", "reflections",
              "teacher_notes")


def lesson_counts(lesson: Lesson) -> dict[str, int]:
    """How many steps, blocks and items of each kind a lesson has (for `check --json` and the course bar)."""
    counts = dict.fromkeys(COUNT_KEYS, 0)
    counts["steps"] = len(lesson.steps)
    for block in lesson.blocks():
        kind = type_of(block)
        for key, value in (kind.counts(block) if kind is not None else {}).items():
            counts[key] = counts.get(key, 0) + value
    return counts


__all__ = [
    "BlockType", "ItemScore", "Submission", "Template", "block_type", "block_types", "graded_blocks", "lesson_counts",
    "register", "registered_model_classes", "type_of", "unregister",
]
