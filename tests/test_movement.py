"""Walking with collision: sliding along walls, never tunnelling at any speed."""

from __future__ import annotations

import pytest

from game.world.actors import Actor, MoveIntent
from game.world.movement import RUN_SPEED, WALK_SPEED, box_blocked, move_actor
from tests.support.plan import level_from_plan

ROOM = """
##########
#........#
#........#
#...##...#
#........#
##########
"""


def test_walk_and_run_speeds() -> None:
    level = level_from_plan(ROOM, cube=False)
    a = Actor("dal", 40.0, 40.0)
    assert move_actor(a, MoveIntent(1, 0), WALK_SPEED, level.grid, 16) == pytest.approx(WALK_SPEED)
    assert move_actor(a, MoveIntent(1, 0, run=True), RUN_SPEED, level.grid, 16) == pytest.approx(RUN_SPEED)
    assert a.running


@pytest.mark.parametrize("speed", [RUN_SPEED, 8.0, 15.9, 40.0])
def test_no_tunnelling_through_a_wall_at_any_speed(speed: float) -> None:
    level = level_from_plan(ROOM, cube=False)
    a = Actor("dal", 40.0, 3 * 16 + 8)  # left of the pillar at tiles 4..5, row 3
    for _ in range(200):
        move_actor(a, MoveIntent(1, 0), speed, level.grid, 16)
        assert not box_blocked(level.grid, 16, a.x, a.y, False)
    assert a.x < 4 * 16  # stopped at the pillar's face


def test_sliding_along_a_wall_keeps_the_free_axis() -> None:
    level = level_from_plan(ROOM, cube=False)
    a = Actor("dal", 40.0, 20.0)  # near the top wall
    for _ in range(30):
        move_actor(a, MoveIntent(0.7, -0.7), WALK_SPEED, level.grid, 16)
    assert a.x > 50.0  # slid right
    assert a.y >= 16 + 3  # but never into the wall


def test_standing_still_is_not_moving() -> None:
    level = level_from_plan(ROOM, cube=False)
    a = Actor("dal", 40.0, 40.0)
    move_actor(a, MoveIntent(), WALK_SPEED, level.grid, 16)
    assert not a.moving and a.prev_x == a.x
