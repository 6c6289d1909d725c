"""The bundled course: every lesson checks clean, every scenario path ends, pre- and post-test match."""

from __future__ import annotations

import re

import pytest

from literacy_app.content.blocks import lesson_counts
from literacy_app.content.blocks.scenario_paths import all_paths, explore
from literacy_app.content.item_quality import item_quality_problems
from literacy_app.content.library import load_library
from literacy_app.content.model import Feed, Prose, Quiz, Reflection, Scenario, TeacherNotes
from literacy_app.learning.scoring import score_scenario
from literacy_app.resources import bundled_lessons

LIBRARY = load_library([bundled_lessons()])
LESSONS = [lesson for lesson in LIBRARY.lessons if not lesson.assessment]
PRE = next(lesson for lesson in LIBRARY.lessons if lesson.assessment == "pre")
POST = next(lesson for lesson in LIBRARY.lessons if lesson.assessment == "post")


def notes(lesson) -> str:
    return "\n".join(block.markdown for block in lesson.blocks(TeacherNotes))


def test_every_bundled_lesson_loads_without_problems():
    assert LIBRARY.broken == []
    assert [p.format() for lesson in LIBRARY.lessons for p in lesson.problems] == []
    assert len(LESSONS) == 7
    assert {lesson.module for lesson in LIBRARY.lessons} == {"Parasocial relationships"}
    # the pre-test opens the course, the post-test closes it, the seven lessons come in between
    assert [lesson.order for lesson in LIBRARY.lessons] == list(range(9))
    assert LIBRARY.lessons[0] is PRE and LIBRARY.lessons[-1] is POST


def test_the_course_passes_every_item_quality_check():
    assert [p.format() for p in item_quality_problems(LIBRARY.lessons)] == []


def test_every_picture_is_small():
    pictures = sorted(bundled_lessons().rglob("*.png"))
    assert len(pictures) >= 30
    assert [p.name for p in pictures if p.stat().st_size >= 60_000] == []


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
    assert all(quiz.shuffle for quiz in lesson.blocks(Quiz))
    teacher = notes(lesson)
    assert "Sources beyond the article" in teacher
    if lesson.blocks(Reflection):
        assert "rubric" in teacher.lower()


@pytest.mark.parametrize("lesson_id", ["illusion-of-intimacy", "sponsorship-and-ethics", "healthy-boundaries",
                                       "wellbeing-and-identity", "behind-the-screen"])
def test_lessons_on_sensitive_topics_have_a_safeguarding_note(lesson_id):
    assert "Safeguarding" in notes(LIBRARY.lesson(lesson_id))


def test_behind_the_screen_comes_before_the_post_test_and_meets_the_bar():
    lesson = LIBRARY.lesson("behind-the-screen")
    assert LIBRARY.lessons.index(lesson) == len(LIBRARY.lessons) - 2
    counts = lesson_counts(lesson)
    assert counts["questions"] >= 10 and counts["feeds"] == 1 and counts["posts"] >= 6
    assert counts["scenarios"] == 1 and counts["reflections"] == 1
    feed = lesson.blocks(Feed)[0]
    assert sum(1 for post in feed.posts if post.image) >= 5
    assert {"live-gifts", "virtual-character", "fake-account", "gifted-product"} <= set(feed.cues)
    teacher = notes(lesson)
    for needed in ("Safeguarding", "designated safeguarding lead", "Childline", "CEOP", "Article 50"):
        assert needed in teacher


def test_feeds_have_pictures_and_platform_labels():
    feeds = [(lesson, feed) for lesson in LESSONS for feed in lesson.blocks(Feed)]
    with_pictures = {lesson.id for lesson, feed in feeds if any(post.image for post in feed.posts)}
    assert with_pictures == {lesson.id for lesson, _feed in feeds}
    texts = " ".join(post.text for _lesson, feed in feeds for post in feed.posts)
    for label in ("Paid partnership", "Includes paid promotion", "AI-generated", "PR box", "Galaxy"):
        assert label in texts
    prose = [item.markdown for step in LIBRARY.lesson("wellbeing-and-identity").steps for item in step.items
             if isinstance(item, Prose)]
    assert any("images/highlight-reel.png" in text for text in prose)


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
    pre_questions = [q for quiz in PRE.blocks(Quiz) for q in quiz.questions]
    post_questions = [q for quiz in POST.blocks(Quiz) for q in quiz.questions]
    assert len(pre_questions) == len(post_questions) >= 16
    assert [q.kind for q in pre_questions] == [q.kind for q in post_questions]
    assert {q.prompt for q in pre_questions}.isdisjoint({q.prompt for q in post_questions})
    for question in pre_questions + post_questions:
        assert question.explanation and all(choice.feedback for choice in question.choices), question.id


def test_both_tests_are_tests_and_the_pre_test_holds_its_answers_until_the_course_is_done():
    (pre,), (post,) = PRE.blocks(Quiz), POST.blocks(Quiz)
    assert (pre.mode, pre.feedback, pre.shuffle, pre.attempts) == ("test", "after-course", True, 1)
    assert (post.mode, post.shuffle, post.attempts) == ("test", True, 1)


def test_the_objective_table_pairs_two_pre_and_two_post_items_per_objective():
    """The table in the pre-test's teacher notes is the blueprint: it must match the items exactly."""
    rows = [line for line in notes(PRE).splitlines() if re.match(r"\| \d+\. ", line)]
    assert len(rows) >= 8
    pre_ids = [q.id for quiz in PRE.blocks(Quiz) for q in quiz.questions]
    post_ids = [q.id for quiz in POST.blocks(Quiz) for q in quiz.questions]
    pre_kinds = {q.id: q.kind for quiz in PRE.blocks(Quiz) for q in quiz.questions}
    post_kinds = {q.id: q.kind for quiz in POST.blocks(Quiz) for q in quiz.questions}
    listed_pre, listed_post = [], []
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        pre_pair = [i.strip() for i in cells[1].split(",")]
        post_pair = [i.strip() for i in cells[2].split(",")]
        assert len(pre_pair) == len(post_pair) == 2, row
        assert [pre_kinds[i] for i in pre_pair] == [post_kinds[i] for i in post_pair], row
        assert cells[3], f"no misconceptions named for {cells[0]}"
        listed_pre += pre_pair
        listed_post += post_pair
    assert sorted(listed_pre) == sorted(pre_ids) and sorted(listed_post) == sorted(post_ids)
