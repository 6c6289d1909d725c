"""The lesson model: plain dataclasses, free of Qt, each remembering where it was written.

A lesson, its steps and prose, and the problems found in it are defined here; what the block types hold
(quizzes, scenarios, feeds ...) is in block_model.py and named here as well, loaded when first asked for: the
library lists lessons, and a returning learner's first step is painted, without them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from literacy_app.content.block_model import (
        KNOWN_CUES,
        QUESTION_KINDS,
        Choice,
        Feed,
        Node,
        NumericAnswer,
        Post,
        Question,
        Quiz,
        Reflection,
        Scenario,
        ScenarioChoice,
        TeacherNotes,
    )

__all__ = [
    "KNOWN_CUES", "QUESTION_KINDS", "Choice", "Feed", "Lesson", "LessonError", "Node", "NumericAnswer", "Post",
    "Problem", "Prose", "Question", "Quiz", "Reflection", "Scenario", "ScenarioChoice", "Severity", "Step",
    "TeacherNotes",
]

Severity = Literal["error", "warning"]

_BLOCK_MODEL_NAMES = frozenset({
    "KNOWN_CUES", "QUESTION_KINDS", "Choice", "Feed", "Node", "NumericAnswer", "Post", "Question", "Quiz",
    "Reflection", "Scenario", "ScenarioChoice", "TeacherNotes",
})


def __getattr__(name: str) -> Any:
    """The block types' classes, from block_model.py, the first time one is asked for."""
    if name in _BLOCK_MODEL_NAMES:
        from literacy_app.content import block_model

        value = getattr(block_model, name)
        globals()[name] = value  # asked once
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Problem:
    """One finding about a lesson file, printed as `path:line:col: severity: message`."""

    path: str
    line: int
    col: int
    severity: Severity
    message: str
    hint: str = ""

    def format(self) -> str:
        text = f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "severity": self.severity,
            "message": self.message,
            "hint": self.hint,
        }


class LessonError(Exception):
    """Raised when a file cannot be read as a lesson at all."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.format())
        self.problem = problem


@dataclass
class Prose:
    """Markdown text between blocks."""

    markdown: str
    line: int = 0


if TYPE_CHECKING:  # for the type checker; at run time the annotations stay text
    Block = Quiz | Scenario | Feed | Reflection | TeacherNotes
    Item = Prose | Quiz | Scenario | Feed | Reflection | TeacherNotes


@dataclass
class Step:
    """One step of a lesson (a `##` heading): its text and blocks in order."""

    title: str
    items: list[Item] = field(default_factory=list)
    line: int = 0


@dataclass
class Lesson:
    """One lesson file: its front matter and its steps."""

    id: str
    title: str
    module: str
    order: int
    path: Path
    steps: list[Step] = field(default_factory=list)
    objectives: list[str] = field(default_factory=list)
    duration: int | None = None
    level: str = ""
    tags: list[str] = field(default_factory=list)
    language: str = "en"
    assessment: str = ""  # "pre" or "post" for a module's pre-/post-test
    problems: list[Problem] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def step_count(self) -> int:
        return len(self.steps)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def blocks(self, kind: type | None = None) -> list[Any]:
        found = []
        for step in self.steps:
            for item in step.items:
                if isinstance(item, Prose):
                    continue
                if kind is None or isinstance(item, kind):
                    found.append(item)
        return found

    def block(self, block_id: str) -> Any:
        for block in self.blocks():
            if getattr(block, "id", None) == block_id:
                return block
        return None
