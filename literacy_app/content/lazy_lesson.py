"""Lessons whose body is read from their file the first time something looks at their steps.

The library lists a thousand lessons from their front matter (or from the index cache); a lesson's steps
are needed only when it is opened, counted or checked, so each lesson pays for its own body when it does.
"""

from __future__ import annotations

import dataclasses

from literacy_app.content import model


class LazyLesson(model.Lesson):
    """A lesson whose steps are parsed from its file on first use (see parse.parse_steps); its front matter
    and problems were set when it was listed. Equal to the freshly parsed lesson it stands for."""

    @property
    def steps(self) -> list[model.Step]:
        steps: list[model.Step] | None = self.__dict__.get("_steps")
        if steps is None:
            from literacy_app.content.parse import parse_steps  # the body parser, without YAML

            steps = self.__dict__["_steps"] = parse_steps(self.path)
        return steps

    @steps.setter
    def steps(self, value: list[model.Step]) -> None:
        self.__dict__["_steps"] = value

    @property
    def steps_loaded(self) -> bool:
        return self.__dict__.get("_steps") is not None

    @property
    def step_count(self) -> int:
        """Without reading the body when the index cache knows it (where a returning learner resumes)."""
        steps: list[model.Step] | None = self.__dict__.get("_steps")
        known = self.__dict__.get("_step_count")
        if steps is None and isinstance(known, int):
            return known
        return len(self.steps)

    def __eq__(self, other: object) -> bool:
        # equal to the freshly parsed lesson it stands for, whichever class that one is
        if not isinstance(other, model.Lesson):
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in dataclasses.fields(model.Lesson))

    __hash__ = None  # type: ignore[assignment]  # equal to a mutable lesson: not hashable, like a dataclass


class CachedLesson(LazyLesson):
    """A lesson listed from the index cache: front matter and the checker's verdict, without parsing."""


def lazy(lesson: model.Lesson, cls: type[LazyLesson] = LazyLesson) -> LazyLesson:
    """The same lesson (every field but its steps), reading its steps again from its file when first asked."""
    made = object.__new__(cls)
    made.__dict__.update(lesson.__dict__)
    made.__dict__.pop("steps", None)
    return made


HEAD_FIELDS = tuple(f.name for f in dataclasses.fields(model.Lesson) if f.name != "steps")
