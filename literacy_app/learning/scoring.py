"""Scoring: the one place the rest of the house asks for a score.

Each block type scores its own answers (content/blocks/); this module names those rules for learning,
storage and the UI, and scores any "whole"-submission block through the registry.
"""

from __future__ import annotations

from literacy_app.content.blocks import Submission, type_of
from literacy_app.content.blocks.feed import PostResult, score_feed, score_post
from literacy_app.content.blocks.quiz import passed
from literacy_app.content.blocks.quiz_scoring import QuestionResult, normalise_answer, score_question
from literacy_app.content.blocks.registry import Block, Response
from literacy_app.content.blocks.scenario import ScenarioResult, score_scenario

__all__ = [
    "PostResult", "QuestionResult", "ScenarioResult", "Submission", "max_score", "normalise_answer", "passed",
    "score_block", "score_feed", "score_post", "score_question", "score_scenario",
]


def score_block(block: Block, response: Response) -> Submission:
    """Score a block answered as a whole (a feed, a poll) with its type's own rule."""
    kind = type_of(block)
    if kind is None or kind.score is None:
        raise ValueError(f"{type(block).__name__} is not answered as a whole")
    return kind.score(block, response)


def max_score(block: Block) -> float:
    """The most a block can earn; 0 for a block that is not graded."""
    kind = type_of(block)
    return kind.max_score(block) if kind is not None else 0.0
