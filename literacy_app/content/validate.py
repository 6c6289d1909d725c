"""Checks that need the whole lesson: duplicate ids, each block type's own checks, images on disk."""

from __future__ import annotations

from pathlib import Path

from literacy_app.content.blocks import type_of
from literacy_app.content.images import URL_RE, lesson_images
from literacy_app.content.model import Lesson
from literacy_app.content.parse import parse_lesson, parse_text
from literacy_app.content.syntax import Reporter


def check_lesson(path: Path | str) -> Lesson:
    """Parse a lesson and run every whole-lesson check; problems end up on the lesson."""
    return _check(parse_lesson(path))


def check_lesson_text(text: str, path: Path | str) -> Lesson:
    """The same checks on text not saved yet (the editor's preview); images resolve beside `path`."""
    return _check(parse_text(text, Path(path)))


def _check(lesson: Lesson) -> Lesson:
    reporter = Reporter(str(lesson.path), list(lesson.problems))
    _check_ids(lesson, reporter)
    for block in lesson.blocks():
        kind = type_of(block)
        if kind is not None:
            kind.check(block, reporter)
    for image in lesson_images(lesson):
        _check_image(image.src, lesson.folder.resolve(), image.line, image.col, reporter)
    lesson.problems = sorted(reporter.problems, key=lambda p: (p.line, p.col))
    return lesson


def _check_ids(lesson: Lesson, reporter: Reporter) -> None:
    seen: dict[str, int] = {}

    def claim(item_id: str, line: int, what: str) -> None:
        if item_id in seen:
            reporter.error(line, 1, f"duplicate {what} id '{item_id}' (first used on line {seen[item_id]})",
                           "every id in a lesson must be different")
        else:
            seen[item_id] = line

    for block in lesson.blocks():
        kind = type_of(block)
        if kind is None or not kind.needs_id:
            continue
        claim(block.id, block.line, "block")
        for item_id, line, what in kind.ids(block):
            claim(item_id, line, what)


def _check_image(src: str, folder: Path, line: int, col: int, reporter: Reporter) -> None:
    if URL_RE.match(src):
        reporter.warning(line, col, f"image '{src}' is not a file in the lesson folder",
                         "remote images are never loaded; copy the image next to the lesson")
        return
    target = (folder / src).resolve()
    if folder not in target.parents:
        reporter.error(line, col, f"image '{src}' is outside the lesson folder",
                       "keep images in the lesson's folder, e.g. images/picture.png")
    elif not target.is_file():
        reporter.error(line, col, f"image '{src}' does not exist",
                       f"check the file name; paths are relative to {folder.name}/")
