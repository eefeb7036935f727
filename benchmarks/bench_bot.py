"""The bot through the whole game, from the title to an ending: game time over wall time (DESIGN.md §8: at least 200x).

Each seed is one in-process headless run without rendering, exactly what ``refuge headless --bot --seed N``
does; the figure is ``ticks / 60 / wall_seconds`` (the run's own clock, from its first tick to its last). The
median over the seeds is reported, with the spread; a seed that does not reach an ending is named in the note
and the target counts as not met. On a shared machine wall time swings with the other jobs, so the note also
gives the speed-up over the process's CPU time.
"""

from __future__ import annotations

import statistics
import time

from benchmarks.common import Result, failed, spread

SEEDS = (1, 2, 3, 4, 5)
TARGET = 200.0


def run() -> list[Result]:
    """Play the whole game once per seed and report the speed-up over real time."""
    from game.app import HeadlessOptions, run_headless
    from game.bot import Bot
    from game.content.catalog import find_map
    from game.context import LEVELS_DIR, RunOptions
    from game.loop import TICK_RATE
    from game.scene import SceneStack
    from game.sim.session import GAME_SCENES

    if any(find_map(scene, LEVELS_DIR) is None for scene in GAME_SCENES):
        return [failed("bot_speedup", "x", "a scene's map is missing")]
    speedups: list[float] = []
    cpu_speedups: list[
        float
    ] = []  # game time over this process's CPU time: what a busy machine does not change
    notes: list[str] = []
    for seed in SEEDS:

        def source(_ctx: object, stack: SceneStack, seed: int = seed) -> Bot:
            return Bot(stack, seed)

        cpu = time.process_time()
        result = run_headless(RunOptions(seed=seed, headless=True), HeadlessOptions(source=source))
        cpu = time.process_time() - cpu
        speedups.append(result.ticks / TICK_RATE / result.wall_seconds)
        cpu_speedups.append(result.ticks / TICK_RATE / cpu)
        if result.outcome != "ending":
            notes.append(f"seed {seed} did not finish ({result.outcome}: {result.error})")
        else:
            notes.append(
                f"seed {seed}: {result.ending} after {result.ticks / TICK_RATE / 60:.1f} game minutes"
            )
    median = statistics.median(speedups)
    finished = all(n.endswith("game minutes") for n in notes)
    return [
        Result(
            name="bot_speedup",
            unit="x",
            median=median,
            mean=statistics.fmean(speedups),
            max=max(speedups),
            min=min(speedups),
            spread=spread(speedups),
            target=f">= {TARGET:.0f} (whole game, every seed to an ending)",
            met=finished and median >= TARGET,
            note="; ".join(notes)
            + f"; over CPU time (load-independent) {statistics.median(cpu_speedups):.0f}x",
        )
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
