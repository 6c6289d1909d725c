"""Free heap goes back to the system where much of it was just freed (literacy_app/free_heap.py): once a new step
is on screen (the step it replaced was freed whole), and when the PC is handed to the next learner. Never on
the way to the first paint. Qt's cache of style drawings keeps about one look, and its drawings of letters
one per letter and text size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QPixmapCache
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from literacy_app.ui.app import build_window
from literacy_app.ui.lesson import lesson_view
from literacy_app.ui.look.style import DEFAULT_FONT_PT, PIXMAP_CACHE_KB
from literacy_app.ui.shell import main_window
from tests.conftest import FIXTURE_COURSE, click, gui_args


@pytest.fixture
def handed_back(monkeypatch) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(lesson_view, "hand_back_free_heap", lambda: calls.append("after a step") or True)
    monkeypatch.setattr(main_window, "hand_back_free_heap", lambda: calls.append("after a learner") or True)
    return calls


def test_each_step_hands_back_free_heap_once_it_is_on_screen(qtbot, data_dir, handed_back):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana",
                                            "--lesson", "fixture-basics"), text_first=True)
    qtbot.addWidget(window)
    assert handed_back == []  # built, not painted yet
    window.show()
    qtbot.waitUntil(lambda: handed_back == ["after a step"])
    click(qtbot, window.lesson_view.next_button)
    assert window.lesson_view.step_label.text().startswith("Step 2 of 4")
    qtbot.waitUntil(lambda: handed_back == ["after a step"] * 2)
    window.zoom_in_action.trigger()  # the step is built again at the new size
    qtbot.waitUntil(lambda: handed_back == ["after a step"] * 3)


def test_the_next_learner_starts_with_the_last_ones_memory_handed_back(qtbot, data_dir, handed_back):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE)))
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(50)
    assert handed_back == []  # a start with the picker: nothing to hand back
    window.picker.new_name.setText("Ana")
    click(qtbot, window.picker.add_button)
    qtbot.waitUntil(lambda: handed_back == ["after a step"])
    window.switch_action.trigger()
    assert window.stack.currentWidget() is window.picker
    assert handed_back == ["after a step", "after a learner"]


def test_qts_cache_of_drawings_keeps_about_one_look(qtbot, data_dir):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana"))
    qtbot.addWidget(window)
    QPixmapCache.setCacheLimit(10240)  # Qt's default
    window.zoom_in_action.trigger()
    assert QPixmapCache.cacheLimit() == PIXMAP_CACHE_KB < 10240


def test_letters_are_fitted_to_whole_pixels_in_everything_a_learner_reads(qtbot, data_dir):
    """Full hinting: crisp on a low-DPI screen, and one drawing of each letter per size (lighter hinting keeps
    one per quarter-pixel position). Every widget takes it from the application's font, at every text size."""
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana",
                                            "--lesson", "fixture-basics"))
    qtbot.addWidget(window)
    window.show()
    full = QFont.HintingPreference.PreferFullHinting
    view = window.lesson_view
    for _size in range(2):
        # the step's text comes just after the paint
        qtbot.waitUntil(lambda: bool(view.scroll.widget().findChildren(QTextBrowser)))
        readers = [view.title_label, view.step_label, view.next_button, *view.scroll.widget().findChildren(QWidget)]
        assert [widget.font().hintingPreference() for widget in readers] == [full] * len(readers)
        texts = [browser.document().defaultFont() for browser in view.scroll.widget().findChildren(QTextBrowser)]
        assert [font.hintingPreference() for font in texts] == [full] * len(texts)
        assert QApplication.font().hintingPreference() == full
        window.zoom_in_action.trigger()  # a new text size: the fonts are made again
    assert QApplication.font().pointSizeF() > DEFAULT_FONT_PT
