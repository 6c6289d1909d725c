"""Rendered prose pages kept in the data folder, so that a returning learner's first step is shown
without loading Markdown and Jinja2 first (they load on first use, after the window is up).

Rendering is a pure function of the Markdown, the title, the font size and the theme, so a page is
stored under exactly those (as its key; no hashing library to load), for one app version, renderer and page
template. Only the pages shown in a run are written back, which keeps the file small. A damaged file, or
one written by another version or template, is ignored.

Beside the pages, the openings of the steps shown: a step's title and the text before its first activity,
under the lesson file's path, modification time and size. The step a learner resumes on is then painted
without reading the lesson's body (and the block types it needs); the body is read right after the paint.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path

from literacy_app import __version__, resources
from literacy_app.files import atomic_write_text

CACHE_NAME = "page-cache.json"
# The next start opens one step at the last text size and theme: only pages at the look in use are kept for it,
# and at most this many, so a long session with many text sizes neither grows in memory nor in the file.
MAX_PAGES = 200
FORMAT = 2

# how a step opens: its title, then each item before its first activity as (shown to learners, Markdown)
Opening = tuple[str, list[tuple[bool, str]]]


RENDERER_SOURCES = ("render.py", "markdown_habits.py")  # a change to how Markdown is read makes old pages stale


def _renderer_identity() -> str:
    sources = Path(__file__).resolve().parent
    checksum = 0
    for name in RENDERER_SOURCES:
        with contextlib.suppress(OSError):
            checksum = zlib.crc32(sources.joinpath(name).read_bytes(), checksum)
    return f"{__version__}\n{checksum:08x}\n{resources.template_text('page.html.j2')}"


class PageCache:
    """`page()` renders through content.render, or returns the same page from an earlier run."""

    def __init__(self, folder: Path | None) -> None:
        self.path = Path(folder) / CACHE_NAME if folder is not None else None
        self.identity = _renderer_identity()
        self._stored: dict[str, str] = {}
        self._used: dict[str, str] = {}  # the pages shown in this run at the current look, oldest first
        self._look: tuple[float, str] | None = None
        self._openings: dict[str, list[object]] = {}  # "path\nstep" -> [stamp, title, items], as stored
        self._openings_used: dict[str, list[object]] = {}  # those of the steps shown in this run, oldest first
        self.hits = 0
        self._load()

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and data.get("format") == FORMAT and data.get("renderer") == self.identity:
            pages = data.get("pages")
            if isinstance(pages, dict):
                self._stored = {k: v for k, v in pages.items() if isinstance(k, str) and isinstance(v, str)}
            openings = data.get("openings")
            if isinstance(openings, dict):
                self._openings = {k: v for k, v in openings.items() if isinstance(v, list) and len(v) == 3}

    def page(self, markdown_text: str, title: str = "", font_pt: float = 12.0, theme: str = "light") -> str:
        look = (round(font_pt, 1), theme)
        if look != self._look:
            self._used.clear()  # pages at another text size or theme are not what the next start shows
            self._look = look
        key = json.dumps([markdown_text, title, *look], ensure_ascii=False)
        html = self._stored.get(key)
        if html is not None:
            self.hits += 1
        else:
            from literacy_app.content.render import render_markdown, render_page

            html = render_page(render_markdown(markdown_text), title=title, font_pt=font_pt, theme=theme)
        self._used.pop(key, None)  # shown again: now the newest
        self._used[key] = html
        if len(self._used) > MAX_PAGES:
            del self._used[next(iter(self._used))]
        return html

    def opening(self, lesson_path: Path, step: int) -> Opening | None:
        """How this step opened when it was last shown, if the lesson file has not changed since."""
        kept = self._openings.get(f"{lesson_path}\n{step}")
        if kept is None or kept[0] != _stamp(lesson_path):
            return None
        title, items = kept[1], kept[2]
        if not isinstance(title, str) or not isinstance(items, list) or not all(
                isinstance(item, list) and len(item) == 2 and isinstance(item[0], bool) and isinstance(item[1], str)
                for item in items):
            return None
        return title, [(shown, markdown) for shown, markdown in items]

    def keep_opening(self, lesson_path: Path, step: int, opening: Opening) -> None:
        """Remember how a step opens (as it was just shown) for the next start."""
        stamp = _stamp(lesson_path)
        if stamp is None:
            return
        key = f"{lesson_path}\n{step}"
        self._openings_used.pop(key, None)  # shown again: now the newest
        self._openings_used[key] = [stamp, opening[0], [list(item) for item in opening[1]]]
        if len(self._openings_used) > MAX_PAGES:
            del self._openings_used[next(iter(self._openings_used))]

    def save(self) -> None:
        """Write the pages shown in this run, if they differ from the file; a read-only folder only costs speed."""
        if self.path is None or (self._used == self._stored and self._openings_used == self._openings):
            return
        data = {"format": FORMAT, "renderer": self.identity, "pages": self._used, "openings": self._openings_used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps(data, ensure_ascii=False), durable=False)
        except OSError:
            return
        self._stored = dict(self._used)
        self._openings = dict(self._openings_used)


def _stamp(path: Path) -> list[int] | None:
    """The file's modification time (ns) and size, as JSON keeps them; None if it cannot be read."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return [stat.st_mtime_ns, stat.st_size]
