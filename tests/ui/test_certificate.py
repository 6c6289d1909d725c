"""Certificates of completion: saved when a learner completes a module, again from My progress, and for the
whole class from the command line. The PDF's text is read back (tests/pdf_text.py)."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

from literacy_app.cli import main
from literacy_app.clock import clock
from literacy_app.content.library import load_library
from literacy_app.services.app_services import build_services
from literacy_app.ui.app import build_window
from tests.conftest import FIXTURE_COURSE, click, gui_args
from tests.pdf_text import pdf_squeezed, squeeze

LEARNER = "Zoë Ana Brontë"


def complete_every_lesson(window) -> None:
    for lesson in window.library.lessons:
        if lesson.module == "Fixture module":
            window.open_lesson(lesson.id, len(lesson.steps) - 1)
            window.lesson_view.next()  # "Finish lesson"


def test_completing_a_module_saves_a_certificate_with_the_learners_name(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", LEARNER))
    qtbot.addWidget(window)
    window.show()
    basics = window.library.lesson("fixture-basics")
    window.session.answer_item(basics, basics.block("check"), "q-which", [1])
    window.session.answer_item(basics, basics.block("check"), "q-sources", [0, 1])
    with clock(lambda: datetime(2026, 3, 5, 12, tzinfo=timezone.utc)):
        complete_every_lesson(window)
    path = data_dir / "certificates" / f"{LEARNER} - Fixture module.pdf"
    assert path.is_file()
    text = pdf_squeezed(path)
    for expected in ("Certificate of completion", LEARNER, "“Fixture module”", "1 lesson completed: Fixture basics",
                     "Overall score: 60%", "Completed on 5 March 2026"):
        assert squeeze(expected) in text, expected
    assert "Your certificate is saved as" in window.statusBar().currentMessage()


def test_my_progress_saves_the_certificate_again_with_or_without_the_score(qtbot, data_dir, tmp_path):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", LEARNER))
    qtbot.addWidget(window)
    window.show()
    complete_every_lesson(window)
    room = window.learner_room
    chosen = []
    room.ask_certificate_path = lambda data, suggested: chosen.append(suggested) or str(tmp_path / "mine.pdf")
    room.show_progress()
    page = room.progress_page
    button = page.certificate_buttons["Fixture module"]
    assert button.isEnabled()
    click(qtbot, button)
    assert len(chosen) == 1 and chosen[0].suffix == ".pdf"  # a name is proposed; the learner may change it
    assert squeeze(LEARNER) in pdf_squeezed(tmp_path / "mine.pdf")
    assert page.message.text() == f"Certificate saved: {tmp_path / 'mine.pdf'}"


def test_a_module_not_completed_has_no_certificate(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", LEARNER))
    qtbot.addWidget(window)
    window.show()
    window.learner_room.show_progress()
    assert not window.learner_room.progress_page.certificate_buttons["Fixture module"].isEnabled()
    assert not (data_dir / "certificates").exists()


def test_the_certificates_command_writes_one_pdf_per_learner_and_completed_module(tmp_path, data_dir, capsys):
    course = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, course)
    services = build_services(str(data_dir), [str(course)])
    session = services.session
    lesson = load_library([course]).lesson("fixture-basics")
    for name, done in ((LEARNER, True), ("Ben Okafor", False), ("Cem Yılmaz", True)):
        session.choose_profile(session.profile_named(name))
        if done:
            session.complete_lesson(lesson)
    services.db.close()
    out = tmp_path / "certificates"
    assert main(["certificates", "--data-dir", str(data_dir), "--lessons", str(course), "-o", str(out),
                 "--school", "Hill Street School", "--without-score"]) == 0
    assert "2 certificate(s) written" in capsys.readouterr().err
    files = sorted(path.name for path in out.iterdir())
    assert files == ["Cem Yılmaz - Fixture module.pdf", f"{LEARNER} - Fixture module.pdf"]
    text = pdf_squeezed(out / files[1])
    assert squeeze(LEARNER) in text and squeeze("Hill Street School") in text
    assert "Overallscore" not in text


def test_no_certificate_when_nobody_completed_a_module(data_dir, tmp_path, capsys):
    out = tmp_path / "none"
    assert main(["certificates", "--data-dir", str(data_dir), "-o", str(out)]) == 0
    assert "No learner has completed a module yet" in capsys.readouterr().err
    assert not out.exists()
