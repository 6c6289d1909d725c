"""Everything about one learner: every table is accounted for, the export holds every table's rows for that
learner (and nobody else's), and an erase leaves no row and no byte of their words in the database file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from literacy_app.learning.xapi import StatementBuilder
from literacy_app.services.privacy import PrivacyService
from literacy_app.store.db import Database
from literacy_app.store.learner_data import KIND_LABELS, LEARNER_ROWS, NO_LEARNER_DATA, learner_counts
from tests.store.learner_seed import SECOND_PHRASE, SECRET_PHRASE, seeded


def tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def points_at_learners(conn: sqlite3.Connection, table: str, seen: frozenset[str] = frozenset()) -> bool:
    """Whether a table holds learner data by its shape: a learner column, or a foreign key to such a table."""
    if table == "profiles" or {"profile_id", "learner_uid"} & set(columns(conn, table)):
        return True
    return any(points_at_learners(conn, fk[2], seen | {table})
               for fk in conn.execute(f"PRAGMA foreign_key_list({table})") if fk[2] not in seen)


def unclassified(conn: sqlite3.Connection) -> list[str]:
    """Tables the export and erase do not know about, or that hold learner data but are declared not to."""
    return [t for t in tables(conn) if t not in LEARNER_ROWS and t not in NO_LEARNER_DATA
            or t in NO_LEARNER_DATA and points_at_learners(conn, t)]


def test_every_table_of_the_schema_is_in_the_learner_map(tmp_path: Path) -> None:
    db = Database(tmp_path / "fresh.sqlite3")
    assert unclassified(db.conn) == []
    assert set(LEARNER_ROWS) <= set(tables(db.conn))  # nothing in the map that the schema lacks
    assert set(KIND_LABELS) == set(LEARNER_ROWS)  # the erase confirmation names every kind in words
    # the check is real: a future table with learner data and no entry in the map fails it
    db.conn.execute("CREATE TABLE diary (profile_id INTEGER REFERENCES profiles(id), text TEXT)")
    db.conn.execute("CREATE TABLE diary_tags (entry INTEGER REFERENCES diary(rowid), tag TEXT)")
    assert unclassified(db.conn) == ["diary", "diary_tags"]
    db.close()


def expected_rows(conn: sqlite3.Connection, table: str, profile_id: int, uid: str) -> int:
    """The learner's rows in a table, found from the schema's shape alone (not from LEARNER_ROWS)."""
    names = columns(conn, table)
    if table == "profiles":
        return int(conn.execute("SELECT COUNT(*) FROM profiles WHERE id = ?", (profile_id,)).fetchone()[0])
    if "profile_id" in names:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table} WHERE profile_id = ?", (profile_id,)).fetchone()[0])
    if "learner_uid" in names:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table} WHERE learner_uid = ?", (uid,)).fetchone()[0])
    for fk in conn.execute(f"PRAGMA foreign_key_list({table})").fetchall():
        parent, column, target = fk[2], fk[3], fk[4]
        if points_at_learners(conn, parent):
            parents = [r[0] for r in conn.execute(f"SELECT {target} FROM {parent} WHERE profile_id = ?",
                                                  (profile_id,))]
            marks = ",".join("?" * len(parents)) or "NULL"
            return int(conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} IN ({marks})", parents).fetchone()[0])
    # no learner column: any row that names the learner's uid, or is keyed by their profile number
    text_columns = " || ' ' || ".join(f"COALESCE(CAST({c} AS TEXT), '')" for c in names)
    return int(conn.execute(
        f"SELECT COUNT(*) FROM {table} WHERE instr({text_columns}, ?) OR ({names[0]} GLOB '*:' || ?) "
        f"OR ({names[0]} = 'last_profile' AND {names[-1]} = ?)", (uid, str(profile_id), str(profile_id))
    ).fetchone()[0]) if table == "app_state" else int(conn.execute(
        f"SELECT COUNT(*) FROM {table} WHERE instr({text_columns}, ?)", (uid,)).fetchone()[0])


@pytest.fixture
def class_of_two(data_dir: Path):
    db, session, ana, ben = seeded(data_dir)
    yield db, session, ana, ben
    db.close()


def test_export_holds_every_tables_rows_for_that_learner_and_nobody_elses(class_of_two) -> None:
    db, session, ana, ben = class_of_two
    document = PrivacyService(db).export(ana.uid)
    assert document["format"] == "media-literacy-lab-learner" and document["learner"]["name"] == "Ana"
    assert set(document["tables"]) == set(tables(db.conn)) - set(NO_LEARNER_DATA)
    for table in tables(db.conn):
        expected = expected_rows(db.conn, table, ana.id, ana.uid)
        assert expected > 0, f"the seed writes nothing for Ana in {table}: the test would prove nothing there"
        assert len(document["tables"][table]) == expected, table
    text = json.dumps(document, ensure_ascii=False)
    assert SECRET_PHRASE in text  # her own words are hers to have
    assert SECOND_PHRASE not in text and ben.uid not in text  # nothing of Ben's
    stored_hash = db.conn.execute("SELECT hash FROM learner_secrets WHERE profile_id = ?", (ana.id,)).fetchone()[0]
    assert stored_hash.startswith("scrypt$")  # the seed did store one: the next line would prove nothing otherwise
    assert stored_hash not in text and "scrypt$" not in text  # the sign-in secret's hash is withheld
    assert len(document["sent_to_lrs"]) == 2
    # JSON columns are JSON values, not strings of JSON
    assert document["tables"]["answers"][0]["response"] == {"selected": ["Two friends texting each other."]}


def raw_bytes(data_dir: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(data_dir.glob("literacy.sqlite3*")))


def test_erase_leaves_no_row_and_no_byte_of_the_learners_words(class_of_two, data_dir: Path) -> None:
    db, session, ana, ben = class_of_two
    phrase = SECRET_PHRASE.encode("utf-8")
    assert phrase in raw_bytes(data_dir)  # before: the phrase is in the file (so the search below can fail)
    ben_before = learner_counts(db.conn, ben.id, ben.uid)
    privacy = PrivacyService(db, xapi=StatementBuilder(), lrs_configured=lambda: True, session=session)
    inventory = privacy.inventory(ana.uid)
    assert inventory.counts == learner_counts(db.conn, ana.id, ana.uid) and not inventory.refusal
    assert ("reflections (their own words)", 1) in inventory.kinds and inventory.will_void

    outcome = privacy.erase(ana.uid)

    [erased] = outcome.erased
    assert erased.vacuumed and erased.counts == inventory.counts
    assert learner_counts(db.conn, ana.id, ana.uid) == {table: 0 for table in LEARNER_ROWS}
    for table in tables(db.conn):  # found from the schema's shape, not from the map erase used
        assert expected_rows(db.conn, table, ana.id, ana.uid) == 0, table
    assert learner_counts(db.conn, ben.id, ben.uid) == {**ben_before, "xapi_outbox": ben_before["xapi_outbox"]}
    data = raw_bytes(data_dir)
    assert phrase not in data and SECRET_PHRASE[:20].encode() not in data
    assert ana.uid.encode() not in data  # not even her random id
    assert SECOND_PHRASE.encode() in data  # Ben's work is untouched
    assert not (data_dir / "literacy.sqlite3-journal").exists()
    # the two statements the LRS already had are listed, and a voiding statement is queued for each
    assert len(erased.sent_statements) == 2 and erased.voiding_queued == 2
    voids = [json.loads(r[0]) for r in db.query("SELECT statement FROM xapi_outbox WHERE status = 'pending' "
                                                "AND statement LIKE '%voided%'")]
    assert sorted(v["object"]["id"] for v in voids) == sorted(erased.sent_statements)
    assert all(v["verb"]["id"] == "http://adlnet.gov/expapi/verbs/voided" and v["object"]["objectType"] ==
               "StatementRef" for v in voids)
    assert db.scalar("PRAGMA integrity_check") == "ok" and db.query("PRAGMA foreign_key_check") == []


def test_without_an_lrs_sent_statements_are_listed_and_nothing_is_queued(class_of_two) -> None:
    db, session, ana, _ben = class_of_two
    pending_before = db.scalar("SELECT COUNT(*) FROM xapi_outbox WHERE status = 'pending'")
    ana_pending = db.scalar("SELECT COUNT(*) FROM xapi_outbox WHERE status = 'pending' "
                            "AND json_extract(statement, '$.actor.account.name') = ?", (ana.uid,))
    outcome = PrivacyService(db, lrs_configured=lambda: False).erase(ana.uid)
    assert len(outcome.erased[0].sent_statements) == 2 and outcome.erased[0].voiding_queued == 0
    assert db.scalar("SELECT COUNT(*) FROM xapi_outbox WHERE status = 'pending'") == pending_before - ana_pending


def test_erasing_the_learner_at_the_pc_signs_them_out(class_of_two) -> None:
    db, session, ana, _ben = class_of_two
    session.choose_profile(ana)
    PrivacyService(db, session=session).erase(ana.uid)
    assert session.profile is None


def test_an_unknown_learner_is_refused_with_lookup_error(class_of_two) -> None:
    db, *_ = class_of_two
    with pytest.raises(LookupError):
        PrivacyService(db).erase("no-such-uid")
