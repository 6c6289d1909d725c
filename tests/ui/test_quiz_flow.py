"""A learner opens the fixture lesson, answers the quiz by clicking, and the answers are stored."""

from __future__ import annotations

import sqlite3

from literacy_app.ui.activities.choice_input import ChoiceInput
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.app import build_window
from tests.conftest import FIXTURE_COURSE, click, gui_args


def open_window(qtbot, data_dir, *extra):
    window, notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), *extra))
    qtbot.addWidget(window)
    window.show()
    return window


def test_answer_quiz_by_clicking_shows_feedback_and_stores_score(qtbot, data_dir):
    window = open_window(qtbot, data_dir, "--profile", "Ana", "--lesson", "fixture-basics", "--step", "3")
    view = window.lesson_view
    assert view.step_label.text().startswith("Step 3 of 4")
    quiz = view.scroll.widget().findChild(QuizWidget)
    first, second = quiz.questions

    choices: ChoiceInput = first.input
    right = next(b for i, b in choices.buttons.items() if first.question.choices[i].correct)
    click(qtbot, right)
    assert first.submit_button.isEnabled()
    click(qtbot, first.submit_button)
    assert first.result_label.text().startswith("✔ Correct")
    assert "only one side knows the other" in " ".join(label.text() for label in choices.feedback_labels.values())
    assert first.explanation.isVisible()

    # multiple answer: tick both right choices
    boxes = second.input.buttons
    click(qtbot, boxes[0])  # radio host (right)
    click(qtbot, boxes[1])  # vlogger (right)
    click(qtbot, second.submit_button)
    assert second.result_label.text().startswith("✔ Correct: 2 of 2 points")
    assert "Score: 3 of 3 points" in quiz.score_label.text()
    assert "Passed" in quiz.score_label.text()

    db = sqlite3.connect(data_dir / "literacy.sqlite3")
    rows = db.execute(
        "SELECT a.block_id, a.score, a.max_score, a.finished_at IS NOT NULL, COUNT(n.id) "
        "FROM attempts a JOIN answers n ON n.attempt_id = a.id GROUP BY a.id").fetchall()
    assert rows == [("check", 3.0, 3.0, 1, 2)]
    answers = db.execute("SELECT question_id, correct, score FROM answers ORDER BY id").fetchall()
    assert answers == [("q-which", 1, 1.0), ("q-sources", 1, 2.0)]
