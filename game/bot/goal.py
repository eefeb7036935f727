"""Where the bot is going: the objective's target object, or with no objective the nearest Exit it can reach.

Reaching the target does not always move the story on by itself: the story may wait for the pair to hide,
to take hands, to look through the camcorder or to pick something up. A player at the target with nothing
happening tries those, one after another; so does the bot (:class:`Attempts`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum

from game.ai.nav import INF, FlowField, NavGrid
from game.bot.route import Navigator, object_tiles
from game.sim.rules import ITEM_REACH
from game.world.level import Level, MapObject


class Try(Enum):
    """What a player tries at a target when nothing happens."""

    WAIT = "wait"
    HIDE = "hide"
    ITEM = "item"
    HANDS = "hands"
    CAMCORDER = "camcorder"
    WANDER = "wander"


TRY_TICKS: dict[Try, int] = {
    Try.WAIT: 90,
    Try.HIDE: 420,
    Try.ITEM: 40,
    Try.HANDS: 240,
    Try.CAMCORDER: 180,
    Try.WANDER: 240,
}
"""How long each attempt lasts before the next (hiding long enough for a story that waits a while)."""
EXIT_PATIENCE = 120
"""Ticks at an Exit that does not open before the bot tries another one."""


@dataclass(slots=True)
class Goal:
    """One goal: a key that changes when the goal does, its object (if any) and its tiles."""

    key: tuple[str, ...]
    target: MapObject | None
    tiles: list[int]
    label: str
    """For messages: what the bot is trying to reach."""
    is_exit: bool = False


@dataclass(slots=True)
class Attempts:
    """The cycle of things tried at one goal, and where in it the bot is."""

    order: list[Try]
    index: int = 0
    started: int = -1
    tried: list[str] = field(default_factory=list)

    @property
    def current(self) -> Try:
        """The attempt under way."""
        return self.order[self.index % len(self.order)]

    def due(self, tick: int) -> bool:
        """True when the current attempt has had its time."""
        return self.started >= 0 and tick - self.started >= TRY_TICKS[self.current]

    def advance(self, tick: int) -> Try:
        """Move on to the next attempt."""
        self.index += 1
        self.started = tick
        name = self.current.value
        if name not in self.tried:
            self.tried.append(name)
        return self.current


def attempts_for(level: Level, target: MapObject | None, has_camcorder: bool) -> Attempts:
    """What is worth trying at this target, most likely first."""
    order = [Try.WAIT]
    if target is not None and target.cls == "HideSpot":
        order.append(Try.HIDE)
    if target is not None and target.cls == "Item":
        order.insert(0, Try.ITEM)
    order.append(Try.HANDS)
    if has_camcorder:
        order.append(Try.CAMCORDER)
    if target is None or target.cls != "HideSpot":
        spots = level.objects_of("HideSpot")
        cx, cy = target.center if target is not None else (math.inf, math.inf)
        if any(math.hypot(s.center[0] - cx, s.center[1] - cy) < 48.0 for s in spots):
            order.append(Try.HIDE)
    order.append(Try.WANDER)
    return Attempts(order, tried=[order[0].value])


def nearest_exit(level: Level, nav: Navigator, here: int, camcorder: bool, closed: set[int]) -> Goal | None:
    """The Exit nearest by walking (in the views the pair can use), skipping those that did not open."""
    grid: NavGrid = nav.union if camcorder else nav.walk
    reach = FlowField(grid)
    reach.recompute(here)
    best: Goal | None = None
    best_cost = INF
    for obj in level.objects_of("Exit"):
        if obj.id in closed:
            continue
        tiles = object_tiles(level, obj, grid)
        cost = min((reach.cost_at(t) for t in tiles), default=INF)
        if cost < best_cost:
            best_cost = cost
            label = f'exit {obj.id} "{obj.name}" (to {obj.prop("to", "?")})'
            best = Goal(("exit", str(obj.id)), obj, tiles, label, is_exit=True)
    return best


def objective_goal(level: Level, nav: Navigator, line_id: str, target: str) -> Goal | str:
    """The goal for an objective, or a message saying why its target cannot be a goal."""
    obj = level.object_named(target)
    if obj is None:
        return (
            f"the objective {line_id!r} names the target {target!r}, but the map "
            f"{level.source.path} has no object of that name"
        )
    tiles = object_tiles(level, obj, nav.union)
    if not tiles:
        return f'the objective {line_id!r}: no walkable tile near its target object {obj.id} "{target}"'
    return Goal(("objective", line_id, target), obj, tiles, f'objective {line_id!r} (target "{target}")')


def item_in_reach(level: Level, x: float, y: float, picked: set[int], dream: bool) -> bool:
    """True when an Item not yet taken lies within reach of the player's feet (the sim's own rule)."""
    for obj in level.objects_of("Item"):
        if obj.id in picked or not obj.view.visible_in(dream):
            continue
        cx, cy = obj.center
        if math.hypot(cx - x, cy - y) <= ITEM_REACH:
            return True
    return False
