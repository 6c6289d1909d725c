"""Where the app writes its log: a small rotating file in the data folder. Qt-free.

The log helps school IT find out what went wrong. It never holds what a learner wrote or a
teacher PIN: exception messages are scrubbed of every value registered with `keep_out_of_log`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging
    from types import TracebackType

LOG_FILENAME = "literacy-app.log"
MAX_BYTES = 256_000
BACKUPS = 3
REDACTED = "[hidden]"

_private_values: set[str] = set()
LOGGER_NAME = "literacy_app"


def keep_out_of_log(value: str) -> None:
    """Never write this value (a PIN, a reflection) to the log, even inside an error message."""
    if value and len(value.strip()) >= 3:
        _private_values.add(value)


def scrub(text: str) -> str:
    for value in sorted(_private_values, key=len, reverse=True):
        text = text.replace(value, REDACTED)
    return text


def _scrub_record(record: logging.LogRecord) -> bool:
    """A logging filter: every message goes through scrub() before it is written."""
    record.msg = scrub(record.getMessage())
    record.args = None
    return True


def _logger() -> logging.Logger:
    import logging  # loaded with the first message: the way to the first lesson does not need it

    return logging.getLogger(LOGGER_NAME)


_log_target: Path | None = None


def setup_logging(data_dir: Path) -> Path | None:
    """Log to data_dir/literacy-app.log (rotated); None when the folder cannot be written.

    The file handler is made when the first message is logged: logging.handlers is not needed
    on the way to the first lesson.
    """
    global _log_target
    if "logging" in sys.modules:  # before logging is loaded there is no file handler to take away
        logger = _logger()
        for handler in list(logger.handlers):
            if getattr(handler, "baseFilename", None):
                logger.removeHandler(handler)
                handler.close()
    _log_target = None
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    _log_target = data_dir / LOG_FILENAME
    return _log_target


def _ensure_file_handler() -> logging.Logger:
    logger = _logger()
    if _log_target is None or any(getattr(h, "baseFilename", None) for h in logger.handlers):
        return logger
    import logging
    from logging.handlers import RotatingFileHandler

    try:
        handler = RotatingFileHandler(_log_target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                                      delay=True)
    except OSError:
        return logger
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_scrub_record)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def log_unexpected(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """Log an unexpected exception with where it happened; return a one-line summary for the learner's dialog."""
    import traceback

    frames = "".join(traceback.format_tb(trace))
    summary = scrub(f"{kind.__name__}: {error}")[:300]
    logger = _ensure_file_handler()
    logger.error("unexpected error %s\n%s", summary, frames.rstrip())
    for handler in logger.handlers:
        handler.flush()
    return summary
