"""What the bot sees of the Cube, as a player sees it on screen, and where it can get out of its light.

The bot reads only what is drawn or heard: the light's place, size and colour (its state), how the light moves
(from one tick to the next, as an eye follows it) and how loud the hum is (the Cube's awareness). Never the
director's hints, the Cube's memory or its search plan.

Safe ground: under a ``roof`` the sky sees nothing; on ``cover`` (walking, not running) or inside a hide spot
the light passes over. The cover finder searches a bounded flow field from the player for the best safe tile:
near, away from where the light is heading, and not back the way the light comes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.ai.cube import LightTone
from game.ai.nav import FlowField, NavGrid
from game.world.level import Level, TileFlag

SCAN_TILES = 16.0
"""How far (tiles of walking) the bot looks for cover."""
RUN_SPEED = 1.75
FLEE_HORIZON = 90.0
"""Ticks ahead at which flight targets are compared."""
CHASE_GUESS = 1.6
"""How fast a hunting light can fly, as a player soon learns: a little slower than running."""
HUNTING_TONES = frozenset((LightTone.ALARM, LightTone.CAPTURE))
_ROOF = int(TileFlag.ROOF)
_COVER = int(TileFlag.COVER)
_SOLID = int(TileFlag.SOLID)


@dataclass(slots=True)
class LightWatch:
    """The light as seen from tick to tick: where it is, how fast it moves, what colour it is."""

    x: float = 0.0
    y: float = 0.0
    radius: float = 0.0
    tone: LightTone | None = None
    vx: float = 0.0
    vy: float = 0.0
    seen: bool = False

    def update(self, light: tuple[float, float, float, LightTone] | None) -> None:
        """Look at the light this tick (``None``: there is no Cube)."""
        if light is None:
            self.seen = False
            self.tone = None
            return
        x, y, radius, tone = light
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
    """Which tiles hide the pair, and a search for the best one within reach."""

    def __init__(self, level: Level, walk: NavGrid, walk_dream: NavGrid) -> None:
        self.level = level
        ts = level.tile_size
        reality, dream = level.grid.reality, level.grid.dream
        spots = set()
        for obj in level.objects_of("HideSpot"):
            tx0, ty0 = int(obj.x // ts), int(obj.y // ts)
            tx1, ty1 = (
                int((obj.x + max(obj.width, 1.0) - 1) // ts),
                int((obj.y + max(obj.height, 1.0) - 1) // ts),
            )
            for ty in range(ty0, ty1 + 1):
                for tx in range(tx0, tx1 + 1):
                    if 0 <= tx < level.width and 0 <= ty < level.height:
                        spots.add(ty * level.width + tx)
        self.spot_tiles = frozenset(spots)
        self.roof = bytes(1 if c & _ROOF else 0 for c in reality)
        self.safe = {
            view: bytes(
                1
                if (cells[i] & (_ROOF | _COVER) or reality[i] & _ROOF or i in spots) and not cells[i] & _SOLID
                else 0
                for i in range(len(cells))
            )
            for view, cells in ((False, reality), (True, dream))
        }
        self.fields = {False: FlowField(walk, SCAN_TILES), True: FlowField(walk_dream, SCAN_TILES)}

    def is_safe(self, tile: int, dream: bool, running: bool = False) -> bool:
        """True when standing on the tile hides from the sky (running gives cover away, a roof never)."""
        if running:
            return bool(self.roof[tile])
        return bool(self.safe[dream][tile])

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
        ts = self.level.tile_size
        w = self.level.width
        safe = self.safe[dream]
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
            if not safe[i] or away < clear:
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
        ts = self.level.tile_size
        w = self.level.width
        safe, roof = self.safe[dream], self.roof
        best, best_score = -1, -math.inf
        for i in field.touched:
            if i == here:
                continue
            cx, cy = (i % w + 0.5) * ts, (i // w + 0.5) * ts
            # Judged at one moment for every tile (a place reached sooner waits there for the light).
            eta = field.dist[i] * ts / RUN_SPEED
            score = math.hypot(cx - watch.x, cy - watch.y) - CHASE_GUESS * max(eta, FLEE_HORIZON)
            if roof[i]:
                score += 48.0
            elif safe[i]:
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
