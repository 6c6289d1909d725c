"""A small known class on the fixture lesson, and an independent reference for lesson scores."""

from __future__ import annotations

import json
from pathlib import Path

from literacy_app.clock import now_iso
from literacy_app.content.blocks import graded_blocks
from literacy_app.content.library import Library, load_library
from literacy_app.content.model import Feed, Quiz, Scenario
from literacy_app.services.session import Session
from literacy_app.store.db import Database
from literacy_app.store.records import Records
from tests.conftest import FIXTURE_COURSE

PRE_POST = """---
id: {id}
title: {title}
module: Fixture module
order: {order}
assessment: {assessment}
---

## Quiz

::: quiz {id}-quiz

### Is a streamer who never met you your friend? {{#{id}-q1}}
- [ ] Yes
- [x] No

### Does #ad mean the post is paid? {{#{id}-q2}}
- [x] Yes
- [ ] No
:::
"""


def fixture_library(tmp_path: Path, with_pre_post: bool = False) -> Library:
    folders = [FIXTURE_COURSE]
    if with_pre_post:
        extra = tmp_path / "assessments"
        extra.mkdir(exist_ok=True)
        (extra / "pre.md").write_text(PRE_POST.format(id="pre", title="Pre-test", order=0, assessment="pre"),
                                      encoding="utf-8")
        (extra / "post.md").write_text(PRE_POST.format(id="post", title="Post-test", order=9, assessment="post"),
                                       encoding="utf-8")
        folders.append(extra)
    library = load_library(folders)
    assert not library.broken, [p.format() for p in library.problems]
    return library


def known_class(db: Database, library: Library) -> Session:
    """Ana 3/3; Ben wrong then right; Cem and Dan part right; Eve only a 0-point scenario; Fay nothing."""
    session = Session(Records(db), library)
    lesson = library.lesson("fixture-basics")
    quiz = lesson.block("check")
    which, sources = quiz.questions

    def learner(name: str, *answers) -> None:
        session.choose_profile(session.profile_named(name))
        for question, response in answers:
            session.answer_question(lesson, quiz, question, response)

    learner("Ana", (which, [1]), (sources, [0, 1]))
    learner("Ben", (which, [0]), (sources, [0, 2]), (which, [1]), (sources, [0, 1]))
    learner("Cem", (which, [0]), (sources, [0]))
    learner("Dan", (which, [1]), (sources, [0]))
    session.choose_profile(session.profile_named("Eve"))
    session.finish_scenario(lesson, lesson.block("code"), ["start", "bought"], ["Buy right away"], now_iso())
    session.profile_named("Fay")
    session.sign_out()
    return session


def reference_percentages(db: Database, library: Library) -> dict[tuple[str, str], float]:
    """(learner name, lesson id) -> best lesson score, computed row by row in Python from raw attempts."""
    maxima = {}
    for lesson in library.lessons:
        for block in graded_blocks(lesson):
            maximum = block.max_points if isinstance(block, Quiz) else block.max_score
            assert isinstance(block, (Quiz, Scenario, Feed))
            maxima.setdefault(lesson.id, {})[block.id] = maximum
    best: dict[tuple[str, str, str], float] = {}
    for row in db.query("SELECT p.name, a.* FROM attempts a JOIN profiles p ON p.id = a.profile_id "
                        "WHERE a.finished_at IS NOT NULL AND p.archived_at IS NULL"):
        key = (row["name"], row["lesson_id"], row["block_id"])
        fraction = row["score"] / row["max_score"] if row["max_score"] else 0.0
        best[key] = max(best.get(key, fraction), fraction)
    result = {}
    for (name, lesson_id, _block), _ in best.items():
        blocks = maxima[lesson_id]
        total = sum(blocks.values())
        earned = sum(best.get((name, lesson_id, b), 0.0) * m for b, m in blocks.items())
        result[(name, lesson_id)] = 100 * earned / total
    return result


def answers_json(db: Database) -> list:
    return [json.loads(r[0]) for r in db.query("SELECT response FROM answers ORDER BY id")]
