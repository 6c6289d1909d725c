"""Writing files safely: a temporary file beside the target, then one rename, so a reader (on this PC or
another one sharing the folder) sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
from pathlib import Path


def temporary_name(path: Path) -> Path:
    """A temporary file beside `path` that no other process, here or on another PC, will pick: host name,
    process id and a random part (process ids repeat across the PCs of a lab)."""
    import socket  # loaded with the first write, not on the way to the first lesson
    import uuid

    host = "".join(c for c in socket.gethostname() if c.isalnum() or c in "-_")[:32] or "pc"
    return path.with_name(f".{path.name}.{host}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Replace `path` with `data` in one step; a crash or a full disk mid-write leaves the old file whole.

    With `durable`, the data reaches the disk before the rename (lesson files, snapshots); caches skip it.
    Raises OSError; the temporary file is removed whatever happens.
    """
    temporary = temporary_name(path)
    try:
        with open(temporary, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str, durable: bool = True) -> None:
    """atomic_write_bytes for UTF-8 text, written exactly as given (no newline translation)."""
    atomic_write_bytes(path, text.encode("utf-8"), durable)
