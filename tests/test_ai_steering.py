"""Flight: turn-rate limit, arrival, air-blocking tiles, no teleporting."""

from __future__ import annotations

import math
import random

from game.ai.nav import NavGrid
from game.ai.params import NORMAL
from game.ai.steering import Body, arrive, fly, pursuit_point, seek, steer
from tests.support.plan import level_from_plan, random_plan
from tests.support.sandbox import Sandbox
from tests.support.scripts import Wanderer


def test_the_heading_turns_no_faster_than_the_turn_rate() -> None:
    rng = random.Random(1)
    body = Body(0.0, 0.0, heading=0.0, speed=1.2)
    for _ in range(500):
        before = body.heading
        angle = rng.uniform(-math.pi, math.pi)
        steer(body, math.cos(angle) * 1.4, math.sin(angle) * 1.4, NORMAL.accel, NORMAL.turn_rate)
        turned = abs((body.heading - before + math.pi) % (2 * math.pi) - math.pi)
        assert turned <= NORMAL.turn_rate + 1e-9 or body.speed < 0.2 + NORMAL.accel
        assert body.speed <= 1.4 + 1e-9


def test_arrival_stops_on_the_point_and_pursuit_leads_a_bounded_way() -> None:
    body = Body(0.0, 0.0)
    air = NavGrid(20, 20, bytes([1] * 400))
    for _ in range(600):
        dvx, dvy = arrive(body, 100.0, 60.0, 1.2, 24.0)
        steer(body, dvx, dvy, NORMAL.accel, NORMAL.turn_rate)
        fly(body, air, 16)
    assert math.hypot(body.x - 100.0, body.y - 60.0) < 2.0 and body.speed < 0.1
    assert seek(body, body.x, body.y, 1.0) == (0.0, 0.0)
    far = pursuit_point(Body(0.0, 0.0), 1000.0, 0.0, 0.0, 2.0, speed=1.0, max_lead=30)
    assert far == (1000.0, 60.0)


def test_flight_never_enters_air_blocking_tiles() -> None:
    level = level_from_plan(
        """
        ##########
        #........#
        #..TTTT..#
        #..TTTT..#
        #........#
        ##########
        """
    )
    air = NavGrid.flying(level.grid)
    body = Body(24.0, 56.0)
    for _ in range(400):
        dvx, dvy = seek(body, 140.0, 40.0, 1.6)
        steer(body, dvx, dvy, NORMAL.accel, NORMAL.turn_rate)
        fly(body, air, 16)
        assert air.open_at(int(body.x // 16), int(body.y // 16))


def test_the_cube_never_teleports_and_never_flies_into_trees() -> None:
    level = level_from_plan(random_plan(11, 80, 60))
    sb = Sandbox(level, seed=11)
    bot = Wanderer(level, sb.ai, random.Random(12))
    cube = sb.ai.cube
    assert cube is not None
    top = max(NORMAL.chase_speed, NORMAL.retreat_speed, NORMAL.search_speed) * (1 + NORMAL.speed_band)
    air = NavGrid.flying(level.grid)
    for _ in range(6000):
        x, y = cube.body.x, cube.body.y
        sb.step(bot.intent(sb.player))
        assert math.hypot(cube.body.x - x, cube.body.y - y) <= top + 1e-6
        assert air.open_at(int(cube.body.x // 16), int(cube.body.y // 16))
