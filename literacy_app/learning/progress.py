"""A learner's own progress, per module and lesson: completion, best score, time spent, what is still
open, pre-test against post-test per objective, and the next thing to do.

Pure calculations on the library and on what the store read for one learner (see services/learner.py);
no database, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from literacy_app.content.blocks import graded_blocks, type_of
from literacy_app.content.library import Library
from literacy_app.content.model import Lesson
from literacy_app.learning.scoring import max_score


@dataclass(frozen=True)
class Attempt:
    """One attempt at one block, as the store keeps it."""

    lesson_id: str
    block_id: str
    score: float
    max_score: float
    finished: bool


@dataclass(frozen=True)
class LearnerRecord:
    """Everything progress needs about one learner, read from the store in one go."""

    steps: dict[str, tuple[int, int, str | None]]  # lesson id -> (step, step count, completed at)
    attempts: list[Attempt]
    reflections: set[tuple[str, str]]  # (lesson id, block id) with a saved text
    seconds: dict[str, int]  # lesson id -> time spent in it
    # (lesson id, block id, item id) -> (score, max score) in the last finished attempt of that block
    item_scores: dict[tuple[str, str, str], tuple[float, float]] = field(default_factory=dict)


@dataclass(frozen=True)
class OpenActivity:
    block_id: str
    label: str  # "Quiz", "Scenario" ...
    step: int  # 0-based step index
    step_title: str


@dataclass(frozen=True)
class LessonProgress:
    lesson: Lesson
    status: str  # "done", "started" or "" (not started)
    step: int  # 0-based step the learner is on
    step_count: int
    best_percent: float | None  # None: no graded activity finished (or none to finish)
    seconds: int
    open_activities: list[OpenActivity]

    @property
    def done(self) -> bool:
        return self.status == "done"


@dataclass(frozen=True)
class ObjectiveResult:
    objective: str
    pre_percent: float | None
    post_percent: float | None


@dataclass(frozen=True)
class PrePost:
    pre_lesson: Lesson
    post_lesson: Lesson
    pre_percent: float | None
    post_percent: float | None
    objectives: list[ObjectiveResult]  # empty until both tests are finished


@dataclass(frozen=True)
class ModuleProgress:
    module: str
    lessons: list[LessonProgress]
    pre_post: PrePost | None

    @property
    def done_count(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.done)

    @property
    def complete(self) -> bool:
        return bool(self.lessons) and self.done_count == len(self.lessons)

    @property
    def seconds(self) -> int:
        return sum(lesson.seconds for lesson in self.lessons)

    @property
    def mean_percent(self) -> float | None:
        """The mean best score over the module's graded lessons the learner finished something in."""
        scores = [lesson.best_percent for lesson in self.lessons if lesson.best_percent is not None]
        return sum(scores) / len(scores) if scores else None


@dataclass(frozen=True)
class NextStep:
    kind: str  # "review", "continue", "start", "certificate" or "rest"
    lesson_id: str = ""
    step: int = 0
    module: str = ""
    due: int = 0


# -- per lesson -----------------------------------------------------------------------------------
def best_percent(lesson: Lesson, attempts: list[Attempt]) -> float | None:
    """Each graded block's best finished attempt, weighted by its points (unfinished blocks count 0),
    as the teacher's grid computes it; None when nothing graded was finished."""
    blocks = graded_blocks(lesson)
    total = sum(max_score(block) for block in blocks)
    best: dict[str, float] = {}
    for attempt in attempts:
        if attempt.lesson_id == lesson.id and attempt.finished:
            fraction = attempt.score / attempt.max_score if attempt.max_score else 0.0
            best[attempt.block_id] = max(best.get(attempt.block_id, 0.0), fraction)
    if not total or not any(block.id in best for block in blocks):
        return None
    return 100.0 * sum(best.get(block.id, 0.0) * max_score(block) for block in blocks) / total


def open_activities(lesson: Lesson, record: LearnerRecord) -> list[OpenActivity]:
    """The learner's activities in the lesson that were never finished, in lesson order."""
    finished = {a.block_id for a in record.attempts if a.lesson_id == lesson.id and a.finished}
    found = []
    for index, step in enumerate(lesson.steps):
        for item in step.items:
            kind = type_of(item)
            if kind is None or not kind.shown_to_learners or kind.answers == "none":
                continue
            block_id: str = getattr(item, "id", "")
            done = ((lesson.id, block_id) in record.reflections if kind.answers == "text"
                    else block_id in finished)
            if not done:
                found.append(OpenActivity(block_id, kind.label, index, step.title))
    return found


def lesson_progress(lesson: Lesson, record: LearnerRecord) -> LessonProgress:
    step, step_count, completed_at = record.steps.get(lesson.id, (0, len(lesson.steps), None))
    status = "done" if completed_at else ("started" if lesson.id in record.steps else "")
    return LessonProgress(
        lesson, status, min(step, max(len(lesson.steps) - 1, 0)), len(lesson.steps),
        best_percent(lesson, record.attempts), record.seconds.get(lesson.id, 0), open_activities(lesson, record))


# -- pre-test against post-test ---------------------------------------------------------------------
_ID_RE = re.compile(r"[A-Za-z0-9][\w-]*")


def _question_ids(lesson: Lesson) -> dict[str, str]:
    """item id -> block id for every graded item of the lesson."""
    found: dict[str, str] = {}
    for block in graded_blocks(lesson):
        kind = type_of(block)
        for item_id, _prompt in (kind.items(block) if kind is not None else []):
            found[item_id] = block.id
    return found


def _notes(lesson: Lesson) -> list[str]:
    return [getattr(block, "markdown", "") for block in lesson.blocks()
            if (kind := type_of(block)) is not None and kind.answers == "none"]


def _objective_name(cell: str) -> str:
    """'1. tell a one-sided bond from a mutual one (1)' -> 'Tell a one-sided bond from a mutual one'."""
    name = re.sub(r"^\d+\.\s*", "", cell.replace("**", "").replace("`", "").strip())
    name = re.sub(r"\s*\([\d,\s]+\)$", "", name).strip()
    return name[:1].upper() + name[1:]


def objective_map(pre: Lesson, post: Lesson) -> list[tuple[str, list[str], list[str]]]:
    """(objective, pre-test item ids, post-test item ids), read from a Markdown table in either test's
    teacher notes whose rows name an objective in the first cell and the items of both tests in the others.
    Empty when the notes hold no such table."""
    pre_ids, post_ids = _question_ids(pre), _question_ids(post)
    rows = []
    for text in _notes(pre) + _notes(post):
        for line in text.splitlines():
            if not line.lstrip().startswith("|"):
                continue
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if len(cells) < 3:
                continue
            words = set(_ID_RE.findall(" ".join(cells[1:])))
            before = [i for i in pre_ids if i in words]
            after = [i for i in post_ids if i in words]
            if before and after:
                rows.append((_objective_name(cells[0]), before, after))
        if rows:
            return rows
    return rows


def _percent(scores: dict[tuple[str, str, str], tuple[float, float]], lesson: Lesson, ids: list[str],
             blocks: dict[str, str]) -> float | None:
    found = [scores[(lesson.id, blocks[i], i)] for i in ids if (lesson.id, blocks[i], i) in scores]
    if not found:
        return None
    total = sum(most for _, most in found)
    return 100.0 * sum(score for score, _ in found) / total if total else None


def pre_post(lessons: list[Lesson], record: LearnerRecord, by_lesson: dict[str, LessonProgress]) -> PrePost | None:
    """The module's pre-test against its post-test; per objective once the learner finished both."""
    pre = next((lesson for lesson in lessons if lesson.assessment == "pre"), None)
    post = next((lesson for lesson in lessons if lesson.assessment == "post"), None)
    if pre is None or post is None:
        return None
    before, after = by_lesson[pre.id].best_percent, by_lesson[post.id].best_percent
    objectives: list[ObjectiveResult] = []
    if before is not None and after is not None:
        pre_blocks, post_blocks = _question_ids(pre), _question_ids(post)
        for objective, pre_items, post_items in objective_map(pre, post):
            objectives.append(ObjectiveResult(objective, _percent(record.item_scores, pre, pre_items, pre_blocks),
                                              _percent(record.item_scores, post, post_items, post_blocks)))
    return PrePost(pre, post, before, after, objectives)


# -- the whole course -------------------------------------------------------------------------------
def course_progress(library: Library, record: LearnerRecord) -> list[ModuleProgress]:
    modules = []
    for module, lessons in library.modules():
        by_lesson = {lesson.id: lesson_progress(lesson, record) for lesson in lessons}
        modules.append(ModuleProgress(module, [by_lesson[lesson.id] for lesson in lessons],
                                      pre_post(lessons, record, by_lesson)))
    return modules


def next_step(modules: list[ModuleProgress], due: int, certificates: set[str] | None = None,
              current: str | None = None) -> NextStep:
    """What to do next: due reviews first, then the lesson in progress (the one worked in last, `current`,
    before others), then the first one not started; when a module is complete and its certificate was never
    saved, that."""
    if due:
        return NextStep("review", due=due)
    lessons = [lesson for module in modules for lesson in module.lessons]
    lessons.sort(key=lambda lesson: lesson.lesson.id != current)  # stable: the current one first
    started = next((lesson for lesson in lessons if lesson.status == "started"), None)
    if started is not None:
        return NextStep("continue", started.lesson.id, started.step, started.lesson.module)
    fresh = next((lesson for module in modules for lesson in module.lessons if lesson.status == ""), None)
    if fresh is not None:
        return NextStep("start", fresh.lesson.id, 0, fresh.lesson.module)
    for module in modules:
        if module.complete and module.module not in (certificates or set()):
            return NextStep("certificate", module=module.module)
    return NextStep("rest")


def format_duration(seconds: int) -> str:
    """'1 h 05 min', '12 min', 'under a minute', '–' for nothing."""
    if seconds <= 0:
        return "–"
    if seconds < 60:
        return "under a minute"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def summary(modules: list[ModuleProgress]) -> dict[str, Any]:
    """Course-wide figures for the page's first line and the certificate command."""
    lessons = [lesson for module in modules for lesson in module.lessons]
    return {
        "lessons": len(lessons),
        "done": sum(1 for lesson in lessons if lesson.done),
        "seconds": sum(lesson.seconds for lesson in lessons),
        "modules_complete": [module.module for module in modules if module.complete],
    }
