"""A teacher erasing a learner: the process the erase kill harness shoots.

    python -m tests.store.erase_worker DATA_DIR UID

Opens the real database, says `ready`, erases the learner through the store's erase (one transaction, then
VACUUM) with a voiding statement for each statement already sent and an 'erase' class event, then says
`erased in <seconds>` and waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from literacy_app.learning.xapi import StatementBuilder
from literacy_app.store.db import open_database
from literacy_app.store.learner_data import erase_learner


def main(data_dir: str, uid: str) -> int:
    db, _notice = open_database(Path(data_dir))
    profile_id = int(db.scalar("SELECT id FROM profiles WHERE uid = ?", (uid,)))
    print("ready", flush=True)
    started = time.perf_counter()
    erase_learner(db, profile_id, StatementBuilder().voided, tombstones=[uid], pc_id="lab-1")
    print(f"erased in {time.perf_counter() - started:.4f}", flush=True)
    time.sleep(120)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
