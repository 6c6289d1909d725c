"""The SQLite connection: pragmas for crash safety, numbered migrations, transactions."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

DB_FILENAME = "literacy.sqlite3"


_clock: Callable[[], datetime] | None = None


def now_iso() -> str:
    moment = _clock() if _clock is not None else datetime.now(timezone.utc)
    return moment.isoformat(timespec="seconds")


@contextmanager
def clock(source: Callable[[], datetime]) -> Iterator[None]:
    """Stamp records with `source()` instead of the real time (simulated classes, tests)."""
    global _clock
    previous, _clock = _clock, source
    try:
        yield
    finally:
        _clock = previous


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every numbered migration file, in order."""
    found = []
    for entry in resources.files("literacy_app.store.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


class Database:
    """One connection with explicit transactions; every learner action is one transaction."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        # autocommit mode: transactions are opened explicitly with BEGIN IMMEDIATE
        self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=10)
        self.conn.row_factory = sqlite3.Row
        # rollback journal, not WAL: WAL breaks on network shares that school labs use
        self.conn.execute("PRAGMA journal_mode=DELETE")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA busy_timeout=10000")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        current = self.version
        for version, _name, sql in migrations():
            if version <= current:
                continue
            with self.transaction() as conn:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={version:d}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def close(self) -> None:
        self.conn.close()


def _statements(sql: str) -> list[str]:
    """Split a migration file into statements (sqlite3.complete_statement knows the grammar)."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(part.strip().startswith("--") for part in buffer.strip().splitlines()):
        statements.append(buffer.strip())
    return statements


def open_database(data_dir: Path) -> tuple[Database, str]:
    """Open (or create) the database in data_dir.

    A file that is not a readable database is moved aside, kept for recovery, and a fresh one is
    created; the second value is then a message for the learner, otherwise "".
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILENAME
    try:
        db = Database(path)
        ok = db.query_one("PRAGMA quick_check")[0]
        if ok == "ok":
            return db, ""
        db.close()
    except sqlite3.DatabaseError:
        pass
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.corrupt-{stamp}")
    path.replace(kept)
    for suffix in ("-journal", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(kept.with_name(kept.name + suffix))
    message = (
        "The saved results on this computer could not be read, so a fresh record book was started. "
        f"The old file was kept as {kept.name} so that it can be recovered."
    )
    return Database(path), message
