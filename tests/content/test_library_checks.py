"""Checks across lessons: one id in two lessons (check names both files; the app shows the first and lists
the others as problems), one title twice in a module (a warning)."""

from __future__ import annotations

from pathlib import Path

from literacy_app.cli import main as cli_main
from literacy_app.content.library import load_library


def lesson(folder: Path, lesson_id: str, title: str, module: str = "M") -> Path:
    path = folder / "lesson.md"
    path.parent.mkdir(parents=True)
    path.write_text(f"---\nid: {lesson_id}\ntitle: {title}\nmodule: {module}\norder: 1\n---\n\n## Step\n\nHi.\n",
                    encoding="utf-8")
    return path


def test_check_reports_each_repeated_lesson_id_naming_both_files(tmp_path, capsys):
    first = lesson(tmp_path / "course" / "a", "same", "First")
    second = lesson(tmp_path / "course" / "b", "same", "Second")
    third = lesson(tmp_path / "course" / "c", "same", "Third")
    assert cli_main(["check", str(tmp_path / "course")]) == 1
    captured = capsys.readouterr()
    hint = "    hint: every lesson needs its own id: change the 'id:' line in one of the two files"
    assert captured.out.splitlines() == [
        f"{second}:2:1: error: lesson id 'same' is already used by {first}", hint,
        f"{third}:2:1: error: lesson id 'same' is already used by {first}", hint,
    ]
    assert captured.err.strip() == "3 lesson(s) checked: 2 error(s), 0 warning(s)"


def test_check_compares_lessons_across_every_path_it_is_given(tmp_path, capsys):
    first = lesson(tmp_path / "one" / "a", "shared", "A")
    second = lesson(tmp_path / "two" / "b", "shared", "B")
    assert cli_main(["check", str(tmp_path / "one"), str(second)]) == 1
    assert f"{second}:2:1: error: lesson id 'shared' is already used by {first}" in capsys.readouterr().out
    assert cli_main(["check", str(tmp_path / "one")]) == 0  # alone, each folder is fine


def test_check_json_lists_the_duplicate_with_the_lesson(tmp_path, capsys):
    import json

    lesson(tmp_path / "a", "same", "A")
    second = lesson(tmp_path / "b", "same", "B")
    assert cli_main(["check", "--json", str(tmp_path)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [entry["errors"] for entry in report][0] == []
    assert report[1]["errors"][0]["path"] == str(second)
    assert report[1]["errors"][0]["message"].startswith("lesson id 'same' is already used by ")


def test_the_same_title_twice_in_a_module_is_a_warning(tmp_path, capsys):
    first = lesson(tmp_path / "a", "a", "Starter")
    second = lesson(tmp_path / "b", "b", "Starter")
    lesson(tmp_path / "c", "c", "Starter", module="Other module")
    assert cli_main(["check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{second}:3:1: warning: lesson title 'Starter' is already used by {first} in module 'M'",
        "    hint: learners tell lessons apart by their titles: change 'title:' in one of the two files",
    ]


def test_the_library_shows_the_first_and_lists_the_others_as_problems(tmp_path):
    first = lesson(tmp_path / "course" / "a", "same", "First")
    second = lesson(tmp_path / "course" / "b", "same", "Second")
    for cache in (None, tmp_path / "data", tmp_path / "data"):  # parsed, then from the index cache
        library = load_library([tmp_path / "course"], cache_dir=cache)
        assert [x.title for x in library.lessons] == ["First"]
        assert [p.format().split("\n")[0] for p in library.problems] == [
            f"{second}:2:1: error: lesson id 'same' is already used by {first}"]
    # the lesson stored in the index cache does not keep the problem: alone it loads
    (first.parent / "lesson.md").unlink()
    assert [x.title for x in load_library([tmp_path / "course"], cache_dir=tmp_path / "data").lessons] == ["Second"]
