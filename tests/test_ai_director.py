"""The director: menace and relief, area hints, off-screen speed, grace; difficulty presets."""

from __future__ import annotations

import math
import random
from dataclasses import replace

from game.ai.cube import CubeState
from game.ai.director import Director, Phase
from game.ai.events import AIEventKind
from game.ai.params import ASSIST, HARD, NORMAL, Difficulty, params_for
from game.ai.system import AISystem
from game.world.actors import Actor
from tests.support.plan import level_from_plan


def drive(d: Director, ticks: int, start: int = 0, **kw: object) -> int:
    """Step the director ``ticks`` times with fixed observations; return the tick after."""
    rng = random.Random(0)
    args: dict[str, object] = {
        "player_xy": (500.0, 500.0),
        "cube_xy": (520.0, 500.0),
        "nearest": 20.0,
        "sensed": True,
        "hunting": True,
        "no_relief": False,
    }
    args.update(kw)
    for t in range(start, start + ticks):
        d.step(t, rng, **args)  # type: ignore[arg-type]
        if d.retreat_ordered:
            return t
    return start + ticks


def test_a_sustained_peak_orders_a_retreat_then_relaxes() -> None:
    d = Director(NORMAL)
    ordered = drive(d, 5000)
    assert d.retreat_ordered and d.phase is Phase.FADE
    d.retreat_ordered = False
    assert ordered >= NORMAL.peak_ticks
    drive(d, NORMAL.retreat_ticks + 1, ordered + 1, sensed=False, hunting=False, nearest=1000.0)
    assert d.phase is Phase.RELAX
    drive(d, NORMAL.relax_ticks + 1, ordered + NORMAL.retreat_ticks + 2, sensed=False, hunting=False)
    assert d.phase is Phase.BUILD_UP


def test_no_relief_while_a_target_stands_in_the_light() -> None:
    d = Director(NORMAL)
    drive(d, 10_000, no_relief=True)
    assert not d.retreat_ordered and d.phase is Phase.PEAK


def test_area_hints_come_after_long_quiet_and_hold_the_player_but_not_as_a_point() -> None:
    d = Director(NORMAL)
    rng = random.Random(3)
    offsets = []
    for t in range(NORMAL.quiet_hint_ticks + 3 * NORMAL.hint_interval + 1):
        d.step(
            t,
            rng,
            player_xy=(400.0, 300.0),
            cube_xy=(50.0, 50.0),
            nearest=900.0,
            sensed=False,
            hunting=False,
            no_relief=False,
        )
        if t < NORMAL.quiet_hint_ticks - 1:
            assert d.hint is None
        if d.hint is not None and d.hint.tick == t:
            offsets.append(math.hypot(d.hint.x - 400.0, d.hint.y - 300.0))
    assert len(offsets) == 4
    assert all(o <= NORMAL.hint_radius for o in offsets)
    assert any(o > 1.0 for o in offsets)


def test_speed_scales_only_off_screen_and_within_the_band() -> None:
    d = Director(NORMAL)
    rng = random.Random(0)
    far = {"player_xy": (1000.0, 1000.0), "cube_xy": (100.0, 100.0), "nearest": 1270.0}
    d.step(0, rng, sensed=False, hunting=False, no_relief=False, **far)  # type: ignore[arg-type]
    assert d.speed_scale == 1.0 + NORMAL.speed_band
    near = {"player_xy": (1000.0, 1000.0), "cube_xy": (1200.0, 1100.0), "nearest": 223.0}
    d.step(1, rng, sensed=False, hunting=False, no_relief=False, **near)  # type: ignore[arg-type]
    assert d.speed_scale == 1.0
    d.phase = Phase.RELAX
    d.step(2, rng, sensed=False, hunting=False, no_relief=False, **far)  # type: ignore[arg-type]
    assert d.speed_scale == 1.0 - NORMAL.speed_band


OPEN = """
##############################
#............................#
#............................#
#............................#
#............................#
#............................#
#............................#
#............................#
#............................#
#............................#
##############################
"""


def test_the_director_sends_the_cube_away_after_a_sustained_peak() -> None:
    level = level_from_plan(OPEN)
    ai = AISystem(level, random.Random(2), params=replace(NORMAL, grace_ticks=0, waves=(10**6,)))
    assert ai.cube is not None
    player = Actor("player", 240.0, 80.0)
    partner = Actor("partner", 40.0, 40.0)
    partner.hidden = True
    ai.cube.body.x, ai.cube.body.y = 240.0, 100.0
    # A runner that keeps circling in the rim of the light: seen all the time, never in the core.
    angle = 0.0
    events = []
    for tick in range(3000):
        bx, by = ai.cube.body.x, ai.cube.body.y
        angle += 0.06
        player.prev_x, player.prev_y = player.x, player.y
        player.x = min(440.0, max(24.0, bx + math.cos(angle) * 36.0))
        player.y = min(136.0, max(24.0, by + math.sin(angle) * 36.0))
        player.moving = player.running = True
        events = ai.step(tick, player, partner, (), False, False)
        if AIEventKind.RETREAT in [e.kind for e in events]:
            break
        assert AIEventKind.CAUGHT not in [e.kind for e in events]
    assert ai.cube_state is CubeState.RETREAT
    assert ai.director.phase is Phase.FADE
    start = math.hypot(ai.cube.body.x - player.x, ai.cube.body.y - player.y)
    for t in range(tick + 1, tick + 240):
        ai.step(t, player, partner, (), False, False)
    assert math.hypot(ai.cube.body.x - player.x, ai.cube.body.y - player.y) > start + 60.0


def test_grace_after_a_spawn_keeps_awareness_down() -> None:
    level = level_from_plan(OPEN)
    ai = AISystem(level, random.Random(2))
    assert ai.cube is not None
    player = Actor("player", 240.0, 80.0)
    partner = Actor("partner", 250.0, 80.0)
    ai.notify_spawn(0)
    for tick in range(NORMAL.grace_ticks):
        ai.cube.body.x, ai.cube.body.y = player.x, player.y  # held over the pair, whatever it would do
        ai.step(tick, player, partner, (), False, False)
        assert ai.awareness("player") == 0.0
    for tick in range(NORMAL.grace_ticks, NORMAL.grace_ticks + 10):
        ai.cube.body.x, ai.cube.body.y = player.x, player.y
        ai.step(tick, player, partner, (), False, False)
    assert ai.awareness("player") > 0.0


def test_difficulty_presets_are_parameter_sets_in_order() -> None:
    assert params_for(Difficulty.NORMAL) is NORMAL
    assert params_for(Difficulty.ASSIST) is ASSIST and params_for(Difficulty.HARD) is HARD
    assert ASSIST.awareness_gain < NORMAL.awareness_gain < HARD.awareness_gain
    assert ASSIST.wind_up_ticks > NORMAL.wind_up_ticks > HARD.wind_up_ticks
    assert ASSIST.capture_ticks > NORMAL.capture_ticks > HARD.capture_ticks
    # Every preset leaves a running pair faster than the chasing Cube (the escape is always possible).
    assert max(p.chase_speed for p in (ASSIST, NORMAL, HARD)) < 1.75
