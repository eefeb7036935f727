"""Scenario tests of the Cube's behaviour on tiny fixture maps, seeded and deterministic."""

from __future__ import annotations

import math
import random
from dataclasses import replace

from game.ai.cube import CubeState
from game.ai.events import AIEvent, AIEventKind
from game.ai.params import NORMAL, AIParams
from game.ai.system import AISystem
from game.world.actors import STILL, Actor, MoveIntent
from game.world.level import Level
from game.world.movement import RUN_SPEED, WALK_SPEED, move_actor
from game.world.noise import Noise
from tests.support.plan import level_from_plan

# A roofed closet far from everything, where an actor is out of the story of a test.
CLOSET = "WWWW\nWRRW\nWWWW"


def world(plan: str, params: AIParams = NORMAL, seed: int = 1) -> tuple[Level, AISystem]:
    level = level_from_plan(plan)
    return level, AISystem(level, random.Random(seed), params=params)


def tile(level: Level, tx: int, ty: int) -> tuple[float, float]:
    return (tx * level.tile_size + 8.0, ty * level.tile_size + 8.0)


def put_cube(ai: AISystem, x: float, y: float) -> None:
    assert ai.cube is not None
    ai.cube.body.x, ai.cube.body.y = x, y


def kinds(events: list[AIEvent]) -> list[AIEventKind]:
    return [e.kind for e in events]


def go(actor: Actor, level: Level, tx: float, ty: float, run: bool) -> None:
    """Move an actor one tick straight at a point (tests script the pair; the world would do this)."""
    dx, dy = tx - actor.x, ty - actor.y
    d = math.hypot(dx, dy)
    intent = STILL if d < 1.0 else MoveIntent(dx / d, dy / d, run)
    move_actor(actor, intent, RUN_SPEED if run else WALK_SPEED, level.grid, level.tile_size)


ROUTE = """
##################
#1..............2#
#................#
#................#
#................#
#4..............3#
#................#
#..........WWWW..#
#..........WRRW..#
#..........WWWW..#
##################
"""


def test_the_cube_walks_its_patrol_route_in_order() -> None:
    level, ai = world(ROUTE, replace(NORMAL, waves=(10**6,)))
    hidden = Actor("player", *tile(level, 13, 8))
    partner = Actor("partner", *tile(level, 13, 8))
    vertices = level.objects_of("Patrol")[0].points
    visits: list[int] = []
    for tick in range(3000):
        ai.step(tick, hidden, partner, (), False, False)
        assert ai.cube is not None
        for k, (vx, vy) in enumerate(vertices):
            if math.hypot(ai.cube.body.x - vx, ai.cube.body.y - vy) < 9.0 and (not visits or visits[-1] != k):
                visits.append(k)
    assert len(visits) >= 6
    start = visits[0]
    assert visits[:6] == [(start + i) % 4 for i in range(6)]
    assert ai.cube_state is CubeState.PATROL


def test_a_wave_change_turns_the_cube_back_on_its_route() -> None:
    level, ai = world(ROUTE, replace(NORMAL, waves=(400, 10**6)))
    hidden = Actor("player", *tile(level, 13, 8))
    partner = Actor("partner", *tile(level, 13, 8))
    assert ai.cube is not None
    step_before = ai.cube.route.step
    tick = 0
    while True:
        events = ai.step(tick, hidden, partner, (), False, False)
        tick += 1
        if AIEventKind.WAVE in kinds(events):
            break
    assert tick == 400
    assert ai.cube.route.step == -step_before
    assert ai.cube.waves.mode.value == "sweep"


def test_the_patrol_speed_property_scales_the_flight() -> None:
    def lap_ticks(speed: float) -> int:
        level = level_from_plan(ROUTE, patrol_speed=speed)
        ai = AISystem(level, random.Random(1), params=replace(NORMAL, waves=(10**6,)))
        hidden = Actor("player", *tile(level, 13, 8))
        assert ai.cube is not None
        seen = set()
        for tick in range(6000):
            ai.step(tick, hidden, hidden, (), False, False)
            seen.add(ai.cube.route.index)
            if len(seen) == 4 and ai.cube.route.index == 0:
                return tick
        return 6000

    assert lap_ticks(2.0) < 0.7 * lap_ticks(1.0)


CORRIDOR = """
##############################
#............................#
#............................#
#.##########################.#
#............................#
#............................#
##############################
"""


def test_a_run_is_heard_by_walking_distance_but_not_through_a_long_wall() -> None:
    params = replace(NORMAL, waves=(10**6,), grace_ticks=0)
    level, ai = world(CORRIDOR, params)
    far = Actor("player", *tile(level, 28, 5))
    far2 = Actor("partner", *tile(level, 28, 5))
    cube_at = tile(level, 14, 1)
    # Three tiles away in a straight line, but thirty on foot round the long wall: not heard.
    put_cube(ai, *cube_at)
    behind = tile(level, 14, 4)
    events = ai.step(0, far, far2, [Noise(behind[0], behind[1], radius=8 * 16)], False, False)
    assert AIEventKind.HEARD not in kinds(events)
    assert ai.cube_state is CubeState.PATROL
    # Five tiles along the open corridor: heard, and the Cube turns to investigate.
    level, ai = world(CORRIDOR, params)
    put_cube(ai, *cube_at)
    along = tile(level, 19, 1)
    events = ai.step(0, far, far2, [Noise(along[0], along[1], radius=8 * 16)], False, False)
    assert AIEventKind.HEARD in kinds(events)
    assert ai.cube_state is CubeState.SUSPICIOUS
    assert ai.cube is not None and ai.cube.investigate == along


OPEN = """
########################
#......................#
#......................#
#......................#
#..........P...........#
#......................#
#......................#
#.................::...#
#.................::...#
#......................#
########################
"""


def test_lock_on_comes_only_after_the_wind_up() -> None:
    params = replace(NORMAL, grace_ticks=0, waves=(10**6,))
    level, ai = world(OPEN, params)
    player = Actor("player", *tile(level, 11, 4))
    partner = Actor("partner", *tile(level, 12, 4))
    put_cube(ai, player.x + 20, player.y)
    timeline: list[tuple[int, AIEvent]] = []
    for tick in range(400):
        for e in ai.step(tick, player, partner, (), False, False):
            timeline.append((tick, e))
        if ai.cube_state is CubeState.CAPTURE:
            break
    lock = next(t for t, e in timeline if e.kind is AIEventKind.LOCK_ON)
    locked = next(t for t, e in timeline if e.kind is AIEventKind.LOCKED)
    assert locked - lock == params.wind_up_ticks
    capture = next(t for t, e in timeline if e.kind is AIEventKind.CAPTURE_STARTED)
    assert capture >= locked
    states = [e.detail for _, e in timeline if e.kind is AIEventKind.STATE]
    assert states[:3] == ["patrol>suspicious", "suspicious>lock_on", "lock_on>chase"]


def test_a_target_gone_during_the_wind_up_is_searched_for_not_chased() -> None:
    params = replace(NORMAL, grace_ticks=0, waves=(10**6,))
    level, ai = world(OPEN, params)
    player = Actor("player", *tile(level, 11, 4))
    partner = Actor("partner", *tile(level, 1, 9))
    partner.hidden = True
    put_cube(ai, player.x + 20, player.y)
    events: list[AIEvent] = []
    tick = 0
    while ai.cube_state is not CubeState.LOCK_ON:
        events += ai.step(tick, player, partner, (), False, False)
        tick += 1
    player.place(*tile(level, 2, 1))  # out of the light at once, as far as the Cube's senses go
    for _ in range(params.wind_up_ticks + 2):
        events += ai.step(tick, player, partner, (), False, False)
        tick += 1
    assert AIEventKind.LOCKED not in kinds(events)
    assert AIEventKind.LOST in kinds(events)
    assert ai.cube_state is CubeState.SEARCH


def test_losing_a_target_into_cover_leads_to_its_last_known_place_then_a_search() -> None:
    plan = """
    ##############################
    #............................#
    #............................#
    #.....P...........#..........#
    #.................#.::::.....#
    #.................#.::::.....#
    #.................#..........#
    #............................#
    ##############################
    """
    params = replace(NORMAL, grace_ticks=0, waves=(10**6,))
    level, ai = world(plan, params)
    player = Actor("player", *tile(level, 15, 4))
    partner = Actor("partner", *tile(level, 2, 7))
    partner.hidden = True
    put_cube(ai, player.x - 24, player.y)
    way = [tile(level, 16, 7), tile(level, 19, 7), tile(level, 22, 5)]  # round the wall into the brush
    cover = way[-1]
    events: list[tuple[int, AIEvent]] = []
    lost_at = None
    for tick in range(2400):
        chased = ai.cube_state in (CubeState.LOCK_ON, CubeState.CHASE) or lost_at is not None
        if chased:
            if len(way) > 1 and math.hypot(player.x - way[0][0], player.y - way[0][1]) < 4:
                way.pop(0)
            near = math.hypot(player.x - cover[0], player.y - cover[1]) < 12
            go(player, level, way[0][0], way[0][1], run=not near)
        player.hidden = level.grid.flags(*level.tile_at(player.x, player.y)) & 16 != 0 and not player.running
        for e in ai.step(tick, player, partner, (), False, False):
            events.append((tick, e))
            if e.kind is AIEventKind.LOST:
                lost_at = (e.x, e.y)
        if lost_at and ai.cube_state is CubeState.SEARCH and ai.cube is not None and ai.cube.search_built:
            break
    assert lost_at is not None, "the chase never lost the runner"
    assert math.hypot(lost_at[0] - cover[0], lost_at[1] - cover[1]) > 16, "the Cube knew more than it saw"
    assert ai.cube is not None and ai.last_known is not None
    lkx, lky = ai.last_known
    assert math.hypot(ai.cube.body.x - lkx, ai.cube.body.y - lky) <= 16.0, (
        "it went to the last known place first"
    )
    assert ai.cube.search
    first = ai.cube.search[0]
    assert level.grid.flags(*level.tile_at(*first)) & 16, "cover is searched first"
    caught = [e for _, e in events if e.kind is AIEventKind.CAUGHT]
    assert not caught


def test_a_hidden_actor_the_cube_never_saw_is_never_caught() -> None:
    plan = """
    ####################
    #1................2#
    #........::........#
    #........::........#
    #4................3#
    ####################
    """
    level = level_from_plan(plan)
    # A route straight over the brush, back and forth, for three minutes.
    ai = AISystem(level, random.Random(5), params=replace(NORMAL, waves=(10**6,)))
    player = Actor("player", *tile(level, 9, 2))
    partner = Actor("partner", *tile(level, 10, 3))
    player.hidden = partner.hidden = True
    assert ai.cube is not None
    ai.cube.route.points[:] = [tile(level, 1, 2), tile(level, 18, 3)]
    ai.cube.route.closed = False
    lit = 0
    for tick in range(180 * 60):
        events = ai.step(tick, player, partner, (), False, False)
        assert AIEventKind.CAUGHT not in kinds(events)
        lit += ai.senses[0].in_light
    assert lit > 200, "the light passed over the hidden pair"
    assert ai.awareness("player") == 0.0 and ai.awareness("partner") == 0.0


def test_the_capture_channel_breaks_when_the_target_leaves_the_light() -> None:
    params = replace(NORMAL, grace_ticks=0, waves=(10**6,))
    level, ai = world(OPEN, params)
    player = Actor("player", *tile(level, 11, 4))
    partner = Actor("partner", *tile(level, 1, 9))
    partner.hidden = True
    put_cube(ai, player.x + 10, player.y)
    events: list[AIEvent] = []
    tick = 0
    while ai.cube_state is not CubeState.CAPTURE and tick < 600:
        events += ai.step(tick, player, partner, (), False, False)
        tick += 1
    assert ai.cube_state is CubeState.CAPTURE
    for _ in range(90):
        go(player, level, player.x - 100, player.y, run=True)
        events += ai.step(tick, player, partner, (), False, False)
        tick += 1
    assert AIEventKind.CAPTURE_BROKEN in kinds(events)
    assert AIEventKind.CAUGHT not in kinds(events)


def test_standing_still_in_the_light_is_caught_and_brings_no_relief() -> None:
    params = replace(NORMAL, grace_ticks=0, waves=(10**6,))
    level, ai = world(OPEN, params)
    player = Actor("player", *tile(level, 11, 4))
    partner = Actor("partner", *tile(level, 12, 4))
    put_cube(ai, player.x + 30, player.y)
    seen: list[AIEventKind] = []
    for tick in range(1200):
        seen += kinds(ai.step(tick, player, partner, (), False, False))
        if AIEventKind.CAUGHT in seen:
            break
    assert AIEventKind.CAUGHT in seen
    assert AIEventKind.RETREAT not in seen[: seen.index(AIEventKind.CAUGHT)]
    assert tick < 60 * 6
