"""Shared measuring helpers: time a process until its first paint, its peak memory, medians."""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_PAINT_ENV = "LITERACY_APP_FIRST_PAINT"


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def child_environment(**extra: str) -> dict[str, str]:
    """Offscreen Qt; bytecode caching on, as in a real installation."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def one_core() -> set[int] | None:
    """One core this process may run on, to pin a child to; None where the platform cannot pin (not Linux)."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    return {min(os.sched_getaffinity(0))}


def pinned(affinity: set[int] | None) -> Callable[[], None] | None:
    """A preexec_fn that pins the child to these cores before it runs the program (None: no pinning)."""
    if affinity is None:
        return None
    cores = set(affinity)
    return lambda: os.sched_setaffinity(0, cores)


@dataclass
class StartRun:
    seconds: float  # process start to first paint
    peak_rss_mb: float | None  # None where the platform cannot tell


def _peak_rss_while_running(process: subprocess.Popen) -> float | None:
    """The child's VmHWM (peak resident memory, MB) from /proc, read until it exits; Linux only.

    Not ru_maxrss from wait4: Linux carries the forking parent's peak over into the child's figure.
    """
    status = Path(f"/proc/{process.pid}/status")
    peak = None
    while process.poll() is None:
        try:
            for line in status.read_text(encoding="utf-8").splitlines():
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
        except (OSError, ValueError):
            break
        time.sleep(0.002)
    return peak


def start_to_first_paint(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None,
                         measure_memory: bool = False, affinity: set[int] | None = None) -> StartRun:
    """Start a program that writes a timestamp to $LITERACY_APP_FIRST_PAINT on its first paint and quits.

    With measure_memory the child is watched for its peak memory, which costs the timing some accuracy:
    time and memory come from separate runs. With affinity the child runs only on those cores (Linux).
    """
    with tempfile.TemporaryDirectory() as folder:
        stamp = Path(folder) / "first-paint"
        environment = dict(env or child_environment(), **{FIRST_PAINT_ENV: str(stamp)})
        started = time.time()
        process = subprocess.Popen(command, env=environment, cwd=cwd or ROOT, preexec_fn=pinned(affinity),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak = _peak_rss_while_running(process) if measure_memory else None
        process.wait(timeout=120)
        if process.returncode != 0 or not stamp.is_file():
            raise RuntimeError(f"{command[0]} exited with {process.returncode} before its first paint")
        return StartRun(float(stamp.read_text(encoding="utf-8")) - started, peak)


def interleaved_starts(commands: dict[str, list[str]], runs: int, env: dict[str, str] | None = None,
                       warmup: int = 1, measure_memory: bool = False,
                       affinity: set[int] | None = None) -> dict[str, list[StartRun]]:
    """Alternate the programs run by run, so a busy moment on the machine hits both alike."""
    results: dict[str, list[StartRun]] = {name: [] for name in commands}
    for index in range(warmup + runs):
        for name, command in commands.items():
            run = start_to_first_paint(command, env, measure_memory=measure_memory, affinity=affinity)
            if index >= warmup:
                results[name].append(run)
    return results


def ratio_spread(starts: dict[str, list[StartRun]]) -> tuple[float, float]:
    """The lowest and the highest ratio of an app start to the bare start made just after it (they alternate):
    how far one pair of runs can stray from the ratio of the medians."""
    ratios = [app.seconds / bare.seconds for app, bare in zip(starts["app"], starts["bare"], strict=True)]
    return min(ratios), max(ratios)


def resident_mb() -> float | None:
    """This process's resident memory now (VmRSS, MB) from /proc; None where the platform cannot tell."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
