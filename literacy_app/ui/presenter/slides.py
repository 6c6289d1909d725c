"""A lesson cut into slides for the projector: each step's text, each question, each scenario, each post.

Block types are found through the block registry; a type the presenter has no slide for shows its items.
Teacher notes are not slides: they go with their step to the teacher's screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from literacy_app.content.blocks import type_of
from literacy_app.content.model import Lesson, Prose


@dataclass
class Slide:
    kind: str  # title, prose, question, scenario, post, reflection, other
    step: int  # the lesson step it comes from (-1: the title slide)
    step_title: str
    markdown: str = ""
    block: Any = None
    item: Any = None  # the question or post of the slide
    number: int = 0  # the question's or post's number in the lesson

    def label(self) -> str:
        """A few words naming the slide, for the teacher's "next up"."""
        if self.kind == "question":
            return QCoreApplication.translate("Slide", "Question {0}").format(self.number)
        if self.kind == "post":
            return QCoreApplication.translate("Slide", "Post {0}").format(self.number)
        if self.kind == "scenario":
            return QCoreApplication.translate("Slide", "Scenario")
        if self.kind == "title":
            return QCoreApplication.translate("Slide", "Title")
        return self.step_title or self.kind.capitalize()


@dataclass
class Deck:
    lesson: Lesson
    slides: list[Slide] = field(default_factory=list)
    notes: dict[int, list[str]] = field(default_factory=dict)  # step -> teacher notes (Markdown)

    def first_slide_of_step(self, step: int) -> int:
        return next((index for index, slide in enumerate(self.slides) if slide.step >= step), 0)


def build_deck(lesson: Lesson) -> Deck:
    deck = Deck(lesson, [Slide("title", -1, lesson.title)])
    questions = posts = 0
    for index, step in enumerate(lesson.steps):
        prose: list[str] = []

        def flush(prose: list[str] = prose, index: int = index, title: str = step.title) -> None:
            if prose:
                deck.slides.append(Slide("prose", index, title, "\n\n".join(prose)))
                prose.clear()

        for item in step.items:
            if isinstance(item, Prose):
                prose.append(item.markdown)
                continue
            kind = type_of(item)
            if kind is None:
                continue
            if not kind.shown_to_learners:
                deck.notes.setdefault(index, []).append(getattr(item, "markdown", ""))
                continue
            flush()
            if kind.name == "quiz":
                for question in item.questions:
                    questions += 1
                    deck.slides.append(Slide("question", index, step.title, block=item, item=question,
                                             number=questions))
            elif kind.name == "feed":
                for post in item.posts:
                    posts += 1
                    deck.slides.append(Slide("post", index, step.title, block=item, item=post, number=posts))
            elif kind.name == "scenario":
                deck.slides.append(Slide("scenario", index, step.title, block=item))
            elif kind.name == "reflection":
                deck.slides.append(Slide("reflection", index, step.title, item.prompt, block=item))
            else:
                deck.slides.append(Slide("other", index, step.title, block=item))
        flush()
        if not any(slide.step == index for slide in deck.slides):  # a step with only teacher notes
            deck.slides.append(Slide("prose", index, step.title, ""))
    return deck
