"""Turning a way of tiles into a stick direction: straight lines where the feet fit, unstuck when they snag.

Walking from tile centre to tile centre zigzags (the grid has eight directions); a player runs straight at
the furthest point they can see is clear. So does the bot: from the tiles ahead it picks the furthest whose
centre the feet box reaches in a straight line (checked once per tile entered), and steers at it.
"""

from __future__ import annotations

import math

from game.grid.walk import WalkGrid
from game.input.frame import IDLE, Action, InputFrame, quantize_move
from game.view.player_view import ActorView
from game.world.movement import FOOT_HALF_H, FOOT_HALF_W

PULL_TILES = 6
"""How many tiles ahead the bot looks for a straight line."""
STUCK_TICKS = 6
"""Ticks without moving before the bot steps back to its tile's middle."""
_CORNERS = tuple(
    (sx * (FOOT_HALF_W - 0.5), sy * (FOOT_HALF_H - 0.5)) for sx in (-1.0, 1.0) for sy in (-1.0, 1.0)
)


class Steering:
    """The stick: where to point it this tick."""

    def __init__(self, tile_size: int, width: int) -> None:
        self.ts = tile_size
        self.width = width
        self.stuck = 0
        self.last = (math.nan, math.nan)
        self._key: tuple[int, int, int] = (-1, -1, -1)
        self._aim = (0.0, 0.0)

    def centre(self, tile: int) -> tuple[float, float]:
        """A tile's middle in pixels."""
        ts = self.ts
        return ((tile % self.width + 0.5) * ts, (tile // self.width + 0.5) * ts)

    def along(self, actor: ActorView, here: int, tiles: list[int], nav: WalkGrid, run: bool) -> InputFrame:
        """Follow a way of tiles (``here`` excluded), straight where the feet fit."""
        if not tiles:
            return IDLE
        key = (here, tiles[0], id(nav))
        if key != self._key:
            self._key = key
            self._aim = self._pull(actor, tiles, nav)
        return self.toward(actor, self._aim[0], self._aim[1], run)

    def _pull(self, actor: ActorView, tiles: list[int], nav: WalkGrid) -> tuple[float, float]:
        x, y = actor.x, actor.y
        ts = self.ts
        for j in range(min(len(tiles), PULL_TILES) - 1, 0, -1):
            cx, cy = self.centre(tiles[j])
            if all(nav.segment_clear(x + ox, y + oy, cx + ox, cy + oy, ts) for ox, oy in _CORNERS):
                return (cx, cy)
        return self.centre(tiles[0])

    def toward(self, actor: ActorView, x: float, y: float, run: bool) -> InputFrame:
        """A step towards a point; when the feet have not moved for a while, back to the tile's middle."""
        moved = abs(actor.x - self.last[0]) + abs(actor.y - self.last[1])
        self.last = (actor.x, actor.y)
        self.stuck = self.stuck + 1 if not moved >= 0.05 else 0
        if self.stuck > STUCK_TICKS:
            ts = self.ts
            x, y = (actor.x // ts + 0.5) * ts, (actor.y // ts + 0.5) * ts
            self._key = (-1, -1, -1)
            if self.stuck > 5 * STUCK_TICKS:
                self.stuck = 0
        dx, dy = x - actor.x, y - actor.y
        d = math.hypot(dx, dy)
        if d < 0.5:
            self.stuck = 0
            return IDLE
        mx, my = quantize_move(dx / d, dy / d)
        return InputFrame(move=(mx, my), held=Action.RUN if run else Action.NONE)

    def hold(self) -> None:
        """Standing still on purpose: not stuck."""
        self.stuck = 0
        self.last = (math.nan, math.nan)


PRESS_GAP = 12
"""Ticks between two presses of the same button (hands, camcorder, interact), so a toggle is never doubled."""


class Buttons:
    """Presses with a pause between two presses of the same button, as fingers do."""

    def __init__(self) -> None:
        self.tick = 0
        self.last: dict[Action, int] = {}

    def press(self, action: Action, fallback: InputFrame = IDLE) -> InputFrame:
        """Press a button once (then leave it a moment), keeping whatever movement goes with it."""
        if self.tick - self.last.get(action, -PRESS_GAP) < PRESS_GAP:
            return fallback
        self.last[action] = self.tick
        return InputFrame(move=fallback.move, held=fallback.held | action, pressed=action)
