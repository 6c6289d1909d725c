"""Small screens: at 800x600, 1024x600 and 1366x768 every line of text fits the width it is shown in (each line's
needed width is compared with its view), lesson text re-wraps instead of being cut, and every button is inside
the window. Also at 200% text on 800x600.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QToolButton, QWidget

from literacy_app.content.library import load_library
from literacy_app.resources import bundled_lessons
from literacy_app.ui.app import build_window
from literacy_app.ui.lesson.prose_view import ProseView
from tests.conftest import gui_args
from tests.ui.design_course import design_course

SIZES = [(800, 600), (1024, 600), (1366, 768)]
LESSONS = load_library([bundled_lessons()]).lessons
SLACK = 1  # px: rounding


def lines_too_wide(document: QTextDocument, width: float) -> list[str]:
    """Each laid-out line whose right edge passes `width`."""
    found = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            right = layout.position().x() + line.x() + line.naturalTextWidth()
            if right > width + SLACK:
                text = block.text()[line.textStart():line.textStart() + line.textLength()]
                found.append(f"{text[:40]!r} needs {right:.0f} px of {width:.0f}")
        block = block.next()
    return found


def label_document(label: QLabel) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
    document.setHtml(label.text()) if rich else document.setPlainText(label.text())
    width = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    document.setTextWidth(width if label.wordWrap() else -1)
    document.size()  # lays the text out, so that its lines can be measured
    return document


def _in_view(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def clipped(window) -> list[str]:
    problems = []
    for label in window.findChildren(QLabel):
        if not _in_view(label) or not label.text() or not label.pixmap().isNull():
            continue
        width = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
        document = label_document(label)
        for line in lines_too_wide(document, width):
            problems.append(f"label {label.objectName() or label.text()[:30]!r}: {line}")
        if label.wordWrap() and label.heightForWidth(label.width()) > label.height() + SLACK:
            problems.append(f"label {label.text()[:30]!r} is cut at the bottom "
                            f"({label.heightForWidth(label.width())} px needed, {label.height()} shown)")
    for prose in window.findChildren(ProseView):
        if not _in_view(prose):
            continue
        view = prose.viewport().width()
        for line in lines_too_wide(prose.document(), view):
            problems.append(f"{prose.accessibleName()}: {line}")
        if prose.document().size().height() > prose.viewport().height() + 8:
            problems.append(f"{prose.accessibleName()} is cut at the bottom")
    for button in window.findChildren(QAbstractButton):
        if not _in_view(button) or not button.text() or isinstance(button, QToolButton):
            continue
        needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
        if needed > button.contentsRect().width():
            problems.append(f"button {button.text()!r} needs {needed} px, has {button.contentsRect().width()}")
    return problems


def outside(window) -> list[str]:
    """Buttons not wholly inside the window (in the lesson: not wholly inside the width of its view)."""
    problems = []
    frame = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not _in_view(button) or (isinstance(button, QToolButton) and not button.isEnabled()):
            continue
        area = button.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        name = button.accessibleName() or button.text()
        if area is not None and area.isAncestorOf(button) and area.widget() is not None \
                and area.widget().isAncestorOf(button):
            left = button.mapTo(area.viewport(), QPoint(0, 0)).x()
            if left < 0 or left + button.width() > area.viewport().width() + SLACK:
                problems.append(f"{name!r} runs out of the side of its view")
            continue
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not frame.contains(rect):
            problems.append(f"{name!r} at {rect.getRect()} is not inside the {frame.width()}x{frame.height()} window")
    return problems


def show_at(qtbot, window, width: int, height: int) -> None:
    window.resize(width, height)
    window.show()
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height, timeout=2000)


def check_every_step(qtbot, window, lesson_ids: list[str], size: tuple[int, int]) -> list[str]:
    problems = []
    for lesson_id in lesson_ids:
        window.open_lesson(lesson_id, 0)
        for step in range(len(window.lesson_view.lesson.steps)):
            window.lesson_view.go_to(step)
            qtbot.wait(5)
            found = clipped(window) + outside(window)
            bar = window.lesson_view.scroll.horizontalScrollBar()
            if bar.maximum() > 0:
                found.append(f"the step is {bar.maximum()} px too wide")
            problems += [f"{size[0]}x{size[1]} {lesson_id} step {step + 1}: {p}" for p in found]
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_kind_of_step_fits_without_cut_text_or_buttons(qtbot, data_dir, tmp_path, size):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(design_course(tmp_path)), "--profile", "Kim"))
    qtbot.addWidget(window)
    show_at(qtbot, window, *size)
    assert window.size().toTuple() == size, "the window cannot be made this small"
    assert check_every_step(qtbot, window, ["look"], size) == []


def test_every_toolbar_button_shows_at_800x600_even_at_200_percent_text(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--profile", "Kim"))
    qtbot.addWidget(window)
    show_at(qtbot, window, 800, 600)
    for _ in range(2):
        hidden = [a.text() for a in window.toolbar.actions()
                  if a.isVisible() and not a.isSeparator() and not window.toolbar.widgetForAction(a).isVisible()]
        assert hidden == [], f"at {window.text_size_percent}%: only in the overflow menu: {hidden}"
        while window.zoom_in_action.isEnabled():
            window.zoom_in_action.trigger()
        qtbot.wait(5)
    window.zoom_reset_action.trigger()


@pytest.mark.parametrize("size", SIZES[:2], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_whole_course_fits_a_small_screen(qtbot, data_dir, size):
    window, _ = build_window(gui_args(data_dir, "--profile", "Kim"))
    qtbot.addWidget(window)
    show_at(qtbot, window, *size)
    assert check_every_step(qtbot, window, [lesson.id for lesson in LESSONS], size) == []


def test_at_200_percent_text_nothing_is_cut_at_800x600(qtbot, data_dir, tmp_path):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(design_course(tmp_path)), "--profile", "Kim"))
    qtbot.addWidget(window)
    show_at(qtbot, window, 800, 600)
    while window.zoom_in_action.isEnabled():
        window.zoom_in_action.trigger()
    assert window.text_size_percent == 200
    try:
        assert check_every_step(qtbot, window, ["look", LESSONS[1].id], (800, 600)) == []
    finally:
        window.zoom_reset_action.trigger()  # the application's font is shared with the tests that follow


def test_the_picker_fits_800x600(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir))
    qtbot.addWidget(window)
    for number in range(20):
        window.session.records.add_profile(f"Learner with a long name {number:02d}")
    window.show_picker()
    show_at(qtbot, window, 800, 600)
    assert clipped(window) + outside(window) == []


def test_the_check_finds_a_cut_line(qtbot):
    """The measure can fail: a label too narrow for its words is reported."""
    label = QLabel("A sentence that cannot fit in forty pixels")
    qtbot.addWidget(label)
    label.setFixedWidth(40)
    label.show()
    holder = QWidget()
    qtbot.addWidget(holder)
    label.setParent(holder)
    holder.show()
    label.show()
    assert clipped(holder)
