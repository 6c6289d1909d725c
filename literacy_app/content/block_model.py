"""What the built-in block types hold: quizzes and their questions, scenarios, feeds, reflections and teacher
notes. Plain dataclasses, free of Qt, each remembering where it was written.

Part of the lesson model (`literacy_app.content.model` names every class here too): a lesson's body is made of
these, and they load with the first body read, not with the library's list of lessons.
"""

from __future__ import annotations

from dataclasses import dataclass, field

QUESTION_KINDS = ("single", "multiple", "true-false", "short", "order", "match", "numeric")

KNOWN_CUES = (
    "undisclosed-sponsorship",
    "disclosed-sponsorship",
    "affiliate-link",
    "engagement-bait",
    "urgency",
    "manufactured-intimacy",
    "product-placement",
    "paid-membership",
)


@dataclass
class Choice:
    """One answer a question offers, whether it is right, and the feedback it gets."""

    text: str
    correct: bool
    feedback: str = ""
    line: int = 0
    weight: float | None = None  # explicit share of the points, -1.0..1.0


@dataclass
class NumericAnswer:
    """An accepted number: a value with a tolerance, or a range, written as low..high."""

    low: float
    high: float
    fraction: float = 1.0  # share of the question's points, 0..1
    feedback: str = ""
    line: int = 0

    def accepts(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass
class Question:
    """One question of a quiz block."""

    id: str
    prompt: str
    kind: str = "single"
    choices: list[Choice] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)  # match: (left, right)
    hints: list[str] = field(default_factory=list)
    explanation: str = ""
    points: float = 1.0
    body: str = ""  # extra Markdown between the heading and the choices
    negative: bool = False  # from the quiz: wrong ticks may take the score below zero
    numeric: list[NumericAnswer] = field(default_factory=list)  # numeric: the accepted numbers
    unit: str = ""  # numeric: the unit the answer is in, e.g. "km"
    unit_required: bool = False  # numeric: an answer without the unit is wrong
    line: int = 0

    @property
    def correct_choices(self) -> list[Choice]:
        return [c for c in self.choices if c.correct]


@dataclass
class Quiz:
    """A `::: quiz` block: its questions and how it is marked."""

    id: str
    questions: list[Question] = field(default_factory=list)
    pass_mark: float | None = None  # percent
    shuffle: bool = False
    attempts: int | None = None  # None: unlimited
    negative: bool = False  # multiple-answer questions may score below zero
    mode: str = "practice"  # "test": one submit for the whole quiz, no feedback per item before it
    feedback: str = "immediate"  # when answers are shown: immediate, after-submit or after-course
    line: int = 0

    @property
    def max_points(self) -> float:
        return sum(q.points for q in self.questions)


@dataclass
class ScenarioChoice:
    """A choice in a scenario node: its text, the node it leads to and how it changes the score."""

    text: str
    target: str
    delta: int = 0
    condition: tuple[str, int] | None = None  # (operator, value) on the score so far
    feedback: str = ""
    line: int = 0
    col: int = 1

    def available(self, score: int) -> bool:
        if self.condition is None:
            return True
        op, value = self.condition
        return {
            ">=": score >= value,
            ">": score > value,
            "<=": score <= value,
            "<": score < value,
            "==": score == value,
        }[op]


@dataclass
class Node:
    """One situation of a scenario: its text and choices, or an ending."""

    id: str
    title: str
    body: str = ""
    choices: list[ScenarioChoice] = field(default_factory=list)
    ending: str | None = None  # outcome label when this node ends the scenario
    score: int = 0  # score earned for reaching this ending
    line: int = 0

    @property
    def is_ending(self) -> bool:
        return self.ending is not None


@dataclass
class Scenario:
    """A `::: scenario` block: a branching story of nodes."""

    id: str
    nodes: list[Node] = field(default_factory=list)
    start: str = ""
    allow_back: bool = False
    line: int = 0

    def node(self, node_id: str) -> Node | None:
        for node in self.nodes:
            if node.id == node_id:
                return node
        return None

    @property
    def endings(self) -> list[Node]:
        return [n for n in self.nodes if n.is_ending]

    @property
    def max_score(self) -> int:
        return max((n.score for n in self.endings), default=0)


@dataclass
class Post:
    """One post of a simulated social-media feed, with the cues it really contains."""

    id: str
    author: str
    handle: str = ""
    text: str = ""
    image: str = ""
    likes: int = 0
    comments: int = 0
    time: str = ""
    cues: list[str] = field(default_factory=list)
    explanation: str = ""
    line: int = 0


@dataclass
class Feed:
    """A `::: feed` block: posts in which the learner tags cues of sponsorship and persuasion."""

    id: str
    posts: list[Post] = field(default_factory=list)
    cues: list[str] = field(default_factory=lambda: list(KNOWN_CUES))
    line: int = 0

    @property
    def max_score(self) -> int:
        # a clean post is worth one point too: recognising "nothing here" is a skill
        return sum(max(len(p.cues), 1) for p in self.posts)


@dataclass
class Reflection:
    """A `::: reflection` block: a prompt the learner answers in their own words."""

    id: str
    prompt: str = ""
    min_length: int = 0
    line: int = 0


@dataclass
class TeacherNotes:
    """A `::: teacher` block: notes shown only in teacher mode."""

    markdown: str
    line: int = 0
