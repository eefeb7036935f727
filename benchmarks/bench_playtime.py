"""How long the game lasts for someone who reads every line: the bot through the whole game at a reader's pace.

DESIGN.md §1 calls Refuge a short game of 30-45 minutes. This plays it from the title to an ending with the
game's bot, but reading like a person: a line stays up until it has been read at ``CHARS_PER_S`` characters a
second after a ``REACT_S`` pause (about 180 words a minute), instead of the bot's 0.2 s. Two ways through:

- ``playtime_min.reader``: straight along the objectives, as the bot plays;
- ``playtime_min.curious``: also going out of the way, between beats, to ground seen but not walked near that
  draws the eye (``refuge headless --bot --curious``): it knows nothing of the places found by looking.

Figures are game minutes (ticks / 3600), the median over the seeds. The bot sees only what a player sees (it
looks for a place the objective names until it is on screen) but walks the shortest known way, rarely gets
caught and never stops to look around: a floor for a real first play.
"""

from __future__ import annotations

import statistics

from benchmarks.common import Result, failed, spread

SEEDS = (1, 2, 3)
CHARS_PER_S = 15.0
REACT_S = 0.6
TARGET = (30.0, 45.0)


def run() -> list[Result]:
    """Play the whole game per seed, straight and curious, at a reader's pace; report game minutes."""
    from game.app import HeadlessOptions, run_headless
    from game.bot import Bot
    from game.bot.talk import Talk
    from game.content.catalog import find_map
    from game.context import LEVELS_DIR, RunOptions
    from game.input.frame import InputFrame
    from game.loop import TICK_RATE
    from game.scene import SceneStack
    from game.sim.session import GAME_SCENES
    from game.story.views import LineView

    if any(find_map(scene, LEVELS_DIR) is None for scene in GAME_SCENES):
        return [failed(f"playtime_min.{k}", "min", "a scene's map is missing") for k in ("reader", "curious")]

    class Reader(Talk):
        """The bot's hands, reading each line for as long as a person would."""

        def line(self, view: LineView) -> InputFrame:
            self.read_ticks = round((REACT_S + len(view.text) / CHARS_PER_S) * TICK_RATE)
            return super().line(view)

    def minutes(curious: bool) -> tuple[list[float], list[str]]:
        out: list[float] = []
        notes: list[str] = []
        for seed in SEEDS:

            def source(_ctx: object, stack: SceneStack, seed: int = seed) -> Bot:
                bot = Bot(stack, seed, curious=curious)
                bot.talk = Reader(bot.talk.rng)
                return bot

            result = run_headless(RunOptions(seed=seed, headless=True), HeadlessOptions(source=source))
            if result.outcome != "ending":
                notes.append(f"seed {seed} did not finish ({result.outcome}: {result.error})")
                continue
            out.append(result.ticks / TICK_RATE / 60.0)
            notes.append(f"seed {seed}: {out[-1]:.1f} min ({result.ending})")
        return out, notes

    rows = []
    for key, curious in (("reader", False), ("curious", True)):
        mins, notes = minutes(curious)
        if not mins:
            rows.append(failed(f"playtime_min.{key}", "min", "; ".join(notes)))
            continue
        med = statistics.median(mins)
        lo, hi = TARGET
        rows.append(
            Result(
                name=f"playtime_min.{key}",
                unit="min",
                median=med,
                mean=statistics.fmean(mins),
                max=max(mins),
                min=min(mins),
                spread=spread(mins),
                target=f"{lo:.0f}-{hi:.0f} (DESIGN §1; a floor for a real first play)"
                if curious
                else "reference: straight along the objectives",
                met=(lo <= med <= hi and len(mins) == len(SEEDS)) if curious else None,
                note="; ".join(notes),
            )
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
