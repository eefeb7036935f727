"""Headless ticks per second (forest, idle player, Cube active): DESIGN.md §8 wants ≥ 20,000 without rendering."""

from __future__ import annotations

import statistics

from benchmarks.common import Result, failed, spread

TICKS = 20_000
RUNS = 5
TARGET = 20_000


def run() -> list[Result]:
    """Time the real headless loop in the forest, without and with rendering."""
    from game.app import HeadlessOptions, run_headless
    from game.content.catalog import find_map
    from game.context import LEVELS_DIR, RunOptions

    if find_map("forest", LEVELS_DIR) is None:
        return [failed("ticks_per_s.headless", "ticks/s", "the forest map is missing")]
    results = []
    for name, render, ticks in (
        ("ticks_per_s.headless", False, TICKS),
        ("ticks_per_s.headless_render", True, 2000),
    ):
        rates = []
        for _ in range(RUNS):
            options = RunOptions(seed=1, headless=True, scene="forest", stop_on_exit=True)
            result = run_headless(options, HeadlessOptions(ticks=ticks, render=render))
            rates.append(result.ticks / result.wall_seconds)
        target = f">= {TARGET}" if not render else None
        results.append(
            Result(
                name=name,
                unit="ticks/s",
                median=statistics.median(rates),
                mean=statistics.fmean(rates),
                max=max(rates),
                min=min(rates),
                spread=spread(rates),
                target=target,
                met=(statistics.median(rates) >= TARGET) if not render else None,
            )
        )
    return results
