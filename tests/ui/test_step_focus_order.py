"""Tab goes through the heaviest step of the course (a feed of posts, then a quiz) in reading order: top to bottom,
left to right within a row. The activities make each control inside its card as they go (nothing is moved in
afterwards), so the order Qt gives them must still be the order they are shown in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from literacy_app.ui.activities.feed_widget import FeedWidget
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.app import build_window
from tests.conftest import gui_args

COURSE = Path(__file__).resolve().parents[2] / "lessons"


def tab_stops(content: QWidget) -> list[QWidget]:
    """The step's controls in Qt's focus chain, from the first one in the step."""
    controls = [w for w in content.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(content) and w.isEnabled()]
    inside = set(controls)
    chain, widget = [], content.window()
    for _ in range(100_000):  # once round the window's chain (it holds every widget, focusable or not)
        if widget in inside:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is content.window():
            break
    assert set(chain) == inside
    return chain


def test_tab_goes_through_a_feed_and_a_quiz_in_reading_order(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(COURSE), "--profile", "Kim",
                                      "--lesson", "behind-the-screen", "--step", "6"))
    qtbot.addWidget(window)
    window.resize(1100, 760)
    with qtbot.waitExposed(window):
        window.show()
    content = window.lesson_view.scroll.widget()
    qtbot.waitUntil(lambda: content.findChild(QuizWidget) is not None)  # built in full
    assert content.findChild(FeedWidget) is not None
    QApplication.processEvents()

    chain = tab_stops(content)
    assert len(chain) > 80  # every cue box and answer, each button of the feed and the quiz

    def place(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(content, QPoint(0, 0))
        return point.y(), point.x()

    rows: list[list[QWidget]] = []  # controls whose tops are within a few pixels share a row
    for widget in chain:
        if rows and abs(place(widget)[0] - place(rows[-1][0])[0]) <= 4:
            rows[-1].append(widget)
        else:
            rows.append([widget])
    tops = [place(row[0])[0] for row in rows]
    assert tops == sorted(tops), "Tab goes back up the step"
    for row in rows:
        lefts = [place(widget)[1] for widget in row]
        assert lefts == sorted(lefts), "Tab goes right to left within a row"
