"""My progress, driven like a learner: one click from the sidebar, the figures per lesson (completion, best
score, time, what is still open), the next thing to do, pre/post per objective, keyboard only, and the
theme and text size followed."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from literacy_app.ui.app import build_window
from literacy_app.ui.learner.bar_chart import BarChart
from tests.conftest import FIXTURE_COURSE, click, gui_args
from tests.ui.test_accessibility import unnamed_or_unreachable

TEST = """\
---
id: t-{kind}
title: The {kind}-test
module: Fixture module
order: {order}
assessment: {kind}
---

## Test

::: quiz {kind}-quiz
### First {{#q-{kind}-a}}
- [x] Right
- [ ] Wrong

### Second {{#q-{kind}-b}}
- [x] Right
- [ ] Wrong
:::
{notes}"""

NOTES = """
::: teacher
| objective | pre-test | post-test |
| --- | --- | --- |
| 1. spot a one-sided bond (1) | q-pre-a | q-post-a |
| 2. follow the money (3) | q-pre-b | q-post-b |
:::
"""


def course_with_tests(tmp_path):
    course = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, course)
    for kind, order, notes in (("pre", 0, NOTES), ("post", 9, "")):
        (course / kind).mkdir()
        (course / kind / "lesson.md").write_text(TEST.format(kind=kind, order=order, notes=notes), encoding="utf-8")
    return course


def open_window(qtbot, data_dir, lessons, *extra):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(lessons), "--profile", "Ana", *extra))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.learner_room.review_button.isEnabled)  # counted once the window is painted
    return window


def test_my_progress_is_one_click_from_the_sidebar_and_shows_each_lesson(qtbot, data_dir, tmp_path):
    window = open_window(qtbot, data_dir, course_with_tests(tmp_path))
    session = window.session
    moments = [100.0, 400.0, 460.0]  # the timer's clock: 300 s on one step, 60 on the next, then it stands
    window.learner_room.timer.clock = lambda: moments.pop(0) if len(moments) > 1 else moments[0]
    window.open_lesson("fixture-basics", 0)
    window.lesson_view.go_to(1)
    window.lesson_view.go_to(2)
    basics = window.library.lesson("fixture-basics")
    session.answer_item(basics, basics.block("check"), "q-which", [1])
    session.answer_item(basics, basics.block("check"), "q-sources", [0, 1])

    click(qtbot, window.learner_room.progress_button)
    page = window.learner_room.progress_page
    assert window.stack.currentWidget() is page
    assert "Ana</b> · 0 of 12 lessons completed · time spent: 6 min" in page.summary_label.text()
    table = page.tables["Fixture module"]
    rows = [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]
    assert rows == [
        ["The pre-test", "◐ step 1 of 1", "–", "–", "Quiz (step 1)"],  # opened at the start: first in the list
        ["Fixture basics", "◐ step 3 of 4", "60%", "6 min", "Scenario (step 4)"],
        ["The post-test", "○ not started", "–", "–", "Quiz (step 1)"],
    ]
    chart = page.findChild(BarChart)
    assert "Fixture basics: 60%" in chart.accessibleDescription()
    assert page.next_label.text() == "<b>Next:</b> Carry on with “Fixture basics”: you are on step 3 of 4."
    assert not page.certificate_buttons["Fixture module"].isEnabled()

    table.setCurrentCell(1, 0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # opens the lesson where its open activity is
    assert window.stack.currentWidget() is window.splitter
    assert (window.lesson_view.lesson.id, window.lesson_view.step) == ("fixture-basics", 3)


def test_pre_and_post_test_per_objective_once_both_are_done(qtbot, data_dir, tmp_path):
    window = open_window(qtbot, data_dir, course_with_tests(tmp_path))
    session = window.session
    for lesson_id, answers in (("t-pre", {"q-pre-a": [1], "q-pre-b": [0]}),
                               ("t-post", {"q-post-a": [0], "q-post-b": [0]})):
        lesson = window.library.lesson(lesson_id)
        quiz = lesson.blocks()[0]
        for question_id, response in answers.items():
            session.answer_item(lesson, quiz, question_id, response)
    window.learner_room.show_progress()
    page = window.learner_room.progress_page
    assert page.pre_post_labels["Fixture module"].text() == "Pre-test: 50% → post-test: 100% (+50 points)."
    assert page.objective_charts["Fixture module"].accessibleDescription() == (
        "Spot a one-sided bond: Pre-test 0%, Post-test 100%; Follow the money: Pre-test 100%, Post-test 100%")


def test_keyboard_only_with_names_for_every_control(qtbot, data_dir):
    window = open_window(qtbot, data_dir, FIXTURE_COURSE)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.lesson_view, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.learner_room.progress_page
    assert window.stack.currentWidget() is page
    # a table's column header is labels for the table, not a control of its own
    assert [problem for problem in unnamed_or_unreachable(page) if not problem.startswith("QHeaderView")] == []
    assert page.next_button.hasFocus() and page.next_button.text() == "Continue"  # the lesson opened at start
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.splitter and window.lesson_view.lesson.id == "fixture-basics"
    window.learner_room.show_progress()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.splitter


def test_the_page_follows_the_theme_and_the_text_size(qtbot, data_dir):
    window = open_window(qtbot, data_dir, FIXTURE_COURSE)
    basics = window.library.lesson("fixture-basics")
    window.session.answer_item(basics, basics.block("check"), "q-which", [1])
    window.learner_room.show_progress()
    page = window.learner_room.progress_page
    chart = page.findChild(BarChart)
    small = chart.sizeHint().height()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    window.learner_room.show_progress()
    chart = page.findChild(BarChart)
    assert chart.sizeHint().height() > small  # the rows grow with the text
    light = page.palette().color(QPalette.ColorRole.Window).lightness()
    window.set_theme("dark")
    window.learner_room.show_progress()
    assert page.palette().color(QPalette.ColorRole.Window).lightness() < light
    chart = page.findChild(BarChart)
    assert chart.palette().color(QPalette.ColorRole.WindowText).lightness() > 128


def test_open_progress_from_the_command_line(qtbot, data_dir):
    window = open_window(qtbot, data_dir, FIXTURE_COURSE, "--open", "progress")
    assert window.stack.currentWidget() is window.learner_room.progress_page


def test_nothing_to_open_before_a_learner_is_chosen(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE)))
    qtbot.addWidget(window)
    window.show()
    assert not window.learner_room.progress_action.isEnabled()
    window.learner_room.show_progress()
    assert window.learner_room.progress_page is None
