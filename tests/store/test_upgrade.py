"""Upgrading a database from any earlier schema to the newest keeps every row."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from literacy_app.store.db import Database, migrations
from tests.conftest import FIXTURES

FIXTURE_DBS = sorted((FIXTURES / "db").glob("schema-v*.sqlite3"))


def _rows(path: Path) -> dict[str, tuple[list[str], set[tuple]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        found = {}
        for table in tables:
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
            found[table] = (columns, set(conn.execute(f"SELECT {', '.join(columns)} FROM {table}")))
        return found
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_earlier_schema_version() -> None:
    versions = [number for number, _name, _sql in migrations()]
    assert versions[0] == 1
    # a new migration needs a fixture of the schema before it: run tests/fixtures/db/make_fixtures.py
    assert {int(p.stem.split("-v")[1]) for p in FIXTURE_DBS} >= set(versions[:-1])


@pytest.mark.parametrize("fixture", FIXTURE_DBS, ids=lambda p: p.stem)
def test_upgrading_keeps_every_row(tmp_path: Path, fixture: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    before = _rows(copy)
    assert sum(len(rows) for _columns, rows in before.values()) > 0, "the fixture holds rows"

    db = Database(copy)
    latest = migrations()[-1][0]
    assert db.version == latest
    assert db.query_one("PRAGMA integrity_check")[0] == "ok"
    assert db.query("PRAGMA foreign_key_check") == []
    db.close()

    conn = sqlite3.connect(copy)
    try:
        for table, (columns, rows) in before.items():
            after = set(conn.execute(f"SELECT {', '.join(columns)} FROM {table}"))
            missing = rows - after
            assert not missing, f"{table}: {len(missing)} row(s) lost or changed, e.g. {next(iter(missing))}"
    finally:
        conn.close()
