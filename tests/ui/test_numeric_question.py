"""A learner types numbers into numeric questions: the unit beside the box, the score, the note and the stored
answer; the answer comes back locked when the lesson opens again."""

from __future__ import annotations

import json
import sqlite3

from literacy_app.ui.activities.numeric_input import NumericInput
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.app import build_window
from tests.conftest import click, gui_args

LESSON = """---
id: numbers
title: Numbers
module: Tests
order: 1
---
## Count

::: quiz counting
### In which year was "parasocial" first used? {#q-year}
Type: numeric
- [x] 1956
  > Right: Horton and Wohl, 1956.
- [x] {50%} 1950..1960
  > Close.
Unit: year
Points: 2

### How far is it? {#q-far}
Type: numeric
- [x] 3,5 +- 0,1
Unit: km (required)

### How many followers? {#q-followers}
Type: numeric
- [x] 12 000
:::
"""


def open_quiz(qtbot, data_dir, tmp_path) -> tuple[object, QuizWidget]:
    course = tmp_path / "course"
    (course / "numbers").mkdir(parents=True)
    (course / "numbers" / "lesson.md").write_text(LESSON, encoding="utf-8")
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(course), "--profile", "Ana",
                                            "--lesson", "numbers", "--step", "1"))
    qtbot.addWidget(window)
    window.show()
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    assert quiz is not None
    return window, quiz


def stored(data_dir) -> list[tuple]:
    db = sqlite3.connect(data_dir / "literacy.sqlite3")
    try:
        rows = db.execute("SELECT question_id, response, correct, score FROM answers ORDER BY id").fetchall()
    finally:
        db.close()
    return [(question_id, json.loads(response), correct, score) for question_id, response, correct, score in rows]


def test_typing_numbers_scores_and_stores_them(qtbot, data_dir, tmp_path):
    window, quiz = open_quiz(qtbot, data_dir, tmp_path)
    year, far, followers = quiz.questions
    assert all(isinstance(w.input, NumericInput) for w in quiz.questions)
    # an optional unit is shown beside the box; a required one is not given away
    assert year.input.unit_label.text() == "year" and not year.input.unit_label.isHidden()
    assert year.input.edit.accessibleName() == "Your answer, in year"
    assert far.input.unit_label.text() == "Write the unit too." and "km" not in far.input.edit.placeholderText()
    assert followers.input.unit_label.isHidden()

    assert not year.submit_button.isEnabled()
    qtbot.keyClicks(year.input.edit, "1 958")
    assert year.submit_button.isEnabled()
    click(qtbot, year.submit_button)
    assert year.result_label.text() == "◐ Partly right: 1 of 2 points. The answer: 1956 year."
    assert "Close." in year.input.feedback.text()
    assert year.input.edit.isReadOnly()

    qtbot.keyClicks(far.input.edit, "3,5")
    click(qtbot, far.submit_button)
    assert far.result_label.text() == \
        "✘ Not quite: 0 of 1 point. The answer needs its unit: km. The answer: 3.4 to 3.6 km."

    qtbot.keyClicks(followers.input.edit, "12,000")
    click(qtbot, followers.submit_button)
    assert followers.result_label.text() == "✔ Correct: 1 of 1 point."
    assert "Accepted." in followers.input.feedback.text()
    assert quiz.score_label.text().startswith("Score: 2 of 4 points · 3 of 3 answered")

    assert stored(data_dir) == [("q-year", {"text": "1 958", "number": 1958.0}, 0, 1.0),
                                ("q-far", {"text": "3,5", "number": 3.5}, 0, 0.0),
                                ("q-followers", {"text": "12,000", "number": 12000.0}, 1, 1.0)]
    window.close()

    again, quiz = open_quiz_again(qtbot, data_dir, tmp_path)
    year = quiz.questions[0]
    assert year.input.edit.text() == "1 958" and year.input.edit.isReadOnly()
    assert year.result_label.text().startswith("◐ Partly right: 1 of 2 points.")
    again.close()


def open_quiz_again(qtbot, data_dir, tmp_path) -> tuple[object, QuizWidget]:
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(tmp_path / "course"), "--profile", "Ana",
                                            "--lesson", "numbers", "--step", "1"))
    qtbot.addWidget(window)
    window.show()
    return window, window.lesson_view.scroll.widget().findChild(QuizWidget)


def test_a_word_instead_of_a_number_is_named(qtbot, data_dir, tmp_path):
    _window, quiz = open_quiz(qtbot, data_dir, tmp_path)
    far = quiz.questions[1]
    qtbot.keyClicks(far.input.edit, "quite far")
    click(qtbot, far.submit_button)
    assert far.result_label.text() == \
        "✘ Not quite: 0 of 1 point. The answer is not a number. The answer: 3.4 to 3.6 km."
    qtbot.keyClicks(quiz.questions[2].input.edit, "12000 followers")  # no unit asked for: any words after it
    click(qtbot, quiz.questions[2].submit_button)
    assert quiz.questions[2].result_label.text() == "✔ Correct: 1 of 1 point."
    assert [row[1] for row in stored(data_dir)] == [{"text": "quite far", "number": None},
                                                    {"text": "12000 followers", "number": 12000.0}]
