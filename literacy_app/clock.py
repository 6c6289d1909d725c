"""The time stamped on records: the real time, or a simulated one inside `clock(...)`.

The override is a context variable, so it holds only for the code that set it: a simulated class or a
held-back write replayed with its original time never leaks its clock into another thread (the LRS
delivery thread reads the real time whatever the GUI thread is doing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timezone

_source: ContextVar[Callable[[], datetime] | None] = ContextVar("literacy_app_clock", default=None)


def now() -> datetime:
    source = _source.get()
    return source() if source is not None else datetime.now(timezone.utc)


def now_iso() -> str:
    return now().isoformat(timespec="seconds")


@contextmanager
def clock(source: Callable[[], datetime]) -> Iterator[None]:
    """Stamp records with `source()` instead of the real time (simulated classes, replayed writes, tests)."""
    token = _source.set(source)
    try:
        yield
    finally:
        _source.reset(token)


CLOCK_ENV = "LITERACY_APP_CLOCK"  # an ISO date taken as today, like --clock


def shifted_clock(text: str) -> Callable[[], datetime]:
    """A clock whose "today" is the given ISO date (or date and time) and which keeps running from there
    (`--clock` and LITERACY_APP_CLOCK, for demos and checks of the review schedule)."""
    value = text.strip()
    try:
        target = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"not an ISO date such as 2026-03-02: {text!r}") from None
    real = datetime.now().astimezone()
    if len(value) <= 10:  # a date alone: that day, at the time of day it is now
        target = datetime.combine(target.date(), real.time().replace(tzinfo=None))
    if target.tzinfo is None:
        target = target.replace(tzinfo=real.tzinfo)
    offset = target - real
    return lambda: datetime.now(timezone.utc) + offset
