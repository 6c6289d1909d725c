"""What the learner sees when results cannot be read or saved, and after an unexpected error."""

from __future__ import annotations

import random
import sys

from PySide6.QtWidgets import QMessageBox

from literacy_app.logs import keep_out_of_log
from literacy_app.store.db import DB_FILENAME
from literacy_app.ui.app import build_window
from literacy_app.ui.shell.error_dialog import ErrorDialog, ExceptionHandler
from tests.conftest import FIXTURE_COURSE, click, gui_args


def _window(qtbot, data_dir, *extra):
    window, notice = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), *extra))
    qtbot.addWidget(window)
    window.show()
    return window, notice


def test_a_damaged_database_is_explained_and_the_app_starts_fresh(qtbot, data_dir) -> None:
    (data_dir / DB_FILENAME).write_bytes(random.Random(3).randbytes(4096))
    window, notice = _window(qtbot, data_dir, "--profile", "Ana", "--lesson", "fixture-basics")
    window.storage_notice.show_startup_notice(notice)  # as run_gui does once the window shows
    dialog = window.storage_notice.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "could not be read" in dialog.text() and "fresh record book" in dialog.text()
    kept = next(data_dir.glob(f"{DB_FILENAME}.corrupt-*"))
    assert kept.name in dialog.text()
    dialog.grab().save("/tmp/shots/recovery-notice.png")
    click(qtbot, dialog.button(QMessageBox.StandardButton.Ok))
    assert not dialog.isVisible()
    assert window.learner_label.text() == "Learning: Ana"


def test_a_full_disk_shows_one_dialog_keeps_answers_and_saves_them_later(qtbot, data_dir) -> None:
    window, _ = _window(qtbot, data_dir, "--profile", "Ben", "--lesson", "fixture-basics")
    session = window.session
    db = session.records.db
    db.conn.execute(f"PRAGMA max_page_count={db.query_one('PRAGMA page_count')[0]}")
    lesson = window.library.lesson("fixture-basics")
    session.save_reflection(lesson, "notes", "my thoughts " * 500)
    session.save_reflection(lesson, "notes", "my longer thoughts " * 500)
    notice = window.storage_notice
    assert "disk where results are saved is full" in window.statusBar().currentMessage()
    assert notice.dialog.isVisible() and "Please keep the app open" in notice.dialog.text()
    first_dialog = notice.dialog
    assert notice.retry_timer.isActive() and session.pending_count == 2
    assert notice.dialog is first_dialog, "one dialog, not one per failed write"
    window.grab().save("/tmp/shots/storage-full.png")

    db.conn.execute("PRAGMA max_page_count=1073741823")
    with qtbot.waitSignal(notice.retry_timer.timeout, timeout=10000):
        pass
    qtbot.waitUntil(lambda: session.pending_count == 0)
    assert window.statusBar().currentMessage() == "All your answers are saved now."
    assert session.reflection(lesson, "notes").startswith("my longer thoughts")


def test_closing_with_unsaved_answers_asks_first(qtbot, data_dir) -> None:
    window, _ = _window(qtbot, data_dir, "--profile", "Cy", "--lesson", "fixture-basics")
    db = window.session.records.db
    db.conn.execute("PRAGMA query_only=ON")
    window.session.save_reflection(window.library.lesson("fixture-basics"), "notes", "unsaved words")
    asked = []
    window.storage_notice.confirm_close_unsaved = lambda: asked.append(True) or False
    window.close()
    assert asked and window.isVisible(), "the learner chose to keep the app open"
    db.conn.execute("PRAGMA query_only=OFF")
    window.close()
    assert not window.isVisible() and window.session.pending_count == 0


def test_an_unexpected_error_is_logged_shown_kindly_and_the_learner_carries_on(qtbot, data_dir) -> None:
    window, _ = _window(qtbot, data_dir, "--profile", "Dee", "--lesson", "fixture-basics")
    handler = ExceptionHandler(window, window.services.log_path)
    handler.install()
    keep_out_of_log("my private reflection")
    try:
        try:
            raise ValueError("broke while saving 'my private reflection'")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        handler.uninstall()
    dialog = handler.dialog
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert "you can carry on" in dialog.message.text() and str(window.services.log_path) in dialog.details.text()
    assert "my private reflection" not in dialog.details.text()
    dialog.grab().save("/tmp/shots/error-dialog.png")
    click(qtbot, dialog.carry_on_button)
    assert not dialog.isVisible() and window.isVisible()
    log = window.services.log_path.read_text(encoding="utf-8")
    assert "ValueError" in log and "test_recovery_notices.py" in log
    assert "my private reflection" not in log and "[hidden]" in log
