"""The searchlight, sight lines, roofs, cover and hearing."""

from __future__ import annotations

from game.ai.nav import NavGrid
from game.ai.params import NORMAL
from game.ai.perception import Perception, TargetSense, line_of_sight
from game.world.actors import Actor
from game.world.level import Level
from game.world.noise import Noise
from tests.support.plan import level_from_plan

PLAN = """
##################
#................#
#.....#..........#
#.....#....RRR...#
#.....#....RRR...#
#..........::....#
#................#
##################
"""


def setup() -> tuple[Level, Perception]:
    level = level_from_plan(PLAN)
    return level, Perception(level.grid, level.tile_size, NavGrid.walking(level.grid), NORMAL)


def at(tx: int, ty: int) -> tuple[float, float]:
    return (tx * 16 + 8.0, ty * 16 + 8.0)


def look(p: Perception, sense: TargetSense, actor: Actor, light: tuple[float, float], tick: int = 0) -> None:
    p.sense(tick, sense, actor, light=(light[0], light[1], NORMAL.light_radius), gain=1.0)


def test_sight_lines_stop_at_walls_and_start_past_the_light_tile() -> None:
    level, _ = setup()
    assert line_of_sight(level.grid, 16, *at(3, 3), x1=at(9, 3)[0], y1=at(9, 3)[1]) is False
    assert line_of_sight(level.grid, 16, *at(3, 1), x1=at(9, 1)[0], y1=at(9, 1)[1]) is True
    assert line_of_sight(level.grid, 16, *at(6, 3), x1=at(6, 3)[0], y1=at(6, 3)[1]) is True


def test_exposure_is_full_in_the_core_weaker_at_the_rim_and_for_the_still() -> None:
    _, p = setup()
    runner = Actor("player", *at(9, 1))
    runner.moving = runner.running = True
    sense = TargetSense("player")
    look(p, sense, runner, (runner.x + 5, runner.y))
    assert sense.exposure == 1.0 and sense.visible
    look(p, sense, runner, (runner.x + NORMAL.light_radius - 1, runner.y), tick=1)
    assert 0.3 < sense.exposure < 0.45
    still = Actor("player", *at(9, 1))
    sense = TargetSense("player")
    look(p, sense, still, (still.x + 5, still.y))
    assert sense.exposure == NORMAL.still_factor
    look(p, sense, still, (still.x + NORMAL.light_radius + 1, still.y), tick=1)
    assert sense.exposure == 0.0 and not sense.in_light


def test_awareness_rises_while_exposed_and_decays_after() -> None:
    _, p = setup()
    actor = Actor("player", *at(9, 1))
    actor.moving = actor.running = True
    sense = TargetSense("player")
    for tick in range(20):
        look(p, sense, actor, (actor.x, actor.y), tick)
    assert abs(sense.awareness - 20 * NORMAL.awareness_gain) < 1e-9
    before = sense.awareness
    for tick in range(20, 40):
        look(p, sense, actor, (actor.x + 200, actor.y), tick)
    assert abs(sense.awareness - (before - 20 * NORMAL.awareness_decay)) < 1e-9


def test_walls_roofs_and_cover_hide_and_partial_cover_dims() -> None:
    _, p = setup()
    behind_wall = Actor("player", *at(7, 3))
    sense = TargetSense("player")
    look(p, sense, behind_wall, at(5, 3))
    assert sense.in_light and not sense.visible
    under_roof = Actor("player", *at(12, 3))
    look(p, sense, under_roof, at(12, 2))
    assert sense.in_light and not sense.visible
    beside_brush = Actor("player", *at(11, 6))
    look(p, sense, beside_brush, at(11, 6))
    assert sense.exposure == NORMAL.still_factor * NORMAL.partial_cover_factor


def test_hiding_works_unless_the_cube_saw_the_actor_go_in() -> None:
    _, p = setup()
    unseen = Actor("player", *at(11, 5))
    unseen.hidden = True
    sense = TargetSense("player")
    look(p, sense, unseen, at(11, 5), tick=100)
    assert not sense.visible and not sense.blown
    # Seen a moment before hiding: the hiding is blown until the actor comes out.
    seen = Actor("partner", *at(11, 5))
    sense = TargetSense("partner")
    look(p, sense, seen, at(11, 5), tick=100)
    assert sense.visible
    seen.hidden = True
    look(p, sense, seen, at(11, 5), tick=100 + NORMAL.saw_go_in_ticks)
    assert sense.blown and sense.visible
    seen.hidden = False
    look(p, sense, seen, (0.0, 0.0), tick=200)
    seen.hidden = True
    look(p, sense, seen, at(11, 5), tick=200 + NORMAL.saw_go_in_ticks + 1)
    assert not sense.blown and not sense.visible


def test_a_hide_spot_hides_like_cover() -> None:
    _, p = setup()
    inside = Actor("player", *at(9, 1))
    inside.hide_spot = 7
    sense = TargetSense("player")
    look(p, sense, inside, at(9, 1), tick=50)
    assert not sense.visible


def test_hearing_by_walking_distance() -> None:
    _, p = setup()
    # Four tiles apart in a straight line, about seven on foot round the wall at column 6.
    assert p.walk.distance_within(p.walk.index(8, 3), p.walk.index(4, 3), 20) > 6.0
    assert p.hears(Noise(*at(8, 3), radius=8 * 16), *at(4, 3))
    assert not p.hears(Noise(*at(8, 3), radius=5 * 16), *at(4, 3))
    assert not p.hears(Noise(*at(16, 6), radius=4 * 16), *at(1, 1))  # too far in a straight line already
