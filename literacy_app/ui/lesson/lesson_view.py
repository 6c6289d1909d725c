"""Steps through a lesson: header with step n of m and a progress bar, the step's content, Back/Next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import delete

from literacy_app.content.model import Lesson, Prose, Step
from literacy_app.content.page_cache import Opening, PageCache
from literacy_app.free_heap import hand_back_free_heap
from literacy_app.services.session import Session
from literacy_app.ui.lazy_qt import set_by_name
from literacy_app.ui.lesson.prose_view import ProseView
from literacy_app.ui.look.accessibility import install_accessibility
from literacy_app.ui.look.buttons import ActionButton
from literacy_app.ui.look.style import current_font_pt, current_theme
from literacy_app.ui.shell.first_paint import after_first_paint

if TYPE_CHECKING:  # what is left to do is worked out when a lesson is finished
    from literacy_app.ui.lesson.lesson_progress import Unfinished

READING_WIDTH = 800  # px at the normal text size: about 90 characters a line, comfortable to read


class LessonView(QWidget):
    stepChanged = Signal(str, int)  # lesson id, step index
    lessonCompleted = Signal(str)

    def __init__(self, session: Session, page_cache: PageCache | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_accessibility()
        self.session = session
        self._lesson: Lesson | None = None
        self._step = 0
        # the look the app has now (the main window sets both; another window's preview follows the app)
        self.font_pt = current_font_pt()
        self.theme = current_theme()
        self.show_teacher_notes = False
        # set by the app for the lesson shown at start-up: its text is painted first and its activities
        # (a pre-test builds dozens of widgets) are added right after, so the window appears sooner
        self.activities_after_first_paint = False
        self.page_cache = page_cache  # rendered prose from earlier runs
        self.finish_box: QMessageBox | None = None  # the open "Finish the lesson?" question, if any
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(8)
        header = QVBoxLayout()
        header.setSpacing(4)
        self.title_label = QLabel()
        self.title_label.setObjectName("lessonTitle")
        self.title_label.setWordWrap(True)
        header.addWidget(self.title_label)
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.step_label.setWordWrap(True)
        header.addWidget(self.step_label)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)  # the step label above says it in words
        self.progress.setAccessibleName(self.tr("Progress through the lesson"))
        header.addWidget(self.progress)
        layout.addLayout(header)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("lessonScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.viewport().installEventFilter(self)  # the reading column follows the view's width
        layout.addWidget(self.scroll, 1)
        footer = QHBoxLayout()
        self.back_button = ActionButton(self.tr("◀ Back"))
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.back_button.clicked.connect(self.back)
        self.next_button = ActionButton(self.tr("Next ▶"), primary=True)
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))
        self.next_button.clicked.connect(self.go_next)
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        layout.addLayout(footer)
        QShortcut(QKeySequence("Alt+Right"), self, self.go_next)
        QShortcut(QKeySequence("Alt+Left"), self, self.back)
        self._show_welcome()

    @property
    def lesson(self) -> Lesson | None:
        return self._lesson

    @property
    def step(self) -> int:
        return self._step

    def _show_welcome(self) -> None:
        self.title_label.setText(self.tr("Welcome"))
        self.step_label.setText(self.tr("Choose a lesson from the list on the left."))
        self.progress.hide()
        self.back_button.hide()
        self.next_button.hide()
        self.scroll.setWidget(QWidget())

    def open_lesson(self, lesson: Lesson, step: int = 0) -> None:
        self._lesson = lesson
        self.progress.show()
        self.back_button.show()
        self.next_button.show()
        self.go_to(step)

    def close_lesson(self) -> None:
        """Back to the welcome page: the step on screen (with a learner's answers in it) is freed, and a theme or
        text size chosen before the next lesson opens renders nothing."""
        self._lesson = None
        self._show_welcome()

    def go_to(self, step: int) -> None:
        lesson = self._lesson
        if lesson is None or not lesson.step_count:
            return
        self._step = max(0, min(step, lesson.step_count - 1))
        self._render_step()
        self.stepChanged.emit(lesson.id, self._step)

    def next(self) -> None:
        """The next step; on the last step, finish the lesson (without asking: see go_next)."""
        if self._lesson is None:
            return
        if self._step < len(self._lesson.steps) - 1:
            self.go_to(self._step + 1)
        else:
            self._complete()

    def go_next(self) -> None:
        """What "Next" and "Finish lesson" do for the learner: finishing with activities left first says
        which and asks (Finish anyway / Keep working)."""
        lesson = self._lesson
        if lesson is None:
            return
        if self._step < len(lesson.steps) - 1:
            self.go_to(self._step + 1)
            return
        from literacy_app.ui.lesson.lesson_progress import unfinished_activities  # on the last step only

        left = unfinished_activities(self.session, lesson) if self.session.profile is not None else []
        if left:
            self._ask_finish(left)
        else:
            self._complete()

    def _complete(self) -> None:
        self.lessonCompleted.emit(self._lesson.id)
        self.step_label.setText(self.tr("Lesson complete. Well done!"))

    def keep_working(self, left: list[Unfinished]) -> None:
        """Back to the first activity left."""
        if left and left[0].step != self._step:
            self.go_to(left[0].step)

    def describe_unfinished(self, left: list[Unfinished]) -> list[str]:
        """One line per activity left: where it is and what is missing."""
        from literacy_app.ui.lesson.activity_registry import block_label  # loaded with the activities

        lines = []
        for item in left:
            where = self.tr("Step {0}").format(item.step + 1) + (f" “{item.step_title}”" if item.step_title else "")
            if item.answers == "per-item":
                missing = self.tr("{0}: {1} of {2} questions not answered").format(block_label(item.kind), item.left,
                                                                                  item.total)
            elif item.answers == "run":
                missing = self.tr("{0}: not played yet").format(block_label(item.kind))
            elif item.answers == "text":
                missing = self.tr("{0}: not written yet").format(block_label(item.kind))
            else:
                missing = self.tr("{0}: not submitted yet").format(block_label(item.kind))
            lines.append(f"{where}: {missing}")
        return lines

    def _ask_finish(self, left: list[Unfinished]) -> None:
        """A question that does not block: its buttons finish the lesson or go back to what is left."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Finish the lesson?"),
                          self.tr("Some activities are not done yet:") + "\n\n• "
                          + "\n• ".join(self.describe_unfinished(left)) + "\n\n" + self.tr("Finish the lesson anyway?"),
                          parent=self)
        box.setObjectName("finishQuestion")
        self.finish_anyway_button = box.addButton(self.tr("Finish anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.keep_working_button = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.keep_working_button)
        box.setEscapeButton(self.keep_working_button)

        def answered(_result: int) -> None:
            self.finish_box = None
            if box.clickedButton() is self.finish_anyway_button:
                self._complete()
            else:
                self.keep_working(left)
            box.deleteLater()

        box.finished.connect(answered)
        self.finish_box = box
        box.open()

    def back(self) -> None:
        if self._lesson is not None and self._step > 0:
            self.go_to(self._step - 1)

    def refresh(self) -> None:
        if self._lesson is not None:
            self._render_step()

    def _render_step(self) -> None:
        lesson = self._lesson
        count = lesson.step_count
        defer_activities, self.activities_after_first_paint = self.activities_after_first_paint, False
        # the step shown at start-up may open as the page cache kept it: the lesson's body is read after the paint
        opening = self._kept_opening(lesson) if defer_activities else None
        step = lesson.steps[self._step] if opening is None else None
        title = opening[0] if opening is not None else step.title
        self.title_label.setText(lesson.title)
        self.step_label.setText(self.tr("Step {0} of {1}: {2}").format(
            self._step + 1, count, title or self.tr("Introduction")))
        self.progress.setRange(0, count)
        self.progress.setValue(self._step + 1)
        self.progress.setFormat(self.tr("Step %v of %m"))
        self.back_button.setEnabled(self._step > 0)
        last = self._step == count - 1
        self.next_button.setText(self.tr("Finish lesson ✔") if last else self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Finish the lesson") if last else self.tr("Next step"))

        # the step on screen goes first: built beside it, a heavy step would need the memory of both at once
        if (previous := self.scroll.takeWidget()) is not None:
            delete(previous)
        # made inside the view it will be shown in: with the app's style sheet, moving a built step into the view
        # would restyle every widget of it once more
        content = QWidget(self.scroll.viewport())
        content.setObjectName("stepContent")
        column = QVBoxLayout(content)
        self._fit_column(column)
        column.setSpacing(14)
        if self._step == 0 and lesson.objectives:
            goals = "\n".join(f"- {goal}" for goal in lesson.objectives)
            column.addWidget(self._prose(self.tr("**In this lesson you will:**") + "\n\n" + goals, "",
                                         self.tr("What you will learn")))
        if opening is not None:
            for index, (shown, markdown) in enumerate(opening[1]):
                self._add_text(column, -1, index, title, shown, markdown)
            rest = len(opening[1])
            self.page_cache.keep_opening(lesson.path, self._step, opening)  # for the start after this one
        else:
            rest = len(step.items)  # items from here on wait for the first paint (built in order: same tab order)
            for index, item in enumerate(step.items):
                if defer_activities and _is_activity(item):
                    rest = index
                    break
                self._add_item(column, -1, index, title, item)
            self._keep_opening(lesson, step)
        column.addStretch(1)
        self._name_apart(content)
        self.scroll.setWidget(content)
        self.scroll.verticalScrollBar().setValue(0)
        if opening is not None or rest < len(step.items):
            after_first_paint(content, lambda: self._add_rest(content, lesson, rest, opening))
        # the step replaced was freed whole: once this one is on screen, the heap's free pages go back
        after_first_paint(content, hand_back_free_heap)

    def _add_item(self, column: QVBoxLayout, place: int, index: int, title: str, item: object) -> None:
        """Add a step's item at `place` in the column (-1: at the end)."""
        if isinstance(item, Prose):
            self._add_text(column, place, index, title, True, item.markdown)
        elif _is_hidden(item):  # teacher notes
            self._add_text(column, place, index, title, False, item.markdown)
        else:
            column.insertWidget(place, self._activity(self._lesson, item))

    def _add_text(self, column: QVBoxLayout, place: int, index: int, title: str, shown: bool, markdown: str) -> None:
        """A step's text (its first one under the step's title), or teacher notes when the teacher is looking."""
        if shown:
            name = self.tr("Lesson text: {0}").format(title or self.tr("Introduction"))
            column.insertWidget(place, self._prose(markdown, title if index == 0 else "", name))
        elif self.show_teacher_notes:
            column.insertWidget(place, self._prose(self.tr("**Teacher notes**") + "\n\n" + markdown, "",
                                                   self.tr("Teacher notes")))

    def _kept_opening(self, lesson: Lesson) -> Opening | None:
        if self.page_cache is None or getattr(lesson, "steps_loaded", True):
            return None  # the body is known: show it as it is
        return self.page_cache.opening(lesson.path, self._step)

    def _keep_opening(self, lesson: Lesson, step: Step) -> None:
        """For the next start: the step's title and what comes before its first activity."""
        if self.page_cache is not None:
            self.page_cache.keep_opening(lesson.path, self._step, _opening_of(step))

    def _fit_column(self, column: QVBoxLayout | None = None) -> None:
        """The reading column keeps a comfortable line length on wide screens and uses the whole width on
        narrow ones. Its width is set with a margin (not alignment, which would measure wrapped text at one
        width and show it at another, cutting off its last lines)."""
        if column is None:
            content = self.scroll.widget()
            column = content.layout() if content is not None else None
        if not isinstance(column, QVBoxLayout):
            return
        most = int(READING_WIDTH * self.font_pt / 12)
        spare = max(0, self.scroll.viewport().width() - most)
        column.setContentsMargins(4, 4, spare + 12, 12)  # in line with the title above

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_column()
        return super().eventFilter(watched, event)

    @staticmethod
    def _name_apart(column: QWidget) -> None:
        """Two texts or two quizzes in one step get different names: 'Quiz', 'Quiz (2)'."""
        seen: dict[str, int] = {}
        for child in column.children():  # its own, in order
            name = child.accessibleName() if isinstance(child, QWidget) else ""
            if not name:
                continue
            base = child.property("baseAccessibleName") or name
            child.setProperty("baseAccessibleName", base)
            seen[base] = seen.get(base, 0) + 1
            child.setAccessibleName(base if seen[base] == 1 else f"{base} ({seen[base]})")

    def _add_rest(self, content: QWidget, lesson: Lesson, first: int, opening: Opening | None) -> None:
        if self.scroll.widget() is not content:
            return  # the learner has already moved on; that step was replaced (and deleted)
        steps = lesson.steps
        if opening is not None and (len(steps) != self.progress.maximum() or self._step >= len(steps)
                                    or _opening_of(steps[self._step]) != opening):
            self.go_to(self._step)  # the file changed in a way its stamp missed: show the step as it is now
            return
        step = steps[self._step]
        column = content.layout()
        for index, item in enumerate(step.items[first:], first):
            self._add_item(column, column.count() - 1, index, step.title, item)  # above the closing stretch
        self._name_apart(content)

    def _activity(self, lesson: Lesson, block: object) -> QWidget:
        # the activity widgets are imported with the first activity shown, not before the first paint
        from literacy_app.ui.lesson.activity_registry import widget_for

        return widget_for(self.session, lesson, block)

    def _prose(self, markdown_text: str, title: str, name: str) -> ProseView:
        if self.page_cache is not None:
            html = self.page_cache.page(markdown_text, title=title, font_pt=self.font_pt, theme=self.theme)
        else:
            # loaded here and on a page-cache miss only: a returning learner's start needs no renderer at all
            from literacy_app.content.render import render_markdown, render_page

            html = render_page(render_markdown(markdown_text), title=title, font_pt=self.font_pt, theme=self.theme)
        view = ProseView(html, self._lesson.folder)
        view.setAccessibleName(name)
        set_by_name(view, textInteractionFlags="TextBrowserInteraction|TextSelectableByKeyboard")  # see lazy_qt.py
        return view


def _is_activity(item: object) -> bool:
    """Something the learner does (built after the first paint), as opposed to text to read."""
    if isinstance(item, Prose):
        return False
    from literacy_app.content.blocks import type_of  # loaded by the parser already: the body has been read

    kind = type_of(item)
    return kind is None or kind.shown_to_learners


def _is_hidden(item: object) -> bool:
    """A block learners never see (teacher notes): its Markdown is shown to the teacher only."""
    return not isinstance(item, Prose) and not _is_activity(item)


def _opening_of(step: Step) -> Opening:
    """The step's title and its items before the first activity: (shown to learners, Markdown) each."""
    items: list[tuple[bool, str]] = []
    for item in step.items:
        if _is_activity(item):
            break
        items.append((isinstance(item, Prose), item.markdown))
    return step.title, items
