"""Lesson packs: a folder of lessons with their images in one zip file, checked before it is made
and again, strictly, before it is installed. Qt-free.

Installing never writes outside the lessons folder: the pack is unpacked into a hidden temporary
folder inside it, every lesson is checked there, and only then is the folder renamed into place.
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from literacy_app.content.library import SKIPPED_NAMES, lesson_files
from literacy_app.content.library import user_lessons_dir as user_lessons_dir  # where packs are installed
from literacy_app.content.model import Lesson

# the checker (and with it the parser and YAML) is imported by the functions that check lessons, so that
# the main window, which only offers the Install action, starts without it

MANIFEST = "pack.json"
MAX_FILES = 500
MAX_FILE_BYTES = 20_000_000  # one image or lesson
MAX_TOTAL_BYTES = 100_000_000  # the whole pack, unpacked
MAX_RATIO = 100  # unpacked size / packed size; text compresses ~5-10x, a zip bomb by thousands
ALLOWED_SUFFIXES = {".md", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".json", ".txt"}
CHUNK = 64 * 1024


@dataclass
class PackResult:
    problems: list[str] = field(default_factory=list)  # reasons the pack was refused
    lessons: list[str] = field(default_factory=list)  # lesson ids (packing) or installed lesson files
    target: Path | None = None  # the zip written, or the folder installed

    @property
    def ok(self) -> bool:
        return not self.problems


# -- packing -----------------------------------------------------------------------------------
def build_pack(folder: Path, output: Path) -> PackResult:
    """Check every lesson under folder and zip the lessons with the images they use."""
    from literacy_app.content.validate import check_lesson

    result = PackResult()
    folder = folder.resolve()
    paths = lesson_files([folder]) if folder.is_dir() else []
    if not paths:
        result.problems.append(f"{folder}: no lessons found (a lesson is a .md file with front matter)")
        return result
    files: set[Path] = set()
    manifest = []
    for path in paths:
        lesson = check_lesson(path)
        result.problems += [problem.format() for problem in lesson.errors]
        if path.is_symlink():
            result.problems.append(f"{path}: is a link; copy the real file into the folder")
        files.add(path.resolve())
        for image in _images_of(lesson):
            target = (lesson.folder / image).resolve()
            if folder in target.parents and target.is_file():
                files.add(target)
        manifest.append({"id": lesson.id, "title": lesson.title, "path": path.relative_to(folder).as_posix()})
        result.lessons.append(lesson.id)
    if len(files) + 1 > MAX_FILES:
        result.problems.append(f"{folder}: {len(files)} files; a pack holds at most {MAX_FILES}")
    if result.problems:
        return result
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps({"format": 1, "lessons": manifest}, indent=2, ensure_ascii=False))
        for file in sorted(files):
            archive.write(file, file.relative_to(folder).as_posix())
    result.target = output
    return result


def _images_of(lesson: Lesson) -> list[str]:
    from literacy_app.content.images import lesson_images

    return [image.src for image in lesson_images(lesson) if not image.is_remote]


# -- checking and installing -------------------------------------------------------------------
def inspect_pack(pack: Path) -> list[str]:
    """Every reason not to unpack this file; empty when it looks like a well-formed pack."""
    try:
        size = pack.stat().st_size
        with zipfile.ZipFile(pack) as archive:
            entries = archive.infolist()
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        return [f"{pack.name}: not a readable zip file ({exc})"]
    problems = []
    if len(entries) > MAX_FILES:
        problems.append(f"{pack.name}: {len(entries)} files; a pack holds at most {MAX_FILES}")
        return problems
    seen: set[str] = set()
    total = 0
    for entry in entries:
        name = entry.filename
        reason = _unsafe_name(name)
        if reason:
            problems.append(f"{pack.name}: entry '{name}' {reason}")
            continue
        if stat.S_ISLNK(entry.external_attr >> 16):
            problems.append(f"{pack.name}: entry '{name}' is a symbolic link; packs hold only real files")
        if entry.flag_bits & 0x1:
            problems.append(f"{pack.name}: entry '{name}' is encrypted")
        if entry.is_dir():
            continue
        if PurePosixPath(name).suffix.lower() not in ALLOWED_SUFFIXES:
            problems.append(f"{pack.name}: entry '{name}' is not a lesson, image or text file")
        if name.lower() in seen:
            problems.append(f"{pack.name}: entry '{name}' appears twice")
        seen.add(name.lower())
        if entry.file_size > MAX_FILE_BYTES:
            problems.append(f"{pack.name}: entry '{name}' is too large ({entry.file_size // 1_000_000} MB)")
        total += entry.file_size
    if total > MAX_TOTAL_BYTES:
        problems.append(f"{pack.name}: unpacks to {total // 1_000_000} MB; "
                        f"the limit is {MAX_TOTAL_BYTES // 1_000_000} MB")
    if size and total / size > MAX_RATIO:
        problems.append(f"{pack.name}: unpacks to {total // max(size, 1)} times its size; "
                        "this looks like a zip bomb")
    if not any(PurePosixPath(e.filename).suffix.lower() == ".md" for e in entries):
        problems.append(f"{pack.name}: holds no lesson (.md) files")
    return problems


def _unsafe_name(name: str) -> str:
    if not name or "\x00" in name:
        return "has no usable name"
    if "\\" in name:
        return "uses '\\' in its path; packs use '/'"
    path = PurePosixPath(name)
    if path.is_absolute() or re.match(r"^[A-Za-z]:", name):
        return "has an absolute path"
    if ".." in path.parts:
        return "climbs out of the pack with '..'"
    if any(part.startswith(".") for part in path.parts):
        return "is hidden (its name starts with '.')"
    return ""


def install_pack(pack: Path, lessons_dir: Path) -> PackResult:
    """Check, unpack into a temporary folder inside lessons_dir, check every lesson, then move into place."""
    from literacy_app.content.validate import check_lesson

    result = PackResult(problems=inspect_pack(pack))
    if result.problems:
        return result
    lessons_dir.mkdir(parents=True, exist_ok=True)
    target = lessons_dir / _folder_name(pack)
    staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=lessons_dir))
    try:
        try:
            _extract(pack, staging, result)
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError) as exc:
            result.problems.append(f"{pack.name}: cannot be unpacked ({exc})")
        if not result.problems:
            # lesson_files skips hidden folders, and the staging folder is hidden on purpose
            found = [path for path in sorted(staging.rglob("*.md")) if path.name.lower() not in SKIPPED_NAMES
                     and not any(part.startswith(".") for part in path.relative_to(staging).parts)]
            if not found:
                result.problems.append(f"{pack.name}: holds no lesson (.md) files")
            for path in found:
                lesson = check_lesson(path)
                shown = str(target / path.relative_to(staging))
                result.problems += [p.format().replace(str(path), shown, 1) for p in lesson.errors]
                result.lessons.append(shown)
        if result.problems:
            return result
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=".replaced-", dir=lessons_dir))
            target.replace(old / target.name)
            staging.replace(target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.replace(target)
        result.target = target
        return result
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _extract(pack: Path, staging: Path, result: PackResult) -> None:
    """Copy each entry's bytes ourselves, counting them: the sizes in a zip header can lie."""
    total = 0
    root = staging.resolve()
    with zipfile.ZipFile(pack) as archive:
        for entry in archive.infolist():
            destination = (staging / entry.filename).resolve()
            if root not in destination.parents:
                result.problems.append(f"{pack.name}: entry '{entry.filename}' would be written outside the pack")
                return
            if entry.is_dir():
                destination.mkdir(parents=True, exist_ok=True)
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            written = 0
            with archive.open(entry) as source, open(destination, "wb") as sink:
                while chunk := source.read(CHUNK):
                    written += len(chunk)
                    total += len(chunk)
                    if written > min(entry.file_size, MAX_FILE_BYTES) or total > MAX_TOTAL_BYTES:
                        result.problems.append(f"{pack.name}: entry '{entry.filename}' unpacks larger than it says")
                        return
                    sink.write(chunk)


def _folder_name(pack: Path) -> str:
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", pack.stem).strip("-")
    return name or "lesson-pack"
