"""Presenter mode: a lesson full screen in large type, one slide at a time (a step's text, a question, a
scenario part by part, a post), for a projector. PageDown / → / clicker: next; PageUp / ←: back; Home and
End; 1-9: the class's choice; A: show the answer; T: count hands; R: play a scenario again; N: teacher notes
(on the teacher's own screen when there is a second one); Esc: leave. Nothing is stored for anyone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFont, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from literacy_app.content.render import render_markdown, render_page
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.presenter.slide_views import (
    OtherSlide,
    PostSlide,
    QuestionSlide,
    ScenarioSlide,
    SlideView,
    TextSlide,
)
from literacy_app.ui.presenter.slides import Deck, Slide

HINTS = QT_TRANSLATE_NOOP("PresenterWindow", "PageDown/→ next · PageUp/← back · 1-9 the class's choice · "
                                             "A answer · T count hands · Esc leave")


def presenter_points(base_pt: float) -> float:
    """Large type: about twice the reading size, never under 20 points."""
    return max(20.0, base_pt * 2.0)


class NotesWindow(QWidget):
    """The teacher's screen: the step's teacher notes, the answer of the slide shown, and what comes next."""

    def __init__(self, font_pt: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Presenter notes"))
        self.setAccessibleName(self.tr("Teacher notes for the slide on the projector"))
        font = self.font()
        font.setPointSizeF(font_pt)
        self.setFont(font)
        layout = QVBoxLayout(self)
        self.position = QLabel()
        self.position.setWordWrap(True)
        layout.addWidget(self.position)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.answer)
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(self.tr("Teacher notes"))
        layout.addWidget(self.notes, 1)

    def show_slide(self, position: str, answer: str, notes: list[str], following: str) -> None:
        self.position.setText(self.tr("<b>{0}</b> · next: {1}").format(position, following))
        self.answer.setText(self.tr("<b>Answer:</b> {0}").format(answer) if answer else "")
        self.answer.setVisible(bool(answer))
        self.notes.setHtml(render_markdown("\n\n".join(notes)) if notes
                           else "<p><i>" + self.tr("No teacher notes here.") + "</i></p>")


class PresenterWindow(QWidget):
    slideChanged = Signal(int)

    def __init__(self, deck: Deck, theme: str = "light", base_pt: float = 12.0, teacher_notes: bool = False,
                 start: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deck = deck
        self.theme = theme
        self.points = presenter_points(base_pt)
        self.teacher_notes = teacher_notes  # teacher mode is on: notes may be shown
        self.setWindowTitle(self.tr("Presenter: {0}").format(deck.lesson.title))
        self.setObjectName("presenterWindow")
        self.setAccessibleName(self.tr("Presenter mode: {0}").format(deck.lesson.title))
        font = QFont(self.font())
        font.setPointSizeF(self.points)
        self.setFont(font)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("presenterHeader")
        self.header.setWordWrap(True)
        self._scale(self.header, 0.6)
        layout.addWidget(self.header)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        self.notes_panel = NotesWindow(self.points * 0.5)  # a window of its own on a second screen
        self.notes_panel.hide()
        footer = QHBoxLayout()
        self.position_label = QLabel()
        self._scale(self.position_label, 0.5)
        footer.addWidget(self.position_label)
        footer.addStretch(1)
        hints = QLabel(self.tr(HINTS))
        self._scale(hints, 0.4)
        footer.addWidget(hints)
        layout.addLayout(footer)
        self.tallies = False
        self.index = -1
        self.view: SlideView | None = None
        self._keys()
        self.go_to(start)

    def _scale(self, widget: QWidget, factor: float) -> None:
        font = QFont(widget.font())
        font.setPointSizeF(self.points * factor)
        widget.setFont(font)

    def _keys(self) -> None:
        bindings = [
            (("PgDown", "Right"), self.next),
            (("PgUp", "Left"), self.previous),
            (("Home",), lambda: self.go_to(0)),
            (("End",), lambda: self.go_to(len(self.deck.slides) - 1)),
            (("Esc",), self.close),
            (("A",), lambda: self.view.reveal() if self.view else None),
            (("T",), self.toggle_tallies),
            (("R",), self._replay),
            (("N",), self.toggle_notes),
        ]
        bindings += [((str(n),), lambda n=n: self.view.choose(n - 1) if self.view else None) for n in range(1, 10)]
        for keys, action in bindings:
            for key in keys:
                QShortcut(QKeySequence(key), self, action)

    # -- moving ---------------------------------------------------------------------------------------------
    @property
    def slide(self) -> Slide:
        return self.deck.slides[self.index]

    def next(self) -> None:
        if self.index + 1 < len(self.deck.slides):
            self.go_to(self.index + 1)

    def previous(self) -> None:
        if self.view is not None and self.view.back():  # a scenario goes back one part first
            return
        if self.index > 0:
            self.go_to(self.index - 1)

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.deck.slides) - 1))
        if index == self.index:
            return
        self.index = index
        self.view = self._view(self.slide)
        self.view.changed.connect(self._update_notes)
        self.view.changed.connect(self._apply_scales)  # a scenario's next part brings new choices
        self.view.show_tallies(self.tallies)
        self._apply_scales()
        self.scroll.setWidget(self.view)
        self.scroll.verticalScrollBar().setValue(0)
        slide = self.slide
        step = f" · {slide.step_title}" if slide.step_title and slide.kind != "title" else ""
        self.header.setText(f"{self.deck.lesson.title}{step}")
        self.position_label.setText(self.tr("{0} of {1}").format(index + 1, len(self.deck.slides)))
        self.setAccessibleDescription(self.tr("{0}, {1} of {2}").format(slide.label(), index + 1,
                                                                        len(self.deck.slides)))
        if self.view.rows:
            self.view.rows[0].button.setFocus()
        else:
            self.setFocus()
        self._update_notes()
        self.slideChanged.emit(index)

    def _apply_scales(self) -> None:
        """Large type for every part of the slide that asks for it (its choices too, when they change)."""
        if self.view is not None:
            for widget in self.view.findChildren(QWidget):
                scale = widget.property("scale")
                if scale is None and isinstance(widget, (QLabel, QAbstractButton)):
                    scale = 1.0  # every text of the slide, the post card's included
                if scale is not None:
                    self._scale(widget, float(scale))

    def _view(self, slide: Slide) -> SlideView:
        lesson = self.deck.lesson
        if slide.kind == "question":
            return QuestionSlide(slide, lesson)
        if slide.kind == "scenario":
            return ScenarioSlide(slide, lesson)
        if slide.kind == "post":
            total = sum(1 for other in self.deck.slides if other.kind == "post")
            return PostSlide(slide, lesson, total)
        if slide.kind == "other":
            return OtherSlide(slide, lesson)
        if slide.kind == "title":
            goals = "".join(f"<li>{goal}</li>" for goal in lesson.objectives)
            intro = self.tr("In this lesson you will:")
            body = f"<p>{lesson.module}</p>" + (f"<p><b>{intro}</b></p><ul>{goals}</ul>" if goals else "")
            page = render_page(render_markdown("") + body, title=lesson.title, font_pt=self.points,
                               theme=self.theme)
        else:
            text = slide.markdown
            if slide.kind == "reflection":
                text = f"{text}\n\n*{self.tr('Think on your own for a minute, then talk with a partner.')}*"
            page = render_page(render_markdown(text), title=slide.step_title, font_pt=self.points, theme=self.theme)
        return TextSlide(slide, lesson, page)

    def _replay(self) -> None:
        if isinstance(self.view, ScenarioSlide):
            self.view.restart()

    def toggle_tallies(self) -> None:
        self.tallies = not self.tallies
        if self.view is not None:
            self.view.show_tallies(self.tallies)

    # -- the teacher's screen --------------------------------------------------------------------------------
    def _update_notes(self) -> None:
        following = self.deck.slides[self.index + 1].label() if self.index + 1 < len(self.deck.slides) \
            else self.tr("the end")
        notes = self.deck.notes.get(self.slide.step, []) if self.teacher_notes else []
        answer = self.view.answer_text() if self.view is not None and self.teacher_notes else ""
        self.notes_panel.show_slide(
            self.tr("{0} of {1}: {2}").format(self.index + 1, len(self.deck.slides), self.slide.label()), answer,
            notes, following)

    def toggle_notes(self) -> None:
        if self.teacher_notes:
            self.notes_panel.setVisible(not self.notes_panel.isVisible())

    def place(self, screens: Sequence[QScreen], home: QScreen | None) -> bool:
        """Full screen on the projector; with a second screen the notes go full size on the teacher's (home)
        screen. Returns whether the notes have a screen of their own."""
        projector = next((screen for screen in screens if screen is not home), None)
        if projector is not None:
            self.setGeometry(projector.geometry())
        self.showFullScreen()
        if projector is not None and home is not None and self.teacher_notes:
            self.notes_panel.setGeometry(home.availableGeometry())
            self.notes_panel.show()
            return True
        return False

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.notes_panel.close()
        super().closeEvent(event)
