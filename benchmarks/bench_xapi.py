"""Statements per second: 10,000 queued xAPI statements delivered to a real Ralph LRS on 127.0.0.1.

    python -m benchmarks.bench_xapi        (from the repository root; installs Ralph into .cache/ once)

Ralph runs with its file-system backend, which reads its whole statements file on every POST to find
duplicate ids, so the figure is a floor: a district's ClickHouse, Elasticsearch or MongoDB backend looks
ids up in an index.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from literacy_app.content.library import load_library
from literacy_app.content.model import Quiz
from literacy_app.learning.scoring import score_question
from literacy_app.learning.xapi import StatementBuilder
from literacy_app.resources import bundled_lessons
from literacy_app.store.db import open_database
from literacy_app.store.lrs_client import LrsClient
from literacy_app.store.lrs_sender import DEFAULT_BATCH_SIZE, deliver
from literacy_app.store.outbox import Outbox, enqueue
from literacy_app.store.records import AttemptRecord
from tests.integration.ralph_server import RalphServer, ensure_ralph

STATEMENTS = 10_000


def _queue_statements(db, count: int) -> None:
    """Answered-question statements from the bundled course, as learners would make them."""
    builder = StatementBuilder("https://school.invalid/")
    lesson = next(lesson for lesson in load_library([bundled_lessons()]).lessons if lesson.blocks(Quiz))
    quiz = lesson.blocks(Quiz)[0]
    attempt = AttemptRecord(0, "00000000-0000-4000-8000-000000000000", lesson.id, quiz.id, "quiz", 0, 0,
                            "2026-03-20T09:00:00+00:00", None)
    statements = []
    for number in range(count):
        question = quiz.questions[number % len(quiz.questions)]
        result = score_question(question, [0] if question.kind != "short" else "an answer")
        statements.append(builder.question_answered(f"learner-{number % 30:02d}", lesson, quiz, question, result,
                                                    attempt))
    with db.transaction() as conn:
        enqueue(conn, statements)


def run(batch_size: int = DEFAULT_BATCH_SIZE) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(Path(folder) / "data")
        _queue_statements(db, STATEMENTS)
        server = RalphServer(ensure_ralph(), Path(folder) / "ralph")
        server.start()
        try:
            client = LrsClient(server.endpoint, server.user, server.password, timeout=120)
            started = time.perf_counter()
            report = deliver(Outbox(db), client, batch_size)
            seconds = time.perf_counter() - started
        finally:
            server.stop()
            db.close()
    if report.error or report.sent != STATEMENTS:
        raise RuntimeError(f"delivery incomplete: {report}")
    return {"xapi_statements": float(STATEMENTS), "xapi_batch_size": float(batch_size),
            "xapi_seconds": round(seconds, 2), "xapi_statements_per_second": round(STATEMENTS / seconds, 1)}


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name}: {value}")
