"""The Insert menu's forms: open one, and write what it makes where it belongs in the lesson text.

A question goes into the quiz under the cursor (or a new quiz), a post into the feed, a node into the
scenario, a choice to the end of the node; anything else on lines of its own at the cursor, or after the
block the cursor is in. Each insertion is one step for Undo.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from literacy_app.content.model import KNOWN_CUES
from literacy_app.ui.author.block_text import (
    Span,
    block_at,
    declared_cues,
    feed_markdown,
    image_markdown,
    lesson_ids,
    node_end,
    node_ids,
    placement,
    quiz_markdown,
    scenario_markdown,
    unique_id,
)
from literacy_app.ui.author.feed_post_form import FeedPostForm
from literacy_app.ui.author.image_dialog import ImageDialog
from literacy_app.ui.author.image_files import copy_picture
from literacy_app.ui.author.question_form import QuestionForm
from literacy_app.ui.author.reflection_form import ReflectionForm
from literacy_app.ui.author.scenario_choice_form import ScenarioChoiceForm
from literacy_app.ui.author.scenario_node_form import ScenarioNodeForm
from literacy_app.ui.author.teacher_note_form import TeacherNoteForm


def front_matter_end(text: str) -> int:
    """The line (1-based) of the front matter's closing '---'; 0 without front matter."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return 0
    return next((number for number, line in enumerate(lines[1:], 2) if line.strip() in ("---", "...")), 0)


class Inserter(QObject):
    inserted = Signal(str)  # what was inserted: question, node, choice, post, reflection, teacher, picture

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None  # the form open now (window-modal, not blocking)

    @property
    def editor(self):  # noqa: ANN201 (AuthorEditor; imported by the window)
        return self.window.editor

    def _ids(self) -> set[str]:
        return lesson_ids(self.window.current_lesson())

    def _open(self, dialog: QDialog, done) -> None:  # noqa: ANN001
        self.dialog = dialog
        dialog.accepted.connect(lambda: done(dialog))
        dialog.open()

    def _free_line(self, span: Span | None) -> int:
        """Where a block of its own goes: after the block the cursor is in, else after the cursor's line
        (or at it when it is empty), never inside the front matter."""
        text = self.editor.toPlainText()
        if span is not None:
            return span.end + 1
        line = self.editor.line
        if self.editor.textCursor().block().text().strip():
            line += 1
        return max(line, front_matter_end(text) + 1)

    def _put(self, line: int, text: str, kind: str) -> None:
        self.editor.insert_lines(line, text)
        self.editor.setFocus()
        self.inserted.emit(kind)

    # -- the forms ----------------------------------------------------------------------------
    def question(self) -> None:
        self._open(QuestionForm(self._ids(), self.window), self._question_done)

    def _question_done(self, form: QuestionForm) -> None:
        text = self.editor.toPlainText()
        where = placement(text, self.editor.line, "quiz")
        if where.inside is not None:
            self._put(where.line, form.markdown(), "question")
            return
        quiz_id = unique_id("quiz", self._ids() | {form.id_field.text()}, "quiz")
        self._put(self._free_line(block_at(text, self.editor.line)), quiz_markdown(quiz_id, form.markdown()),
                  "question")

    def scenario_node(self) -> None:
        text = self.editor.toPlainText()
        span = block_at(text, self.editor.line)
        nodes = node_ids(text, span) if span is not None and span.kind == "scenario" else []
        self._open(ScenarioNodeForm(self._ids(), nodes, self.window), self._node_done)

    def _node_done(self, form: ScenarioNodeForm) -> None:
        text = self.editor.toPlainText()
        where = placement(text, self.editor.line, "scenario")
        if where.inside is not None:
            self._put(where.line, form.markdown(), "node")
            return
        scenario_id = unique_id("scenario", self._ids() | {form.id_field.text()}, "scenario")
        self._put(self._free_line(block_at(text, self.editor.line)), scenario_markdown(scenario_id, form.markdown()),
                  "node")

    def scenario_choice(self) -> None:
        text = self.editor.toPlainText()
        span = block_at(text, self.editor.line)
        if span is None or span.kind != "scenario":
            self._tell(self.tr("Put the cursor in a scenario node first: the choice is added to that node."))
            return
        self._open(ScenarioChoiceForm(node_ids(text, span), self.window), self._choice_done)

    def _choice_done(self, form: ScenarioChoiceForm) -> None:
        text = self.editor.toPlainText()
        span = block_at(text, self.editor.line)
        if span is None or span.kind != "scenario":
            return
        self._put(node_end(text, span, self.editor.line), form.markdown(), "choice")

    def feed_post(self) -> None:
        text = self.editor.toPlainText()
        span = block_at(text, self.editor.line)
        cues = (declared_cues(text, span) if span is not None and span.kind == "feed" else None) or list(KNOWN_CUES)
        self._open(FeedPostForm(self._ids(), cues, self.window), self._post_done)

    def _post_done(self, form: FeedPostForm) -> None:
        image = ""
        if form.picture is not None:
            folder = self.window.lesson_folder()
            if folder is None:
                return
            image, _resized = copy_picture(form.picture, folder)
        text = self.editor.toPlainText()
        where = placement(text, self.editor.line, "feed")
        post = form.markdown(image)
        new_cue = form.new_cue()
        if where.inside is None:
            feed_id = unique_id("feed", self._ids() | {form.id_field.text()}, "feed")
            cues = [*KNOWN_CUES, new_cue] if new_cue and new_cue not in KNOWN_CUES else None
            self._put(self._free_line(block_at(text, self.editor.line)), feed_markdown(feed_id, post, cues), "post")
            return
        span = where.inside
        self._put(where.line, post, "post")
        declared = declared_cues(text, span)
        if new_cue and new_cue not in (declared or KNOWN_CUES):
            self._declare_cue(text, span, declared, new_cue)

    def _declare_cue(self, text: str, span: Span, declared: list[str] | None, cue: str) -> None:
        """Learners can tag only the feed's cues: a cue of the author's own is added to its cues: line."""
        if declared is None:
            self.editor.insert_lines(span.start + 1, "cues: " + ", ".join([*KNOWN_CUES, cue]))
            return
        lines = text.split("\n")
        number = next(n for n in range(span.start + 1, span.end) if lines[n - 1].strip().lower().startswith("cues"))
        self.editor.replace_line(number, "cues: " + ", ".join([*declared, cue]))

    def reflection(self) -> None:
        self._open(ReflectionForm(self._ids(), self.window), self._block_done("reflection"))

    def teacher_note(self) -> None:
        self._open(TeacherNoteForm(self.window), self._block_done("teacher"))

    def _block_done(self, kind: str):  # noqa: ANN202
        def done(form) -> None:  # noqa: ANN001
            text = self.editor.toPlainText()
            self._put(self._free_line(block_at(text, self.editor.line)), form.markdown(), kind)
        return done

    def picture(self) -> None:
        if self.window.lesson_folder() is None:
            return
        self._open(ImageDialog(self.window), self._picture_done)

    def _picture_done(self, dialog: ImageDialog) -> None:
        folder = self.window.lesson_folder()
        if folder is None or dialog.source is None:
            return
        try:
            relative, resized = copy_picture(dialog.source, folder)
        except OSError as exc:
            self._tell(self.tr("The picture could not be copied: {0}").format(exc.strerror or exc))
            return
        text = self.editor.toPlainText()
        self._put(self._free_line(block_at(text, self.editor.line)), image_markdown(dialog.alt.text(), relative),
                  "picture")
        note = self.tr("Copied to {0} (made smaller)") if resized else self.tr("Copied to {0}")
        self.window.statusBar().showMessage(note.format(relative), 8000)

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Insert"), text, parent=self.window)
        self.dialog = box
        box.open()
