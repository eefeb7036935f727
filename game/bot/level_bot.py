"""The bot inside a level: talk, go for the goal, keep out of the light, hold hands, film where needed.

Each tick it reads the :class:`~game.view.player_view.PlayerView` (what is on screen and in the speakers) and
its own :class:`~game.bot.memory.Memory` of what it has seen, and answers with one InputFrame. In order: a line
or a choice on screen is answered (``game.bot.talk``); a cutscene is watched; the light is looked at and, if it
threatens, evaded (``game.bot.evade``); otherwise the bot walks the goal's flow field (``game.bot.route``) with
the camcorder on where only the dream has floor, takes the partner's hand in quiet moments, picks up what lies
at its feet, and at the target tries what a player would (``game.bot.attempts``). :attr:`LevelBot.mode` names
what it is doing (``travel``, ``at_goal`` or one of the evasion modes).

The goal is the objective's place once it has been on screen (the objective's words name it); until then the
bot walks towards ground it has not seen, leaning the way the words say (``game.bot.goal``). With no objective
it makes for a way out it has seen.

A curious bot also goes out of its way, while no story runs, to ground it has seen but not walked near that
draws the eye (beside a wreck, stones or chairs one can see over, or under a roof: inside a shop), within
``DETOUR_REACH`` tiles of walking, as a player who wanders does: that is how it comes upon the places nobody
points at.
"""

from __future__ import annotations

import random

from game.bot.attempts import AtGoal, Try, can_stop_filming, item_in_reach, partner_near
from game.bot.evade import Evade, Evasion
from game.bot.goal import EXIT_PATIENCE, Goal, nearest_place, place_goal, search_goal
from game.bot.memory import Memory
from game.bot.route import Navigator
from game.bot.steer import Buttons, Steering
from game.bot.talk import Talk
from game.bot.watchdog import BotStuckError, Watchdog
from game.grid.field import INF, FlowField
from game.input.frame import IDLE, Action, InputFrame
from game.view.player_view import PlayerView

QUIET_TICKS = 90
"""Ticks of quiet (no light near) before the bot takes the partner's hand."""
QUIET_DISTANCE = 160.0
"""Pixels beyond the light's rim that count as quiet."""
STORY_GRACE = 180
"""Ticks a level may run before the bot, with no objective given, looks for a way out."""
ITEM_LOOK = 15
"""Ticks between looks for something to pick up on the way."""
DETOUR_LOOK = 120
"""Ticks between a curious bot's looks for ground it has not walked near."""
DETOUR_REACH = 30.0
"""Tiles of walking, from where it stands, a curious bot goes out of its way."""
DETOUR_MIN = 8.0
"""Tiles of walking below which ground is not worth a detour (it is seen well enough from here)."""
AROUND = ((3, 0), (-3, 0), (0, 3), (0, -3), (3, 3), (-3, 3), (3, -3), (-3, -3))
"""Offsets looked at around a candidate to tell a whole room or cluster of props from a stray corner."""
MORE_WORTH = 3.0
"""Tiles of walking each such offset that is itself unvisited ground of interest is worth."""
DETOUR_PATIENCE = 20 * 60
"""Ticks a curious bot tries to reach one place before it gives that place up."""
DETOUR_TRIES = 3
"""Detours a curious bot makes while one objective stands (then it gets on with it)."""
CAMCORDER = "camcorder"
CAMERA_WORDS = ("camera", "camcorder")
"""Words of an objective that tell a player to look through the camcorder to find its place (read in
English, so every language plays alike)."""


class LevelBot:
    """Plays one level; :meth:`frame` is called once per tick the level is on top, with what the player sees."""

    def __init__(
        self, view: PlayerView, talk: Talk, rng: random.Random, watchdog: Watchdog, curious: bool = False
    ) -> None:
        self.view = view
        self.map = view.map
        self.memory = Memory(view)
        self.talk = talk
        self.watchdog = watchdog
        self.nav = Navigator(self.memory)
        self.steer = Steering(self.map.tile_size, self.map.width)
        self.buttons = Buttons()
        self.evasion = Evasion(view, self.memory, self.nav, self.steer, self.buttons)
        self.at_goal = AtGoal(self.memory, self.steer, self.buttons, rng)
        self.tick = 0
        self.goal: Goal | None = None
        self.objective: str | None = None
        self.closed_exits: set[int] = set()
        self.missed_items: set[int] = set()
        self.arrived = -1
        self.arrived_now = False
        self.quiet = 0
        self.trouble = ""
        self.curious = curious
        self.detour: Goal | None = None
        self.detour_since = 0
        self.detours = 0
        self.given_up: set[int] = set()
        self.searched: set[int] = set()
        self.look_through: str | None = None
        """The objective whose place the bot looks for through the camcorder (not found without it)."""
        self.next_look = 0

    @property
    def mode(self) -> str:
        """What the bot is doing: ``travel``, ``at_goal``, ``shelter``, ``flee`` or ``wait``."""
        if self.evasion.mode is not Evade.NONE:
            return str(self.evasion.mode.value)
        return "at_goal" if self.arrived_now else "travel"

    def caught(self) -> None:
        """The caught overlay showed: back at the last checkpoint, the light's motion and any plan mean nothing."""
        self.evasion.caught += 1
        self.evasion.reset()
        self.arrived = -1

    # -- the tick -------------------------------------------------------------------------------------------

    def frame(self, view: PlayerView) -> InputFrame:
        """This tick's input."""
        self.view = view
        memory = self.memory
        memory.look(view)
        talk = view.talk
        choice = talk.options
        if choice is not None:
            self.watchdog.story(self.talk.lines + len(self.talk.choices))
            return self.talk.choose(choice, talk.cursor)
        if talk.line is not None and talk.waits:
            self.watchdog.story(self.talk.lines + len(self.talk.choices))
            return self.talk.line(talk.line)
        if talk.cutscene:
            self._count("the controls stay taken (a cutscene that does not end)")
            return IDLE
        self.tick += 1
        self.buttons.tick = self.tick
        if any(c.kind.value == "checkpoint" for c in view.cues):
            self.evasion.caught = 0  # "[saved]": a fresh start from here
        self.evasion.observe(view, self.tick)
        player = view.player
        here = memory.tile_of(player.x, player.y)
        camcorder = CAMCORDER in view.inventory
        if view.objective is None and self.tick < STORY_GRACE:
            return IDLE  # the level is still setting the scene; it may give an objective yet
        goal = self._goal(here, camcorder)
        self.nav.refresh(here, camcorder)
        field = self.nav.field_for(here, camcorder)
        distance = field.cost_at(here) if field is not None else INF
        self.watchdog.goal(goal.key)
        self.watchdog.distance(distance)
        if field is None:
            self.trouble = f"the {goal.label} cannot be reached from tile {self._tile(here)} in any view"
            if goal.kind == "search":
                self.searched.add(goal.tiles[0])
                self.goal = None
        self._count(self.trouble or f"no step nearer the {goal.label}")
        evading = self.evasion.decide(here, field, self.evasion.threat(here, field))
        if evading is not None:
            self.arrived_now = False
            return evading
        return self._play(here, field, distance, goal, camcorder)

    def _count(self, why: str) -> None:
        if self.watchdog.tick():
            raise BotStuckError(
                f"{self.map.scene}: no progress for {self.watchdog.limit // 3600} minutes of game time: {why}"
                f" (caught {self.evasion.caught} times since the last checkpoint; tried at the target: "
                f"{', '.join(self.at_goal.tried(self.goal)) or 'nothing'})"
            )

    def _tile(self, index: int) -> tuple[int, int]:
        w = self.map.width
        return (index % w, index // w)

    # -- goals ----------------------------------------------------------------------------------------------

    def _aim(self, goal: Goal) -> Goal:
        self.goal = goal
        self.nav.aim(goal.tiles)
        self.arrived = -1
        self.trouble = ""
        return goal

    def _goal(self, here: int, camcorder: bool) -> Goal:
        view, memory = self.view, self.memory
        objective = view.objective
        line_id = None if objective is None else objective.id
        if line_id != self.objective:
            self.objective = line_id
            self.searched.clear()
            words = "" if objective is None else (objective.english or "").lower()
            if line_id is not None and any(w in words for w in CAMERA_WORDS):
                self.look_through = line_id  # the words say the camera shows the way: look through it
            self.detours = 0
            self.detour = None
            self.goal = None
        detour = self._detour(here, camcorder)
        if detour is not None:
            return detour
        goal = self.goal
        if goal is not None and goal.kind == "item" and goal.target and goal.target.id not in memory.places:
            goal = None  # taken
        if (
            goal is not None
            and goal.kind == "search"
            and line_id is not None
            and line_id in memory.objective_places
        ):
            goal = None  # the place came into view
        if goal is not None:
            return goal
        if objective is not None:
            place = memory.objective_places.get(objective.id)
            if place is not None:
                return self._aim(place_goal(objective.id, place, self.nav))
            through = camcorder and self.look_through == objective.id
            found = search_goal(
                memory,
                self.nav,
                here,
                through,
                f"the objective {objective.id!r}",
                objective.english,
                self.searched,
            )
            if found is None and camcorder and self.look_through != objective.id:
                # Looked everywhere and not found: look again, through the camcorder (its view shows more).
                self.look_through = objective.id
                memory.looked = bytearray(len(memory.looked))
                self.searched.clear()
                found = search_goal(
                    memory,
                    self.nav,
                    here,
                    camcorder,
                    f"the objective {objective.id!r}",
                    objective.english,
                    set(),
                )
            if found is None:
                raise BotStuckError(
                    f"{self.map.scene}: the objective {objective.id!r} ({objective.english!r}) names a place the "
                    f"bot never saw, and there is no ground left unseen that it can reach from tile "
                    f"{self._tile(here)}"
                )
            return self._aim(found)
        return self._aim(self._exit_goal(here, camcorder))

    def _detour(self, here: int, camcorder: bool) -> Goal | None:
        """A curious bot's look at ground seen but not walked near, while the story is quiet (None: none)."""
        if not self.curious:
            return None
        detour = self.detour
        if detour is not None:
            tile = detour.tiles[0]
            if self.memory.visited[tile] or self.tick - self.detour_since > DETOUR_PATIENCE:
                self.given_up.add(tile)
                self.detour = None
                self.goal = None  # back to the objective: aim for it again
                self.next_look = self.tick + DETOUR_LOOK
                return None
            return detour
        view = self.view
        quiet = view.talk.line is None and not view.talk.cutscene
        busy = self.arrived_now or self.evasion.mode is not Evade.NONE or view.player.in_hide_spot
        if not quiet or busy or self.detours >= DETOUR_TRIES or self.tick < self.next_look:
            return None
        self.next_look = self.tick + DETOUR_LOOK
        grid = self.nav.union if camcorder else self.nav.walk
        reach = FlowField(grid, DETOUR_REACH)
        reach.recompute(here)
        memory = self.memory
        seen, visited, interesting, dist = memory.seen, memory.visited, memory.interesting, reach.dist
        w, size = memory.width, len(seen)
        around = [dy * w + dx for dx, dy in AROUND]
        best, best_score = -1, INF
        for i in reach.touched:
            if (
                not (seen[i] and interesting[i] and not visited[i])
                or i in self.given_up
                or dist[i] < DETOUR_MIN
            ):
                continue
            # Where more such ground lies about it (a whole room, a cluster of props), the look is worth more.
            more = sum(
                1
                for o in around
                if 0 <= i + o < size and seen[i + o] and interesting[i + o] and not visited[i + o]
            )
            score = dist[i] - MORE_WORTH * more
            if score < best_score:
                best, best_score = i, score
        best_cost = dist[best] if best >= 0 else INF
        if best < 0:
            return None
        w = memory.width
        label = f"a look at ground not walked near (tile {best % w}, {best // w})"
        found = Goal(("found", str(best)), None, [best], label, kind="found", cost=best_cost)
        self.detour, self.detour_since = found, self.tick
        self.detours += 1
        self.nav.aim(found.tiles)
        self.arrived = -1
        return found

    def _exit_goal(self, here: int, camcorder: bool) -> Goal:
        memory = self.memory
        taken = {p.id for p in memory.places.values() if p.kind == "item"}
        found = nearest_place(memory, self.nav, here, camcorder, "exit", self.closed_exits)
        if found is None and self.closed_exits:
            self.closed_exits.clear()  # conditions change: try them all again
            found = nearest_place(memory, self.nav, here, camcorder, "exit", self.closed_exits)
        if found is None:
            found = nearest_place(memory, self.nav, here, camcorder, "item", self.missed_items)
        if found is None:
            found = search_goal(memory, self.nav, here, camcorder, "a way out", None, self.searched)
        if found is None:
            raise BotStuckError(
                f"{self.map.scene}: there is no objective and no Exit the pair can reach from tile "
                f"{self._tile(here)} (nor an Item left that might open the way; {len(taken)} seen)"
            )
        return found

    # -- playing --------------------------------------------------------------------------------------------

    def _play(
        self, here: int, field: FlowField | None, distance: float, goal: Goal, camcorder: bool
    ) -> InputFrame:
        player = self.view.player
        if player.in_hide_spot and not (self.arrived_now and self.at_goal.current(goal) is Try.HIDE):
            return self.buttons.press(Action.INTERACT)  # out of the hiding place: the way goes on
        if distance == 0.0 or (self.arrived_now and self.at_goal.wandering(goal, self.tick)):
            self.arrived_now = True
            if self.arrived < 0:
                self.arrived = self.tick
            if goal.kind != "objective":
                return self._at_place(goal)
            return self.at_goal.frame(self.view, self.tick, here, goal)
        self.arrived_now = False
        self.arrived = -1
        if field is None:
            return IDLE
        return self._travel(here, field, distance, goal, camcorder)

    def _at_place(self, goal: Goal) -> InputFrame:
        """At a way out that has not opened (try another), a thing to take (take it), or ground looked for
        (look further)."""
        target = goal.target
        if goal.kind == "search":
            self.searched.add(goal.tiles[0])
            self.goal = None
            return IDLE
        if target is None or goal.kind == "found":
            return IDLE
        waited = self.tick - self.arrived
        if goal.kind == "item":
            if waited > EXIT_PATIENCE:
                self.missed_items.add(target.id)  # out of reach after all
                self.goal = None
            elif item_in_reach(self.view):
                return self.buttons.press(Action.INTERACT)
            return IDLE
        if waited > EXIT_PATIENCE:
            self.closed_exits.add(target.id)  # it did not open: another one
            self.goal = None
        return IDLE

    def _travel(
        self, here: int, field: FlowField, distance: float, goal: Goal, camcorder: bool
    ) -> InputFrame:
        view = self.view
        player = view.player
        ahead = self.nav.ahead(field, here, 3)
        wanted = self._view_wanted(here, ahead, field, goal, distance)
        if wanted is not None and wanted != view.filming and camcorder:
            if wanted and not view.battery_to_film:
                self.trouble = "waiting for the camcorder's battery"
                self.steer.hold()
                return IDLE
            return self.buttons.press(Action.CAMCORDER)
        self.trouble = ""
        if not ahead:
            return IDLE
        walk = self.memory.walk_dream if view.filming else self.memory.walk
        step = self.steer.along(player, here, ahead, walk, run=False)
        if self._quiet() and not view.holding_hands and not view.filming and partner_near(view):
            return self.buttons.press(Action.HANDS, fallback=step)
        if self.tick % ITEM_LOOK == 0 and item_in_reach(view):
            return self.buttons.press(Action.INTERACT, fallback=step)
        return step

    def _view_wanted(
        self, here: int, ahead: list[int], field: FlowField, goal: Goal, distance: float
    ) -> bool | None:
        """The view the way needs now: True (filming), False (not), None (either)."""
        nav, view = self.nav, self.view
        target = goal.target
        if target is not None and distance <= 3 and target.view != "both":
            return target.view == "dream"
        if self.map.dream_scene:
            return True  # the dream costs no battery: a player keeps looking through the camcorder
        if goal.kind == "search" and self.look_through is not None and self.look_through == self.objective:
            return True
        if field is nav.union_field:
            near = (here, *ahead[:2])
            if any(nav.needs_dream(t) for t in near):
                return True
            if any(nav.needs_reality(t) for t in near):
                return False
            if view.filming and not any(nav.needs_dream(t) for t in ahead):
                return False if can_stop_filming(view, self.memory) else None
            return None
        return False if can_stop_filming(view, self.memory) else None

    def _quiet(self) -> bool:
        watch = self.evasion.watch
        if watch.seen and (watch.hunting or self.evasion.near() < watch.radius + QUIET_DISTANCE):
            self.quiet = 0
            return False
        self.quiet += 1
        return self.quiet >= QUIET_TICKS
