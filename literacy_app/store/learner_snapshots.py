"""One learner in other PCs' class snapshots: erased or not, active lately or not, and their rows.

Read-only. The snapshots given are the class folder's checked copies (ClassFolder.read opened and checked
each one), so they are opened here without checking them again: reading the folder stays as fast as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_ATTEMPTS = "attempt_uid IN (SELECT uid FROM attempts WHERE learner_uid IN ({marks}))"
# snapshot table -> the learner's rows in it ({marks}: the learner's uids)
SNAPSHOT_ROWS = {
    "learners": "uid IN ({marks})",
    "attempts": "learner_uid IN ({marks})",
    "answers": _ATTEMPTS,
    "scenario_runs": _ATTEMPTS,
    "progress": "learner_uid IN ({marks})",
    "reflections": "learner_uid IN ({marks})",
    "events": "learner_uid IN ({marks})",
}


def _open(path: Path) -> sqlite3.Connection | None:
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("SELECT 1 FROM events LIMIT 0")  # a snapshot, not some other file
    except sqlite3.Error:
        conn.close()
        return None
    return conn


def erased_uids(snapshots: Iterable[Path]) -> set[str]:
    """Every learner uid some PC of the class erased (an 'erase' event in any snapshot)."""
    found: set[str] = set()
    for path in snapshots:
        conn = _open(path)
        if conn is None:
            continue
        try:
            found |= {row[0] for row in conn.execute("SELECT learner_uid FROM events WHERE kind = 'erase'")}
        finally:
            conn.close()
    return found


def last_activity(path: Path, uids: list[str]) -> str | None:
    """When these uids last signed in or saved work in this snapshot (ISO time), or None."""
    conn = _open(path)
    if conn is None or not uids:
        return None
    marks = ",".join("?" for _ in uids)
    try:
        row = conn.execute(
            f"""SELECT MAX(t) FROM (
                    SELECT last_active_at AS t FROM learners WHERE uid IN ({marks})
                    UNION ALL SELECT COALESCE(finished_at, started_at) FROM attempts WHERE learner_uid IN ({marks})
                    UNION ALL SELECT updated_at FROM progress WHERE learner_uid IN ({marks})
                    UNION ALL SELECT updated_at FROM reflections WHERE learner_uid IN ({marks}))""",
            uids * 4).fetchone()
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else None


def snapshot_rows(path: Path, uids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The learner's rows in one snapshot, table by table (empty when the snapshot cannot be read)."""
    conn = _open(path)
    if conn is None or not uids:
        return {}
    marks = ",".join("?" for _ in uids)
    found: dict[str, list[dict[str, Any]]] = {}
    try:
        for table, where in SNAPSHOT_ROWS.items():
            cursor = conn.execute(f"SELECT * FROM {table} WHERE {where.format(marks=marks)}", uids)
            columns = [column[0] for column in cursor.description]
            found[table] = [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]
    finally:
        conn.close()
    return found
