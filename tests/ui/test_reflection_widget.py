"""A learner types a reflection, sees the counter against the minimum, saves it, and finds it again."""

from __future__ import annotations

import sqlite3

from literacy_app.ui.activities.reflection_widget import ReflectionWidget
from literacy_app.ui.app import build_window
from tests.conftest import click, gui_args
from tests.ui.template_course import REFLECTION_STEP, template_course


def open_reflection(qtbot, data_dir, course, profile="Ana"):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(course), "--profile", profile,
                                            "--lesson", "starter", "--step", REFLECTION_STEP))
    qtbot.addWidget(window)
    window.show()
    widget = window.lesson_view.scroll.widget().findChild(ReflectionWidget)
    assert widget is not None
    return window, widget


def test_type_save_and_find_it_again(qtbot, data_dir, tmp_path):
    course = template_course(tmp_path)
    window, widget = open_reflection(qtbot, data_dir, course)
    assert "Think of a creator you follow" in widget.prompt_label.text()
    assert widget.editor.accessibleName() == "Your reflection"
    assert widget.counter_label.text() == "0 of at least 40 characters · 40 more to go"
    assert not widget.save_button.isEnabled()

    qtbot.keyClicks(widget.editor, "She talks to the camera")
    assert widget.counter_label.text() == "23 of at least 40 characters · 17 more to go"
    assert not widget.save_button.isEnabled()
    assert widget.status_label.text() == "Not saved yet"
    answer = "She talks to the camera like a friend every day."
    qtbot.keyClicks(widget.editor, answer[23:])
    assert widget.counter_label.text() == f"{len(answer)} of at least 40 characters"
    assert widget.save_button.isEnabled()
    with qtbot.waitSignal(widget.reflectionSaved):
        click(qtbot, widget.save_button)
    assert widget.status_label.text() == "✔ Saved"
    assert not widget.save_button.isEnabled()

    db = sqlite3.connect(data_dir / "literacy.sqlite3")
    assert db.execute("SELECT lesson_id, block_id, text FROM reflections").fetchall() == [
        ("starter", "my-favourite-creator", answer)]
    window.close()

    # a later session on the same tile (no sign-in): whoever picked it sees that a reflection exists, not its text
    _window, again = open_reflection(qtbot, data_dir, course)
    assert again.editor.toPlainText() == ""
    assert again.private_note.text().startswith("You wrote a reflection on ")
    _window, other = open_reflection(qtbot, data_dir, course, profile="Ben")
    assert other.editor.toPlainText() == ""  # each learner has their own text


def test_editing_again_needs_a_new_save(qtbot, data_dir, tmp_path):
    course = template_course(tmp_path)
    _window, widget = open_reflection(qtbot, data_dir, course)
    qtbot.keyClicks(widget.editor, "A first thought that is long enough to save.")
    click(qtbot, widget.save_button)
    qtbot.keyClicks(widget.editor, " And more.")
    assert widget.status_label.text() == "Not saved yet"
    assert widget.save_button.isEnabled()
