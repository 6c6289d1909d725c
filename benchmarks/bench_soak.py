"""A day of learners on one PC: 10,000 random learner actions through the real main window (offscreen).

The actions come from benchmarks/soak_driver.py and run in a child process, so the resident memory
measured is the app's own. soak_rss_growth_ratio is its memory after the last action over its memory
after the first 500 (by then every lesson, text size and kind of widget has been shown); soak_exceptions
counts uncaught exceptions and critical Qt messages. soak_rss_second_half_ratio (no budget) is the memory
at the end over the memory half-way: caches still fill after the first 500 actions, a leak keeps growing.
The seed is printed; SOAK_SEED=N repeats a run.

`python -m benchmarks.bench_soak --child [--actions N] [--seed N] [--trace]` is the child; --trace also
prints, every 500 actions, which Python object types and widget classes grew (to find a leak).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter

from benchmarks.measure import ROOT, child_environment

ACTIONS = 10_000
WARM_UP = 500  # actions before the memory baseline
EVERY = 500  # the child prints its memory and widget count this often


def run() -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.bench_soak", "--child", "--actions", str(ACTIONS)]
    if seed := os.environ.get("SOAK_SEED"):
        command += ["--seed", seed]
    # the child's progress, seed and any traceback go straight to the terminal; the figures come on stdout
    done = subprocess.run(command, cwd=ROOT, env=child_environment(), stdout=subprocess.PIPE, text=True,
                          timeout=3 * 3600, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:  # e.g. a fatal Qt message aborted it: that counts as an exception
        print(f"  bench_soak: the soak child exited with {done.returncode}", file=sys.stderr)
        figures = json.loads(lines[-1]) if lines else {}
        figures["soak_exceptions"] = figures.get("soak_exceptions", 0.0) + 1
        return figures
    return json.loads(lines[-1])


# -- the child ------------------------------------------------------------------------------------
def object_counts() -> Counter[str]:
    """Live Python objects by type, and live widgets by class (prefixed "Q:"), after a full collection."""
    import gc

    from PySide6.QtWidgets import QApplication

    gc.collect()
    counts = Counter(type(thing).__qualname__ for thing in gc.get_objects())
    counts.update(f"Q:{widget.metaObject().className()}" for widget in QApplication.allWidgets())
    return counts


def child(argv: list[str]) -> int:
    import random
    import tempfile
    import time
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from benchmarks.measure import resident_mb
    from benchmarks.soak_driver import SoakDriver, settle, soak_arguments
    from literacy_app.cli import gui_parser
    from literacy_app.ui.app import build_window
    from literacy_app.ui.shell.main_window import PREFERRED_SIZE

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_soak --child")
    parser.add_argument("--actions", type=int, default=ACTIONS)
    parser.add_argument("--seed", type=int, default=None, help="default: a new one, printed")
    parser.add_argument("--trace", action="store_true")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1_000_000)
    print(f"soak: seed {seed} (repeat with SOAK_SEED={seed})", file=sys.stderr, flush=True)

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # alive while this name is
    marks: dict[int, float] = {}
    counts: list[Counter[str]] = []
    with tempfile.TemporaryDirectory() as folder:
        window, _notice = build_window(gui_parser().parse_args(soak_arguments(Path(folder) / "data",
                                                                              Path(folder) / "extra")))
        window.show_at_size(PREFERRED_SIZE)  # the size the app prefers, whatever the (offscreen) screen
        window.show()
        settle()
        driver = SoakDriver(window, seed)
        started = [time.perf_counter()]

        def report(done: int) -> None:
            rss = resident_mb()
            if rss is not None:
                marks[done] = rss
            print(f"soak: {done:>6} actions  RSS {rss or 0:7.1f} MB  widgets {len(QApplication.allWidgets()):>5}  "
                  f"exceptions {driver.errors}", file=sys.stderr, flush=True)
            if args.trace:
                counts.append(object_counts())
                grown = (counts[-1] - counts[0]).most_common(12)
                print("soak:   grown since the first mark: " + ", ".join(f"{k} +{n}" for k, n in grown),
                      file=sys.stderr, flush=True)
            if done == WARM_UP:
                started[0] = time.perf_counter()  # actions/s over the measured part only

        driver.run(args.actions, every=EVERY, report=report)
        seconds = time.perf_counter() - started[0]
        print("soak: actions " + ", ".join(f"{name} {n}" for name, n in driver.tally.actions.most_common()),
              file=sys.stderr)
        window.close()
        settle()
    measured = args.actions - WARM_UP if args.actions > WARM_UP else args.actions
    figures = {"soak_exceptions": float(driver.errors), "soak_actions_per_second": measured / seconds,
               "soak_qt_warnings": float(sum(driver.tally.qt_warnings.values())), "soak_seed": float(seed)}
    if WARM_UP in marks and args.actions in marks:
        figures.update(soak_rss_after_warm_up_mb=marks[WARM_UP], soak_rss_end_mb=marks[args.actions],
                       soak_rss_growth_ratio=marks[args.actions] / marks[WARM_UP])
    half = args.actions // 2 // EVERY * EVERY
    if half in marks and args.actions in marks:
        # caches (pixmaps, glyphs, SQLite pages, the allocator's free lists) fill for the first ~2,000
        # actions; growth over the second half is what a leak would add
        figures["soak_rss_second_half_ratio"] = marks[args.actions] / marks[half]
    print(json.dumps(figures))
    return 0


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    sys.exit(child(sys.argv[2:]))
