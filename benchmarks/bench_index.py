"""A library of 1,000 generated lessons: seconds until the sidebar is shown, first and second start, and the
memory the app holds with them loaded."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.generate import write_library
from benchmarks.measure import ROOT, child_environment, median

RUNS = 5
LESSONS = 1000


@dataclass
class Probe:
    seconds: float  # to the sidebar's first paint
    checked_seconds: float  # until every lesson is checked and the index written (after the paint)
    peak_mb: float  # VmHWM at that point
    resident_mb: float  # VmRSS at that point


def probe(lessons: Path, data: Path) -> Probe:
    completed = subprocess.run([sys.executable, "-m", "benchmarks.index_probe", str(lessons), str(data)],
                               cwd=ROOT, env=child_environment(), capture_output=True, text=True, check=True)
    seconds, loaded, checked, peak, resident = completed.stdout.split()
    if int(loaded) < LESSONS:
        raise RuntimeError(f"only {loaded} of {LESSONS} generated lessons loaded")
    return Probe(float(seconds), float(checked), float(peak), float(resident))


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        lessons = write_library(Path(folder) / "lessons", LESSONS)
        first: list[Probe] = []
        second: list[Probe] = []
        for index in range(RUNS):
            data = Path(folder) / f"data-{index}"
            first.append(probe(lessons, data))  # no cache yet: front matter first, every lesson checked after
            second.append(probe(lessons, data))  # the index written by the first start
            shutil.rmtree(data)
    figures = {
        "index_1000_s": median([p.seconds for p in first]),
        "index_1000_cached_s": median([p.seconds for p in second]),
        "index_1000_checked_s": median([p.checked_seconds for p in first]),
    }
    if all(p.peak_mb > 0 for p in first + second):  # Linux only
        figures["index_1000_peak_memory_mb"] = median([p.peak_mb for p in first])
        figures["index_1000_cached_peak_memory_mb"] = median([p.peak_mb for p in second])
    return figures
