"""Start-up to the first title frame (≤ 0.5 s) and peak memory of a rendered run (≤ 150 MB), in fresh processes."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, failed, summarize

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    # `refuge play` keeps settings and saves in the user's folders: point them somewhere throwaway.
    scratch = Path(tempfile.gettempdir()) / "refuge-bench-profile"
    env.update(XDG_CONFIG_HOME=str(scratch / "config"), XDG_DATA_HOME=str(scratch / "data"))
    return env


def launch_seconds(command: list[str], **extra_env: str) -> float:
    """Wall time from starting ``command`` to its exit, in seconds."""
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env={**_env(), **extra_env}, check=True, capture_output=True)
    return time.perf_counter() - start


SOURCE_PROBE = [sys.executable, str(ROOT / "benchmarks" / "startup_probe.py")]
"""`refuge play --scale 2` from the checkout, ending at its first title frame."""


def startup() -> Result:
    """Launch to the first title frame on screen, through `refuge play` (see startup_probe.py)."""
    samples = [launch_seconds(SOURCE_PROBE) for _ in range(RUNS)]
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
        return failed("peak_mb", "MB", "the forest map is missing")
    # A process's peak (ru_maxrss) starts from the peak of the memory it was forked from, so a run started
    # straight from this process would report this process's own peak (the benchmarks before it). A small
    # launcher starts the run and reports the peak of its only child.
    launcher = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    game = [sys.executable, "-m", "game", "headless", "--scene", "forest", "--ticks", "18000", "--render"]
    done = subprocess.run(
        [sys.executable, "-c", launcher, *game],
        cwd=ROOT,
        env=_env(),
        check=True,
        capture_output=True,
        text=True,
    )
    peak = int(done.stdout.split()[-1]) / 1024.0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    return Result(
        name="peak_mb",
        unit="MB",
        median=peak,
        max=peak,
        target="<= 150",
        met=peak <= 150,
        note=f"a 5-minute rendered forest run on its own; this benchmark process peaked at {own:.0f} MB",
    )


def run() -> list[Result]:
    """Both process-level figures."""
    return [startup(), peak_memory()]
