"""The starter lesson that `literacy-app new` writes, and the snippets of the editor's Insert menu.

Both come from the block registry: every block type brings its own template, so a new type shows up
in the Insert menu and in the starter lesson without an edit here. Every template passes
`literacy-app check` inside a lesson, and the `<!-- -->` comments in it are ignored by the app.
"""

from __future__ import annotations

from literacy_app.content.blocks import BlockType, Template, block_type, block_types
from literacy_app.content.syntax import slugify

BUILT_IN = ("quiz", "scenario", "feed", "reflection", "teacher")


def _type(name: str) -> BlockType:
    found = block_type(name)
    if found is None:
        raise KeyError(name)
    return found


def block_templates() -> list[Template]:
    """One template per block type, for the Insert menu."""
    return [kind.template for kind in block_types()]


def question_templates() -> list[Template]:
    """The extra templates block types bring (one per question type of the quiz)."""
    return [extra for kind in block_types() for extra in kind.extra_templates]


def template(key: str) -> Template:
    for item in block_templates() + question_templates():
        if item.key == key:
            return item
    raise KeyError(key)


def _other_blocks() -> str:
    """A step for each block type beyond the built-in ones, so the starter shows every block there is."""
    others = [kind for kind in block_types() if kind.name not in BUILT_IN]
    return "".join(f"\n## {kind.label}\n\n{kind.template.text}" for kind in others)


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
        + "\n".join(item.text for item in _type("quiz").extra_templates)
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

{_type("scenario").template.text}
## Spot the cues

{_type("feed").template.text}
## Think about it

{_type("reflection").template.text}
{_type("teacher").template.text}{_other_blocks()}"""
