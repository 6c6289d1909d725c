"""PySide6's signature support, compiled once when the app is built instead of at every start.

shiboken6 carries the Python sources of its support package (`shibokensupport`: function signatures, error
messages, the `__feature__` switches) inside its library, and compiles them each time PySide6 is imported:
about 10 ms of every start here, more on a school PC. When a folder named `files.dir` sits beside
shiboken6's own module, shiboken imports the package from there instead (its `SBK_EMBED=0` layout). The
build puts the package there as .pyc files, compiled by the Python the build runs on, which is the Python
the app runs on. They are the same modules: shiboken writes them out itself (`reincarnate_files`).

Run as a script: `python packaging/shiboken_support.py FOLDER` writes FOLDER/shibokensupport/**/*.pyc.
"""

from __future__ import annotations

import py_compile
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BOOTSTRAP = "signature_bootstrap.py"  # runs from inside the library before files.dir is looked at

# in a fresh interpreter: importing PySide6 runs shiboken's bootstrap, which can write out its embedded files
_WRITE_SOURCES = (
    "import sys; from pathlib import Path; import PySide6.QtCore; "
    "sys.modules['signature_bootstrap'].reincarnate_files(Path(sys.argv[1]))"
)


def embedded_sources(folder: Path, python: str = sys.executable) -> list[Path]:
    """Write shiboken's embedded support sources into `folder`; the .py files written, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([python, "-c", _WRITE_SOURCES, str(folder)], check=True, capture_output=True, text=True)
    return sorted(folder.rglob("*.py"))


def write_compiled_support(target: Path, python: str = sys.executable) -> list[Path]:
    """Compile the support package into `target` (to be bundled as shiboken6/files.dir); the .pyc files written.

    Unchecked-hash .pyc files: nothing beside them to compare with, and the same bytes from build to build.
    """
    shutil.rmtree(target, ignore_errors=True)  # nothing left over from another PySide6 version
    with tempfile.TemporaryDirectory() as scratch:
        sources = Path(scratch)
        written = []
        for source in embedded_sources(sources, python):
            inside = source.relative_to(sources)
            if inside.as_posix() == BOOTSTRAP:
                continue
            compiled = target / inside.with_suffix(".pyc")
            compiled.parent.mkdir(parents=True, exist_ok=True)
            py_compile.compile(str(source), cfile=str(compiled), dfile=inside.as_posix(), doraise=True,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
            written.append(compiled)
    return written


if __name__ == "__main__":
    files = write_compiled_support(Path(sys.argv[1]))
    print(f"{len(files)} modules of shibokensupport compiled into {sys.argv[1]}")
