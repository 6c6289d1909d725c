"""The library list says in plain words when there is no lesson to show, rather than staying blank."""

from __future__ import annotations

from PySide6.QtCore import Qt

from literacy_app import resources
from literacy_app.content.library import Library, load_library
from literacy_app.ui.app import build_window
from literacy_app.ui.shell.library_sidebar import LibrarySidebar
from tests.conftest import FIXTURE_COURSE, gui_args


def shown_texts(sidebar: LibrarySidebar) -> list[str]:
    return [sidebar.topLevelItem(i).text(0) for i in range(sidebar.topLevelItemCount())]


def test_a_window_without_any_lesson_says_the_course_is_missing(qtbot, data_dir, tmp_path, monkeypatch):
    empty = tmp_path / "no-course"
    empty.mkdir()
    monkeypatch.setattr(resources, "bundled_lessons", lambda: empty)  # an installation that lost its course
    window, _ = build_window(gui_args(data_dir, "--profile", "Ana"))
    qtbot.addWidget(window)
    window.show()
    [message] = shown_texts(window.sidebar)
    assert message.startswith("No lessons were found.") and "missing" in message
    item = window.sidebar.topLevelItem(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsSelectable
    assert "\n" not in item.data(0, Qt.ItemDataRole.AccessibleTextRole)  # read by a screen reader as one sentence
    with qtbot.assertNotEmitted(window.sidebar.lessonChosen):
        window.sidebar.itemActivated.emit(item, 0)


def test_a_library_of_broken_lessons_points_to_the_problem_list(qtbot, tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\nid: [not, an, id\n---\n# Broken\n", encoding="utf-8")
    library = load_library([tmp_path], save_cache=False)
    assert not library.lessons and library.broken
    sidebar = LibrarySidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_library(library)
    [message] = shown_texts(sidebar)
    assert "Lesson problems" in message


def test_the_message_goes_once_lessons_are_there(qtbot):
    sidebar = LibrarySidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_library(Library())
    assert len(shown_texts(sidebar)) == 1
    sidebar.set_library(load_library([FIXTURE_COURSE], save_cache=False))
    assert not any(text.startswith("No lesson") for text in shown_texts(sidebar))
    assert sidebar.topLevelItemCount() >= 1
