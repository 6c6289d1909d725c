"""Play every path of a scenario, score conditions included, to find where a learner gets stuck."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from literacy_app.content.model import Scenario

MAX_STATES = 20_000  # loops that keep adding points could go on forever; this many states is plenty


@dataclass(frozen=True)
class StuckState:
    node_id: str
    score: int


def explore(scenario: Scenario) -> tuple[set[tuple[str, int]], list[StuckState]]:
    """Every (node, score so far) a learner can reach, and the states that show no choice at all."""
    start = (scenario.start, 0)
    seen = {start}
    queue = deque([start])
    stuck: list[StuckState] = []
    while queue and len(seen) < MAX_STATES:
        node_id, score = queue.popleft()
        node = scenario.node(node_id)
        if node is None or node.is_ending:
            continue
        available = [c for c in node.choices if c.available(score)]
        if node.choices and not available:
            stuck.append(StuckState(node_id, score))
        for choice in available:
            state = (choice.target, score + choice.delta)
            if state not in seen:
                seen.add(state)
                queue.append(state)
    return seen, stuck


def all_paths(scenario: Scenario, limit: int = 10_000) -> list[list[str]]:
    """Every path from the start to an ending (each node at most once per path), for tests and reports."""
    paths: list[list[str]] = []
    stack: list[tuple[list[str], int]] = [([scenario.start], 0)]
    while stack and len(paths) < limit:
        path, score = stack.pop()
        node = scenario.node(path[-1])
        if node is None:
            continue
        if node.is_ending:
            paths.append(path)
            continue
        for choice in node.choices:
            if choice.available(score) and choice.target not in path:
                stack.append(([*path, choice.target], score + choice.delta))
    return paths
