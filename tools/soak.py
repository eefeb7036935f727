"""Soak: a long run of random-but-plausible input in each scene; no exception, no growing memory.

``python tools/soak.py --minutes 30`` (``make soak``) plays every game scene for that many minutes of game time
with a restless random player (walks and runs in spells, presses every button now and then, talks through
dialogue, pauses and resumes), rendering every few ticks so that presentation is soaked too. A scene left
through an Exit (or an ending) starts again. Memory is the process's resident set, sampled once a game minute
after a full garbage collection (a world dropped at a restart may wait in reference cycles for the collector):
after a warm-up (the first fifth of the run, when caches and fonts fill) it must not grow by more than
``--max-growth`` MB. Exit status 0 when every scene holds, 1 otherwise; the report says which and by how much.
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from game.input.frame import Action, InputFrame, quantize_move  # noqa: E402
from game.loop import TICK_RATE  # noqa: E402
from game.scene import SceneStack  # noqa: E402
from game.sim.session import GAME_SCENES  # noqa: E402

MAX_GROWTH_MB = 24.0
"""Resident memory may grow this much after the warm-up (allocator noise, a late cache) and no more."""
RENDER_EVERY = 8
"""Ticks between rendered frames (presentation is soaked too, at a fraction of the cost)."""


class RestlessPlayer:
    """Random but plausible input: spells of walking or running, presses now and then, menus answered."""

    def __init__(self, stack: SceneStack, rng: random.Random) -> None:
        self.stack = stack
        self.rng = rng
        self.move = (0.0, 0.0)
        self.run = False
        self.spell = 0
        self.tick = 0

    def next_frame(self) -> InputFrame:
        """The frame for the next tick."""
        self.tick += 1
        rng = self.rng
        top = self.stack.top
        name = getattr(top, "name", "")
        if name in ("pause", "settings"):
            return InputFrame(held=Action.BACK, pressed=Action.BACK) if self.tick % 7 == 0 else InputFrame()
        if name == "title":
            return (
                InputFrame(held=Action.CONFIRM, pressed=Action.CONFIRM)
                if self.tick % 5 == 0
                else InputFrame()
            )
        self.spell -= 1
        if self.spell <= 0:
            self.spell = rng.randint(15, 150)
            if rng.random() < 0.2:
                self.move = (0.0, 0.0)
            else:
                angle = rng.uniform(-3.1416, 3.1416)
                length = 1.0 if rng.random() < 0.7 else rng.uniform(0.3, 1.0)
                self.move = quantize_move(math.cos(angle) * length, math.sin(angle) * length)
            self.run = rng.random() < 0.25
        pressed = Action.NONE
        for action, chance in (
            (Action.CONFIRM, 1 / 25),
            (Action.INTERACT, 1 / 150),
            (Action.HANDS, 1 / 240),
            (Action.CAMCORDER, 1 / 300),
            (Action.UP, 1 / 60),
            (Action.DOWN, 1 / 60),
            (Action.PAUSE, 1 / 4000),
        ):
            if rng.random() < chance:
                pressed |= action
        held = pressed | (Action.RUN if self.run else Action.NONE)
        return InputFrame(move=self.move, held=held, pressed=pressed)


def resident_mb() -> float:
    """The process's resident memory in MB (Linux ``/proc``; the peak elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class SoakReport:
    """What one scene's soak found."""

    scene: str
    ticks: int
    restarts: int
    wall_seconds: float
    samples: list[float] = field(default_factory=list)
    """Resident MB, one per game minute."""

    @property
    def growth(self) -> float:
        """MB grown from the end of the warm-up to the end."""
        if len(self.samples) < 2:
            return 0.0
        warm = self.samples[max(0, len(self.samples) // 5 - 1)]
        return max(self.samples[len(self.samples) // 5 :] or [warm]) - warm

    def line(self, limit: float) -> str:
        """One line for the report."""
        verdict = "ok" if self.growth <= limit else f"GREW beyond {limit:.0f} MB"
        return (
            f"{self.scene:<14} {self.ticks / TICK_RATE / 60:6.1f} min  {self.restarts:3d} restarts  "
            f"{self.wall_seconds:6.1f} s  rss {self.samples[0] if self.samples else 0:6.1f} -> "
            f"{self.samples[-1] if self.samples else 0:6.1f} MB  growth {self.growth:5.1f} MB  {verdict}"
        )


def soak_scene(scene: str, minutes: float, seed: int, render_every: int = RENDER_EVERY) -> SoakReport:
    """Play one scene for ``minutes`` of game time with the restless player; raise on any exception."""
    import pygame

    from game.app import build_context, first_scene, init_pygame
    from game.context import RunOptions
    from game.profile import Profile
    from game.render.window import CANVAS_SIZE, scale_canvas
    from game.settings import load_settings

    total = int(minutes * 60 * TICK_RATE)
    rng = random.Random(seed)
    report = SoakReport(scene, 0, -1, 0.0)
    init_pygame(headless=True)
    screen = pygame.display.set_mode((CANVAS_SIZE[0] * 2, CANVAS_SIZE[1] * 2))
    canvas = pygame.Surface(CANVAS_SIZE).convert()
    started = time.perf_counter()
    try:
        while report.ticks < total:
            report.restarts += 1
            profile = Profile.fresh()
            try:
                settings, _messages = load_settings(profile.settings_path)
                options = RunOptions(
                    seed=rng.getrandbits(31), headless=True, scene=scene, stop_on_exit=True, renders=True
                )
                ctx = build_context(options, profile, settings)
                stack = SceneStack()
                stack.push(first_scene(ctx))
                player = RestlessPlayer(stack, rng)
                while report.ticks < total and not stack.done:
                    stack.update(player.next_frame())
                    report.ticks += 1
                    if report.ticks % render_every == 0 and not stack.done:
                        stack.draw(canvas, 1.0)
                        scale_canvas(canvas, screen)
                    if report.ticks % (60 * TICK_RATE) == 0:
                        gc.collect()  # garbage waiting in a cycle is not a leak: count what is still alive
                        report.samples.append(resident_mb())
                stack.close()
                del stack, player, ctx
                gc.collect()
            finally:
                profile.discard()
    finally:
        pygame.quit()
    report.wall_seconds = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    """Soak the scenes named (default: all four) and report."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=30.0, help="game minutes per scene (default 30)")
    parser.add_argument("--scene", action="append", help="soak only this scene (repeatable)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-growth", type=float, default=MAX_GROWTH_MB, help="MB allowed after warm-up")
    parser.add_argument("--render-every", type=int, default=RENDER_EVERY)
    args = parser.parse_args(argv)
    failed = False
    for scene in args.scene or GAME_SCENES:
        report = soak_scene(scene, args.minutes, args.seed, args.render_every)
        print(report.line(args.max_growth), flush=True)
        failed |= report.growth > args.max_growth
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
