"""Free heap goes back to the system at the moments where much of it was just freed: another lesson chosen, the
PC handed to the next learner, a new text size or theme (literacy_app/free_heap.py). Never on the way to the
first paint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmapCache

from literacy_app.ui.app import build_window
from literacy_app.ui.look.style import PIXMAP_CACHE_KB
from literacy_app.ui.shell import main_window
from literacy_app.ui.shell.library_sidebar import LESSON_ROLE
from tests.conftest import FIXTURE_COURSE, click, gui_args


@pytest.fixture
def handed_back(monkeypatch) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(main_window, "hand_back_free_heap", lambda: calls.append("free heap") or True)
    return calls


def _lesson_row(window, lesson_id: str):
    sidebar = window.sidebar
    return next(sidebar.topLevelItem(i).child(j) for i in range(sidebar.topLevelItemCount())
                for j in range(sidebar.topLevelItem(i).childCount())
                if sidebar.topLevelItem(i).child(j).data(0, LESSON_ROLE) == lesson_id)


def test_another_lesson_or_the_next_learner_hands_back_free_heap(qtbot, data_dir, handed_back):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE)))
    qtbot.addWidget(window)
    window.show()
    assert handed_back == []  # a start with the picker: nothing to hand back yet
    window.picker.new_name.setText("Ana")
    click(qtbot, window.picker.add_button)
    assert handed_back == [] and window.lesson_view.lesson is not None

    row = _lesson_row(window, "fixture-basics")
    window.sidebar.scrollToItem(row)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.sidebar.visualItemRect(row).center())
    assert window.lesson_view.lesson.id == "fixture-basics"
    assert handed_back == ["free heap"]  # the steps of the lesson left were freed with it

    window.switch_action.trigger()
    assert window.stack.currentWidget() is window.picker
    assert handed_back == ["free heap", "free heap"]


def test_a_new_text_size_or_theme_hands_back_free_heap(qtbot, data_dir, handed_back):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana"))
    qtbot.addWidget(window)
    window.show()
    assert handed_back == []  # a start with the learner named: nothing either
    window.zoom_in_action.trigger()
    assert window.text_size_percent > 100 and handed_back == ["free heap"]  # the step at the old size was freed
    dark = next(action for action in window.theme_group.actions() if action.data() == "dark")
    dark.trigger()
    assert window.theme == "dark" and handed_back == ["free heap", "free heap"]


def test_qts_cache_of_drawings_keeps_about_one_look(qtbot, data_dir):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana"))
    qtbot.addWidget(window)
    QPixmapCache.setCacheLimit(10240)  # Qt's default
    window.zoom_in_action.trigger()
    assert QPixmapCache.cacheLimit() == PIXMAP_CACHE_KB < 10240
