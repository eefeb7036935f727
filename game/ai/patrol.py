"""Patrol routes from the map and Pac-Man style mode waves.

A route is a map object of class ``Patrol``: a polygon (a loop) or a polyline (walked to its end and back),
with a ``speed`` property in pixels per tick (the map schema's; without it the difficulty's ``patrol_speed``),
which the difficulty then scales by ``patrol_scale``. When a map has several routes the Cube walks the one
whose nearest vertex is nearest to where it is whenever it (re)starts patrolling: at its spawn, and after each
chase, search or retreat, so a map's several routes are all walked as the hunt moves across it. A map with a
Cube but no route gets a small square loop around the Cube's spawn, clipped to the map.

Waves alternate ``ROUTE`` (walk the route) and ``SWEEP`` (sweep the director's area hint when there is one,
else keep walking the route) on the durations in ``AIParams.waves``; after the last listed wave it sweeps for
ever. Every wave change reverses the direction along the route: the tell, as the ghosts reverse in Pac-Man.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from game.world.level import Level, Shape

REACH = 8.0
"""A waypoint is reached within this many pixels."""


class WaveMode(Enum):
    """Which half of the patrol wave the Cube is in."""

    ROUTE = "route"
    SWEEP = "sweep"


@dataclass(slots=True)
class PatrolRoute:
    """A route being walked: its vertices, where the Cube heads next and in which direction."""

    points: list[tuple[float, float]]
    closed: bool
    speed: float | None = None
    """Pixels per tick from the map, or None to use the difficulty's patrol speed."""
    index: int = 0
    step: int = 1
    source: int = -1
    """The id of the map's Patrol object walked (-1: the fallback loop)."""

    def target(self) -> tuple[float, float]:
        """The vertex the Cube flies to."""
        return self.points[self.index]

    def advance_if_reached(self, x: float, y: float) -> bool:
        """Move on to the next vertex when ``(x, y)`` has reached the current one; True when it moved on."""
        tx, ty = self.points[self.index]
        if (tx - x) ** 2 + (ty - y) ** 2 > REACH * REACH or len(self.points) < 2:
            return False
        self._next()
        return True

    def _next(self) -> None:
        n = len(self.points)
        nxt = self.index + self.step
        if self.closed:
            self.index = nxt % n
        elif 0 <= nxt < n:
            self.index = nxt
        else:
            self.step = -self.step
            self.index += self.step

    def reverse(self) -> None:
        """Turn back along the route (towards the vertex just left)."""
        self.step = -self.step
        self._next()

    def nearest_vertex(self, x: float, y: float) -> int:
        """The index of the vertex nearest to a point."""
        return min(
            range(len(self.points)), key=lambda i: (self.points[i][0] - x) ** 2 + (self.points[i][1] - y) ** 2
        )


def route_for(level: Level, x: float, y: float, only: int | None = None) -> PatrolRoute:
    """The route the Cube walks: the map's ``Patrol`` nearest to ``(x, y)`` (or the one with id ``only``),
    else a small loop around the point."""
    best: PatrolRoute | None = None
    best_d = math.inf
    for obj in level.objects_of("Patrol"):
        if only is not None and obj.id != only:
            continue
        pts = list(obj.points) if obj.points else [(obj.x, obj.y)]
        speed = obj.properties.get("speed")
        route = PatrolRoute(
            points=pts,
            closed=obj.shape is Shape.POLYGON,
            speed=float(speed) if isinstance(speed, int | float) and not isinstance(speed, bool) else None,
            source=obj.id,
        )
        i = route.nearest_vertex(x, y)
        d = (pts[i][0] - x) ** 2 + (pts[i][1] - y) ** 2
        if d < best_d:
            best, best_d = route, d
            route.index = i
    if best is not None:
        return best
    r = 6 * level.tile_size
    lo_x, hi_x = level.tile_size, level.pixel_width - level.tile_size
    lo_y, hi_y = level.tile_size, level.pixel_height - level.tile_size
    loop = [
        (min(hi_x, max(lo_x, x + dx)), min(hi_y, max(lo_y, y + dy)))
        for dx, dy in ((-r, -r), (r, -r), (r, r), (-r, r))
    ]
    return PatrolRoute(points=loop, closed=True)


@dataclass(slots=True)
class Waves:
    """The wave clock: which mode, for how long, and which wave of the schedule."""

    schedule: tuple[int, ...]
    wave: int = 0
    ticks: int = 0

    @property
    def mode(self) -> WaveMode:
        """ROUTE on even waves, SWEEP on odd ones; SWEEP for ever after the schedule."""
        if self.wave >= len(self.schedule):
            return WaveMode.SWEEP
        return WaveMode.ROUTE if self.wave % 2 == 0 else WaveMode.SWEEP

    def tick(self) -> bool:
        """Count one patrolling tick; True when the wave changed (the Cube reverses)."""
        if self.wave >= len(self.schedule):
            return False
        self.ticks += 1
        if self.ticks >= self.schedule[self.wave]:
            self.wave += 1
            self.ticks = 0
            return True
        return False
