"""The teacher view with a full class on a 1366x768 screen: what fits at a glance, what stays in view.

The class is the demo class of 28 learners published by one PC to a class folder and opened, merged, on
the teacher's PC, in the app's own look (style sheet, fonts) and a window the size of the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView

from literacy_app.cli import main as cli
from literacy_app.ui.app import build_window
from literacy_app.ui.look.text_width import narrowest_width
from literacy_app.ui.teacher.class_grid import FIRST_LESSON, LAST_ACTIVE, PROFILE_ROLE
from tests.conftest import gui_args

SCREEN = (1366, 768)  # the commonest classroom laptop screen; the window fills it, as when maximised


@pytest.fixture
def app_look(qapp):
    """The look the app starts with (Fusion, style sheet, text size), put back afterwards."""
    from literacy_app.ui.look.style import apply_style

    saved = qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.style().name()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setPalette(saved[2])
    qapp.setStyle(saved[3])


@pytest.fixture
def class_folder(tmp_path):
    """28 demo learners published by PC "pc-05" to a class folder."""
    folder = tmp_path / "class-8b"
    assert cli(["demo", "--students", "28", "--seed", "1", "--data-dir", str(tmp_path / "pc-05"),
                "--class-folder", str(folder), "--pc", "pc-05"]) == 0
    return folder


@pytest.fixture
def teacher_window(qtbot, data_dir, class_folder, app_look):
    window, _ = build_window(gui_args(data_dir, "--class-folder", str(class_folder), "--pc", "teacher"))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.teacher_mode.enter()
    QApplication.processEvents()
    assert (window.width(), window.height()) == SCREEN
    return window


def fully_visible_rows(view: QTableView) -> int:
    """Rows shown whole, counted from the top: the row under the viewport's last pixel, less one if cut."""
    view.scrollToTop()
    QApplication.processEvents()
    bottom = view.rowAt(view.viewport().height() - 1)
    if bottom == -1:  # the viewport is taller than all the rows
        return view.model().rowCount()
    cut = view.rowViewportPosition(bottom) + view.rowHeight(bottom) > view.viewport().height()
    return bottom + 1 - int(cut)


def test_at_least_24_of_28_learners_fit_at_1366x768(teacher_window):
    grid = teacher_window.teacher_mode.dashboard.grid
    assert grid.model.rowCount() == 28
    rows = fully_visible_rows(grid.table)
    print(f"class grid: {rows} of 28 rows visible at 1366x768")
    assert rows >= 24
    # one line per row, with room around the text
    table = grid.table
    assert table.rowHeight(0) >= table.fontMetrics().height() + 2
    # every name and score whole, and every lesson in view without scrolling sideways
    metrics, model = table.fontMetrics(), table.model()
    for column in range(model.columnCount()):
        widest = max(metrics.horizontalAdvance(model.index(row, column).data()) for row in range(model.rowCount()))
        assert table.columnWidth(column) >= widest + 6, model.headerData(column, Qt.Orientation.Horizontal)
    assert table.horizontalScrollBar().maximum() == 0
    # the header's controls share one row with the tabs: each one beside them or in "More", every tab whole
    dashboard = teacher_window.teacher_mode.dashboard
    assert_header_in_one_row_with_every_tab(dashboard)


def assert_header_in_one_row_with_every_tab(dashboard) -> None:
    header, bar = dashboard.header_bar, dashboard.tabs.tabBar()
    assert dashboard.tabs.cornerWidget(Qt.Corner.TopRightCorner) is header
    top = bar.mapTo(dashboard, QPoint(0, 0)).y()
    shown = [b for b in header.buttons() if b.isVisible()] + ([header.more_button] if header.folded else [])
    for button in shown:
        middle = button.mapTo(dashboard, button.rect().center()).y()
        assert top <= middle <= top + max(bar.height(), header.height())
    assert bar.width() >= bar.sizeHint().width()  # no tab hidden behind scroll arrows
    header.more_menu.aboutToShow.emit()
    offered = {action.text() for action in header.more_menu.actions()}
    assert offered == {b.text() for b in header.folded}
    assert {b.text() for b in header.buttons()} == {b.text() for b in shown if b is not header.more_button} | offered
    assert dashboard.back_button in shown and dashboard.export_button in shown


def test_at_least_10_questions_fit_at_1366x768(teacher_window):
    dashboard = teacher_window.teacher_mode.dashboard
    dashboard.tabs.setCurrentWidget(dashboard.items)
    items = dashboard.items
    items.show_lesson("parasocial-pre-test")
    QApplication.processEvents()
    assert items.table.rowCount() >= 15
    rows = fully_visible_rows(items.table)
    print(f"questions: {rows} of {items.table.rowCount()} visible at 1366x768")
    assert rows >= 10
    # long prompts are cut in the table, and whole in the tooltip and in the pane below
    longest = max(range(items.table.rowCount()), key=lambda r: len(items.table.item(r, 0).text()))
    cell = items.table.item(longest, 0)
    assert cell.toolTip() == cell.text()
    items.table.setCurrentCell(longest, 1)
    assert cell.text() in items.detail.toPlainText()


def test_names_and_last_active_stay_in_view_while_the_lessons_scroll(teacher_window, qtbot):
    teacher_window.resize(1000, 700)  # narrower than the grid: the lessons must scroll sideways
    QApplication.processEvents()
    grid = teacher_window.teacher_mode.dashboard.grid
    table, frozen = grid.table, grid.table.frozen
    assert table.model().headerData(LAST_ACTIVE, Qt.Orientation.Horizontal) == "Last active"
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0, "the test needs a grid wider than its window"
    # "Last active" sits beside the names, in view before any scrolling
    assert 0 < table.visualRect(table.model().index(0, LAST_ACTIVE)).left() < table.viewport().width() // 2
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    # the names did not scroll away: the frozen view still shows column 0 over the table's left edge
    assert frozen.isVisible() and frozen.x() <= table.frameWidth() + 1
    assert frozen.width() == table.columnWidth(0) and frozen.horizontalScrollBar().value() == 0
    assert frozen.indexAt(QPoint(5, 5)).column() == 0
    assert all(frozen.isColumnHidden(c) for c in range(1, table.model().columnCount()))
    # and the last lesson is now in view
    last = table.model().columnCount() - 1
    assert table.visualRect(table.model().index(0, last)).right() <= table.viewport().width()
    # scrolling down moves both views together, row for row
    table.verticalScrollBar().setValue(table.rowHeight(0) * 5)
    QApplication.processEvents()
    assert frozen.rowAt(1) == table.rowAt(1) == 5
    assert frozen.rowAt(frozen.viewport().height() - 1) == table.rowAt(table.viewport().height() - 1)
    # a click on a name selects that learner in the grid (one selection for both views)
    row = frozen.rowAt(1)
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, frozen.rowViewportPosition(row) + 5))
    assert grid.current()[0] == table.model().index(row, 0).data(PROFILE_ROLE)
    assert grid.review_button.isEnabled()


def test_lesson_titles_are_whole_in_two_lines_tooltips_and_accessible_text(teacher_window):
    grid = teacher_window.teacher_mode.dashboard.grid
    header = grid.table.horizontalHeader()
    model = grid.table.model()
    metrics = header.fontMetrics()
    for column in range(FIRST_LESSON, model.columnCount()):
        lesson = grid.model.lesson_at(column)
        full = f"{column - FIRST_LESSON + 1}. {lesson.title}"
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole) == full
        assert lesson.title in model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        lines = header.section_lines(column)
        assert 1 <= len(lines) <= 2
        for line in lines:
            assert metrics.horizontalAdvance(line) <= header.sectionSize(column) - 8
        # the first line is never cut: it holds whole words of the title
        assert "…" not in lines[0] and full.startswith(lines[0])
    # "What is a parasocial relationship?" reads as far as "parasocial", not "What is a par."
    column = next(c for c in range(FIRST_LESSON, model.columnCount())
                  if grid.model.lesson_at(c).id == "what-is-parasocial")
    assert "parasocial" in " ".join(header.section_lines(column))
    # and the header has room for its two lines
    assert header.height() >= metrics.lineSpacing() * 2


def test_rows_follow_a_bigger_text_size(teacher_window):
    grid = teacher_window.teacher_mode.dashboard.grid
    before = grid.table.rowHeight(0)
    teacher_window.zoom_in_action.trigger()
    teacher_window.zoom_in_action.trigger()
    QApplication.processEvents()
    after = grid.table.rowHeight(0)
    assert after > before
    assert grid.table.frozen.rowHeight(0) == after  # the names keep in line with their scores
    assert after >= grid.table.fontMetrics().height() + 2


def test_a_narrow_window_keeps_every_tab_and_button_in_sight(teacher_window):
    dashboard = teacher_window.teacher_mode.dashboard
    for width in (1024, 1180):
        teacher_window.resize(width, 700)
        QApplication.processEvents()
        bar = dashboard.tabs.tabBar()
        assert bar.width() >= bar.sizeHint().width(), width  # every tab whole
        header = dashboard.header_bar
        if dashboard.tabs.cornerWidget(Qt.Corner.TopRightCorner) is header:
            assert_header_in_one_row_with_every_tab(dashboard)
        else:  # a row of its own, above the tabs, every button in it
            assert all(b.isVisible() for b in header.buttons()) and not header.more_button.isVisible()
            assert header.mapTo(dashboard, QPoint(0, 0)).y() < bar.mapTo(dashboard, QPoint(0, 0)).y()
        for button in header.buttons():
            if button.isVisible():
                assert button.mapTo(teacher_window, QPoint(button.width(), 0)).x() <= teacher_window.width()
        assert teacher_window.width() == width  # nothing in the teacher view made the window grow


def test_a_cell_reached_with_the_keyboard_never_hides_under_the_names(teacher_window, qtbot):
    teacher_window.resize(1024, 700)
    QApplication.processEvents()
    table = teacher_window.teacher_mode.dashboard.grid.table
    model = table.model()
    table.setFocus()
    table.setCurrentIndex(model.index(3, model.columnCount() - 1))
    QApplication.processEvents()
    assert table.horizontalScrollBar().value() > 0
    for column in range(model.columnCount() - 2, 0, -1):
        qtbot.keyClick(table, Qt.Key.Key_Left)
        assert table.currentIndex().column() == column
        assert table.visualRect(table.currentIndex()).left() >= table.frozen.width() - 1, column


def test_the_legend_reads_in_two_lines_beside_the_search_and_last_active_takes_two_lines_room(teacher_window):
    grid = teacher_window.teacher_mode.dashboard.grid
    legend = grid.legend
    assert grid.bar.indexOf(legend) >= 0  # beside the search at 1366x768
    assert legend.heightForWidth(legend.width()) <= 2 * legend.fontMetrics().lineSpacing() + 2
    # "Last active" is as wide as two lines of its title need (or its times), and painted whole
    header, table = grid.table.horizontalHeader(), grid.table
    one_line = header.fontMetrics().horizontalAdvance("Last active") + 10
    assert header.sectionSizeFromContents(LAST_ACTIVE).width() < one_line
    assert " ".join(header.section_lines(LAST_ACTIVE)) == "Last active"
    assert table.columnWidth(LAST_ACTIVE) >= table.sizeHintForColumn(LAST_ACTIVE)
    # a narrower window puts the legend on a line of its own, and the search takes the room beside it
    teacher_window.resize(1100, 700)
    QApplication.processEvents()
    assert teacher_window.width() == 1100
    assert grid.legend_row.indexOf(legend) >= 0 and grid.bar.stretch(grid.bar.indexOf(grid.search)) == 1
    assert grid.search.width() > grid.search.minimumWidth()
    assert legend.heightForWidth(legend.width()) <= 2 * legend.fontMetrics().lineSpacing() + 2


@pytest.mark.parametrize("text", ["Last active", "What is a parasocial relationship?", "one",
                                  "●\u00a080%+  ◐\u00a050–79%  ○\u00a0under 50%  –\u00a0not started"])
def test_the_narrowest_two_line_width_is_the_best_split_at_a_space(qapp, text):
    metrics = QFontMetrics(qapp.font())
    words = text.split(" ")
    splits = [(" ".join(words[:k]).rstrip(), " ".join(words[k:]).strip()) for k in range(1, len(words) + 1)]
    best = min(max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(rest)) for first, rest in splits)
    assert narrowest_width(text, metrics, 2) == best
    assert narrowest_width(text, metrics, 1) == metrics.horizontalAdvance(text)
    if len(words) > 2:
        assert narrowest_width(text, metrics, 2) < metrics.horizontalAdvance(text)
    assert narrowest_width("", metrics, 2) == narrowest_width("   ", metrics, 2) == 0
