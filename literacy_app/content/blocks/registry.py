"""The block-type registry: everything that varies by `:::` block type, declared once per type.

A block type is one module under content/blocks/ (or anywhere else: a test registers its own) that
builds a `BlockType` and passes it to `register`. The rest of the house asks the registry instead of
testing `isinstance`: the parser finds the type's parser by its `:::` name, the checker runs its checks,
scoring, xAPI, analytics, the demo class and the starter lesson read its entries, and the UI registers
the widget that shows it under the same name. Everything here is plain Python, free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from literacy_app.content.syntax import Line, Reporter

Block = Any  # a parsed block: an instance of some registered type's `model`
Response = Any  # what a learner submitted, in the shape the type's `score` expects


@dataclass(frozen=True)
class ItemScore:
    """One scored part of a submission (a question, a post, a poll's one answer), stored as one answer row."""

    item_id: str
    response: dict[str, Any]
    correct: bool
    score: float
    max_score: float


@dataclass(frozen=True)
class Submission:
    """A whole block answered at once: its items, its total, and the figures its xAPI statement reports."""

    items: list[ItemScore]
    extensions: dict[str, Any] = field(default_factory=dict)  # xAPI result extensions, by short name
    details: Any = None  # what the type's widget shows back (e.g. each post's found / missed cues)

    @property
    def score(self) -> float:
        return sum(item.score for item in self.items)

    @property
    def max_score(self) -> float:
        return sum(item.max_score for item in self.items)


class DemoLearner(Protocol):
    """A simulated learner, as the demo class hands it to a block type (see learning/demo.py)."""

    def knows(self, item_key: str, boost: float) -> bool: ...

    def pick(self, options: list[Any]) -> Any: ...

    def chance(self, probability: float) -> bool: ...


@dataclass(frozen=True)
class Template:
    """A ready-to-edit snippet for the editor's Insert menu and the starter lesson."""

    key: str
    label: str  # shown in the Insert menu
    text: str


def _nothing(*_args: object) -> list[Any]:
    return []


def _no_check(_block: Block, _reporter: Reporter) -> None:
    return None


def _no_points(_block: Block) -> float:
    return 0.0


def _describe_plainly(response: dict[str, Any]) -> str | None:
    return None


@dataclass(frozen=True)
class BlockType:
    """What one `:::` block type is: how it is written, checked, scored, reported and simulated.

    How learners' answers are stored is one of three shapes (`answers`):
    - "whole": one submission scores every item at once (feed, poll): Session.submit, `score` required;
    - "per-item": each item is answered on its own and the last one finishes the attempt (quiz);
    - "run": a path through the block ends with a score (scenario); "text": free text (reflection);
    - "none": nothing to answer (teacher notes).
    """

    name: str  # the word after ':::'
    label: str  # how people call it ("Quiz")
    model: type  # the class of a parsed block
    parse: Callable[[str, Line, list[Line], Reporter], Block]  # (block id, opening line, inner lines, reporter)
    template: Template
    answers: str = "whole"
    graded: bool = False  # counts towards lesson scores and the gradebook
    needs_id: bool = True
    shown_to_learners: bool = True
    # the dataclasses a parsed block is made of, so the lesson index cache may store them
    model_classes: tuple[type, ...] = ()
    # whole-lesson checks of one block (duplicate ids are checked for every type from `ids`)
    check: Callable[[Block, Reporter], None] = _no_check
    # ids the block introduces into the lesson's id space: (id, line, what) for questions, posts, ...
    ids: Callable[[Block], Iterable[tuple[str, int, str]]] = _nothing
    max_score: Callable[[Block], float] = _no_points
    score: Callable[[Block, Response], Submission] | None = None  # for answers == "whole"
    # (item id, prompt as a teacher reads it) for each answerable item, in lesson order
    items: Callable[[Block], Iterable[tuple[str, str]]] = _nothing
    # a stored response as a teacher reads it, or None when the response is not of this type's shape
    describe: Callable[[dict[str, Any]], str | None] = _describe_plainly
    counts: Callable[[Block], dict[str, int]] = lambda _block: {}
    images: Callable[[Block], Iterable[tuple[str, int]]] = _nothing  # (picture path, line) shown by the block
    xapi_activity_type: str = "http://adlnet.gov/expapi/activities/interaction"
    # what a simulated learner submits (answers == "whole"); the demo class passes its learner
    demo: Callable[[Block, DemoLearner], Response] | None = None
    extra_templates: tuple[Template, ...] = ()  # e.g. one per question type


_TYPES: dict[str, BlockType] = {}
_MODEL_CLASSES: dict[str, type] = {}  # kept up to date on every change: the lesson cache looks classes up here


def register(block_type: BlockType) -> BlockType:
    """Add (or replace) a block type; the parser, checker, store and UI know it from now on."""
    _TYPES[block_type.name] = block_type
    _refresh_model_classes()
    return block_type


def unregister(name: str) -> None:
    _TYPES.pop(name, None)
    _refresh_model_classes()


def _refresh_model_classes() -> None:
    _MODEL_CLASSES.clear()
    _MODEL_CLASSES.update({cls.__name__: cls for t in _TYPES.values() for cls in (t.model, *t.model_classes)})


def block_types() -> list[BlockType]:
    return list(_TYPES.values())


def block_type(name: str) -> BlockType | None:
    return _TYPES.get(name)


def type_of(block: Block) -> BlockType | None:
    """The registered type of a parsed block (by its class), or None for prose."""
    for candidate in _TYPES.values():
        if type(block) is candidate.model:
            return candidate
    return None


def registered_model_classes() -> dict[str, type]:
    """Class name -> class for every registered type's model (a live view: read it, never change it)."""
    return _MODEL_CLASSES
