"""The starter lesson (`literacy-app new`, author mode's New lesson) and the snippets of the editor's Insert menu.

The starter's text is about writing lessons, never about a subject, so it fits whatever title the teacher
gives; it shows every block there is (the built-in ones written out here, each further type from its own
template in the block registry) and passes `literacy-app check` without a warning. Its `<!-- -->` comments
say how each part works and are ignored by the app.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from literacy_app.content.blocks import BlockType, Template, block_type, block_types
from literacy_app.content.syntax import slugify
from literacy_app.files import atomic_write_text

BUILT_IN = ("quiz", "scenario", "feed", "reflection", "teacher")
LESSON_FILE = "lesson.md"


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


# -- choosing an id, a folder and a place in the module ----------------------------------------
def unique_lesson_id(title: str, taken: Iterable[str]) -> str:
    """An id made from the title, with -2, -3... added when another lesson already has it."""
    used = set(taken)
    base = slugify(title) if title.strip() else "lesson"
    candidate, number = base, 2
    while candidate in used:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


@dataclass(frozen=True)
class KnownLesson:
    """What a new lesson must not clash with: another lesson's id, title and module."""

    id: str
    title: str
    module: str
    order: int = 0
    path: Path | None = None


def next_order(known: Iterable[KnownLesson], module: str) -> int:
    """One after the last lesson of the module, so a new lesson comes last in its module."""
    return max((lesson.order for lesson in known if lesson.module == module), default=0) + 1


def same_title(known: Iterable[KnownLesson], title: str, module: str) -> KnownLesson | None:
    """Another lesson of the module with this title (learners could not tell the two apart)."""
    wanted = " ".join(title.split()).casefold()
    return next((lesson for lesson in known
                 if lesson.module == module and " ".join(lesson.title.split()).casefold() == wanted), None)


def lessons_in(folder: Path) -> list[KnownLesson]:
    """The lessons of a course folder (its .md files and those one folder down), read for their ids,
    titles and modules. Shallow on purpose: a lesson written into a big folder must not read all of it."""
    from literacy_app.content.library import SKIPPED_NAMES
    from literacy_app.content.parse import parse_lesson  # the parser (and YAML) only when needed

    if not folder.is_dir():
        return []
    paths = sorted(path for pattern in ("*.md", "*/*.md") for path in folder.glob(pattern)
                   if path.name.lower() not in SKIPPED_NAMES
                   and not any(part.startswith(".") for part in path.relative_to(folder).parts))
    found = []
    for path in paths:
        lesson = parse_lesson(path)
        found.append(KnownLesson(lesson.id, lesson.title, lesson.module, lesson.order, path))
    return found


def new_lesson_path(course: Path, lesson_id: str) -> Path:
    """Where a new lesson goes inside a course folder: a folder of its own (for its images)."""
    return course / lesson_id / LESSON_FILE


# -- the text ---------------------------------------------------------------------------------
def _yaml_text(value: str) -> str:
    """A YAML scalar that stays a string whatever the teacher typed."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _other_blocks() -> str:
    """A step for each block type beyond the built-in ones, so the starter shows every block there is."""
    others = [kind for kind in block_types() if kind.name not in BUILT_IN]
    return "".join(f"\n## {kind.label}\n\n{kind.template.text}" for kind in others)


def _how_to_check(check_path: str) -> str:
    if not check_path:
        return "In author mode the Problems list checks the lesson while you type."
    shown = f'"{check_path}"' if " " in check_path else check_path
    return ("In author mode the Problems list checks the lesson while you type;\n"
            f"     in a terminal: literacy-app check {shown}")


QUIZ = """\
::: quiz check-yourself
<!-- A quiz holds questions. Each '### Question {#id}' starts one. One '- [x]' makes radio buttons,
     several make check boxes; 'Type:' chooses the other kinds. Settings come first: 'pass' is the
     pass mark in percent, 'attempts' how many tries a learner gets, 'shuffle' mixes the choices. -->
pass: 60
attempts: 2
shuffle: yes

### What starts a new step in a lesson? {#q-step}
<!-- '- [x]' marks the right choice, '- [ ]' a wrong one; an indented '>' line is that choice's feedback. -->
- [x] A line that begins with '## '.
  > Right: every '## Heading' starts a step.
- [ ] Any empty line in the text.
  > An empty line only separates paragraphs.
- [ ] A line that begins with '### '.
  > '###' starts a question or a node inside a block, not a step.
Hint: Look at the headings of this lesson.
Explanation: Learners move through a lesson one step at a time; each '## Heading' starts one.

### Which of these can a step hold? {#q-step-parts}
- [x] Text and pictures.
- [x] An activity, such as this quiz.
- [ ] Another lesson file.
  > A step holds text and activities; each lesson is a file of its own.
- [ ] The lesson's front matter.
  > The front matter comes once, at the top of the file, before the first step.
Points: 2
Explanation: Several '- [x]' lines make a question with more than one right answer.

### Learners can read the teacher notes. {#q-notes}
Type: true-false
- [ ] True
  > Teacher notes are only shown in the teacher view.
- [x] False
  > Right: they are for teachers only.

### Which word opens a question block (the word after ':::')? {#q-word}
Type: short
<!-- Every '- [x]' is an accepted answer; capitals and extra spaces are ignored. -->
- [x] quiz
- [ ] question
  > Close: the block is called 'quiz'; the questions are inside it.

### Put the parts of a lesson file in order. {#q-parts}
Type: order
<!-- Write the items in the right order; the app shuffles them for the learner. -->
1. The front matter between two '---' lines.
2. The first step.
3. The last step.

### Match each block with what learners do in it. {#q-blocks}
Type: match
<!-- 'left -> right': the learner picks the right side for each left side. -->
- quiz -> answer questions
- scenario -> choose a path through a story
- reflection -> write their own thoughts
:::
"""

SCENARIO = """\
::: scenario try-it-first
<!-- A branching story. Each '###' is a node; '- [text](#node-id)' leads to another node.
     '+1' adds to the score; 'if score >= 1' shows a choice only when the score so far allows it.
     A node with 'Ending:' ends the story, and 'Score:' is what reaching it earns. -->
start: draft
back: true

### The draft {#draft}
You have written a lesson for tomorrow's class.
- [Use it in class as it is](#surprises)
  > Nobody has seen it yet, not even you as a learner.
- [Preview it first](#preview) +1
  > Good idea: the preview shows the lesson as learners see it.

### In the preview {#preview}
The preview shows that one question has no right answer marked.
- [Mark the right answer and preview again](#end-ready) +1
- [Leave it for now](#end-almost)

### Surprises in class {#surprises}
Ending: Surprises in class
Score: 0
A question without a right answer puzzled the class.

### Ready for class {#end-ready}
Ending: Ready for class
Score: 2
Every question works, and you know what learners will see.

### Almost ready {#end-almost}
Ending: Almost ready
Score: 1
The lesson works, apart from one question.
:::
"""

FEED = """\
::: feed spot-the-cues
<!-- Made-up social posts. The heading is the display name and @handle. 'Cues:' lists what the post
     really contains ('none' for a plain post); the learner tags the cues they see. The 'cues:' line
     below lists the cues learners may tag; a cue of your own must be listed there.
     'Image: images/picture.png' shows a picture from the lesson folder.
     The '>' line explains the post after the learner checks their tags. -->
cues: urgency, engagement-bait, affiliate-link

### Alex Example @alex.example {#post-hurry}
Time: 2h
Likes: 1200
Comments: 85
Cues: urgency, engagement-bait
Only TODAY! Comment YES and I will send you the list!!!
> "Only today" pushes you to hurry (urgency), and "comment YES" asks for reactions (engagement bait).

### Sam Sample @samsample {#post-plain}
Time: 5h
Likes: 40
Comments: 3
Cues: none
Finished the book our club is reading. Next meeting on Thursday.
> A plain post: nothing to buy, no pressure.
:::
"""

REFLECTION = """\
::: reflection your-thoughts
<!-- Free text, saved for each learner and never graded. 'min' is the fewest characters to write. -->
min: 40

What is one thing you learned in this lesson, and where could you use it?
:::
"""

TEACHER = """\
::: teacher
<!-- Teacher notes are never shown to learners; teachers see them in the teacher view. -->
Timing: 5 min reading, 10 min quiz, 10 min story, 5 min feed, 5 min reflection.
:::
"""


def starter_lesson(title: str, module: str = "My course", lesson_id: str = "", order: int = 1,
                   language: str = "en", check_path: str = "") -> str:
    """A complete lesson that uses every block type, with comments saying how each part works.

    `check_path` is the file as the author will name it in a terminal (shown in a comment)."""
    lesson_id = lesson_id or slugify(title)
    return f"""\
---
id: {lesson_id}
title: {_yaml_text(title)}
module: {_yaml_text(module)}
order: {order}
language: {_yaml_text(language or "en")}
objectives:
  - Say what learners can do after this lesson
duration: 30
level: beginner
---

<!-- This is a starter lesson: replace its text with yours. Everything between these marks is a
     comment, which the app ignores. Each '## Heading' starts a step.
     {_how_to_check(check_path)}
     The full reference is docs/authoring.md. -->

Write a short introduction here. Ordinary Markdown works: **bold**, *italic*, lists, tables and
links. A picture is written as `![What the picture shows](images/picture.png)`, with the file in an
images folder next to the lesson (in author mode: Insert > Image).

## Read

Write the text learners read in this step. A new step starts at the next '## Heading'.

## Check yourself

{QUIZ}
## What would you do?

{SCENARIO}
## Spot the cues

{FEED}
## Think about it

{REFLECTION}
{TEACHER}{_other_blocks()}"""


def write_starter(course: Path, title: str, module: str, language: str = "en",
                  known: Iterable[KnownLesson] = ()) -> Path:
    """Write a new starter lesson into its own folder inside a course folder; return its path.

    The id comes from the title and is unique among `known` and the lessons already in the course."""
    everything = [*known, *lessons_in(course)]
    # a folder of that name may exist without a lesson in it (pictures only, say): never write into it
    folders = [child.name for child in course.iterdir()] if course.is_dir() else []
    lesson_id = unique_lesson_id(title, [lesson.id for lesson in everything] + folders)
    path = new_lesson_path(course, lesson_id)
    text = starter_lesson(title, module, lesson_id, next_order(everything, module), language, check_path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, text)
    return path
