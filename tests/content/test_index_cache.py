"""The lesson index cache: a second load reads the cache, and any change to a lesson or its images is seen."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from literacy_app.content import validate
from literacy_app.content.index_cache import CACHE_NAME, IndexCache, blocks_signature
from literacy_app.content.library import lesson_files, load_library
from literacy_app.content.validate import check_lesson
from tests.conftest import FIXTURE_COURSE

BROKEN_LESSON = """---
id: broken-one
title: Broken
module: Fixture module
order: 9
---

## A quiz that points nowhere

::: scenario lost
### Start {#start}
- [Go](#nowhere)
:::
"""


@pytest.fixture
def course(tmp_path: Path) -> Path:
    folder = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, folder)
    return folder


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def summary(library) -> tuple:
    return ([(lesson.id, lesson.title, len(lesson.steps)) for lesson in library.lessons],
            [p.format() for p in library.problems])


def cache_hits(course: Path, cache_dir: Path) -> tuple[int, int]:
    cache = IndexCache(cache_dir)
    for path in lesson_files([course]):
        cache.get(path)
    return cache.hits, cache.misses


def test_second_load_comes_from_the_cache_and_equals_a_fresh_parse(course, cache_dir):
    fresh = load_library([course])
    first = load_library([course], cache_dir=cache_dir)
    assert (cache_dir / CACHE_NAME).is_file()
    assert cache_hits(course, cache_dir) == (len(lesson_files([course])), 0)
    second = load_library([course], cache_dir=cache_dir)
    assert second.lessons == fresh.lessons == first.lessons  # dataclass equality: every field, every block
    assert fresh.lessons == second.lessons  # from either side
    assert [len(lesson.steps) for lesson in second.lessons] == [len(lesson.steps) for lesson in fresh.lessons]
    assert second.lessons[0].path == fresh.lessons[0].path


def test_an_edited_lesson_is_parsed_again(course, cache_dir):
    load_library([course], cache_dir=cache_dir)
    lesson_file = course / "basics" / "lesson.md"
    lesson_file.write_text(lesson_file.read_text(encoding="utf-8").replace(
        "title: Fixture basics", "title: Fixture basics, revised"), encoding="utf-8")
    library = load_library([course], cache_dir=cache_dir)
    assert library.lesson("fixture-basics").title == "Fixture basics, revised"


def test_an_edit_that_keeps_the_size_is_seen_through_the_modification_time(course, cache_dir):
    load_library([course], cache_dir=cache_dir)
    lesson_file = course / "basics" / "lesson.md"
    text = lesson_file.read_text(encoding="utf-8")
    lesson_file.write_text(text.replace("title: Fixture basics", "title: Fixture BASICS"), encoding="utf-8")
    stat = lesson_file.stat()
    os.utime(lesson_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    assert lesson_file.stat().st_size == len(text.encode())
    assert load_library([course], cache_dir=cache_dir).lesson("fixture-basics").title == "Fixture BASICS"


def test_broken_lessons_are_still_reported_from_the_cache(course, cache_dir):
    (course / "broken").mkdir()
    (course / "broken" / "lesson.md").write_text(BROKEN_LESSON, encoding="utf-8")
    first = load_library([course], cache_dir=cache_dir)
    assert [lesson.id for lesson in first.broken] == ["broken-one"]
    second = load_library([course], cache_dir=cache_dir)
    assert cache_hits(course, cache_dir)[1] == 0
    assert summary(second) == summary(first)
    assert any("'nowhere', which does not exist" in line for line in summary(second)[1])
    assert "fixture-basics" in [lesson.id for lesson in second.lessons]


def test_a_fixed_lesson_leaves_the_broken_list(course, cache_dir):
    broken = course / "broken" / "lesson.md"
    broken.parent.mkdir()
    broken.write_text(BROKEN_LESSON, encoding="utf-8")
    load_library([course], cache_dir=cache_dir)
    broken.write_text(BROKEN_LESSON.replace("[Go](#nowhere)", "[Go](#end)\n\n### End {#end}\nEnding: Done\nScore: 1"),
                      encoding="utf-8")
    library = load_library([course], cache_dir=cache_dir)
    assert library.broken == []
    assert library.lesson("broken-one") is not None


def test_a_missing_image_restored_on_disk_is_noticed_although_the_lesson_is_unchanged(course, cache_dir):
    image = course / "basics" / "images" / "dot.png"
    kept = image.read_bytes()
    image.unlink()
    first = load_library([course], cache_dir=cache_dir)
    assert any("images/dot.png' does not exist" in p.message for p in first.problems)
    image.write_bytes(kept)
    second = load_library([course], cache_dir=cache_dir)
    assert second.problems == []
    assert second.lesson("fixture-basics") is not None


def test_a_deleted_lesson_disappears_from_the_library_and_the_cache(course, cache_dir):
    extra = course / "extra.md"
    extra.write_text(BROKEN_LESSON.replace("broken-one", "extra-one").replace("#nowhere", "#start"), encoding="utf-8")
    load_library([course], cache_dir=cache_dir)
    assert str(extra) in json.loads((cache_dir / CACHE_NAME).read_text(encoding="utf-8"))["entries"]
    extra.unlink()
    library = load_library([course], cache_dir=cache_dir)
    assert "extra-one" not in [lesson.id for lesson in library.lessons + library.broken]
    assert str(extra) not in json.loads((cache_dir / CACHE_NAME).read_text(encoding="utf-8"))["entries"]


def test_a_damaged_cache_is_ignored_and_replaced(course, cache_dir):
    expected = summary(load_library([course]))
    cache_dir.mkdir()
    (cache_dir / CACHE_NAME).write_bytes(b"\x00not json{")
    assert summary(load_library([course], cache_dir=cache_dir)) == expected
    assert json.loads((cache_dir / CACHE_NAME).read_text(encoding="utf-8"))["entries"]
    assert cache_hits(course, cache_dir)[1] == 0


def test_a_cache_naming_an_unknown_class_is_refused_and_the_lesson_parsed(course, cache_dir):
    load_library([course], cache_dir=cache_dir)
    path = cache_dir / CACHE_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    key = str(course / "basics" / "lesson.md")
    data["entries"][key]["lesson"]["problems"] = [{"@": "os.system", "v": "echo"}]
    path.write_text(json.dumps(data), encoding="utf-8")
    cache = IndexCache(cache_dir)
    assert cache.get(Path(key)) is None
    assert load_library([course], cache_dir=cache_dir).lesson("fixture-basics").title == "Fixture basics"


@pytest.mark.parametrize("damage", [
    lambda head: head.pop("title"),  # a field missing
    lambda head: head.update(problems=["not a problem"]),
    lambda head: head.update({"@": "Quiz"}),  # a model class, but not a lesson
])
def test_an_entry_that_is_not_a_whole_lesson_is_not_used(course, cache_dir, damage):
    load_library([course], cache_dir=cache_dir)
    path = cache_dir / CACHE_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    key = str(course / "basics" / "lesson.md")
    damage(data["entries"][key]["lesson"])
    path.write_text(json.dumps(data), encoding="utf-8")
    assert cache_hits(course, cache_dir) == (0, 1)
    assert load_library([course], cache_dir=cache_dir).lesson("fixture-basics").title == "Fixture basics"


def test_the_index_keeps_front_matter_and_verdict_but_no_bodies(course, cache_dir):
    (course / "broken").mkdir()
    (course / "broken" / "lesson.md").write_text(BROKEN_LESSON, encoding="utf-8")
    load_library([course], cache_dir=cache_dir)
    text = (cache_dir / CACHE_NAME).read_text(encoding="utf-8")
    assert "Fixture basics" in text and "'nowhere', which does not exist" in text
    assert "one-sided bonds" not in text.lower() and '"steps"' not in text  # a step title: bodies stay in the files

    again = load_library([course], cache_dir=cache_dir)
    lesson = again.lesson("fixture-basics")
    assert not lesson.steps_loaded  # listed without reading its body
    parsed = check_lesson(course / "basics" / "lesson.md")
    assert lesson.step_count == len(parsed.steps) == 4 and not lesson.steps_loaded  # the index knows how many
    assert lesson.steps == parsed.steps  # read from its file when asked
    assert lesson.steps_loaded


def test_an_unwritable_cache_folder_costs_speed_not_lessons(course, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    library = load_library([course], cache_dir=blocker)
    assert library.lesson("fixture-basics") is not None
    assert not list(tmp_path.glob("*.tmp"))


def test_lessons_inside_a_hidden_folder_load_but_hidden_files_below_it_do_not(tmp_path):
    # the default data folder on Linux is ~/.local/share/...: installed packs live below it
    packs = tmp_path / ".local" / "share" / "lessons"
    shutil.copytree(FIXTURE_COURSE, packs / "course")
    (packs / ".drafts").mkdir()
    (packs / ".drafts" / "lesson.md").write_text(BROKEN_LESSON, encoding="utf-8")
    (packs / "course" / ".unsaved.md").write_text(BROKEN_LESSON, encoding="utf-8")
    library = load_library([packs], cache_dir=tmp_path / ".local" / "share")
    assert [lesson.id for lesson in library.lessons] == ["fixture-basics"]
    assert library.broken == []


def test_a_lesson_holding_something_the_cache_cannot_store_is_left_out_not_lost(course, cache_dir):
    path = course / "basics" / "lesson.md"
    lesson = check_lesson(path)
    lesson.tags = {"not", "json"}  # a value type the cache does not know
    cache = IndexCache(cache_dir)
    cache.put(path, lesson)
    cache.save()
    assert IndexCache(cache_dir).get(path) is None
    assert load_library([course], cache_dir=cache_dir).lesson("fixture-basics") is not None


def _written_with_other_block_types(cache_dir: Path) -> None:
    path = cache_dir / CACHE_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["blocks"] == blocks_signature()
    data["blocks"] = blocks_signature() + ";Poll:id,question,options"  # as a build that knew one more type wrote it
    path.write_text(json.dumps(data), encoding="utf-8")


def test_an_index_written_with_other_block_types_is_not_read_by_a_command(course, cache_dir):
    load_library([course], cache_dir=cache_dir)
    _written_with_other_block_types(cache_dir)
    assert cache_hits(course, cache_dir) == (0, len(lesson_files([course])))


def test_a_window_lists_from_such_an_index_and_checks_every_lesson_again_after_its_paint(course, cache_dir,
                                                                                         monkeypatch):
    load_library([course], cache_dir=cache_dir)
    _written_with_other_block_types(cache_dir)
    checked: list[Path] = []
    real_check = validate.check_lesson
    monkeypatch.setattr(validate, "check_lesson", lambda path: checked.append(path) or real_check(path))
    library = load_library([course], cache_dir=cache_dir, save_cache=False)
    assert checked == [] and {type(lesson).__name__ for lesson in library.lessons} == {"CachedLesson"}
    assert not library.checked  # listed at once; whether the verdicts still hold is asked after the paint
    library.save_index()
    assert library.check_pending() and library.checked
    assert sorted(checked) == sorted(lesson_files([course]))  # every lesson the index served, checked again
    assert summary(library) == summary(load_library([course]))
    assert json.loads((cache_dir / CACHE_NAME).read_text(encoding="utf-8"))["blocks"] == blocks_signature()
    assert cache_hits(course, cache_dir) == (len(lesson_files([course])), 0)  # and the index serves again
