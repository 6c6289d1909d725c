"""Class analytics on a known class: lesson scores, item analysis, distribution, pre/post gain."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from literacy_app.learning.analytics import (
    needs_help,
    pre_post_gains,
    score_distribution,
)
from literacy_app.services.class_simulation import simulate_class
from literacy_app.services.session import Session
from literacy_app.services.teacher import TeacherService
from literacy_app.store.db import Database
from literacy_app.store.records import Records
from tests.learning.classroom_fixtures import fixture_library, known_class, reference_percentages


@pytest.fixture
def db(data_dir):
    database = Database(data_dir / "class.sqlite3")
    yield database
    database.close()


def test_lesson_scores_weight_each_block_by_points_and_keep_zero_apart_from_blank(db, tmp_path):
    library = fixture_library(tmp_path)
    known_class(db, library)
    overview = TeacherService(db, library).overview()
    names = {s.id: s.name for s in overview.students}
    scores = {names[pid]: r.percent for (pid, _), r in overview.results.items()}
    # quiz 3 points + scenario 2 points = 5
    assert scores == {"Ana": 60.0, "Ben": 60.0, "Cem": 20.0, "Dan": 40.0, "Eve": 0.0}
    assert "Fay" in names.values()  # listed, but never attempted: no result at all
    ben = next(s for s in overview.students if s.name == "Ben")
    assert overview.result(ben.id, "fixture-basics").attempts == 2
    assert score_distribution(overview, "fixture-basics") == [1, 0, 1, 0, 1, 0, 2, 0, 0, 0]


def test_item_analysis_on_a_known_class(db, tmp_path):
    library = fixture_library(tmp_path)
    known_class(db, library)
    rows = TeacherService(db, library).item_rows(library.lesson("fixture-basics"))
    assert [r.question_id for r in rows] == ["q-which", "q-sources"]
    which, sources = rows
    assert which.prompt == "Which one is a parasocial relationship?"
    assert (which.answers, which.students) == (5, 4)
    assert which.percent_correct == pytest.approx(60.0)
    assert which.mean_attempts == pytest.approx(1.25)
    assert (which.top_wrong, which.top_wrong_count) == ("Two friends texting each other.", 2)
    assert sources.percent_correct == pytest.approx(40.0)
    assert (sources.top_wrong, sources.top_wrong_count) == ("A radio host.", 2)


def test_pre_post_gain_per_student_and_class(db, tmp_path):
    library = fixture_library(tmp_path, with_pre_post=True)
    session = Session(Records(db), library)
    pre, post = library.lesson("pre"), library.lesson("post")

    def take(lesson, rights: int) -> None:
        quiz = lesson.block(f"{lesson.id}-quiz")
        for number, question in enumerate(quiz.questions):
            right = next(i for i, c in enumerate(question.choices) if c.correct)
            session.answer_question(lesson, quiz, question, [right if number < rights else 1 - right])

    for name, before, after in (("Ana", 0, 2), ("Ben", 1, 2), ("Cem", 1, None)):
        session.choose_profile(session.profile_named(name))
        take(pre, before)
        if after is not None:
            take(post, after)
    (gain,) = pre_post_gains(TeacherService(db, library).overview(), library)
    assert (gain.pre_lesson.id, gain.post_lesson.id) == ("pre", "post")
    per_student = {s.name: (a, b) for s, a, b in gain.per_student}
    assert per_student == {"Ana": (0.0, 100.0), "Ben": (50.0, 100.0), "Cem": (50.0, None)}
    assert gain.mean_gain == pytest.approx(75.0)  # Cem has no post-test and is left out
    assert (gain.mean_pre, gain.mean_post) == (pytest.approx(25.0), pytest.approx(100.0))


def test_demo_class_overview_matches_a_row_by_row_reference(db):
    from literacy_app.config import resolve_settings
    from literacy_app.content.library import load_library

    library = load_library(resolve_settings().lesson_dirs[:1])
    simulate_class(db, library, 12, seed=5, attempts=4, end=datetime(2025, 3, 28, 16, tzinfo=timezone.utc))
    overview = TeacherService(db, library).overview()
    names = {s.id: s.name for s in overview.students}
    computed = {(names[pid], lesson_id): r.percent for (pid, lesson_id), r in overview.results.items()
                if r.percent is not None}
    expected = reference_percentages(db, library)
    assert computed.keys() == expected.keys() and len(expected) > 30
    for key, value in expected.items():
        assert computed[key] == pytest.approx(value), key
    points = TeacherService(db, library).progress_points(overview)
    assert points and all(a[1] <= b[1] for a, b in zip(points, points[1:], strict=False))
    assert points[-1][0] <= "2025-03-28"


def test_needs_help_ignores_the_pre_test_and_flags_a_learner_stuck_after_it(db, tmp_path):
    library = fixture_library(tmp_path, with_pre_post=True)
    session = Session(Records(db), library)
    pre, post, basics = library.lesson("pre"), library.lesson("post"), library.lesson("fixture-basics")

    def take(lesson, rights: int) -> None:
        quiz = lesson.block(f"{lesson.id}-quiz")
        for number, question in enumerate(quiz.questions):
            right = next(i for i, c in enumerate(question.choices) if c.correct)
            session.answer_question(lesson, quiz, question, [right if number < rights else 1 - right])

    def basics_right() -> None:
        quiz = basics.block("check")
        which, sources = quiz.questions
        session.answer_question(basics, quiz, which, [1])
        session.answer_question(basics, quiz, sources, [0, 1])

    # Ana: 0% in the ungraded pre-test, 100% everywhere else: not stuck
    session.choose_profile(session.profile_named("Ana"))
    take(pre, 0)
    basics_right()
    take(post, 2)
    # Ben: did the pre-test (well) and nothing since
    session.choose_profile(session.profile_named("Ben"))
    take(pre, 2)
    # Cem: fine in the lessons, 0% in the post-test: that counts
    session.choose_profile(session.profile_named("Cem"))
    take(pre, 1)
    basics_right()
    take(post, 0)
    # Dan: nothing at all is "not started", not "needs help"
    session.profile_named("Dan")
    session.sign_out()

    overview = TeacherService(db, library).overview()
    reasons = {s.name: needs_help(overview, s) for s in overview.students}
    assert reasons == {
        "Ana": [],
        "Ben": ["no lesson started after the pre-test"],
        "Cem": ["below 50% in “Post-test” (0%)"],
        "Dan": [],
    }


def test_needs_help_on_the_demo_class_never_flags_a_pre_test_score(db):
    from literacy_app.config import resolve_settings
    from literacy_app.content.library import load_library

    library = load_library(resolve_settings().lesson_dirs[:1])
    simulate_class(db, library, 28, seed=5, end=datetime(2025, 3, 28, 16, tzinfo=timezone.utc))
    overview = TeacherService(db, library).overview()
    (pre,) = [lesson for lesson in overview.lessons if lesson.assessment == "pre"]
    flagged = {s.name: needs_help(overview, s) for s in overview.students}
    low_pre_only = [s for s in overview.students
                    if (r := overview.result(s.id, pre.id)) and r.percent is not None and r.percent < 50
                    and all((x := overview.result(s.id, lesson.id)) is not None and (x.percent or 0) >= 50
                            for lesson in overview.lessons if lesson is not pre)]
    assert low_pre_only, "the demo class should hold a learner who only did badly in the pre-test"
    for student in low_pre_only:
        assert flagged[student.name] == []
    only_pre = [s for s in overview.students
                if overview.result(s.id, pre.id) and all(overview.result(s.id, lesson.id) is None
                                                         for lesson in overview.lessons if lesson is not pre)]
    assert only_pre, "the demo class should hold a learner who did only the pre-test"
    for student in only_pre:
        assert flagged[student.name] == ["no lesson started after the pre-test"]
