"""Pictures of each ending at several moments, from the real ending scene: ``python -m tools.ending_shots OUT``.

Runs the ending scene headless (no play needed) for each ending and saves ``OUT/<ending>_<tick>.png`` at the
ticks asked for (default: a spread over each sequence and into the credits), then ``OUT/endings_sheet.png``
side by side (ImageMagick ``montage`` when present). ``--kept 1010`` says which memories were kept (wedding,
home, morning, old) for *together*; ``--lang ko`` draws the Korean; ``--reduce-flashing`` the gentle static.
``--measure`` draws every frame of each sequence instead and prints its cost (ms a frame) and its flashes a
second (tools/flash_check.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

from game.app import build_context  # noqa: E402
from game.context import RunOptions  # noqa: E402
from game.input.frame import InputFrame  # noqa: E402
from game.profile import Profile  # noqa: E402
from game.render.ending_timeline import MEMORIES  # noqa: E402
from game.scenes.ending import ENDINGS, EndingScene  # noqa: E402
from game.settings import Settings  # noqa: E402
from game.sim.session import Session  # noqa: E402
from tools.flash_check import FlashMeter  # noqa: E402

SESSION_TICKS = 60 * 60 * 42
"""A plausible night's timecode for the pictures (42 minutes of play)."""


def session_for(kept: str, ticks: int = SESSION_TICKS) -> Session:
    """A finished session that kept the memories marked ``1`` in ``kept`` (tape order)."""
    session = Session.new(seed=1)
    session.ticks = ticks
    for (flag, _), mark in zip(MEMORIES, kept.ljust(len(MEMORIES), "0"), strict=False):
        session.story_globals.values[flag] = mark == "1"
    return session


def moments(length: int) -> list[int]:
    """Ticks worth a picture: a spread over the sequence and one into the credits."""
    return [30, *(length * k // 8 for k in range(1, 8)), length - 20, length + 240]


def shoot(
    ending: str, out: Path, kept: str, lang: str | None, reduce: bool, at: list[int] | None, profile: Path
) -> list[Path]:
    """Run one ending and save its pictures; returns the files written."""
    settings = Settings(reduce_flashing=reduce)
    ctx = build_context(RunOptions(headless=True, lang=lang), Profile.at(profile), settings)
    scene = EndingScene(ctx, session_for("1111" if ending == "overlap" else kept), ending)
    scene.enter()
    canvas = pygame.Surface((640, 360)).convert()
    wanted = sorted(set(at or moments(scene.closing_ticks)))
    saved: list[Path] = []
    for tick in range(1, wanted[-1] + 1):
        if scene.update(InputFrame()) is not None:
            break
        if tick in wanted:
            scene.draw(canvas, 1.0)
            path = out / f"{ending}_{tick:04d}.png"
            pygame.image.save(canvas, str(path))
            saved.append(path)
    return saved


def measure(ending: str, kept: str, reduce: bool, profile: Path) -> str:
    """Draw every frame of one sequence: what a frame costs and how many flashes its worst second holds."""
    ctx = build_context(RunOptions(headless=True), Profile.at(profile), Settings(reduce_flashing=reduce))
    scene = EndingScene(ctx, session_for("1111" if ending == "overlap" else kept), ending)
    scene.enter()
    canvas = pygame.Surface((640, 360)).convert()
    meter = FlashMeter()
    costs = []
    while scene.tick < scene.closing_ticks + 60:
        scene.update(InputFrame())
        started = time.perf_counter()
        scene.draw(canvas, 1.0)
        costs.append((time.perf_counter() - started) * 1000)
        meter.add(canvas)
    first, rest = costs[0], sorted(costs[1:])
    median, p99 = rest[len(rest) // 2], rest[int(len(rest) * 0.99)]
    return (
        f"{ending}: {len(costs)} frames; the first (building the view, on white) {first:.1f} ms; then median "
        f"{median:.2f} ms, p99 {p99:.2f} ms, max {rest[-1]:.1f} ms; {meter.max_flashes_per_second()} flashes a second"
    )


def sheet(files: list[Path], out: Path) -> None:
    """A contact sheet of the pictures (ImageMagick ``montage``; skipped when it is missing)."""
    montage = shutil.which("montage")
    if montage is None or not files:
        return
    args = [montage, *map(str, files), "-tile", "4x", "-geometry", "320x180+2+2", "-title", "endings"]
    subprocess.run([*args, str(out / "endings_sheet.png")], check=False)


def main(argv: list[str] | None = None) -> int:
    """Save pictures of the endings."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--endings", nargs="*", default=list(ENDINGS), choices=ENDINGS)
    parser.add_argument("--kept", default="1011", help="memories kept, in tape order (together)")
    parser.add_argument("--lang", default=None)
    parser.add_argument("--reduce-flashing", action="store_true")
    parser.add_argument("--at", nargs="*", type=int, help="ticks to draw (default: a spread)")
    parser.add_argument("--measure", action="store_true", help="time every frame and count flashes instead")
    args = parser.parse_args(argv)
    pygame.init()
    pygame.display.set_mode((640, 360))
    if args.measure:
        with tempfile.TemporaryDirectory() as profile:
            for ending in args.endings:
                print(measure(ending, args.kept, args.reduce_flashing, Path(profile)))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    with tempfile.TemporaryDirectory() as profile:
        for ending in args.endings:
            files += shoot(
                ending, args.out, args.kept, args.lang, args.reduce_flashing, args.at, Path(profile)
            )
    sheet(files, args.out)
    print(f"{len(files)} pictures in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
