"""The bundled course: every lesson checks clean, every scenario path ends, pre- and post-test match."""

from __future__ import annotations

import pytest

from literacy_app.content.blocks import lesson_counts
from literacy_app.content.blocks.scenario_paths import all_paths, explore
from literacy_app.content.library import load_library
from literacy_app.content.model import Quiz, Scenario
from literacy_app.learning.scoring import score_scenario
from literacy_app.resources import bundled_lessons

LIBRARY = load_library([bundled_lessons()])
LESSONS = [lesson for lesson in LIBRARY.lessons if not lesson.assessment]


def test_every_bundled_lesson_loads_without_problems():
    assert LIBRARY.broken == []
    assert [p.format() for lesson in LIBRARY.lessons for p in lesson.problems] == []
    assert len(LESSONS) == 6
    assert {lesson.module for lesson in LIBRARY.lessons} == {"Parasocial relationships"}


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_each_lesson_meets_the_course_bar(lesson):
    counts = lesson_counts(lesson)
    assert 3 <= counts["steps"] <= 7  # 3-6 reading steps plus activities
    assert counts["questions"] >= 8 and counts["reflections"] >= 1
    kinds = {q.kind for quiz in lesson.blocks(Quiz) for q in quiz.questions}
    assert len(kinds) >= 3
    for quiz in lesson.blocks(Quiz):
        for question in quiz.questions:
            assert question.explanation, question.id
            if question.kind in ("single", "multiple", "true-false"):
                assert all(choice.feedback for choice in question.choices), question.id
    scenarios = lesson.blocks(Scenario)
    assert any(len(s.nodes) >= 6 and len({e.score for e in s.endings}) >= 3 for s in scenarios)
    assert lesson.objectives


@pytest.mark.parametrize("scenario", [s for lesson in LESSONS for s in lesson.blocks(Scenario)],
                         ids=lambda s: s.id)
def test_every_path_of_every_scenario_reaches_an_ending(scenario):
    states, stuck = explore(scenario)
    assert stuck == []
    reached_nodes = {node_id for node_id, _score in states}
    assert reached_nodes == {node.id for node in scenario.nodes}
    paths = all_paths(scenario)
    assert paths
    endings_reached = set()
    for path in paths:
        result = score_scenario(scenario, path)
        endings_reached.add(result.ending.id)
    assert endings_reached == {node.id for node in scenario.endings}


def test_pre_and_post_tests_are_parallel_forms():
    pre = next(lesson for lesson in LIBRARY.lessons if lesson.assessment == "pre")
    post = next(lesson for lesson in LIBRARY.lessons if lesson.assessment == "post")
    pre_questions = [q for quiz in pre.blocks(Quiz) for q in quiz.questions]
    post_questions = [q for quiz in post.blocks(Quiz) for q in quiz.questions]
    assert len(pre_questions) == len(post_questions) >= 10
    assert [q.kind for q in pre_questions] == [q.kind for q in post_questions]
    assert {q.prompt for q in pre_questions}.isdisjoint({q.prompt for q in post_questions})
