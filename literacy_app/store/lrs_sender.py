"""Delivering the outbox to the LRS: one pass (`deliver`) and a background thread that keeps trying.

Plain Python and threading, no Qt. The thread opens its own SQLite connection. Offline is normal on a
school PC: a failed pass waits with exponential backoff (capped, with jitter) and tries again, for as
long as it takes. Statement ids are made on the PC, so a batch resent after a lost answer is harmless.
"""

from __future__ import annotations

import random
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from literacy_app.store.db import Database
from literacy_app.store.lrs_client import LrsClient, LrsError
from literacy_app.store.outbox import Outbox, QueuedStatement

DEFAULT_BATCH_SIZE = 100


@dataclass
class DeliveryReport:
    sent: int = 0  # accepted in this pass (including ones the LRS already had)
    already_stored: int = 0  # of those, how many the LRS had from an earlier, unanswered try
    rejected: int = 0  # refused for good (conflicting id, invalid statement)
    pending: int = 0  # still waiting after the pass
    error: str = ""  # why the pass stopped early, "" when the outbox was emptied


def deliver(outbox: Outbox, client: LrsClient, batch_size: int = DEFAULT_BATCH_SIZE,
            should_stop: Callable[[], bool] = lambda: False,
            on_progress: Callable[[DeliveryReport], None] | None = None) -> DeliveryReport:
    """Send pending statements in batches until the outbox is empty, the LRS fails, or should_stop()."""
    report = DeliveryReport()
    outbox.note_attempt()
    try:
        while not should_stop():
            batch = outbox.pending(batch_size)
            if not batch:
                break
            _send(outbox, client, batch, report)
            if on_progress is not None:
                on_progress(report)
    except LrsError as exc:
        report.error = str(exc)
    report.pending = outbox.status().pending
    return report


def _send(outbox: Outbox, client: LrsClient, batch: list[QueuedStatement], report: DeliveryReport) -> None:
    try:
        stored_now = client.post_statements([queued.statement for queued in batch])
    except LrsError as exc:
        if exc.refuses_statements:
            # the LRS takes a batch whole or not at all: halve it to find the statement it refuses
            if len(batch) == 1:
                outbox.mark_rejected(batch[0].row_id, str(exc))
                report.rejected += 1
                return
            middle = len(batch) // 2
            _send(outbox, client, batch[:middle], report)
            _send(outbox, client, batch[middle:], report)
            return
        outbox.record_failure([queued.row_id for queued in batch], str(exc))
        raise
    outbox.mark_sent([queued.row_id for queued in batch])
    report.sent += len(batch)
    report.already_stored += len(batch) - len(set(stored_now) & {queued.statement_id for queued in batch})


def backoff_delay(failures: int, base: float = 2.0, cap: float = 600.0, rng: random.Random | None = None) -> float:
    """Seconds to wait after `failures` failed passes in a row: doubling up to the cap, with 'equal jitter'
    (between half and all of it) so that a lab of PCs coming back online does not knock all at once."""
    ceiling = min(cap, base * 2 ** max(failures - 1, 0))
    return float(ceiling / 2 + (rng or random).uniform(0, ceiling / 2))


class LrsSender(threading.Thread):
    """Keeps delivering the outbox in the background until stopped."""

    def __init__(self, db_path: Path, client: LrsClient, batch_size: int = DEFAULT_BATCH_SIZE,
                 poll_interval: float = 60.0, base_delay: float = 2.0, max_delay: float = 600.0,
                 on_report: Callable[[DeliveryReport], None] | None = None) -> None:
        super().__init__(name="lrs-sender", daemon=True)
        self.db_path = Path(db_path)
        self.client = client
        self.batch_size = batch_size
        self.poll_interval = poll_interval
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.on_report = on_report
        self.failures = 0
        self.last_report: DeliveryReport | None = None
        self._wake = threading.Event()
        self._stopping = threading.Event()

    def run(self) -> None:
        db: Database | None = None
        while not self._stopping.is_set():
            try:
                if db is None:
                    db = Database(self.db_path)
                report = deliver(Outbox(db), self.client, self.batch_size, self._stopping.is_set)
            except sqlite3.Error as exc:  # the results file is busy or unreadable: try again later
                report = DeliveryReport(error=f"the outbox could not be read ({exc})")
            self.last_report = report
            if self.on_report is not None:
                self.on_report(report)
            self.failures = self.failures + 1 if report.error else 0
            delay = (backoff_delay(self.failures, self.base_delay, self.max_delay) if report.error
                     else self.poll_interval)
            self._wake.wait(delay)
            self._wake.clear()
        if db is not None:
            db.close()

    def wake(self) -> None:
        """Try now instead of waiting (new statements, or the teacher asked)."""
        self._wake.set()

    def stop(self, timeout: float | None = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self.is_alive():
            self.join(timeout)


@dataclass(frozen=True)
class Connection:
    endpoint: str
    user: str
    password: str
    source: str  # where the endpoint came from, for messages


def resolve_connection(settings_endpoint: str, settings_user: str, settings_password: str, outbox: Outbox,
                       endpoint: str | None = None, user: str | None = None, password: str | None = None,
                       ) -> Connection | None:
    """Each value: a flag wins over the config file, which wins over what the teacher saved in the app.
    None when no endpoint is set anywhere."""
    saved = outbox.saved_connection()
    sources = (("command line", {"endpoint": endpoint, "user": user, "password": password}),
               ("config file", {"endpoint": settings_endpoint, "user": settings_user, "password": settings_password}),
               ("teacher settings", saved))
    chosen: dict[str, str] = {}
    origin = ""
    for name, values in sources:
        for key in ("endpoint", "user", "password"):
            value = values.get(key)
            if key not in chosen and value:
                chosen[key] = value
                origin = name if key == "endpoint" else origin
    if not chosen.get("endpoint"):
        return None
    return Connection(chosen["endpoint"], chosen.get("user", ""), chosen.get("password", ""), origin)


class LrsDelivery:
    """What the app holds: the running sender (if an LRS is set), started, woken and restarted on demand."""

    def __init__(self, db: Database, settings_endpoint: str = "", settings_user: str = "",
                 settings_password: str = "", poll_interval: float = 60.0) -> None:
        self.db = db
        self.settings = (settings_endpoint, settings_user, settings_password)
        self.poll_interval = poll_interval
        self.sender: LrsSender | None = None
        self.connection: Connection | None = None

    @property
    def can_run(self) -> bool:
        # a results book kept only in memory cannot be opened a second time by the sender
        return str(self.db.path) not in ("", ":memory:")

    def start(self) -> bool:
        """Start sending if an endpoint is set anywhere; True when a sender runs."""
        self.connection = resolve_connection(*self.settings, Outbox(self.db))
        if self.connection is None or not self.can_run:
            return False
        client = LrsClient(self.connection.endpoint, self.connection.user, self.connection.password)
        self.sender = LrsSender(self.db.path, client, poll_interval=self.poll_interval)
        self.sender.start()
        return True

    def send_now(self) -> bool:
        if self.sender is not None and self.sender.is_alive():
            self.sender.wake()
            return True
        return self.start()

    def restart(self) -> bool:
        """After the teacher changed the connection: the old sender finishes its request and ends."""
        self.stop(wait=False)
        return self.start()

    def stop(self, wait: bool = True) -> None:
        if self.sender is not None:
            self.sender.stop(timeout=5.0 if wait else 0)
            self.sender = None
