"""The Cube's senses: a searchlight on the ground, line of sight from its ground point, and hearing.

Sight. The Cube sees what its light falls on: a disc of ``light_radius`` around its ground point (the point
under it), moving with it. A target is *exposed* when all of these hold:

- its feet are inside the disc;
- the straight line from the Cube's ground point to its feet crosses no ``blocks_sight`` tile (Bresenham over
  tiles, the two end tiles excepted);
- it does not stand under a ``roof`` (the sky cannot see indoors);
- it is not hidden (``Actor.hidden``: on cover and not running, or in a hide spot) — unless the Cube *saw it
  go in*: a target that hides within ``saw_go_in_ticks`` of last being seen stays visible until it leaves
  cover.

How much it is exposed (0..1) sets how fast awareness rises: full in the light's core, falling to
``rim_factor`` at the rim; times ``still_factor`` standing still or ``walk_factor`` walking (running counts
fully); times ``partial_cover_factor`` when a cover tile touches its tile's side. Awareness decays by
``awareness_decay`` per tick when the target is not exposed. The Cube senses in reality (its world), whichever
view the pair look at.

Hearing. A :class:`game.world.noise.Noise` is heard when the *walking* distance from the noise to the tile
under the Cube (the nearest walkable one) is within the noise's radius: a run behind a long wall is not heard,
however close in a straight line. The query is a bounded A* and its answer is cached per (noise tile, Cube
tile, radius).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.ai.nav import INF, NavGrid
from game.ai.params import AIParams
from game.world.actors import Actor
from game.world.level import Grid, TileFlag
from game.world.noise import Noise

NEVER = -(10**9)
_SIGHT = int(TileFlag.BLOCKS_SIGHT)
_ROOF = int(TileFlag.ROOF)
_COVER = int(TileFlag.COVER)


@dataclass(slots=True)
class TargetSense:
    """What the Cube knows of one target, updated in place every tick."""

    name: str
    awareness: float = 0.0
    exposure: float = 0.0
    """This tick's exposure, 0 when not seen."""
    in_light: bool = False
    """Its feet are inside the light's disc this tick (seen or not)."""
    line_clear: bool = False
    """No sight-blocking tile between the Cube's ground point and its feet (checked only in the light)."""
    seen_tick: int = NEVER
    seen_x: float = 0.0
    seen_y: float = 0.0
    vel_x: float = 0.0
    vel_y: float = 0.0
    """Its velocity as observed while seen (pixels per tick, smoothed); the Cube knows nothing better."""
    was_hidden: bool = False
    blown: bool = False
    """It was seen going into hiding: its hiding does not count until it comes out."""

    @property
    def visible(self) -> bool:
        """Seen this tick."""
        return self.exposure > 0.0

    def reset(self) -> None:
        """Forget everything (spawn, checkpoint)."""
        self.awareness = self.exposure = 0.0
        self.in_light = self.line_clear = False
        self.seen_tick = NEVER
        self.vel_x = self.vel_y = 0.0
        self.was_hidden = self.blown = False

    def snapshot(self) -> list[object]:
        """Plain values for the state hash."""
        return [
            self.name,
            round(self.awareness, 3),
            round(self.exposure, 3),
            self.seen_tick,
            round(self.seen_x, 3),
            round(self.seen_y, 3),
            round(self.vel_x, 3),
            round(self.vel_y, 3),
            self.was_hidden,
            self.blown,
        ]

    def to_save(self) -> dict[str, object]:
        """What must survive a save."""
        return {
            "awareness": self.awareness,
            "seen_tick": self.seen_tick,
            "seen": [self.seen_x, self.seen_y],
            "vel": [self.vel_x, self.vel_y],
            "was_hidden": self.was_hidden,
            "blown": self.blown,
        }

    def load(self, data: dict[str, object]) -> None:
        """Restore from :meth:`to_save`'s dict."""
        self.awareness = float(data.get("awareness", 0.0))  # type: ignore[arg-type]
        self.seen_tick = int(data.get("seen_tick", NEVER))  # type: ignore[call-overload]
        seen = data.get("seen")
        vel = data.get("vel")
        if isinstance(seen, list) and len(seen) == 2:
            self.seen_x, self.seen_y = float(seen[0]), float(seen[1])
        if isinstance(vel, list) and len(vel) == 2:
            self.vel_x, self.vel_y = float(vel[0]), float(vel[1])
        self.was_hidden = bool(data.get("was_hidden", False))
        self.blown = bool(data.get("blown", False))


def line_of_sight(grid: Grid, tile_size: int, x0: float, y0: float, *, x1: float, y1: float) -> bool:
    """True when no ``blocks_sight`` tile lies strictly between the tiles of the two pixel points."""
    ax, ay = int(x0 // tile_size), int(y0 // tile_size)
    bx, by = int(x1 // tile_size), int(y1 // tile_size)
    if abs(bx - ax) <= 1 and abs(by - ay) <= 1:
        return True  # the same or a neighbouring tile: nothing lies between
    dx, dy = abs(bx - ax), -abs(by - ay)
    sx = 1 if ax < bx else -1
    sy = 1 if ay < by else -1
    err = dx + dy
    width, height, cells = grid.width, grid.height, grid.reality
    x, y = ax, ay
    while True:
        e2 = 2 * err
        if e2 >= dy:
            err += dy
            x += sx
        if e2 <= dx:
            err += dx
            y += sy
        if x == bx and y == by:
            return True
        if not (0 <= x < width and 0 <= y < height) or cells[y * width + x] & _SIGHT:
            return False


class Perception:
    """The Cube's eyes and ears over one level."""

    __slots__ = ("_hear_cache", "grid", "params", "tile_size", "walk")

    def __init__(self, grid: Grid, tile_size: int, walk: NavGrid, params: AIParams) -> None:
        self.grid = grid
        self.tile_size = tile_size
        self.walk = walk
        self.params = params
        self._hear_cache: tuple[int, int, float, bool] = (-1, -1, 0.0, False)

    def sense(
        self, tick: int, sense: TargetSense, actor: Actor, *, light: tuple[float, float, float], gain: float
    ) -> None:
        """Update one target's exposure and awareness this tick under the light (centre x, y and radius)."""
        lx, ly, radius = light
        p = self.params
        ax, ay = actor.x, actor.y
        hidden = actor.hidden or actor.hide_spot is not None
        if hidden and not sense.was_hidden:
            sense.blown = tick - sense.seen_tick <= p.saw_go_in_ticks
        elif not hidden:
            sense.blown = False
        sense.was_hidden = hidden
        dx, dy = ax - lx, ay - ly
        d2 = dx * dx + dy * dy
        exposure = 0.0
        sense.in_light = d2 <= radius * radius
        sense.line_clear = False
        if sense.in_light and (not hidden or sense.blown):
            grid, ts = self.grid, self.tile_size
            tx, ty = int(ax // ts), int(ay // ts)
            cells, w = grid.reality, grid.width
            under_roof = 0 <= tx < w and 0 <= ty < grid.height and cells[ty * w + tx] & _ROOF
            if not under_roof and line_of_sight(grid, ts, lx, ly, x1=ax, y1=ay):
                sense.line_clear = True
                dist = math.sqrt(d2)
                core = radius * p.light_core
                if dist <= core:
                    exposure = 1.0
                else:
                    exposure = 1.0 - (1.0 - p.rim_factor) * (dist - core) / max(1e-6, radius - core)
                if not actor.moving:
                    exposure *= p.still_factor
                elif not actor.running:
                    exposure *= p.walk_factor
                if self._beside_cover(tx, ty):
                    exposure *= p.partial_cover_factor
        sense.exposure = exposure
        if exposure > 0.0:
            if sense.seen_tick == tick - 1:
                sense.vel_x = 0.5 * sense.vel_x + 0.5 * (ax - sense.seen_x)
                sense.vel_y = 0.5 * sense.vel_y + 0.5 * (ay - sense.seen_y)
            else:
                sense.vel_x = sense.vel_y = 0.0
            sense.seen_tick = tick
            sense.seen_x, sense.seen_y = ax, ay
            sense.awareness = min(1.0, sense.awareness + p.awareness_gain * exposure * gain)
        elif sense.awareness > 0.0:
            sense.awareness = max(0.0, sense.awareness - p.awareness_decay)

    def _beside_cover(self, tx: int, ty: int) -> bool:
        grid = self.grid
        w, h, cells = grid.width, grid.height, grid.reality
        for nx, ny in ((tx + 1, ty), (tx - 1, ty), (tx, ty + 1), (tx, ty - 1)):
            if 0 <= nx < w and 0 <= ny < h and cells[ny * w + nx] & _COVER:
                return True
        return False

    def hears(self, noise: Noise, cube_x: float, cube_y: float) -> bool:
        """True when the noise's walking distance to the tile under the Cube is within its radius."""
        radius = noise.radius * self.params.hear_scale
        dx, dy = noise.x - cube_x, noise.y - cube_y
        if dx * dx + dy * dy > radius * radius:
            return False  # walking is never shorter than the straight line
        ts = self.tile_size
        walk = self.walk
        src = walk.nearest_open(int(noise.x // ts), int(noise.y // ts), 1)
        dst = walk.nearest_open(int(cube_x // ts), int(cube_y // ts), 2)
        if src < 0 or dst < 0:
            return False
        cs, cd, cr, heard = self._hear_cache
        if (cs, cd, cr) == (src, dst, radius):
            return heard
        heard = walk.distance_within(src, dst, radius / ts) < INF
        self._hear_cache = (src, dst, radius, heard)
        return heard
