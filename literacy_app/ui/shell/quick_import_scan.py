"""Importing this module makes PySide6's check of each newly imported module cheaper.

PySide6 looks at every module imported after it for the word "PySide6" (to know which modules may switch
its optional `__feature__`s). It does so with `inspect.getsource`, which keeps every line of every file in
`linecache` for the rest of the run: about 4 MB and 7 ms for the modules of the window at start-up. The
same question is answered here by reading the file's bytes once and keeping nothing. Anything that is not
a plain `.py` file on disk still goes to PySide6's own check, and if a PySide6 release no longer has that
check, nothing is changed.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401 (loads the check this module replaces)

_feature = sys.modules.get("PySide6.support.feature")
_original: Callable[[ModuleType], bool] | None = getattr(_feature, "_mod_uses_pyside", None)


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source names PySide6, as PySide6's own check decides it."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return _original(module) if _original is not None else False


if _feature is not None and _original is not None:
    _feature._mod_uses_pyside = mentions_pyside  # type: ignore[union-attr]
    # what PySide6's own check read while PySide6 itself was loading (enum.py alone is 80 KB of lines);
    # a traceback reads a file again when it needs it
    linecache.clearcache()
