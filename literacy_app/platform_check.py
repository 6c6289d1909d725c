"""Before Qt starts on Linux: can its X11 platform plugin (xcb) load?

Qt's xcb plugin links against a dozen small system libraries that many Debian and Ubuntu installs
lack (libxcb-cursor0 above all). Without them Qt aborts with "could not load the Qt platform plugin
xcb" and nothing else. This check loads the same libraries first, without Qt, and when one is missing
it names the packages to install and the app exits with EXIT_MISSING_LIBRARIES.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from importlib.util import find_spec
from pathlib import Path

EXIT_MISSING_LIBRARIES = 3

# What Qt 6.11's libqxcb.so, libQt6XcbQpa.so and libQt6Gui.so link against from the system
# (readelf -d ... | grep NEEDED): library -> (Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}

TITLE = "Media Literacy Lab cannot open its window"


def load_library(name: str) -> bool:
    """Whether the dynamic linker can load NAME, as Qt would (a frozen build also looks in its own folder)."""
    import ctypes  # only here: the check runs only where Qt would use xcb

    candidates = [name]
    if getattr(sys, "frozen", False):
        candidates.append(str(Path(getattr(sys, "_MEIPASS", "")) / name))
    for candidate in candidates:
        try:
            ctypes.CDLL(candidate)
            return True
        except OSError:
            continue
    return False


def wayland_plugin_present() -> bool:
    """Whether this copy of PySide6 has Qt's Wayland plugin (the frozen build leaves it out)."""
    spec = find_spec("PySide6")  # finds the package folder without loading Qt
    folders = spec.submodule_search_locations if spec else None
    return any(any((Path(f) / "Qt" / "plugins" / "platforms").glob("libqwayland*")) for f in folders or [])


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform,
             has_wayland: Callable[[], bool] = wayland_plugin_present) -> bool:
    """Whether Qt will try the xcb platform first in this environment."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:  # e.g. "offscreen", "xcb", "wayland;xcb", "xcb:nograb"
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    # in a Wayland session Qt tries Wayland before xcb, if it has the plugin
    wayland_session = environ.get("XDG_SESSION_TYPE") == "wayland" and bool(environ.get("WAYLAND_DISPLAY"))
    return not (wayland_session and has_wayland())


def missing_libraries(load: Callable[[str], bool]) -> list[str]:
    return [name for name in XCB_LIBRARIES if not load(name)]


def install_advice(missing: list[str]) -> str:
    """The message for a learner's or IT's eyes: what is missing and the commands that fix it."""
    debian = sorted({XCB_LIBRARIES[name][0] for name in missing})
    fedora = sorted({XCB_LIBRARIES[name][1] for name in missing})
    return (
        f"{TITLE}: Qt's X11 platform needs system libraries that are not installed:\n"
        f"  {', '.join(missing)}\n\n"
        "Ask your IT team to install them, or run:\n"
        f"  Debian/Ubuntu:  sudo apt-get install {' '.join(debian)}\n"
        f"  Fedora:         sudo dnf install {' '.join(fedora)}\n\n"
        "Then start Media Literacy Lab again. (The README lists every library the app needs on Linux.)\n"
    )


def show_dialog(text: str, environ: Mapping[str, str]) -> None:
    """Show the advice without Qt, with the first desktop dialog tool found; print-only where there is none."""
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return
    import shutil  # only on this rare path: the app's start stays quick
    import subprocess

    tools = (("zenity", ["--error", "--no-wrap", f"--title={TITLE}", f"--text={text}"]),
             ("kdialog", ["--title", TITLE, "--error", text]),
             ("xmessage", ["-center", text]))
    for tool, arguments in tools:
        if path := shutil.which(tool, path=environ.get("PATH")):
            try:
                subprocess.run([path, *arguments], check=False, timeout=600, env=dict(environ),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            except (OSError, subprocess.SubprocessError):
                continue
            return


def check_before_qt(environ: Mapping[str, str] | None = None, load: Callable[[str], bool] | None = None,
                    show: Callable[[str, Mapping[str, str]], None] | None = None, platform: str | None = None) -> int:
    """0 when Qt can start here; otherwise EXIT_MISSING_LIBRARIES, after printing (and showing) what to install."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ, platform or sys.platform):
        return 0
    missing = missing_libraries(load or load_library)
    if not missing:
        return 0
    advice = install_advice(missing)
    if sys.stderr is not None:  # None in a windowed build on Windows; harmless to check everywhere
        sys.stderr.write(advice)
    (show or show_dialog)(advice, environ)
    return EXIT_MISSING_LIBRARIES
