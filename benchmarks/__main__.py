"""Run every benchmark, print one table and write ``benchmarks/results.json``.

Exits 1 when any row with a target is NOT MET, a benchmark crashed (its row shows the traceback's last
line) or a required row was never reported; 0 when every target is met.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import traceback
from pathlib import Path

from benchmarks.common import Result, failed

HERE = Path(__file__).resolve().parent

REQUIRED = (
    "frame_ms.forest",
    "frame_ms.mall",
    "frame_ms.fantasy",
    "frame_ms.confrontation",
    "ticks_per_s.headless",
    "bot_speedup",
    "ai_tick_ms",
    "path_query.vs_pathfinding",
    "path_query.vs_tcod",
    "map_load.vs_pytmx",
    "startup_s",
    "peak_mb",
)
"""Every figure DESIGN.md §8 names; one no module reports is a failure."""


def machine() -> str:
    """A one-line description of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def fmt(value: float | None) -> str:
    """A number for the table."""
    if value is None:
        return "-"
    if value == 0 or abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.4f}"


def pct(value: float | None) -> str:
    """A spread for the table: ``±4%``."""
    return "-" if value is None else f"±{value:.0f}%"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark modules named (default: all) and report."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("only", nargs="*", help="run only modules whose name contains one of these")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    results: list[Result] = []
    crashed: list[str] = []
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem
        if args.only and not any(part in name for part in args.only):
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            results.extend(module.run())
        except Exception as exc:  # a broken benchmark must not hide the others' figures
            traceback.print_exc()
            last = traceback.format_exception_only(exc)[-1].strip()
            results.append(failed(name, "-", f"crashed: {last}"))
            crashed.append(name)
    if not args.only:
        reported = {r.name for r in results}
        why = f"not reported ({', '.join(crashed)} crashed)" if crashed else "not reported by any benchmark"
        results.extend(failed(name, "-", why) for name in REQUIRED if name not in reported)
    header = (
        f"{'name':<28} {'median':>10} {'spread':>7} {'mean':>10} {'p99':>10} {'max':>10} {'ratio':>8}"
        "  unit    target"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        if r.skipped or r.failed:
            print(f"{r.name:<28} {r.failed or r.skipped}")
            continue
        verdict = "" if r.met is None else (" met" if r.met else " NOT MET")
        print(
            f"{r.name:<28} {fmt(r.median):>10} {pct(r.spread):>7} {fmt(r.mean):>10} {fmt(r.p99):>10} {fmt(r.max):>10}"
            f" {fmt(r.ratio):>8}  {r.unit:<7} {r.target or ''}{verdict}"
        )
    payload = {"machine": machine(), "results": [r.as_json() for r in results]}
    args.out.write_text(json.dumps(payload, indent=2) + "\n")
    print(f"\nwrote {args.out}", file=sys.stderr)
    failures = [r.name for r in results if r.failed or r.met is False]
    if failures:
        print(f"NOT MET or FAILED: {', '.join(failures)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
