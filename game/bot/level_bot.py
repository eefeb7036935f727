"""The bot inside a level: talk, go for the goal, keep out of the light, hide, hold hands, film where needed.

Modes (one at a time; :attr:`LevelBot.mode`):

    TRAVEL   follow the goal's flow field at a walk (camcorder on where only the dream has floor);
             hands taken in quiet moments; the way ahead is checked against where the light is heading
    SHELTER  the light is coming: walk (run if it is on top of us) to the best safe tile near the way
    FLEE     the light has turned to alarm near us: let go of hands and run to safe ground well away
    WAIT     still on safe ground (or in a hide spot) until the light has gone and the way is clear
    AT_GOAL  at the target and nothing happens: try what a player would (goal.Attempts)

It reads what a player sees and hears (see ``game.bot.danger``) and answers with one InputFrame a tick.
"""

from __future__ import annotations

import math
import random
from enum import Enum

from game.ai.nav import INF, FlowField
from game.bot.danger import LightWatch, Shelter
from game.bot.goal import (
    EXIT_PATIENCE,
    Attempts,
    Goal,
    Try,
    attempts_for,
    item_in_reach,
    nearest_exit,
    objective_goal,
)
from game.bot.route import Navigator
from game.bot.talk import Talk
from game.bot.watchdog import BotStuckError, Watchdog
from game.input.frame import IDLE, Action, InputFrame, quantize_move
from game.sim.level_sim import LevelSim
from game.sim.rules import HANDS_REACH
from game.world.camcorder import MIN_TO_START
from game.world.level import View
from game.world.movement import box_blocked
from game.world.world import FILMING_SPEED, HANDS_SPEED

PRESS_GAP = 12
"""Ticks between two presses of the same toggle (hands, camcorder, interact), so a toggle is never doubled."""
QUIET_TICKS = 90
"""Ticks of quiet (no light near) before the bot takes the partner's hand."""
LOOK_TILES = 8
"""Tiles of the way ahead checked against the light's course."""
MARGIN = 30.0
"""Pixels beyond the light's rim the bot keeps the way clear by."""
STORY_GRACE = 180
"""Ticks a level's story may run before the bot, with no objective given, heads for an Exit."""
FAR = 420.0
"""Beyond this distance from the light nothing ahead can meet it within the look-ahead."""


class Mode(Enum):
    """What the bot is doing in a level."""

    TRAVEL = "travel"
    SHELTER = "shelter"
    FLEE = "flee"
    WAIT = "wait"
    AT_GOAL = "at_goal"


class LevelBot:
    """Plays one level simulation; :meth:`frame` is called once per tick the level is on top."""

    def __init__(self, sim: LevelSim, talk: Talk, rng: random.Random, watchdog: Watchdog) -> None:
        self.sim = sim
        self.level = sim.level
        self.talk = talk
        self.rng = rng
        self.watchdog = watchdog
        ai = sim.ai
        self.nav = Navigator(self.level, ai.walk, ai.walk_dream)
        self.shelter = Shelter(self.level, ai.walk, ai.walk_dream)
        self.watch = LightWatch()
        self.mode = Mode.TRAVEL
        self.tick = 0
        self.goal: Goal | None = None
        self.objective: tuple[str, str] | None = None
        self.closed_exits: set[int] = set()
        self.attempts: dict[tuple[str, ...], Attempts] = {}
        self.arrived = -1
        self.path: list[int] = []
        self.mode_tick = 0
        self.clear_ticks = 0
        self.quiet = 0
        self.last_press: dict[Action, int] = {}
        self.hum: list[float] = [0.0] * 16
        self.stuck = 0
        self.last_xy = (0.0, 0.0)
        self.wander: int = -1
        self.trouble = ""
        self.caught_seen = sim.caught_here
        self._threat_at = (-1, 0, 0)

    # -- the tick -------------------------------------------------------------------------------------------

    def frame(self) -> InputFrame:
        """This tick's input."""
        sim = self.sim
        runner = sim.runner
        if runner is not None:
            choice = runner.current_choice
            if choice is not None and choice.options:
                self.watchdog.story(self.talk.lines + len(self.talk.choices))
                return self.talk.choose(choice, sim.choice_cursor)
            line = runner.current_line
            if line is not None and runner.line_auto == 0:
                self.watchdog.story(self.talk.lines + len(self.talk.choices))
                return self.talk.line(line)
            if runner.input_locked:
                self._count("the story holds the input (a cutscene that does not end)")
                return IDLE
        self.tick += 1
        if sim.caught_here != self.caught_seen:
            self.caught_seen = sim.caught_here
            self.after_capture()
        self.watch.update(sim.ai.light)
        self.hum[self.tick % 16] = max(sim.ai.awareness("player"), sim.ai.awareness("partner"))
        player = sim.world.player
        ts = self.level.tile_size
        here = self.nav.walk.index(
            min(self.level.width - 1, max(0, int(player.x // ts))),
            min(self.level.height - 1, max(0, int(player.y // ts))),
        )
        camcorder = "camcorder" in sim.session.inventory
        if sim.objective is None and runner is not None and not runner.idle and self.tick < STORY_GRACE:
            return IDLE  # the story is still setting the scene; it may give an objective yet
        goal = self._goal(here, camcorder)
        field = self.nav.field_for(here, camcorder)
        distance = field.cost_at(here) if field is not None else INF
        self.watchdog.goal(goal.key)
        self.watchdog.distance(distance)
        if field is None:
            self.trouble = f"the {goal.label} cannot be reached from tile {self._tile(here)} in any view"
        self._count(self.trouble or f"no step nearer the {goal.label}")
        return self._decide(here, field, distance, goal, camcorder)

    def _count(self, why: str) -> None:
        if self.watchdog.tick():
            sim = self.sim
            raise BotStuckError(
                f"{self.level.scene}: no progress for {self.watchdog.limit // 3600} minutes of game time: {why}"
                f" (caught {sim.caught_here} times here; tried: {', '.join(self._tried()) or 'nothing'})"
            )

    def _tried(self) -> list[str]:
        if self.goal is None or self.goal.key not in self.attempts:
            return []
        return self.attempts[self.goal.key].tried

    def _tile(self, index: int) -> tuple[int, int]:
        w = self.level.width
        return (index % w, index // w)

    def after_capture(self) -> None:
        """Back at a checkpoint after a capture: forget the light's motion and start afresh."""
        self.watch.forget_motion()
        self._set(Mode.TRAVEL)
        self.path = []
        self.arrived = -1

    # -- goals ----------------------------------------------------------------------------------------------

    def _goal(self, here: int, camcorder: bool) -> Goal:
        objective = self.sim.objective
        if objective != self.objective or self.goal is None:
            self.objective = objective
            self.goal = None
            if objective is not None:
                found = objective_goal(self.level, self.nav, objective[0], objective[1])
                if isinstance(found, str):
                    raise BotStuckError(f"{self.level.scene}: {found}")
                self.goal = found
            else:
                self.goal = self._exit_goal(here, camcorder)
            self.nav.aim(self.goal.tiles)
            self.arrived = -1
            self.trouble = ""
            if self.mode is Mode.AT_GOAL:
                self._set(Mode.TRAVEL)
        return self.goal

    def _exit_goal(self, here: int, camcorder: bool) -> Goal:
        found = nearest_exit(self.level, self.nav, here, camcorder, self.closed_exits)
        if found is None and self.closed_exits:
            self.closed_exits.clear()  # conditions change: try them all again
            found = nearest_exit(self.level, self.nav, here, camcorder, self.closed_exits)
        if found is None:
            raise BotStuckError(
                f"{self.level.scene}: there is no objective and no Exit the pair can reach from tile "
                f"{self._tile(here)} of {self.level.source.path}"
            )
        return found

    # -- deciding -------------------------------------------------------------------------------------------

    def _set(self, mode: Mode) -> None:
        if mode is not self.mode:
            self.mode = mode
            self.mode_tick = self.tick
            self.clear_ticks = 0

    def _decide(
        self, here: int, field: FlowField | None, distance: float, goal: Goal, camcorder: bool
    ) -> InputFrame:
        sim = self.sim
        world = sim.world
        player = world.player
        watch = self.watch
        threat = 0
        if watch.seen:
            threat = self._threat(here, field, player.x, player.y)
        if threat == 2 and self.mode is not Mode.FLEE and not self._hidden_holds(here):
            self._flee(here, field)
        elif threat == 1 and self.mode in (Mode.TRAVEL, Mode.AT_GOAL):
            self._shelter(here, field)
        match self.mode:
            case Mode.FLEE | Mode.SHELTER:
                return self._to_cover(here, field)
            case Mode.WAIT:
                return self._wait(here, field, threat)
            case _:
                pass
        if player.hide_spot is not None and not self._hiding_wanted(goal):
            return self._press(Action.INTERACT)
        if distance == 0.0 or (self.mode is Mode.AT_GOAL and self._wandering(goal)):
            return self._at_goal(here, goal, camcorder)
        if self.mode is Mode.AT_GOAL:
            self._set(Mode.TRAVEL)
        self.arrived = -1
        if field is None:
            return IDLE
        return self._travel(here, field, distance, goal, camcorder)

    def _threat(self, here: int, field: FlowField | None, px: float, py: float) -> int:
        """0: nothing; 1: the light will cross the way ahead; 2: it hunts, near."""
        watch = self.watch
        d = watch.distance(px, py)
        r = watch.radius
        if watch.hunting and d < r + 12 * self.level.tile_size:
            return 2
        if d > FAR + r:
            return 0
        if d > r + 160 and here == self._threat_at[0] and self.tick < self._threat_at[1]:
            return self._threat_at[2]  # far off: a look every few ticks is enough
        value = self._threat_ahead(here, field, d)
        self._threat_at = (here, self.tick + 4, value)
        return value

    def _threat_ahead(self, here: int, field: FlowField | None, d: float) -> int:
        watch = self.watch
        r = watch.radius
        dream = self.sim.world.dream
        running = self.sim.world.player.running
        caution = 1.0 + 0.25 * min(4, self.sim.caught_here)
        margin = MARGIN * caution
        if d < r + margin * 0.5 and not self.shelter.is_safe(here, dream, running):
            return 1
        if self.mode is Mode.WAIT or field is None:
            tiles = [here]
        else:
            tiles = [here, *self.nav.ahead(field, here, LOOK_TILES)]
        ts = self.level.tile_size
        w = self.level.width
        speed = self._speed()
        for k, tile in enumerate(tiles):
            if self.shelter.is_safe(tile, dream):
                continue
            cx, cy = (tile % w + 0.5) * ts, (tile // w + 0.5) * ts
            eta = k * ts / speed
            if watch.distance(cx, cy, eta) < r + margin or (k == 0 and d < r + margin):
                return 1
        return 0

    def _speed(self) -> float:
        world = self.sim.world
        if world.dream:
            return FILMING_SPEED
        return HANDS_SPEED if world.holding_hands else 1.0

    def _hidden_holds(self, here: int) -> bool:
        """Hidden and the hum is not rising: stay put rather than break cover."""
        player = self.sim.world.player
        if not player.hidden:
            return False
        return not self._hum_rising()

    def _hum_rising(self) -> bool:
        now = self.hum[self.tick % 16]
        before = self.hum[(self.tick + 1) % 16]
        return now > before + 0.02

    # -- cover ------------------------------------------------------------------------------------------------

    def _flee(self, here: int, field: FlowField | None) -> None:
        self._pick_cover(here, field, fleeing=True)
        self._set(Mode.FLEE)

    def _shelter(self, here: int, field: FlowField | None) -> None:
        self._pick_cover(here, field, fleeing=False)
        self._set(Mode.SHELTER)

    def _pick_cover(self, here: int, field: FlowField | None, fleeing: bool) -> None:
        player = self.sim.world.player
        dream = self.sim.world.dream
        tile = self.shelter.find(here, dream, self.watch, player.x, player.y, field, fleeing)
        self.path = [] if tile < 0 else self.shelter.path_to(here, tile, dream)
        if tile >= 0 and not self.path and tile != here:
            self.path = [tile]

    def _to_cover(self, here: int, field: FlowField | None) -> InputFrame:
        world = self.sim.world
        player = world.player
        fleeing = self.mode is Mode.FLEE
        if fleeing and world.holding_hands:
            return self._press(Action.HANDS, fallback=self._step_path(here, run=True))
        if here in self.path:
            del self.path[: self.path.index(here) + 1]
        if not self.path:
            if self.tick - self.mode_tick > 600 or not self.watch.seen:
                self._set(Mode.TRAVEL)
                return IDLE
            if not fleeing or self.watch.distance(player.x, player.y) > self.watch.radius + 24:
                self._set(Mode.WAIT)
                if here in self.shelter.spot_tiles and player.hide_spot is None:
                    return self._press(Action.INTERACT)
                return IDLE
            self._flee(here, field)  # still in reach of the light: further
            if not self.path:
                return self._away_from_light()
        near = self.watch.distance(player.x, player.y) < self.watch.radius + 20
        last_steps = len(self.path) <= 1 and self.watch.distance(player.x, player.y) > self.watch.radius + 16
        run = (fleeing or near) and not last_steps
        return self._step_path(here, run)

    def _step_path(self, here: int, run: bool) -> InputFrame:
        if not self.path:
            return IDLE
        ts = self.level.tile_size
        w = self.level.width
        nxt = self.path[0]
        return self._move_to((nxt % w + 0.5) * ts, (nxt // w + 0.5) * ts, run)

    def _away_from_light(self) -> InputFrame:
        player = self.sim.world.player
        dx, dy = player.x - self.watch.x, player.y - self.watch.y
        d = math.hypot(dx, dy) or 1.0
        return self._move_to(player.x + dx / d * 32, player.y + dy / d * 32, True)

    def _wait(self, here: int, field: FlowField | None, threat: int) -> InputFrame:
        player = self.sim.world.player
        watch = self.watch
        if (
            player.hidden
            and self._hum_rising()
            and watch.seen
            and watch.distance(player.x, player.y) < watch.radius + 48
        ):
            self._flee(here, field)
            return self._to_cover(here, field)
        if threat == 0:
            self.clear_ticks += 1
        else:
            self.clear_ticks = 0
        waited = self.tick - self.mode_tick
        if self.clear_ticks >= 20 or (waited > 1800 and threat < 2 and not watch.hunting):
            self._set(Mode.TRAVEL)
            if player.hide_spot is not None:
                return self._press(Action.INTERACT)
        if not self.shelter.is_safe(here, self.sim.world.dream) and threat and waited > 30:
            self._shelter(here, field)  # not as safe here as hoped: find better
        return IDLE

    # -- travelling -----------------------------------------------------------------------------------------

    def _travel(
        self, here: int, field: FlowField, distance: float, goal: Goal, camcorder: bool
    ) -> InputFrame:
        sim = self.sim
        world = sim.world
        player = world.player
        ahead = self.nav.ahead(field, here, 3)
        view = self._view_wanted(here, ahead, field, goal, distance)
        if view is not None and view != world.dream and camcorder:
            if view and sim.camcorder.battery < MIN_TO_START:
                self.trouble = "waiting for the camcorder's battery"
                return IDLE
            return self._press(Action.CAMCORDER, fallback=IDLE)
        self.trouble = ""
        if not ahead:
            return IDLE
        if self._quiet() and not world.holding_hands and not world.dream and self._partner_near():
            return self._press(Action.HANDS, fallback=self._step(ahead))
        if self.tick % 15 == 0 and item_in_reach(self.level, player.x, player.y, sim.picked, world.dream):
            return self._press(Action.INTERACT, fallback=self._step(ahead))
        return self._step(ahead)

    def _view_wanted(
        self, here: int, ahead: list[int], field: FlowField, goal: Goal, distance: float
    ) -> bool | None:
        """The view the way needs now: True (filming), False (not), None (either)."""
        nav = self.nav
        target = goal.target
        if target is not None and distance <= 3 and target.view is not View.BOTH:
            return target.view is View.DREAM
        if field is nav.union_field:
            if any(nav.needs_dream(t) for t in (here, *ahead[:2])):
                return True
            if any(nav.needs_reality(t) for t in (here, *ahead[:2])):
                return False
            if self.sim.world.dream and not any(nav.needs_dream(t) for t in ahead):
                return False if self._can_stop_filming() else None
            return None
        return False if self._can_stop_filming() else None

    def _can_stop_filming(self) -> bool:
        p = self.sim.world.player
        return not box_blocked(self.level.grid, self.level.tile_size, p.x, p.y, False)

    def _quiet(self) -> bool:
        watch = self.watch
        if watch.seen and (watch.hunting or watch.distance(*self._xy()) < watch.radius + 160):
            self.quiet = 0
            return False
        self.quiet += 1
        return self.quiet >= QUIET_TICKS

    def _xy(self) -> tuple[float, float]:
        p = self.sim.world.player
        return (p.x, p.y)

    def _partner_near(self, reach: float = HANDS_REACH - 6.0) -> bool:
        p, q = self.sim.world.player, self.sim.world.partner
        return math.hypot(p.x - q.x, p.y - q.y) <= reach

    def _step(self, ahead: list[int]) -> InputFrame:
        ts = self.level.tile_size
        w = self.level.width
        nxt = ahead[0]
        return self._move_to((nxt % w + 0.5) * ts, (nxt // w + 0.5) * ts, False)

    def _move_to(self, x: float, y: float, run: bool) -> InputFrame:
        """A step towards a point; when the feet have not moved for a while, back to the tile's middle."""
        player = self.sim.world.player
        moved = abs(player.x - self.last_xy[0]) + abs(player.y - self.last_xy[1])
        self.last_xy = (player.x, player.y)
        self.stuck = self.stuck + 1 if moved < 0.05 else 0
        if self.stuck > 6:
            ts = self.level.tile_size
            x, y = (player.x // ts + 0.5) * ts, (player.y // ts + 0.5) * ts
            if self.stuck > 30:
                self.stuck = 0
        dx, dy = x - player.x, y - player.y
        d = math.hypot(dx, dy)
        if d < 0.5:
            return IDLE
        mx, my = quantize_move(dx / d, dy / d)
        return InputFrame(move=(mx, my), held=Action.RUN if run else Action.NONE)

    def _press(self, action: Action, fallback: InputFrame = IDLE) -> InputFrame:
        """Press a toggle once (then leave it a moment), keeping whatever movement goes with it."""
        if self.tick - self.last_press.get(action, -PRESS_GAP) < PRESS_GAP:
            return fallback
        self.last_press[action] = self.tick
        return InputFrame(move=fallback.move, held=fallback.held | action, pressed=action)

    # -- at the goal ------------------------------------------------------------------------------------------

    def _wandering(self, goal: Goal) -> bool:
        attempts = self.attempts.get(goal.key)
        return attempts is not None and attempts.current is Try.WANDER and not attempts.due(self.tick)

    def _hiding_wanted(self, goal: Goal) -> bool:
        attempts = self.attempts.get(goal.key)
        return self.mode is Mode.AT_GOAL and attempts is not None and attempts.current is Try.HIDE

    def _at_goal(self, here: int, goal: Goal, camcorder: bool) -> InputFrame:
        sim = self.sim
        world = sim.world
        if self.mode is not Mode.AT_GOAL:
            self._set(Mode.AT_GOAL)
        if self.arrived < 0:
            self.arrived = self.tick
        if goal.is_exit:
            if self.tick - self.arrived > EXIT_PATIENCE and goal.target is not None:
                self.closed_exits.add(goal.target.id)
                self.goal = None  # choose again next tick
            return IDLE
        attempts = self.attempts.get(goal.key)
        if attempts is None:
            attempts = self.attempts[goal.key] = attempts_for(self.level, goal.target, camcorder)
            attempts.started = self.tick
        if attempts.due(self.tick):
            if attempts.current is Try.CAMCORDER and world.dream and self._can_stop_filming():
                return self._press(Action.CAMCORDER)
            if attempts.current is Try.HIDE and world.player.hide_spot is not None:
                return self._press(Action.INTERACT)
            attempts.advance(self.tick)
            self.wander = -1
        match attempts.current:
            case Try.HIDE:
                if world.player.hide_spot is None and self._partner_near(24.0):
                    return self._press(Action.INTERACT)
            case Try.ITEM:
                if item_in_reach(self.level, world.player.x, world.player.y, sim.picked, world.dream):
                    return self._press(Action.INTERACT)
            case Try.HANDS:
                if not world.holding_hands and self._partner_near():
                    return self._press(Action.HANDS)
            case Try.CAMCORDER:
                if not world.dream and sim.camcorder.battery >= MIN_TO_START:
                    return self._press(Action.CAMCORDER)
            case Try.WANDER:
                return self._wander(here, goal)
            case Try.WAIT:
                pass
        return IDLE

    def _wander(self, here: int, goal: Goal) -> InputFrame:
        """Walk about the target a little: a trigger may lie just beside it."""
        ts = self.level.tile_size
        w = self.level.width
        walk = self.sim.ai.walk_dream if self.sim.world.dream else self.sim.ai.walk
        if self.wander < 0 or here == self.wander:
            base = goal.tiles[self.rng.randrange(len(goal.tiles))]
            bx, by = base % w, base // w
            for _ in range(12):
                tx, ty = bx + self.rng.randint(-3, 3), by + self.rng.randint(-3, 3)
                if walk.open_at(tx, ty):
                    self.wander = walk.index(tx, ty)
                    break
            else:
                return IDLE
        return self._move_to((self.wander % w + 0.5) * ts, (self.wander // w + 0.5) * ts, False)
