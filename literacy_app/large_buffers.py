"""Large buffers go back to the system when freed, also after a PDF has been written (Linux, glibc).

glibc serves a large request (128 KB and up) as its own mapping and unmaps it on free, until a mapping is
freed: then it raises that limit to the freed block's size, up to 32 MB. Qt's PDF writer compresses each page
through two 16 MB buffers, so after the first certificate or worksheet every buffer under 16 MB (a dialog's
backing store, a picture, a page of glyphs) came from the heap instead, and a heap only shrinks from its top:
over a school day the app's memory grew by a tenth and stayed there. Fixing the limit at its default keeps
large buffers mapped. Windows and macOS hand large blocks back on their own: there this does nothing.
"""

from __future__ import annotations

import sys

M_MMAP_THRESHOLD = -3  # mallopt's parameter number (malloc.h)
DEFAULT_THRESHOLD = 128 * 1024  # glibc's starting limit (bytes)

_fixed: bool | None = None  # None: not tried yet


def keep_large_buffers_mapped() -> bool:
    """Fix glibc's mapping limit at its default, once, before the first PDF is written. True where it is fixed."""
    global _fixed
    if _fixed is None:
        _fixed = False
        if sys.platform.startswith("linux"):
            import ctypes  # loaded only when a PDF is first written: never on the way to the first paint

            mallopt = getattr(ctypes.CDLL(None), "mallopt", None)  # glibc has it; another C library may not
            _fixed = mallopt is not None and mallopt(M_MMAP_THRESHOLD, DEFAULT_THRESHOLD) == 1
    return _fixed
