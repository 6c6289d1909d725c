"""Lesson packs: made only from lessons that pass the check, installed only after strict checks."""

from __future__ import annotations

import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from literacy_app.cli import main
from literacy_app.content.library import load_library
from literacy_app.content.packs import MAX_FILES, install_pack, user_lessons_dir
from tests.conftest import FIXTURE_COURSE


def _pack(tmp_path: Path) -> Path:
    output = tmp_path / "basics-pack.zip"
    assert main(["pack", str(FIXTURE_COURSE), "-o", str(output)]) == 0
    return output


def _zip(path: Path, entries: dict[str, bytes], symlinks: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        for name in symlinks:
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "../../../etc/passwd")
    return path


LESSON = (FIXTURE_COURSE / "basics" / "lesson.md").read_bytes()
IMAGE = (FIXTURE_COURSE / "basics" / "images" / "dot.png").read_bytes()


def test_pack_then_install_with_the_command_line_and_the_library_loads_it(tmp_path: Path, capsys) -> None:
    pack = _pack(tmp_path)
    with zipfile.ZipFile(pack) as archive:
        assert sorted(archive.namelist()) == ["basics/images/dot.png", "basics/lesson.md", "pack.json"]
    data_dir = tmp_path / "data"
    assert main(["install-pack", str(pack), "--data-dir", str(data_dir)]) == 0
    assert "Installed 1 lesson(s)" in capsys.readouterr().out
    installed = user_lessons_dir(data_dir) / "basics-pack"
    assert (installed / "basics" / "images" / "dot.png").read_bytes() == IMAGE
    library = load_library([user_lessons_dir(data_dir)])
    assert [lesson.id for lesson in library.lessons] == ["fixture-basics"] and not library.broken
    assert [p.name for p in user_lessons_dir(data_dir).iterdir()] == ["basics-pack"], "no temporary folder left"


def test_installing_again_replaces_the_old_copy(tmp_path: Path) -> None:
    pack = _pack(tmp_path)
    lessons = tmp_path / "lessons"
    assert install_pack(pack, lessons).ok
    (lessons / "basics-pack" / "stale.md").write_text("old")
    assert install_pack(pack, lessons).ok
    assert not (lessons / "basics-pack" / "stale.md").exists()
    assert sorted(p.name for p in lessons.iterdir()) == ["basics-pack"]


def test_a_folder_with_a_broken_lesson_is_not_packed(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, folder)
    (folder / "basics" / "images" / "dot.png").unlink()
    assert main(["pack", str(folder), "-o", str(tmp_path / "out.zip")]) == 1
    err = capsys.readouterr().err
    assert "images/dot.png' does not exist" in err and "No pack was written" in err
    assert not (tmp_path / "out.zip").exists()


@pytest.mark.parametrize("entries,symlinks,reason", [
    ({"../escape.md": LESSON}, (), "climbs out of the pack"),
    ({"a/../../escape.md": LESSON}, (), "climbs out of the pack"),
    ({"/etc/cron.d/evil.md": LESSON}, (), "absolute path"),
    ({"C:/Windows/evil.md": LESSON}, (), "absolute path"),
    ({"..\\..\\evil.md": LESSON}, (), "uses '\\'"),
    ({"basics/lesson.md": LESSON}, ("basics/images/dot.png",), "symbolic link"),
    ({"basics/lesson.md": LESSON, "basics/run.exe": b"MZ"}, (), "not a lesson, image or text file"),
    ({"basics/lesson.md": LESSON, ".hidden/x.md": LESSON}, (), "is hidden"),
    ({"notes.txt": b"no lessons here"}, (), "holds no lesson"),
    ({f"many/{i}.md": b"x" for i in range(MAX_FILES + 1)}, (), "at most"),
    ({"basics/lesson.md": LESSON, "basics/bomb.txt": b"\0" * 60_000_000}, (), "zip bomb"),
    ({"basics/lesson.md": b"---\nid: broken\n---\n"}, (), "front matter is missing"),
])
def test_an_unsafe_or_invalid_pack_is_refused_with_a_reason_and_writes_nothing(
        tmp_path: Path, entries: dict[str, bytes], symlinks: tuple[str, ...], reason: str) -> None:
    pack = _zip(tmp_path / "bad.zip", entries, symlinks)
    lessons = tmp_path / "target" / "lessons"
    lessons.mkdir(parents=True)
    result = install_pack(pack, lessons)
    assert not result.ok and any(reason in problem for problem in result.problems), result.problems
    assert list(lessons.iterdir()) == [], "nothing may be left in the lessons folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.zip", "target"], "nothing written beside it"


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path, capsys) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"not a zip at all")
    assert main(["install-pack", str(fake), "--lessons-dir", str(tmp_path / "lessons")]) == 1
    assert "not a readable zip file" in capsys.readouterr().err


def test_an_entry_that_lies_about_its_size_is_stopped_while_unpacking(tmp_path: Path) -> None:
    pack = _zip(tmp_path / "liar.zip", {"basics/lesson.md": LESSON, "basics/notes.txt": b"a" * 10_000})
    data = bytearray(pack.read_bytes())
    # shrink the declared size of notes.txt in the central directory to 10 bytes
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(b"basics/notes.txt"))
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    pack.write_bytes(bytes(data))
    lessons = tmp_path / "lessons"
    result = install_pack(pack, lessons)
    assert not result.ok and list(lessons.iterdir()) == []
