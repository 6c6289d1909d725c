"""`literacy-app --teacher`: a lesson as the teacher sees it (teacher notes shown), without the PIN and
without storing anything; with --screenshot, a picture for the docs."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QImage

from literacy_app.ui.app import build_window
from literacy_app.ui.lesson.prose_view import ProseView
from tests.conftest import gui_args
from tests.ui.test_cli_screenshot import run_app

LESSON, NOTES_STEP = "what-is-parasocial", "5"  # the last step of the lesson holds its teacher notes


def shown_texts(window) -> list[str]:
    return [view.toPlainText() for view in window.lesson_view.scroll.widget().findChildren(ProseView)]


def test_teacher_notes_are_shown_and_nothing_is_stored(qtbot, data_dir):
    window, _notice = build_window(gui_args(data_dir, "--teacher", "--lesson", LESSON, "--step", NOTES_STEP))
    try:
        assert window.lesson_view.step_label.text() == "Step 5 of 5: Think about it"
        assert any(text.startswith("Teacher notes") for text in shown_texts(window))
        window.lesson_view.back()  # moving records a position, in the scratch session only
    finally:
        window.close()  # remembers the window's size: in the scratch session too
        window.services.session.discard()
    db = sqlite3.connect(data_dir / "literacy.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM profiles").fetchone() == (0,)
    assert db.execute("SELECT COUNT(*) FROM progress").fetchone() == (0,)


def test_without_the_flag_a_learner_never_sees_teacher_notes(qtbot, data_dir):
    window, _notice = build_window(gui_args(data_dir, "--profile", "Ana", "--lesson", LESSON, "--step", NOTES_STEP))
    qtbot.addWidget(window)
    assert window.lesson_view.step_label.text() == "Step 5 of 5: Think about it"
    assert not any(text.startswith("Teacher notes") for text in shown_texts(window))


def test_teacher_screenshot_from_the_command_line(tmp_path):
    picture = tmp_path / "teacher.png"
    result = run_app("--data-dir", str(tmp_path / "data"), "--teacher", "--lesson", LESSON, "--step", NOTES_STEP,
                     "--screenshot", str(picture))
    assert result.returncode == 0, result.stderr
    image = QImage(str(picture))
    assert not image.isNull() and image.width() >= 800
    assert sqlite3.connect(tmp_path / "data" / "literacy.sqlite3").execute(
        "SELECT COUNT(*) FROM profiles").fetchone() == (0,)
