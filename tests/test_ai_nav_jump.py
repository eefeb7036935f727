"""Jump point search (uncapped queries): optimal, legal, regions, and the jump tables themselves."""

from __future__ import annotations

import math
import random

import pytest

from game.ai.jump import STEPS, JumpGrid
from game.ai.nav import DIRECTIONS, INF, FlowField, NavGrid
from tests.support.plan import level_from_plan, random_plan


def assert_optimal(nav: NavGrid, rng: random.Random, queries: int) -> None:
    """Uncapped queries between random open tiles against a Dijkstra map from the goal."""
    field = FlowField(nav)
    opens = [i for i in range(nav.size) if nav.passable[i]]
    for _ in range(queries):
        a, b = rng.choice(opens), rng.choice(opens)
        field.recompute(b)
        path = nav.find_path(a, b)
        if field.dist[a] == INF:
            assert path == []
            continue
        assert path[0] == a and path[-1] == b and nav.is_walk(path)
        assert math.isclose(nav.path_cost(path), field.dist[a], rel_tol=1e-9, abs_tol=1e-9)


def test_directions_agree_with_the_grid() -> None:
    assert STEPS == DIRECTIONS


@pytest.mark.parametrize("walls", [0.0, 0.05, 0.15, 0.25, 0.35, 0.45])
def test_uncapped_paths_are_shortest_and_legal_at_any_wall_density(walls: float) -> None:
    rng = random.Random(int(walls * 100))
    for _ in range(12):
        w, h = rng.randint(1, 36), rng.randint(1, 36)
        nav = NavGrid(w, h, bytes(0 if rng.random() < walls else 1 for _ in range(w * h)))
        if any(nav.passable):
            assert_optimal(nav, rng, 20)


def test_uncapped_paths_on_a_large_map_of_wall_segments_and_open_ground() -> None:
    level = level_from_plan(random_plan(5, 90, 60))
    rng = random.Random(5)
    assert_optimal(NavGrid.walking(level.grid), rng, 40)
    assert_optimal(NavGrid.flying(level.grid), rng, 40)


def test_goal_reached_where_a_diagonal_crosses_its_row() -> None:
    # Open room: from (0, 0) to (7, 2) the diagonal meets the goal's row at (2, 2), then runs straight.
    nav = NavGrid(8, 4, bytes([1] * 32))
    path = nav.find_path(nav.index(0, 0), nav.index(7, 2))
    assert len(path) == 8 and math.isclose(nav.path_cost(path), 5 + 2 * math.sqrt(2))
    assert path[:3] == [nav.index(0, 0), nav.index(1, 1), nav.index(2, 2)]


def test_unreachable_goals_answer_at_once_and_partial_still_gets_nearest() -> None:
    #  ..#..
    #  ..#..   two regions; the wall column separates them
    nav = NavGrid(5, 2, bytes([1, 1, 0, 1, 1] * 2))
    jump = nav.jump_grid()
    assert jump.connected(0, 6) and not jump.connected(0, 4)
    assert nav.find_path(0, 4) == []
    assert nav.find_path(0, 4, partial=True) == [0, 1]
    assert nav.find_path(0, 2) == []  # a wall goal


def test_regions_do_not_join_through_a_corner_squeeze() -> None:
    #  .#
    #  #.   touching only diagonally: two regions, because the diagonal step would cut both corners
    jump = JumpGrid(2, 2, bytes([1, 0, 0, 1]))
    assert not jump.connected(0, 3)
    assert jump.find_path(0, 3) == []


def test_jump_tables_stop_at_forced_neighbours_and_walls() -> None:
    #  ..#...
    #  ......   moving east along the bottom row, (3, 1) has a forced neighbour: (3, 0) is open while the
    #           tile behind it, (2, 0), is a wall
    jump = JumpGrid(6, 2, bytes([1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]))
    s = jump.stride
    east = jump._jump[1]
    row1 = [east[2 * s + 1 + x] for x in range(6)]
    assert row1 == [3, 2, 1, -2, -1, 0]
    north = jump._jump[0]
    assert north[2 * s + 1 + 2] == 0 and north[2 * s + 1 + 3] == -1


def test_capped_queries_keep_counting_single_steps() -> None:
    nav = NavGrid(60, 60, bytes([1] * 3600))
    assert nav.find_path(0, 3599) and len(nav.find_path(0, 3599)) == 60
    assert nav.find_path(0, 3599, max_expand=30) == []
    cut = nav.find_path(0, 3599, max_expand=30, partial=True)
    assert cut and cut[0] == 0 and cut[-1] != 3599 and nav.is_walk(cut)
