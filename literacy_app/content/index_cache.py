"""A cache of parsed lessons in the data folder, so a second start does not parse every file again.

Each entry is keyed by the lesson's path and remembers the file's modification time and size, and
whether each image the lesson refers to existed (the checker reports missing images). Any change
makes the entry stale and the lesson is parsed again. The cache is JSON decoded into a fixed set of
model classes: a data folder may sit on a share that other people can write to, so it must never
hold anything that runs code when loaded (as pickle would).
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

from literacy_app import __version__
from literacy_app.content import model
from literacy_app.content.blocks import registered_model_classes
from literacy_app.files import atomic_write_text

CACHE_NAME = "lesson-index.json"
FORMAT = 2
URL_RE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)

# the only classes the decoder will ever build: the lesson model's dataclasses and those of the registered block
# types; a block type registered later (a plug-in, a test) extends the set
MODEL_CLASSES: dict[str, type] = {
    name: cls for name, cls in vars(model).items()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
}


REGISTERED_CLASSES = registered_model_classes()  # a live view of the block registry


def _model_class(name: str) -> type | None:
    return MODEL_CLASSES.get(name) or REGISTERED_CLASSES.get(name)


def model_signature() -> str:
    """Names and fields of every class the cache may hold: a cache written by a build whose model had other
    fields (or other block types) is not read at all."""
    classes = {**MODEL_CLASSES, **REGISTERED_CLASSES}
    return ";".join(f"{name}:{','.join(f.name for f in dataclasses.fields(cls))}"
                    for name, cls in sorted(classes.items()))


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list:
        return [_encode(v) for v in value]
    if _model_class(kind.__name__) is kind:
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


class CachedLesson(model.Lesson):
    """A lesson read from the cache. Its steps are decoded the first time something looks at them,
    so showing a library of a thousand lessons does not pay for every lesson's content."""

    @property
    def steps(self) -> list[model.Step]:
        pending = self.__dict__.pop("_pending_steps", None)
        if pending is not None:
            self.__dict__["_steps"] = json.loads(pending, object_hook=_decode_object)
        steps: list[model.Step] = self.__dict__.setdefault("_steps", [])
        return steps

    @steps.setter
    def steps(self, value: list[model.Step]) -> None:
        self.__dict__.pop("_pending_steps", None)
        self.__dict__["_steps"] = value

    def __eq__(self, other: object) -> bool:
        # equal to the freshly parsed lesson it stands for, whichever class that one is
        if not isinstance(other, model.Lesson):
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in dataclasses.fields(model.Lesson))

    __hash__ = None  # type: ignore[assignment]  # equal to a mutable lesson: not hashable, like a dataclass


def _decode_object(data: dict[str, Any]) -> Any:
    kind = data.pop("@", None)
    if kind == "Path":
        return Path(data["v"])
    if kind == "tuple":
        return tuple(data["v"])
    if kind == "dict":
        return data["v"]
    cls = _model_class(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ValueError(f"unknown entry in the lesson cache: {kind!r}")
    # bypass __init__: faster, and model_signature() guarantees the stored fields are exactly the class's fields
    obj: Any = object.__new__(cls)
    obj.__dict__.update(data)
    return obj


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


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


class IndexCache:
    """Parsed lessons keyed by path; `save()` writes only what was used in this run."""

    def __init__(self, folder: Path | None) -> None:
        self.path = Path(folder) / CACHE_NAME if folder is not None else None
        self._entries: dict[str, dict[str, Any]] = {}
        self._used: dict[str, dict[str, Any]] = {}
        self._seen_stamps: dict[str, tuple[int, int] | None] = {}  # taken before parsing, see put()
        self._unencoded: dict[str, tuple[list[int], dict[str, bool], model.Lesson]] = {}  # encoded by save()
        self._dirty = False
        self.hits = 0
        self.misses = 0
        self._load()

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            raw = self.path.read_text(encoding="utf-8")
            data = json.loads(raw)
        except (OSError, ValueError):
            return  # no cache yet, or a damaged one: parse everything and write a fresh one
        if isinstance(data, dict) and data.get("format") == FORMAT and data.get("version") == __version__ \
                and data.get("model") == model_signature():
            entries = data.get("entries")
            self._entries = entries if isinstance(entries, dict) else {}

    def get(self, path: Path) -> model.Lesson | None:
        """The cached lesson if the file and its images are unchanged, else None."""
        key = str(path)
        entry = self._entries.get(key)
        stamp = self._seen_stamps[key] = _stamp(path)
        if not isinstance(entry, dict) or stamp is None or entry.get("stamp") != list(stamp):
            self.misses += 1
            return None
        try:
            if any(Path(src).is_file() != existed for src, existed in entry["images"].items()):
                self.misses += 1
                return None
            lesson = json.loads(entry["lesson"], object_hook=_decode_object)
            steps = entry["steps"]
        except (AttributeError, KeyError, TypeError, ValueError):
            self.misses += 1
            return None
        if not isinstance(lesson, model.Lesson) or not isinstance(steps, str):
            self.misses += 1
            return None
        cached = object.__new__(CachedLesson)
        cached.__dict__.update(lesson.__dict__)
        cached.__dict__.pop("steps", None)
        cached.__dict__["_pending_steps"] = steps
        self.hits += 1
        self._used[key] = entry
        return cached

    def put(self, path: Path, lesson: model.Lesson) -> None:
        """Remember a freshly parsed lesson. It is encoded by save(), which a window may call after it is shown."""
        # the stamp from before the file was read: an edit made while parsing makes the entry stale, not wrong
        key = str(path)
        stamp = self._seen_stamps[key] if key in self._seen_stamps else _stamp(path)
        if stamp is None or self.path is None:
            return
        try:
            images = image_dependencies(lesson)  # now, as the checker saw them, not when saving
        except (TypeError, ValueError):
            return
        self._used.pop(key, None)
        self._unencoded[key] = (list(stamp), images, lesson)
        self._dirty = True

    def _encode_new_entries(self) -> None:
        for key, (stamp, images, lesson) in self._unencoded.items():
            try:
                self._used[key] = {
                    "stamp": stamp,
                    "images": images,
                    # strings, so opening the cache does not decode lessons nobody asks for; steps separately
                    # because the library needs only the lesson's title and place until it is opened
                    "lesson": _dumps({**_encode(lesson), "steps": []}),
                    "steps": _dumps(_encode(lesson.steps)),
                }
            except (TypeError, ValueError):
                continue  # something the cache cannot store: this lesson is simply parsed every time
        self._unencoded.clear()

    def save(self) -> None:
        """Write the cache if anything changed; a read-only data folder only costs speed."""
        if self.path is None:
            return
        self._encode_new_entries()
        if not self._dirty and set(self._used) == set(self._entries):
            return
        data = {"format": FORMAT, "version": __version__, "model": model_signature(), "entries": self._used}
        # several PCs may share one data folder: each writes its own temporary file, then swaps it in
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":")), durable=False)
        except OSError:
            return
        self._entries = dict(self._used)
        self._dirty = False
