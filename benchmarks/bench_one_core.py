"""The slowest school PC, roughly: start-up and the heaviest step with the app held to one core.

one_core_startup_ratio: start to first paint of the app (a returning learner, lesson index cached) over a
bare PySide6 window's, both pinned to the same core and run in turn. one_core_activity_step_ms: the
heaviest step (a feed and a ten-question quiz), timed by bench_render in a child pinned to one core.
Pinning needs Linux (sched_setaffinity); elsewhere the module says so and measures nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.measure import ROOT, child_environment, interleaved_starts, median, one_core, pinned, ratio_spread

RUNS = 9


def startup(core: set[int]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        commands = {
            # as bench_startup: a returning learner (the warm-up run made the profile and the index cache)
            "app": [sys.executable, "-m", "literacy_app", "--data-dir", str(data), "--profile", "Benchmark"],
            "bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
        }
        starts = interleaved_starts(commands, RUNS, affinity=core)
    app = median([r.seconds for r in starts["app"]])
    bare = median([r.seconds for r in starts["bare"]])
    lowest, highest = ratio_spread(starts)
    return {"one_core_startup_s": app, "one_core_bare_startup_s": bare, "one_core_startup_ratio": app / bare,
            "one_core_startup_ratio_lowest": lowest, "one_core_startup_ratio_highest": highest}


def activity_step(core: set[int]) -> dict[str, float]:
    """bench_render's own measurement, in a child that runs on one core from its first instruction."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_one_core", "--render-child"], cwd=ROOT,
                          env=child_environment(), preexec_fn=pinned(core), capture_output=True, text=True,
                          timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the one-core render child failed:\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return {"one_core_activity_step_ms": figures["render_activity_step_ms"],
            "one_core_render_step_ms": figures["render_step_ms"]}


def run() -> dict[str, float]:
    core = one_core()
    if core is None:
        print(f"  bench_one_core: cannot pin a process to one core on {sys.platform} (needs sched_setaffinity); "
              "skipped", file=sys.stderr)
        return {}
    return {**startup(core), **activity_step(core)}


def _render_child() -> None:
    from benchmarks import bench_render

    print(json.dumps(bench_render.run()))


if __name__ == "__main__" and sys.argv[1:] == ["--render-child"]:
    _render_child()
