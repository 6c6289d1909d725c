"""`literacy-app export --learner` and `literacy-app erase` on a real data folder."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

from literacy_app.cli import main
from literacy_app.clock import clock
from literacy_app.store.db import open_database
from literacy_app.store.learner_data import LEARNER_ROWS
from literacy_app.store.records import Records
from tests.store.learner_seed import SECOND_PHRASE, SECRET_PHRASE, seeded


def test_export_learner_writes_every_tables_rows_for_that_learner(data_dir: Path, tmp_path: Path, capsys) -> None:
    db, _session, ana, _ben = seeded(data_dir)
    db.close()
    target = tmp_path / "ana.json"
    assert main(["export", "--data-dir", str(data_dir), "--learner", "ana", "-o", str(target)]) == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["learner"]["uid"] == ana.uid
    assert set(document["tables"]) == set(LEARNER_ROWS)
    assert all(document["tables"][table] for table in LEARNER_ROWS), "a table with Ana's rows came out empty"
    assert SECRET_PHRASE in target.read_text(encoding="utf-8")
    assert SECOND_PHRASE not in target.read_text(encoding="utf-8")
    assert "Wrote" in capsys.readouterr().out
    assert main(["export", "--data-dir", str(data_dir), "--learner", str(ana.id), "-o", str(tmp_path / "b.json")]) == 0
    assert main(["export", "--data-dir", str(data_dir), "--learner", "Nobody", "-o", str(target)]) == 2


def test_erase_asks_first_then_erases_and_lists_what_the_lrs_already_has(data_dir: Path, capsys) -> None:
    db, _session, ana, _ben = seeded(data_dir)
    db.close()
    assert main(["erase", "--data-dir", str(data_dir), "--learner", "Ana"]) == 1  # not a terminal, no --yes
    out = capsys.readouterr()
    assert "reflections (their own words)" in out.out and "add --yes" in out.err
    assert main(["erase", "--data-dir", str(data_dir), "--learner", ana.uid, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Erased Ana" in out and "no LRS is configured" in out
    sent = re.findall(r"^ +([0-9a-f]{8}-[0-9a-f-]{27})$", out, re.MULTILINE)
    assert len(sent) == 2  # the ids of the two statements the LRS already has, for the district to void
    db, _ = open_database(data_dir)
    assert [p.name for p in Records(db).profiles()] == ["Ben"]
    db.close()
    assert SECRET_PHRASE.encode() not in (data_dir / "literacy.sqlite3").read_bytes()


def test_erase_inactive_months_lists_then_erases_only_those(data_dir: Path, capsys) -> None:
    db, _ = open_database(data_dir)
    records = Records(db)
    with clock(lambda: datetime(2024, 9, 1, tzinfo=timezone.utc)):
        old = records.add_profile("Left Last Year")
        records.touch_profile(old.id)
    records.add_profile("Here Now")
    db.close()
    assert main(["erase", "--data-dir", str(data_dir), "--inactive-months", "6", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Left Last Year" in out and "last seen 2024-09-01" in out and "Here Now" not in out
    db, _ = open_database(data_dir)
    assert [p.name for p in Records(db).profiles()] == ["Here Now"]
    db.close()
    assert main(["erase", "--data-dir", str(data_dir), "--inactive-months", "6", "--yes"]) == 0
    assert "No learner has been inactive" in capsys.readouterr().out
