"""A small course with every kind of step (prose with a picture, each question type, a feed, a scenario, a
reflection), written out here so that tests of the look and of the keyboard do not depend on the templates."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import FIXTURE_COURSE, ROOT

# a diagram wider than a small window's column: the course's own (drawn by tools/make_diagrams.py)
WIDE_PICTURE = ROOT / "lessons" / "parasocial" / "01-what-is-parasocial" / "images" / "one-way-vs-two-way.png"

LESSON = """---
id: look
title: Every kind of step
module: Tests
order: 1
objectives:
  - See every activity once
---

## Read

A **parasocial** bond runs one way: you know the creator, the creator does not know you. This paragraph is
long enough to wrap several times in a narrow window, so that a cut line would show at once.

![A small dot](images/dot.png)

![Two arrows between you and a friend, one arrow from you to a creator](images/wide.png)

| Who knows whom? | Friend | Creator |
| --- | --- | --- |
| You know them | yes | yes |
| They know you | yes | no |

## Check yourself

::: quiz check
pass: 50
attempts: 3

### Which one is a parasocial relationship? {#q-which}
- [ ] Two friends texting each other every evening about their day.
  > Both people know each other.
- [x] Feeling close to a streamer who has never met you.
  > Right: only one side knows the other.
Hint: Who knows whom?
Explanation: Only one side takes part in a parasocial bond.

### Which can build a one-sided bond? {#q-sources}
- [x] A radio host you listen to every morning.
  > Yes: regular listening builds familiarity.
- [x] A vlogger who talks straight into the camera.
  > Yes: direct address feels personal.
- [ ] Your aunt, who calls you every Sunday.
  > She knows you too.
Points: 2

### What do we call a one-sided bond with a media figure? {#q-term}
Type: short
- [x] parasocial relationship

### Put the steps of checking a sponsored post in order. {#q-steps}
1. Read the whole caption.
2. Look for a label such as #ad or "paid partnership".
3. Ask who earns money if you buy.

### Match each cue with what it looks like. {#q-cues}
- Urgency -> "Only 3 hours left!"
- Engagement bait -> "Comment YES if you agree!"
- Affiliate link -> "Use my code for 20% off"
:::

## Spot the cues

::: feed spot
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

## What would you do?

::: scenario code
back: true

### The code drop {#start}
Your favourite streamer shares a discount code that "ends tonight".
- [Buy right away](#bought)
  > The countdown worked on you.
- [Check for an #ad label first](#checked) +1
  > Good instinct.

### Looking closer {#checked}
The post says #ad at the very bottom.
- [Skip it](#end-skip) +1
  > You did not need it.
- [Buy it anyway, knowing it is an ad](#end-informed)
  > An informed choice.

### Buyer's rush {#bought}
Ending: Impulse buy
Score: 0
You bought it in thirty seconds.

### Thoughtful skip {#end-skip}
Ending: Thoughtful skip
Score: 2
You saved your money.

### Informed purchase {#end-informed}
Ending: Informed purchase
Score: 1
You knew it was an ad and still wanted it.
:::

## Think about it

::: reflection favourite
min: 20

Think of a creator you follow. What makes them feel familiar to you?
:::
"""

STEPS = {"read": 1, "quiz": 2, "feed": 3, "scenario": 4, "reflection": 5}


def design_course(tmp_path: Path) -> Path:
    """The course folder (one lesson, id "look")."""
    folder = tmp_path / "course" / "look"
    folder.mkdir(parents=True)
    shutil.copytree(FIXTURE_COURSE / "basics" / "images", folder / "images")
    shutil.copyfile(WIDE_PICTURE, folder / "images" / "wide.png")
    (folder / "lesson.md").write_text(LESSON, encoding="utf-8")
    return folder.parent
