"""Escapability: the Cube is a real threat, and a pair that runs to cover can always get away.

Runs on the fixture maps in ``tests/fixtures/ai/`` and on every shipped map with a Cube (``levels/*.tmx``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.ai.cube import CubeState
from game.ai.nav import FlowField, NavGrid
from game.ai.params import Difficulty
from game.content.tiled import load_level
from game.world.actors import STILL
from game.world.level import Level, TileFlag
from tests.support.plan import level_from_plan
from tests.support.sandbox import Sandbox
from tests.support.scripts import Evader

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "ai").glob("*.txt"))
BOUND = 8
"""DESIGN.md §6: every walkable tile is at most 8 tiles of walking from cover or a hide spot (a roof counts
too, as ``refuge check`` has it: the sky cannot see under it)."""
TWO_MINUTES = 2 * 60 * 60


SHIPPED = sorted((ROOT / "levels").glob("*.tmx"))


def _maps() -> list[object]:
    params: list[object] = [pytest.param(("plan", p), id=p.stem) for p in FIXTURES]
    return params + [pytest.param(("tmx", p), id=f"levels/{p.name}") for p in SHIPPED]


def test_the_shipped_maps_are_among_the_maps_tested() -> None:
    assert len(SHIPPED) >= 4, f"levels/ holds {len(SHIPPED)} maps"
    assert FIXTURES, "tests/fixtures/ai holds no plans"


def load(spec: tuple[str, Path]) -> Level:
    kind, path = spec
    if kind == "plan":
        return level_from_plan(path.read_text(), path=str(path))
    return load_level(path)


def cover_tiles(level: Level) -> list[int]:
    w, ts = level.width, level.tile_size
    safe, solid = int(TileFlag.COVER | TileFlag.ROOF), int(TileFlag.SOLID)
    out = [i for i, c in enumerate(level.grid.reality) if c & safe and not c & solid]
    out += [int(o.center[1] // ts) * w + int(o.center[0] // ts) for o in level.objects_of("HideSpot")]
    return out


def open_ground_near(level: Level, x: float, y: float) -> tuple[float, float]:
    """A walkable tile under open sky, away from cover, near a point: where 'in the open' is."""
    walk = NavGrid.walking(level.grid)
    field = FlowField(walk, 20)
    ts = level.tile_size
    field.recompute(walk.nearest_open(int(x // ts), int(y // ts), 3))
    cells, w = level.grid.reality, level.width
    for i in field.touched:
        tx, ty = i % w, i // w
        around = [level.grid.flags(tx + dx, ty + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        if not cells[i] & (TileFlag.ROOF | TileFlag.COVER) and not any(f & TileFlag.COVER for f in around):
            return (tx * ts + ts / 2, ty * ts + ts / 2)
    raise AssertionError("no open ground near the spawn")


def out_of_sight(level: Level, sb: Sandbox) -> bool:
    """Both hidden (cover, a hide spot) or under a roof."""
    roof = int(TileFlag.ROOF)
    return all(a.hidden or level.grid.flags(*level.tile_at(a.x, a.y)) & roof for a in (sb.player, sb.partner))


def spawn(level: Level) -> tuple[float, float]:
    s = level.spawn("player")
    assert s is not None, "a map with a Cube has a player spawn"
    return (s.x, s.y)


@pytest.mark.parametrize("spec", [pytest.param(("plan", p), id=p.stem) for p in FIXTURES])
def test_fixture_maps_keep_the_escapability_bound(spec: tuple[str, Path]) -> None:
    level = load(spec)
    walk = NavGrid.walking(level.grid)
    field = FlowField(walk)
    field.recompute_many(cover_tiles(level))
    far = [i for i in range(walk.size) if walk.passable[i] and field.dist[i] > BOUND]
    assert not far, f"tiles beyond {BOUND} of cover: {[(i % level.width, i // level.width) for i in far[:5]]}"


@pytest.mark.parametrize("spec", _maps())
@pytest.mark.parametrize("difficulty", [Difficulty.NORMAL, Difficulty.ASSIST])
def test_an_evader_that_runs_to_cover_escapes(spec: tuple[str, Path], difficulty: Difficulty) -> None:
    """Normal and assist promise the escape; hard is allowed to punish a partner who lags into cover."""
    level = load(spec)
    if not level.has_cube:
        pytest.skip("no Cube on this map")
    seeds = range(10) if difficulty is Difficulty.NORMAL else range(4)
    chased = 0
    for seed in seeds:
        start = open_ground_near(level, *spawn(level))
        sb = Sandbox(level, seed=seed, difficulty=difficulty, player_at=start, partner_at=start)
        # The hardest honest evader: it stands in the open until the Cube locks on, then runs for cover.
        evader = Evader(level, sb.ai, alarm_only=True)
        hunted = False
        for _ in range(3 * 60 * 60):
            sb.step(evader.intent(sb.player), interact=evader.take_interact())
            hunted = hunted or sb.ai.cube_state in (CubeState.LOCK_ON, CubeState.CHASE, CubeState.CAPTURE)
            assert sb.caught == 0, f"seed {seed}: caught at tick {sb.tick} after running to cover"
        chased += hunted
        if hunted:
            assert out_of_sight(level, sb), f"seed {seed}: the pair did not end in cover"
    assert chased >= len(seeds) // 2, "the Cube rarely even came for them: the test proves little"


@pytest.mark.parametrize("spec", _maps())
def test_a_pair_standing_in_the_open_is_caught_within_two_minutes(spec: tuple[str, Path]) -> None:
    level = load(spec)
    if not level.has_cube:
        pytest.skip("no Cube on this map")
    seeds = range(10)
    caught_in_time = 0
    for seed in seeds:
        start = open_ground_near(level, *spawn(level))
        sb = Sandbox(level, seed=seed, player_at=start, partner_at=(start[0] + 10.0, start[1]))
        for _ in range(TWO_MINUTES):
            sb.step(STILL)
            if sb.caught:
                caught_in_time += 1
                break
    assert caught_in_time >= 0.8 * len(seeds), f"caught within two minutes for {caught_in_time}/{len(seeds)}"
