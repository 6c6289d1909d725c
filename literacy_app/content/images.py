"""The pictures a lesson shows: one reading, shared by the checker, the lesson index cache and lesson packs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from literacy_app.content.blocks import type_of
from literacy_app.content.model import Lesson, Prose

# the alt text is bounded: an unbounded one makes a line of ten thousand '![' take quadratic time
IMAGE_RE = re.compile(r"!\[[^\]\n]{0,1000}\]\(\s*<?(?P<src>[^)\s>]+)")
CODE_SPAN_RE = re.compile(r"(`+)(?:(?!\1).)+\1")
FENCE_RE = re.compile(r"^\s*(```|~~~)")
URL_RE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


@dataclass(frozen=True)
class ImageRef:
    src: str  # as written: relative to the lesson's folder, or an address
    line: int
    col: int

    @property
    def is_remote(self) -> bool:
        return bool(URL_RE.match(self.src))


def prose_images(markdown: str, first_line: int) -> list[ImageRef]:
    """Pictures in Markdown prose; examples inside code blocks and code spans are not pictures."""
    if "![" not in markdown:  # most prose has no picture: skip the scan
        return []
    found = []
    in_fence = False
    for offset, text in enumerate(markdown.split("\n")):
        if FENCE_RE.match(text):
            in_fence = not in_fence
        if in_fence:
            continue
        text = CODE_SPAN_RE.sub(lambda m: " " * len(m.group(0)), text)
        found += [ImageRef(m.group("src"), first_line + offset, m.start("src") + 1) for m in IMAGE_RE.finditer(text)]
    return found


def lesson_images(lesson: Lesson) -> list[ImageRef]:
    """Every picture the lesson shows, in prose and in blocks (feed posts ...), in lesson order."""
    found: list[ImageRef] = []
    for step in lesson.steps:
        for item in step.items:
            if isinstance(item, Prose):
                found += prose_images(item.markdown, item.line)
            elif (kind := type_of(item)) is not None:
                found += [ImageRef(src, line, 1) for src, line in kind.images(item)]
    return found
