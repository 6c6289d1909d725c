"""A real start writes the learner's visit and the step opened once the first lesson is on screen, then marks the
lesson in the list from what was written; a screenshot start (and every other window) writes at once."""

from __future__ import annotations

from literacy_app.store.db import Database
from literacy_app.store.records import Records
from literacy_app.ui.app import build_window
from literacy_app.ui.shell.library_sidebar import LESSON_ROLE
from tests.conftest import FIXTURE_COURSE, gui_args

LESSON = "fixture-basics"


def _row_text(window, lesson_id: str) -> str:
    """The lesson's row in the list as the learner reads it (its mark, then its title)."""
    tree = window.sidebar
    rows = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())]
    return next(row.text(0) for row in rows if row.data(0, LESSON_ROLE) == lesson_id)


def test_a_start_writes_after_the_first_paint_and_then_marks_the_lesson_started(qtbot, data_dir):
    args = gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Kim", "--lesson", LESSON, "--step", "2")
    window, _ = build_window(args, text_first=True)
    qtbot.addWidget(window)
    disk = Records(Database(data_dir / "literacy.sqlite3"))  # another reader of the file
    kim = disk.profile_by_name("Kim")
    assert kim is not None  # the profile itself is made at once: it is who the window is for
    assert disk.progress(kim.id) == {} and window.session.pending_count > 0
    assert _row_text(window, LESSON).startswith("○")  # nothing written yet: not started

    window.show()
    qtbot.waitUntil(lambda: window.session.pending_count == 0)
    assert disk.progress(kim.id)[LESSON]["step"] == 1
    assert disk.state("last_profile") == str(kim.id)
    assert _row_text(window, LESSON).startswith("◐")  # marked from the disk once written

    window.lesson_view.next()  # from now on each step is written as it is opened
    assert disk.progress(kim.id)[LESSON]["step"] == 2


def test_a_screenshot_start_writes_at_once(qtbot, data_dir):
    args = gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Kim", "--lesson", LESSON)
    window, _ = build_window(args)
    qtbot.addWidget(window)
    disk = Records(Database(data_dir / "literacy.sqlite3"))
    kim = disk.profile_by_name("Kim")
    assert window.session.pending_count == 0 and disk.progress(kim.id)[LESSON]["step"] == 0
    assert _row_text(window, LESSON).startswith("◐")
