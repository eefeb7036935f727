"""What the player's own buttons do in a level: hands, the camcorder, hiding and picking up; the battery."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.ai.hiding import enter_hide_spot, leave_hide_spot
from game.input.frame import Action, InputFrame
from game.sim.cues import Cue, CueKind
from game.sim.rules import DREAM_SCENES, HANDS_REACH, ITEM_REACH
from game.world.level import Level, MapObject
from game.world.movement import box_blocked

if TYPE_CHECKING:
    from game.sim.level_sim import LevelSim


def player_actions(sim: LevelSim, frame: InputFrame) -> None:
    """The player's own buttons this tick: hands, the camcorder, interact."""
    world = sim.world
    player, partner = world.player, world.partner
    if frame.was_pressed(Action.HANDS):
        if world.holding_hands:
            world.holding_hands = False
            sim.cue(Cue(CueKind.HANDS, "let_go"))
        elif math.hypot(player.x - partner.x, player.y - partner.y) <= HANDS_REACH:
            world.holding_hands = True
            sim.cue(Cue(CueKind.HANDS, "take"))
        else:
            sim.cue(Cue(CueKind.DENIED, "hands", detail="too far apart"))
    if frame.was_pressed(Action.CAMCORDER) and "camcorder" in sim.session.inventory:
        if sim.camcorder.filming and not can_leave_dream(sim):
            sim.cue(Cue(CueKind.DENIED, "camcorder", detail="nothing here is really there"))
        else:
            on = sim.camcorder.toggle()
            if on != world.dream:
                world.dream = on
                sim.cue(Cue(CueKind.CAMCORDER, "on" if on else "off"))
            else:
                sim.cue(Cue(CueKind.DENIED, "camcorder", detail="battery too low"))
    if frame.was_pressed(Action.INTERACT):
        _interact(sim)


def _interact(sim: LevelSim) -> None:
    """Leave or enter a hide spot, or pick up the nearest item in reach."""
    world = sim.world
    player, partner = world.player, world.partner
    if player.hide_spot is not None:
        leave_hide_spot(player)
        leave_hide_spot(partner)
        sim.cue(Cue(CueKind.HIDE, "out"))
        return
    item = item_in_reach(sim.level, player.x, player.y, sim.picked, world.dream)
    if item is not None:
        sim.picked.add(item.id)
        sim.host.give(str(item.prop("item", "")))
        return
    if enter_hide_spot(sim.level, player, (partner,)):
        world.holding_hands = False
        sim.cue(Cue(CueKind.HIDE, "in"))


def item_in_reach(level: Level, x: float, y: float, picked: set[int], dream: bool) -> MapObject | None:
    """The nearest Item not yet taken, within reach of feet at ``(x, y)`` in the view looked at (or None)."""
    best: MapObject | None = None
    best_d = ITEM_REACH
    for obj in level.objects_of("Item"):
        if obj.id in picked or not obj.view.visible_in(dream):
            continue
        cx, cy = obj.center
        d = math.hypot(cx - x, cy - y)
        if d <= best_d:
            best, best_d = obj, d
    return best


def can_leave_dream(sim: LevelSim) -> bool:
    """False while the player stands on ground only the dream has (it would leave them inside a wall)."""
    p = sim.world.player
    return not box_blocked(sim.level.grid, sim.level.tile_size, p.x, p.y, False)


def camcorder_tick(sim: LevelSim) -> None:
    """Drain or recharge the battery; an empty one lowers the camcorder (never inside dream-only ground)."""
    if sim.level.scene in DREAM_SCENES:
        sim.world.dream = sim.camcorder.filming
        return
    if sim.camcorder.tick(can_leave_dream(sim)):
        sim.world.dream = False
        sim.cue(Cue(CueKind.CAMCORDER, "empty"))
    sim.world.dream = sim.camcorder.filming
