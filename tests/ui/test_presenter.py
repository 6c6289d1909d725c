"""Presenter mode: the lesson one slide at a time in large type, PageDown and PageUp (a clicker's keys), the
teacher clicks the class's choice, teacher notes on a second screen in teacher mode, nothing stored."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QRect, Qt

from literacy_app.content.library import load_library
from literacy_app.ui.app import build_window
from literacy_app.ui.presenter.presenter_window import PresenterWindow, presenter_points
from literacy_app.ui.presenter.slide_views import QuestionSlide, ScenarioSlide
from literacy_app.ui.presenter.slides import build_deck
from tests.conftest import FIXTURE_COURSE, click, gui_args

LESSON = load_library([FIXTURE_COURSE]).lesson("fixture-basics")


class FakeScreen:
    """Stands in for a QScreen (offscreen Qt has only one)."""

    def __init__(self, x: int) -> None:
        self.rect = QRect(x, 0, 1280, 800)

    def geometry(self) -> QRect:
        return self.rect

    def availableGeometry(self) -> QRect:  # noqa: N802 (Qt name)
        return self.rect


def presenter(qtbot, **options) -> PresenterWindow:
    window = PresenterWindow(build_deck(LESSON), **options)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_deck_has_a_slide_per_step_text_question_and_scenario():
    deck = build_deck(LESSON)
    assert [(slide.kind, slide.step) for slide in deck.slides] == [
        ("title", -1), ("prose", 0), ("prose", 1), ("question", 2), ("question", 2), ("scenario", 3)]
    assert deck.notes == {3: ["Fixture notes for teachers only."]}
    assert deck.first_slide_of_step(2) == 3


def test_page_down_and_page_up_move_one_slide(qtbot):
    window = presenter(qtbot)
    assert window.index == 0 and window.position_label.text() == "1 of 6"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.index == 1 and "One-sided bonds" not in window.header.text()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.index == 2 and window.header.text() == "Fixture basics · One-sided bonds"
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.index == 1
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.index == 5
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # the last slide stays
    assert window.index == 5
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.index == 0


def test_large_type(qtbot):
    window = presenter(qtbot, base_pt=12.0)
    assert window.font().pointSizeF() == presenter_points(12.0) == 24.0
    assert presenter_points(30.0) == 60.0 and presenter_points(6.0) == 20.0


def test_the_teacher_clicks_the_class_choice_of_a_question(qtbot):
    window = presenter(qtbot)
    window.go_to(3)
    view = window.view
    assert isinstance(view, QuestionSlide) and not view.verdict.isVisible()
    click(qtbot, view.rows[0].button)  # the class voted A (wrong)
    assert view.verdict.text().startswith("The class chose A: ✘ not right. The answer: B")
    assert "Only one side takes part" in view.explanation.text()
    window.next()
    qtbot.keyClick(window, Qt.Key.Key_A)  # show the answer without a vote
    assert window.view.verdict.text().startswith("The answer: A (A radio host.), B (A vlogger")


def test_a_scenario_part_by_part_with_number_keys_and_tallies(qtbot):
    window = presenter(qtbot)
    window.go_to(5)
    view = window.view
    assert isinstance(view, ScenarioSlide) and view.title.text() == "<b>The code drop</b>"
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert view.rows[0].tally.isVisibleTo(window)
    view.rows[1].tally.setValue(17)
    qtbot.keyClick(window, Qt.Key.Key_2)  # the class chose "Check for an #ad label first"
    assert view.title.text() == "<b>Looking closer</b>" and view.score == 1
    assert "Good instinct" in view.feedback.text()
    qtbot.keyClick(window, Qt.Key.Key_1)  # "Skip it"
    assert "The end: Thoughtful skip" in view.verdict.text()
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # back one part, not one slide
    assert window.index == 5 and view.title.text() == "<b>Looking closer</b>"
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert view.title.text() == "<b>The code drop</b>"


def test_teacher_notes_go_to_the_second_screen_in_teacher_mode_only(qtbot):
    window = presenter(qtbot, teacher_notes=True)
    window.go_to(5)
    home, projector = FakeScreen(0), FakeScreen(1280)
    assert window.place([home, projector], home)
    assert window.geometry().x() == 1280 or window.isFullScreen()
    notes = window.notes_panel
    assert notes.isVisible() and "Fixture notes for teachers only." in notes.notes.toPlainText()
    assert "Endings and their points" in notes.answer.text()
    window.close()
    assert not notes.isVisible()

    learner = presenter(qtbot)  # not in teacher mode: no notes anywhere
    assert not learner.place([home, projector], home)
    learner.go_to(5)
    assert "Fixture notes" not in learner.notes_panel.notes.toPlainText()
    qtbot.keyClick(learner, Qt.Key.Key_N)
    assert not learner.notes_panel.isVisible()


def test_presenter_mode_from_the_window_stores_nothing(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana",
                                      "--lesson", "fixture-basics", "--step", "3"))
    qtbot.addWidget(window)
    window.show()
    db = sqlite3.connect(data_dir / "literacy.sqlite3")
    before = [db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
              for table in ("attempts", "answers", "scenario_runs", "review_answers")]
    window.presenter_command.action.trigger()
    shown = window.presenter_command.presenter
    qtbot.addWidget(shown)
    assert shown.isFullScreen() and shown.index == 3  # it starts at the step the teacher is on
    click(qtbot, shown.view.rows[1].button)
    shown.go_to(5)
    shown.view.choose(0)
    qtbot.waitUntil(shown.isActiveWindow)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    after = [db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
             for table in ("attempts", "answers", "scenario_runs", "review_answers")]
    db.close()
    assert after == before


def test_every_control_has_a_name(qtbot):
    from tests.ui.test_accessibility import unnamed_or_unreachable

    window = presenter(qtbot, teacher_notes=True)
    for index in range(len(window.deck.slides)):
        window.go_to(index)
        window.toggle_tallies()
        assert unnamed_or_unreachable(window) == [], index
