"""A learner answers each of the six question types by clicking and typing; scores are shown and stored."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.app import build_window
from tests.conftest import click, gui_args
from tests.ui.template_course import QUIZ_STEP, template_course


def open_quiz(qtbot, data_dir, tmp_path) -> QuizWidget:
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(template_course(tmp_path)), "--profile", "Ana",
                                            "--lesson", "starter", "--step", QUIZ_STEP))
    qtbot.addWidget(window)
    window.show()
    return window.lesson_view.scroll.widget().findChild(QuizWidget)


def right_buttons(widget):
    return [b for i, b in widget.input.buttons.items() if widget.question.choices[i].correct]


def test_answer_every_question_type(qtbot, data_dir, tmp_path):
    quiz = open_quiz(qtbot, data_dir, tmp_path)
    single, multiple, true_false, short, order, match = quiz.questions
    assert [w.question.kind for w in quiz.questions] == ["single", "multiple", "true-false", "short", "order", "match"]

    click(qtbot, single.hint_button)
    assert single.hint_label.text() == "Hint: Ask yourself who knows whom."
    click(qtbot, right_buttons(single)[0])
    click(qtbot, single.submit_button)
    assert single.result_label.text().startswith("✔ Correct: 1 of 1 point.")
    assert "Right: the closeness only runs one way." in " ".join(
        label.text() for label in single.input.feedback_labels.values())
    assert "only one side takes part" in single.explanation.text()

    first_right = right_buttons(multiple)[0]
    click(qtbot, first_right)
    click(qtbot, multiple.submit_button)
    assert multiple.result_label.text().startswith("◐ Partly right: 1 of 2 points.")

    click(qtbot, right_buttons(true_false)[0])
    click(qtbot, true_false.submit_button)
    assert true_false.result_label.text().startswith("✔ Correct")

    qtbot.keyClicks(short.input.edit, "  Parasocial   BOND ")
    click(qtbot, short.submit_button)
    assert short.result_label.text().startswith("✔ Correct")
    assert "Accepted." in short.input.feedback.text()

    items = order.input.list
    for position in range(items.count()):  # select each item in turn and move it up into place
        row = next(r for r in range(items.count()) if items.item(r).data(Qt.ItemDataRole.UserRole) == position)
        items.setCurrentRow(row)
        for _ in range(row - position):
            click(qtbot, order.input.up)
    assert order.input.response() == [0, 1, 2]
    click(qtbot, order.submit_button)
    assert order.result_label.text().startswith("✔ Correct")

    for combo, (_left, right) in zip(match.input.combos, match.question.pairs, strict=True):
        combo.setFocus()
        qtbot.keyClicks(combo, right[:6])  # typing picks the option that starts with these letters
        assert combo.currentData() == right
    click(qtbot, match.submit_button)
    assert match.result_label.text().startswith("✔ Correct")
    assert quiz.score_label.text().startswith("Score: 6 of 7 points · 6 of 6 answered · Passed (86%)")

    db = sqlite3.connect(data_dir / "literacy.sqlite3")
    stored = db.execute("SELECT question_id, correct, score FROM answers ORDER BY id").fetchall()
    assert stored == [("q-definition", 1, 1.0), ("q-sources", 0, 1.0), ("q-ad-label", 1, 1.0), ("q-term", 1, 1.0),
                      ("q-steps", 1, 1.0), ("q-cues", 1, 1.0)]
    assert db.execute("SELECT score, max_score, finished_at IS NOT NULL FROM attempts").fetchall() == [(6.0, 7.0, 1)]


def test_wrong_short_answer_and_wrong_order_say_what_was_right(qtbot, data_dir, tmp_path):
    quiz = open_quiz(qtbot, data_dir, tmp_path)
    short, order = quiz.questions[3], quiz.questions[4]
    qtbot.keyClicks(short.input.edit, "friendship")
    click(qtbot, short.submit_button)
    assert short.result_label.text().startswith("✘ Not quite: 0 of 1 point.")
    assert "A friendship runs both ways." in short.input.feedback.text()
    assert "Accepted answers: parasocial relationship, parasocial bond" in short.input.feedback.text()
    if order.input.response() == [0, 1, 2]:
        order.input.list.setCurrentRow(1)
        click(qtbot, order.input.up)
    click(qtbot, order.submit_button)
    assert "Correct order: Read the whole caption. →" in order.result_label.text()


def test_hint_result_feedback_and_lock_appear_where_they_belong(qtbot, data_dir, tmp_path):
    """These are made only when first shown (a quiz step shows none of them): each still goes in its place."""
    single = open_quiz(qtbot, data_dir, tmp_path).questions[0]
    qtbot.waitExposed(single)
    click(qtbot, single.hint_button)
    click(qtbot, right_buttons(single)[0])
    click(qtbot, single.submit_button)
    qtbot.wait(10)  # the layout places the new labels

    def top(widget) -> int:
        assert widget.isVisible()
        return widget.mapTo(single, widget.rect().topLeft()).y()

    assert top(single.input) < top(single.hint_label) < top(single.submit_button) < top(single.result_label) \
        < top(single.explanation)
    badge, lock = single.state_badge, single.lock_badge
    assert lock.text() == "Locked" and top(lock) == top(badge)
    assert lock.mapTo(single, lock.rect().topLeft()).x() > badge.mapTo(single, badge.rect().topLeft()).x()
    texts, feedback = single.input.text_labels, single.input.feedback_labels
    shown = [index for index in texts if feedback[index].isVisible()]
    assert shown  # the right answer's feedback at least
    ordered = sorted(texts, key=lambda index: top(texts[index]))
    for index in shown:  # right below its own choice, above the next one
        place = ordered.index(index)
        assert top(texts[index]) < top(feedback[index])
        if place + 1 < len(ordered):
            assert top(feedback[index]) < top(texts[ordered[place + 1]])

    quiz = single.parentWidget()
    quiz.retry()  # a new attempt hides them again
    assert not single.lock_badge.isVisible() and not single.result_label.isVisible()
    assert not any(label.isVisible() for label in feedback.values())
