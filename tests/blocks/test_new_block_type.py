"""A block type added from outside the core works end to end: parse, check, score, store, xAPI, widget,
teacher review, demo class, starter lesson and the lesson index cache. The "poll" type lives in
tests/blocks/ (poll_block.py for the core, poll_widget.py for the UI) and registers itself; no file of
the app knows it."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from literacy_app.content.blocks import block_type, lesson_counts
from literacy_app.content.library import load_library
from literacy_app.content.starter_lesson import block_templates, starter_lesson
from literacy_app.content.validate import check_lesson, check_lesson_text
from literacy_app.services.class_simulation import simulate_class
from literacy_app.services.teacher import TeacherService
from literacy_app.store.db import Database
from literacy_app.ui.app import build_window
from literacy_app.ui.teacher.attempt_review import TeacherReview
from tests.blocks.poll_block import register_poll, unregister_poll
from tests.conftest import click, gui_args

LESSON = """\
---
id: polls
title: What do you watch?
module: Opinions
order: 1
---

## Your habits

A quick poll before we start.

::: poll favourite-format
### Where do you follow creators most?
- Short videos
- Live streams
- Podcasts
:::
"""


@pytest.fixture
def poll_registered():
    from tests.blocks.poll_widget import register_poll_widget, unregister_poll_widget

    register_poll()
    register_poll_widget()
    yield
    unregister_poll_widget()
    unregister_poll()


@pytest.fixture
def poll_course(tmp_path: Path) -> Path:
    folder = tmp_path / "course" / "polls"
    folder.mkdir(parents=True)
    (folder / "lesson.md").write_text(LESSON, encoding="utf-8")
    return folder.parent


def test_unknown_until_registered(poll_course):
    lesson = check_lesson(poll_course / "polls" / "lesson.md")
    assert [p.message for p in lesson.errors] == ["unknown block type 'poll'"]
    assert block_type("poll") is None


def test_parsed_checked_and_counted(poll_registered, poll_course):
    lesson = check_lesson(poll_course / "polls" / "lesson.md")
    assert lesson.problems == []
    (poll,) = lesson.blocks()
    assert poll.options == ["Short videos", "Live streams", "Podcasts"]
    assert lesson_counts(lesson)["polls"] == 1
    broken = check_lesson_text(LESSON.replace("- Live streams\n- Podcasts\n", ""), poll_course / "x.md")
    assert [(p.line, p.col, p.message) for p in broken.errors] == [
        (12, 1, "poll 'favourite-format' needs at least two options")]


def test_a_learner_votes_in_the_window_and_the_vote_is_stored_with_its_statement(
        poll_registered, poll_course, qtbot, data_dir):
    from tests.blocks.poll_widget import PollWidget

    window, _ = build_window(gui_args(data_dir, "--lessons", str(poll_course), "--profile", "Ana", "--lesson", "polls"))
    qtbot.addWidget(window)
    window.show()
    (widget,) = window.lesson_view.findChildren(PollWidget)
    click(qtbot, widget.group.button(1))
    click(qtbot, widget.vote_button)
    assert widget.result.text() == "Thanks! You voted for “Live streams”."
    db = window.services.db
    row = db.query_one("SELECT a.kind, a.finished_at IS NOT NULL, n.question_id, n.response FROM attempts a "
                       "JOIN answers n ON n.attempt_id = a.id WHERE a.block_id = 'favourite-format'")
    assert (row[0], row[1], row[2], json.loads(row[3])) == ("poll", 1, "vote", {"vote": "Live streams"})
    statements = [json.loads(r[0]) for r in db.query("SELECT statement FROM xapi_outbox")]
    poll_statement = next(s for s in statements if s["object"]["id"].endswith("/blocks/favourite-format"))
    assert poll_statement["verb"]["display"] == {"en-US": "completed"}
    assert list(poll_statement["result"]["extensions"].values()) == [1]  # the option chosen, as the type reports it
    # the teacher's review of that learner says what was voted, in the type's own words
    teacher = TeacherService(db, window.library)
    profile_id = window.session.profile.id
    review = TeacherReview(teacher)
    qtbot.addWidget(review)
    assert "Voted: Live streams" in review.html(profile_id)


def test_the_demo_class_votes_too(poll_registered, poll_course, tmp_path):
    library = load_library([poll_course])
    db = Database(tmp_path / "demo.sqlite3")
    simulate_class(db, library, 6, seed=3, end=datetime(2026, 3, 1, tzinfo=timezone.utc))
    votes = [json.loads(r[0])["vote"] for r in db.query(
        "SELECT n.response FROM answers n JOIN attempts a ON a.id = n.attempt_id WHERE a.kind = 'poll'")]
    assert len(votes) >= 6 and set(votes) <= {"Short videos", "Live streams", "Podcasts"}
    db.close()


def test_the_starter_lesson_and_the_insert_menu_offer_it(poll_registered, tmp_path):
    assert "poll" in [t.key for t in block_templates()]
    text = starter_lesson("Try everything")
    assert "::: poll favourite-format" in text
    lesson = check_lesson_text(text, tmp_path / "starter.md")
    assert lesson.errors == [] and lesson_counts(lesson)["polls"] == 1


def test_the_lesson_index_cache_keeps_it(poll_registered, poll_course, tmp_path):
    first = load_library([poll_course], cache_dir=tmp_path)
    again = load_library([poll_course], cache_dir=tmp_path)
    assert again.lesson("polls").blocks() == first.lesson("polls").blocks()
    assert type(again.lesson("polls")).__name__ == "CachedLesson"  # really read from the cache
