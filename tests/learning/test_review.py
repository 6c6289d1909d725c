"""The Leitner schedule and the keys that tell an edited question from a changed one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from literacy_app.content.validate import check_lesson_text
from literacy_app.learning.review import (
    INTERVALS,
    after_answer,
    find_item,
    fingerprint,
    first_due,
    held_until_course_end,
    post_key,
    question_key,
    same_key,
)

DAY = date(2026, 3, 2)

LESSON = """\
---
id: review-keys
title: Review keys
module: Keys
order: 1
---

## Questions

::: quiz q
### Which one is a parasocial relationship? {#q-single}
- [ ] Two friends texting each other.
- [x] Feeling close to a streamer who has never met you.

### Which can build a one-sided bond? {#q-multi}
- [x] A radio host.
- [x] A vlogger talking to the camera.
- [ ] Your cousin.

### What do we call a one-sided bond? {#q-short}
Type: short
- [x] parasocial relationship
- [x] parasocial bond

### Put them in order. {#q-order}
1. Read the caption.
2. Look for a label.
3. Ask who earns money.

### Match each cue. {#q-match}
- Urgency -> "Only 3 hours left!"
- Affiliate link -> "Use my code"
:::

::: quiz pre
mode: test
feedback: after-course

### A pre-test question {#q-pre}
- [x] Yes
- [ ] No
:::

## Posts

::: feed f
### Juno @juno {#post-a}
Cues: affiliate-link, urgency
Use my code, only today!
:::

::: scenario s
### Start {#start}
Go.
- [End](#end)

### End {#end}
Ending: Done
Score: 1
The end.
:::
"""


def lesson_from(text: str, tmp_path: Path):
    lesson = check_lesson_text(text, tmp_path / "lesson.md")
    assert not lesson.errors, [p.format() for p in lesson.errors]
    return lesson


def key_after_edit(tmp_path: Path, old: str, new: str, item_id: str) -> tuple[dict, dict]:
    assert old in LESSON
    before = find_item(lesson_from(LESSON, tmp_path), "q", item_id)
    after = find_item(lesson_from(LESSON.replace(old, new), tmp_path), "q", item_id)
    return before.key, after.key


# -- the schedule ---------------------------------------------------------------------------------------
def test_a_mistake_is_due_the_next_day():
    assert first_due(DAY) == date(2026, 3, 3)


def test_right_answers_move_an_item_through_3_7_and_21_days_then_it_is_learned():
    assert INTERVALS == (1, 3, 7, 21)
    box, today, dues = 0, DAY, []
    for _ in range(3):
        move = after_answer(box, True, today)
        dues.append((move.due - today).days)
        box, today = move.box, move.due
    assert dues == [3, 7, 21] and box == 3
    final = after_answer(box, True, today)
    assert final.learned and final.due is None


@pytest.mark.parametrize("box", [0, 1, 2, 3])
def test_a_wrong_review_answer_goes_back_to_box_0_for_tomorrow(box):
    move = after_answer(box, False, DAY)
    assert (move.box, move.due) == (0, date(2026, 3, 3))
    assert not move.learned


# -- keys -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("item_id, old, new", [
    ("q-single", "streamer who has never met you", "streamer who has never met yu"),  # typo in the right choice
    ("q-single", "Two friends texting", "Two friends txting"),  # typo in a wrong choice
    ("q-multi", "A radio host.", "A radio host!"),
    ("q-short", "- [x] parasocial bond", "- [x] parasocial bonds"),
    ("q-order", "Look for a label.", "Look for the label."),
    ("q-match", '"Use my code"', '"Use my code!"'),
])
def test_a_typo_fix_keeps_the_key(tmp_path, item_id, old, new):
    before, after = key_after_edit(tmp_path, old, new, item_id)
    assert same_key(before, after)


@pytest.mark.parametrize("item_id, old, new", [
    ("q-single", "- [ ] Two friends texting each other.\n- [x] Feeling",
     "- [x] Two friends texting each other.\n- [ ] Feeling"),  # the other choice is right now
    ("q-single", "- [x] Feeling close to a streamer who has never met you.",
     "- [x] Feeling close to a streamer who has never met you.\n- [ ] A third choice."),
    ("q-multi", "- [ ] Your cousin.", "- [x] Your cousin."),
    ("q-short", "- [x] parasocial bond", "- [x] one-way friendship"),
    ("q-order", "2. Look for a label.\n3. Ask who earns money.", "2. Ask who earns money.\n3. Look for a label."),
    ("q-match", '- Urgency -> "Only 3 hours left!"', '- Urgency -> "Use my code now"'),
    ("q-single", "- [x] Feeling close to a streamer who has never met you.",
     "- [x] Liking a singer you have seen on television twice."),  # the right choice is a new text
])
def test_a_changed_key_is_not_the_same(tmp_path, item_id, old, new):
    before, after = key_after_edit(tmp_path, old, new, item_id)
    assert not same_key(before, after)


def test_accepted_short_answers_may_be_reordered(tmp_path):
    before, after = key_after_edit(tmp_path, "- [x] parasocial relationship\n- [x] parasocial bond",
                                   "- [x] parasocial bond\n- [x] parasocial relationship", "q-short")
    assert same_key(before, after)


def test_fingerprints_are_stable_and_ignore_case_and_spaces(tmp_path):
    lesson = lesson_from(LESSON, tmp_path)
    question = find_item(lesson, "q", "q-single").item
    assert fingerprint(question_key(question)) == fingerprint(question_key(question))
    shouted = lesson_from(LESSON.replace("never met you.", "NEVER  met you"), tmp_path)
    assert fingerprint(question_key(find_item(shouted, "q", "q-single").item)) == fingerprint(question_key(question))


def test_a_feed_post_is_keyed_by_its_cues(tmp_path):
    lesson = lesson_from(LESSON, tmp_path)
    post = find_item(lesson, "f", "post-a")
    assert post.kind == "post" and post.key == post_key(post.item) == {"kind": "post", "cues": ["affiliate-link",
                                                                                              "urgency"]}
    fewer = lesson_from(LESSON.replace("Cues: affiliate-link, urgency", "Cues: urgency"), tmp_path)
    assert not same_key(post.key, find_item(fewer, "f", "post-a").key)


def test_items_are_found_through_the_block_registry_and_only_in_reviewable_blocks(tmp_path):
    lesson = lesson_from(LESSON, tmp_path)
    found = find_item(lesson, "q", "q-match")
    assert (found.lesson_id, found.block_id, found.item_id, found.kind) == ("review-keys", "q", "q-match", "question")
    assert find_item(lesson, "q", "q-gone") is None
    assert find_item(lesson, "s", "start") is None  # a scenario is not reviewed item by item
    assert find_item(lesson, "no-such-block", "q-single") is None


def test_a_pre_test_shown_after_the_course_is_held_back(tmp_path):
    lesson = lesson_from(LESSON, tmp_path)
    assert held_until_course_end(find_item(lesson, "pre", "q-pre").block)
    assert not held_until_course_end(find_item(lesson, "q", "q-single").block)
