"""A library loaded for the window (save_cache=False) is listed from front matter and the index cache, and
checked afterwards: the verdict is the same as checking everything at once, a broken lesson is never handed
out, and each problem still names path:line:col."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from literacy_app.content.index_cache import CACHE_NAME
from literacy_app.content.library import load_library
from literacy_app.content.parse import parse_lesson, parse_steps
from tests.conftest import FIXTURE_COURSE, ROOT

GOOD = """---
id: {id}
title: {title}
module: {module}
order: {order}
---

## A step

Some text.

::: quiz {id}-quiz
### A question {{#q1}}
- [x] Yes
- [ ] No
:::
"""
# sound front matter, a scenario pointing nowhere: found only by the full check
BODY_BROKEN = """---
id: {id}
title: {title}
module: {module}
order: {order}
---

## A step

::: scenario {id}-lost
### Start {{#start}}
- [Go](#nowhere)
:::
"""
FRONT_BROKEN = "---\nid: [not, an, id\n---\n\n## A step\n\nText.\n"


def write(folder: Path, name: str, template: str, **fields: object) -> Path:
    path = folder / name / "lesson.md"
    path.parent.mkdir(parents=True)
    path.write_text(template.format(**fields), encoding="utf-8")
    return path


@pytest.fixture
def course(tmp_path: Path) -> Path:
    folder = tmp_path / "course"
    write(folder, "a-first", GOOD, id="first", title="First", module="M", order=1)
    write(folder, "b-lost", BODY_BROKEN, id="lost", title="Lost", module="M", order=2)
    write(folder, "c-third", GOOD, id="third", title="Third", module="M", order=3)
    write(folder, "d-bad-yaml", FRONT_BROKEN)
    return folder


def ids(lessons) -> list[str]:
    return [lesson.id for lesson in lessons]


def verdict(library) -> tuple:
    problems = sorted(p.format() for p in library.problems)  # the whole verdict first: it checks what waits
    return ids(library.lessons), problems


def test_checked_later_the_verdict_is_the_same_as_checking_at_once(course: Path):
    at_once = load_library([course])
    later = load_library([course], save_cache=False)
    assert not later.checked
    assert later.check_pending() is True and later.checked
    assert verdict(later) == verdict(at_once)
    assert ids(at_once.broken) == ids(later.broken) == ["lost", "d-bad-yaml"]


def test_front_matter_errors_are_known_at_once_and_body_errors_after_the_check(course: Path):
    library = load_library([course], save_cache=False)
    assert ids(library.lessons) == ["first", "lost", "third"]  # listed from their front matter
    [bad_yaml] = library.broken_so_far
    assert bad_yaml.errors[0].format().startswith(f"{course / 'd-bad-yaml' / 'lesson.md'}:2:")
    version = library.version

    library.check_pending()
    assert ids(library.lessons) == ["first", "third"]
    assert library.version > version  # the sidebar's cue to update
    lost = next(lesson for lesson in library.broken_so_far if lesson.id == "lost")
    [problem] = [p for p in lost.errors if "'nowhere', which does not exist" in p.message]
    assert (problem.path, problem.line, problem.col) == (str(course / "b-lost" / "lesson.md"), 12, 8)


def test_the_whole_verdict_is_never_partial(course: Path):
    library = load_library([course], save_cache=False)
    assert "lost" in ids(library.broken)  # `broken` checks what is still waiting
    assert library.checked
    assert any("nowhere" in p.message for p in load_library([course], save_cache=False).problems)


def test_a_lesson_asked_for_is_checked_first_and_a_broken_one_is_not_handed_out(course: Path):
    library = load_library([course], save_cache=False)
    assert library.lesson("lost") is None
    assert "lost" not in ids(library.lessons) and "lost" in ids(library.broken_so_far)
    third = library.lesson("third")
    assert third is not None and third.errors == [] and not library.checked  # the others still wait


def test_the_first_lesson_is_checked_at_once(tmp_path: Path):
    write(tmp_path, "a", BODY_BROKEN, id="opens-first", title="A", module="M", order=1)
    write(tmp_path, "b", GOOD, id="then-this", title="B", module="M", order=2)
    library = load_library([tmp_path], save_cache=False)
    assert ids(library.lessons) == ["then-this"]  # a new learner never starts on a broken lesson
    assert ids(library.broken_so_far) == ["opens-first"]


def test_checking_goes_a_slice_at_a_time_and_the_index_waits_for_the_last(course: Path, tmp_path: Path):
    data = tmp_path / "data"
    library = load_library([course], cache_dir=data, save_cache=False)
    library.save_index()  # what the window asks for after its first paint
    assert not (data / CACHE_NAME).exists()
    steps = 0
    while not library.check_pending(seconds=0):  # at least one lesson per call
        steps += 1
        assert not (data / CACHE_NAME).exists()
    assert steps >= 1 and library.unsaved_index is None
    entries = json.loads((data / CACHE_NAME).read_text(encoding="utf-8"))["entries"]
    assert len(entries) == 4

    again = load_library([course], cache_dir=data, save_cache=False)
    # every verdict from the index; only the block types it was written with are compared, after the paint
    assert not again.checked
    assert again.check_pending(seconds=0) and again.checked
    assert verdict(again) == verdict(load_library([course]))
    assert not any(lesson.steps_loaded for lesson in again.lessons)  # nothing was read again


def test_a_lesson_edited_since_the_index_was_written_is_read_and_checked_again(course: Path, tmp_path: Path):
    data = tmp_path / "data"
    load_library([course], cache_dir=data)
    third = course / "c-third" / "lesson.md"
    third.write_text(BODY_BROKEN.format(id="third", title="Third, revised", module="M", order=3), encoding="utf-8")
    library = load_library([course], cache_dir=data, save_cache=False)
    assert library.lesson("first").title == "First"  # from the index
    assert [lesson.title for lesson in library.lessons if lesson.id == "third"] == ["Third, revised"]
    assert "third" not in ids(library.broken_so_far)
    library.check_pending()
    assert "third" in ids(library.broken_so_far) and "third" not in ids(library.lessons)
    library.save_index()
    assert "third" in ids(load_library([course], cache_dir=data, save_cache=False).broken_so_far)


def test_a_broken_lesson_in_an_indexed_library_is_known_without_parsing(course: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch):
    data = tmp_path / "data"
    load_library([course], cache_dir=data)

    def no_parsing(*_args: object) -> None:
        raise AssertionError("a lesson was parsed although the index knew it")

    monkeypatch.setattr("literacy_app.content.parse.parse_front_matter", no_parsing)
    monkeypatch.setattr("literacy_app.content.validate.check_lesson", no_parsing)
    library = load_library([course], cache_dir=data, save_cache=False)
    assert library.check_pending() and library.checked  # the index's block types are today's: nothing to parse
    assert ids(library.broken_so_far) == ["lost", "d-bad-yaml"]
    lost = next(lesson for lesson in library.broken_so_far if lesson.id == "lost")
    [problem] = [p for p in lost.errors if "'nowhere', which does not exist" in p.message]
    assert (problem.path, problem.line, problem.col) == (str(course / "b-lost" / "lesson.md"), 12, 8)


def test_an_id_used_twice_goes_to_the_first_sound_lesson(tmp_path: Path):
    write(tmp_path, "a", GOOD, id="same", title="A", module="M", order=1)
    write(tmp_path, "b", BODY_BROKEN, id="same", title="B", module="M", order=2)  # listed first: "b" < "c"
    write(tmp_path, "c", GOOD, id="same", title="C", module="M", order=3)
    library = load_library([tmp_path / "b", tmp_path / "c", tmp_path / "a"], save_cache=False)
    library.check_pending()
    assert verdict(library) == verdict(load_library([tmp_path / "b", tmp_path / "c", tmp_path / "a"]))
    assert [lesson.title for lesson in library.lessons] == ["C"]
    copy_of_a = next(lesson for lesson in library.broken_so_far if lesson.title == "A")
    assert any("already used by" in p.message for p in copy_of_a.errors)


COURSE_FILES = [*sorted((ROOT / "lessons").rglob("lesson.md")), *sorted(FIXTURE_COURSE.rglob("*.md"))]


@pytest.mark.parametrize("path", COURSE_FILES, ids=lambda p: p.parent.name)
def test_a_body_read_on_its_own_equals_the_body_of_the_whole_lesson(path: Path):
    assert parse_steps(path) == parse_lesson(path).steps


@pytest.mark.parametrize("text", [
    "no front matter at all\n\n## Step\n\nText.\n",
    "---\nid: open\ntitle: never closed\n\n## Step\n\nText.\n",
    "---\nid: x\ntitle: '\n---\n\n## Step <!-- a comment -->\n\nText.\n",
    "---\r\nid: crlf\r\ntitle: T\r\nmodule: M\r\norder: 1\r\n...\r\n## Step\r\n\r\n<!--\r\nhidden\r\n-->\r\nText.\r\n",
    "\ufeff---\nid: bom\ntitle: T\nmodule: M\norder: 1\n---\n## Step\n\n```\n## not a step\n```\n",
])
def test_odd_files_give_the_same_body_either_way(tmp_path: Path, text: str):
    path = tmp_path / "lesson.md"
    path.write_bytes(text.encode("utf-8"))
    assert parse_steps(path) == parse_lesson(path).steps


def test_a_library_copied_elsewhere_is_checked_again(course: Path, tmp_path: Path):
    data = tmp_path / "data"
    load_library([course], cache_dir=data)
    moved = shutil.copytree(course, tmp_path / "moved")
    library = load_library([moved], cache_dir=data, save_cache=False)
    assert not library.checked  # other paths: the index does not know them
    assert verdict(library) == verdict(load_library([moved]))
