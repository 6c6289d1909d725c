"""Generated lessons for the benchmarks: a typical lesson shape (prose, a quiz, a scenario), many times."""

from __future__ import annotations

from pathlib import Path

LESSON = """---
id: bench-{n:04d}
title: Generated lesson {n}
module: Generated module {module:02d}
order: {order}
objectives:
  - Tell a one-sided bond from a mutual one
  - Spot a sponsorship cue in a post
duration: 15
level: beginner
tags: [generated, benchmark]
---

This lesson was generated to measure how fast a large library loads. It reads like a real one:
a few paragraphs of **prose**, a list, a quiz and a short scenario.

## What a parasocial bond is

A *parasocial* bond runs one way: you know the creator, the creator does not know you. Creators
talk to the camera as if to a friend, share small details of their day and answer a few comments,
which makes the bond feel mutual.

- Regular posting builds familiarity.
- Direct address feels personal.
- Replies to a few fans feel like replies to everyone.

## Check yourself

::: quiz check-{n}
pass: 50

### Which one is a parasocial relationship? {{#q-which}}
- [ ] Two friends texting each other.
  > Both people know each other.
- [x] Feeling close to a streamer who has never met you.
  > Right: only one side knows the other.
Hint: Who knows whom?
Explanation: Only one side takes part in a parasocial bond.

### Which can build a one-sided bond? {{#q-sources}}
- [x] A radio host.
  > Yes: regular listening builds familiarity.
- [x] A vlogger talking to the camera.
  > Yes: direct address feels personal.
- [ ] Your cousin.
  > Your cousin knows you too.
Points: 2
Explanation: Any media figure can be the other side of a parasocial bond.
:::

## What would you do?

::: scenario code-{n}
back: true

### The code drop {{#start}}
Your favourite streamer shares a discount code that "ends tonight".
- [Buy right away](#bought)
  > The countdown worked on you.
- [Check for an #ad label first](#checked) +1
  > Good instinct.

### Looking closer {{#checked}}
The post says #ad at the very bottom.
- [Skip it](#end-skip) +1
  > You did not need it.
- [Buy it anyway, knowing it is an ad](#end-informed)
  > An informed choice.

### Buyer's rush {{#bought}}
Ending: Impulse buy
Score: 0
You bought it in thirty seconds.

### Thoughtful skip {{#end-skip}}
Ending: Thoughtful skip
Score: 2
You saved your money.

### Informed purchase {{#end-informed}}
Ending: Informed purchase
Score: 1
You knew it was an ad and still wanted it.
:::
"""


def lesson_text(n: int) -> str:
    return LESSON.format(n=n, module=n // 50, order=n % 50)


def write_library(folder: Path, count: int = 1000) -> Path:
    """`count` lessons, 50 to a module, each in its own folder; returns the folder."""
    for n in range(count):
        target = folder / f"module-{n // 50:02d}" / f"lesson-{n:04d}" / "lesson.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(lesson_text(n), encoding="utf-8")
    return folder
