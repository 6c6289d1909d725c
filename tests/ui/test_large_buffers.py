"""After a certificate or a worksheet PDF is written, a large buffer is still its own mapping, handed back to the
system when freed (glibc; see literacy_app/large_buffers.py). Each case runs in a fresh process: the C library's
limit is process-wide and only moves once a large block has been freed."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import FIXTURE_COURSE

pytestmark = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's allocator only")

# prints how many mappings one fresh 1 MB malloc() added: 1 when it got its own, 0 when it came from the heap
MEASURE = """
import ctypes
class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]
libc = ctypes.CDLL(None)
libc.mallinfo2.restype = Info
libc.malloc.restype = ctypes.c_void_p
before = libc.mallinfo2().hblks
block = libc.malloc(1 << 20)
print(libc.mallinfo2().hblks - before)
"""

CERTIFICATE = """
from datetime import date
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from literacy_app.services.learner import CertificateData
from literacy_app.ui.learner.certificate import write_certificate
app = QGuiApplication([])
write_certificate(Path(FOLDER) / "c.pdf", CertificateData("Kim", "Module", date(2026, 3, 5), ["One"], 80.0, ""))
"""

WORKSHEET = """
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from literacy_app.content.library import load_library
from literacy_app.ui.print.lesson_pdf import write_lessons_pdf
app = QGuiApplication([])
library = load_library([Path(COURSE)])
write_lessons_pdf([library.lessons[0]], Path(FOLDER) / "w.pdf")
"""


def _mappings_after(script: str, tmp_path) -> int:
    code = f"FOLDER = {str(tmp_path)!r}\nCOURSE = {str(FIXTURE_COURSE)!r}\n" + textwrap.dedent(script) + MEASURE
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return int(done.stdout.strip().splitlines()[-1])


def test_a_large_buffer_is_its_own_mapping_after_a_certificate(tmp_path):
    assert _mappings_after(CERTIFICATE, tmp_path) == 1
    assert (tmp_path / "c.pdf").stat().st_size > 1000


def test_a_large_buffer_is_its_own_mapping_after_a_worksheet(tmp_path):
    assert _mappings_after(WORKSHEET, tmp_path) == 1
    assert (tmp_path / "w.pdf").stat().st_size > 1000
