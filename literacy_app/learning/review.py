"""Review of mistakes, spaced out over days: a Leitner schedule and the keys that say "same item".

The schedule (docs/learner.md says the same in plain words):

- a mistake (a question answered wrongly or partly wrongly, a feed post with a missed or wrongly tagged
  cue) puts the item in box 0, due the day after the mistake;
- a right review answer moves the item one box on: box 1 is due 3 days later, box 2 after 7 days, box 3
  after 21 days; a right answer in box 3 means the item is learned and leaves the queue;
- a wrong (or partly wrong) review answer puts the item back in box 0, due tomorrow.

An item keeps the answer key it was learned with. When the lesson is edited, the key is compared with the
question as it is now: the same structure with small changes to the words (a typo fix) keeps the item; a
different right answer, another number of choices, a new order or other accepted answers drop it.

Pure functions on dates and the lesson model: no database, no Qt.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from difflib import SequenceMatcher
from typing import Any

from literacy_app.content.blocks import type_of
from literacy_app.content.blocks.quiz_scoring import normalise_answer
from literacy_app.content.model import Feed, Lesson, Post, Question, Quiz

# days until the next review, by box: box 0 holds fresh mistakes
INTERVALS = (1, 3, 7, 21)
LAST_BOX = len(INTERVALS) - 1
# two texts this similar (difflib ratio, after normalising case and spaces) are "the same words, edited"
TYPO_SIMILARITY = 0.8


@dataclass(frozen=True)
class Move:
    """Where a review answer puts an item: its new box and due day, or learned (due None)."""

    box: int
    due: date | None

    @property
    def learned(self) -> bool:
        return self.due is None


def first_due(mistake_day: date) -> date:
    """A new mistake is reviewed the day after it was made."""
    return mistake_day + timedelta(days=INTERVALS[0])


def after_answer(box: int, correct: bool, today: date) -> Move:
    """The Leitner step: right -> next box (3, 7, 21 days; learned after box 3), wrong -> box 0, tomorrow."""
    if not correct:
        return Move(0, today + timedelta(days=INTERVALS[0]))
    box = max(0, min(box, LAST_BOX)) + 1
    if box > LAST_BOX:
        return Move(LAST_BOX, None)
    return Move(box, today + timedelta(days=INTERVALS[box]))


# -- the keyed answer of a review item ------------------------------------------------------------
def _words(text: str) -> str:
    return normalise_answer(text)


def question_key(question: Question) -> dict[str, Any]:
    """What the right answer to a question is, as plain data (stored with a review item)."""
    key: dict[str, Any] = {"kind": question.kind}
    if question.kind in ("single", "multiple", "true-false"):
        key["choices"] = len(question.choices)
        key["right"] = [i for i, c in enumerate(question.choices) if c.correct]
        key["texts"] = [_words(c.text) for c in question.choices if c.correct]
    elif question.kind == "short":
        key["texts"] = sorted(_words(c.text) for c in question.choices if c.correct)
    elif question.kind == "order":
        key["texts"] = [_words(c.text) for c in question.choices]
    elif question.kind == "match":
        key["texts"] = [f"{_words(left)} -> {_words(right)}" for left, right in question.pairs]
    elif question.kind == "numeric":
        key["numbers"] = [[a.low, a.high, a.fraction] for a in question.numeric]
        key["unit"] = _words(question.unit)
    return key


def post_key(post: Post) -> dict[str, Any]:
    """A feed post's key: the cues it really contains."""
    return {"kind": "post", "cues": sorted(post.cues)}


def fingerprint(key: dict[str, Any]) -> str:
    """A short, stable hash of a key (the exact same key gives the same fingerprint)."""
    import hashlib  # OpenSSL's library (3 MB in memory) with the first answer to keep, not with the review count

    text = json.dumps(key, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _similar(old: str, new: str) -> bool:
    return old == new or SequenceMatcher(None, old, new).ratio() >= TYPO_SIMILARITY


def same_key(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether a question edited since still asks for the same answer: the structure is the same and every
    keyed text is at most a typo away from the old one. Numbers and cues must match exactly."""
    if fingerprint(old) == fingerprint(new):
        return True
    structure = {name: value for name, value in old.items() if name != "texts"}
    if structure != {name: value for name, value in new.items() if name != "texts"}:
        return False
    old_texts, new_texts = list(old.get("texts", [])), list(new.get("texts", []))
    if len(old_texts) != len(new_texts):
        return False
    if old.get("kind") != "short":  # choices, order and pairs: position by position
        return all(map(_similar, old_texts, new_texts))
    for text in old_texts:  # accepted answers: in any order
        match = next((other for other in new_texts if _similar(text, other)), None)
        if match is None:
            return False
        new_texts.remove(match)
    return True


# -- finding an item in a lesson, through the block registry ----------------------------------------
@dataclass(frozen=True)
class Reviewable:
    """One item of a lesson that can come back for review, with its current key."""

    lesson_id: str
    block_id: str
    item_id: str
    kind: str  # "question" or "post"
    block: Any
    item: Any
    key: dict[str, Any]


def _quiz_items(quiz: Quiz) -> list[tuple[str, str, Any, dict[str, Any]]]:
    return [(q.id, "question", q, question_key(q)) for q in quiz.questions]


def _feed_items(feed: Feed) -> list[tuple[str, str, Any, dict[str, Any]]]:
    return [(p.id, "post", p, post_key(p)) for p in feed.posts]


# block type name -> its reviewable items; a type without an entry (scenario, reflection) is not reviewed
REVIEWABLE_TYPES: dict[str, Callable[[Any], list[tuple[str, str, Any, dict[str, Any]]]]] = {
    "quiz": _quiz_items,
    "feed": _feed_items,
}


def find_item(lesson: Lesson, block_id: str, item_id: str) -> Reviewable | None:
    """The item with these ids in the lesson as it is now, or None when it was removed."""
    block = lesson.block(block_id)
    kind = type_of(block) if block is not None else None
    items_of = REVIEWABLE_TYPES.get(kind.name) if kind is not None else None
    if items_of is None:
        return None
    for found_id, what, item, key in items_of(block):
        if found_id == item_id:
            return Reviewable(lesson.id, block_id, item_id, what, block, item, key)
    return None


def held_until_course_end(block: Any) -> bool:
    """A quiz whose answers are shown only after the course (a pre-test) is not reviewed before then."""
    return getattr(block, "feedback", "") == "after-course"
