"""Write a lesson as Moodle XML: every question type, reflections as essays (with the teacher notes that
follow them as grader information), prose as descriptions, steps as categories, pictures embedded.

Texts are written in Moodle's markdown format, so the lesson's Markdown crosses unchanged and the file
reads back into the same lesson. Pictures next to the lesson go into the file as base64 <file> elements,
referred to as @@PLUGINFILE@@/name, as Moodle does.
"""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET

from literacy_app.content.bank import Export, category_text, format_number, numeric_center, outside_code
from literacy_app.content.model import Lesson, Prose, Question, Quiz, Reflection, TeacherNotes
from literacy_app.content.weights import effective_weights, moodle_grade_note, percent

_IMAGE_RE = re.compile(r"(!\[[^\]\n]{0,1000}\]\(\s*<?)([^)\s>]+)")
_KINDS = {"single": "multichoice", "multiple": "multichoice", "true-false": "truefalse", "short": "shortanswer",
          "numeric": "numerical", "match": "matching", "order": "ordering"}


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


class _Writer:
    def __init__(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.folder = lesson.folder.resolve()
        self.root = ET.Element("quiz")
        self.export = Export()
        self.line = 0

    def note(self, message: str) -> None:
        self.export.messages.append((self.line, message))

    def text(self, parent: ET.Element, tag: str, markdown: str, **attributes: str) -> ET.Element:
        """<tag format="markdown"><text>...</text><file .../></tag>, with the pictures it shows embedded."""
        element = _sub(parent, tag, format="markdown", **attributes)
        self.fill(element, markdown)
        return element

    def fill(self, element: ET.Element, markdown: str) -> None:
        """Add <text> and a <file> for each picture of the lesson folder the text shows."""
        text = _sub(element, "text")
        embedded: dict[str, str] = {}

        def embed(match: re.Match[str]) -> str:
            source = match.group(2)
            picture = (self.folder / source).resolve()
            if not picture.is_file() or not picture.is_relative_to(self.folder):
                self.note(f"the picture {source} is not a file in the lesson folder; it is left out of the export")
                return match.group(0)
            if source not in embedded:
                embedded[source] = self._file_name(picture.name, embedded)
                _sub(element, "file", base64.b64encode(picture.read_bytes()).decode("ascii"),
                     name=embedded[source], path="/", encoding="base64")
            return match.group(1) + "@@PLUGINFILE@@/" + embedded[source]

        text.text = outside_code(markdown, lambda part: _IMAGE_RE.sub(embed, part))

    @staticmethod
    def _file_name(name: str, taken: dict[str, str]) -> str:
        candidate, n = name, 2
        while candidate in taken.values():
            stem, dot, extension = name.rpartition(".")
            candidate = f"{stem}-{n}.{extension}" if dot else f"{name}-{n}"
            n += 1
        return candidate

    def category(self, step_title: str, quiz_id: str = "") -> None:
        question = _sub(self.root, "question", type="category")
        category = _sub(question, "category")
        _sub(category, "text", category_text([self.lesson.module, step_title]))
        info = _sub(question, "info", format="markdown")
        _sub(info, "text", "")
        _sub(question, "idnumber", quiz_id)

    def head(self, kind: str, name: str, markdown: str, explanation: str, points: float, idnumber: str) -> ET.Element:
        question = _sub(self.root, "question", type=kind)
        _sub(_sub(question, "name"), "text", name)
        self.text(question, "questiontext", markdown)
        self.text(question, "generalfeedback", explanation)
        _sub(question, "defaultgrade", format_number(points))
        _sub(question, "penalty", "0")  # a lesson has no penalty per wrong try
        _sub(question, "hidden", "0")
        _sub(question, "idnumber", idnumber)
        return question

    # -- items
    def question(self, question: Question, shuffle: bool) -> None:
        self.line = question.line
        kind = _KINDS.get(question.kind)
        if kind is None:
            self.note(f"{question.kind} question '{question.id}' has no Moodle XML form; skipped")
            return
        text = question.prompt + ("\n\n" + question.body if question.body else "")
        element = self.head(kind, _name(question.prompt, question.id), text, question.explanation,
                            question.points, question.id)
        getattr(self, "_" + kind)(element, question, shuffle)
        for hint in question.hints:
            self.text(element, "hint", hint)
        self.export.written += 1

    def _answer(self, parent: ET.Element, share: float, text: str, feedback: str, plain: bool = False) -> ET.Element:
        answer = _sub(parent, "answer", fraction=percent(share), format="plain_text" if plain else "markdown")
        if plain:
            _sub(answer, "text", text)
        else:
            self.fill(answer, text)  # an answer holds its <text> and <file>s itself
        self.text(answer, "feedback", feedback)
        return answer

    def _combined(self, element: ET.Element) -> None:
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
            _sub(_sub(element, tag, format="markdown"), "text", "")

    def _check_grades(self, question: Question, shares: list[float]) -> None:
        note = moodle_grade_note(question.id, shares)
        if note:
            self.note(note)

    def _multichoice(self, element: ET.Element, question: Question, shuffle: bool) -> None:
        _sub(element, "single", "true" if question.kind == "single" else "false")
        _sub(element, "shuffleanswers", "true" if shuffle else "false")
        _sub(element, "answernumbering", "abc")
        self._combined(element)
        shares = effective_weights(question)
        self._check_grades(question, shares)
        for choice, share in zip(question.choices, shares, strict=True):
            self._answer(element, share, choice.text, choice.feedback)

    def _truefalse(self, element: ET.Element, question: Question, _shuffle: bool) -> None:
        for word in ("true", "false"):
            choice = next((c for c in question.choices if c.text.lower() == word), None)
            share = 1.0 if choice is not None and choice.correct else 0.0
            self._answer(element, share, word, choice.feedback if choice else "", plain=True)

    def _shortanswer(self, element: ET.Element, question: Question, _shuffle: bool) -> None:
        _sub(element, "usecase", "0")
        shares = effective_weights(question)
        self._check_grades(question, shares)
        for choice, share in zip(question.choices, shares, strict=True):
            self._answer(element, share, choice.text, choice.feedback, plain=True)

    def _numerical(self, element: ET.Element, question: Question, _shuffle: bool) -> None:
        self._check_grades(question, [answer.fraction for answer in question.numeric])
        for answer in question.numeric:
            value, tolerance = numeric_center(answer)
            written = self._answer(element, answer.fraction, format_number(value), answer.feedback, plain=True)
            _sub(written, "tolerance", format_number(tolerance))
        if question.unit:
            unit = _sub(_sub(element, "units"), "unit")
            _sub(unit, "multiplier", "1")
            _sub(unit, "unit_name", question.unit)
        _sub(element, "unitgradingtype", "1" if question.unit_required else "0")
        _sub(element, "unitpenalty", "1.0000000" if question.unit_required else "0.1000000")
        _sub(element, "showunits", "0" if question.unit_required else "3")
        _sub(element, "unitsleft", "0")

    def _matching(self, element: ET.Element, question: Question, shuffle: bool) -> None:
        _sub(element, "shuffleanswers", "true")
        self._combined(element)
        for left, right in question.pairs:
            sub = _sub(element, "subquestion", format="plain_text")
            _sub(sub, "text", left)
            _sub(_sub(sub, "answer"), "text", right)

    def _ordering(self, element: ET.Element, question: Question, _shuffle: bool) -> None:
        for tag, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
                           ("gradingtype", "ABSOLUTE_POSITION"), ("showgrading", "SHOW"),
                           ("numberingstyle", "none")):
            _sub(element, tag, value)
        self._combined(element)
        for position, choice in enumerate(question.choices, 1):
            answer = _sub(element, "answer", fraction=str(position), format="plain_text")
            _sub(answer, "text", choice.text)
            _sub(_sub(answer, "feedback", format="markdown"), "text", "")

    def reflection(self, reflection: Reflection, grader: TeacherNotes | None) -> None:
        self.line = reflection.line
        element = self.head("essay", _name(reflection.prompt, reflection.id), reflection.prompt, "", 1.0,
                            reflection.id)
        for tag, value in (("responseformat", "editor"), ("responserequired", "1"), ("responsefieldlines", "10"),
                           ("attachments", "0"), ("attachmentsrequired", "0")):
            _sub(element, tag, value)
        self.text(element, "graderinfo", grader.markdown if grader else "")
        self.text(element, "responsetemplate", "")
        if reflection.min_length:
            self.note(f"Moodle essays count words, not characters; the minimum of '{reflection.id}' is left out")
        self.export.written += 1

    def prose(self, prose: Prose, step_title: str) -> None:
        self.line = prose.line
        self.head("description", _name(prose.markdown, step_title or "Text"), prose.markdown, "", 0.0, "")
        self.export.written += 1

    def write(self) -> Export:
        for step in self.lesson.steps:
            self.category(step.title)
            items = step.items
            for index, item in enumerate(items):
                following = items[index + 1] if index + 1 < len(items) else None
                if isinstance(item, Quiz):
                    self.category(step.title, item.id)
                    for question in item.questions:
                        self.question(question, item.shuffle)
                    self.category(step.title)
                elif isinstance(item, Reflection):
                    self.reflection(item, following if isinstance(following, TeacherNotes) else None)
                elif isinstance(item, Prose):
                    self.prose(item, step.title)
                elif isinstance(item, TeacherNotes):
                    previous = items[index - 1] if index else None
                    if not isinstance(previous, Reflection):
                        self.line = item.line
                        self.note("teacher notes that do not follow a reflection have no place in Moodle XML "
                                  "(after a reflection they become its grader information); left out")
                else:
                    self.line = getattr(item, "line", 0)
                    self.note(f"{type(item).__name__.lower()} '{getattr(item, 'id', '')}' has no Moodle question "
                              "form; skipped")
        ET.indent(self.root, space="  ")
        body = ET.tostring(self.root, encoding="unicode")
        comment = f"<!-- {_comment(self.lesson.title)} ({self.lesson.id}), exported by Media Literacy Lab -->"
        self.export.text = f'<?xml version="1.0" encoding="UTF-8"?>\n{comment}\n{body}\n'
        return self.export


def _name(markdown: str, fallback: str) -> str:
    """A question's name in Moodle's bank: its text, shortened, without Markdown marks."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", markdown.split("\n")[0])
    text = re.sub(r"[*_`\\]", "", text).strip()
    return (text[:77] + "...") if len(text) > 80 else (text or fallback)


def _comment(text: str) -> str:
    return text.replace("--", "- -")


def lesson_to_moodle_xml(lesson: Lesson) -> Export:
    """The whole lesson as a Moodle XML question bank, and a message for each thing it cannot hold."""
    return _Writer(lesson).write()

