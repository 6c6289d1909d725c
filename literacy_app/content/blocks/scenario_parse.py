"""Parse a `::: scenario` block into a Scenario of nodes, choices and endings."""

from __future__ import annotations

import re

from literacy_app.content.model import Node, Scenario, ScenarioChoice
from literacy_app.content.syntax import (
    FEEDBACK_RE,
    KEY_LINE_RE,
    Line,
    Reporter,
    collect_text,
    near_key,
    parse_bool,
    parse_heading,
    parse_number,
    parse_settings,
    split_sections,
    warn_text_before_first_heading,
)

SCENARIO_SETTINGS = ("start", "back")
NODE_KEYS = ("ending", "score")
CHOICE_RE = re.compile(
    r"^[-*+]\s+\[(?P<text>[^\]]+)\]\(#(?P<target>[^)\s]*)\)"
    r"\s*(?P<delta>[+-]\d+)?"
    r"\s*(?:if\s+score\s*(?P<op>>=|<=|==|>|<)\s*(?P<value>-?\d+))?\s*$"
)
LINK_CHOICE_RE = re.compile(r"^[-*+]\s+\[[^\]]+\]\(")


def parse_scenario(block_id: str, opening: Line, lines: list[Line], reporter: Reporter) -> Scenario:
    scenario = Scenario(id=block_id, line=opening.number)
    settings, used = parse_settings(lines, SCENARIO_SETTINGS, reporter)
    if "back" in settings:
        scenario.allow_back = parse_bool(*settings["back"], reporter)
    head, sections = split_sections(lines[used:])
    warn_text_before_first_heading(head, reporter, "scenario", "### Node title {#node-id}")
    for section in sections:
        scenario.nodes.append(_parse_node(section, reporter))
    if "start" in settings:
        scenario.start, start_line = settings["start"]
        if scenario.nodes and scenario.node(scenario.start) is None:
            reporter.error(
                start_line.number, start_line.text.find(scenario.start) + 1,
                f"start node '{scenario.start}' does not exist",
                "known nodes: " + ", ".join(n.id for n in scenario.nodes),
            )
            scenario.start = scenario.nodes[0].id
    elif scenario.nodes:
        scenario.start = scenario.nodes[0].id
    if not scenario.nodes:
        reporter.error(
            opening.number, 1, f"scenario '{block_id}' has no nodes",
            "add nodes: '### Title {#node-id}' with choices '- [What to do](#next-node)'",
        )
    return scenario


def _parse_node(section: list[Line], reporter: Reporter) -> Node:
    heading = section[0]
    title, node_id = parse_heading(heading, reporter, "node")
    node = Node(id=node_id, title=title, line=heading.number)
    body: list[str] = []
    for line in section[1:]:
        raw = line.text
        stripped = raw.strip()
        feedback = FEEDBACK_RE.match(raw)
        if feedback and raw[:1] in (" ", "\t") and node.choices:
            choice = node.choices[-1]
            choice.feedback = f"{choice.feedback} {feedback.group('text').strip()}".strip()
            continue
        match = CHOICE_RE.match(stripped)
        if match:
            node.choices.append(_choice(match, line))
            continue
        if LINK_CHOICE_RE.match(stripped):
            reporter.error(
                line.number, raw.index("(") + 1, "this choice is not understood",
                "write '- [What the learner does](#target-node-id)', then optionally '+1' and "
                "'if score >= 2'",
            )
            continue
        key_line = KEY_LINE_RE.match(stripped)
        if key_line:
            key = key_line.group("key").strip().lower()
            value = key_line.group("value").strip()
            if key == "ending":
                node.ending = value or node.title
                continue
            if key == "score":
                number = parse_number(value, line, reporter, "score")
                if number is not None:
                    node.score = int(number)
                continue
            guess = near_key(key, NODE_KEYS)
            if guess:
                reporter.warning(
                    line.number, raw.index(key_line.group("key")) + 1,
                    f"unknown key '{key_line.group('key')}'", f"did you mean '{guess.capitalize()}:'?",
                )
                continue
        body.append(raw)
    node.body = collect_text(body)
    return node


def _choice(match: re.Match[str], line: Line) -> ScenarioChoice:
    condition = None
    if match.group("op"):
        condition = (match.group("op"), int(match.group("value")))
    return ScenarioChoice(
        text=match.group("text").strip(),
        target=match.group("target"),
        delta=int(match.group("delta") or 0),
        condition=condition,
        line=line.number,
        col=line.text.index("(#") + 2 if "(#" in line.text else 1,
    )
