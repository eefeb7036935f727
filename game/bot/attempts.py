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

from game.bot.goal import Goal, item_in_reach
from game.bot.steer import Buttons, Steering
from game.input.frame import IDLE, Action, InputFrame
from game.sim.level_sim import LevelSim
from game.sim.rules import DREAM_SCENES, HANDS_REACH
from game.world.camcorder import MIN_TO_START
from game.world.level import Level, MapObject
from game.world.movement import box_blocked


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


class AtGoal:
    """Plays the attempts at one goal after another."""

    def __init__(self, sim: LevelSim, steer: Steering, buttons: Buttons, rng: random.Random) -> None:
        self.sim = sim
        self.steer = steer
        self.buttons = buttons
        self.rng = rng
        self.attempts: dict[tuple[str, ...], Attempts] = {}
        self.wander = -1

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

    def frame(self, tick: int, here: int, goal: Goal) -> InputFrame:
        """This tick's frame at the goal."""
        sim = self.sim
        world = sim.world
        player = world.player
        camcorder = "camcorder" in sim.session.inventory
        attempts = self.attempts.get(goal.key)
        if attempts is None:
            attempts = self.attempts[goal.key] = attempts_for(sim.level, goal.target, camcorder)
            attempts.started = tick
        if camcorder and Try.CAMCORDER not in attempts.order:
            # Just picked one up: looking through it is worth a try too.
            attempts.order.insert(attempts.index % len(attempts.order) + 1, Try.CAMCORDER)
        if attempts.due(tick):
            # Undo what the attempt changed before the next one (a player climbs out of the heap, stops filming).
            dream_scene = sim.level.scene in DREAM_SCENES
            if (
                attempts.current is Try.CAMCORDER
                and world.dream
                and self._can_stop_filming()
                and not dream_scene
            ):
                return self.buttons.press(Action.CAMCORDER)
            if attempts.current is Try.HIDE and player.hide_spot is not None:
                return self.buttons.press(Action.INTERACT)
            attempts.advance(tick)
            self.wander = -1
        match attempts.current:
            case Try.HIDE:
                if player.hide_spot is None and self._partner_near(24.0):
                    return self.buttons.press(Action.INTERACT)
            case Try.ITEM:
                if item_in_reach(sim.level, player.x, player.y, sim.picked, world.dream):
                    return self.buttons.press(Action.INTERACT)
            case Try.HANDS:
                if not world.holding_hands and self._partner_near(HANDS_REACH - 6.0):
                    return self.buttons.press(Action.HANDS)
            case Try.CAMCORDER:
                if camcorder and not world.dream and sim.camcorder.battery >= MIN_TO_START:
                    return self.buttons.press(Action.CAMCORDER)
            case Try.WANDER:
                return self._wander(here, goal)
            case Try.WAIT:
                pass
        self.steer.hold()
        return IDLE

    def _partner_near(self, reach: float) -> bool:
        p, q = self.sim.world.player, self.sim.world.partner
        return math.hypot(p.x - q.x, p.y - q.y) <= reach

    def _can_stop_filming(self) -> bool:
        p = self.sim.world.player
        level = self.sim.level
        return not box_blocked(level.grid, level.tile_size, p.x, p.y, False)

    def _wander(self, here: int, goal: Goal) -> InputFrame:
        """Walk about the target a little: a trigger may lie just beside it."""
        sim = self.sim
        walk = sim.ai.walk_dream if sim.world.dream else sim.ai.walk
        w = sim.level.width
        if self.wander < 0 or here == self.wander:
            base = goal.tiles[self.rng.randrange(len(goal.tiles))]
            bx, by = base % w, base // w
            for _ in range(12):
                tx, ty = bx + self.rng.randint(-3, 3), by + self.rng.randint(-3, 3)
                if walk.open_at(tx, ty) and walk.find_path(here, walk.index(tx, ty), max_expand=200):
                    self.wander = walk.index(tx, ty)
                    break
            else:
                return IDLE
        path = walk.find_path(here, self.wander, max_expand=200)
        return self.steer.along(sim.world.player, here, path[1:], walk, run=False)
