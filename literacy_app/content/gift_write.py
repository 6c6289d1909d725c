"""Write a lesson as a Moodle GIFT question bank: every question type GIFT can hold, and a message for
each thing it cannot (ordering questions, hints, points, units, teacher notes, scenarios, feeds).

Texts are written in GIFT's [markdown] format, so the lesson's Markdown needs no conversion. Each step
becomes a `$CATEGORY:` below the module, each quiz keeps its id in a `// [id:...]` comment and each
question its id in `::id::` and `// [id:...]` (Moodle reads that as the question's ID number).
"""

from __future__ import annotations

import re

from literacy_app.content.bank import Export, category_text, format_number, numeric_center, outside_code
from literacy_app.content.model import Feed, Lesson, Prose, Question, Quiz, Reflection, Scenario, TeacherNotes
from literacy_app.content.weights import effective_weights, moodle_grade_note, percent

_FORMAT_RE = re.compile(r"^\s*\[(markdown|html|plain|moodle)\]", re.IGNORECASE)
_IMAGE_RE = re.compile(r"!\[[^\]\n]{0,1000}\]\(\s*<?([^)\s>]+)")


def gift_escape(text: str) -> str:
    text = text.replace("\\", "\\\\")
    for ch in "~=#{}:":
        text = text.replace(ch, "\\" + ch)
    return text.replace("\r", "").replace("\n", "\\n")


def _answer(text: str) -> str:
    """An answer text, escaped; a text that starts like a format marker gets the real marker first."""
    escaped = gift_escape(text)
    return "[markdown]" + escaped if _FORMAT_RE.match(escaped) else escaped


def _feedback(text: str) -> str:
    return f"#{gift_escape(text)}" if text else ""


def question_gift(question: Question) -> tuple[str | None, list[str]]:
    """One question as GIFT (None when GIFT has no such type), and what it leaves out."""
    notes: list[str] = []
    if question.kind == "order":
        return None, [f"ordering question '{question.id}' has no GIFT form; skipped"]
    text = question.prompt + ("\n\n" + question.body if question.body else "")
    head = f"// [id:{question.id}]\n::{gift_escape(question.id)}::[markdown]{gift_escape(text)}"
    answers = _answers(question, notes)
    if question.explanation:
        answers.append(f"####{gift_escape(question.explanation)}")
    if question.hints:
        notes.append(f"GIFT has no hints; the hints of '{question.id}' are left out")
    if question.points != 1:
        notes.append(f"GIFT has no points per question; '{question.id}' is worth "
                     f"{format_number(question.points)} here and 1 in the export")
    notes.extend(_picture_notes(text, question.id))
    opening = " {#\n" if question.kind == "numeric" else " {\n"
    return head + opening + "\n".join("\t" + answer for answer in answers) + "\n}\n", notes


def _answers(question: Question, notes: list[str]) -> list[str]:
    kind = question.kind
    if kind == "true-false":
        truth = next((c.text.lower() == "true" for c in question.choices if c.correct), True)
        right = next((c.feedback for c in question.choices if c.correct), "")
        wrong = next((c.feedback for c in question.choices if not c.correct), "")
        answer = "TRUE" if truth else "FALSE"
        if wrong or right:
            answer += f"#{gift_escape(wrong)}"
        if right:
            answer += f"#{gift_escape(right)}"
        return [answer]
    if kind == "match":
        return [f"={_answer(left)} -> {gift_escape(right)}" for left, right in question.pairs]
    if kind == "numeric":
        note = moodle_grade_note(question.id, [answer.fraction for answer in question.numeric])
        if note:
            notes.append(note)
        if question.unit:
            notes.append(f"GIFT has no units; the unit '{question.unit}' of '{question.id}' is left out")
        numbers = []
        for number in question.numeric:
            value, tolerance = numeric_center(number)
            numbers.append(f"=%{percent(number.fraction)}%{format_number(value)}:{format_number(tolerance)}"
                           + _feedback(number.feedback))
        return numbers
    shares = effective_weights(question)
    note = moodle_grade_note(question.id, shares)
    if note:
        notes.append(note)
    lines = []
    for choice, share in zip(question.choices, shares, strict=True):
        text = _answer(choice.text)
        weighted = text.startswith("%")  # a text like '%50 off' must not read as a weight
        if kind == "short":
            mark = "=" if share == 1.0 and not weighted else f"=%{percent(share)}%"
        elif kind == "multiple":
            mark = f"~%{percent(share)}%"
        elif choice.correct:
            mark = "="
        else:
            mark = f"~%{percent(share)}%" if share or weighted else "~"
        lines.append(mark + text + _feedback(choice.feedback))
    return lines


def _picture_notes(markdown: str, item_id: str) -> list[str]:
    sources: list[str] = []

    def collect(part: str) -> str:  # outside code only: a picture in backticks is only text
        sources.extend(_IMAGE_RE.findall(part))
        return part

    outside_code(markdown, collect)
    return [f"the picture {source} of '{item_id}' is not carried by GIFT; copy it next to the imported lesson"
            for source in sources]


def reflection_gift(reflection: Reflection) -> tuple[str, list[str]]:
    notes = []
    if reflection.min_length:
        notes.append(f"GIFT essays have no minimum length; the minimum of '{reflection.id}' is left out")
    notes.extend(_picture_notes(reflection.prompt, reflection.id))
    text = f"// [id:{reflection.id}]\n::{gift_escape(reflection.id)}::[markdown]{gift_escape(reflection.prompt)} {{}}\n"
    return text, notes


def lesson_to_gift(lesson: Lesson) -> Export:
    """The whole lesson as GIFT: steps as categories, quizzes, reflections and prose in order."""
    export = Export()
    parts = [f"// {lesson.title} ({lesson.id}), exported by Media Literacy Lab\n"]
    for step in lesson.steps:
        category = category_text([lesson.module, step.title])
        step_start = len(parts)  # the step's category goes here once something of it is written
        for item in step.items:
            if isinstance(item, Quiz):
                written = []
                for question in item.questions:
                    text, notes = question_gift(question)
                    export.messages.extend((question.line, note) for note in notes)
                    if text is not None:
                        written.append(text)
                if written:  # the quiz keeps its id in a comment; the category after it ends the quiz
                    parts.extend([f"// [id:{item.id}]\n$CATEGORY: {category}\n", *written, f"$CATEGORY: {category}\n"])
                    export.written += len(written)
            elif isinstance(item, Reflection):
                text, notes = reflection_gift(item)
                export.messages.extend((item.line, note) for note in notes)
                parts.append(text)
                export.written += 1
            elif isinstance(item, Prose):
                export.messages.extend((item.line, note) for note in _picture_notes(item.markdown, "text"))
                parts.append(f"[markdown]{gift_escape(item.markdown)}\n")
                export.written += 1
            else:
                export.messages.append((getattr(item, "line", 0), _no_place(item)))
        if len(parts) > step_start:
            parts.insert(step_start, f"$CATEGORY: {category}\n")
    export.text = "\n".join(parts)
    return export


def _no_place(item: object) -> str:
    if isinstance(item, TeacherNotes):
        return "teacher notes are never shown to learners and have no place in a question bank; left out"
    if isinstance(item, Scenario):
        return f"scenario '{item.id}' has no question-bank form; skipped"
    if isinstance(item, Feed):
        return f"feed '{item.id}' has no question-bank form; skipped"
    return f"{type(item).__name__.lower()} has no question-bank form; skipped"
