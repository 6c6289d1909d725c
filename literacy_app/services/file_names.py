"""Names for the files the app offers to save: what they hold and the day, e.g. "grades-2026-11-26.csv".

The words come from the caller (the UI passes them in the app's language); the day is today on this PC
(clock.now(), so a simulated day names files too).
"""

from __future__ import annotations

import re
from datetime import date

from literacy_app import clock

# characters no file system takes, or that a shell or a zip tool reads as something else
_UNSAFE = re.compile(r"[\\/:*?\"<>|\s\x00-\x1f]+")


def today() -> date:
    """Today on this PC (the local day, not the UTC one)."""
    return clock.now().astimezone().date()


def safe_part(text: str) -> str:
    """TEXT as part of a file name: spaces and unsafe characters become '-'; letters of any script stay."""
    return _UNSAFE.sub("-", text).strip("-.")[:60].strip("-.")


def dated_name(*parts: str, suffix: str, day: date | None = None) -> str:
    """'grades', suffix='csv' -> 'grades-2026-11-26.csv'; 'certificate', 'Sam Lee' -> 'certificate-Sam-Lee-2026-...'."""
    words = [word for word in (safe_part(part) for part in parts) if word]
    return "-".join([*words, (day or today()).isoformat()]) + "." + suffix.lstrip(".")
