"""Start-up to the first title frame (≤ 0.5 s) and peak memory of a rendered run (≤ 150 MB), in fresh processes."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, skipped, summarize

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    # `refuge play` keeps settings and saves in the user's folders: point them somewhere throwaway.
    scratch = Path(tempfile.gettempdir()) / "refuge-bench-profile"
    env.update(XDG_CONFIG_HOME=str(scratch / "config"), XDG_DATA_HOME=str(scratch / "data"))
    return env


def startup() -> Result:
    """Launch to the first title frame on screen, through `refuge play` (see startup_probe.py)."""
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "startup_probe.py")],
            cwd=ROOT,
            env=_env(),
            check=True,
            capture_output=True,
        )
        samples.append(time.perf_counter() - start)
    stats = summarize(samples)
    return Result(
        name="startup_s",
        unit="s",
        target="<= 0.5",
        met=stats["median"] <= 0.5,
        note="`refuge play` launched to its first title frame on screen (dummy display), then exit",
        **stats,
    )


def peak_memory() -> Result:
    """Peak resident memory of a 5-minute rendered forest run (every frame drawn)."""
    if not (ROOT / "levels" / "forest.tmx").exists():
        return skipped("peak_mb", "MB", "no forest map yet")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(
        [sys.executable, "-m", "game", "headless", "--scene", "forest", "--ticks", "18000", "--render"],
        cwd=ROOT,
        env=_env(),
        check=True,
        capture_output=True,
    )
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak = max(peak_kb, before) / 1024.0
    return Result(name="peak_mb", unit="MB", median=peak, max=peak, target="<= 150", met=peak <= 150)


def run() -> list[Result]:
    """Both process-level figures."""
    return [startup(), peak_memory()]
