"""Who's learning: tiles with avatars, search, adding a learner, switching in one click, separate records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.app import build_window
from literacy_app.ui.shell.profile_picker import TILE_ICON
from tests.conftest import FIXTURE_COURSE, click, gui_args


def open_window(qtbot, data_dir, *extra):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), *extra))
    qtbot.addWidget(window)
    window.show()
    return window


def tile(picker, name):
    return next(picker.tiles.item(r) for r in range(picker.tiles.count()) if picker.tiles.item(r).text() == name)


def test_add_learner_with_an_emoji_then_switch_and_keep_records_apart(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    picker = window.picker
    qtbot.keyClicks(picker.new_name, "Zoe")
    picker.avatar_box.setCurrentIndex(picker.avatar_box.findData("🦊"))
    click(qtbot, picker.add_button)
    zoe = window.session.profile
    assert zoe.name == "Zoe" and zoe.avatar == "🦊"
    window.open_lesson("fixture-basics", 2)
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    click(qtbot, quiz.questions[0].input.buttons[1])
    click(qtbot, quiz.questions[0].submit_button)

    window.switch_action.trigger()  # one click back to the picker
    assert window.stack.currentWidget() is picker and window.session.profile is None
    qtbot.keyClicks(picker.new_name, "Ana")
    qtbot.keyClick(picker.new_name, Qt.Key.Key_Return)
    assert window.session.profile.name == "Ana" and window.session.profile.avatar == ""
    window.open_lesson("fixture-basics", 2)
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    assert not quiz.questions[0].answered  # Zoe's answer is hers alone
    window.switch_action.trigger()
    picker.tiles.setCurrentItem(tile(picker, "Zoe"))
    qtbot.keyClick(picker.tiles, Qt.Key.Key_Return)  # keyboard: Enter on the tile
    assert window.session.profile.name == "Zoe"
    assert window.lesson_view.step == 2
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    assert quiz.questions[0].answered
    rows = window.session.records.db.query(
        "SELECT p.name, COUNT(n.id) FROM profiles p LEFT JOIN attempts a ON a.profile_id = p.id "
        "LEFT JOIN answers n ON n.attempt_id = a.id GROUP BY p.id ORDER BY p.name")
    assert [tuple(r) for r in rows] == [("Ana", 0), ("Zoe", 1)]


def test_search_appears_for_a_long_list_and_enter_picks_the_single_match(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    for number in range(12):
        window.session.records.add_profile(f"Learner {number:02d}")
    window.session.records.add_profile("Søren Nielsen")
    window.show_picker()
    picker = window.picker
    assert picker.search.isVisible()
    qtbot.keyClicks(picker.search, "NIELSEN")
    visible = [picker.tiles.item(r).text() for r in range(picker.tiles.count()) if not picker.tiles.item(r).isHidden()]
    assert visible == ["Søren Nielsen"]
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert window.session.profile.name == "Søren Nielsen"


def test_existing_name_is_not_added_twice(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.session.records.add_profile("Ana")
    window.show_picker()
    qtbot.keyClicks(window.picker.new_name, "ana")
    click(qtbot, window.picker.add_button)
    assert "already here" in window.picker.message.text() and window.session.profile is None
    assert len(window.session.records.profiles()) == 1


def test_every_name_is_whole_on_two_lines_at_every_text_size(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    for name in ("Ana", "Maximiliane Oberhausen"):
        window.session.add_learner(name)
    window.show_picker()
    picker = window.picker
    heights = []
    for _size in ("100%", "150%", "200%"):
        metrics = QFontMetrics(picker.tiles.font())
        rect = picker.tiles.visualItemRect(tile(picker, "Maximiliane Oberhausen"))
        # inside a tile (style sheet): 4 px margin and 3 px border each side, 10 + 8 px padding, the avatar
        assert rect.height() - 2 * 4 - 2 * 3 - 18 - TILE_ICON >= 2 * metrics.lineSpacing(), _size
        assert rect.width() - 2 * 4 - 2 * 3 - 2 * 4 >= metrics.horizontalAdvance("Maximiliane"), _size
        assert rect.size() == picker.tiles.visualItemRect(tile(picker, "Ana")).size()  # one size for all tiles
        heights.append(rect.height())
        for _step in range(6):
            window.zoom_in_action.trigger()
    assert heights[0] < heights[1] < heights[2]
