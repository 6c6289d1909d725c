"""Delivering a simulated class to a real Ralph LRS: exactly once, through outages, with conflicts named."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest

from literacy_app.cli import main
from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library
from literacy_app.services.class_simulation import simulate_class
from literacy_app.store.db import open_database
from literacy_app.store.lrs_client import LrsClient
from literacy_app.store.lrs_sender import LrsSender, deliver
from literacy_app.store.outbox import Outbox

# generous: the first test on a fresh machine also installs Ralph into its own virtual environment
pytestmark = [pytest.mark.integration, pytest.mark.timeout(1200)]

END = datetime(2026, 3, 20, 15, 0, tzinfo=timezone.utc)


@pytest.fixture
def classroom(data_dir: Path):
    """A data folder with a simulated class of four learners working through the bundled course."""
    db, _ = open_database(data_dir)
    simulate_class(db, load_library(resolve_settings(str(data_dir)).lesson_dirs), 4, seed=7, attempts=2, end=END)
    yield db
    db.close()


def _lrs_statements(client: LrsClient) -> list[dict]:
    # a small page size, so that the `more` links are followed many times
    return list(client.get_statements(limit=50))


def _client(ralph) -> LrsClient:
    return LrsClient(ralph.endpoint, ralph.user, ralph.password)


def _sync(data_dir: Path, ralph, capsys, *extra: str) -> tuple[int, str]:
    code = main(["sync", "--data-dir", str(data_dir), "--endpoint", ralph.endpoint, "--user", ralph.user,
                 "--password", ralph.password, *extra])
    return code, capsys.readouterr().out


def test_sync_delivers_a_class_exactly_once(classroom, data_dir, ralph, capsys):
    outbox = Outbox(classroom)
    queued = outbox.statements()
    assert len(queued) > 100  # a real class: answers, quizzes, scenarios, feeds, reflections, lessons

    code, out = _sync(data_dir, ralph, capsys)
    assert code == 0, out
    assert f"sent: {len(queued)}" in out and "still waiting: 0" in out

    stored = _lrs_statements(_client(ralph))
    assert Counter(s["id"] for s in stored) == Counter(s["id"] for s in queued)  # every one, once
    by_id = {s["id"]: s for s in stored}
    for statement in queued:
        on_server = by_id[statement["id"]]
        for field in ("actor", "verb", "object", "result", "context", "timestamp"):
            assert on_server[field] == statement[field], (field, statement["id"])
        assert on_server["authority"]["account"]["name"] == ralph.user  # Ralph stamped who sent it
    assert outbox.status().pending == 0 and outbox.status().sent == len(queued)

    # again: nothing new goes out, and the LRS still holds each statement once
    code, out = _sync(data_dir, ralph, capsys)
    assert code == 0 and "sent: 0" in out and f"delivered in total: {len(queued)} of {len(queued)}" in out
    assert len(ralph.stored_lines()) == len(queued)


def test_server_stopped_in_the_middle_of_a_sync_loses_and_duplicates_nothing(classroom, ralph):
    outbox = Outbox(classroom)
    queued = outbox.statements()
    client = _client(ralph)

    def pull_the_plug(report) -> None:
        if ralph.process is not None and report.sent >= 40:
            ralph.stop(kill=True)

    first = deliver(outbox, client, batch_size=20, on_progress=pull_the_plug)
    assert first.sent == 40 and first.error  # two batches went through, then the server was gone
    assert "could not be reached" in first.error
    assert first.pending == len(queued) - 40
    assert outbox.status().last_error == first.error

    # the LRS stored the next batch but its answer never arrived: the PC still has it as pending
    next_batch = outbox.pending(20)
    ralph.start()
    client.post_statements([q.statement for q in next_batch])

    second = deliver(outbox, client, batch_size=20)
    assert second.error == "" and second.pending == 0
    assert second.sent == len(queued) - 40
    assert second.already_stored == 20  # Ralph recognised the resent batch by its ids
    assert outbox.status().last_error == ""
    ids = [s["id"] for s in _lrs_statements(client)]
    assert Counter(ids) == Counter(s["id"] for s in queued)
    assert len(ralph.stored_lines()) == len(queued)


def test_background_sender_keeps_trying_until_the_lrs_is_back(classroom, ralph):
    outbox = Outbox(classroom)
    total = outbox.status().pending
    ralph.stop()
    reports = []
    delivered = threading.Event()
    failed_twice = threading.Event()

    def on_report(report) -> None:
        reports.append(report)
        if sum(1 for r in reports if r.error) >= 2:
            failed_twice.set()
        if not report.error and report.pending == 0:
            delivered.set()

    sender = LrsSender(classroom.path, _client(ralph), batch_size=50, poll_interval=0.05, base_delay=0.05,
                       max_delay=0.2, on_report=on_report)
    sender.start()
    try:
        assert failed_twice.wait(30)  # offline: the sender backs off and tries again
        assert outbox.status().pending == total
        ralph.start()
        assert delivered.wait(120)
    finally:
        sender.stop()
    assert not sender.is_alive()
    assert outbox.status().sent == total
    assert Counter(s["id"] for s in _lrs_statements(_client(ralph))) == Counter(
        s["id"] for s in outbox.statements())


def test_a_conflicting_statement_is_set_aside_and_the_rest_delivered(classroom, data_dir, ralph, capsys):
    outbox = Outbox(classroom)
    queued = outbox.statements()
    # another system already stored a different statement under one of our ids
    squatter = dict(queued[5], verb={"id": "http://adlnet.gov/expapi/verbs/attempted", "display": {"en-US": "x"}})
    _client(ralph).post_statements([squatter])

    code, out = _sync(data_dir, ralph, capsys, "--batch-size", "64")
    assert code == 0
    assert "rejected: 1" in out and f"sent: {len(queued) - 1}" in out
    ((rejected_id, reason),) = outbox.rejected()
    assert rejected_id == queued[5]["id"]
    assert "409" in reason
    assert len(ralph.stored_lines()) == len(queued)  # ours minus the conflict, plus the squatter


def test_wrong_password_keeps_everything_queued(classroom, data_dir, ralph, capsys):
    total = Outbox(classroom).status().pending
    code = main(["sync", "--data-dir", str(data_dir), "--endpoint", ralph.endpoint, "--user", ralph.user,
                 "--password", "wrong"])
    captured = capsys.readouterr()
    assert code == 1
    assert "401" in captured.err and "still waiting: " + str(total) in captured.out
    assert Outbox(classroom).status().pending == total
    assert ralph.stored_lines() == []
