"""Record the golden replays and their expected state hashes: ``python tests/golden/update.py [--rerecord] [NAME]``.

Each golden case is a short run whose input frames live in ``tests/golden/<name>.replay`` and whose expected
``state_hash`` (with the run's arguments) lives in ``tests/golden/<name>.json``. ``tests/test_replays.py``
replays each one and fails when the hash drifts.

When to run this: ONLY after a change that is meant to change the simulation (AI tuning, movement, a map or
story the case plays, the state hash's encoding). Then say in the commit message which change moved which
hash, and why that is intended. Without ``--rerecord`` the inputs stay and only the hashes are refreshed;
``--rerecord`` plays the cases again with the bot (or their scripted input) and writes new inputs too, for a
change that makes the old inputs meaningless (a map redrawn under the recorded path).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from game.app import HeadlessOptions, HeadlessResult, run_headless  # noqa: E402
from game.bot import Bot  # noqa: E402
from game.context import RunOptions  # noqa: E402
from game.input.frame import Action, InputFrame  # noqa: E402
from game.input.replay import Replay  # noqa: E402
from game.scene import SceneStack  # noqa: E402

BOT_GAME = "tests/fixtures/bot/game"


@dataclass(frozen=True)
class Case:
    """One golden run: where it starts, how long, and who plays it when (re)recorded."""

    name: str
    seed: int
    ticks: int
    scene: str | None = None
    map: str | None = None
    player: str = "bot"
    """``bot`` (recorded from the bot) or ``walk`` (a fixed scripted walk, runs and hands)."""

    def args(self) -> list[str]:
        """The command-line flags that replay it (``refuge headless ... --replay FILE``)."""
        where = ["--map", self.map] if self.map else ["--scene", str(self.scene)]
        return [*where, "--seed", str(self.seed), "--ticks", str(self.ticks)]

    def options(self) -> RunOptions:
        """The run's options, in process."""
        path = (ROOT / self.map).resolve() if self.map else None
        return RunOptions(seed=self.seed, headless=True, scene=self.scene, map_path=path, stop_on_exit=True)


CASES = (
    Case("bot_forest_fixture", seed=7, ticks=1500, map=f"{BOT_GAME}/forest.tmx"),
    Case("bot_mall_fixture", seed=3, ticks=2400, map=f"{BOT_GAME}/mall.tmx"),
    Case("walk_forest", seed=11, ticks=900, scene="forest", player="walk"),
)


class Walk:
    """A fixed scripted player: walks, runs, takes hands, turns; the same on every machine."""

    def __init__(self) -> None:
        self.tick = 0

    def next_frame(self) -> InputFrame:
        """The frame for the next tick."""
        self.tick += 1
        t = self.tick
        if t == 200:
            return InputFrame(held=Action.HANDS, pressed=Action.HANDS)
        legs: list[tuple[int, tuple[float, float], Action]] = [
            (150, (1.0, 0.0), Action.NONE),
            (300, (0.0, -1.0), Action.NONE),
            (420, (0.5, -0.5), Action.RUN),
            (600, (1.0, 0.0), Action.NONE),
            (750, (0.0, 1.0), Action.RUN),
            (900, (-1.0, 0.0), Action.NONE),
        ]
        for end, move, held in legs:
            if t <= end:
                return InputFrame(move=move, held=held)
        return InputFrame()


def play(case: Case, source: Callable[[object, SceneStack], object], record: Path | None) -> HeadlessResult:
    """Run a case in process with a frame source, optionally recording its frames."""
    return run_headless(case.options(), HeadlessOptions(ticks=case.ticks, source=source, record=record))  # type: ignore[arg-type]


def replay(case: Case) -> HeadlessResult:
    """Run a case from its recorded frames."""
    frames = Replay.load(HERE / f"{case.name}.replay")
    return run_headless(case.options(), HeadlessOptions(ticks=case.ticks, replay=frames))


def relative_header(path: Path, case: Case) -> None:
    """Keep the machine's folders out of the recording: the header names the map as the repository does."""
    lines = path.read_text().splitlines(keepends=True)
    header = json.loads(lines[0])
    header["start"] = {"scene": case.scene, "map": case.map}
    lines[0] = json.dumps(header, sort_keys=True) + "\n"
    path.write_text("".join(lines))


def main(argv: list[str] | None = None) -> int:
    """Refresh the named cases (default: all)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("names", nargs="*")
    parser.add_argument("--rerecord", action="store_true", help="play the cases again and write new inputs")
    args = parser.parse_args(argv)
    for case in CASES:
        if args.names and case.name not in args.names:
            continue
        replay_path = HERE / f"{case.name}.replay"
        if args.rerecord or not replay_path.exists():
            if case.player == "bot":
                play(case, lambda _ctx, stack, c=case: Bot(stack, c.seed), replay_path)
            else:
                play(case, lambda _ctx, _stack: Walk(), replay_path)
            relative_header(replay_path, case)
        result = replay(case)
        expected = {
            "args": case.args(),
            "outcome": result.outcome,
            "ticks": result.ticks,
            "state_hash": result.state_hash,
        }
        (HERE / f"{case.name}.json").write_text(json.dumps(expected, indent=2) + "\n")
        print(f"{case.name}: {result.outcome} after {result.ticks} ticks, {result.state_hash[:16]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
