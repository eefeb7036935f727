"""The forest's first minutes teach instead of punishing (issue 12): a player who does exactly what each
objective says survives the first light and reaches the first checkpoint uncaught.

The proof is a recording of that obedient play (``tests/golden/obedient_forest.replay``, made by
``python tests/golden/update.py --rerecord obedient_forest`` with the player in ``tests/golden/obedient.py``),
replayed here frame by frame while the level is watched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.app import HeadlessOptions, run_headless
from game.input.frame import InputFrame
from game.input.replay import Replay
from game.scene import SceneStack
from game.sim.level_sim import LevelSim
from tests.golden.obedient import Obedient, objective_line
from tests.golden.update import CASES, HERE

CASE = next(c for c in CASES if c.name == "obedient_forest")


@dataclass
class Watch:
    """Hands out the recorded frames and notes, each tick, the checkpoint, the captures and the objective."""

    stack: SceneStack
    replay: Replay
    first_checkpoint: tuple[int, str, int] | None = None
    """(tick, checkpoint name, captures so far) when a checkpoint was first set."""
    objectives: list[str] = field(default_factory=list)
    caught: int = 0

    def next_frame(self) -> InputFrame:
        sim = getattr(self.stack.top, "sim", None)
        if isinstance(sim, LevelSim):
            self.caught = sim.session.caught
            if self.first_checkpoint is None and sim.checkpoint_name is not None:
                self.first_checkpoint = (sim.tick, sim.checkpoint_name, sim.session.caught)
            shown = objective_line(sim)
            if shown is not None and (not self.objectives or self.objectives[-1] != shown[0]):
                self.objectives.append(shown[0])
        return self.replay.next_frame()


def replay_watched() -> Watch:
    replay = Replay.load(HERE / f"{CASE.name}.replay")
    watch: list[Watch] = []

    def source(_ctx: object, stack: SceneStack) -> Watch:
        watch.append(Watch(stack, replay))
        return watch[0]

    run_headless(CASE.options(), HeadlessOptions(ticks=CASE.ticks, replay=replay, source=source))
    return watch[0]


def test_obeying_every_objective_reaches_the_first_checkpoint_uncaught() -> None:
    watch = replay_watched()
    assert watch.first_checkpoint is not None, (
        f"the obedient play never reached a checkpoint in {CASE.ticks} ticks (objectives: {watch.objectives})"
    )
    tick, name, caught = watch.first_checkpoint
    assert caught == 0, f"caught {caught} times before the first checkpoint {name!r} (tick {tick})"
    # The lesson came before the test: the log's objective was shown before the first brush's.
    assert watch.objectives[:2] == ["forest.obj.run", "forest.obj.log"], watch.objectives
    assert "forest.obj.hide_brush" in watch.objectives


def test_the_recording_is_what_the_obedient_player_does_now() -> None:
    """The recorded frames are still the obedient player's: replaying it and playing it agree (the recording
    is not a stale path that happens to work)."""
    replay = Replay.load(HERE / f"{CASE.name}.replay")
    live: list[Obedient] = []

    def source(_ctx: object, stack: SceneStack) -> Obedient:
        live.append(Obedient(stack))
        return live[0]

    played = run_headless(CASE.options(), HeadlessOptions(ticks=CASE.ticks, source=source))
    again = run_headless(CASE.options(), HeadlessOptions(ticks=CASE.ticks, replay=replay))
    assert played.state_hash == again.state_hash
    assert played.caught == 0


def test_a_player_a_second_slow_to_react_is_not_caught_either() -> None:
    """Obeying late: a player who keeps running for the trees for a second after the light is called (and
    keeps doing each last thing for a second after every change) still reaches the first checkpoint uncaught."""
    live: list[Obedient] = []

    def source(_ctx: object, stack: SceneStack) -> Obedient:
        live.append(Obedient(stack, reaction=60))
        return live[0]

    played = run_headless(CASE.options(), HeadlessOptions(ticks=CASE.ticks + 300, source=source))
    ids = [line_id for _, line_id in live[0].log]
    assert played.caught == 0, ids
    assert "forest.obj.stream" in ids, f"it never got past the first brush: {ids}"


def test_the_log_takes_the_pair_in_from_the_side_they_come_back_to() -> None:
    """Running for the trees they are north of the fallen log when told to hide under it: the spot must take
    them from there (the log itself is solid), not only from its far side."""
    from game.ai.hiding import hide_spot_at
    from game.content.tiled import load_level
    from game.world.level import TileFlag
    from tests.helpers import ROOT

    level = load_level(ROOT / "levels" / "forest.tmx")
    log = level.object_named("hide_log")
    assert log is not None
    ts = level.tile_size
    cx = int((log.x + log.width / 2) // ts)
    grid, w = level.grid.reality, level.width
    span = range(int(log.y // ts) - 2, min(level.height, int((log.y + log.height) // ts) + 2))
    rows = [y for y in span if grid[y * w + cx] & TileFlag.SOLID]
    assert rows, "the log is drawn (solid) where the spot is"
    north_row = min(rows) - 1  # the first tile row north of the log
    assert not grid[north_row * w + cx] & TileFlag.SOLID, "one can stand north of the log"
    spot = hide_spot_at(level, (cx + 0.5) * ts, (north_row + 0.5) * ts, reach=4.0)
    assert spot is not None and spot.name == "hide_log"
