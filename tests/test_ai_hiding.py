"""The hiding rules the world applies: cover, hide spots and their capacity, the partner in and out."""

from __future__ import annotations

from dataclasses import replace

from game.ai.hiding import (
    enter_hide_spot,
    leave_hide_spot,
    partner_joins,
    partner_leaves,
    update_hidden,
)
from game.world.actors import Actor
from game.world.level import MapObject, Shape
from tests.support.plan import level_from_plan

PLAN = """
##########
#.::...H.#
##########
"""


def test_cover_hides_the_still_and_the_walking_but_not_the_running() -> None:
    level = level_from_plan(PLAN, cube=False)
    a = Actor("player", 2 * 16 + 8, 24)
    update_hidden(level, a)
    assert a.hidden
    a.moving = a.running = True
    update_hidden(level, a)
    assert not a.hidden
    a.x = 5 * 16 + 8
    a.running = False
    update_hidden(level, a)
    assert not a.hidden


def test_hide_spots_hold_their_capacity_and_the_partner_follows_in_and_out() -> None:
    level = level_from_plan(PLAN, cube=False)
    spot = level.objects_of("HideSpot")[0]
    player = Actor("player", *spot.center)
    partner = Actor("partner", spot.center[0] - 40, spot.center[1])
    assert enter_hide_spot(level, player, (partner,))
    assert player.hide_spot == spot.id and player.hidden
    assert not partner_joins(level, player, partner)  # too far yet
    partner.x += 24
    assert partner_joins(level, player, partner) and partner.hide_spot == spot.id
    third = Actor("third", *spot.center)
    assert not enter_hide_spot(level, third, (player, partner))  # capacity 2 is full
    leave_hide_spot(player)
    assert partner_leaves(player, partner) and partner.hide_spot is None


def test_a_one_person_spot_takes_no_partner() -> None:
    level = level_from_plan(PLAN, cube=False)
    small = MapObject(id=50, name="crate", cls="HideSpot", shape=Shape.RECT, x=16, y=16, width=16, height=16)
    level = replace(level, objects=(small,))
    player, partner = Actor("player", 24, 24), Actor("partner", 26, 24)
    assert enter_hide_spot(level, player)
    assert not partner_joins(level, player, partner)
