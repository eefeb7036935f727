"""The bot inside a level: talk, go for the goal, keep out of the light, hold hands, film where needed.

Each tick, in order: a line or a choice on screen is answered (``game.bot.talk``); a cutscene is watched;
the light is looked at and, if it threatens, evaded (``game.bot.evade``); otherwise the bot walks the goal's
flow field (``game.bot.route``) with the camcorder on where only the dream has floor, takes the partner's hand
in quiet moments, picks up what lies in reach, and at the target tries what a player would
(``game.bot.attempts``). :attr:`LevelBot.mode` names what it is doing (``travel``, ``at_goal`` or one of the
evasion modes). It reads what a player sees and hears and answers with one InputFrame a tick.

A curious bot also goes out of its way, while no story runs, to the places found by looking (Triggers marked
``found``) within ``DETOUR_REACH`` tiles of walking, as a player who wanders does.
"""

from __future__ import annotations

import math
import random

from game.ai.nav import INF, FlowField
from game.bot.attempts import AtGoal, Try
from game.bot.evade import Evade, Evasion
from game.bot.goal import EXIT_PATIENCE, Goal, item_in_reach, nearest_place, objective_goal
from game.bot.route import Navigator
from game.bot.steer import Buttons, Steering
from game.bot.talk import Talk
from game.bot.watchdog import BotStuckError, Watchdog
from game.input.frame import IDLE, Action, InputFrame
from game.sim.level_sim import LevelSim
from game.sim.rules import DREAM_SCENES, HANDS_REACH
from game.world.camcorder import MIN_TO_START
from game.world.level import View
from game.world.movement import box_blocked

QUIET_TICKS = 90
"""Ticks of quiet (no light near) before the bot takes the partner's hand."""
QUIET_DISTANCE = 160.0
"""Pixels beyond the light's rim that count as quiet."""
STORY_GRACE = 180
"""Ticks a level's story may run before the bot, with no objective given, heads for an Exit."""
ITEM_LOOK = 15
"""Ticks between looks for something to pick up on the way."""
DETOUR_LOOK = 120
"""Ticks between a curious bot's looks for a place found by looking."""
DETOUR_REACH = 70.0
"""Tiles of walking, from where it stands, a curious bot goes out of its way for one."""
DETOUR_PATIENCE = 30 * 60
"""Ticks a curious bot tries to reach one before it gives that place up."""
DETOUR_TRIES = 3
"""Times a curious bot sets out for one place, turned back each time by a new objective, before it gives that
place up."""


class LevelBot:
    """Plays one level simulation; :meth:`frame` is called once per tick the level is on top."""

    def __init__(
        self, sim: LevelSim, talk: Talk, rng: random.Random, watchdog: Watchdog, curious: bool = False
    ) -> None:
        self.sim = sim
        self.level = sim.level
        self.talk = talk
        self.watchdog = watchdog
        ai = sim.ai
        self.nav = Navigator(self.level, ai.walk, ai.walk_dream)
        self.steer = Steering(self.level.tile_size, self.level.width)
        self.buttons = Buttons()
        self.evasion = Evasion(sim, self.nav, self.steer, self.buttons)
        self.at_goal = AtGoal(sim, self.steer, self.buttons, rng)
        self.tick = 0
        self.goal: Goal | None = None
        self.objective: tuple[str, str] | None = None
        self.closed_exits: set[int] = set()
        self.missed_items: set[int] = set()
        self.arrived = -1
        self.arrived_now = False
        self.quiet = 0
        self.trouble = ""
        self.caught_seen = sim.caught_here
        self.curious = curious
        self.found_places = {o.id for o in self.level.objects_of("Trigger") if o.prop("found", False) is True}
        self.given_up: set[int] = set()
        self.reached: set[int] = set()
        self.detour: Goal | None = None
        self.detour_since = 0
        self.detour_objective: tuple[str, str] | None = None
        self.detour_tries: dict[int, int] = {}
        self.next_look = 0

    @property
    def mode(self) -> str:
        """What the bot is doing: ``travel``, ``at_goal``, ``shelter``, ``flee`` or ``wait``."""
        if self.evasion.mode is not Evade.NONE:
            return str(self.evasion.mode.value)
        return "at_goal" if self.arrived_now else "travel"

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
        self.buttons.tick = self.tick
        if sim.caught_here != self.caught_seen:
            self.caught_seen = sim.caught_here
            self.evasion.reset()
            self.arrived = -1
        self.evasion.observe(self.tick)
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
        evading = self.evasion.decide(here, field, self.evasion.threat(here, field))
        if evading is not None:
            self.arrived_now = False
            return evading
        return self._play(here, field, distance, goal, camcorder)

    def _count(self, why: str) -> None:
        if self.watchdog.tick():
            raise BotStuckError(
                f"{self.level.scene}: no progress for {self.watchdog.limit // 3600} minutes of game time: {why}"
                f" (caught {self.sim.caught_here} times here; tried at the target: "
                f"{', '.join(self.at_goal.tried(self.goal)) or 'nothing'})"
            )

    def _tile(self, index: int) -> tuple[int, int]:
        w = self.level.width
        return (index % w, index // w)

    # -- goals ----------------------------------------------------------------------------------------------

    def _goal(self, here: int, camcorder: bool) -> Goal:
        detour = self._detour(here, camcorder)
        if detour is not None:
            return detour
        objective = self.sim.objective
        goal = self.goal
        taken = (
            goal is not None
            and goal.kind == "item"
            and goal.target is not None
            and goal.target.id in self.sim.picked
        )
        if objective != self.objective or goal is None or taken:
            self.objective = objective
            if objective is not None:
                found = objective_goal(self.level, self.nav, objective[0], objective[1])
                if isinstance(found, str):
                    raise BotStuckError(f"{self.level.scene}: {found}")
                goal = found
            else:
                goal = self._exit_goal(here, camcorder)
            self.goal = goal
            self.nav.aim(goal.tiles)
            self.arrived = -1
            self.trouble = ""
        assert goal is not None
        return goal

    def _detour(self, here: int, camcorder: bool) -> Goal | None:
        """A curious bot's look at a place found by looking, while the story is quiet (None: no detour)."""
        if not self.curious:
            return None
        sim, detour = self.sim, self.detour
        if detour is not None:
            # Kept while the story only passes by (a trigger on the way that plays nothing); left when the
            # place is reached, when the story gives a new objective (for a while, a few times), or when it
            # takes too long (for good).
            target = detour.target
            assert target is not None
            if target.id in sim.fired:
                self.reached.add(target.id)  # kept across a retry, which may restore the trigger unfired
            elif self.tick - self.detour_since > DETOUR_PATIENCE:
                self.given_up.add(target.id)
            elif sim.objective != self.detour_objective:
                tries = self.detour_tries[target.id] = self.detour_tries.get(target.id, 0) + 1
                if tries >= DETOUR_TRIES:
                    self.given_up.add(target.id)
            else:
                return detour
            self.detour = None
            self.goal = None  # back to the objective: aim for it again
            self.next_look = self.tick + DETOUR_LOOK
            return None
        left = self.found_places - sim.fired - self.reached - self.given_up
        quiet = sim.runner is None or sim.runner.idle
        busy = (
            self.arrived_now or self.evasion.mode is not Evade.NONE or sim.world.player.hide_spot is not None
        )
        if not quiet or busy or not left or self.tick < self.next_look:
            return None
        self.next_look = self.tick + DETOUR_LOOK
        found = nearest_place(
            self.level, self.nav, here, camcorder, "Trigger", set(), only=left, kind="found"
        )
        if found is None or found.cost is None or found.cost > DETOUR_REACH:
            return None
        self.detour, self.detour_since, self.detour_objective = found, self.tick, sim.objective
        self.nav.aim(found.tiles)
        self.arrived = -1
        return found

    def _exit_goal(self, here: int, camcorder: bool) -> Goal:
        level, picked = self.level, self.sim.picked
        found = nearest_place(level, self.nav, here, camcorder, "Exit", self.closed_exits)
        if found is None and self.closed_exits:
            self.closed_exits.clear()  # conditions change: try them all again
            found = nearest_place(level, self.nav, here, camcorder, "Exit", self.closed_exits)
        if found is None:
            found = nearest_place(level, self.nav, here, camcorder, "Item", picked | self.missed_items)
        if found is None:
            raise BotStuckError(
                f"{level.scene}: there is no objective and no Exit the pair can reach from tile "
                f"{self._tile(here)} of {level.source.path} (nor an Item left that might open the way)"
            )
        return found

    # -- playing --------------------------------------------------------------------------------------------

    def _play(
        self, here: int, field: FlowField | None, distance: float, goal: Goal, camcorder: bool
    ) -> InputFrame:
        player = self.sim.world.player
        if player.hide_spot is not None and not (self.arrived_now and self.at_goal.current(goal) is Try.HIDE):
            return self.buttons.press(Action.INTERACT)  # out of the hiding place: the way goes on
        if distance == 0.0 or (self.arrived_now and self.at_goal.wandering(goal, self.tick)):
            self.arrived_now = True
            if self.arrived < 0:
                self.arrived = self.tick
            if goal.kind != "objective":
                return self._at_place(goal)
            return self.at_goal.frame(self.tick, here, goal)
        self.arrived_now = False
        self.arrived = -1
        if field is None:
            return IDLE
        return self._travel(here, field, distance, goal, camcorder)

    def _at_place(self, goal: Goal) -> InputFrame:
        """At an Exit that has not opened (try another), an Item (take it), or a place found by looking (the
        story takes it from here)."""
        target = goal.target
        if target is None or goal.kind == "found":
            return IDLE
        waited = self.tick - self.arrived
        if goal.kind == "item":
            sim = self.sim
            player = sim.world.player
            if waited > EXIT_PATIENCE:
                self.missed_items.add(target.id)  # out of reach after all
                self.goal = None
            elif item_in_reach(self.level, player.x, player.y, sim.picked, sim.world.dream):
                return self.buttons.press(Action.INTERACT)
            return IDLE
        if waited > EXIT_PATIENCE:
            self.closed_exits.add(target.id)  # it did not open: another one
            self.goal = None
        return IDLE

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
                self.steer.hold()
                return IDLE
            return self.buttons.press(Action.CAMCORDER)
        self.trouble = ""
        if not ahead:
            return IDLE
        walk = sim.ai.walk_dream if world.dream else sim.ai.walk
        step = self.steer.along(player, here, ahead, walk, run=False)
        if self._quiet() and not world.holding_hands and not world.dream and self._partner_near():
            return self.buttons.press(Action.HANDS, fallback=step)
        if self.tick % ITEM_LOOK == 0 and item_in_reach(
            self.level, player.x, player.y, sim.picked, world.dream
        ):
            return self.buttons.press(Action.INTERACT, fallback=step)
        return step

    def _view_wanted(
        self, here: int, ahead: list[int], field: FlowField, goal: Goal, distance: float
    ) -> bool | None:
        """The view the way needs now: True (filming), False (not), None (either)."""
        nav = self.nav
        target = goal.target
        if target is not None and distance <= 3 and target.view is not View.BOTH:
            return target.view is View.DREAM
        if self.level.scene in DREAM_SCENES:
            return True  # the dream costs no battery: a player keeps looking through the camcorder
        if field is nav.union_field:
            near = (here, *ahead[:2])
            if any(nav.needs_dream(t) for t in near):
                return True
            if any(nav.needs_reality(t) for t in near):
                return False
            if self.sim.world.dream and not any(nav.needs_dream(t) for t in ahead):
                return False if self._can_stop_filming() else None
            return None
        return False if self._can_stop_filming() else None

    def _can_stop_filming(self) -> bool:
        p = self.sim.world.player
        return not box_blocked(self.level.grid, self.level.tile_size, p.x, p.y, False)

    def _quiet(self) -> bool:
        watch = self.evasion.watch
        if watch.seen and (watch.hunting or self.evasion.near() < watch.radius + QUIET_DISTANCE):
            self.quiet = 0
            return False
        self.quiet += 1
        return self.quiet >= QUIET_TICKS

    def _partner_near(self, reach: float = HANDS_REACH - 6.0) -> bool:
        p, q = self.sim.world.player, self.sim.world.partner
        return math.hypot(p.x - q.x, p.y - q.y) <= reach
