"""Lessons to a PDF: worksheets for learners, or with an answer key and teacher notes for teachers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from literacy_app.content.model import Lesson
from literacy_app.ui.print.lesson_html import lesson_chunks
from literacy_app.ui.print.pdf_book import PAPERS, PdfBook


def write_lessons_pdf(lessons: Sequence[Lesson], path: Path, answers: bool = False, paper: str = "a4") -> int:
    """Write the lessons, each from a new page, to one PDF; returns its number of pages.

    Needs a QGuiApplication (fonts). `answers` adds each lesson's answer key with explanations and teacher
    notes: for teachers only.
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
    if not lessons:
        raise ValueError("no lesson to print")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    title = lessons[0].title if len(lessons) == 1 else f"{lessons[0].module} ({len(lessons)} lessons)"
    chunks = [chunk for lesson in lessons for chunk in lesson_chunks(lesson, answers)]
    return PdfBook(path, paper, title).write(chunks)
