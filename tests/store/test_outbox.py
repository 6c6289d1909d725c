"""The outbox without a server: offline tries keep everything, settings precedence, backoff, export, and a
simulated class queues exactly the statements that real use does."""

from __future__ import annotations

import json
import random
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
from literacy_app.store.lrs_sender import backoff_delay, deliver, resolve_connection
from literacy_app.store.outbox import Outbox
from tests.integration.ralph_server import free_port

ADL = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    db, _ = open_database(folder)
    simulate_class(db, load_library(resolve_settings(str(folder)).lesson_dirs), 5, seed=4, attempts=2,
                   end=datetime(2026, 3, 20, tzinfo=timezone.utc))
    db.close()
    return folder


@pytest.fixture
def demo_db(demo_folder: Path, tmp_path: Path):
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "literacy.sqlite3").write_bytes((demo_folder / "literacy.sqlite3").read_bytes())
    db, _ = open_database(copy)
    yield db
    db.close()


def test_a_simulated_class_queues_one_statement_per_finished_action(demo_db):
    statements = Outbox(demo_db).statements()
    verbs = Counter(s["verb"]["id"].removeprefix(ADL) for s in statements)
    quiz_answers = demo_db.query_one(
        "SELECT COUNT(*) FROM answers JOIN attempts a ON a.id = attempt_id WHERE a.kind = 'quiz'")[0]
    finished = {kind: demo_db.query_one(
        "SELECT COUNT(*) FROM attempts WHERE kind = ? AND finished_at IS NOT NULL", (kind,))[0]
        for kind in ("quiz", "scenario", "feed")}
    reflections = demo_db.query_one("SELECT COUNT(*) FROM reflections")[0]
    completed_lessons = demo_db.query_one("SELECT COUNT(*) FROM progress WHERE completed_at IS NOT NULL")[0]

    assert verbs["answered"] == quiz_answers > 0
    assert verbs["passed"] + verbs["failed"] + sum(
        1 for s in statements if s["verb"]["id"] == ADL + "completed"
        and s["object"]["definition"]["type"].endswith("/assessment")) == finished["quiz"]
    by_type = Counter(s["object"]["definition"]["type"].rsplit("/", 1)[1] for s in statements
                      if s["verb"]["id"] == ADL + "completed")
    assert by_type["simulation"] == finished["scenario"] > 0
    assert by_type["interaction"] == finished["feed"] > 0
    assert by_type["lesson"] == completed_lessons > 0
    assert verbs["commented"] >= reflections > 0  # a reflection saved twice is written twice
    registrations = {s["context"].get("registration") for s in statements} - {None}
    attempt_uids = {r[0] for r in demo_db.query("SELECT uid FROM attempts WHERE finished_at IS NOT NULL")}
    assert attempt_uids <= registrations
    profile_uids = {r[0] for r in demo_db.query("SELECT uid FROM profiles")}
    assert {s["actor"]["account"]["name"] for s in statements} == profile_uids
    # statements carry the simulated moment of the action, not the time the demo ran
    assert max(s["timestamp"] for s in statements) <= "2026-03-20T00:00:00+00:00"


def test_offline_delivery_keeps_every_statement_queued(demo_db):
    outbox = Outbox(demo_db)
    total = outbox.status().pending
    client = LrsClient(f"http://127.0.0.1:{free_port()}/xAPI", "u", "p", timeout=5)
    assert client.endpoint.endswith("/xAPI/")
    report = deliver(outbox, client, batch_size=25)
    assert report.sent == 0 and report.pending == total
    assert "could not be reached" in report.error
    status = outbox.status()
    assert (status.pending, status.sent, status.rejected) == (total, 0, 0)
    assert status.last_error == report.error and status.last_attempt_at is not None
    tries = demo_db.query("SELECT DISTINCT tries FROM xapi_outbox ORDER BY tries")
    assert [r[0] for r in tries] == [0, 1]  # only the first batch was tried, then the pass stopped


def test_sync_command_without_an_lrs_says_how_to_set_one(demo_db, capsys):
    code = main(["sync", "--data-dir", str(demo_db.path.parent)])
    assert code == 2
    assert "--endpoint" in capsys.readouterr().err


def test_sync_command_offline_exits_with_an_error_and_counts(demo_db, capsys):
    total = Outbox(demo_db).status().pending
    code = main(["sync", "--data-dir", str(demo_db.path.parent), "--endpoint",
                 f"http://127.0.0.1:{free_port()}/xAPI/", "--user", "u", "--password", "p"])
    captured = capsys.readouterr()
    assert code == 1
    assert f"still waiting: {total}" in captured.out and "run sync again later" in captured.err


def test_connection_precedence_flag_then_config_then_teacher(demo_db):
    outbox = Outbox(demo_db)
    assert resolve_connection("", "", "", outbox) is None
    outbox.save_connection(" https://teacher.invalid/xAPI/ ", "t-user", "t-pass")
    teacher = resolve_connection("", "", "", outbox)
    assert (teacher.endpoint, teacher.user, teacher.password, teacher.source) == (
        "https://teacher.invalid/xAPI/", "t-user", "t-pass", "teacher settings")
    config = resolve_connection("https://ini.invalid/xAPI/", "i-user", "", outbox)
    assert (config.endpoint, config.user, config.password, config.source) == (
        "https://ini.invalid/xAPI/", "i-user", "t-pass", "config file")
    flag = resolve_connection("https://ini.invalid/xAPI/", "i-user", "i-pass", outbox,
                              endpoint="http://127.0.0.1:8100/xAPI/", password="f-pass")
    assert (flag.endpoint, flag.user, flag.password, flag.source) == (
        "http://127.0.0.1:8100/xAPI/", "i-user", "f-pass", "command line")


def test_config_file_sets_the_lrs_and_school(tmp_path, monkeypatch):
    ini = tmp_path / "xdg-config" / "MediaLiteracyLab" / "literacy-app.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[lrs]\nendpoint = http://127.0.0.1:8100/xAPI/\nuser = district\npassword = s3cret\n"
                   "school_uri = https://school-9.invalid/\nactivity_base = https://d.invalid/xapi/\n",
                   encoding="utf-8")
    settings = resolve_settings(str(tmp_path / "data"))
    assert (settings.lrs_endpoint, settings.lrs_user, settings.lrs_password) == (
        "http://127.0.0.1:8100/xAPI/", "district", "s3cret")
    assert (settings.school_uri, settings.xapi_activity_base) == ("https://school-9.invalid/", "https://d.invalid/xapi/")


def test_backoff_doubles_up_to_the_cap_with_jitter():
    rng = random.Random(5)
    delays = [backoff_delay(n, base=2, cap=60, rng=rng) for n in range(1, 10)]
    ceilings = [2, 4, 8, 16, 32, 60, 60, 60, 60]
    for delay, ceiling in zip(delays, ceilings, strict=True):
        assert ceiling / 2 <= delay <= ceiling
    assert len({round(d, 6) for d in delays[5:]}) > 1  # jitter: a lab of PCs does not retry in step


def test_results_export_xapi_writes_the_statements(demo_db, tmp_path, capsys):
    target = tmp_path / "statements.json"
    code = main(["results", "--data-dir", str(demo_db.path.parent), "--format", "xapi", "-o", str(target)])
    assert code == 0
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert Counter(s["id"] for s in exported) == Counter(s["id"] for s in Outbox(demo_db).statements())
    assert all(s["actor"]["objectType"] == "Agent" and "account" in s["actor"] for s in exported)
