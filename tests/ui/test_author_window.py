"""Author mode: typing updates the preview and the problems, problems jump to lines, templates, saving, reload."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from literacy_app.cli import main as cli_main
from literacy_app.content.blocks import lesson_counts
from literacy_app.ui.activities.feed_widget import FeedWidget
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.activities.scenario_widget import ScenarioWidget
from literacy_app.ui.author.author_window import AuthorWindow


def starter(tmp_path: Path) -> Path:
    assert cli_main(["new", str(tmp_path / "lesson"), "--title", "Starter"]) == 0
    return tmp_path / "lesson" / "lesson.md"


def open_author(qtbot, path: Path) -> AuthorWindow:
    window = AuthorWindow(path)
    # at teardown, leave without the "unsaved changes" question (a modal dialog would wait forever)
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.document().setModified(False))
    window.show()
    return window


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if text in line)


def test_preview_shows_the_step_at_the_cursor_with_real_widgets(qtbot, tmp_path):
    path = starter(tmp_path)
    window = open_author(qtbot, path)
    assert window.problems.item(0).text() == "✔ No problems: the lesson passes the check."
    window.editor.go_to(line_of(path, "::: quiz"))
    assert window.preview.step_label.text().startswith("Step 3 of 6")
    assert window.preview.scroll.widget().findChild(QuizWidget) is not None
    window.editor.go_to(line_of(path, "::: scenario"))
    assert window.preview.scroll.widget().findChild(ScenarioWidget) is not None
    window.editor.go_to(line_of(path, "::: feed"))
    assert window.preview.scroll.widget().findChild(FeedWidget) is not None


def test_typing_a_mistake_lists_it_and_a_click_jumps_to_its_line(qtbot, tmp_path):
    path = starter(tmp_path)
    window = open_author(qtbot, path)
    target = line_of(path, "Hint: Look at the headings of this lesson.")
    window.editor.go_to(target, 1)
    with qtbot.waitSignal(window.previewUpdated, timeout=5000) as updated:
        qtbot.keyClicks(window.editor, "Hintt: typo")
        qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    assert updated.args == [1]
    item = window.problems.item(0)
    assert item.text() == (f"⚠ Line {target}, column 1: warning: unknown key 'Hintt'\n    Hint: did you mean 'Hint:'?")
    assert window.isWindowModified()
    window.editor.go_to(1, 1)
    rect = window.problems.visualItemRect(item)
    qtbot.mouseClick(window.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.line == target
    # undo takes the typing back, and the problem goes with it
    assert window.undo_action.isEnabled()
    while window.editor.document().isUndoAvailable():
        window.undo_action.trigger()
    window.update_preview()
    assert window.problems.problems == []
    assert window.redo_action.isEnabled()


def test_insert_menu_templates_pass_the_check(qtbot, tmp_path):
    path = tmp_path / "blank.md"
    path.write_text("---\nid: blank\ntitle: Blank\nmodule: M\norder: 1\n---\n\n## Start\n\nHello.\n", encoding="utf-8")
    window = open_author(qtbot, path)
    window.editor.go_to(11, 1)
    for key in ("quiz", "scenario", "feed", "reflection", "teacher"):
        window.insert_actions[key].trigger()
    window.update_preview()
    assert window.problems.problems == []
    assert lesson_counts(window.lesson)["feeds"] == 1 and lesson_counts(window.lesson)["scenarios"] == 1


def test_save_is_atomic_and_reload_follows_another_editor(qtbot, tmp_path):
    path = starter(tmp_path)
    window = open_author(qtbot, path)
    window.editor.go_to(1, 1)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, "More text.")
    with qtbot.waitSignal(window.fileSaved):
        window.save_action.trigger()  # File > Save (Ctrl+S)
    assert path.read_text(encoding="utf-8").endswith("More text.")
    assert not window.isWindowModified()
    assert [p.name for p in path.parent.iterdir()] == ["lesson.md"]  # no temporary file left behind

    # another editor replaces the file (write a new file, rename over the old one)
    replacement = path.with_name("lesson.md.new")
    replacement.write_text(path.read_text(encoding="utf-8").replace("title: \"Starter\"", "title: \"Changed\""),
                           encoding="utf-8")
    with qtbot.waitSignal(window.fileReloaded, timeout=10000):
        os.replace(replacement, path)
    assert 'title: "Changed"' in window.editor.toPlainText()
    assert window.preview.title_label.text() == "Changed"
    assert str(path) in window.watcher.files()  # still watched after the file was replaced
    with qtbot.waitSignal(window.fileReloaded, timeout=10000):
        path.write_text(path.read_text(encoding="utf-8").replace("Changed", "Again"), encoding="utf-8")
    assert window.preview.title_label.text() == "Again"


def test_unsaved_changes_are_not_overwritten_and_closing_asks(qtbot, tmp_path, monkeypatch):
    path = starter(tmp_path)
    window = open_author(qtbot, path)
    qtbot.keyClicks(window.editor, "x")
    path.write_text(path.read_text(encoding="utf-8") + "\nfrom elsewhere\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "unsaved changes here are kept" in window.statusBar().currentMessage(), timeout=10000)
    assert window.editor.toPlainText().startswith("x")

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or
                        QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible() and asked == ["The lesson has changes that are not saved. Save them?"]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Save)
    window.close()
    assert not window.isVisible()
    assert path.read_text(encoding="utf-8").startswith("x---")


def test_file_menu_opens_author_mode(qtbot, tmp_path, data_dir):
    from literacy_app.ui.app import build_window
    from tests.conftest import gui_args

    path = starter(tmp_path)
    window, _notice = build_window(gui_args(data_dir))
    qtbot.addWidget(window)
    assert window.author_action.text() == "Author mode…"
    window.open_author_mode(str(path))
    author = window.author_window
    qtbot.addWidget(author, before_close_func=lambda w: w.editor.document().setModified(False))
    assert author.windowTitle() == "lesson.md[*] — Author mode"
    assert author.editor.toPlainText() == path.read_text(encoding="utf-8")
