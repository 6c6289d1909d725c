"""Author mode's tools, each with real widgets: Moodle import from the menu, the course check, find and
replace, the recovery file, the scenario, reflection and teacher-note forms, the colours, and the rules
about who may install a pack."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from literacy_app.content.model import Reflection, Scenario, TeacherNotes
from literacy_app.content.starter_lesson import write_starter
from literacy_app.ui.author.author_window import AuthorWindow
from literacy_app.ui.author.context import AuthorContext
from tests.conftest import FIXTURES, click
from tests.ui.author_helpers import answer_file_dialog, documents

GIFT = FIXTURES / "moodle" / "gift" / "questions.gift.txt"


def open_author(qtbot, path: Path | None, tmp_path: Path, **context) -> AuthorWindow:
    window = AuthorWindow(path, context=AuthorContext(recovery_dir=tmp_path / "recovery", **context))
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.document().setModified(False))
    window.show()
    return window


def line_of(window: AuthorWindow, text: str) -> int:
    return next(n for n, line in enumerate(window.editor.toPlainText().split("\n"), 1) if text in line)


def test_import_gift_from_the_menu_opens_in_documents_and_says_what_was_skipped(qtbot, tmp_path, monkeypatch):
    docs = documents(monkeypatch, tmp_path)
    course = tmp_path / "course"
    window = open_author(qtbot, None, tmp_path)
    window.open_folder(course)
    seen = answer_file_dialog(GIFT)
    window.workshop.import_gift_action.trigger()
    assert seen == [docs]
    summary = window.workshop.last_summary
    assert summary.headline.text() == "questions.gift.txt is now the lesson “Questions.gift”"
    assert window.path == course / "questions-gift" / "lesson.md"
    assert summary.done_list.toPlainText().startswith("• ")
    assert window.course.tree.topLevelItemCount() == 1  # the course list shows the new lesson


def test_export_gift_writes_the_file_chosen_in_documents(qtbot, tmp_path, monkeypatch):
    docs = documents(monkeypatch, tmp_path)
    path = write_starter(tmp_path / "course", "First", "Mine")
    window = open_author(qtbot, path, tmp_path)
    seen = answer_file_dialog(docs / "first.gift")
    window.workshop.export_gift_action.trigger()
    assert seen == [docs]
    assert window.workshop.last_summary.headline.text() == "“First” was exported as GIFT to first.gift"
    assert (docs / "first.gift").read_text(encoding="utf-8").startswith("// First (first)")


def test_installing_a_pack_is_for_teacher_mode(qtbot, tmp_path):
    window = open_author(qtbot, None, tmp_path, lessons_dir=tmp_path / "lessons", may_install=lambda: False)
    window.workshop.install_action.trigger()
    summary = window.workshop.last_summary
    assert not summary.summary.ok
    assert summary.headline.text() == "Installing lessons is part of teacher mode. Enter the teacher PIN first."


def test_checking_a_course_lists_problems_per_file_and_a_click_goes_there(qtbot, tmp_path):
    course = tmp_path / "course"
    first = write_starter(course, "Same", "M")
    second = course / "copy" / "lesson.md"
    second.parent.mkdir()
    second.write_text(first.read_text(encoding="utf-8").replace("title: \"Same\"", "title: \"Copy\""),
                      encoding="utf-8")
    window = open_author(qtbot, None, tmp_path)
    window.open_folder(course)
    window.check_folder_action.trigger()
    assert window.course.summary.text() == "2 lessons checked: 1 error, 0 warnings."
    [problem] = window.course.problem_items()
    assert problem.text(0).startswith("✘ 2:1 lesson id 'same' is already used by ")
    rect = window.course.tree.visualItemRect(problem)
    qtbot.mouseClick(window.course.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.path == first and window.editor.line == 2  # "copy" comes first, so "same" is the repeat


def test_find_and_replace_all_is_one_step_for_undo(qtbot, tmp_path):
    path = write_starter(tmp_path / "course", "First", "Mine")
    window = open_author(qtbot, path, tmp_path)
    original = window.editor.toPlainText()
    window.replace_action.trigger()
    bar = window.find_bar
    assert bar.isVisible() and bar.replace_edit.isVisible()
    qtbot.keyClicks(bar.find_edit, "learner")
    count = original.lower().count("learner")
    assert bar.status.text() == f"{count} found"
    qtbot.keyClicks(bar.replace_edit, "student")
    click(qtbot, bar.replace_all_button)
    assert bar.status.text() == f"{count} replaced"
    assert "learner" not in window.editor.toPlainText().lower()
    window.undo_action.trigger()
    assert window.editor.toPlainText() == original


def test_unsaved_text_comes_back_after_a_crash(qtbot, tmp_path, monkeypatch):
    path = write_starter(tmp_path / "course", "First", "Mine")
    window = open_author(qtbot, path, tmp_path)
    window.editor.go_to(1)
    qtbot.keyClicks(window.editor, "<!-- typed before the power cut -->")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    kept = window.autosave.save_now()
    assert json.loads(kept.read_text(encoding="utf-8"))["path"] == str(path)
    window.editor.document().setModified(False)  # the crash: nothing saved, nothing cleaned up
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    again = open_author(qtbot, path, tmp_path)
    assert asked == ["Author mode closed before the changes to lesson.md were saved. Bring them back?"]
    assert again.editor.toPlainText().startswith("<!-- typed before the power cut -->")
    assert again.isWindowModified()
    with qtbot.waitSignal(again.fileSaved):
        again.save_action.trigger()
    assert not kept.exists()  # saved: the recovery copy goes


def test_scenario_reflection_and_teacher_note_forms(qtbot, tmp_path):
    path = write_starter(tmp_path / "course", "First", "Mine")
    window = open_author(qtbot, path, tmp_path)
    # a node inside the scenario under the cursor, leading to an existing node
    window.editor.go_to(line_of(window, "### In the preview"))
    window.form_actions["node"].trigger()
    form = window.inserter.dialog
    qtbot.keyClicks(form.title, "Ask a friend")
    qtbot.keyClicks(form.text, "You show the draft to a colleague.")
    choice = form.choices.rows[0]
    qtbot.keyClicks(choice[0], "Fix what they found")
    choice[1].setCurrentText("end-ready")
    click(qtbot, form.ok_button)
    scenario = window.current_lesson().blocks(Scenario)[0]
    assert scenario.nodes[-1].id == "ask-a-friend"
    # a choice in the node at the cursor that leads to the new node
    window.editor.go_to(line_of(window, "The preview shows that one question"))
    window.form_actions["choice"].trigger()
    form = window.inserter.dialog
    qtbot.keyClicks(form.text, "Ask a friend to try it")
    form.target.setCurrentText("ask-a-friend")
    click(qtbot, form.ok_button)
    preview = next(n for n in window.current_lesson().blocks(Scenario)[0].nodes if n.id == "preview")
    assert [c.target for c in preview.choices] == ["end-ready", "end-almost", "ask-a-friend"]
    # one more choice for the new node, shown only from a score
    window.editor.go_to(line_of(window, "You show the draft to a colleague."))
    window.form_actions["choice"].trigger()
    form = window.inserter.dialog
    qtbot.keyClicks(form.text, "Thank them and leave it")
    form.target.setCurrentText("end-almost")
    click(qtbot, form.conditional)
    click(qtbot, form.ok_button)
    assert "- [Thank them and leave it](#end-almost) if score >= 0" in window.editor.toPlainText()
    node = window.current_lesson().blocks(Scenario)[0].nodes[-1]
    assert [c.target for c in node.choices] == ["end-ready", "end-almost"]
    # a reflection and a teacher note, on lines of their own under the cursor
    window.editor.go_to(line_of(window, "## Think about it"))
    window.form_actions["reflection"].trigger()
    form = window.inserter.dialog
    qtbot.keyClicks(form.prompt, "What will you try first?")
    click(qtbot, form.ok_button)
    window.form_actions["teacher"].trigger()
    form = window.inserter.dialog
    click(qtbot, form.ok_button)  # empty: the form says what is missing and stays open
    assert form.isVisible() and form.message.text() == "Write the note."
    qtbot.keyClicks(form.notes, "Pairs work well here.")
    click(qtbot, form.ok_button)
    lesson = window.current_lesson()
    assert [r.id for r in lesson.blocks(Reflection)] == ["what-will-you-try-first", "your-thoughts"]
    assert any("Pairs work well here." in n.markdown for n in lesson.blocks(TeacherNotes))
    assert lesson.problems == []


def test_a_choice_needs_the_cursor_in_a_scenario(qtbot, tmp_path):
    path = write_starter(tmp_path / "course", "First", "Mine")
    window = open_author(qtbot, path, tmp_path)
    window.editor.go_to(line_of(window, "## Read"))
    window.form_actions["choice"].trigger()
    assert window.inserter.dialog.text() == "Put the cursor in a scenario node first: the choice is added to that node."


def test_the_lesson_format_has_colours(qtbot, tmp_path):
    path = write_starter(tmp_path / "course", "First", "Mine")
    window = open_author(qtbot, path, tmp_path)
    document = window.editor.document()

    def colour_at(text: str, offset: int = 0) -> str:
        block = document.findBlockByNumber(line_of(window, text) - 1)
        for span in block.layout().formats():
            if span.start <= offset < span.start + span.length:
                return span.format.foreground().color().name()
        return ""

    formats = window.highlighter.formats
    assert colour_at("::: quiz check-yourself") == formats["block"].foreground().color().name()
    assert colour_at("## Read") == formats["step"].foreground().color().name()
    assert colour_at("Hint: Look at") == formats["key"].foreground().color().name()
    assert colour_at("title: ") == formats["front"].foreground().color().name()
    # the second line of a comment that spans several lines
    assert colour_at("comment, which the app ignores") == formats["comment"].foreground().color().name()


def test_the_preview_can_be_answered_and_nothing_is_kept(qtbot, tmp_path):
    from literacy_app.ui.activities.quiz_widget import QuizWidget

    path = write_starter(tmp_path / "course", "First", "Mine")
    window = open_author(qtbot, path, tmp_path)
    window.editor.go_to(line_of(window, "### What starts a new step"))
    quiz = window.preview.scroll.widget().findChild(QuizWidget)
    first = quiz.questions[0]
    right = next(i for i, c in enumerate(first.question.choices) if c.correct)
    click(qtbot, first.input.buttons[right])
    click(qtbot, first.submit_button)
    assert quiz.results["q-step"].correct  # scored like a learner's answer
    scratch = window.preview_session._folder
    assert scratch.is_dir() and tmp_path not in scratch.parents  # a scratch database, nowhere near the lesson
    window.close()
    assert not scratch.exists()  # thrown away with the window
