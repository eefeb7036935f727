"""End to end: the real loop, headless, through the command line and in process."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.app import HeadlessOptions, run_headless
from game.context import Context, RunOptions
from game.input.frame import Action, InputFrame
from game.input.replay import Recorder, ReplayHeader
from game.scene import SceneStack
from tests.helpers import last_json, run_game

SUMMARY_KEYS = {
    "outcome",
    "ending",
    "exit",
    "ticks",
    "scenes",
    "caught",
    "seed",
    "state_hash",
    "wall_seconds",
}


def write_replay(path: Path, frames: list[InputFrame], seed: int = 3) -> Path:
    rec = Recorder(path, ReplayHeader(seed=seed, start={"scene": "forest"}))
    for frame in frames:
        rec.add(frame)
    rec.close()
    return path


def walk(pattern: list[tuple[tuple[float, float], int]], run_every: int = 0) -> list[InputFrame]:
    frames = []
    for move, count in pattern:
        for i in range(count):
            held = Action.RUN if run_every and (i // run_every) % 2 else Action.NONE
            frames.append(InputFrame(move=move, held=held))
    return frames


def test_headless_forest_json_summary(tmp_path: Path) -> None:
    done = run_game(["headless", "--scene", "forest", "--ticks", "600", "--json", "--seed", "5"], tmp_path)
    assert done.returncode == 0, done.stderr
    summary = last_json(done.stdout)
    assert summary.keys() >= SUMMARY_KEYS
    assert summary["outcome"] == "ticks"
    assert summary["ticks"] == 600
    assert summary["scenes"] == ["forest"]
    assert summary["seed"] == 5
    assert isinstance(summary["state_hash"], str) and len(summary["state_hash"]) == 64


def test_same_seed_and_replay_give_the_same_hash_across_processes(tmp_path: Path) -> None:
    replay = write_replay(
        tmp_path / "a.replay",
        [
            *walk([((1.0, 0.0), 200), ((0.0, 1.0), 150), ((-0.5, 0.5), 100)], run_every=40),
            InputFrame(pressed=Action.HANDS),
            *walk([((1.0, 0.0), 150)]),
        ],
    )
    other = write_replay(tmp_path / "b.replay", walk([((0.0, -1.0), 300), ((1.0, 0.0), 300)]))
    base = ["headless", "--scene", "forest", "--ticks", "700", "--seed", "11", "--json"]
    one = run_game([*base, "--replay", str(replay)], tmp_path, PYTHONHASHSEED="1")
    two = run_game(
        [*base, "--replay", str(replay), "--screenshots", str(tmp_path / "shots"), "--every", "100"],
        tmp_path,
        PYTHONHASHSEED="987654",
    )
    three = run_game([*base, "--replay", str(other)], tmp_path, PYTHONHASHSEED="1")
    for done in (one, two, three):
        assert done.returncode == 0, done.stderr
    h1, h2, h3 = (last_json(d.stdout)["state_hash"] for d in (one, two, three))
    assert h1 == h2, "rendering screenshots or hash randomisation changed the simulation"
    assert h1 != h3, "a different replay should give a different state"
    shots = sorted(p.name for p in (tmp_path / "shots").iterdir())
    assert shots == [f"{t:06d}.png" for t in range(100, 701, 100)]


def test_recording_a_run_then_replaying_it_reproduces_the_hash(tmp_path: Path) -> None:
    replay = write_replay(tmp_path / "in.replay", walk([((1.0, 0.2), 300), ((0.0, 1.0), 300)], run_every=25))
    first = run_game(
        [
            "headless",
            "--scene",
            "forest",
            "--ticks",
            "500",
            "--replay",
            str(replay),
            "--record",
            str(tmp_path / "out.replay"),
            "--json",
        ],
        tmp_path,
    )
    second = run_game(
        [
            "headless",
            "--scene",
            "forest",
            "--ticks",
            "500",
            "--replay",
            str(tmp_path / "out.replay"),
            "--json",
        ],
        tmp_path,
    )
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert last_json(first.stdout)["state_hash"] == last_json(second.stdout)["state_hash"]


class Script:
    """Scripted input: a list of frames, then idle; notes the top scene each tick."""

    def __init__(self, frames: list[InputFrame], stack: SceneStack) -> None:
        self.frames = list(frames)
        self.stack = stack
        self.tops: list[str] = []

    def next_frame(self) -> InputFrame:
        top = self.stack.top
        self.tops.append(top.name if top else "-")
        return self.frames.pop(0) if self.frames else InputFrame()


def test_title_to_walking_in_the_forest_in_process() -> None:
    # Title: New game; the chapter card (confirm skips it after half a second); then walking.
    frames = [
        *[InputFrame()] * 10,
        InputFrame(pressed=Action.CONFIRM),
        *[InputFrame()] * 40,
        InputFrame(pressed=Action.CONFIRM),
        *walk([((1.0, 0.0), 120)]),
    ]
    scripts: list[Script] = []

    def source(ctx: Context, stack: SceneStack) -> Script:
        scripts.append(Script(frames, stack))
        return scripts[0]

    result = run_headless(RunOptions(seed=2, headless=True), HeadlessOptions(ticks=200, source=source))
    assert result.outcome == "ticks"
    assert result.scenes == ["forest"]
    tops = scripts[0].tops
    assert tops[:11] == ["title"] * 11
    assert set(tops[11:52]) == {"chapter"}
    assert set(tops[53:]) == {"play"}


def test_the_player_moves_in_the_forest_and_walls_hold() -> None:
    from game.app import build_context
    from game.profile import Profile
    from game.scene import SceneStack
    from game.settings import Settings
    from game.sim.session import Session

    profile = Profile.fresh()
    try:
        ctx = build_context(RunOptions(seed=1, headless=True), profile, Settings())
        session = Session.new(1)
        stack = SceneStack()
        play = ctx.scenes.play(ctx, session, "forest")
        stack.push(play)
        player = play.sim.world.player  # type: ignore[attr-defined]
        x0, y0 = player.x, player.y
        for frame in walk([((1.0, 0.0), 60)]):
            stack.update(frame)
        assert (player.x, player.y) != (x0, y0)
        grid, ts = play.level.grid, play.level.tile_size  # type: ignore[attr-defined]
        from game.world.movement import box_blocked

        for frame in walk([((0.0, -1.0), 400), ((-1.0, 0.0), 400), ((0.7, 0.7), 400)], run_every=30):
            stack.update(frame)
            assert not box_blocked(grid, ts, player.x, player.y, False)
    finally:
        profile.discard()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["headless", "--ticks", "zero"], "invalid int value"),
        (["headless", "--map", "nowhere.tmx"], "nowhere.tmx: no such map file"),
        (["headless", "--scene", "moon"], "no map plays the scene 'moon'"),
        (["headless", "--lang", "xx"], "unknown language 'xx'"),
        (["headless", "--replay", "missing.replay"], "cannot read the replay"),
        (["headless", "--curious"], "--curious is a way for the bot to play; add --bot"),
        (["dance"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_exit_code_2(tmp_path: Path, args: list[str], needle: str) -> None:
    done = run_game(args, tmp_path)
    assert done.returncode == 2
    assert needle in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_play_without_a_display_suggests_headless(tmp_path: Path) -> None:
    done = run_game(["play"], tmp_path, SDL_VIDEODRIVER="", DISPLAY="", WAYLAND_DISPLAY="")
    assert done.returncode == 2
    assert "refuge headless" in done.stderr
    assert "Traceback" not in done.stderr


def test_unreadable_map_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text("<map><layer")
    done = run_game(["headless", "--map", str(bad)], tmp_path)
    assert done.returncode == 2
    assert str(bad) in done.stderr
    assert "Traceback" not in done.stderr
