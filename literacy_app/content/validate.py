"""Checks that need the whole lesson: duplicate ids, scenario graphs, images on disk."""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path

from literacy_app.content.model import Feed, Lesson, Prose, Quiz, Scenario
from literacy_app.content.parse import parse_lesson, parse_text
from literacy_app.content.scenario_paths import explore
from literacy_app.content.syntax import Reporter

# the alt text is bounded: an unbounded one makes a line of ten thousand '![' take quadratic time
IMAGE_RE = re.compile(r"!\[[^\]\n]{0,1000}\]\(\s*<?(?P<src>[^)\s>]+)")
CODE_SPAN_RE = re.compile(r"(`+)(?:(?!\1).)+\1")
FENCE_RE = re.compile(r"^\s*(```|~~~)")


def check_lesson(path: Path | str) -> Lesson:
    """Parse a lesson and run every whole-lesson check; problems end up on the lesson."""
    return _check(parse_lesson(path))


def check_lesson_text(text: str, path: Path | str) -> Lesson:
    """The same checks on text not saved yet (the editor's preview); images resolve beside `path`."""
    return _check(parse_text(text, Path(path)))


def _check(lesson: Lesson) -> Lesson:
    reporter = Reporter(str(lesson.path), list(lesson.problems))
    _check_ids(lesson, reporter)
    for scenario in lesson.blocks(Scenario):
        _check_scenario(scenario, reporter)
    _check_images(lesson, reporter)
    lesson.problems = sorted(reporter.problems, key=lambda p: (p.line, p.col))
    return lesson


def _check_ids(lesson: Lesson, reporter: Reporter) -> None:
    seen: dict[str, int] = {}

    def claim(item_id: str, line: int, what: str) -> None:
        if item_id in seen:
            reporter.error(line, 1, f"duplicate {what} id '{item_id}' (first used on line {seen[item_id]})",
                           "every id in a lesson must be different")
        else:
            seen[item_id] = line

    for block in lesson.blocks():
        if hasattr(block, "id"):
            claim(block.id, block.line, "block")
        if isinstance(block, Quiz):
            for question in block.questions:
                claim(question.id, question.line, "question")
        elif isinstance(block, Feed):
            for post in block.posts:
                claim(post.id, post.line, "post")
    for scenario in lesson.blocks(Scenario):
        node_ids: dict[str, int] = {}
        for node in scenario.nodes:
            if node.id in node_ids:
                reporter.error(node.line, 1, f"duplicate node id '{node.id}' (first used on line {node_ids[node.id]})",
                               "every node in a scenario needs its own id")
            node_ids.setdefault(node.id, node.line)


def _check_scenario(scenario: Scenario, reporter: Reporter) -> None:
    ids = {node.id for node in scenario.nodes}
    for node in scenario.nodes:
        for choice in node.choices:
            if choice.target not in ids:
                reporter.error(choice.line, choice.col, f"choice leads to '{choice.target}', which does not exist",
                               "known nodes: " + ", ".join(sorted(ids)))
        if node.is_ending and node.choices:
            reporter.warning(node.line, 1, f"ending '{node.id}' has choices, which are never shown",
                             "remove the choices or the 'Ending:' line")
        if not node.is_ending and not node.choices:
            reporter.error(node.line, 1, f"node '{node.id}' has no choices and is not an ending",
                           "add '- [choice](#next-node)' lines, or an 'Ending: outcome' line")
    if not scenario.nodes:
        return
    if not scenario.endings:
        reporter.error(scenario.line, 1, f"scenario '{scenario.id}' has no ending",
                       "mark at least one node with 'Ending: outcome' and 'Score: N'")
        return
    reachable = _reachable(scenario, scenario.start)
    for node in scenario.nodes:
        if node.id not in reachable:
            reporter.warning(node.line, 1, f"node '{node.id}' cannot be reached from the start",
                             f"add a choice '- [...](#{node.id})' in another node, or remove it")
    for stuck in explore(scenario)[1]:
        node = scenario.node(stuck.node_id)
        reporter.error(node.line, 1, f"with a score of {stuck.score}, node '{node.id}' shows no choice",
                       "every node needs a choice whose condition holds; add one without 'if score ...'")
    can_finish = _can_reach_ending(scenario)
    for node in scenario.nodes:
        if node.id in reachable and node.id not in can_finish and node.choices:
            reporter.error(node.line, 1, f"from node '{node.id}' no path ever reaches an ending",
                           "give it a choice that leads towards an 'Ending:' node")


def _reachable(scenario: Scenario, start: str) -> set[str]:
    seen = {start}
    queue = deque([start])
    while queue:
        node = scenario.node(queue.popleft())
        if node is None:
            continue
        for choice in node.choices:
            if choice.target not in seen:
                seen.add(choice.target)
                queue.append(choice.target)
    return seen


def _can_reach_ending(scenario: Scenario) -> set[str]:
    """Nodes from which some sequence of choices leads to an ending (conditions ignored)."""
    good = {node.id for node in scenario.endings}
    changed = True
    while changed:
        changed = False
        for node in scenario.nodes:
            if node.id not in good and any(c.target in good for c in node.choices):
                good.add(node.id)
                changed = True
    return good


def _check_images(lesson: Lesson, reporter: Reporter) -> None:
    folder = lesson.folder.resolve()
    for step in lesson.steps:
        for item in step.items:
            if isinstance(item, Prose) and "![" in item.markdown:  # most prose has no picture: skip the scan
                in_fence = False
                for offset, text in enumerate(item.markdown.split("\n")):
                    if FENCE_RE.match(text):
                        in_fence = not in_fence
                    if in_fence:
                        continue  # an example in a code block is not an image to load
                    text = CODE_SPAN_RE.sub(lambda m: " " * len(m.group(0)), text)
                    for match in IMAGE_RE.finditer(text):
                        _check_image(match.group("src"), folder, item.line + offset, match.start("src") + 1, reporter)
    for feed in lesson.blocks(Feed):
        for post in feed.posts:
            if post.image:
                _check_image(post.image, folder, post.line, 1, reporter)


def _check_image(src: str, folder: Path, line: int, col: int, reporter: Reporter) -> None:
    if re.match(r"^[a-z][a-z0-9+.-]*:", src, re.IGNORECASE):
        reporter.warning(line, col, f"image '{src}' is not a file in the lesson folder",
                         "remote images are never loaded; copy the image next to the lesson")
        return
    target = (folder / src).resolve()
    if folder not in target.parents:
        reporter.error(line, col, f"image '{src}' is outside the lesson folder",
                       "keep images in the lesson's folder, e.g. images/picture.png")
    elif not target.is_file():
        reporter.error(line, col, f"image '{src}' does not exist",
                       f"check the file name; paths are relative to {folder.name}/")
