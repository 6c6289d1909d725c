"""A "poll" block type that lives outside the app: the proof that a new block type needs no edit to the
core. One module declares it (syntax, checks, scoring, xAPI, analytics, demo, template); poll_widget.py
shows it. A poll asks the class's opinion: every vote is stored and counted, none is right or wrong.

    ::: poll favourite-format
    ### Where do you follow creators most?
    - Short videos
    - Live streams
    - Podcasts
    :::
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from literacy_app.content.blocks import BlockType, ItemScore, Submission, Template, register, unregister
from literacy_app.content.blocks.registry import DemoLearner
from literacy_app.content.syntax import Line, Reporter

TEMPLATE = """\
::: poll favourite-format
<!-- A poll asks for an opinion: each '- ' line is an option; votes are counted, never marked. -->
### Where do you follow creators most?
- Short videos
- Live streams
- Podcasts
:::
"""


@dataclass
class Poll:
    id: str
    question: str = ""
    options: list[str] = field(default_factory=list)
    line: int = 0


def parse_poll(block_id: str, opening: Line, lines: list[Line], reporter: Reporter) -> Poll:
    poll = Poll(id=block_id, line=opening.number)
    for line in lines:
        text = line.text.strip()
        if text.startswith("### "):
            poll.question = text[4:].strip()
        elif text.startswith("- "):
            poll.options.append(text[2:].strip())
    if not poll.question:
        reporter.error(opening.number, 1, f"poll '{block_id}' has no question", "add a line '### Your question?'")
    return poll


def check_poll(poll: Poll, reporter: Reporter) -> None:
    if len(poll.options) < 2:
        reporter.error(poll.line, 1, f"poll '{poll.id}' needs at least two options", "add lines '- option'")


def vote(poll: Poll, choice: int) -> Submission:
    return Submission([ItemScore("vote", {"vote": poll.options[choice]}, True, 0.0, 0.0)],
                      extensions={"option": choice})


def describe_vote(response: dict[str, Any]) -> str | None:
    return f"Voted: {response['vote']}" if "vote" in response else None


def demo_vote(poll: Poll, learner: DemoLearner) -> int:
    return learner.pick(list(range(len(poll.options))))


POLL = BlockType(
    name="poll",
    label="Poll",
    model=Poll,
    parse=parse_poll,
    template=Template("poll", "Poll", TEMPLATE),
    answers="whole",
    check=check_poll,
    score=vote,
    items=lambda poll: [("vote", poll.question)],
    describe=describe_vote,
    counts=lambda poll: {"polls": 1},
    demo=demo_vote,
)


def register_poll() -> None:
    register(POLL)


def unregister_poll() -> None:
    unregister(POLL.name)
