"""Class analytics for the teacher: the students x lessons grid, item difficulty, score distribution,
progress over time and pre/post gain. Pure calculations on what the store aggregated (see
store.classroom and the teacher service); no database, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from literacy_app.content.blocks import block_types, graded_blocks, type_of
from literacy_app.content.library import Library
from literacy_app.content.model import Lesson, Question, Quiz
from literacy_app.learning.scoring import max_score


@dataclass(frozen=True)
class Student:
    id: int
    uid: str
    name: str
    avatar: str
    student_id: str
    created_at: str
    last_active_at: str | None
    archived_at: str | None


@dataclass(frozen=True)
class LessonResult:
    """One learner in one lesson. percent is None where nothing was ever finished."""

    profile_id: int
    lesson_id: str
    percent: float | None
    attempts: int  # the most finished attempts at any one graded block of the lesson
    completed_at: str | None
    last_activity: str | None


@dataclass(frozen=True)
class ItemStat:
    block_id: str
    question_id: str
    answers: int
    correct: int
    students: int
    top_wrong_response: dict[str, Any] | None
    top_wrong_count: int

    @property
    def percent_correct(self) -> float:
        return 100.0 * self.correct / self.answers if self.answers else 0.0

    @property
    def mean_attempts(self) -> float:
        return self.answers / self.students if self.students else 0.0


def graded_maxima(library: Library) -> list[tuple[str, str, float]]:
    """(lesson id, block id, max points) for every graded block in the library."""
    rows = []
    for lesson in library.lessons:
        rows += [(lesson.id, block.id, max_score(block)) for block in graded_blocks(lesson)]
    return rows


def graded_lessons(library: Library) -> list[Lesson]:
    """The lessons with at least one graded block, in library order: the gradebook's columns."""
    ids = {lesson_id for lesson_id, _, _ in graded_maxima(library)}
    return [lesson for lesson in library.lessons if lesson.id in ids]


@dataclass
class Overview:
    students: list[Student]
    lessons: list[Lesson]
    results: dict[tuple[int, str], LessonResult]  # (profile id, lesson id) -> result

    def result(self, profile_id: int, lesson_id: str) -> LessonResult | None:
        return self.results.get((profile_id, lesson_id))


def class_overview(students: list[Student], library: Library, results: list[LessonResult]) -> Overview:
    return Overview(students, graded_lessons(library), {(r.profile_id, r.lesson_id): r for r in results})


@dataclass(frozen=True)
class ItemRow:
    block_id: str
    question_id: str
    prompt: str
    percent_correct: float
    mean_attempts: float
    answers: int
    students: int
    top_wrong: str  # the most chosen wrong answer, readable; "" when nobody was wrong
    top_wrong_count: int


def describe_response(response: dict[str, Any] | None) -> str:
    """A stored response as a teacher reads it, in the words of the block type that stored it."""
    if not response:
        return ""
    for kind in block_types():
        described = kind.describe(response)
        if described is not None:
            return described
    return str(response)


def _prompts(lesson: Lesson) -> dict[tuple[str, str], tuple[int, str]]:
    """(block id, item id) -> (position in the lesson, readable prompt) for every answerable item."""
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for block in graded_blocks(lesson):
        kind = type_of(block)
        for item_id, prompt in (kind.items(block) if kind is not None else []):
            found[(block.id, item_id)] = (len(found), prompt)
    return found


def item_analysis(lesson: Lesson, stats: list[ItemStat]) -> list[ItemRow]:
    """Each question (and feed post) of the lesson in lesson order, with how the class answered it."""
    prompts = _prompts(lesson)
    rows = []
    for stat in stats:
        key = (stat.block_id, stat.question_id)
        if key not in prompts:
            continue  # a question removed from the lesson since
        rows.append(ItemRow(stat.block_id, stat.question_id, prompts[key][1], stat.percent_correct,
                            stat.mean_attempts, stat.answers, stat.students,
                            describe_response(stat.top_wrong_response), stat.top_wrong_count))
    rows.sort(key=lambda row: prompts[(row.block_id, row.question_id)][0])
    return rows


def question_of(lesson: Lesson, block_id: str, question_id: str) -> Question | None:
    block = lesson.block(block_id)
    if isinstance(block, Quiz):
        return next((q for q in block.questions if q.id == question_id), None)
    return None


BUCKETS = 10


def score_distribution(overview: Overview, lesson_id: str) -> list[int]:
    """How many learners' best scores fall in 0-9, 10-19 ... 90-100 percent."""
    counts = [0] * BUCKETS
    for student in overview.students:
        result = overview.result(student.id, lesson_id)
        if result is not None and result.percent is not None:
            counts[min(BUCKETS - 1, max(0, int(result.percent // (100 / BUCKETS))))] += 1
    return counts


def progress_over_time(overview: Overview, completions_by_day: list[tuple[str, int]]) -> list[tuple[str, float]]:
    """(day, percent of all learner-lesson pairs completed by the end of that day)."""
    possible = len(overview.students) * len(overview.lessons)
    if not possible:
        return []
    done, points = 0, []
    for day, count in completions_by_day:
        done += count
        points.append((day, min(100.0, 100.0 * done / possible)))
    return points


@dataclass(frozen=True)
class ObjectiveGain:
    """The class on one objective: the share of right answers to its pre-test items and its post-test items."""

    objective: str
    pre_percent: float | None
    post_percent: float | None

    @property
    def gain(self) -> float | None:
        return None if self.pre_percent is None or self.post_percent is None else self.post_percent - self.pre_percent


def normalised_gain(pre: float | None, post: float | None) -> float | None:
    """Hake's normalised gain, (post - pre) / (100 - pre): the share of what could be gained that was.
    Undefined (None) when the pre-score is already 100%."""
    if pre is None or post is None or pre >= 100:
        return None
    return (post - pre) / (100 - pre)


@dataclass
class Gain:
    module: str
    pre_lesson: Lesson
    post_lesson: Lesson
    per_student: list[tuple[Student, float | None, float | None]] = field(default_factory=list)  # pre, post
    objectives: list[ObjectiveGain] = field(default_factory=list)

    @property
    def class_normalised_gain(self) -> float | None:
        """Computed on the class means (a learner at 100% before does not make it undefined)."""
        return normalised_gain(self.mean_pre, self.mean_post)

    @property
    def paired(self) -> list[tuple[Student, float, float]]:
        return [(s, pre, post) for s, pre, post in self.per_student if pre is not None and post is not None]

    @property
    def mean_gain(self) -> float | None:
        pairs = self.paired
        return sum(post - pre for _, pre, post in pairs) / len(pairs) if pairs else None

    @property
    def mean_pre(self) -> float | None:
        pairs = self.paired
        return sum(pre for _, pre, _ in pairs) / len(pairs) if pairs else None

    @property
    def mean_post(self) -> float | None:
        pairs = self.paired
        return sum(post for _, _, post in pairs) / len(pairs) if pairs else None


def pre_post_gains(overview: Overview, library: Library) -> list[Gain]:
    """For each module with an `assessment: pre` and an `assessment: post` lesson: each learner's two scores."""
    gains = []
    for module, lessons in library.modules():
        pre = next((lesson for lesson in lessons if lesson.assessment == "pre"), None)
        post = next((lesson for lesson in lessons if lesson.assessment == "post"), None)
        if pre is None or post is None:
            continue
        gain = Gain(module, pre, post)
        for student in overview.students:
            before, after = overview.result(student.id, pre.id), overview.result(student.id, post.id)
            gain.per_student.append((student, before.percent if before else None, after.percent if after else None))
        gains.append(gain)
    return gains


HELP_BELOW = 50.0  # a best score under this in any graded lesson (pre-tests aside) asks for the teacher


class HelpReason(str):
    """One reason a learner needs the teacher, in plain English; `kind` ("below", "no-start" or
    "no-start-module") and the values in it let the UI say it in the app's language."""

    kind: str
    lesson: str
    percent: float
    module: str

    def __new__(cls, text: str, kind: str, lesson: str = "", percent: float = 0.0, module: str = "") -> HelpReason:
        reason = super().__new__(cls, text)
        reason.kind, reason.lesson, reason.percent, reason.module = kind, lesson, percent, module
        return reason


def needs_help(overview: Overview, student: Student) -> list[HelpReason]:
    """Why this learner needs the teacher, in plain words; empty when they do not.

    A pre-test (`assessment: pre`) is a baseline, not a grade, so its score never counts. A learner who
    took a module's pre-test and then started none of its other lessons is stuck before the course begins.
    """
    reasons = []
    for lesson in overview.lessons:
        result = overview.result(student.id, lesson.id)
        if lesson.assessment != "pre" and result is not None and result.percent is not None \
                and result.percent < HELP_BELOW:
            reasons.append(HelpReason(f"below {HELP_BELOW:.0f}% in “{lesson.title}” ({result.percent:.0f}%)", "below",
                                      lesson=lesson.title, percent=result.percent))
    pre_tests = [lesson for lesson in overview.lessons if lesson.assessment == "pre"]
    for pre in pre_tests:
        if overview.result(student.id, pre.id) is None:
            continue
        after = [lesson for lesson in overview.lessons if lesson.module == pre.module and lesson.id != pre.id]
        if after and all(overview.result(student.id, lesson.id) is None for lesson in after):
            reasons.append(HelpReason("no lesson started after the pre-test", "no-start") if len(pre_tests) == 1
                           else HelpReason(f"no lesson of “{pre.module}” started after its pre-test", "no-start-module",
                                           module=pre.module))
    return reasons


def objective_gains(pre: Lesson, post: Lesson, pre_stats: list[ItemStat], post_stats: list[ItemStat],
                    objectives: list[tuple[str, list[str], list[str]]]) -> list[ObjectiveGain]:
    """Per objective (with its pre- and post-test items): the class's share of right answers before and after."""
    def percent(stats: list[ItemStat], items: list[str]) -> float | None:
        found = [stat for stat in stats if stat.question_id in items]
        answers = sum(stat.answers for stat in found)
        return 100.0 * sum(stat.correct for stat in found) / answers if answers else None

    return [ObjectiveGain(name, percent(pre_stats, before), percent(post_stats, after))
            for name, before, after in objectives]
