"""The onedir build against a bare PySide6 onedir build made in the same run: start-up and size.

Both folders' sizes are also split by component (bundle_COMPONENT_mb and bare_bundle_COMPONENT_mb, no budgets),
for the table in README.md's "Performance" section. On Linux both builds are also started pinned to one core
(one_core_frozen_startup_ratio, no budget): the build a one-core school PC runs, on one core.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path, PurePath

from benchmarks.measure import ROOT, folder_size, interleaved_starts, median, one_core, ratio_spread

RUNS = 9
OUT = ROOT / "build" / "benchmarks"  # build/ is ignored by git
EXE = ".exe" if sys.platform == "win32" else ""


COMPONENTS = ("qt_libs", "icu", "qt_bindings", "qt_plugins", "qt_i18n", "python", "system_libs",
              "packages", "app", "course", "other")
STDLIB = set(getattr(sys, "stdlib_module_names", ()))


def component(inside: PurePath) -> str:
    """Which part of the build a file is, from its path inside _internal/."""
    parts = inside.parts
    top = parts[0]
    if top in ("PySide6", "shiboken6"):
        if inside.name.startswith(("libicu", "icu")):
            return "icu"  # Unicode data and functions QtCore links (Linux)
        if len(parts) > 2 and parts[1] == "Qt":
            return {"lib": "qt_libs", "bin": "qt_libs", "plugins": "qt_plugins",
                    "translations": "qt_i18n"}.get(parts[2], "other")
        if top == "PySide6" and inside.name.startswith("Qt6") and len(parts) == 2:
            return "qt_libs"  # Windows: the Qt DLLs sit beside the bindings
        return "qt_bindings"
    if top == "lessons":
        return "course"
    if top in ("literacy_app", "assets"):
        return "app"
    stem = top.split(".")[0]
    if (top.startswith(("python3", "libpython", "_pyi_rth")) or top in ("base_library.zip", "lib-dynload")
            or stem in STDLIB or (top.endswith(".pyc") and stem.lstrip("_") in STDLIB)):
        return "python"
    if len(parts) == 1 and stem.lower().startswith("lib") and (".so" in top or top.endswith(".dll")):
        return "system_libs"  # libraries copied from the build machine: X11, GLib, OpenSSL, SQLite...
    if len(parts) > 1 or top.endswith((".pyc", ".so", ".pyd")):
        return "packages"  # Jinja2, Markdown, PyYAML, nh3...
    return "other"  # the executable (with the bare build's module archive)


def breakdown(folder: Path) -> Counter[str]:
    """Bytes per component, counted as folder_size counts them (symbolic links not)."""
    sizes: Counter[str] = Counter()
    internal = folder / "_internal"
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes[component(path.relative_to(internal)) if internal in path.parents else "other"] += path.stat().st_size
    return sizes


def build_bare() -> None:
    """PyInstaller's defaults, onedir and windowed, for benchmarks/bare_window.py."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--onedir",
         "--windowed", "--name", "bare-pyside6", "--distpath", str(OUT / "dist"), "--workpath",
         str(OUT / "work-bare"), "--specpath", str(OUT), str(ROOT / "benchmarks" / "bare_window.py")],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def build_app() -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-archive", "--dist", str(OUT / "dist"),
         "--work", str(OUT / "work-app")],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def run() -> dict[str, float]:
    build_bare()
    build_app()
    app_dir, bare_dir = OUT / "dist" / "literacy-app", OUT / "dist" / "bare-pyside6"
    data = OUT / "data"
    commands = {
        "app": [str(app_dir / f"literacy-app{EXE}"), "--data-dir", str(data), "--profile", "Benchmark"],
        "bare": [str(bare_dir / f"bare-pyside6{EXE}")],
    }
    starts = interleaved_starts(commands, RUNS)
    app_size, bare_size = folder_size(app_dir), folder_size(bare_dir)
    app_s = median([r.seconds for r in starts["app"]])
    bare_s = median([r.seconds for r in starts["bare"]])
    lowest, highest = ratio_spread(starts)
    figures = {
        "frozen_startup_s": app_s,
        "bare_frozen_startup_s": bare_s,
        "frozen_startup_ratio": app_s / bare_s,
        "frozen_startup_ratio_lowest": lowest,
        "frozen_startup_ratio_highest": highest,
        "bundle_size_mb": app_size / 1e6,
        "bare_bundle_size_mb": bare_size / 1e6,
        "bundle_size_ratio": app_size / bare_size,
    }
    if (core := one_core()) is not None:  # as a one-core school PC runs it (no budget: see bench_one_core)
        pinned_starts = interleaved_starts(commands, RUNS, affinity=core)
        pinned_app = median([r.seconds for r in pinned_starts["app"]])
        figures["one_core_frozen_startup_ratio"] = pinned_app / median([r.seconds for r in pinned_starts["bare"]])
    for prefix, folder in (("bundle", app_dir), ("bare_bundle", bare_dir)):
        parts = breakdown(folder)
        figures |= {f"{prefix}_{name}_mb": parts[name] / 1e6 for name in COMPONENTS}
    return figures
