"""The desktop build (``make dist``): its size (≤ 80 MB unpacked) and start-up beside the source run's (≤ 1.5 times).

Builds a fresh bundle into a temporary folder (about 25 s), so the figures are always the current code's.
Start-up is timed as ``startup_s`` is: ``refuge play --scale 2`` to its first title frame on screen (dummy
display); the bundle runs the same patch when ``REFUGE_STARTUP_PROBE=1`` (tools/refuge_entry.py). Source and
bundle launches alternate, so a busy machine slows both alike.
"""

from __future__ import annotations

import tempfile
import time
from importlib.util import find_spec
from pathlib import Path

from benchmarks.bench_process import RUNS, SOURCE_PROBE, launch_seconds
from benchmarks.common import Result, skipped, summarize

SIZE_TARGET_MB = 80.0
STARTUP_TARGET_RATIO = 1.5


def run() -> list[Result]:
    """Size of the unpacked bundle and of its archive, and its start-up against the source run's."""
    if find_spec("PyInstaller") is None:
        why = "PyInstaller is not installed (pip install -e '.[dev]')"
        return [skipped("dist_mb", "MB", why), skipped("startup_s.dist", "s", why)]
    from tools.build_dist import archive, build, folder_bytes

    with tempfile.TemporaryDirectory(prefix="refuge-bench-dist-") as tmp:
        started = time.perf_counter()
        folder = build(Path(tmp) / "dist", Path(tmp) / "work")
        build_s = time.perf_counter() - started
        unpacked = folder_bytes(folder) / 1e6
        packed = archive(folder).stat().st_size / 1e6
        frozen_probe = [str(folder / "refuge"), "play", "--scale", "2"]
        source, frozen = [], []
        for _ in range(RUNS):
            source.append(launch_seconds(SOURCE_PROBE))
            frozen.append(launch_seconds(frozen_probe, REFUGE_STARTUP_PROBE="1"))
    ours, theirs = summarize(frozen), summarize(source)
    ratio = ours["median"] / theirs["median"]
    return [
        Result(
            name="dist_mb",
            unit="MB",
            median=unpacked,
            max=unpacked,
            target=f"<= {SIZE_TARGET_MB:.0f} unpacked",
            met=unpacked <= SIZE_TARGET_MB,
            note=f"dist/refuge/ unpacked; the .tar.gz is {packed:.1f} MB; built in {build_s:.0f} s",
        ),
        Result(name="dist_mb.tar_gz", unit="MB", median=packed, max=packed, note="the download (reference)"),
        Result(
            name="startup_s.dist",
            unit="s",
            ratio=ratio,
            target=f"<= {STARTUP_TARGET_RATIO}x the source run",
            met=ratio <= STARTUP_TARGET_RATIO,
            note=f"the bundle's `refuge play` to its first title frame; the source run's median in the same "
            f"alternation: {theirs['median']:.3f} s (ratio = bundle / source)",
            **ours,
        ),
    ]
