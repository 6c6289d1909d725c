"""Test mode on the bundled course: the pre-test takes every answer first, submits once, and shows no right
or wrong answer (nor any explanation) until the post-test is done; then it does."""

from __future__ import annotations

from literacy_app.content.model import Quiz
from literacy_app.ui.activities.question_widget import QuestionWidget
from literacy_app.ui.activities.quiz_test_widget import QuizTestWidget
from literacy_app.ui.app import build_window
from tests.conftest import click, gui_args


def open_test(qtbot, window, lesson_id: str) -> QuizTestWidget:
    window.open_lesson(lesson_id, 0)
    widget = window.lesson_view.scroll.widget().findChild(QuizTestWidget)
    assert widget is not None, f"{lesson_id} is shown as a test"
    return widget


def answer_everything(qtbot, test: QuizTestWidget) -> None:
    for question in test.questions:
        assert question.submit_button is None and question.hint_button is None  # one submit, no hints
        inputs = question.input
        if hasattr(inputs, "buttons"):
            click(qtbot, inputs.buttons[0])
        elif hasattr(inputs, "edit"):
            qtbot.keyClicks(inputs.edit, "an answer")
    qtbot.waitUntil(lambda: test.submit_button.isEnabled(), timeout=3000)


def feedback_visible(test: QuizTestWidget) -> bool:
    return any(q.result_label.isVisible() or q.explanation.isVisible() for q in test.questions)


def test_the_pre_test_shows_no_answers_until_the_post_test_is_done(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--profile", "Ana"))
    qtbot.addWidget(window)
    window.show()
    pre_lesson = next(lesson for lesson in window.library.lessons if lesson.assessment == "pre")
    post_lesson = next(lesson for lesson in window.library.lessons if lesson.assessment == "post")

    pre = open_test(qtbot, window, pre_lesson.id)
    assert not pre.submit_button.isEnabled()  # nothing answered yet
    click(qtbot, pre.questions[0].input.buttons[0])
    assert not feedback_visible(pre)  # answering a question shows nothing about it
    assert window.session.quiz_state(pre_lesson, pre.quiz).answers == {}  # and stores nothing yet
    answer_everything(qtbot, pre)
    click(qtbot, pre.submit_button)
    assert "after the post-test" in pre.status.text()
    assert not feedback_visible(pre)
    assert all(not q.input.isEnabled() or q.answered for q in pre.questions)  # locked
    state = window.session.quiz_state(pre_lesson, pre.quiz)
    assert state.attempt.finished_at is not None and len(state.answers) == len(pre.quiz.questions)

    pre = open_test(qtbot, window, pre_lesson.id)  # coming back changes nothing
    assert pre.submitted and not feedback_visible(pre)

    post = open_test(qtbot, window, post_lesson.id)
    answer_everything(qtbot, post)
    click(qtbot, post.submit_button)
    assert "points" in post.status.text() and feedback_visible(post)  # the post-test shows its own answers

    pre = open_test(qtbot, window, pre_lesson.id)  # now the pre-test shows its answers too
    assert feedback_visible(pre) and "points" in pre.status.text()


def test_a_practice_quiz_still_gives_feedback_per_question(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--profile", "Ana"))
    qtbot.addWidget(window)
    window.show()
    lesson = next(lesson for lesson in window.library.lessons if lesson.blocks(Quiz)
                  and lesson.blocks(Quiz)[0].mode == "practice")
    step = next(i for i, step in enumerate(lesson.steps) if any(isinstance(item, Quiz) for item in step.items))
    window.open_lesson(lesson.id, step)
    content = window.lesson_view.scroll.widget()
    assert content.findChild(QuizTestWidget) is None
    question = content.findChildren(QuestionWidget)[0]
    assert question.submit_button.isVisible()
