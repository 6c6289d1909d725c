"""A lesson as printable pieces ("chunks") of HTML: prose, numbered questions with boxes to tick, scenarios as
a "choose your path" handout, feeds as post cards with a cue checklist, lines for reflections, and an answer
key. Each chunk is kept on one page where it fits (pdf_book.py lays them out); the block types are
found through the block registry, and a type this module does not know is printed from its `items`.
"""

from __future__ import annotations

import html
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from literacy_app.content.blocks import type_of
from literacy_app.content.model import Feed, Lesson, Prose, Question, Quiz, Reflection, Scenario
from literacy_app.content.render import render_inline, render_markdown
from literacy_app.ui.activities.feed_post_card import as_post_text, cue_label

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Worksheet(QObject):
    """The catalogues' context for the printed worksheet's own words (the lesson's stay as written)."""

BOX, CIRCLE = "☐", "○"  # a box to tick for "choose all", a circle for "choose one"


@dataclass
class Chunk:
    html: str
    keep_with_next: bool = False  # a heading: never alone at the bottom of a page
    new_page: bool = False
    folder: Path | None = None  # where the chunk's pictures are
    title: str = ""  # the lesson's title, for the page footer


@dataclass
class Printout:
    """What one lesson's chunks need while they are made: question numbers, and the answer key."""

    lesson: Lesson
    answers: bool
    chunks: list[Chunk] = field(default_factory=list)
    key: list[Chunk] = field(default_factory=list)
    question_number: int = 0

    def add(self, text: str, keep_with_next: bool = False, new_page: bool = False) -> None:
        self.chunks.append(Chunk(text, keep_with_next, new_page, self.lesson.folder, self.lesson.title))

    def add_key(self, text: str, keep_with_next: bool = False) -> None:
        self.key.append(Chunk(text, keep_with_next, False, self.lesson.folder, self.lesson.title))


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _inline(markdown: str) -> str:
    return render_inline(markdown)


# -- prose -------------------------------------------------------------------------------------------
class _TopLevel(HTMLParser):
    """Split an HTML fragment into its top-level elements, so a page may break between paragraphs."""

    VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.depth = 0
        self.current = ""

    def _emit(self, text: str, closing: bool = False) -> None:
        self.current += text
        if closing and self.depth == 0 and self.current.strip():
            self.parts.append(self.current)
            self.current = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        text = self.get_starttag_text() or ""
        if tag in self.VOID:
            self._emit(text, closing=True)
            return
        self.depth += 1
        self._emit(text)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._emit(self.get_starttag_text() or "", closing=True)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        self.depth = max(0, self.depth - 1)
        self._emit(f"</{tag}>", closing=True)

    def handle_data(self, data: str) -> None:
        self._emit(data, closing=self.depth == 0)

    def handle_entityref(self, name: str) -> None:
        self._emit(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._emit(f"&#{name};")


def split_blocks(fragment: str) -> list[str]:
    parser = _TopLevel()
    parser.feed(fragment)
    parser.close()
    if parser.current.strip():
        parser.parts.append(parser.current)
    return [part for part in parser.parts if part.strip()]


def _markdown(text: str) -> str:
    """Markdown as printable HTML: a table gets ruled cells (QTextDocument draws none by default)."""
    return render_markdown(text).replace("<table>", '<table border="1" cellspacing="0" cellpadding="4" width="100%">')


def _introduces(part: str) -> bool:
    """A heading, or a paragraph that ends with a colon: it belongs with what follows."""
    text = part.strip()
    return text.startswith("<h") or (text.startswith("<p") and text.endswith(":</p>"))


def _prose(out: Printout, markdown: str) -> None:
    for part in split_blocks(_markdown(markdown)):
        out.add(part, keep_with_next=_introduces(part))


# -- quizzes -----------------------------------------------------------------------------------------
def _order(question: Question, shuffle: bool) -> list[int]:
    """The printed order of a question's choices: shuffled like the app does (stable per question)."""
    order = list(range(len(question.choices)))
    if question.kind == "order" or (shuffle and question.kind != "true-false"):
        random.Random(question.id).shuffle(order)
        if question.kind == "order" and order == sorted(order) and len(order) > 1:
            order = order[1:] + order[:1]  # never print the answer as the question
    return order


def _question(out: Printout, quiz: Quiz, question: Question) -> None:
    out.question_number += 1
    number = out.question_number
    parts = [f'<p class="q"><b>{number}.&nbsp;{_inline(question.prompt)}</b></p>']
    if question.body:
        parts.append(render_markdown(question.body))
    kind = question.kind
    order = _order(question, quiz.shuffle)
    key = ""
    if kind in ("single", "true-false", "multiple"):
        mark = BOX if kind == "multiple" else CIRCLE
        if kind == "multiple":
            parts.append('<p class="how">' + Worksheet.tr("Tick every answer that is right.") + "</p>")
        rows = "".join(f'<tr><td class="box">{mark}</td><td class="letter">{LETTERS[i]}</td>'
                       f"<td>{_inline(question.choices[index].text)}</td></tr>" for i, index in enumerate(order))
        parts.append(f'<table class="choices">{rows}</table>')
        key = ", ".join(f"{LETTERS[i]} ({_inline(question.choices[index].text)})"
                        for i, index in enumerate(order) if question.choices[index].correct)
    elif kind in ("short", "numeric"):
        unit = f" {_esc(question.unit)}" if question.unit else ""
        parts.append('<p class="answer">' + Worksheet.tr("Answer: {0}").format("________________________________")
                     + f"{unit}</p>")
        if kind == "short":
            key = " / ".join(_inline(c.text) for c in question.choices if c.correct)
        else:
            key = " / ".join(
                (f"{a.low:g}" if a.low == a.high else
                 Worksheet.tr("{0} (from {1} to {2})").format(f"{(a.low + a.high) / 2:g}", f"{a.low:g}", f"{a.high:g}"))
                + unit for a in question.numeric if a.fraction >= 1)
    elif kind == "order":
        parts.append('<p class="how">' + Worksheet.tr("Write 1 to {0} in the boxes to put these in order.").format(
            len(order)) + "</p>")
        rows = "".join(f'<tr><td class="box">[&nbsp;&nbsp;&nbsp;]</td><td class="letter">{LETTERS[i]}</td>'
                       f"<td>{_inline(question.choices[index].text)}</td></tr>" for i, index in enumerate(order))
        parts.append(f'<table class="choices">{rows}</table>')
        position = {index: i for i, index in enumerate(order)}
        key = " → ".join(LETTERS[position[index]] for index in range(len(question.choices)))
    elif kind == "match":
        rights = [right for _, right in question.pairs]
        shuffled = list(range(len(rights)))
        random.Random(question.id).shuffle(shuffled)
        parts.append('<p class="how">' + Worksheet.tr("Write the letter of the matching answer on each line.")
                     + "</p>")
        rows = "".join(f"<tr><td>{n}.&nbsp;{_inline(left)}</td><td>______</td>"
                       f"<td class='letter'>{LETTERS[i]}</td><td>{_inline(rights[shuffled[i]])}</td></tr>"
                       for i, (n, (left, _)) in enumerate(zip(range(1, len(rights) + 1), question.pairs,
                                                              strict=False)))
        parts.append(f'<table class="choices">{rows}</table>')
        letter_of = {index: LETTERS[i] for i, index in enumerate(shuffled)}
        key = ", ".join(f"{n} → {letter_of[n - 1]}" for n in range(1, len(rights) + 1))
    out.add("".join(parts))
    if out.answers:
        explanation = Worksheet.tr("<br><i>Why:</i> {0}").format(_inline(question.explanation)) \
            if question.explanation else ""
        out.add_key(f'<p class="key"><b>{number}.</b> {key or "–"}{explanation}</p>')


def _quiz(out: Printout, quiz: Quiz) -> None:
    for question in quiz.questions:
        _question(out, quiz, question)


# -- scenarios ----------------------------------------------------------------------------------------
def node_numbers(scenario: Scenario) -> dict[str, int]:
    """Node id -> the number printed on the handout: the start is 1, then in the order a reader meets them."""
    start = scenario.start or (scenario.nodes[0].id if scenario.nodes else "")
    order: list[str] = []
    queue = deque([start])
    while queue:
        node_id = queue.popleft()
        node = scenario.node(node_id)
        if node is None or node_id in order:
            continue
        order.append(node_id)
        queue.extend(choice.target for choice in node.choices)
    order += [node.id for node in scenario.nodes if node.id not in order]
    return {node_id: number for number, node_id in enumerate(order, 1)}


def _points(delta: int) -> str:
    return Worksheet.tr("%n point(s)", "", abs(delta)).replace(str(abs(delta)), f"{delta:+d}", 1)


def _scenario(out: Printout, scenario: Scenario) -> None:
    numbers = node_numbers(scenario)
    out.add('<p class="how">' + Worksheet.tr("<b>Choose your path.</b> Start at 1. At each part, pick what you "
                                             "would do and go to the part it names. Keep a tally of your points "
                                             "where a choice gives some.") + "</p>", keep_with_next=True)
    for node_id, number in sorted(numbers.items(), key=lambda item: item[1]):
        node = scenario.node(node_id)
        parts = [f'<p class="node"><b>{number}.&nbsp;{_inline(node.title)}</b></p>', render_markdown(node.body)]
        if node.is_ending:
            parts.append('<p class="ending">' + Worksheet.tr("<b>The end: {0}</b>").format(_inline(node.ending or ""))
                         + "</p>")
        rows = []
        for choice in node.choices:
            notes = []
            if choice.delta:
                notes.append(_points(choice.delta))
            if choice.condition is not None:
                notes.append(Worksheet.tr("only if your points are {0} {1}").format(*choice.condition[:2]))
            extra = f" <i>({'; '.join(notes)})</i>" if notes else ""
            target = numbers.get(choice.target)
            rows.append(f'<tr><td class="box" width="22">{CIRCLE}</td><td>{_inline(choice.text)}{extra}</td>'
                        '<td class="goto" width="70" align="right">'
                        + Worksheet.tr("go to {0}").format(target if target else "?") + "</td></tr>")
        if rows:
            parts.append(f'<table class="choices" width="100%">{"".join(rows)}</table>')
        out.add("".join(parts))
    if out.answers:
        endings = "; ".join(f"{numbers[n.id]}. {_inline(n.ending or '')}: "
                            + Worksheet.tr("%n point(s)", "", n.score) for n in scenario.endings)
        out.add_key('<p class="key">' + Worksheet.tr("<b>Choose your path</b> (starts at 1). Endings: {0}.").format(
            endings) + "</p>")


# -- feeds, reflections and the rest ------------------------------------------------------------------
def _feed(out: Printout, feed: Feed) -> None:
    out.add('<p class="how">' + Worksheet.tr("<b>Spot the cues.</b> For each post, tick the cues you notice. "
                                             "Tick none if it is a plain post.") + "</p>", keep_with_next=True)
    for number, post in enumerate(feed.posts, 1):
        details = " · ".join(_esc(part) for part in (post.handle, post.time) if part)
        alt = html.escape(Worksheet.tr("picture in the post"))
        image = (f'<p><img class="post" src="{html.escape(post.image)}" alt="{alt}"></p>' if post.image else "")
        cues = [f"{BOX}&nbsp;{_esc(cue_label(cue))}" for cue in feed.cues]
        grid = "".join(f"<tr><td>{cues[i]}</td><td>{cues[i + 1] if i + 1 < len(cues) else ''}</td></tr>"
                       for i in range(0, len(cues), 2))
        text = render_markdown(as_post_text(post.text))
        out.add('<table class="post" width="100%" border="1" cellspacing="0" cellpadding="8"><tr><td>'
                "<p><b>" + Worksheet.tr("Post {0}: {1}").format(number, _inline(post.author))
                + f"</b> <span class='muted'>{details}</span></p>"
                f"{text}{image}<p class='muted'>"
                + Worksheet.tr("♥ {0} likes · {1} comments").format(post.likes, post.comments) + "</p>"
                f'<table class="cues" width="100%">{grid}</table></td></tr></table>')
        if out.answers:
            found = ", ".join(cue_label(cue) for cue in post.cues) or Worksheet.tr("none (a plain post)")
            why = Worksheet.tr("<br><i>Why:</i> {0}").format(_inline(post.explanation)) if post.explanation else ""
            out.add_key('<p class="key"><b>' + Worksheet.tr("Post {0} ({1}):").format(number, _inline(post.author))
                        + f"</b> {_esc(found)}{why}</p>")


def _reflection(out: Printout, reflection: Reflection) -> None:
    lines = max(4, min(12, reflection.min_length // 60 + 4))
    rules = '<hr class="line">' * lines
    out.add(f'<div class="reflection">{render_markdown(reflection.prompt)}{rules}</div>')


def _other(out: Printout, block: Any) -> None:
    """A block type this module has no layout for: its label and its items, from the registry."""
    kind = type_of(block)
    if kind is None:
        return
    items = "".join(f"<li>{_inline(prompt)}</li>" for _, prompt in kind.items(block))
    out.add(f"<p><b>{_esc(kind.label)}</b></p>" + (f"<ol>{items}</ol>" if items else ""))


def _teacher_notes(out: Printout, block: Any) -> None:
    if out.answers:
        out.add_key('<p class="keyhead"><b>' + Worksheet.tr("Teacher notes") + "</b></p>", keep_with_next=True)
        for part in split_blocks(_markdown(getattr(block, "markdown", ""))):
            out.add_key(part, keep_with_next=_introduces(part))


PRINTERS: dict[str, Callable[[Printout, Any], None]] = {
    "quiz": _quiz,
    "scenario": _scenario,
    "feed": _feed,
    "reflection": _reflection,
    "teacher": _teacher_notes,
}


def lesson_chunks(lesson: Lesson, answers: bool = False) -> list[Chunk]:
    """A lesson's printout, with an answer key at the end when `answers` (for teachers)."""
    out = Printout(lesson, answers)
    goals = "".join(f"<li>{_inline(goal)}</li>" for goal in lesson.objectives)
    out.add(f'<h1>{_esc(lesson.title)}</h1><p class="muted">{_esc(lesson.module)}</p>'
            '<p class="name">' + Worksheet.tr("Name: {0} &nbsp; Date: {1}").format(
                "______________________________", "______________") + "</p>"
            + ("<p><b>" + Worksheet.tr("In this lesson you will:") + f"</b></p><ul>{goals}</ul>" if goals else ""),
            new_page=True)
    for number, step in enumerate(lesson.steps, 1):
        if step.title:
            out.add(f"<h2>{number}.&nbsp;{_esc(step.title)}</h2>", keep_with_next=True)
        for item in step.items:
            if isinstance(item, Prose):
                _prose(out, item.markdown)
                continue
            kind = type_of(item)
            printer = PRINTERS.get(kind.name) if kind is not None else None
            (printer or _other)(out, item)
    if answers:
        out.add("<h1>" + Worksheet.tr("Answer key") + '</h1><p class="muted">'
                + Worksheet.tr("For teachers: {0}").format(_esc(lesson.title)) + "</p>", keep_with_next=True,
                new_page=True)
        out.chunks += out.key
    return out.chunks


STYLE = """
h1 { font-size: 20pt; margin-bottom: 2px; }
h2 { font-size: 15pt; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 13pt; }
p { margin-top: 3px; margin-bottom: 5px; }
.muted { color: #555555; }
.name { margin-top: 10px; margin-bottom: 10px; }
.q { margin-top: 8px; }
.how { font-style: italic; }
table.choices { margin-left: 12px; }
td.box { padding-right: 4px; }
td.letter { font-weight: bold; padding-right: 6px; }
td.goto { font-weight: bold; padding-left: 12px; white-space: nowrap; }
table.post { border-color: #888888; border-style: solid; margin-top: 6px; }
.key { margin-top: 7px; }
hr.line { margin-top: 26px; }
"""
