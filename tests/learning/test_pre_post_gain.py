"""Pre/post gain as an assessment designer reads it: per objective, and normalised on the class means."""

from __future__ import annotations

from datetime import datetime, timezone

from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library
from literacy_app.learning.analytics import ItemStat, normalised_gain, objective_gains
from literacy_app.services.class_simulation import simulate_class
from literacy_app.services.teacher import TeacherService
from literacy_app.store.db import Database


def test_normalised_gain_is_undefined_at_a_full_pre_score_and_a_share_otherwise():
    assert normalised_gain(100.0, 100.0) is None
    assert normalised_gain(None, 80.0) is None
    assert normalised_gain(40.0, 70.0) == 0.5  # 30 of the 60 points still to gain
    assert normalised_gain(50.0, 40.0) == -0.2


def test_objective_gains_come_from_the_items_of_each_objective():
    library = load_library(resolve_settings().lesson_dirs[:1])
    pre = next(lesson for lesson in library.lessons if lesson.assessment == "pre")
    post = next(lesson for lesson in library.lessons if lesson.assessment == "post")
    stats_pre = [ItemStat("b", "p1", 4, 1, 4, None, 0), ItemStat("b", "p2", 4, 3, 4, None, 0)]
    stats_post = [ItemStat("b", "q1", 2, 2, 2, None, 0)]
    (goal,) = objective_gains(pre, post, stats_pre, stats_post, [("Spot an ad", ["p1", "p2"], ["q1"])])
    assert (goal.objective, goal.pre_percent, goal.post_percent, goal.gain) == ("Spot an ad", 50.0, 100.0, 50.0)


def test_the_teacher_sees_gain_per_objective_of_the_bundled_course(tmp_path):
    library = load_library(resolve_settings().lesson_dirs[:1])
    db = Database(tmp_path / "class.sqlite3")
    simulate_class(db, library, 12, seed=5, end=datetime(2026, 3, 1, tzinfo=timezone.utc))
    teacher = TeacherService(db, library)
    (gain,) = teacher.gains(teacher.overview())
    assert len(gain.objectives) >= 8  # the course's objectives, each with items in both tests
    assert all(o.pre_percent is not None and o.post_percent is not None for o in gain.objectives)
    assert gain.class_normalised_gain == normalised_gain(gain.mean_pre, gain.mean_post)
    db.close()
