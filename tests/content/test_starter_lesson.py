"""`literacy-app new` and author mode's New lesson: the id from the title, unique in the course; neutral
text whatever the title; every block; a `Type:` line on every question type that needs one."""

from __future__ import annotations

from pathlib import Path

from literacy_app.cli import main as cli_main
from literacy_app.content.blocks import lesson_counts
from literacy_app.content.model import Quiz
from literacy_app.content.starter_lesson import KnownLesson, starter_lesson, unique_lesson_id, write_starter
from literacy_app.content.validate import check_lesson, check_lesson_text


def test_the_id_comes_from_the_title_and_is_unique_in_the_course(tmp_path, capsys):
    course = tmp_path / "course"
    assert cli_main(["new", str(course / "01-starter"), "--title", "Fractions: halves"]) == 0
    assert cli_main(["new", str(course / "02-again"), "--title", "Fractions: halves"]) == 0
    first, second = check_lesson(course / "01-starter" / "lesson.md"), check_lesson(course / "02-again" / "lesson.md")
    assert (first.id, second.id) == ("fractions-halves", "fractions-halves-2")
    assert (first.order, second.order) == (1, 2)  # the new one comes last in its module
    out, err = capsys.readouterr()
    assert f"Wrote {course / '02-again' / 'lesson.md'} (lesson id 'fractions-halves-2')" in out
    assert err.splitlines()[0] == (f"{course / '02-again' / 'lesson.md'}:3:1: warning: "
                                   f"{course / '01-starter' / 'lesson.md'} in module 'My course' has the same title")


def test_the_comment_names_the_file_to_check(tmp_path):
    target = tmp_path / "my course" / "first"
    assert cli_main(["new", str(target), "--title", "First"]) == 0
    text = (target / "lesson.md").read_text(encoding="utf-8")
    assert f'in a terminal: literacy-app check "{target / "lesson.md"}"' in text


def test_the_text_is_neutral_whatever_the_title(tmp_path):
    text = starter_lesson("Photosynthesis", "Biology", language="de")
    lesson = check_lesson_text(text, tmp_path / "p" / "lesson.md")
    assert lesson.problems == []
    assert (lesson.id, lesson.title, lesson.module, lesson.language) == ("photosynthesis", "Photosynthesis",
                                                                         "Biology", "de")
    for word in ("parasocial", "streamer", "influencer", "Juno"):
        assert word.lower() not in text.lower()


def test_every_block_and_every_question_type_with_its_type_line(tmp_path):
    lesson = check_lesson_text(starter_lesson("Anything"), tmp_path / "a" / "lesson.md")
    counts = lesson_counts(lesson)
    assert {key: counts[key] for key in ("quizzes", "scenarios", "feeds", "reflections", "teacher_notes")} == {
        "quizzes": 1, "scenarios": 1, "feeds": 1, "reflections": 1, "teacher_notes": 1}
    quiz = lesson.blocks(Quiz)[0]
    assert [q.kind for q in quiz.questions] == ["single", "multiple", "true-false", "short", "order", "match"]
    text = starter_lesson("Anything")
    for kind in ("true-false", "short", "order", "match"):
        assert f"\nType: {kind}\n" in text


def test_write_starter_avoids_ids_the_library_has_and_folders_in_the_way(tmp_path):
    course = tmp_path / "course"
    (course / "my-lesson-2").mkdir(parents=True)  # a folder without a lesson: never written into
    known = [KnownLesson("my-lesson", "Something else", "Elsewhere")]
    path = write_starter(course, "My lesson", "Mine", "en", known)
    assert path == course / "my-lesson-3" / "lesson.md"
    lesson = check_lesson(path)
    assert (lesson.id, lesson.module, lesson.problems) == ("my-lesson-3", "Mine", [])
    again = write_starter(course, "My lesson", "Mine", "en", known)
    assert check_lesson(again).id == "my-lesson-4" and check_lesson(again).order == 2


def test_unique_lesson_id_of_a_title_without_letters():
    assert unique_lesson_id("   ", []) == "lesson"
    assert unique_lesson_id("!!!", ["item"]) == "item-2"


def test_new_never_reads_more_than_the_course_folder(tmp_path):
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (deep / "lesson.md").write_text("---\nid: deep\ntitle: Deep\nmodule: M\norder: 1\n---\n\nHi\n", encoding="utf-8")
    assert cli_main(["new", str(tmp_path / "deep.md"), "--title", "Deep"]) == 0
    assert check_lesson(Path(tmp_path / "deep.md")).id == "deep"
