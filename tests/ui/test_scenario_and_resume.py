"""Play the scenario to an ending; close the app, reopen it, and be back where you were."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QUrl

from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.activities.scenario_widget import ScenarioWidget
from literacy_app.ui.app import build_window
from literacy_app.ui.lesson.prose_view import ProseView
from tests.conftest import FIXTURE_COURSE, click, gui_args


def open_window(qtbot, data_dir, *extra):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), *extra))
    qtbot.addWidget(window)
    window.show()
    return window


def button_named(scenario: ScenarioWidget, text: str):
    return next(b for b in scenario.choice_buttons if b.accessibleName() == text)


def test_play_scenario_to_an_ending_and_replay(qtbot, data_dir):
    window = open_window(qtbot, data_dir, "--profile", "Sam", "--lesson", "fixture-basics", "--step", "4")
    scenario = window.lesson_view.scroll.widget().findChild(ScenarioWidget)
    assert scenario.title_label.text() == "<b>The code drop</b>"
    click(qtbot, button_named(scenario, "Check for an #ad label first"))
    assert "Good instinct." in scenario.feedback_label.text()
    assert scenario.path_label.text() == "Your path: The code drop → Looking closer"
    assert scenario.back_button.isVisible()
    click(qtbot, scenario.back_button)
    assert scenario.current.id == "start"
    click(qtbot, button_named(scenario, "Check for an #ad label first"))
    click(qtbot, button_named(scenario, "Skip it"))
    assert scenario.title_label.text() == "<b>Ending: Thoughtful skip</b>"
    assert "You scored 2 of 2." in scenario.body_label.text()
    assert scenario.replay_button.isVisible() and not scenario.choice_buttons
    assert "Played 1 time. Best: 2 of 2 (Thoughtful skip)." == scenario.history_label.text()

    db = sqlite3.connect(data_dir / "literacy.sqlite3")
    assert db.execute("SELECT path, ending_id, outcome, score FROM scenario_runs").fetchall() == [
        ('["start", "checked", "end-skip"]', "end-skip", "Thoughtful skip", 2.0)]
    assert db.execute("SELECT kind, score, max_score FROM attempts").fetchall() == [("scenario", 2.0, 2.0)]

    click(qtbot, scenario.replay_button)
    assert scenario.current.id == "start" and len(scenario.choice_buttons) == 2
    click(qtbot, button_named(scenario, "Buy right away"))
    assert scenario.title_label.text() == "<b>Ending: Impulse buy</b>"
    assert db.execute("SELECT COUNT(*) FROM scenario_runs").fetchone() == (2,)


def test_close_and_reopen_resumes_lesson_step_and_answers(qtbot, data_dir):
    window = open_window(qtbot, data_dir, "--profile", "Ana")
    assert window.lesson_view.lesson.id == "fixture-basics"  # the first lesson of the library
    click(qtbot, window.lesson_view.next_button)
    click(qtbot, window.lesson_view.next_button)
    assert window.lesson_view.step == 2
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    first = quiz.questions[0]
    click(qtbot, first.input.buttons[0])
    click(qtbot, first.submit_button)
    assert first.result_label.text().startswith("✘ Not quite")
    window.resize(760, 560)
    window.close()

    again = open_window(qtbot, data_dir, "--profile", "Ana")
    assert again.lesson_view.lesson.id == "fixture-basics"
    assert again.lesson_view.step == 2
    assert again.lesson_view.step_label.text() == "Step 3 of 4: Check yourself"
    assert (again.width(), again.height()) == (760, 560)
    restored = again.lesson_view.scroll.widget().findChild(QuizWidget).questions[0]
    assert restored.answered and restored.input.buttons[0].isChecked()
    assert not restored.input.buttons[0].isEnabled()
    assert restored.result_label.text().startswith("✘ Not quite")


def test_picker_creates_and_switches_learners(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    picker = window.picker
    assert window.stack.currentWidget() is picker and picker.tiles.count() == 0
    qtbot.keyClicks(picker.new_name, "Maya Chen")
    click(qtbot, picker.add_button)
    assert window.stack.currentWidget() is window.splitter
    assert window.learner_label.text() == "Learning: Maya Chen"
    click(qtbot, window.lesson_view.next_button)
    window.switch_action.trigger()
    assert window.stack.currentWidget() is picker and window.session.profile is None
    assert [picker.tiles.item(i).text() for i in range(picker.tiles.count())] == ["Maya Chen"]
    qtbot.keyClicks(picker.new_name, "Leo")
    qtbot.keyClick(picker.new_name, "\r")
    assert window.lesson_view.step == 0  # Leo starts at the beginning, Maya's progress is hers
    window.switch_action.trigger()
    maya = next(picker.tiles.item(i) for i in range(picker.tiles.count()) if picker.tiles.item(i).text() == "Maya Chen")
    picker.tiles.setCurrentItem(maya)
    qtbot.keyClick(picker.tiles, "\r")
    assert window.learner_label.text() == "Learning: Maya Chen" and window.lesson_view.step == 1


def test_external_links_need_confirmation_and_remote_images_are_not_fetched(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("literacy_app.ui.lesson.prose_view.QDesktopServices.openUrl", lambda url: opened.append(url))
    (tmp_path / "pic.png").write_bytes((FIXTURE_COURSE / "basics/images/dot.png").read_bytes())
    view = ProseView('<p><a href="https://example.org/x">site</a><img src="https://example.org/t.png">'
                     '<img src="pic.png"><img src="../secret.png"></p>', tmp_path / "")
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    answers = iter([False, True])
    view.confirm_external = lambda url: next(answers)
    view.anchorClicked.emit(QUrl("https://example.org/x"))
    assert opened == []
    view.anchorClicked.emit(QUrl("https://example.org/x"))
    assert opened == [QUrl("https://example.org/x")]
    images = {url.rsplit("/", 1)[-1]: image.width() for url, image in view._images.items()}
    assert images == {"pic.png": 8, "t.png": 220, "secret.png": 220}  # 220: the placeholder
