"""Copy a picture into the lesson's images/ folder: a safe, unique name, and a huge photo made smaller."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader

from literacy_app.ui.lazy_qt import Qt

MAX_SIDE = 1600  # pixels: sharp on a classroom projector, small in a lesson pack
RESIZABLE = {".png", ".jpg", ".jpeg", ".webp"}
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg")


def safe_name(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem if dot else name).strip("-").lower() or "picture"
    return f"{stem[:60]}.{suffix.lower()}" if dot else stem[:60]


def copy_picture(source: Path, lesson_folder: Path, max_side: int = MAX_SIDE) -> tuple[str, bool]:
    """Copy source into lesson_folder/images/; return the path to write in the lesson and whether it was resized.

    The same file picked twice is not copied twice."""
    images = lesson_folder / "images"
    images.mkdir(parents=True, exist_ok=True)
    name = safe_name(source.name)
    target = images / name
    data = source.read_bytes()
    number = 2
    while target.exists():
        if target.read_bytes() == data:
            return f"images/{target.name}", False
        target = images / f"{Path(name).stem}-{number}{Path(name).suffix}"
        number += 1
    reader = QImageReader(str(source))
    size = reader.size()
    if target.suffix in RESIZABLE and size.isValid() and max(size.width(), size.height()) > max_side:
        image = QImage(str(source))
        if not image.isNull():
            smaller = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            if smaller.save(str(target)):
                return f"images/{target.name}", True
    shutil.copyfile(source, target)
    return f"images/{target.name}", False
