"""A learner's own progress figures: best score, what is open, time, pre/post per objective, what next."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy_app.content.library import load_library
from literacy_app.learning.progress import (
    Attempt,
    LearnerRecord,
    course_progress,
    format_duration,
    next_step,
    objective_map,
)
from tests.conftest import FIXTURE_COURSE

TEST = """\
---
id: {id}
title: {title}
module: Tests
order: {order}
assessment: {assessment}
---

## Test

::: quiz {block}
### First {{#q-{kind}-a}}
- [x] Right
- [ ] Wrong

### Second {{#q-{kind}-b}}
- [x] Right
- [ ] Wrong

### Third {{#q-{kind}-c}}
- [x] Right
- [ ] Wrong
:::
"""

NOTES = """
::: teacher
| objective (lessons) | pre-test items | post-test items |
| --- | --- | --- |
| 1. tell a one-sided bond from a mutual one (1) | q-pre-a, q-pre-b | q-post-a, q-post-b |
| 2. **follow the money** (3, 7) | q-pre-c | q-post-c |
:::
"""


@pytest.fixture
def library(tmp_path):
    folder = tmp_path / "tests"
    for order, kind, notes in ((0, "pre", NOTES), (9, "post", "")):
        lesson = folder / kind / "lesson.md"
        lesson.parent.mkdir(parents=True)
        lesson.write_text(TEST.format(id=f"t-{kind}", title=f"{kind}-test", order=order, assessment=kind,
                                      block=f"{kind}-quiz", kind=kind) + notes, encoding="utf-8")
    return load_library([FIXTURE_COURSE, folder])


def record(**changes) -> LearnerRecord:
    values = {"steps": {}, "attempts": [], "reflections": set(), "seconds": {}, "item_scores": {}}
    values.update(changes)
    return LearnerRecord(**values)


def by_id(modules):
    return {lesson.lesson.id: lesson for module in modules for lesson in module.lessons}


def test_best_score_weights_blocks_by_points_and_counts_unfinished_ones_as_zero(library):
    # fixture-basics: a 3-point quiz and a 2-point scenario
    mine = record(steps={"fixture-basics": (2, 4, None)}, attempts=[
        Attempt("fixture-basics", "check", 1, 3, True),
        Attempt("fixture-basics", "check", 3, 3, True),  # the better attempt counts
        Attempt("fixture-basics", "code", 2, 2, False),  # not finished: not counted
    ], seconds={"fixture-basics": 754})
    basics = by_id(course_progress(library, mine))["fixture-basics"]
    assert basics.best_percent == pytest.approx(60.0)
    assert (basics.status, basics.step, basics.step_count, basics.seconds) == ("started", 2, 4, 754)
    assert [(a.block_id, a.label, a.step) for a in basics.open_activities] == [("code", "Scenario", 3)]


def test_a_lesson_never_opened_has_no_score_and_every_activity_open(library):
    basics = by_id(course_progress(library, record()))["fixture-basics"]
    assert basics.status == "" and basics.best_percent is None and basics.seconds == 0
    assert [a.block_id for a in basics.open_activities] == ["check", "code"]


def test_modules_count_their_completed_lessons(library):
    mine = record(steps={"t-pre": (0, 1, "2026-03-01T10:00:00+00:00"), "t-post": (0, 1, None)})
    modules = {m.module: m for m in course_progress(library, mine)}
    assert (modules["Tests"].done_count, len(modules["Tests"].lessons), modules["Tests"].complete) == (1, 2, False)
    done = record(steps={"t-pre": (0, 1, "2026-03-01T10:00:00+00:00"), "t-post": (0, 1, "2026-03-09T10:00:00+00:00")})
    assert {m.module: m for m in course_progress(library, done)}["Tests"].complete


def test_the_objective_table_in_the_teacher_notes_pairs_pre_and_post_items(library):
    pre, post = library.lesson("t-pre"), library.lesson("t-post")
    assert objective_map(pre, post) == [
        ("Tell a one-sided bond from a mutual one", ["q-pre-a", "q-pre-b"], ["q-post-a", "q-post-b"]),
        ("Follow the money", ["q-pre-c"], ["q-post-c"]),
    ]


def test_pre_and_post_test_per_objective_once_both_are_finished(library):
    scores = {("t-pre", "pre-quiz", "q-pre-a"): (0, 1), ("t-pre", "pre-quiz", "q-pre-b"): (1, 1),
              ("t-pre", "pre-quiz", "q-pre-c"): (0, 1), ("t-post", "post-quiz", "q-post-a"): (1, 1),
              ("t-post", "post-quiz", "q-post-b"): (1, 1), ("t-post", "post-quiz", "q-post-c"): (0, 1)}
    only_pre = record(attempts=[Attempt("t-pre", "pre-quiz", 1, 3, True)], item_scores=scores)
    tests = {m.module: m for m in course_progress(library, only_pre)}["Tests"]
    assert tests.pre_post.pre_percent == pytest.approx(100 / 3) and tests.pre_post.post_percent is None
    assert tests.pre_post.objectives == []  # nothing to compare yet

    both = record(attempts=[Attempt("t-pre", "pre-quiz", 1, 3, True), Attempt("t-post", "post-quiz", 2, 3, True)],
                  item_scores=scores)
    result = {m.module: m for m in course_progress(library, both)}["Tests"].pre_post
    assert [(o.objective, o.pre_percent, o.post_percent) for o in result.objectives] == [
        ("Tell a one-sided bond from a mutual one", 50.0, 100.0), ("Follow the money", 0.0, 0.0)]


def test_a_module_without_tests_has_no_pre_post(library):
    modules = {m.module: m for m in course_progress(library, record())}
    assert modules["Fixture module"].pre_post is None


def test_the_next_thing_to_do(library):
    fresh = course_progress(library, record())
    assert next_step(fresh, due=3).kind == "review"
    first = next_step(fresh, due=0)
    assert (first.kind, first.lesson_id) == ("start", "fixture-basics")
    started = course_progress(library, record(steps={"t-pre": (0, 1, None)}))
    assert (next_step(started, 0).kind, next_step(started, 0).lesson_id) == ("continue", "t-pre")
    two = course_progress(library, record(steps={"t-pre": (0, 1, None), "fixture-basics": (2, 4, None)}))
    assert next_step(two, 0).lesson_id == "fixture-basics"  # course order
    assert next_step(two, 0, current="t-pre").lesson_id == "t-pre"  # the lesson worked in last
    stamp = "2026-03-01T10:00:00+00:00"
    everything = course_progress(library, record(steps={lesson.id: (0, 1, stamp) for lesson in library.lessons}))
    assert next_step(everything, 0).kind == "certificate"
    assert next_step(everything, 0, certificates={"Fixture module", "Tests"}).kind == "rest"


@pytest.mark.parametrize("seconds, text", [(0, "–"), (30, "under a minute"), (754, "13 min"), (3900, "1 h 05 min")])
def test_durations_in_plain_words(seconds, text):
    assert format_duration(seconds) == text


def test_the_bundled_course_maps_nine_objectives(tmp_path):
    from literacy_app import resources

    course = load_library([resources.bundled_lessons()], cache_dir=tmp_path)
    pre = next(lesson for lesson in course.lessons if lesson.assessment == "pre")
    post = next(lesson for lesson in course.lessons if lesson.assessment == "post")
    rows = objective_map(pre, post)
    assert len(rows) == 9 and all(len(before) == 2 and len(after) == 2 for _, before, after in rows)


def test_the_record_is_built_from_paths_only_through_the_library(tmp_path: Path):
    # a module of one lesson with nothing graded: no score, but it can be completed
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "lesson.md").write_text("---\nid: plain\ntitle: Plain\nmodule: Plain\norder: 1\n---\n\n## Read\n\n"
                                      "Text only.\n", encoding="utf-8")
    modules = course_progress(load_library([folder]), record(steps={"plain": (0, 1, "2026-03-01T10:00:00+00:00")}))
    assert modules[0].complete and modules[0].mean_percent is None and modules[0].lessons[0].open_activities == []
