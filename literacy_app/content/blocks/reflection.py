"""The reflection block: a prompt and free text, saved for its author and never graded."""

from __future__ import annotations

from literacy_app.content.blocks.registry import BlockType, DemoLearner, Template, register
from literacy_app.content.model import Reflection
from literacy_app.content.syntax import Line, Reporter, collect_text, parse_number, parse_settings

REFLECTION_SETTINGS = ("min",)
REFLECTION = """\
::: reflection my-favourite-creator
<!-- Free text, saved for each learner, never graded. 'min' is the minimum number of characters. -->
min: 40

Think of a creator you follow. What makes them feel familiar to you?
:::
"""

# what simulated learners write (the demo class): the kind of thing a 13-18 year old might say
DEMO_TEXTS = [
    "I follow a streamer every day and I realised I feel like I know her, but she does not know me at all.",
    "Next time I see a discount code I will look for #ad before I buy anything.",
    "I think the algorithm shows me the same creators again and again, so they feel like friends.",
    "It is fine to enjoy a creator's videos, but I should remember it is also their job.",
    "My little brother watches toy unboxing videos and now I understand why he wants everything.",
    "I did not know that 'link in bio' can earn the creator money. I will check that now.",
    "Sometimes I feel left out when I miss a live stream. I want to turn off some notifications.",
    "A virtual influencer is made by a company, so its 'feelings' are really marketing.",
]


def parse_reflection(block_id: str, opening: Line, lines: list[Line], reporter: Reporter) -> Reflection:
    reflection = Reflection(id=block_id, line=opening.number)
    settings, used = parse_settings(lines, REFLECTION_SETTINGS, reporter)
    if "min" in settings:
        value, line = settings["min"]
        number = parse_number(value, line, reporter, "min")
        if number is not None:
            reflection.min_length = max(0, int(number))
    reflection.prompt = collect_text([line.text for line in lines[used:]])
    if not reflection.prompt:
        reporter.error(opening.number, 1, f"reflection '{block_id}' has no prompt",
                       "write the question the learner should think about inside the block")
    return reflection


def _demo(reflection: Reflection, learner: DemoLearner) -> str:
    text: str = learner.pick(DEMO_TEXTS)
    while len(text) < reflection.min_length:
        text += " " + learner.pick(DEMO_TEXTS)
    return text


REFLECTION_TYPE = register(BlockType(
    name="reflection",
    label="Reflection",
    model=Reflection,
    parse=parse_reflection,
    template=Template("reflection", "Reflection", REFLECTION),
    answers="text",
    counts=lambda reflection: {"reflections": 1},
    xapi_activity_type="http://adlnet.gov/expapi/activities/interaction",
    demo=_demo,
))
