"""The scenario block: a branching story of nodes; a run ends on an ending, which gives its score."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from literacy_app.content.blocks.registry import BlockType, DemoLearner, Template, register
from literacy_app.content.blocks.scenario_parse import parse_scenario
from literacy_app.content.model import Node, Scenario, ScenarioChoice
from literacy_app.content.syntax import Reporter

SCENARIO = """\
::: scenario code-drop
<!-- A branching story. Each '###' is a node; '- [text](#node-id)' leads to another node.
     '+1' changes the score; 'if score >= 1' shows a choice only when the score so far allows it.
     A node with 'Ending:' ends the story and 'Score:' is what reaching it earns. -->
start: live-stream
back: true

### The code drop {#live-stream}
Your favourite streamer, Juno, says her hoodie code ends at midnight.
- [Buy it right away](#bought)
  > The countdown did its job.
- [Check whether the post says it is sponsored](#checked) +1
  > Good instinct: look for the disclosure first.

### Looking closer {#checked}
The description says "#ad" at the very bottom.
- [Decide you do not need it](#end-skip) +1
- [Buy it anyway, knowing it is an ad](#end-informed) if score >= 1

### Buyer's rush {#bought}
Ending: Impulse buy
Score: 0
You bought it in thirty seconds. Did you need it?

### Thoughtful skip {#end-skip}
Ending: Thoughtful skip
Score: 2
You kept your money and noticed the ad.

### Informed purchase {#end-informed}
Ending: Informed purchase
Score: 1
You knew it was an ad and still wanted it.
:::
"""


@dataclass(frozen=True)
class ScenarioResult:
    """A finished scenario run: the ending reached, its score and the path taken."""

    ending: Node
    score: int
    max_score: int
    path: list[str]


def score_scenario(scenario: Scenario, path: list[str]) -> ScenarioResult:
    """The score of a finished run: the score of the ending it reached."""
    ending = scenario.node(path[-1]) if path else None
    if ending is None or not ending.is_ending:
        raise ValueError("a scenario run must end on an ending node")
    return ScenarioResult(ending, ending.score, scenario.max_score, list(path))


def check_scenario(scenario: Scenario, reporter: Reporter) -> None:
    _check_node_ids(scenario, reporter)
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
    from literacy_app.content.blocks.scenario_paths import explore  # the path search: only when checked

    for stuck in explore(scenario)[1]:
        stuck_node = scenario.node(stuck.node_id)
        if stuck_node is None:
            continue
        reporter.error(stuck_node.line, 1, f"with a score of {stuck.score}, node '{stuck_node.id}' shows no choice",
                       "every node needs a choice whose condition holds; add one without 'if score ...'")
    can_finish = _can_reach_ending(scenario)
    for node in scenario.nodes:
        if node.id in reachable and node.id not in can_finish and node.choices:
            reporter.error(node.line, 1, f"from node '{node.id}' no path ever reaches an ending",
                           "give it a choice that leads towards an 'Ending:' node")


def _check_node_ids(scenario: Scenario, reporter: Reporter) -> None:
    node_ids: dict[str, int] = {}
    for node in scenario.nodes:
        if node.id in node_ids:
            reporter.error(node.line, 1, f"duplicate node id '{node.id}' (first used on line {node_ids[node.id]})",
                           "every node in a scenario needs its own id")
        node_ids.setdefault(node.id, node.line)


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


def _ids(scenario: Scenario) -> list[tuple[str, int, str]]:
    return []  # node ids live in the scenario's own id space: check_scenario finds duplicates there


def describe_run(response: dict[str, Any]) -> str | None:
    if "path" in response:
        return " → ".join(response["path"])
    return None


def _counts(scenario: Scenario) -> dict[str, int]:
    return {"scenarios": 1, "nodes": len(scenario.nodes), "endings": len(scenario.endings)}


def _demo(scenario: Scenario, learner: DemoLearner) -> dict[str, list[str]]:
    """A run as a simulated learner plays it: the best choice when they see it, else any shown choice."""
    path, picked, score = [scenario.start], [], 0
    node = scenario.node(scenario.start)
    while node is not None and not node.is_ending and len(path) < 40:
        options = [c for c in node.choices if c.available(score)]
        if not options:
            break
        best = max(options, key=lambda c: c.delta)
        choice = best if learner.knows(f"{scenario.id}/{node.id}", 0.0) else learner.pick(options)
        picked.append(choice.text)
        score += choice.delta
        path.append(choice.target)
        node = scenario.node(choice.target)
    return {"path": path, "choices": picked}


SCENARIO_TYPE = register(BlockType(
    name="scenario",
    label="Scenario",
    model=Scenario,
    parse=parse_scenario,
    template=Template("scenario", "Scenario", SCENARIO),
    answers="run",
    graded=True,
    model_classes=(Node, ScenarioChoice),
    check=check_scenario,
    ids=_ids,
    max_score=lambda scenario: float(scenario.max_score),
    describe=describe_run,
    counts=_counts,
    xapi_activity_type="http://adlnet.gov/expapi/activities/simulation",
    demo=_demo,
))
