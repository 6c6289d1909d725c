"""Lessons printed to PDF: every question is in it, scenarios become a "choose your path" handout, feeds post
cards with a cue checklist, missing pictures their alt text; the answer key only when asked for; A4 and
Letter; nothing split across pages where it fits on one. The PDF's text is read back with tests/pdf_text.py."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from literacy_app import resources
from literacy_app.cli import main
from literacy_app.content.library import load_library
from literacy_app.ui.print.lesson_html import node_numbers
from literacy_app.ui.print.lesson_pdf import write_lessons_pdf
from tests.conftest import FIXTURE_COURSE
from tests.pdf_text import pdf_pages, pdf_squeezed, squeeze

EVERY_KIND = """\
---
id: every-kind
title: Every kind of question
module: Printing
order: 1
objectives:
  - Print every kind of activity
---

## Read

Some **prose** before the questions.

![A diagram of the loop](images/missing.png)

## Answer

::: quiz all
### Pick one {#q-one}
- [ ] Wrong one
- [x] Right one
Explanation: Because the second one is right.

### Pick several {#q-many}
- [x] First right
- [x] Second right
- [ ] Not this

### The sky is blue. {#q-tf}
Type: true-false
- [x] True
- [ ] False

### Name the bond {#q-short}
Type: short
- [x] parasocial

### Put in order {#q-order}
1. Alpha step
2. Beta step
3. Gamma step

### Match them {#q-match}
- Urgency -> "Only today"
- Affiliate -> "My code"
:::

## Choose

::: scenario path
### At the start {#start}
What now?
- [Go left](#left) +1
- [Go right](#right)

### Left turn {#left}
Ending: Good end
Score: 2
You went left.

### Right turn {#right}
Ending: Other end
Score: 0
You went right.
:::

## Spot

::: feed posts
cues: urgency, affiliate-link

### Juno Park @juno {#p1}
Cues: urgency
Only today, hurry!
> The countdown is urgency.
:::

## Think

::: reflection thoughts
What did you notice about yourself?
:::

::: teacher
Secret notes for the teacher only.
:::
"""


@pytest.fixture
def every_kind(tmp_path: Path):
    folder = tmp_path / "printing"
    (folder / "images").mkdir(parents=True)
    (folder / "lesson.md").write_text(EVERY_KIND, encoding="utf-8")
    shutil.copy(FIXTURE_COURSE / "basics" / "images" / "dot.png", folder / "images" / "missing.png")
    library = load_library([folder])
    assert library.lessons, [p.format() for p in library.problems]
    (folder / "images" / "missing.png").unlink()  # the picture goes missing after the lesson was loaded
    return library.lessons[0]


def test_every_activity_is_printed_and_the_key_only_when_asked(qapp, tmp_path, every_kind):
    path = tmp_path / "sheet.pdf"
    write_lessons_pdf([every_kind], path)
    text = pdf_squeezed(path)
    for expected in ("Every kind of question", "Name:", "Some prose before the questions",
                     "[Picture: A diagram of the loop]",  # the picture is missing: its alt text is printed
                     "1.Pick one", "2.Pick several", "3.The sky is blue.", "4.Name the bond", "5.Put in order",
                     "6.Match them", "Tick every answer that is right", "Answer:", "Write 1 to 3 in the boxes",
                     "Choose your path", "1.At the start", "go to", "(+1 point)", "The end: Good end",
                     "Post 1: Juno Park", "☐Urgency", "☐Affiliate link", "What did you notice about yourself?",
                     "Page 1 of"):
        assert squeeze(expected) in text, expected
    for secret in ("Answer key", "Because the second one is right", "Secret notes", "The countdown is urgency"):
        assert squeeze(secret) not in text, secret

    keyed = tmp_path / "key.pdf"
    write_lessons_pdf([every_kind], keyed, answers=True)
    text = pdf_squeezed(keyed)
    for expected in ("Answer key", "1.B (Right one)", "Because the second one is right", "2.A (First right)",
                     "4.parasocial", "Secret notes for the teacher only", "The countdown is urgency",
                     "Endings:", "Good end: 2 points"):
        assert squeeze(expected) in text, expected


def test_choices_are_lettered_and_an_ordering_question_never_prints_its_answer(qapp, tmp_path, every_kind):
    path = tmp_path / "sheet.pdf"
    write_lessons_pdf([every_kind], path, answers=True)
    text = pdf_squeezed(path)
    order = re.search(r"5\.Putinorder.*?\[\]A(\w+)step\[\]B(\w+)step\[\]C(\w+)step", text)
    assert order is not None and [order.group(1), order.group(2), order.group(3)] != ["Alpha", "Beta", "Gamma"]
    letters = {order.group(i + 1): "ABC"[i] for i in range(3)}
    assert f"5.{letters['Alpha']}→{letters['Beta']}→{letters['Gamma']}" in text  # the key gives the order


def test_scenario_parts_are_numbered_from_the_start(every_kind):
    scenario = every_kind.block("path")
    assert node_numbers(scenario) == {"start": 1, "left": 2, "right": 3}


@pytest.mark.parametrize("paper, box", [("a4", "595.000000 842.000000"), ("letter", "612.000000 792.000000")])
def test_a4_and_letter(qapp, tmp_path, every_kind, paper, box):
    path = tmp_path / f"{paper}.pdf"
    write_lessons_pdf([every_kind], path, paper=paper)
    assert f"/MediaBox [0 0 {box}]".encode() in path.read_bytes()


def test_a_question_is_never_split_across_pages(qapp, tmp_path):
    questions = "\n".join(
        f"### Question number {n} asks something rather long so that it wraps onto a second line of the page "
        f"{{#q{n}}}\n" + "".join(f"- [{'x' if c == 0 else ' '}] Choice {c} of question {n}.\n" for c in range(5))
        for n in range(1, 61))
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "lesson.md").write_text(f"---\nid: long\ntitle: Long\nmodule: M\norder: 1\n---\n\n## Many\n\n"
                                      f"::: quiz many\n{questions}:::\n", encoding="utf-8")
    path = tmp_path / "long.pdf"
    pages = write_lessons_pdf(load_library([folder]).lessons, path)
    texts = [squeeze(page) for page in pdf_pages(path)]
    assert pages == len(texts) > 5
    for n in range(1, 61):
        first = [i for i, page in enumerate(texts) if f"{n}.Questionnumber{n}asks" in page]
        last = [i for i, page in enumerate(texts) if f"Choice4ofquestion{n}." in page]
        assert first == last and len(first) == 1, n
    assert all(f"Page{i + 1}of{pages}" in page for i, page in enumerate(texts))


def test_the_whole_course_prints_every_question(qapp, tmp_path):
    course = load_library([resources.bundled_lessons()], cache_dir=tmp_path)
    path = tmp_path / "course.pdf"
    write_lessons_pdf(course.lessons, path, answers=True)
    text = pdf_squeezed(path)
    prompts = [(lesson.id, question.prompt) for lesson in course.lessons for quiz in lesson.blocks()
               for question in getattr(quiz, "questions", [])]
    assert len(prompts) > 50
    from literacy_app.content.render import render_inline

    def printed(prompt: str) -> str:
        """The prompt as it reads on paper: no Markdown, and no emoji (this test machine has no emoji font)."""
        plain = html.unescape(re.sub(r"<[^>]+>", "", render_inline(prompt)))
        return squeeze("".join(ch for ch in plain if ord(ch) < 0x1F000))

    missing = [(lesson_id, prompt) for lesson_id, prompt in prompts if printed(prompt) not in text]
    assert missing == []


def test_the_parser_reads_what_pdftotext_reads(qapp, tmp_path, every_kind):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; the parser is checked by the other tests")
    path = tmp_path / "sheet.pdf"
    write_lessons_pdf([every_kind], path, answers=True)
    pages = pdf_pages(path)
    for number, page in enumerate(pages, 1):
        reference = subprocess.run(["pdftotext", "-raw", "-f", str(number), "-l", str(number), str(path), "-"],
                                   capture_output=True, text=True, check=True).stdout
        assert squeeze(page) == squeeze(reference)


def test_the_print_command(tmp_path, capsys):
    out = tmp_path / "out" / "basics.pdf"
    assert main(["print", str(FIXTURE_COURSE / "basics"), "-o", str(out), "--paper", "letter", "--answers"]) == 0
    assert "1 lesson(s)" in capsys.readouterr().err
    assert squeeze("Which one is a parasocial relationship?") in pdf_squeezed(out)
    assert b"612.000000 792.000000" in out.read_bytes()

    assert main(["print", "parasocial-pre-test", "no-such-lesson", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "no-such-lesson: no lesson with this id" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_block_type_without_a_printed_form_prints_its_items(qapp, tmp_path):
    from tests.blocks.poll_block import register_poll, unregister_poll

    register_poll()
    try:
        folder = tmp_path / "poll"
        folder.mkdir()
        (folder / "lesson.md").write_text("---\nid: polls\ntitle: Polls\nmodule: M\norder: 1\n---\n\n## Vote\n\n"
                                          "::: poll fav\n### Where do you follow creators most?\n- Videos\n"
                                          "- Streams\n:::\n", encoding="utf-8")
        path = tmp_path / "poll.pdf"
        write_lessons_pdf(load_library([folder]).lessons, path)
        assert squeeze("Poll 1. Where do you follow creators most?") in pdf_squeezed(path)
    finally:
        unregister_poll()


def test_file_print_saves_the_open_lesson_and_the_key_only_in_teacher_mode(qtbot, data_dir, tmp_path):
    from literacy_app.ui.app import build_window
    from tests.conftest import gui_args

    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Ana",
                                      "--lesson", "fixture-basics"))
    qtbot.addWidget(window)
    window.show()
    command = window.print_command
    dialogs, opened = [], []

    def choose(dialog) -> bool:
        dialogs.append(dialog)
        assert not dialog.answers.isEnabled()  # not in teacher mode
        dialog.answers.setChecked(True)  # even if ticked, a learner gets no key
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        return True

    command.ask_options = choose
    command.ask_path = lambda suggested: str(tmp_path / "sheet.pdf")
    command.open_pdf = opened.append
    assert window.print_command.action.shortcut().toString() == "Ctrl+P"
    command.action.trigger()
    assert opened == [tmp_path / "sheet.pdf"]
    text = pdf_squeezed(tmp_path / "sheet.pdf")
    assert squeeze("1. Which one is a parasocial relationship?") in text and "Answerkey" not in text
    assert b"612.000000 792.000000" in (tmp_path / "sheet.pdf").read_bytes()
    assert dialogs[0].this_lesson.isChecked() and not dialogs[0].whole_module.isVisibleTo(dialogs[0])

    command.teacher = lambda: True
    command.ask_options = lambda dialog: dialog.answers.setChecked(True) or True
    command.action.trigger()
    assert "Answerkey" in pdf_squeezed(tmp_path / "sheet.pdf")
