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
