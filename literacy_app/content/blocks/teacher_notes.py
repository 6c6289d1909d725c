"""Teacher notes: shown only in teacher mode, never to learners, never answered."""

from __future__ import annotations

from literacy_app.content.blocks.registry import BlockType, Template, register
from literacy_app.content.model import TeacherNotes
from literacy_app.content.syntax import Line, Reporter, collect_text

TEACHER = """\
::: teacher
<!-- Teacher notes are never shown to learners. -->
Timing: 10 min reading, 15 min quiz, 15 min scenario.
:::
"""


def parse_teacher_notes(_block_id: str, opening: Line, lines: list[Line], _reporter: Reporter) -> TeacherNotes:
    return TeacherNotes(collect_text([line.text for line in lines]), opening.number)


TEACHER_NOTES_TYPE = register(BlockType(
    name="teacher",
    label="Teacher notes",
    model=TeacherNotes,
    parse=parse_teacher_notes,
    template=Template("teacher", "Teacher notes", TEACHER),
    answers="none",
    needs_id=False,
    shown_to_learners=False,
    counts=lambda notes: {"teacher_notes": 1},
))
