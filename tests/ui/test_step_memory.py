"""Moving between steps never holds two steps in memory: the step on screen is gone before the next is built."""

from __future__ import annotations

from shiboken6 import isValid

from literacy_app.ui.activities.feed_widget import FeedWidget
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.lesson.lesson_view import LessonView
from tests.conftest import click
from tests.ui.test_finish_and_read import open_look


def test_next_and_back_free_the_step_on_screen_before_building_the_next(qtbot, data_dir, tmp_path, monkeypatch):
    window = open_look(qtbot, data_dir, tmp_path, "quiz")
    view = window.lesson_view
    on_screen = view.scroll.widget().findChild(QuizWidget)
    assert on_screen is not None
    seen: list[tuple[bool, str]] = []
    add_item = LessonView._add_item

    def watching(self, column, place, lesson, index, item):  # what is still alive as each new item is built
        seen.append((isValid(on_screen), type(item).__name__))
        return add_item(self, column, place, lesson, index, item)

    monkeypatch.setattr(LessonView, "_add_item", watching)
    click(qtbot, view.next_button)
    assert seen and not any(alive for alive, _kind in seen)  # the quiz was deleted before the feed step began
    feed = view.scroll.widget().findChild(FeedWidget)
    assert feed is not None and feed.isVisible()
    assert view.step_label.text().startswith("Step 3 of")

    seen.clear()
    on_screen = feed  # Back must free the feed first
    click(qtbot, view.back_button)
    assert seen and not any(alive for alive, _kind in seen)
    again = view.scroll.widget().findChild(QuizWidget)
    assert again is not None and again.isVisible() and again.questions[0].prompt.text()
