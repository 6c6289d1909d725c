"""Start-up and peak memory of the source install against a bare PySide6 window, in the same run."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.measure import ROOT, interleaved_starts, median, ratio_spread

RUNS = 9
MEMORY_RUNS = 5


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        commands = {
            # a returning learner: the profile exists after the warm-up run, the lesson index is cached
            "app": [sys.executable, "-m", "literacy_app", "--data-dir", str(data), "--profile", "Benchmark"],
            "bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
        }
        starts = interleaved_starts(commands, RUNS)
        memory = interleaved_starts(commands, MEMORY_RUNS, warmup=0, measure_memory=True)
    app, bare = starts["app"], starts["bare"]
    figures = {"startup_s": median([r.seconds for r in app]), "bare_startup_s": median([r.seconds for r in bare])}
    figures["startup_ratio"] = figures["startup_s"] / figures["bare_startup_s"]
    figures["startup_ratio_lowest"], figures["startup_ratio_highest"] = ratio_spread(starts)
    if all(r.peak_rss_mb is not None for r in memory["app"] + memory["bare"]):
        figures["peak_memory_mb"] = median([r.peak_rss_mb for r in memory["app"]])
        figures["bare_peak_memory_mb"] = median([r.peak_rss_mb for r in memory["bare"]])
        figures["peak_memory_ratio"] = figures["peak_memory_mb"] / figures["bare_peak_memory_mb"]
    return figures
