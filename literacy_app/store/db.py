"""The SQLite connection: pragmas for crash safety, numbered migrations, transactions."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DB_FILENAME = "literacy.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"  # beside this module in every kind of install


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every numbered migration file, in order."""
    found = []
    for entry in MIGRATIONS_DIR.iterdir():
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
        return int(self.scalar("PRAGMA user_version"))

    def migrate(self) -> None:
        current = self.version
        for version, _name, sql in migrations():
            if version <= current:
                continue
            with self.transaction() as conn:
                # another copy of the app may have upgraded the file while this one waited for the lock
                if conn.execute("PRAGMA user_version").fetchone()[0] >= version:
                    continue
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={version:d}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            # SQLite already rolled back after some errors (disk full, I/O): keep the real error visible
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        """The first value of the first row (a COUNT, a PRAGMA); None when there is no row."""
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row is not None else None

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


# errors that mean "the file is not a database"; others (busy, read-only, full) leave the file alone
DAMAGED_ERRORS = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def open_database(data_dir: Path) -> tuple[Database, str]:
    """Open (or create) the database in data_dir.

    A file that is not a readable database is moved aside, kept for recovery, and a fresh one is
    created; the second value is then a message for the learner, otherwise "". When the folder
    cannot be used at all (read-only, full, locked by another copy for too long), answers are kept
    in memory for this run and the message says so.
    """
    path = data_dir / DB_FILENAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        damaged = path.is_dir()
        if not damaged:
            db = Database(path)
            if db.scalar("PRAGMA quick_check") == "ok":
                return db, ""
            db.close()
    except sqlite3.DatabaseError as exc:
        damaged = getattr(exc, "sqlite_errorname", "") in DAMAGED_ERRORS or "not a database" in str(exc)
        if not damaged:
            return _memory_database(data_dir, exc)
    except OSError as exc:
        return _memory_database(data_dir, exc)
    try:
        kept = _move_aside(path)
        return Database(path), (
            "The saved results on this computer could not be read, so a fresh record book was started. "
            f"The old file was kept as {kept.name} so that it can be recovered."
        )
    except (OSError, sqlite3.DatabaseError) as exc:
        return _memory_database(data_dir, exc)


def _move_aside(path: Path) -> Path:
    """Rename a damaged database (and its journal) to a timestamped name; never overwrite an earlier one."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while kept.exists():
        counter += 1
        kept = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    path.replace(kept)
    for suffix in ("-journal", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(kept.with_name(kept.name + suffix))
    return kept


def _memory_database(data_dir: Path, exc: Exception) -> tuple[Database, str]:
    reason = getattr(exc, "strerror", None) or str(exc)
    return Database(":memory:"), (
        f"Your results cannot be saved in {data_dir} right now ({reason}). "
        "You can keep working: your answers are kept until you close the app, but they will not be saved. "
        "Ask your teacher to check the data folder."
    )
