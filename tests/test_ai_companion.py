"""The partner: following round walls, hiding with the player, holding hands, the fair catch-up."""

from __future__ import annotations

import math

from game.ai.companion import HAND_REACH, TRAIL_GAP
from game.ai.events import AIEventKind
from game.ai.params import NORMAL
from game.world.actors import STILL, MoveIntent
from game.world.movement import box_blocked
from tests.support.plan import level_from_plan
from tests.support.sandbox import Sandbox


def dist(sb: Sandbox) -> float:
    return math.hypot(sb.player.x - sb.partner.x, sb.player.y - sb.partner.y)


CUP = """
####################
#..................#
#..................#
#....#.......#.....#
#....#...p...#.....#
#....#.......#.....#
#....#########.....#
#..................#
#.........P........#
####################
"""


def test_the_partner_reaches_the_player_round_a_wall_without_getting_stuck() -> None:
    level = level_from_plan(CUP, cube=False)
    sb = Sandbox(level)
    assert not level.grid.walkable(*level.tile_at(sb.player.x, sb.player.y - 32))  # the cup's floor between
    stuck = longest = 0
    reached = None
    for tick in range(900):
        before = (sb.partner.x, sb.partner.y)
        sb.step(STILL)
        if dist(sb) > NORMAL.follow_far:
            moved = math.hypot(sb.partner.x - before[0], sb.partner.y - before[1])
            stuck = stuck + 1 if moved < 0.05 else 0
            longest = max(longest, stuck)
        elif reached is None:
            reached = tick
    assert reached is not None and reached < 400
    assert longest <= NORMAL.stuck_ticks
    assert dist(sb) <= NORMAL.follow_far
    assert sb.ai.companion.fields[False].recomputes <= 3, "recomputed only when the player changes tile"


def test_the_partner_follows_a_walking_player_at_a_comfortable_distance() -> None:
    level = level_from_plan(CUP, cube=False)
    sb = Sandbox(level, player_at=(40.0, 24.0), partner_at=(24.0, 24.0))
    far = 0.0
    for tick in range(400):
        sb.step(MoveIntent(1.0 if tick < 200 else -1.0, 0.0))
        if tick > 60:
            far = max(far, dist(sb))
    assert far < NORMAL.follow_run
    for _ in range(200):
        sb.step(STILL)
    assert NORMAL.follow_near - 2.0 <= dist(sb) <= NORMAL.follow_near + 1.0
    assert not sb.partner.moving


HIDE = """
####################
#..................#
#...H.......::.....#
#...........::.....#
#..................#
####################
"""


def test_the_partner_slips_into_the_players_hide_spot() -> None:
    level = level_from_plan(HIDE, cube=False)
    spot = level.objects_of("HideSpot")[0]
    sb = Sandbox(level, player_at=spot.center, partner_at=(spot.center[0] + 60.0, spot.center[1] + 20.0))
    sb.step(STILL, interact=True)
    assert sb.player.hide_spot == spot.id and sb.player.hidden
    for _ in range(180):
        sb.step(STILL)
        if sb.partner.hide_spot == spot.id:
            break
    assert sb.partner.hide_spot == spot.id and sb.partner.hidden


def test_the_partner_hides_in_the_players_cover() -> None:
    level = level_from_plan(HIDE, cube=False)
    brush = (12 * 16 + 8.0, 2 * 16 + 8.0)
    sb = Sandbox(level, player_at=brush, partner_at=(brush[0] - 80.0, brush[1] + 24.0))
    for _ in range(240):
        sb.step(STILL)
    assert sb.player.hidden
    assert sb.partner.hidden and not sb.partner.running
    assert dist(sb) <= 4.0


def test_holding_hands_the_pair_move_as_one() -> None:
    level = level_from_plan(HIDE, cube=False)
    sb = Sandbox(level, player_at=(40.0, 72.0), partner_at=(30.0, 72.0))
    for tick in range(400):
        sb.step(MoveIntent(1.0 if tick < 200 else -1.0, 0.0 if tick % 100 < 50 else 0.3), holding_hands=True)
        if tick > 20:
            assert dist(sb) <= HAND_REACH + 3.0
    assert not box_blocked(level.grid, 16, sb.partner.x, sb.partner.y, False)


SEALED = """
########################
#......................#
#.####.................#
#.#..#.................#
#.#p.d...P.............#
#.####.................#
#......................#
########################
"""


def test_a_partner_shut_in_catches_up_fairly_on_the_players_trail() -> None:
    level = level_from_plan(SEALED, cube=False)
    sb = Sandbox(level)
    catch = None
    for tick in range(1200):
        intent = MoveIntent(1.0, 0.0) if tick < 150 else STILL
        for e in sb.step(intent, dream=True):
            if e.kind is AIEventKind.PARTNER_CATCH_UP:
                catch = (tick, e)
        if catch:
            break
    assert catch is not None, "the partner stayed shut in"
    tick, event = catch
    assert tick >= NORMAL.catch_up_ticks
    assert (sb.partner.x, sb.partner.y) == (event.x, event.y)
    assert math.hypot(event.x - sb.player.x, event.y - sb.player.y) >= TRAIL_GAP
    assert level.grid.walkable(*level.tile_at(event.x, event.y), dream=True)
    assert event.x > 6 * 16, "it reappears on the player's side of the shut door"
