"""Where the bot is going: the objective's target object, or with no objective the nearest Exit it can reach
(and when none can be reached, the nearest Item not yet taken: it may be what opens the way).

What the bot does once there is ``game.bot.attempts``.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.ai.nav import INF, FlowField, NavGrid
from game.bot.route import Navigator, object_tiles
from game.sim.actions import item_in_reach as sim_item_in_reach
from game.world.level import Level, MapObject, View

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
    kind: str
    """``objective``, ``exit`` or ``item`` (with no objective: the nearest Exit, else an Item that may help),
    or ``found`` (a curious bot's look at a place found by looking)."""
    cost: float | None = None
    """Walking cost from where the goal was chosen, in tiles (None: not chosen by nearness)."""


def nearest_place(
    level: Level,
    nav: Navigator,
    here: int,
    camcorder: bool,
    cls: str,
    skip: set[int],
    only: set[int] | None = None,
    kind: str = "",
) -> Goal | None:
    """The nearest object of a class (``Exit``, ``Item``, ``Trigger``) by walking in the views the pair can
    use, leaving out ``skip`` (and, when given, everything not in ``only``), as a goal of ``kind`` (default:
    the class in lower case)."""
    grid: NavGrid = nav.union if camcorder else nav.walk
    reach = FlowField(grid)
    reach.recompute(here)
    best: Goal | None = None
    best_cost = INF
    for obj in level.objects_of(cls):
        if obj.id in skip or (only is not None and obj.id not in only):
            continue
        if cls != "Exit" and not camcorder and obj.view is View.DREAM:
            continue  # out of reach until the camcorder shows it (an Exit is tried anyway: it may open)
        tiles = object_tiles(level, obj, grid)
        cost = min((reach.cost_at(t) for t in tiles), default=INF)
        if cost < best_cost:
            best_cost = cost
            what = {"Exit": f"to {obj.prop('to', '?')}", "Item": f"{obj.prop('item', '?')}"}.get(
                cls, f"node {obj.prop('node', '?')}"
            )
            label = f'{cls.lower()} {obj.id} "{obj.name}" ({what})'
            best = Goal((cls.lower(), str(obj.id)), obj, tiles, label, kind=kind or cls.lower(), cost=cost)
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
    label = f'objective {line_id!r} (target "{target}")'
    return Goal(("objective", line_id, target), obj, tiles, label, kind="objective")


def item_in_reach(level: Level, x: float, y: float, picked: set[int], dream: bool) -> bool:
    """True when an Item not yet taken lies within reach of the player's feet (the sim's own rule)."""
    return sim_item_in_reach(level, x, y, picked, dream) is not None
