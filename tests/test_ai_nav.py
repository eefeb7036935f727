"""Navigation: A* and jump point search optimality and rules, flow fields, line checks, the plan helper."""

from __future__ import annotations

import math
import random

import pytest

from game.ai.nav import INF, FlowField, NavGrid
from game.world.level import TileFlag
from tests.support.plan import level_from_plan, random_plan


def random_grid(seed: int, w: int, h: int, walls: float) -> NavGrid:
    rng = random.Random(seed)
    return NavGrid(w, h, bytes(0 if rng.random() < walls else 1 for _ in range(w * h)))


def test_is_walk_holds_the_movement_rules() -> None:
    """``NavGrid.is_walk`` is the one legality check (the game's, the benchmarks' and these tests')."""
    nav = NavGrid(4, 3, bytes([1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1]))  # (1, 1) is a wall

    def walk(*tiles: tuple[int, int]) -> list[int]:
        return [y * 4 + x for x, y in tiles]

    assert nav.is_walk(walk((0, 0), (1, 0), (2, 0), (3, 0), (3, 1), (2, 2)))  # straight, then a free diagonal
    assert nav.is_walk(walk((2, 1)))  # a single tile
    assert not nav.is_walk(walk((0, 0), (0, 0)))  # standing still is no step
    assert not nav.is_walk(walk((0, 0), (2, 0)))  # two tiles at once
    assert not nav.is_walk(walk((0, 0), (1, 1)))  # onto a wall
    assert not nav.is_walk(walk((0, 1), (1, 0)))  # a diagonal past the wall's corner
    assert not nav.is_walk(walk((2, 0), (1, 1)))
    assert not nav.is_walk([3, 4])  # (3, 0) to (0, 1): next in memory, not a neighbour (the row wraps)
    assert not nav.is_walk([7, 8])


@pytest.mark.parametrize("seed", range(6))
def test_astar_matches_dijkstra_and_obeys_the_rules(seed: int) -> None:
    nav = random_grid(seed, 30, 22, 0.28)
    field = FlowField(nav)
    rng = random.Random(seed)
    opens = [i for i in range(nav.size) if nav.passable[i]]
    for _ in range(25):
        a, b = rng.choice(opens), rng.choice(opens)
        field.recompute(b)
        path = nav.find_path(a, b)
        if field.dist[a] == INF:
            assert path == []
            continue
        assert path[0] == a and path[-1] == b
        assert nav.is_walk(path)
        assert math.isclose(nav.path_cost(path), field.dist[a], rel_tol=1e-9)
        # A cap it cannot reach makes the query run A* (the search capped and partial queries use) to the end.
        astar = nav.find_path(a, b, max_expand=nav.size)
        assert astar[0] == a and astar[-1] == b and nav.is_walk(astar)
        assert math.isclose(nav.path_cost(astar), field.dist[a], rel_tol=1e-9)
        assert math.isclose(nav.distance_within(a, b, field.dist[a] + 0.01), field.dist[a], rel_tol=1e-9)
        assert nav.distance_within(a, b, field.dist[a] - 0.01) == INF


def test_no_corner_cutting_between_two_walls() -> None:
    #  .#
    #  #.   the diagonal squeeze between the walls is not a move
    nav = NavGrid(2, 2, bytes([1, 0, 0, 1]))
    assert nav.find_path(0, 3) == []
    nav = NavGrid(2, 2, bytes([1, 1, 0, 1]))
    assert nav.find_path(0, 3) == [0, 1, 3]


def test_partial_and_capped_searches() -> None:
    nav = NavGrid(10, 1, bytes([1] * 6 + [0] + [1] * 3))
    assert nav.find_path(0, 9) == []
    assert nav.find_path(0, 9, partial=True) == [0, 1, 2, 3, 4, 5]
    long = NavGrid(60, 60, bytes([1] * 3600))
    assert long.find_path(0, 3599, max_expand=5) == []
    cut = long.find_path(0, 3599, max_expand=5, partial=True)
    assert cut and cut[0] == 0 and cut[-1] != 3599


def test_flow_field_recomputes_only_when_the_target_changes_and_descends() -> None:
    level = level_from_plan(
        """
        ##########
        #........#
        #.######.#
        #......#.#
        ##########
        """
    )
    nav = NavGrid.walking(level.grid)
    field = FlowField(nav, max_cost=30)
    target = nav.index(1, 3)
    assert field.update(target) and not field.update(target)
    assert field.recomputes == 1
    here = nav.index(6, 3)  # five steps along the bottom corridor
    steps = 0
    while here != target:
        nxt = field.next_tile(here)
        assert nxt >= 0 and field.dist[nxt] < field.dist[here]
        here = nxt
        steps += 1
    assert steps == 5
    far = nav.index(8, 3)  # round the inner wall: up, across, down
    assert field.cost_at(far) > 10
    small = FlowField(nav, max_cost=3)
    small.update(target)
    assert small.cost_at(far) == INF and small.next_tile(far) == -1


def test_multi_source_field_measures_the_nearest_source() -> None:
    nav = NavGrid(7, 1, bytes([1] * 7))
    field = FlowField(nav)
    field.recompute_many([0, 6])
    assert field.dist == [0.0, 1.0, 2.0, 3.0, 2.0, 1.0, 0.0]


def test_segment_clear_crosses_every_tile_and_refuses_corner_squeezes() -> None:
    nav = NavGrid(3, 3, bytes([1, 1, 1, 1, 0, 1, 1, 1, 1]))
    assert nav.segment_clear(8, 8, 40, 8, 16)  # along the top row
    assert not nav.segment_clear(8, 8, 40, 40, 16)  # through the middle wall
    assert not nav.segment_clear(8, 24, 40, 26, 16)
    corner = NavGrid(2, 2, bytes([1, 0, 0, 1]))
    assert not corner.segment_clear(8, 8, 24, 24, 16)  # exactly through the corner between two walls


def test_walking_and_flying_grids_read_the_flags() -> None:
    level = level_from_plan(
        """
        #TA.D
        """
    )
    walk, dream, air = (
        NavGrid.walking(level.grid),
        NavGrid.walking(level.grid, dream=True),
        NavGrid.flying(level.grid),
    )
    assert list(walk.passable) == [0, 0, 1, 1, 0]
    assert list(dream.passable) == [0, 0, 1, 1, 1]
    assert list(air.passable) == [1, 0, 0, 1, 1]


def test_plan_objects_and_errors() -> None:
    level = level_from_plan(
        """
        #P.p.C#
        #1.H.2#
        #..h.3#
        """
    )
    assert level.spawn("player") is not None and level.spawn("cube") is not None
    patrol = level.objects_of("Patrol")[0]
    assert len(patrol.points) == 3
    spots = level.objects_of("HideSpot")
    assert len(spots) == 2
    assert level.grid.flags(3, 2) & TileFlag.ROOF and not level.grid.flags(3, 1) & TileFlag.ROOF
    with pytest.raises(ValueError, match="unknown plan character"):
        level_from_plan("#?#")


def test_random_plan_is_seeded_and_walled() -> None:
    a, b = random_plan(3, 60, 40), random_plan(3, 60, 40)
    assert a == b and a != random_plan(4, 60, 40)
    rows = a.splitlines()
    assert len(rows) == 40 and all(len(r) == 60 for r in rows)
    assert set(rows[0]) == {"#"}
    level = level_from_plan(a)
    assert level.objects_of("Patrol")
