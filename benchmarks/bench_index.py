"""A library of 1,000 generated lessons: seconds until the sidebar is shown, first and second start."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.generate import write_library
from benchmarks.measure import ROOT, child_environment, median

RUNS = 5
LESSONS = 1000


def probe(lessons: Path, data: Path) -> float:
    completed = subprocess.run([sys.executable, "-m", "benchmarks.index_probe", str(lessons), str(data)],
                               cwd=ROOT, env=child_environment(), capture_output=True, text=True, check=True)
    seconds, loaded = completed.stdout.split()
    if int(loaded) < LESSONS:
        raise RuntimeError(f"only {loaded} of {LESSONS} generated lessons loaded")
    return float(seconds)


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        lessons = write_library(Path(folder) / "lessons", LESSONS)
        first, second = [], []
        for index in range(RUNS):
            data = Path(folder) / f"data-{index}"
            first.append(probe(lessons, data))  # no cache yet: every lesson is parsed
            second.append(probe(lessons, data))  # the cache written by the first start
            shutil.rmtree(data)
    return {"index_1000_s": median(first), "index_1000_cached_s": median(second)}
