"""At the target with nothing happening: what a player tries, one thing after another.

Reaching the target does not always move the story on by itself: the story may wait for the pair to hide,
to take hands, to look through the camcorder or to pick something up, or its trigger may lie a step beside
the target. The bot tries each for a while (:data:`TRY_TICKS`), in the order most likely to help, and starts
again from the top; the watchdog decides when it has tried long enough.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from enum import Enum

from game.bot.goal import Goal
from game.bot.memory import Memory
from game.bot.steer import Buttons, Steering
from game.grid.field import INF, FlowField
from game.input.frame import IDLE, Action, InputFrame
from game.view.player_view import PlaceView, PlayerView
from game.world.movement import box_blocked

HANDS_REACH = 34.0
"""How near the partner must be for a hand to reach hers, as a player soon learns (a step or two: "Too far
apart" says when not)."""
WANDER_TILES = 12.0
"""Tiles of walking within which the bot wanders about a target."""


def item_in_reach(view: PlayerView) -> bool:
    """A thing to take lies at the player's feet (drawn there, not yet taken)."""
    return any(p.in_reach for p in view.places)


def partner_near(view: PlayerView, reach: float = HANDS_REACH) -> bool:
    """The partner stands within ``reach`` pixels of the player."""
    p, q = view.player, view.partner
    return math.hypot(p.x - q.x, p.y - q.y) <= reach


def can_stop_filming(view: PlayerView, memory: Memory) -> bool:
    """Reality has no wall where the player's feet are (the player's own tile is always on screen)."""
    p = view.player
    return not box_blocked(memory.grid, memory.tile_size, p.x, p.y, False)


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


def attempts_for(memory: Memory, target: PlaceView | None, has_camcorder: bool) -> Attempts:
    """What is worth trying at this target, most likely first."""
    order = [Try.WAIT]
    if target is not None and target.kind == "hide":
        order.append(Try.HIDE)
    if target is not None and target.kind == "item":
        order.insert(0, Try.ITEM)
    order.append(Try.HANDS)
    if has_camcorder:
        order.append(Try.CAMCORDER)
    if target is None or target.kind != "hide":
        spots = [p for p in memory.places.values() if p.kind == "hide"]
        cx, cy = (target.x, target.y) if target is not None else (math.inf, math.inf)
        if any(math.hypot(s.x - cx, s.y - cy) < 48.0 for s in spots):
            order.append(Try.HIDE)
    order.append(Try.WANDER)
    return Attempts(order, tried=[order[0].value])


class AtGoal:
    """Plays the attempts at one goal after another."""

    def __init__(self, memory: Memory, steer: Steering, buttons: Buttons, rng: random.Random) -> None:
        self.memory = memory
        self.steer = steer
        self.buttons = buttons
        self.rng = rng
        self.attempts: dict[tuple[str, ...], Attempts] = {}
        self.wander = -1
        self._wander_field: FlowField | None = None

    def tried(self, goal: Goal | None) -> list[str]:
        """What was tried at a goal so far (for the give-up message)."""
        if goal is None or goal.key not in self.attempts:
            return []
        return self.attempts[goal.key].tried

    def current(self, goal: Goal) -> Try | None:
        """The attempt under way at a goal, if any."""
        attempts = self.attempts.get(goal.key)
        return None if attempts is None else attempts.current

    def wandering(self, goal: Goal, tick: int) -> bool:
        """True while the bot walks about the target (it is away from the goal tiles on purpose)."""
        attempts = self.attempts.get(goal.key)
        return attempts is not None and attempts.current is Try.WANDER and not attempts.due(tick)

    def frame(self, view: PlayerView, tick: int, here: int, goal: Goal) -> InputFrame:
        """This tick's frame at the goal."""
        player = view.player
        camcorder = "camcorder" in view.inventory
        attempts = self.attempts.get(goal.key)
        if attempts is None:
            attempts = self.attempts[goal.key] = attempts_for(self.memory, goal.target, camcorder)
            attempts.started = tick
        if camcorder and Try.CAMCORDER not in attempts.order:
            # Just picked one up: looking through it is worth a try too.
            attempts.order.insert(attempts.index % len(attempts.order) + 1, Try.CAMCORDER)
        if attempts.due(tick):
            # Undo what the attempt changed before the next one (a player climbs out of the heap, stops filming).
            if (
                attempts.current is Try.CAMCORDER
                and view.filming
                and can_stop_filming(view, self.memory)
                and not view.map.dream_scene
            ):
                return self.buttons.press(Action.CAMCORDER)
            if attempts.current is Try.HIDE and player.in_hide_spot:
                return self.buttons.press(Action.INTERACT)
            attempts.advance(tick)
            self.wander = -1
        match attempts.current:
            case Try.HIDE:
                if not player.in_hide_spot and partner_near(view, 24.0):
                    return self.buttons.press(Action.INTERACT)
            case Try.ITEM:
                if item_in_reach(view):
                    return self.buttons.press(Action.INTERACT)
            case Try.HANDS:
                if not view.holding_hands and partner_near(view):
                    return self.buttons.press(Action.HANDS)
            case Try.CAMCORDER:
                if camcorder and not view.filming and view.battery_to_film:
                    return self.buttons.press(Action.CAMCORDER)
            case Try.WANDER:
                return self._wander(view, here, goal)
            case Try.WAIT:
                pass
        self.steer.hold()
        return IDLE

    def _wander(self, view: PlayerView, here: int, goal: Goal) -> InputFrame:
        """Walk about the target a little: a trigger may lie just beside it."""
        memory = self.memory
        walk = memory.walk_dream if view.filming else memory.walk
        w = memory.width
        field = self._wander_field
        if field is None or field.nav is not walk:
            field = self._wander_field = FlowField(walk, WANDER_TILES)
        if self.wander < 0 or here == self.wander:
            base = goal.tiles[self.rng.randrange(len(goal.tiles))]
            bx, by = base % w, base // w
            for _ in range(12):
                tx, ty = bx + self.rng.randint(-3, 3), by + self.rng.randint(-3, 3)
                if walk.open_at(tx, ty):
                    field.recompute(walk.index(tx, ty))
                    if field.cost_at(here) < INF:
                        self.wander = walk.index(tx, ty)
                        break
            else:
                return IDLE
        elif field.target != self.wander:
            field.recompute(self.wander)
        way: list[int] = []
        tile = here
        for _ in range(8):
            tile = field.next_tile(tile)
            if tile < 0:
                break
            way.append(tile)
        if not way:
            self.wander = -1
            return IDLE
        return self.steer.along(view.player, here, way, walk, run=False)
