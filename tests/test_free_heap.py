"""Free heap goes back to the system (glibc; see literacy_app/free_heap.py). Runs in a fresh process, whose
heap is its own: blocks are taken and freed with the C library's malloc and free, leaving holes no automatic
trim reaches (a block is still in use above them)."""

from __future__ import annotations

import json
import platform
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's allocator only")

HOLES = """
import ctypes, json
from pathlib import Path
from literacy_app.free_heap import hand_back_free_heap

def resident_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
blocks = [libc.malloc(4096) for _ in range(12_000)]  # about 48 MB of the heap, under the mapping limit
for block in blocks:
    ctypes.memset(block, 1, 4096)  # really in memory
for index, block in enumerate(blocks):
    if index % 64:  # one block in 64 stays in use: the heap cannot simply shrink from its top
        libc.free(block)
before = resident_mb()
handed_back = hand_back_free_heap()
print(json.dumps({"handed_back": handed_back, "before": before, "after": resident_mb()}))
"""


def test_the_free_pages_between_blocks_in_use_go_back_to_the_system():
    done = subprocess.run([sys.executable, "-c", HOLES], capture_output=True, text=True, timeout=60, check=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["handed_back"] is True
    assert figures["before"] - figures["after"] > 30  # MB: nearly all of the 47 MB freed

