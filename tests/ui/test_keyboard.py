"""Keyboard only: every activity can be answered with Tab, the arrows, Space and Enter, and focus is never lost."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from literacy_app.ui.activities.feed_widget import FeedWidget
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.activities.scenario_widget import ScenarioWidget
from literacy_app.ui.app import build_window
from tests.conftest import FIXTURE_COURSE, click, gui_args
from tests.ui.design_course import STEPS, design_course


def open_window(qtbot, data_dir, *extra, course=FIXTURE_COURSE):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(course), "--profile", "Kim", *extra))
    qtbot.addWidget(window)
    window.resize(1100, 760)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def visible_in_view(window, widget) -> bool:
    """The widget's top edge is inside the lesson's scroll viewport."""
    viewport = window.lesson_view.scroll.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return 0 <= top < viewport.height()


def test_choose_all_that_apply_with_tab_arrows_and_space_never_submits_half_an_answer(qtbot, data_dir):
    window = open_window(qtbot, data_dir, "--lesson", "fixture-basics", "--step", "3")
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    question = quiz.questions[1]
    boxes = [question.input.buttons[i] for i in range(3)]  # radio host, vlogger, cousin (not shuffled)
    boxes[0].setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)
    assert boxes[0].isChecked()
    press(qtbot, Qt.Key.Key_Tab)  # to the next box, not to Submit
    assert focused() is boxes[1]
    press(qtbot, Qt.Key.Key_Space)
    assert boxes[1].isChecked() and not question.answered
    press(qtbot, Qt.Key.Key_Down)  # the arrows move between the boxes too
    assert focused() is boxes[2]
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert focused() is boxes[0]
    press(qtbot, Qt.Key.Key_Backtab)  # back out of the question's boxes, to the first question's Submit or above
    assert focused() not in boxes and focused() is not question.submit_button
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is boxes[2]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is question.submit_button  # only after every box
    press(qtbot, Qt.Key.Key_Return)  # Enter presses the focused button
    qtbot.waitUntil(lambda: question.answered)
    assert question.result_label.text().startswith("✔ Correct: 2 of 2 points")
    db = sqlite3.connect(data_dir / "literacy.sqlite3")
    assert db.execute("SELECT question_id, score FROM answers").fetchall() == [("q-sources", 2.0)]


def test_a_scenario_played_with_the_keyboard_keeps_focus_on_the_next_choices(qtbot, data_dir):
    window = open_window(qtbot, data_dir, "--lesson", "fixture-basics", "--step", "4")
    scenario = window.lesson_view.scroll.widget().findChild(ScenarioWidget)
    first, check = scenario.choice_buttons
    check.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Return)  # "Check for an #ad label first"
    qtbot.waitUntil(lambda: scenario.current.id == "checked")
    skip, informed = scenario.choice_buttons
    assert focused() is skip  # focus moved to the new choices, not lost
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is informed
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is scenario.back_button  # "Go back one step" comes after the choices
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: scenario.current.id == "start")
    assert focused() is scenario.choice_buttons[0]
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: scenario.current.id == "checked")
    press(qtbot, Qt.Key.Key_Space)  # "Skip it": an ending
    qtbot.waitUntil(lambda: scenario.finished)
    assert focused() is scenario.replay_button
    assert "Thoughtful skip" in scenario.feedback_label.accessibleDescription()  # the ending is announced


def test_enter_on_a_focused_next_button_moves_on(qtbot, data_dir):
    window = open_window(qtbot, data_dir, "--lesson", "fixture-basics", "--step", "1")
    window.lesson_view.next_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lesson_view.step == 1)
    press(qtbot, Qt.Key.Key_Enter)  # the number pad's Enter too
    qtbot.waitUntil(lambda: window.lesson_view.step == 2)


def test_try_again_shows_question_one_with_the_keyboard_on_it(qtbot, data_dir, tmp_path):
    course = tmp_path / "course"
    (course / "long").mkdir(parents=True)
    questions = "\n".join(f"### Question number {n}? {{#q{n}}}\n- [x] Right\n- [ ] Wrong\n" for n in range(1, 9))
    (course / "long" / "lesson.md").write_text(
        "---\nid: long\ntitle: Long quiz\nmodule: M\norder: 1\n---\n\n## Quiz\n\n::: quiz long\nattempts: 3\n\n"
        + questions + ":::\n", encoding="utf-8")
    window = open_window(qtbot, data_dir, "--lesson", "long", course=course)
    window.resize(900, 600)
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    for question in quiz.questions:
        question.input.buttons[1].setChecked(True)
        question.submit_button.click()
    assert quiz.retry_button.isVisible()
    quiz.retry_button.setFocus(Qt.FocusReason.TabFocusReason)
    window.lesson_view.scroll.ensureWidgetVisible(quiz.retry_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not quiz.questions[0].answered)
    first = quiz.questions[0]
    assert visible_in_view(window, first)
    assert first.isAncestorOf(focused())
    assert focused() is first.input.buttons[0]


def test_check_my_tags_lands_on_the_results_with_the_keyboard_there(qtbot, data_dir, tmp_path):
    window = open_window(qtbot, data_dir, "--lesson", "look", "--step", str(STEPS["feed"]),
                         course=design_course(tmp_path))
    window.resize(900, 600)
    feed = window.lesson_view.scroll.widget().findChild(FeedWidget)
    hoodie = feed.cards[0]
    click(qtbot, hoodie.boxes["affiliate-link"])
    feed.submit_button.setFocus(Qt.FocusReason.TabFocusReason)
    window.lesson_view.scroll.ensureWidgetVisible(feed.submit_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: feed.submitted)
    qtbot.wait(10)
    assert feed.total_label.isVisible() and visible_in_view(window, feed.total_label)
    assert focused() is feed.retry_button
    press(qtbot, Qt.Key.Key_Space)  # "Try again": the first post, in view, with the keyboard on its first cue
    qtbot.waitUntil(lambda: not feed.submitted)
    assert visible_in_view(window, hoodie)
    assert focused() is next(iter(hoodie.boxes.values()))
