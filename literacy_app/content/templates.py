"""Ready-to-edit snippets of the lesson format: one per block and question type, and a starter lesson.

Shared by `literacy-app new` and the editor's Insert menu. Every template passes `literacy-app check`
on its own (inside a lesson), and the `<!-- -->` comments in it are ignored by the app.
"""

from __future__ import annotations

from dataclasses import dataclass

from literacy_app.content.syntax import slugify


@dataclass(frozen=True)
class Template:
    key: str
    label: str  # shown in the Insert menu
    text: str


SINGLE_CHOICE = """\
### Which statement best describes a parasocial relationship? {#q-definition}
<!-- '- [x]' marks the correct choice, '- [ ]' a wrong one; an indented '>' line is that choice's feedback. -->
- [ ] Two classmates who message each other every evening.
  > Both people know each other here, so the bond runs both ways.
- [x] A viewer who feels close to a streamer who has never heard of them.
  > Right: the closeness only runs one way.
Hint: Ask yourself who knows whom.
Explanation: The relationship runs beside a real one, but only one side takes part.
"""

MULTIPLE_ANSWER = """\
### Which of these can build a one-sided bond? {#q-sources}
<!-- Several '- [x]' make check boxes with partial credit. '{50%}' after the mark sets a choice's share;
     a negative share such as '{-50%}' on a wrong choice takes points away. -->
- [x] A radio host you listen to every morning.
  > Yes: regular listening creates a sense of knowing the host.
- [x] A vlogger who talks straight into the camera.
  > Yes: direct address makes viewers feel spoken to personally.
- [ ] Your aunt, who calls you every Sunday.
  > She knows you too, so the relationship is mutual.
Points: 2
Explanation: Any media figure can be the other side of a parasocial bond.
"""

TRUE_FALSE = """\
### A post tagged #ad is paid for by a brand. {#q-ad-label}
Type: true-false
- [x] True
  > Yes: the label tells you money or free products changed hands.
- [ ] False
  > The label exists exactly to tell you it was paid for.
"""

SHORT_TEXT = """\
### What do we call a one-sided bond with a media figure? {#q-term}
Type: short
<!-- Every '- [x]' is an accepted answer; case and extra spaces are ignored. -->
- [x] parasocial relationship
- [x] parasocial bond
- [ ] friendship
  > A friendship runs both ways.
Hint: It starts with "para".
"""

ORDERING = """\
### Put the steps of checking a sponsored post in order. {#q-steps}
<!-- Write the items in the correct order; the app shuffles them for the learner. -->
1. Read the whole caption.
2. Look for a label such as #ad or "paid partnership".
3. Ask who earns money if you buy.
"""

MATCHING = """\
### Match each cue with what it looks like. {#q-cues}
<!-- 'left -> right': the learner picks the right side for each left side. -->
- Urgency -> "Only 3 hours left!"
- Engagement bait -> "Comment YES if you agree!"
- Affiliate link -> "Use my code for 20% off"
"""

QUESTIONS = (
    Template("single", "Question: single choice", SINGLE_CHOICE),
    Template("multiple", "Question: multiple answers", MULTIPLE_ANSWER),
    Template("true-false", "Question: true or false", TRUE_FALSE),
    Template("short", "Question: short text", SHORT_TEXT),
    Template("order", "Question: put in order", ORDERING),
    Template("match", "Question: matching", MATCHING),
)

QUIZ = """\
::: quiz check-basics
<!-- Settings (all optional): pass mark in percent, shuffle choices, number of attempts. -->
pass: 70
shuffle: false
attempts: 2

""" + SINGLE_CHOICE + "\n" + MULTIPLE_ANSWER + ":::\n"

SCENARIO = """\
::: scenario code-drop
<!-- A branching story. Each '###' is a node; '- [text](#node-id)' leads to another node.
     '+1' changes the score; 'if score >= 1' shows a choice only when the score so far allows it.
     A node with 'Ending:' ends the story and 'Score:' is what reaching it earns. -->
start: live-stream
back: true

### The code drop {#live-stream}
Your favourite streamer, Juno, says her hoodie code ends at midnight.
- [Buy it right away](#bought)
  > The countdown did its job.
- [Check whether the post says it is sponsored](#checked) +1
  > Good instinct: look for the disclosure first.

### Looking closer {#checked}
The description says "#ad" at the very bottom.
- [Decide you do not need it](#end-skip) +1
- [Buy it anyway, knowing it is an ad](#end-informed) if score >= 1

### Buyer's rush {#bought}
Ending: Impulse buy
Score: 0
You bought it in thirty seconds. Did you need it?

### Thoughtful skip {#end-skip}
Ending: Thoughtful skip
Score: 2
You kept your money and noticed the ad.

### Informed purchase {#end-informed}
Ending: Informed purchase
Score: 1
You knew it was an ad and still wanted it.
:::
"""

FEED = """\
::: feed spot-the-ad
<!-- A simulated social feed. The heading is the display name and @handle. 'Cues:' lists what the
     post really contains ('none' for a clean post); the learner tags the cues they see.
     An optional 'Image: images/picture.png' shows a picture from the lesson folder.
     The '>' paragraph explains the post after the learner submits. -->
cues: undisclosed-sponsorship, affiliate-link, engagement-bait, urgency, manufactured-intimacy

### Juno Park @junoplays {#post-hoodie}
Time: 2h
Likes: 12400
Comments: 310
Cues: affiliate-link, urgency
Only 3 hours left on my code JUNO20!!! Link in bio, don't miss it
> The code earns Juno money (affiliate link), and "only 3 hours left" pushes you to hurry (urgency).

### Sam Ortiz @samcooks {#post-soup}
Time: 5h
Likes: 880
Comments: 41
Cues: none
Tried my grandma's soup recipe tonight. Still not as good as hers.
> A plain post: no product, no pressure.
:::
"""

REFLECTION = """\
::: reflection my-favourite-creator
<!-- Free text, saved for each learner, never graded. 'min' is the minimum number of characters. -->
min: 40

Think of a creator you follow. What makes them feel familiar to you?
:::
"""

TEACHER = """\
::: teacher
<!-- Teacher notes are never shown to learners. -->
Timing: 10 min reading, 15 min quiz, 15 min scenario.
:::
"""

BLOCKS = (
    Template("quiz", "Quiz", QUIZ),
    Template("scenario", "Scenario", SCENARIO),
    Template("feed", "Feed", FEED),
    Template("reflection", "Reflection", REFLECTION),
    Template("teacher", "Teacher notes", TEACHER),
)

ALL_TEMPLATES = BLOCKS + QUESTIONS


def template(key: str) -> Template:
    for item in ALL_TEMPLATES:
        if item.key == key:
            return item
    raise KeyError(key)


def _yaml_text(value: str) -> str:
    """A YAML scalar that stays a string whatever the teacher typed."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def starter_lesson(title: str, module: str = "My course", lesson_id: str = "", order: int = 1) -> str:
    """A complete lesson that uses every block type, with comments saying how each part works."""
    lesson_id = lesson_id or slugify(title)
    quiz_all_types = (
        "::: quiz check-yourself\n"
        "<!-- A quiz holds questions. Each '### Question {#id}' starts one; 'Type:' picks the kind\n"
        "     (single choice and multiple answers are found from the '- [x]' marks). -->\n"
        "pass: 60\n\n"
        + "\n".join(item.text for item in QUESTIONS)
        + ":::\n"
    )
    return f"""\
---
id: {lesson_id}
title: {_yaml_text(title)}
module: {_yaml_text(module)}
order: {order}
objectives:
  - Tell a one-sided bond from a mutual one
duration: 30
level: beginner
---

<!-- This is a starter lesson. Everything between these marks is a comment: the app ignores it.
     Each '## Heading' starts a step. Check the lesson at any time with
     'literacy-app check {lesson_id}'. The full reference is docs/authoring.md. -->

Welcome! Write a short introduction here. Ordinary Markdown works: **bold**, *italic*, lists,
tables, links and pictures such as `![A diagram](images/diagram.png)` next to the lesson file.

## Read

A **parasocial relationship** is a bond that runs one way: you know the creator, but the creator
does not know you.

## Check yourself

{quiz_all_types}
## What would you do?

{SCENARIO}
## Spot the cues

{FEED}
## Think about it

{REFLECTION}
{TEACHER}"""
