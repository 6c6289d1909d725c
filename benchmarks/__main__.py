"""`python -m benchmarks [--json FILE] [--only NAME ...]`: run every benchmarks/bench_*.py and print a table.

Each module exposes run() -> dict[str, float]. Figures with a budget are marked; the run never fails
because of a figure (benchmarks are numbers, not tests), only when a benchmark cannot run at all.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent

# figure -> (budget, unit); the figure must be at most the budget
BUDGETS = {
    "startup_ratio": (1.5, "x bare PySide6"),
    "frozen_startup_ratio": (1.5, "x bare PySide6 build"),
    "bundle_size_ratio": (0.75, "x bare PySide6 build"),
    "index_1000_s": (0.4, "s"),
    "index_1000_cached_s": (0.15, "s"),
    "render_step_ms": (10.0, "ms"),
    "render_activity_step_ms": (60.0, "ms"),
    "peak_memory_ratio": (1.3, "x bare PySide6"),
    "one_core_startup_ratio": (1.5, "x bare PySide6, both on one core"),
    "one_core_activity_step_ms": (120.0, "ms, on one core"),
    "soak_rss_growth_ratio": (1.10, "x RSS after the first 500 actions"),
    "soak_exceptions": (0.0, "exceptions"),
    "dashboard_open_ms": (300.0, "ms"),
    "export_csv_ms": (200.0, "ms"),
    "print_200_questions_s": (5.0, "s"),
    "class_open_30pcs_ms": (1000.0, "ms"),
    "publish_ms": (150.0, "ms"),
}
# the cheap, in-process benchmarks first; the frozen builds take a few minutes
PREFERRED_ORDER = ["bench_render", "bench_dashboard", "bench_index", "bench_lrs_class", "bench_startup", "bench_frozen"]


def discover() -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    return sorted(names, key=lambda n: PREFERRED_ORDER.index(n) if n in PREFERRED_ORDER else len(PREFERRED_ORDER))


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info = {"system": f"{platform.system()} {platform.release()}", "cpu": cpu, "cores": str(os.cpu_count()),
            "python": platform.python_version()}
    if hasattr(os, "getloadavg"):  # other work on the machine skews absolute times more than ratios
        info["load_average_1min"] = f"{os.getloadavg()[0]:.2f}"
    return info


def table(figures: dict[str, float]) -> str:
    lines = [f"{'figure':<26} {'value':>10}  {'budget':>8}  status", "-" * 60]
    for name, value in figures.items():
        if name in BUDGETS:
            budget, unit = BUDGETS[name]
            status = "ok" if value <= budget else "OVER BUDGET"
            lines.append(f"{name:<26} {value:>10.3f}  {budget:>8g}  {status} ({unit})")
        else:
            lines.append(f"{name:<26} {value:>10.3f}")
    missing = [name for name in BUDGETS if name not in figures]
    if missing:
        lines.append("not measured: " + ", ".join(missing))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these modules (e.g. bench_index)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures: dict[str, float] = {}
    failed: list[str] = []
    before = machine()
    for name in discover():
        if args.only and name not in args.only:
            continue
        started = time.perf_counter()
        print(f"running {name} …", file=sys.stderr, flush=True)
        try:
            results = importlib.import_module(f"benchmarks.{name}").run()
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            failed.append(name)
            continue
        figures.update({key: float(value) for key, value in results.items()})
        print(f"  {name} took {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    print(table(figures))
    if args.json:
        report = dict(figures)
        after = machine()
        report["machine"] = {**before, "load_average_1min": f"{before.get('load_average_1min', '?')} at the start, "
                                                           f"{after.get('load_average_1min', '?')} at the end"}
        report["failed"] = failed
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
