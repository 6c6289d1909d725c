"""Build the school-PC package: `python packaging/build.py` -> dist/literacy-app/ (one folder).

On Linux it also writes dist/literacy-app-VERSION-linux-ARCH.tar.gz with the .desktop file and its icons inside.
Windows and macOS use the same spec; see docs/deployment.md.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "literacy-app.spec"
DESKTOP_FILE = ROOT / "packaging" / "literacy-app.desktop"
ASSETS = ROOT / "assets"
APP_NAME = "literacy-app"


def version() -> str:
    text = (ROOT / "literacy_app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def run_pyinstaller(spec: Path, dist: Path, work: Path) -> Path:
    """Run PyInstaller on a spec; returns the onedir folder it made."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(spec)]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / spec.stem


def add_desktop_entry(folder: Path) -> None:
    """The .desktop file beside the executable, and its icon as a hicolor theme tree (icons/hicolor/SIZE/apps/)
    that IT copies to /usr/share/icons/ (docs/deployment.md)."""
    shutil.copy2(DESKTOP_FILE, folder / DESKTOP_FILE.name)
    for png in sorted(ASSETS.glob(f"{APP_NAME}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = folder / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target)


def linux_archive(folder: Path, dist: Path) -> Path:
    """A tar.gz of the onedir folder, with the .desktop file and its icons beside the executable."""
    add_desktop_entry(folder)
    archive = dist / f"{APP_NAME}-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=APP_NAME)
    return archive


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's working folder (default: build/pyinstaller/)")
    parser.add_argument("--no-archive", action="store_true", help="skip the Linux tar.gz")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    folder = run_pyinstaller(SPEC, dist, work)
    print(f"built {folder} ({folder_size(folder) / 1e6:.1f} MB)")
    if sys.platform.startswith("linux") and not args.no_archive:
        print(f"packed {linux_archive(folder, dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
