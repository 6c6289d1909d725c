"""The soak benchmark's driver (benchmarks/soak_driver.py) keeps working against the real window: 200 random
learner actions with a fixed seed raise nothing, and every answer and reflection it gave is stored under its
learner; the answers are shown again when that learner signs in again and reopens the step. Not timed
(bench_soak measures memory)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from benchmarks.soak_driver import SoakDriver, soak_arguments
from literacy_app.cli import gui_parser
from literacy_app.ui.activities.question_widget import QuestionWidget
from literacy_app.ui.activities.reflection_widget import ReflectionWidget
from literacy_app.ui.app import build_window
from literacy_app.ui.shell.main_window import PREFERRED_SIZE

SEED = 13  # with this seed the 200 actions include every kind the test names below
ACTIONS = 200


def sign_in(qtbot, window, name: str) -> None:
    """Back to "Who's learning?" and a click on the learner's tile."""
    if window.switch_action.isEnabled():
        window.switch_action.trigger()
    tiles = window.picker.tiles
    item = next(tiles.item(row) for row in range(tiles.count()) if tiles.item(row).text() == name)
    qtbot.mouseClick(tiles.viewport(), Qt.MouseButton.LeftButton, pos=tiles.visualItemRect(item).center())
    assert window.session.profile.name == name


def shown(window, lesson_id: str, step: int, kind: type) -> list:
    window.open_lesson(lesson_id, step)
    return window.lesson_view.scroll.widget().findChildren(kind)


def test_soak_driver_does_200_learner_actions_without_an_error_and_everything_given_is_kept(qtbot, tmp_path):
    data = tmp_path / "data"
    window, _ = build_window(gui_parser().parse_args(soak_arguments(data, tmp_path / "extra")))
    qtbot.addWidget(window)
    window.show_at_size(PREFERRED_SIZE)
    window.show()
    driver = SoakDriver(window, SEED)

    driver.run(ACTIONS)

    assert driver.tally.exceptions == 0 and driver.tally.qt_critical == 0
    assert sum(driver.tally.actions.values()) == ACTIONS
    for kind in ("add learner", "choose learner", "switch learner", "open lesson", "next", "back", "answer",
                 "scenario choice", "write reflection", "save reflection", "tag a cue", "check feed", "bigger text",
                 "smaller text"):
        assert driver.tally.actions[kind] > 0, kind
    assert driver.kinds_submitted["numeric"] > 0  # numbers were typed and submitted

    # stored: exactly the answers submitted, each under the learner who gave it
    db = sqlite3.connect(data / "literacy.sqlite3")
    stored = set(db.execute(
        "SELECT p.name, a.lesson_id, a.block_id, n.question_id FROM answers n JOIN attempts a ON a.id = n.attempt_id "
        "JOIN profiles p ON p.id = a.profile_id WHERE a.kind = 'quiz'"))
    db.close()
    assert stored == driver.submitted

    # shown: each learner, signed in again, sees their latest answers, locked, and that a reflection is kept
    assert driver.given and driver.reflections
    learners = {key[0] for key in driver.given} | {key[0] for key in driver.reflections}
    for name in sorted(learners):
        sign_in(qtbot, window, name)
        for (learner, lesson_id, _block, question_id), given in driver.given.items():
            if learner != name:
                continue
            question = next(q for q in shown(window, lesson_id, given.step, QuestionWidget)
                            if q.question.id == question_id)
            assert question.answered and not question.submit_button.isEnabled()
            assert SoakDriver.shown_response(question) == given.response, (name, question_id)
        for (learner, lesson_id, block_id), (step, text) in driver.reflections.items():
            if learner == name:
                widget = next(r for r in shown(window, lesson_id, step, ReflectionWidget)
                              if r.reflection.id == block_id)
                # kept, but private once the learner has switched: a note says so instead of the text
                assert window.session.reflection(widget.lesson, block_id) == text
                assert widget.editor.toPlainText() == "" and widget.private_note.isVisible()
                assert widget.private_note.text().startswith("You wrote a reflection on")
