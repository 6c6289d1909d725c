"""services/authoring.py: import a Moodle bank as a new lesson, export, pack and install, each with a summary
in plain words (real files, no Qt)."""

from __future__ import annotations

from literacy_app.content.starter_lesson import KnownLesson, write_starter
from literacy_app.content.validate import check_lesson
from literacy_app.services.authoring import export_lesson, import_question_bank, install_pack, make_pack
from tests.conftest import FIXTURES

GIFT = FIXTURES / "moodle" / "gift" / "questions.gift.txt"
XML = FIXTURES / "moodle" / "xml" / "multichoice.xml"


def test_a_gift_file_becomes_a_lesson_of_its_own_with_what_was_skipped(tmp_path):
    course = tmp_path / "course"
    summary = import_question_bank(GIFT, course, [KnownLesson("questions-gift", "Other", "M")])
    assert summary.ok and summary.path == course / "questions-gift-2" / "lesson.md"
    assert summary.headline == "questions.gift.txt is now the lesson “Questions.gift”"
    lesson = check_lesson(summary.path)
    assert lesson.id == "questions-gift-2"
    assert summary.done[0].endswith("questions") and int(summary.done[0].split()[0]) == len(
        [q for quiz in lesson.blocks() if hasattr(quiz, "questions") for q in quiz.questions])


def test_a_moodle_xml_file_brings_its_pictures(tmp_path):
    summary = import_question_bank(XML, tmp_path / "course")
    assert summary.ok and summary.done == ["1 question", "5 embedded files (in images/)"]
    assert sorted(p.name for p in (summary.path.parent / "images").iterdir()) == [
        "bonjour.mp3", "flag-denmark.jpg", "flag-france.jpg", "flag-german.jpg", "flag-uk.jpg"]
    assert summary.skipped[0].startswith("line 1: 1 question(s) take a penalty for each wrong try")


def test_a_file_that_is_not_a_bank_is_refused_in_words(tmp_path):
    bad = tmp_path / "notes.xml"
    bad.write_text("<!DOCTYPE x [<!ENTITY e 'x'>]><quiz/>", encoding="utf-8")
    summary = import_question_bank(bad, tmp_path / "course")
    assert not summary.ok and summary.headline == "notes.xml was not imported"
    assert "nothing was imported" in summary.skipped[0]
    assert not (tmp_path / "course").exists()


def test_export_pack_and_install(tmp_path):
    course = tmp_path / "course"
    path = write_starter(course, "First lesson", "Mine")
    gift = export_lesson(path, tmp_path / "first.gift")
    assert gift.ok and gift.headline == "“First lesson” was exported as GIFT to first.gift"
    assert any("scenario 'try-it-first' has no question-bank form" in line for line in gift.skipped)
    pack = make_pack(course, tmp_path / "course.zip")
    assert pack.ok and pack.headline == "course.zip holds 1 lesson" and pack.done == ["lesson 'first-lesson'"]
    installed = install_pack(tmp_path / "course.zip", tmp_path / "data" / "lessons")
    assert installed.ok and installed.headline == "1 lesson from course.zip are now in the library"


def test_a_lesson_with_errors_is_neither_exported_nor_packed(tmp_path):
    path = tmp_path / "course" / "broken" / "lesson.md"
    path.parent.mkdir(parents=True)
    path.write_text("---\nid: b\ntitle: B\nmodule: M\norder: 1\n---\n\n::: quiz q\n:::\n", encoding="utf-8")
    summary = export_lesson(path, tmp_path / "b.gift")
    assert not summary.ok and summary.headline == "lesson.md was not exported: fix its errors first"
    assert not (tmp_path / "b.gift").exists()
    pack = make_pack(tmp_path / "course", tmp_path / "b.zip")
    assert not pack.ok and pack.headline.startswith("No pack was made: 1 problem to fix first")
