"""An index of checked lessons in the data folder, so a second start does not parse every file again.

Each entry is keyed by the lesson's path and holds what the library lists (the front matter) and the
checker's verdict (every problem, with its line and column), the number of steps (where a returning learner
resumes is known without reading the body), the file's modification time and size, and whether each image
the lesson refers to existed (the checker reports missing images). Any change makes the entry stale and the
lesson is checked again. Bodies are not kept: a listed lesson reads its steps from its own file when it is
opened (content/lazy_lesson.py), so the index stays small and quick to read.

The verdicts also depend on the block types registered: their signature is stored too. A window compares it
after its first paint (`blocks_changed()`, which loads the block types), any other reader at once.

The index is JSON decoded into a fixed set of model classes: a data folder may sit on a share that other
people can write to, so it must never hold anything that runs code when loaded (as pickle would).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path
from types import ModuleType
from typing import Any, TypeGuard

from literacy_app import __version__
from literacy_app.content import model
from literacy_app.content.lazy_lesson import HEAD_FIELDS, CachedLesson, lazy
from literacy_app.files import atomic_write_text

__all__ = ["CACHE_NAME", "CachedLesson", "IndexCache", "blocks_signature", "image_dependencies", "model_signature"]

CACHE_NAME = "lesson-index.json"
FORMAT = 4
STORED_FIELDS = frozenset(HEAD_FIELDS) - {"path"}  # the entry's key is the path
URL_RE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)

def _dataclasses_of(module: ModuleType) -> dict[str, type]:
    return {name: cls for name, cls in vars(module).items()
            if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__}


# the only classes the decoder will ever build: the lesson model's own dataclasses (a lesson's front matter and
# its problems; its blocks, block_model.py's classes, are never stored)
MODEL_CLASSES: dict[str, type] = _dataclasses_of(model)


def _signature(classes: dict[str, type]) -> str:
    return ";".join(f"{name}:{','.join(f.name for f in dataclasses.fields(cls))}"
                    for name, cls in sorted(classes.items()))


def model_signature() -> str:
    """Names and fields of every model class: a cache written by a build whose model had other fields is not
    read at all."""
    return _signature(MODEL_CLASSES)


def blocks_signature() -> str:
    """Names and fields of what the block types hold and of every registered type's model (loads the block
    types): a cache written by a build with other block types holds verdicts that may be wrong now."""
    from literacy_app.content import block_model
    from literacy_app.content.blocks import registered_model_classes

    return _signature({**_dataclasses_of(block_model), **registered_model_classes()})


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list:
        return [_encode(v) for v in value]
    if MODEL_CLASSES.get(kind.__name__) is kind:
        data = {name: _encode(v) for name, v in value.__dict__.items()}
        data["@"] = kind.__name__
        return data
    if isinstance(value, Path):
        return {"@": "Path", "v": str(value)}
    if kind is tuple:
        return {"@": "tuple", "v": [_encode(v) for v in value]}
    if kind is dict:
        return {"@": "dict", "v": {k: _encode(v) for k, v in value.items()}}
    raise TypeError(f"cannot store {kind.__name__} in the lesson cache")


_SCALARS = {str, int, float, bool, type(None)}


def _decode_object(data: dict[str, Any]) -> Any:
    """json object_hook: a tagged object becomes its model class; an untagged one (the index's own
    structure) stays a dict; an unknown tag refuses the whole index."""
    kind = data.pop("@", None)
    if kind is None:
        return data
    if kind == "Path":
        return Path(data["v"])
    if kind == "tuple":
        return tuple(data["v"])
    if kind == "dict":
        return data["v"]
    cls = MODEL_CLASSES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ValueError(f"unknown entry in the lesson cache: {kind!r}")
    # bypass __init__: faster, and model_signature() guarantees the stored fields are exactly the class's fields
    obj: Any = object.__new__(cls)
    obj.__dict__.update(data)
    return obj


def image_dependencies(lesson: model.Lesson) -> dict[str, bool]:
    """Every local image the lesson refers to (exactly those the checker looks at), and whether it exists now."""
    from literacy_app.content.images import lesson_images  # loaded with the parser, which has just run

    folder = lesson.folder
    return {str(folder / image.src): (folder / image.src).is_file()
            for image in lesson_images(lesson) if not image.is_remote}


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def _encode_head(lesson: model.Lesson) -> dict[str, Any]:
    """What the index keeps of a lesson: every field but its steps and its path (the entry's key)."""
    data = {name: _encode(getattr(lesson, name)) for name in STORED_FIELDS}
    data["@"] = "Lesson"
    return data


def _valid_head(lesson: object) -> TypeGuard[model.Lesson]:
    return (type(lesson) is model.Lesson and lesson.__dict__.keys() == STORED_FIELDS
            and isinstance(lesson.problems, list) and all(type(p) is model.Problem for p in lesson.problems))


class IndexCache:
    """Checked lessons keyed by path; `save()` writes only what was used in this run."""

    def __init__(self, folder: Path | None, check_blocks_later: bool = False) -> None:
        """With check_blocks_later the block types' signature is compared by `blocks_changed()` (a window, after
        its first paint), else at once: a cache written with other block types is then not read at all."""
        self.path = Path(folder) / CACHE_NAME if folder is not None else None
        self._stored_blocks: object = None  # the block types' signature the file was written with
        self._blocks_compared = False
        self._entries: dict[str, Any] = {}  # as read: stamp, images and the decoded lesson (see get)
        self._kept: dict[str, dict[str, Any]] = {}  # entries read and still valid, written back as they were
        self._new: dict[str, dict[str, Any]] = {}  # entries of lessons checked in this run, already encoded
        self._on_disk: set[str] = set()  # the keys the file holds
        self._dirty = False
        self._seen_stamps: dict[str, tuple[int, int] | None] = {}  # taken before parsing, see put()
        self.hits = 0
        self.misses = 0
        self._load()
        if not check_blocks_later and self.blocks_changed():
            self._entries, self._on_disk = {}, set()

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            raw = self.path.read_text(encoding="utf-8")
            # one pass in C: only tagged objects (the lessons and their problems) become model classes
            data = json.loads(raw, object_hook=_decode_object)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return  # no cache yet, or a damaged one: check everything and write a fresh one
        if isinstance(data, dict) and data.get("format") == FORMAT and data.get("version") == __version__ \
                and data.get("model") == model_signature():
            entries = data.get("entries")
            self._entries = entries if isinstance(entries, dict) else {}
            self._on_disk = set(self._entries)
            self._stored_blocks = data.get("blocks")

    def blocks_changed(self) -> bool:
        """Whether the index was written with other block types than those registered now (asked once: the
        answer holds for the lessons it served; those are checked again)."""
        if self._blocks_compared or not self._entries:
            return False
        self._blocks_compared = True
        return self._stored_blocks != blocks_signature()

    def get(self, path: Path) -> model.Lesson | None:
        """The indexed lesson (its steps read from the file when first needed) if the file and its images
        are unchanged, else None."""
        key = str(path)
        entry = self._entries.get(key)
        stamp = self._seen_stamps[key] = _stamp(path)
        if not isinstance(entry, dict) or stamp is None or entry.get("stamp") != list(stamp):
            self.misses += 1
            return None
        images, lesson = entry.get("images"), entry.get("lesson")
        try:
            stale = not isinstance(images, dict) \
                or any(os.path.isfile(src) != existed for src, existed in images.items())
        except (TypeError, ValueError):
            stale = True
        if stale or not _valid_head(lesson):
            self.misses += 1
            return None
        cached = lazy(lesson, CachedLesson)
        cached.__dict__["path"] = path
        if isinstance(steps := entry.get("step_count"), int) and steps >= 0:
            cached.__dict__["_step_count"] = steps
        self.hits += 1
        self._kept[key] = entry
        return cached

    def put(self, path: Path, lesson: model.Lesson) -> None:
        """Remember a lesson just checked (with its steps: the images it shows are looked up now, as the
        checker saw them). Written by save(), which a window may call after it is shown."""
        # the stamp from before the file was read: an edit made while parsing makes the entry stale, not wrong
        key = str(path)
        stamp = self._seen_stamps[key] if key in self._seen_stamps else _stamp(path)
        if stamp is None or self.path is None:
            return
        self._kept.pop(key, None)
        self._dirty = True
        try:
            self._new[key] = {"stamp": list(stamp), "images": image_dependencies(lesson),
                              "lesson": _encode_head(lesson), "step_count": len(lesson.steps)}
        except (TypeError, ValueError):
            self._new.pop(key, None)  # something the cache cannot store: this lesson is simply checked every time

    def save(self) -> None:
        """Write the cache if anything changed; a read-only data folder only costs speed."""
        if self.path is None:
            return
        if not self._dirty and self._kept.keys() | self._new.keys() == self._on_disk:
            return
        entries = {key: {"stamp": entry["stamp"], "images": entry["images"], "lesson": _encode_head(entry["lesson"]),
                         "step_count": entry.get("step_count")} for key, entry in self._kept.items()}
        entries.update(self._new)
        data = {"format": FORMAT, "version": __version__, "model": model_signature(), "blocks": blocks_signature(),
                "entries": entries}
        # several PCs may share one data folder: each writes its own temporary file, then swaps it in
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":")), durable=False)
        except OSError:
            return
        self._on_disk = set(entries)
        self._dirty = False
