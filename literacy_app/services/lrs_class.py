"""A class opened from the district's Learning Record Store: the same teacher view, filled from xAPI.

Reading happens in two halves so that a window stays responsive: `read_statements` talks to the LRS
(any thread; nothing is written), `build_class` makes the class database in the thread that will use
it. `open_class_from_lrs` does both. Every failure (a refused password, a page that is not xAPI, a
`more` link to another server, an unreadable roster) raises `LrsClassError` with a sentence a teacher
can act on, and no class at all: never half of one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from literacy_app.content.library import Library
from literacy_app.services.teacher import TeacherService
from literacy_app.store.db import Database
from literacy_app.store.lrs_client import LrsClient, LrsError
from literacy_app.store.lrs_reader import (
    LrsStatements,
    ReadSummary,
    RosterError,
    RosterLearner,
    parse_roster_file,
    utc_seconds,
)

DEFAULT_PAGE_SIZE = 500  # the LRS may send fewer per page; `more` links bring the rest

__all__ = ["DEFAULT_PAGE_SIZE", "LrsClass", "LrsClassCancelled", "LrsClassError", "ReadSummary", "build_class",
           "load_roster", "open_class_from_lrs", "open_lrs_class", "read_statements"]


class LrsClassError(Exception):
    """The class could not be read from the LRS; the message says why in plain words."""


class LrsClassCancelled(LrsClassError):
    """The teacher stopped the reading."""


@dataclass(frozen=True)
class LrsClass:
    db: Database
    summary: ReadSummary
    endpoint: str

    def teacher(self, library: Library) -> TeacherService:
        """The whole teacher view (grid, questions, attempts, charts, pre/post, exports) over this class."""
        return TeacherService(self.db, library)

    def close(self) -> None:
        self.db.close()


def load_roster(path: Path | str) -> dict[str, RosterLearner]:
    """account name -> learner from a roster CSV (name, student id, account)."""
    try:
        return parse_roster_file(Path(path).read_bytes())
    except OSError as exc:
        raise LrsClassError(f"The roster {path} could not be read ({exc.strerror or exc}).") from exc
    except RosterError as exc:
        raise LrsClassError(f"The roster {Path(path).name} cannot be used: {exc}.") from exc


def _since(since: str | datetime | None) -> str | None:
    if since is None or since == "":
        return None
    text = since.isoformat() if isinstance(since, datetime) else since
    moment = utc_seconds(text)
    if moment is None:
        raise LrsClassError(f"“{since}” is not a date and time (write it like 2026-01-31 or 2026-01-31T08:00:00Z).")
    return moment


def _plain(exc: LrsError, endpoint: str) -> str:
    if exc.status in (401, 403):
        return (f"The LRS at {endpoint} refused the user name or password (HTTP {exc.status}). "
                "Check them, or ask for an LRS user that may read statements.")
    if exc.status is None:
        return f"{str(exc)[0].upper()}{str(exc)[1:]} at {endpoint}. Check the address and the network."
    return f"{str(exc)[0].upper()}{str(exc)[1:]}."


def read_statements(endpoint: str, user: str, password: str, since: str | datetime | None = None,
                    page_size: int = DEFAULT_PAGE_SIZE, progress: Callable[[int], None] | None = None,
                    should_stop: Callable[[], bool] | None = None) -> LrsStatements:
    """Every statement the LRS has (stored after `since`), page by page; progress(statements read so far)
    after each page. Safe in any thread: nothing is written anywhere."""
    if not endpoint.strip():
        raise LrsClassError("No LRS address is set.")
    client = LrsClient(endpoint, user, password)
    statements = LrsStatements()
    try:
        for page in client.statement_pages(since=_since(since), limit=page_size):
            statements.add(page)
            if progress is not None:
                progress(statements.read)
            if should_stop is not None and should_stop():
                raise LrsClassCancelled("Reading the class from the LRS was stopped.")
    except LrsError as exc:
        raise LrsClassError(_plain(exc, client.endpoint) + " No class was opened.") from exc
    return statements


def build_class(statements: LrsStatements, library: Library, roster: dict[str, RosterLearner] | None = None,
                endpoint: str = "") -> LrsClass:
    """The class database, made in the calling thread (a SQLite connection stays in the thread that made it)."""
    db, summary = statements.build(library, roster)
    return LrsClass(db, summary, endpoint)


def open_lrs_class(endpoint: str, user: str, password: str, library: Library, roster: Path | str | None = None,
                   since: str | datetime | None = None, progress: Callable[[int], None] | None = None,
                   page_size: int = DEFAULT_PAGE_SIZE) -> LrsClass:
    """open_class_from_lrs, with what was read (statements used, ignored, voided) beside the class."""
    learners = load_roster(roster) if roster else None  # a bad roster fails before the network is used
    statements = read_statements(endpoint, user, password, since, page_size, progress)
    return build_class(statements, library, learners, endpoint)


def open_class_from_lrs(endpoint: str, user: str, password: str, library: Library, roster: Path | str | None = None,
                        since: str | datetime | None = None, progress: Callable[[int], None] | None = None,
                        page_size: int = DEFAULT_PAGE_SIZE) -> Database:
    """A class database (the store's schema, in memory) filled from the LRS's statements of this app:
    TeacherService(db, library) then shows it. Raises LrsClassError, and makes no class, on any failure."""
    return open_lrs_class(endpoint, user, password, library, roster, since, progress, page_size).db
