"""The onedir build against a bare PySide6 onedir build made in the same run: start-up and size."""

from __future__ import annotations

import subprocess
import sys

from benchmarks.measure import ROOT, folder_size, interleaved_starts, median

RUNS = 9
OUT = ROOT / "build" / "benchmarks"  # build/ is ignored by git
EXE = ".exe" if sys.platform == "win32" else ""


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
    return {
        "frozen_startup_s": app_s,
        "bare_frozen_startup_s": bare_s,
        "frozen_startup_ratio": app_s / bare_s,
        "bundle_size_mb": app_size / 1e6,
        "bare_bundle_size_mb": bare_size / 1e6,
        "bundle_size_ratio": app_size / bare_size,
    }
