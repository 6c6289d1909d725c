"""The library list says in plain words when there is no lesson to show, rather than staying blank; lessons
listed before their check leave it once found broken, and the window names them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QMessageBox, QStyle, QStyleOptionViewItem

from literacy_app import resources
from literacy_app.content.index_cache import CACHE_NAME
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


# -- lessons checked after the first paint ------------------------------------------------------------------

LOST = """---
id: lost-way
title: A lesson that lost its way
module: Fixture module
order: 5
---

## A step

::: scenario lost
### Start {#start}
- [Go](#nowhere)
:::
"""


@pytest.fixture
def course_with_a_broken_body(tmp_path: Path) -> Path:
    folder = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, folder)
    (folder / "lost").mkdir()
    (folder / "lost" / "lesson.md").write_text(LOST, encoding="utf-8")
    return folder


def lesson_rows(sidebar: LibrarySidebar) -> list[str]:
    return [sidebar.topLevelItem(i).child(j).text(0) for i in range(sidebar.topLevelItemCount())
            for j in range(sidebar.topLevelItem(i).childCount())]


def problems_shown(window, monkeypatch) -> str:
    """Help > Lesson problems, as the learner opens it: the text of the details it shows."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    next(a for a in window.help_menu.actions() if a.text() == "Lesson problems…").trigger()
    return shown[-1]


def test_a_lesson_found_broken_after_the_first_paint_leaves_the_list_and_is_named(
        qtbot, data_dir, course_with_a_broken_body, monkeypatch):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(course_with_a_broken_body), "--profile", "Ana",
                                      "--lesson", "fixture-basics"))
    qtbot.addWidget(window)
    # no index yet: listed from its front matter, which is sound
    assert "○  A lesson that lost its way" in lesson_rows(window.sidebar)
    assert window.statusBar().currentMessage() == ""

    with qtbot.waitSignal(window.sidebar.verdictChanged, timeout=10000):
        window.show()
    assert not any("lost its way" in row for row in lesson_rows(window.sidebar))
    assert "◐  Fixture basics" in lesson_rows(window.sidebar)  # the learner's mark is kept
    assert window.sidebar.currentItem().text(0) == "◐  Fixture basics"  # and the lesson chosen
    assert window.statusBar().currentMessage() == "1 lesson could not be loaded: see Help > Lesson problems."
    details = problems_shown(window, monkeypatch)
    assert f"{course_with_a_broken_body / 'lost' / 'lesson.md'}:12:8: error: choice leads to 'nowhere'" in details
    qtbot.waitUntil(lambda: (data_dir / CACHE_NAME).exists())  # the verdict is kept for the next start


def test_a_broken_lesson_known_to_the_index_is_never_listed(qtbot, data_dir, course_with_a_broken_body, monkeypatch):
    args = gui_args(data_dir, "--lessons", str(course_with_a_broken_body), "--profile", "Ana")
    first, _ = build_window(args)  # an earlier start writes the index once every lesson is checked
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: (data_dir / CACHE_NAME).exists(), timeout=10000)
    first.close()

    window, _ = build_window(args)
    qtbot.addWidget(window)
    assert not any("lost its way" in row for row in lesson_rows(window.sidebar))  # its verdict is in the index
    assert "◐  Fixture basics" in lesson_rows(window.sidebar)
    assert window.statusBar().currentMessage() == "1 lesson could not be loaded: see Help > Lesson problems."
    assert ":12:8: error: choice leads to 'nowhere'" in problems_shown(window, monkeypatch)


def test_choosing_a_listed_lesson_before_its_check_never_opens_a_broken_one(qtbot, data_dir,
                                                                           course_with_a_broken_body):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(course_with_a_broken_body), "--profile", "Ana",
                                      "--lesson", "fixture-basics"))
    qtbot.addWidget(window)
    row = next(item for item in window.sidebar.findItems("lost its way", Qt.MatchFlag.MatchContains
                                                         | Qt.MatchFlag.MatchRecursive))
    window.sidebar.itemActivated.emit(row, 0)  # chosen before the window was even painted
    assert window.lesson_view.lesson.id == "fixture-basics"  # checked first: it is not opened
    assert window.statusBar().currentMessage() == ""
    window.show()
    qtbot.waitUntil(lambda: not any("lost its way" in text for text in lesson_rows(window.sidebar)))
    assert window.statusBar().currentMessage() == "1 lesson could not be loaded: see Help > Lesson problems."


def test_a_hidden_list_is_checked_too_and_shows_the_verdict_when_it_comes_back(qtbot, course_with_a_broken_body):
    library = load_library([course_with_a_broken_body], save_cache=False)
    sidebar = LibrarySidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_library(library)
    sidebar.show()
    sidebar.clear_items()  # a narrow window hides the list
    qtbot.waitUntil(lambda: library.checked)
    assert sidebar.topLevelItemCount() == 0
    sidebar.set_library(library)
    assert lesson_rows(sidebar) == ["○  Fixture basics"]


def _needed_height(sidebar: LibrarySidebar, index) -> int:
    """The row height a title needs, from the text rectangle the style really draws it in."""
    option = QStyleOptionViewItem()
    sidebar.itemDelegate().initStyleOption(option, index)
    option.rect = sidebar.visualRect(index)
    style = sidebar.style()
    text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, sidebar)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, sidebar) + 1
    lines = option.fontMetrics.boundingRect(QRect(0, 0, text.width() - 2 * margin, 100000),
                                            int(Qt.TextFlag.TextWordWrap), index.data())
    return lines.height() + 10


@pytest.mark.parametrize("bigger", [0, 3, 6])  # 100 %, 125 % and 150 % text
def test_each_lesson_row_is_as_tall_as_its_wrapped_title_needs(qtbot, data_dir, bigger):
    # rows measured for a narrower text than the one drawn got a blank line under some titles at bigger text
    window, _ = build_window(gui_args(data_dir, "--profile", "Ana"))
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    for _ in range(bigger):
        window.zoom_in_action.trigger()  # View > Bigger text
    assert window.text_size_percent == 100 + 25 * bigger // 3
    sidebar = window.sidebar
    for width in (220, 240, 320):
        window.splitter.setSizes([width, 1366 - width])
        qtbot.waitUntil(lambda: sidebar.viewport().width() > 0)
        assert sidebar.isVisible()
        sidebar.doItemsLayout()
        rows = []
        for module in range(sidebar.topLevelItemCount()):
            top = sidebar.topLevelItem(module)  # a module's bold title and count, then its lessons
            rows += [top] + [top.child(lesson) for lesson in range(top.childCount())]
        for row in rows:
            index = sidebar.indexFromItem(row)
            assert sidebar.visualRect(index).height() >= _needed_height(sidebar, index), row.text(0)  # never cut
            assert sidebar.visualRect(index).height() - _needed_height(sidebar, index) < \
                sidebar.fontMetrics().lineSpacing(), row.text(0)  # never a blank line
        assert len(rows) >= 10


def test_a_modules_row_is_passed_through_but_never_selected(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana"))
    qtbot.addWidget(window)
    window.show()
    sidebar = window.sidebar
    module, lesson = sidebar.topLevelItem(0), sidebar.topLevelItem(0).child(0)
    sidebar.setCurrentItem(lesson)
    assert lesson.isSelected()

    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(module).center())
    assert not module.isSelected() and lesson.isSelected()  # the lesson open stays the one marked

    sidebar.setCurrentItem(lesson)
    sidebar.setFocus()
    qtbot.keyClick(sidebar, Qt.Key.Key_Up)  # the keyboard reaches the module's row, to close or open it
    assert sidebar.currentItem() is module and not module.isSelected() and lesson.isSelected()
    qtbot.keyClick(sidebar, Qt.Key.Key_Left)
    assert not module.isExpanded()
    qtbot.keyClick(sidebar, Qt.Key.Key_Right)
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    assert sidebar.currentItem() is lesson and lesson.isSelected()
