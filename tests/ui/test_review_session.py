"""Review my mistakes, driven like a learner: two questions missed in a lesson are due the next day (the clock
is set), the sidebar says so, a review session asks them again with the lesson's own inputs, shows the
explanation and moves them on; the lesson's score never changes."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timezone

from PySide6.QtCore import Qt

from literacy_app.clock import clock
from literacy_app.ui.activities.feed_post_card import FeedPostCard
from literacy_app.ui.activities.question_widget import QuestionWidget
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.app import build_window
from tests.conftest import FIXTURE_COURSE, click, gui_args
from tests.ui.test_accessibility import unnamed_or_unreachable


def day(number: int):
    """The clock at noon (UTC) on day `number` of March 2026."""
    return clock(lambda: datetime(2026, 3, number, 12, 0, tzinfo=timezone.utc))


def open_window(qtbot, data_dir, lessons=FIXTURE_COURSE, *extra):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(lessons), "--profile", "Ana", *extra))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.learner_room.review_button.isEnabled)  # counted once the window is painted
    return window


def miss_both_questions(qtbot, window) -> None:
    window.open_lesson("fixture-basics", 2)
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    first, second = quiz.questions
    wrong = next(b for i, b in first.input.buttons.items() if not first.question.choices[i].correct)
    click(qtbot, wrong)
    click(qtbot, first.submit_button)
    click(qtbot, second.input.buttons[0])  # one of the two right answers: partly right
    click(qtbot, second.submit_button)
    assert second.result_label.text().startswith("◐ Partly right")
    window.lesson_view.next()  # moving on looks for new mistakes


def answer_right(qtbot, question: QuestionWidget) -> None:
    for index, button in question.input.buttons.items():
        if question.question.choices[index].correct:
            click(qtbot, button)
    click(qtbot, question.submit_button)


def scores(data_dir) -> list[tuple]:
    db = sqlite3.connect(data_dir / "literacy.sqlite3")
    try:
        return db.execute("SELECT block_id, score, max_score, finished_at FROM attempts ORDER BY id").fetchall()
    finally:
        db.close()


def test_two_missed_questions_are_due_tomorrow_and_answering_them_moves_them_on(qtbot, data_dir):
    with day(2):
        window = open_window(qtbot, data_dir)
        room = window.learner_room
        miss_both_questions(qtbot, window)
        assert room.review_button.text() == "Review: nothing due"  # due tomorrow, not today
    grades = scores(data_dir)
    with day(3):
        assert room.refresh() == 2
        assert room.review_button.text() == "Review (2 due)"
        click(qtbot, room.review_button)
        page = room.review_page
        assert window.stack.currentWidget() is page
        assert page.position_label.text() == "Item 1 of 2 · from “Fixture basics”"
        for _item in (1, 2):
            question = page.scroll.widget().findChild(QuestionWidget)
            answer_right(qtbot, question)
            assert question.result_label.text().startswith("✔ Correct")
            assert question.explanation.isVisible() and "Why:" in question.explanation.text()
            assert page.outcome_label.text() == "Right! It comes back in 3 days (Friday 6 March)."
            click(qtbot, page.next_button)
        assert page.position_label.text().startswith("Done for today: you reviewed 2 item")
        assert "and got 2 right." in page.position_label.text()
        assert "Your next review is in 3 days" in page.position_label.text()
        click(qtbot, page.back_button)
        assert window.stack.currentWidget() is window.splitter
        assert room.review_button.text() == "Review: nothing due"
    assert scores(data_dir) == grades  # reviewing never changes a lesson's score
    db = sqlite3.connect(data_dir / "literacy.sqlite3")
    assert db.execute("SELECT correct, box_before, box_after FROM review_answers").fetchall() == [(1, 0, 1)] * 2
    assert db.execute("SELECT box, due_on FROM review_items").fetchall() == [(1, "2026-03-06")] * 2
    db.close()
    with day(6):
        assert room.refresh() == 2


def test_a_wrong_review_answer_comes_back_tomorrow(qtbot, data_dir):
    with day(2):
        window = open_window(qtbot, data_dir)
        miss_both_questions(qtbot, window)
    with day(3):
        window.learner_room.show_review()
        page = window.learner_room.review_page
        question = page.scroll.widget().findChild(QuestionWidget)
        wrong = next(b for i, b in question.input.buttons.items() if not question.question.choices[i].correct)
        click(qtbot, wrong)
        click(qtbot, question.submit_button)
        assert page.outcome_label.text() == "Not quite: it comes back tomorrow, until you get it right."


def test_the_review_works_with_the_keyboard_only(qtbot, data_dir):
    with day(2):
        window = open_window(qtbot, data_dir)
        miss_both_questions(qtbot, window)
    with day(3):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
        room = window.learner_room
        qtbot.keyClick(window.lesson_view, Qt.Key.Key_R,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        page = room.review_page
        assert window.stack.currentWidget() is page
        # the radio buttons of one question share one Tab stop; the arrow keys move between them
        assert [problem for problem in unnamed_or_unreachable(page)
                if not problem.startswith("QRadioButton") or "without" in problem] == []
        question = page.scroll.widget().findChild(QuestionWidget)
        right = next(b for i, b in question.input.buttons.items() if question.question.choices[i].correct)
        right.setFocus()
        qtbot.keyClick(right, Qt.Key.Key_Space)
        assert right.isChecked()
        question.submit_button.setFocus()
        qtbot.keyClick(question.submit_button, Qt.Key.Key_Space)
        assert question.answered and page.next_button.hasFocus()
        qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
        assert page.index == 1
        qtbot.keyClick(page, Qt.Key.Key_Escape)
        assert window.stack.currentWidget() is window.splitter


def test_a_missed_cue_comes_back_as_its_post(qtbot, data_dir, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, course)
    (course / "feed").mkdir()
    (course / "feed" / "lesson.md").write_text(
        "---\nid: feed-lesson\ntitle: Feed lesson\nmodule: Fixture module\norder: 2\n---\n\n## Spot\n\n"
        "::: feed f\ncues: urgency, affiliate-link\n\n### Juno @juno {#post-a}\nCues: urgency\nOnly today!\n"
        "> A countdown is urgency.\n:::\n", encoding="utf-8")
    with day(2):
        window = open_window(qtbot, data_dir, course)
        lesson = window.library.lesson("feed-lesson")
        window.session.submit(lesson, lesson.block("f"), {"post-a": []})
    with day(3):
        window.learner_room.show_review()
        page = window.learner_room.review_page
        card = page.scroll.widget().findChild(FeedPostCard)
        click(qtbot, card.boxes["urgency"])
        click(qtbot, page.check_button)
        assert "A countdown is urgency" in card.result_label.text()
        assert page.outcome_label.text().startswith("Right!")


def test_a_lesson_gone_since_is_skipped_with_a_note(qtbot, data_dir, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, course)
    with day(2):
        window = open_window(qtbot, data_dir, course)
        miss_both_questions(qtbot, window)
        window.close()
    shutil.rmtree(course / "basics")
    with day(3):
        window = open_window(qtbot, data_dir, course)
        assert window.learner_room.refresh() == 0
        window.learner_room.show_review()
        page = window.learner_room.review_page
        assert page.notes_label.text() == ("The lesson “fixture-basics” is missing, so its review items are skipped "
                                           "for now.")
        assert page.position_label.text().startswith("Nothing to review today.")


def test_open_review_from_the_command_line(qtbot, data_dir):
    with day(2):
        window = open_window(qtbot, data_dir)
        miss_both_questions(qtbot, window)
        window.close()
    with day(3):
        window = open_window(qtbot, data_dir, FIXTURE_COURSE, "--open", "review")
        assert window.stack.currentWidget() is window.learner_room.review_page
        assert window.learner_room.review_page.position_label.text().startswith("Item 1 of 2")


def test_the_clock_flag_and_variable_set_today_for_the_whole_run(monkeypatch, data_dir):
    from datetime import date

    import literacy_app.ui.app as app_module
    from literacy_app.services.learner import LearnerService

    seen = []
    monkeypatch.setattr(app_module, "_run_gui", lambda args: seen.append(LearnerService.today()) or 0)
    assert app_module.run_gui(gui_args(data_dir, "--clock", "2026-03-02")) == 0
    monkeypatch.setenv("LITERACY_APP_CLOCK", "2026-04-01")
    assert app_module.run_gui(gui_args(data_dir)) == 0
    assert seen == [date(2026, 3, 2), date(2026, 4, 1)]
    assert app_module.run_gui(gui_args(data_dir, "--clock", "next tuesday")) == 2
    assert LearnerService.today() != date(2026, 4, 1) or date.today() == date(2026, 4, 1)  # nothing leaks out
