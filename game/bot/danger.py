"""What the bot sees of the Cube, as a player sees it on screen, and where it can get out of its light.

The bot reads only what is drawn or heard (``PlayerView``): the light's place, size and colour (its tone) while
it is on screen, how the light moves (from one tick to the next, as an eye follows it) and the awareness eye.
Never the director's hints, the Cube's memory or its search plan, nor the light when it is off screen.

Safe ground: under a ``roof`` the sky sees nothing; on ``cover`` (walking, not running) or inside a hiding place
the light passes over. Only tiles the bot has had on screen count (a tile never seen is not known to be safe).
The cover finder searches a bounded flow field from the player for the best safe tile: near, away from where
the light is heading, and not back the way the light comes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.bot.memory import Memory
from game.grid.field import FlowField
from game.view.player_view import LightView
from game.world.level import TileFlag

SCAN_TILES = 16.0
"""How far (tiles of walking) the bot looks for cover."""
RUN_SPEED = 1.75
FLEE_HORIZON = 90.0
"""Ticks ahead at which flight targets are compared."""
CHASE_GUESS = 1.6
"""How fast a hunting light can fly, as a player soon learns: a little slower than running."""
HUNTING_TONES = frozenset(("alarm", "capture"))
_ROOF = int(TileFlag.ROOF)
_COVER = int(TileFlag.COVER)
_SOLID = int(TileFlag.SOLID)


@dataclass(slots=True)
class LightWatch:
    """The light as seen from tick to tick: where it is, how fast it moves, what colour it is."""

    x: float = 0.0
    y: float = 0.0
    radius: float = 0.0
    tone: str | None = None
    vx: float = 0.0
    vy: float = 0.0
    seen: bool = False

    def update(self, light: LightView | None) -> None:
        """Look at the light this tick (``None``: it is not on screen)."""
        if light is None:
            self.seen = False
            self.tone = None
            return
        x, y, radius, tone = light.x, light.y, light.radius, light.tone
        if self.seen:
            # An eye follows a moving light: a smoothed velocity, good for a second or two of prediction.
            self.vx = 0.8 * self.vx + 0.2 * (x - self.x)
            self.vy = 0.8 * self.vy + 0.2 * (y - self.y)
        self.x, self.y, self.radius, self.tone = x, y, radius, tone
        self.seen = True

    def forget_motion(self) -> None:
        """After a jump (a retry at a checkpoint) the old motion means nothing."""
        self.seen = False
        self.vx = self.vy = 0.0

    @property
    def hunting(self) -> bool:
        """The light is in its alarm or capture colour: the Cube is coming."""
        return self.tone in HUNTING_TONES

    def at(self, ticks: float) -> tuple[float, float]:
        """Where the light will be in ``ticks`` if it keeps its course (prediction capped at two seconds)."""
        t = min(ticks, 120.0)
        return (self.x + self.vx * t, self.y + self.vy * t)

    def distance(self, x: float, y: float, ticks: float = 0.0) -> float:
        """Distance from a point to the light's centre now (or in ``ticks``)."""
        lx, ly = self.at(ticks) if ticks else (self.x, self.y)
        return math.hypot(x - lx, y - ly)

    def approaching(self, x: float, y: float) -> bool:
        """The light moves towards the point."""
        return (x - self.x) * self.vx + (y - self.y) * self.vy > 0.0


class Shelter:
    """Which tiles hide the pair (of those seen), and a search for the best one within reach."""

    def __init__(self, memory: Memory) -> None:
        self.memory = memory
        self.tile_size = memory.tile_size
        self.width = memory.width
        m = memory.map
        reality, dream = m.reality, m.dream
        self.roof = bytes(1 if c & _ROOF else 0 for c in reality)
        self.cover = {
            view: bytes(
                1 if (cells[i] & (_ROOF | _COVER) or reality[i] & _ROOF) and not cells[i] & _SOLID else 0
                for i in range(len(cells))
            )
            for view, cells in ((False, reality), (True, dream))
        }
        self.fields = {
            False: FlowField(memory.walk, SCAN_TILES),
            True: FlowField(memory.walk_dream, SCAN_TILES),
        }

    @property
    def spot_tiles(self) -> set[int]:
        """The tiles of the hiding places seen so far."""
        return self.memory.hide_tiles

    def _safe(self, tile: int, dream: bool) -> bool:
        if not self.memory.seen[tile]:
            return False
        return bool(self.cover[dream][tile]) or tile in self.memory.hide_tiles

    def is_safe(self, tile: int, dream: bool, running: bool = False) -> bool:
        """True when standing on the tile hides from the sky (running gives cover away, a roof never)."""
        if running:
            return bool(self.roof[tile]) and bool(self.memory.seen[tile])
        return self._safe(tile, dream)

    def find(
        self,
        here: int,
        dream: bool,
        watch: LightWatch,
        px: float,
        py: float,
        goal_cost: FlowField | None,
        fleeing: bool,
    ) -> int:
        """The safe tile to make for: near, clear of where the light will be, ideally on the way; -1 if none."""
        field = self.fields[dream]
        field.recompute(here)
        ts = self.tile_size
        w = self.width
        clear = watch.radius + (64.0 if fleeing else 40.0)
        ldx, ldy = watch.x - px, watch.y - py
        ld = math.hypot(ldx, ldy) or 1.0
        best, best_score = -1, math.inf
        fallback, fallback_score = -1, math.inf
        for i in field.touched:
            cx, cy = (i % w + 0.5) * ts, (i // w + 0.5) * ts
            walk = field.dist[i]
            eta = walk * ts / (1.75 if fleeing else 1.0)
            away = min(watch.distance(cx, cy), watch.distance(cx, cy, eta))
            # Never make for a place on the light's side of the pair: the way there runs through it.
            towards = ((cx - px) * ldx + (cy - py) * ldy) / ld
            score = walk - away / ts + (8.0 if towards > ts and ld < watch.radius + 6 * ts else 0.0)
            if goal_cost is not None:
                score += 0.35 * min(goal_cost.dist[i], 200.0) if goal_cost.dist[i] < math.inf else 20.0
            if not self._safe(i, dream) or away < clear:
                if away >= clear and score + 6.0 < fallback_score:
                    fallback, fallback_score = i, score + 6.0
                continue
            if score < best_score:
                best, best_score = i, score
        return best if best >= 0 else fallback

    def flee(self, here: int, dream: bool, watch: LightWatch) -> int:
        """Where to run: the tile the light, flying straight at it, would still be furthest from on arrival.

        Straight away from the light wins (every tile run gains a little on it); a detour costs what the
        light gains meanwhile. Ground the sky cannot see (a roof) or cover to stop on is worth a little more.
        """
        field = self.fields[dream]
        field.recompute(here)
        ts = self.tile_size
        w = self.width
        roof, seen = self.roof, self.memory.seen
        best, best_score = -1, -math.inf
        for i in field.touched:
            if i == here:
                continue
            cx, cy = (i % w + 0.5) * ts, (i // w + 0.5) * ts
            # Judged at one moment for every tile (a place reached sooner waits there for the light).
            eta = field.dist[i] * ts / RUN_SPEED
            score = math.hypot(cx - watch.x, cy - watch.y) - CHASE_GUESS * max(eta, FLEE_HORIZON)
            if roof[i] and seen[i]:
                score += 48.0
            elif self._safe(i, dream):
                score += 12.0
            if score > best_score:
                best, best_score = i, score
        return best

    def path_to(self, here: int, tile: int, dream: bool) -> list[int]:
        """The way from ``here`` to a tile the last :meth:`find` reached (``here`` excluded)."""
        field = self.fields[dream]
        path = [tile]
        while path[-1] != here:
            step = field.next_tile(path[-1])
            if step < 0 or len(path) > 4 * SCAN_TILES:
                break
            path.append(step)
        path.reverse()
        return path[1:] if path and path[0] == here else path
