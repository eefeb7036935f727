"""The Cube's pilot: flies its body to a goal, straight when the air is clear, along an air route otherwise.

Whether the straight line is clear is asked once per (Cube tile, goal tile) pair; an air route (A* over the
tiles without ``blocks_air``) is planned once per goal tile and bounded in work (``PLAN_EXPAND``): a cut-off
plan flies towards the nearest point it found and is re-planned from there, so no tick pays for a whole-map
search. Between route waypoints the pilot pulls the string (flies straight to the furthest clear waypoint).
"""

from __future__ import annotations

from game.ai.nav import NavGrid
from game.ai.steering import Body, Route, arrive, fly, follow, seek, steer

PLAN_EXPAND = 250
"""At most this many tiles expanded per route plan (about a third of a millisecond)."""
PULL_EVERY = 8
"""Ticks between string-pulling checks along a route."""


class Pilot:
    """Flies one body over one air grid."""

    __slots__ = ("_clear", "_clear_key", "_pull_tick", "air", "body", "plans", "route", "tile_size")

    def __init__(self, body: Body, air: NavGrid, tile_size: int) -> None:
        self.body = body
        self.air = air
        self.tile_size = tile_size
        self.route: Route | None = None
        self.plans = 0
        self._clear_key = (-1, -1)
        self._clear = True
        self._pull_tick = 0

    def tile_of(self, x: float, y: float) -> int:
        """The air grid index of the tile under a pixel point, clamped into the map."""
        air, ts = self.air, self.tile_size
        tx = min(air.width - 1, max(0, int(x // ts)))
        ty = min(air.height - 1, max(0, int(y // ts)))
        return ty * air.width + tx

    def fly_to(
        self, gx: float, gy: float, speed: float, *, slow_radius: float, accel: float, turn_rate: float
    ) -> None:
        """Steer towards ``(gx, gy)`` at up to ``speed`` (slower inside ``slow_radius``) and move one tick."""
        body, air, ts = self.body, self.air, self.tile_size
        here = self.tile_of(body.x, body.y)
        goal = self.tile_of(gx, gy)
        key = (here, goal)
        if key != self._clear_key:
            self._clear_key = key
            self._clear = air.segment_clear(body.x, body.y, gx, gy, ts)
        if self._clear:
            self.route = None
            dvx, dvy = arrive(body, gx, gy, speed, slow_radius)
        else:
            aim = self._route_aim(here, goal)
            if aim is None:
                dvx, dvy = arrive(body, gx, gy, speed, slow_radius)
            else:
                dvx, dvy = seek(body, aim[0], aim[1], speed)
        steer(body, dvx, dvy, accel, turn_rate)
        fly(body, air, ts)

    def hover(self, accel: float, turn_rate: float) -> None:
        """Brake to a stop where it is."""
        steer(self.body, 0.0, 0.0, accel, turn_rate)
        fly(self.body, self.air, self.tile_size)

    def _route_aim(self, here: int, goal: int) -> tuple[float, float] | None:
        route = self.route
        if route is None or route.goal_tile != goal or route.current() is None:
            start = (
                here
                if self.air.passable[here]
                else self.air.nearest_open(self.air.xs[here], self.air.ys[here], 2)
            )
            path = self.air.find_path(start, goal, max_expand=PLAN_EXPAND, partial=True)
            self.plans += 1
            ts, w = self.tile_size, self.air.width
            half = ts / 2
            points = [((i % w) * ts + half, (i // w) * ts + half) for i in path[1:]]
            route = Route(points=points, goal_tile=goal, partial=not path or path[-1] != goal)
            self.route = route
            if not points:
                return None
        self._pull_tick += 1
        pull = self._pull_tick % PULL_EVERY == 0
        if pull:
            return follow(route, self.body, 6.0, self.air, self.tile_size)
        aim = route.current()
        if aim is not None and (aim[0] - self.body.x) ** 2 + (aim[1] - self.body.y) ** 2 < 36.0:
            if route.partial and route.index == len(route.points) - 1:
                self.route = None  # the end of a cut-off plan: plan again from here next tick
                return aim
            return follow(route, self.body, 6.0, self.air, self.tile_size)
        return aim
