"""Keeping out of the light: see it coming, take cover, run when hunted, wait until it has gone.

    SHELTER  the light will cross the way ahead: walk (run only if it is on top of the pair) to the best
             safe tile near the way, and stop there
    FLEE     the light has turned to alarm near the pair: let go of hands and run where the light, flying
             straight after them, would be furthest behind; once both are out of it, make for cover
    WAIT     still on safe ground (or in a hide spot) until the light has gone and the way is clear

What the bot reads is what a player sees (``game.bot.danger``): the light and its colour while on screen, how
it moves, the awareness eye. The partner trails the player by a step, so "out of the light" means both of them.
"""

from __future__ import annotations

from enum import Enum

from game.bot.danger import LightWatch, Shelter
from game.bot.memory import Memory
from game.bot.route import Navigator
from game.bot.steer import Buttons, Steering
from game.grid.field import FlowField
from game.grid.walk import WalkGrid
from game.input.frame import IDLE, Action, InputFrame
from game.view.player_view import PlayerView
from game.world.world import FILMING_SPEED, HANDS_SPEED

LOOK_TILES = 8
"""Tiles of the way ahead checked against the light's course."""
MARGIN = 30.0
"""Pixels beyond the light's rim the bot keeps the way clear by."""
FAR = 420.0
"""Beyond this distance from the light nothing ahead can meet it within the look-ahead."""
HOT = 40.0
"""Pixels beyond the rim: nearer than this to either of the pair, a hunting light is still on them."""
REPLAN = 30
"""Ticks between fresh choices of where to run."""
WAIT_LIMIT = 1800
"""After this long in cover with the light not hunting, go on even if it lingers within sight."""


class Evade(Enum):
    """What the bot does about the light."""

    NONE = "none"
    SHELTER = "shelter"
    FLEE = "flee"
    WAIT = "wait"


class Evasion:
    """The light-avoiding half of the level bot."""

    def __init__(
        self, view: PlayerView, memory: Memory, nav: Navigator, steer: Steering, buttons: Buttons
    ) -> None:
        self.view = view
        self.memory = memory
        self.caught = 0
        """Captures in this level so far (the caught overlay was seen): the bot keeps a wider berth."""
        self.nav = nav
        self.steer = steer
        self.buttons = buttons
        self.watch = LightWatch()
        self.shelter = Shelter(memory)
        self.mode = Evade.NONE
        self.since = 0
        self.tick = 0
        self.path: list[int] = []
        self.replan = 0
        self.running_phase = False
        self.clear = 0
        self.hum = [0.0] * 16
        self._threat_at = (-1, 0, 0)

    # -- looking ----------------------------------------------------------------------------------------------

    def observe(self, view: PlayerView, tick: int) -> None:
        """Look at the light and the awareness eye this tick."""
        self.view = view
        self.tick = tick
        self.watch.update(view.light)
        self.hum[tick % 16] = 0.0 if view.eye is None else float(view.eye.level)

    def reset(self) -> None:
        """After a capture (back at a checkpoint): the light's motion and any plan mean nothing now."""
        self.watch.forget_motion()
        self._set(Evade.NONE)
        self.path = []
        self._threat_at = (-1, 0, 0)

    def near(self) -> float:
        """Distance from the light's centre to the nearer of the pair."""
        view, watch = self.view, self.watch
        return min(
            watch.distance(view.player.x, view.player.y), watch.distance(view.partner.x, view.partner.y)
        )

    def threat(self, here: int, field: FlowField | None) -> int:
        """0: nothing; 1: the light will cross the way ahead; 2: it hunts, near."""
        watch = self.watch
        if not watch.seen:
            return 0
        d = self.near()
        r = watch.radius
        if watch.hunting and d < r + 12 * self.memory.tile_size:
            return 2
        if d > FAR + r:
            return 0
        if d > r + 160 and here == self._threat_at[0] and self.tick < self._threat_at[1]:
            return self._threat_at[2]  # far off: a look every few ticks is enough
        value = self._ahead(here, field, d)
        self._threat_at = (here, self.tick + 4, value)
        return value

    def _ahead(self, here: int, field: FlowField | None, d: float) -> int:
        watch, view = self.watch, self.view
        r = watch.radius
        dream = view.filming
        margin = MARGIN * (1.0 + 0.25 * min(4, self.caught))
        if d < r + margin * 0.5 and not self.shelter.is_safe(here, dream, view.player.running):
            return 1
        tiles = [here]
        if field is not None:
            tiles += self.nav.ahead(field, here, LOOK_TILES)[:LOOK_TILES]
        speed = FILMING_SPEED if dream else (HANDS_SPEED if view.holding_hands else 1.0)
        ts = self.memory.tile_size
        for k, tile in enumerate(tiles):
            if self.shelter.is_safe(tile, dream):
                continue
            cx, cy = self.steer.centre(tile)
            if watch.distance(cx, cy, k * ts / speed) < r + margin or (k == 0 and d < r + margin):
                return 1
        return 0

    def hum_rising(self) -> bool:
        """The eye opened further over the last quarter second: the Cube is growing aware of the pair."""
        return self.hum[self.tick % 16] > self.hum[(self.tick + 1) % 16]

    # -- acting -----------------------------------------------------------------------------------------------

    def decide(self, here: int, field: FlowField | None, threat: int) -> InputFrame | None:
        """This tick's frame while evading, or ``None`` when the light is no concern."""
        player = self.view.player
        if threat == 2 and self.mode is not Evade.FLEE and not (player.hidden and not self.hum_rising()):
            self._set(Evade.FLEE)
            self.running_phase = True
            self.path = []
        elif threat == 1 and self.mode is Evade.NONE and not player.in_hide_spot:
            self._set(Evade.SHELTER)
            self._pick_cover(here, field, fleeing=False)
        match self.mode:
            case Evade.FLEE:
                return self._flee(here)
            case Evade.SHELTER:
                return self._shelter(here)
            case Evade.WAIT:
                return self._wait(here, field, threat)
        return None

    def _set(self, mode: Evade) -> None:
        if mode is not self.mode:
            self.mode = mode
            self.since = self.tick
            self.clear = 0

    def _walkable(self) -> WalkGrid:
        return self.memory.walk_dream if self.view.filming else self.memory.walk

    def _pick_cover(self, here: int, field: FlowField | None, fleeing: bool) -> None:
        view = self.view
        p = view.player
        tile = self.shelter.find(
            here, view.filming, self.watch, p.x, p.y, None if fleeing else field, fleeing
        )
        self.path = [] if tile < 0 else self.shelter.path_to(here, tile, view.filming)

    def _follow(self, here: int, run: bool) -> InputFrame:
        if here in self.path:
            del self.path[: self.path.index(here) + 1]
        if not self.path:
            return IDLE
        return self.steer.along(self.view.player, here, self.path, self._walkable(), run)

    def _flee(self, here: int) -> InputFrame:
        view, watch = self.view, self.watch
        if view.player.in_hide_spot:
            return self.buttons.press(Action.INTERACT)  # found in here: out, and run
        hot = self.near() < watch.radius + HOT
        if hot:
            if not self.path or self.tick >= self.replan or self.steer.stuck > 2:
                tile = self.shelter.flee(here, view.filming, watch)
                self.path = [] if tile < 0 else self.shelter.path_to(here, tile, view.filming)
                self.replan = self.tick + REPLAN
            self.running_phase = True
        elif self.running_phase:
            self.running_phase = False  # out of the light: now for cover, away from it
            self._pick_cover(here, None, fleeing=True)
        if here in self.path:
            del self.path[: self.path.index(here) + 1]
        if not self.path:
            if hot:
                self.replan = self.tick
                return IDLE
            return self._arrive(here)
        frame = self._follow(here, run=self.running_phase or len(self.path) > 1)
        if view.holding_hands:
            return self.buttons.press(Action.HANDS, fallback=frame)  # hands are too slow to run with
        return frame

    def _shelter(self, here: int) -> InputFrame:
        if here in self.path:
            del self.path[: self.path.index(here) + 1]
        if not self.path:
            return self._arrive(here)
        run = self.near() < self.watch.radius + 20 and len(self.path) > 1
        return self._follow(here, run)

    def _arrive(self, here: int) -> InputFrame:
        self._set(Evade.WAIT)
        self.steer.hold()
        if here in self.shelter.spot_tiles and not self.view.player.in_hide_spot:
            return self.buttons.press(Action.INTERACT)
        return IDLE

    def _wait(self, here: int, field: FlowField | None, threat: int) -> InputFrame:
        view, watch = self.view, self.watch
        player = view.player
        if player.hidden and self.hum_rising() and self.near() < watch.radius + 48:
            self._set(Evade.FLEE)  # it saw us go in: run after all
            self.running_phase = True
            self.path = []
            return self._flee(here)
        self.clear = self.clear + 1 if threat == 0 else 0
        waited = self.tick - self.since
        if self.clear >= 20 or (waited > WAIT_LIMIT and threat < 2 and not watch.hunting):
            self._set(Evade.NONE)
            if player.in_hide_spot:
                return self.buttons.press(Action.INTERACT)
            return IDLE
        if threat and waited > 30 and not self.shelter.is_safe(here, view.filming):
            self._set(Evade.SHELTER)  # not as safe here as hoped: find better
            self._pick_cover(here, field, fleeing=False)
        return IDLE
