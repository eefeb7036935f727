"""What every benchmark module returns, and small helpers to time things."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


@dataclass(frozen=True, slots=True)
class Result:
    """One row of the table and of ``results.json`` (DESIGN.md §8). ``skipped`` says why nothing was measured."""

    name: str
    unit: str
    median: float | None = None
    mean: float | None = None
    p99: float | None = None
    max: float | None = None
    min: float | None = None
    spread: float | None = None
    """Half the interquartile range as a percentage of the median: the run-to-run noise (``±spread%``)."""
    ratio: float | None = None
    target: str | None = None
    met: bool | None = None
    skipped: str | None = None
    """Why nothing was measured: only for an optional tool that is not installed (not a failure)."""
    failed: str | None = None
    """Why the row could not be measured: the benchmark crashed or never reported it (a failure)."""
    note: str | None = None

    def as_json(self) -> dict[str, object]:
        """The fields that apply, for ``results.json``."""
        return {k: v for k, v in asdict(self).items() if v is not None}


def skipped(name: str, unit: str, why: str) -> Result:
    """A row for something this machine cannot measure (an optional tool is missing)."""
    return Result(name=name, unit=unit, skipped=f"skipped: {why}")


def failed(name: str, unit: str, why: str) -> Result:
    """A row that should have been measured and was not."""
    return Result(name=name, unit=unit, failed=f"FAILED: {why}")


def summarize(samples: list[float]) -> dict[str, float]:
    """Median, mean, p99, max, min and spread (see :class:`Result`) of a list of samples."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {
        "median": statistics.median(ordered),
        "mean": statistics.fmean(ordered),
        "p99": p99,
        "max": ordered[-1],
        "min": ordered[0],
        "spread": spread(ordered),
    }


def spread(samples: list[float]) -> float:
    """Half the interquartile range in percent of the median (0 for fewer than two samples)."""
    if len(samples) < 2:
        return 0.0
    q1, _, q3 = statistics.quantiles(samples, n=4, method="inclusive")
    middle = statistics.median(samples)
    return 0.0 if middle == 0 else 50.0 * (q3 - q1) / abs(middle)


def time_calls(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall time of ``repeat`` calls of ``fn``, in milliseconds each."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000.0)
    return out
