"""A teacher writes a lesson without a terminal: New lesson form, a picture by file, a quiz question and a
feed post from the forms, a problem that comes and goes while typing, the preview as teacher, Save, a
lesson pack, and the pack installed in another data folder, where the lesson shows in the sidebar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from literacy_app.content.model import Feed, Quiz
from literacy_app.ui.app import build_window
from literacy_app.ui.author.author_window import AuthorWindow
from literacy_app.ui.lesson.prose_view import ProseView
from tests.conftest import click, gui_args
from tests.ui.author_helpers import answer_file_dialog, documents, picture


def line_of(window: AuthorWindow, text: str) -> int:
    return next(n for n, line in enumerate(window.editor.toPlainText().split("\n"), 1) if text in line)


def teacher_window(qtbot, data_dir: Path):
    window, _notice = build_window(gui_args(data_dir, "--profile", "Ana"))
    qtbot.addWidget(window)
    window.show()
    window.teacher_mode.enter()  # the PIN itself is covered by the teacher-mode tests
    return window


def author_from_teacher_view(qtbot, window) -> AuthorWindow:
    """The teacher view's "Author mode…" button, in its header row after "Leave teacher mode"."""
    dashboard = window.teacher_mode.dashboard
    buttons = dashboard.header_bar.buttons()  # the header row, left to right
    assert buttons.index(dashboard.author_button) > buttons.index(dashboard.leave_button)
    click(qtbot, dashboard.author_button)
    author = window.author_window
    qtbot.addWidget(author, before_close_func=lambda w: w.editor.document().setModified(False))
    return author


def shown_prose(author: AuthorWindow) -> list[str]:
    return [view.toPlainText() for view in author.preview.scroll.widget().findChildren(ProseView)]


def test_a_lesson_from_the_new_lesson_form_to_another_computer(qtbot, tmp_path, monkeypatch):
    docs = documents(monkeypatch, tmp_path)
    here = teacher_window(qtbot, tmp_path / "data-here")
    author = author_from_teacher_view(qtbot, here)
    assert author.stack.currentWidget() is author.start_page

    # File > New lesson: title, module, language
    author.new_action.trigger()
    form = author.new_dialog
    qtbot.keyClicks(form.title, "Spotting sponsored posts")
    form.module.setCurrentText("")
    qtbot.keyClicks(form.module.lineEdit(), "Media literacy")
    form.language.setCurrentIndex(form.language.findData("fr"))
    course = docs / "Media Literacy Lab lessons"
    assert form.where.text() == (f"It will be saved as {course / 'spotting-sponsored-posts' / 'lesson.md'}, "
                                 "with the id “spotting-sponsored-posts”.")
    click(qtbot, form.ok_button)
    path = course / "spotting-sponsored-posts" / "lesson.md"
    assert author.path == path and path.is_file()
    assert author.problems.problems == []
    lesson = author.current_lesson()
    assert (lesson.id, lesson.module, lesson.language) == ("spotting-sponsored-posts", "Media literacy", "fr")
    assert author.course.folder == course and author.course.tree.topLevelItemCount() == 1

    # Insert > Picture: chosen by file, described, copied into images/, written at the cursor
    author.editor.go_to(line_of(author, "Write the text learners read"))
    author.form_actions["picture"].trigger()
    dialog = author.inserter.dialog
    answer_file_dialog(picture(tmp_path / "camera" / "Big Photo.png", 2400, 1200))
    click(qtbot, dialog.choose_button)
    qtbot.keyClicks(dialog.alt, "A phone showing a post with #ad")
    click(qtbot, dialog.ok_button)
    assert "![A phone showing a post with #ad](images/big-photo.png)" in author.editor.toPlainText()
    copied = path.parent / "images" / "big-photo.png"
    assert QImage(str(copied)).width() == 1600  # a huge photo is made smaller
    author.update_preview()
    assert author.problems.problems == []

    # Insert > Quiz question, with the cursor in the quiz: the question joins that quiz
    author.editor.go_to(line_of(author, "### Which word opens a question block"))
    author.form_actions["question"].trigger()
    form = author.inserter.dialog
    qtbot.keyClicks(form.prompt, "Which post is an ad?")
    assert form.id_field.text() == "which-post-is-an-ad"
    right, wrong = form.choices.rows[0], form.choices.rows[1]
    qtbot.keyClicks(right[1], "The one tagged #ad")
    click(qtbot, right[0])
    qtbot.keyClicks(wrong[1], "The one from a friend")
    qtbot.keyClicks(wrong[2], "Friends are not paid to post.")
    click(qtbot, form.ok_button)
    quiz = author.current_lesson().blocks(Quiz)[0]
    assert [q.id for q in quiz.questions][-1] == "which-post-is-an-ad"
    assert len(quiz.questions) == 7 and author.problems.problems == []
    before_post = author.editor.toPlainText()

    # Insert > Feed post, with cue tick boxes, and a cue of the teacher's own
    author.editor.go_to(line_of(author, "### Sam Sample"))
    author.form_actions["post"].trigger()
    form = author.inserter.dialog
    assert list(form.cue_boxes) == ["urgency", "engagement-bait", "affiliate-link"]  # the feed's own cues
    qtbot.keyClicks(form.author, "Kim Example")
    qtbot.keyClicks(form.handle, "kim.example")
    qtbot.keyClicks(form.text, "Use my code KIM10 for 10% off!")
    click(qtbot, form.cue_boxes["affiliate-link"])
    qtbot.keyClicks(form.other_cue, "discount code")
    qtbot.keyClicks(form.explanation, "The code earns Kim money.")
    click(qtbot, form.ok_button)
    feed = author.current_lesson().blocks(Feed)[0]
    assert feed.cues == ["urgency", "engagement-bait", "affiliate-link", "discount-code"]
    assert (feed.posts[-1].id, feed.posts[-1].cues) == ("kim-example", ["affiliate-link", "discount-code"])
    assert author.problems.problems == []

    # Undo takes the post back; Redo brings it again
    while author.editor.toPlainText() != before_post and author.undo_action.isEnabled():
        author.undo_action.trigger()
    assert author.editor.toPlainText() == before_post
    while author.redo_action.isEnabled():
        author.redo_action.trigger()
    assert len(author.current_lesson().blocks(Feed)[0].posts) == 3

    # a problem appears while typing, and goes once the typing fixes it
    author.editor.go_to(line_of(author, "duration: 30"), len("duration: 30") + 1)
    with qtbot.waitSignal(author.previewUpdated, timeout=5000):
        qtbot.keyClicks(author.editor, "min")
    assert author.problems.item(0).text().endswith("warning: duration should be a number of minutes")
    with qtbot.waitSignal(author.previewUpdated, timeout=5000):
        for _ in range(3):
            qtbot.keyClick(author.editor, Qt.Key.Key_Backspace)
    assert author.problems.item(0).text() == "✔ No problems: the lesson passes the check."

    # the preview at the current step, as a learner and as the teacher (with teacher notes)
    author.editor.go_to(line_of(author, "Timing: 5 min reading"))
    assert author.preview.step_label.text() == "Step 6 of 6: Think about it"
    assert not any(text.startswith("Teacher notes") for text in shown_prose(author))
    click(qtbot, author.preview_pane.teacher_button)
    assert any(text.startswith("Teacher notes\nTiming: 5 min reading") for text in shown_prose(author))
    assert author.as_teacher_action.isChecked()

    # Save, then File > Make a lesson pack: the dialog opens in Documents
    with qtbot.waitSignal(author.fileSaved):
        author.save_action.trigger()
    assert path.read_text(encoding="utf-8") == author.editor.toPlainText()
    pack = docs / "sponsored.zip"
    seen = answer_file_dialog(pack)
    author.workshop.pack_action.trigger()
    assert seen == [docs]
    assert author.workshop.last_summary.headline.text() == "sponsored.zip holds 1 lesson"
    assert pack.is_file()

    # another computer (another data folder): the teacher installs the pack from author mode
    there = teacher_window(qtbot, tmp_path / "data-there")
    assert there.library.lesson("spotting-sponsored-posts") is None
    elsewhere = author_from_teacher_view(qtbot, there)
    seen = answer_file_dialog(pack)
    elsewhere.workshop.install_action.trigger()
    assert seen == [docs]
    summary = elsewhere.workshop.last_summary
    assert summary.headline.text() == "1 lesson from sponsored.zip are now in the library"
    installed = there.library.lesson("spotting-sponsored-posts")
    assert installed is not None and (installed.folder / "images" / "big-photo.png").is_file()
    modules = [there.sidebar.topLevelItem(i) for i in range(there.sidebar.topLevelItemCount())]
    in_sidebar = {module.text(0).split("\n")[0]: [module.child(j).data(0, Qt.ItemDataRole.UserRole)
                                                  for j in range(module.childCount())] for module in modules}
    assert in_sidebar["Media literacy"] == ["spotting-sponsored-posts"]
