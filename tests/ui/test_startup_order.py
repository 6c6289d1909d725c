"""What waits for the first paint at start-up: the first lesson's activities (its text is painted first;
the learner then uses them exactly as usual), writing the lesson index and page caches, and the learner
picker when a start names the learner."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

from PySide6.QtWidgets import QWidget

from literacy_app.content.index_cache import CACHE_NAME, IndexCache
from literacy_app.content.page_cache import CACHE_NAME as PAGE_CACHE_NAME
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.activities.scenario_widget import ScenarioWidget
from literacy_app.ui.app import build_window
from literacy_app.ui.lesson.prose_view import ProseView
from literacy_app.ui.shell.profile_picker import ProfilePicker
from tests.conftest import FIXTURE_COURSE, click, gui_args

SANDWICH = """---
id: sandwich
title: Text around a quiz
module: Start-up
order: 1
---

## The only step

Text before the quiz.

::: quiz middle
### Is this before or after the text? {#q-place}
- [x] After
- [ ] Before
:::

Text after the quiz.
"""


def _content(window) -> QWidget:
    return window.lesson_view.scroll.widget()


def _column(window) -> list[str]:
    """What the step shows, top to bottom: 'text' for prose, the class name for anything else."""
    layout = _content(window).layout()
    kinds = []
    for index in range(layout.count()):
        widget = layout.itemAt(index).widget()
        if widget is not None:
            kinds.append("text" if isinstance(widget, ProseView) else type(widget).__name__)
    return kinds


def test_the_rest_of_the_step_follows_the_first_paint_in_order(qtbot, data_dir: Path, tmp_path: Path):
    lessons = tmp_path / "lessons" / "sandwich"
    lessons.mkdir(parents=True)
    (lessons / "lesson.md").write_text(SANDWICH, encoding="utf-8")
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(lessons.parent), "--profile", "Ana",
                                            "--lesson", "sandwich"),
                                   text_first=True)
    qtbot.addWidget(window)
    assert _column(window) == ["text"], "only the text above the first activity is built before the paint"
    assert window.lesson_view.step_label.text() == "Step 1 of 1: The only step"

    window.show()
    qtbot.waitUntil(lambda: _content(window).findChild(QuizWidget) is not None)
    assert _column(window) == ["text", "QuizWidget", "text"]
    assert "Text before the quiz." in _content(window).findChildren(ProseView)[0].toPlainText()
    # the step's two texts, one built before the paint and one after, are told apart by a screen reader
    names = [view.accessibleName() for view in _content(window).findChildren(ProseView)]
    assert len(names) == 2 and names[1] == f"{names[0]} (2)"


def test_activities_built_after_the_paint_answer_and_store_as_usual(qtbot, data_dir: Path):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana",
                                            "--lesson", "fixture-basics", "--step", "3"), text_first=True)
    qtbot.addWidget(window)
    assert _content(window).findChild(QuizWidget) is None
    window.show()
    qtbot.waitUntil(lambda: _content(window).findChild(QuizWidget) is not None)
    quiz = _content(window).findChild(QuizWidget)
    first = quiz.questions[0]
    right = next(button for index, button in first.input.buttons.items() if first.question.choices[index].correct)
    click(qtbot, right)
    click(qtbot, first.submit_button)
    assert first.result_label.text().startswith("✔ Correct")
    assert "Score: 1 of 3 points" in quiz.score_label.text()

    rows = sqlite3.connect(data_dir / "literacy.sqlite3").execute(
        "SELECT question_id, correct, score FROM answers").fetchall()
    assert rows == [("q-which", 1, 1.0)]

    # only the step shown at start-up waits for the paint: the next one is complete at once
    click(qtbot, window.lesson_view.next_button)
    assert window.lesson_view.step_label.text().startswith("Step 4 of 4")
    assert _content(window).findChild(ScenarioWidget) is not None


def test_moving_on_before_the_first_paint_leaves_the_new_step_whole(qtbot, data_dir: Path):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana",
                                            "--lesson", "fixture-basics", "--step", "3"), text_first=True)
    qtbot.addWidget(window)
    window.lesson_view.go_to(3)  # the step with the scenario, before anything was painted
    assert _content(window).findChild(ScenarioWidget) is not None
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: _content(window).isVisible())
    assert _content(window).findChild(QuizWidget) is None  # the start-up step's quiz never lands here
    assert window.lesson_view.step_label.text().startswith("Step 4 of 4")


def test_without_text_first_every_activity_is_there_at_once(qtbot, data_dir: Path):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana",
                                            "--lesson", "fixture-basics", "--step", "3"))
    qtbot.addWidget(window)
    assert _content(window).findChild(QuizWidget) is not None


def test_the_lesson_index_is_written_once_the_window_is_painted(qtbot, data_dir: Path):
    cache = data_dir / CACHE_NAME
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana"))
    qtbot.addWidget(window)
    assert not cache.exists()
    window.show()
    qtbot.waitUntil(cache.exists)
    entries = json.loads(cache.read_text(encoding="utf-8"))["entries"]
    assert str(FIXTURE_COURSE / "basics" / "lesson.md") in entries
    assert window.library.unsaved_index is None

    # the next start reads the lessons from it
    again = IndexCache(data_dir)
    lesson = again.get(FIXTURE_COURSE / "basics" / "lesson.md")
    assert lesson is not None and lesson.title == "Fixture basics" and again.hits == 1


def test_garbage_collection_held_back_at_start_up_runs_once_the_window_is_painted(qtbot, data_dir: Path):
    gc.disable()  # as cli.main does before the window is built
    try:
        window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana"))
        qtbot.addWidget(window)
        qtbot.wait(50)
        assert not gc.isenabled()  # not before the first paint
        window.show()
        qtbot.waitUntil(gc.isenabled)
        assert gc.get_freeze_count() > 0  # the modules loaded before the window stay out of later collections
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_idle_sign_out_starts_watching_input_a_pause_after_the_first_paint(qtbot, data_dir: Path):
    # an application-wide Python event filter makes PySide6 look up the class of every object an event
    # reaches: building the first lesson under one took 15 ms longer, and the rest of the step built just
    # after the paint made PySide6 create about 110 Python classes it never needed
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana"))
    qtbot.addWidget(window)
    gate = window.sign_in_gate
    assert gate.idle_timer.isActive() and not gate.watching and not gate.watch_pause.isActive()
    gate.watch_pause.setInterval(300)  # five seconds, shortened for the test
    window.show()
    qtbot.waitUntil(gate.watch_pause.isActive)  # painted: the pause before watching runs
    assert not gate.watching
    qtbot.waitUntil(lambda: gate.watching, timeout=3000)


def test_the_review_count_is_filled_in_once_the_window_is_painted(qtbot, data_dir: Path):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana"))
    qtbot.addWidget(window)
    room = window.learner_room
    assert "learner" not in window.services.__dict__  # the review's modules wait for the count
    assert room.review_button.text() == "Review my mistakes" and not room.review_button.isEnabled()
    window.show()
    qtbot.waitUntil(room.review_button.isEnabled)
    assert room.review_button.text() == "Review: nothing due" and room.progress_button.isEnabled()


def test_a_window_built_with_collection_on_leaves_it_alone(qtbot, data_dir: Path):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: (data_dir / CACHE_NAME).exists())  # the work after the first paint has run
    qtbot.wait(20)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_returning_learner_sees_the_same_step_from_the_page_cache(qtbot, data_dir: Path):
    args = gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana", "--lesson", "fixture-basics")
    first, _notice = build_window(args, text_first=True)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: (data_dir / PAGE_CACHE_NAME).exists())
    shown = [view.toHtml() for view in _content(first).findChildren(ProseView)]
    first.close()

    again, _notice = build_window(args, text_first=True)
    qtbot.addWidget(again)
    assert again.lesson_view.page_cache.hits == len(shown) == 2  # the objectives and the welcome text
    assert [view.toHtml() for view in _content(again).findChildren(ProseView)] == shown


def _sandwich_args(data_dir: Path, tmp_path: Path) -> Namespace:
    lessons = tmp_path / "lessons" / "sandwich"
    lessons.mkdir(parents=True)
    (lessons / "lesson.md").write_text(SANDWICH, encoding="utf-8")
    return gui_args(data_dir, "--lessons", str(lessons.parent), "--profile", "Ana", "--lesson", "sandwich")


def _first_run(qtbot, args: Namespace) -> list[str]:
    """A whole run: what the step shows, once the run has written the lesson index and the page cache."""
    first, _notice = build_window(args, text_first=True)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: _content(first).findChild(QuizWidget) is not None)
    qtbot.waitUntil(lambda: first.services.library.unsaved_index is None)  # the index is written
    first.services.page_cache.save()  # as the end of a run does
    shown = _column(first)
    first.close()
    return shown


def test_a_returning_learners_step_opens_from_the_page_cache_and_its_body_is_read_after_the_paint(
        qtbot, data_dir: Path, tmp_path: Path):
    args = _sandwich_args(data_dir, tmp_path)
    assert _first_run(qtbot, args) == ["text", "QuizWidget", "text"]

    again, _notice = build_window(args, text_first=True)
    qtbot.addWidget(again)
    lesson = again.lesson_view.lesson
    assert not lesson.steps_loaded  # the step's title, its number and its text came without the body
    assert again.lesson_view.step_label.text() == "Step 1 of 1: The only step"
    assert _column(again) == ["text"]
    assert "Text before the quiz." in _content(again).findChild(ProseView).toPlainText()
    again.show()
    qtbot.waitUntil(lambda: _content(again).findChild(QuizWidget) is not None)
    assert lesson.steps_loaded and _column(again) == ["text", "QuizWidget", "text"]
    quiz = _content(again).findChild(QuizWidget)  # answered and stored as usual
    question = quiz.questions[0]
    right = next(button for index, button in question.input.buttons.items() if question.question.choices[index].correct)
    click(qtbot, right)
    click(qtbot, question.submit_button)
    assert question.result_label.text().startswith("✔ Correct")
    assert sqlite3.connect(data_dir / "literacy.sqlite3").execute(
        "SELECT question_id, correct FROM answers").fetchall() == [("q-place", 1)]


def test_a_kept_opening_that_no_longer_matches_the_lesson_gives_way_to_the_step_as_it_is(
        qtbot, data_dir: Path, tmp_path: Path):
    args = _sandwich_args(data_dir, tmp_path)
    shown = _first_run(qtbot, args)
    # the file's time and size still match (an edit within the clock's resolution, a copy that kept both)
    cache = data_dir / PAGE_CACHE_NAME
    data = json.loads(cache.read_text(encoding="utf-8"))
    [key] = [key for key in data["openings"] if "sandwich" in key]
    data["openings"][key][1] = "An older title"
    data["openings"][key][2] = [[True, "Text from an older version of the lesson."]]
    cache.write_text(json.dumps(data), encoding="utf-8")
    index = json.loads((data_dir / CACHE_NAME).read_text(encoding="utf-8"))
    [entry] = [entry for key, entry in index["entries"].items() if "sandwich" in key]
    entry["step_count"] = 2
    (data_dir / CACHE_NAME).write_text(json.dumps(index), encoding="utf-8")

    again, _notice = build_window(args, text_first=True)
    qtbot.addWidget(again)
    assert again.lesson_view.step_label.text() == "Step 1 of 2: An older title"  # as kept: nothing read yet
    again.show()
    qtbot.waitUntil(lambda: _content(again).findChild(QuizWidget) is not None)
    assert again.lesson_view.step_label.text() == "Step 1 of 1: The only step"
    assert _column(again) == shown
    assert "older version" not in _content(again).findChild(ProseView).toPlainText()


NOTES_FIRST = """---
id: notes-first
title: Notes before a quiz
module: Start-up
order: 1
---

## The only step

Text for everyone.

::: teacher
Ask the class whom they follow.
:::

::: quiz check
### Is this a question? {#q-one}
- [x] Yes
- [ ] No
:::
"""


def test_teacher_notes_in_a_kept_opening_are_shown_to_the_teacher_only(qtbot, data_dir: Path, tmp_path: Path):
    lessons = tmp_path / "lessons" / "notes-first"
    lessons.mkdir(parents=True)
    (lessons / "lesson.md").write_text(NOTES_FIRST, encoding="utf-8")
    teacher = gui_args(data_dir, "--lessons", str(lessons.parent), "--teacher", "--lesson", "notes-first")
    assert _first_run(qtbot, teacher) == ["text", "text", "QuizWidget"]

    again, _notice = build_window(teacher, text_first=True)
    qtbot.addWidget(again)
    assert not again.lesson_view.lesson.steps_loaded and _column(again) == ["text", "text"]
    assert [view.accessibleName() for view in _content(again).findChildren(ProseView)] == [
        "Lesson text: The only step", "Teacher notes"]
    again.close()

    learner, _notice = build_window(gui_args(data_dir, "--lessons", str(lessons.parent), "--profile", "Ana",
                                             "--lesson", "notes-first"), text_first=True)
    qtbot.addWidget(learner)
    assert not learner.lesson_view.lesson.steps_loaded and _column(learner) == ["text"]
    learner.show()
    qtbot.waitUntil(lambda: _content(learner).findChild(QuizWidget) is not None)
    assert _column(learner) == ["text", "QuizWidget"]


def test_a_start_with_a_profile_builds_the_picker_only_when_the_learner_switches(qtbot, data_dir: Path):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana"))
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(ProfilePicker) is None
    assert window.stack.currentWidget() is window.splitter

    window.switch_action.trigger()
    picker = window.findChild(ProfilePicker)
    assert picker is not None and window.stack.currentWidget() is picker
    assert [picker.tiles.item(row).text() for row in range(picker.tiles.count())] == ["Ana"]
    click(qtbot, picker.add_button)  # no name typed: nothing happens
    picker.new_name.setText("Ben")
    click(qtbot, picker.add_button)
    assert window.stack.currentWidget() is window.splitter
    assert window.learner_label.text() == "Learning: Ben"
    names = sqlite3.connect(data_dir / "literacy.sqlite3").execute("SELECT name FROM profiles ORDER BY id").fetchall()
    assert names == [("Ana",), ("Ben",)]


def test_a_start_without_a_profile_shows_the_picker(qtbot, data_dir: Path):
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE)))
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.picker
    assert not window.switch_action.isEnabled()


# the start-up of `literacy-app --profile NAME` up to its first paint, in a fresh interpreter
FRESH_START = """
import json, sys
from PySide6.QtWidgets import QApplication
from literacy_app.cli import gui_parser
from literacy_app.ui.app import build_window
from literacy_app.ui.look.style import FUSION_ARGUMENTS, apply_style
app = QApplication(sys.argv[:1] + FUSION_ARGUMENTS)
style = app.style().name()
apply_style(app, made_with_fusion=True)
window, _ = build_window(gui_parser().parse_args(["--data-dir", sys.argv[1], "--profile", "Ana"]), text_first=True)
if sys.argv[2:] == ["keep-pages"]:  # what the end of a real run writes for the next start
    window.services.page_cache.save()
import linecache
print(json.dumps({"style": style, "step": window.lesson_view.step_label.text(),
                  "modules": sorted(sys.modules), "source_lines_kept": sorted(linecache.cache)}))
"""
LATER = {
    "configparser": "the settings file's parser: no literacy-app.ini here",
    "literacy_app.store.outbox": "the xAPI outbox: with the first answer",
    "literacy_app.content.packs": "lesson packs: when a teacher installs one",
    "literacy_app.ui.look.save_paths": "where files are saved and opened: with the first file dialog",
    "literacy_app.content.blocks.scenario_paths": "the scenario path search: when a scenario is checked",
    "literacy_app.services.teacher": "the teacher view",
    "literacy_app.services.sign_in": "sign-in: only when the school turned it on",
    "literacy_app.store.learner_secrets": "the learners' pictures and codes: the same",
    "literacy_app.store.lrs_sender": "LRS delivery: after the first paint",
    "literacy_app.learning.review": "the review schedule: its count follows the first paint",
    "ctypes": "the C library's allocator (large_buffers, free_heap): with the first PDF, just after the "
              "first paint",
    "literacy_app.ui.lesson.lesson_progress": "what is left in a lesson: when its last step is finished",
}


def test_a_fresh_start_loads_what_later_actions_need_only_then(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", FRESH_START, str(tmp_path / "data")], capture_output=True,
                          text=True, env=env, cwd=Path(__file__).resolve().parents[2], timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    start = json.loads(done.stdout.strip().splitlines()[-1])
    assert start["style"] == "fusion"  # chosen when the application was made
    assert start["step"].startswith("Step 1 of ")  # the first lesson is there, ready to paint
    assert "literacy_app.content.model" in start["modules"]  # the list is the real one
    loaded_early = {name: why for name, why in LATER.items() if name in start["modules"]}
    assert loaded_early == {}
    # PySide6 reads the source of modules imported while it loads (enum.py is 80 KB of lines); none is kept
    assert start["source_lines_kept"] == []


# what a returning learner's start needs no more than a fresh one (LATER), and besides
RETURNING_LATER = {
    "literacy_app.content.render": "Markdown's renderer and its patterns: the pages shown come from the page cache",
    "literacy_app.ui.look.contrast": "the contrast pairs the themes are measured by: tests only",
}


def test_a_returning_learners_start_renders_no_page(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))

    def start(*extra: str) -> dict:
        done = subprocess.run([sys.executable, "-c", FRESH_START, str(tmp_path / "data"), *extra], capture_output=True,
                              text=True, env=env, cwd=Path(__file__).resolve().parents[2], timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    first = start("keep-pages")
    assert "literacy_app.content.render" in first["modules"]  # a first start renders its pages
    again = start()
    assert again["step"] == first["step"]
    loaded = {name: why for name, why in (LATER | RETURNING_LATER).items() if name in again["modules"]}
    assert loaded == {}


# a real start (the command line, the first-paint probe of the benchmarks): at the probe's report, just after
# the first paint and before what waits for it, print whether PySide6 has built its Qt namespace by then
NAMESPACE_AT_FIRST_PAINT = """
import json, os, sys
from PySide6 import QtCore
from literacy_app.ui.shell import first_paint

def report(probe):
    print(json.dumps({"qt_namespace_built": "Qt" in vars(QtCore), "modules": sorted(sys.modules)}), flush=True)
    os._exit(0)

first_paint.FirstPaintProbe._finish = report
from literacy_app.cli import main
main(sys.argv[1:])
"""


# what a returning learner's first frame is painted without (the step opens as the page cache kept it)
AFTER_THE_FIRST_PAINT = {
    "literacy_app.content.parse": "the lesson's body: read just after the paint",
    "literacy_app.content.blocks": "the block types: with the body, and the index's check of them",
    "literacy_app.learning.scoring": "scoring: with the first answer",
    "literacy_app.ui.print.print_dialog": "the print dialog: when the learner first prints",
}


def test_a_returning_learners_first_frame_is_painted_without_the_qt_namespace_or_the_lesson_body(tmp_path: Path):
    # building it takes about 10 ms (93 enums): see ui/lazy_qt.py
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               LITERACY_APP_FIRST_PAINT=str(tmp_path / "painted"))
    command = ["--data-dir", str(tmp_path / "data"), "--profile", "Ana"]
    cwd = Path(__file__).resolve().parents[2]
    first = subprocess.run([sys.executable, "-m", "literacy_app", *command], capture_output=True, text=True,
                           env=env, cwd=cwd, timeout=120, check=False)
    assert first.returncode == 0, first.stderr  # painted, waited for the work after the paint, quit
    again = subprocess.run([sys.executable, "-c", NAMESPACE_AT_FIRST_PAINT, *command], capture_output=True,
                           text=True, env=env, cwd=cwd, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    painted = json.loads(again.stdout.strip().splitlines()[-1])
    assert painted["qt_namespace_built"] is False
    assert "literacy_app.ui.lesson.lesson_view" in painted["modules"]  # the list is the real one
    assert {name: why for name, why in AFTER_THE_FIRST_PAINT.items() if name in painted["modules"]} == {}
