"""Steering for the Cube's flight: seek, arrival, pursuit, path following, air-block avoidance, turn-rate
limit.

The Cube is a point in ground coordinates (the spot under it) with a velocity. Each tick a behaviour picks a
*desired velocity*; :func:`steer` turns the current velocity towards it by at most ``turn_rate`` radians and
changes its speed by at most ``accel``, so the Cube's intent is readable (it banks into turns, never snaps).
:func:`fly` moves it and slides it along tiles it cannot fly through (``blocks_air``): it never passes through
them and never teleports. Hover bob and tilt are drawn by the renderer from the velocity; they are not here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.ai.nav import NavGrid

_MAX_STEP = 4.0
"""No single collision step moves further than this, so fast flight cannot skip a thin air-blocking tile."""


@dataclass(slots=True)
class Body:
    """A flying body: where it is on the ground plane and how it moves (pixels, pixels per tick)."""

    x: float
    y: float
    vx: float = 0.0
    vy: float = 0.0
    heading: float = 0.0
    """Radians, 0 = east, pi/2 = south (screen axes)."""
    speed: float = 0.0


def seek(body: Body, tx: float, ty: float, speed: float) -> tuple[float, float]:
    """The velocity that heads straight for ``(tx, ty)`` at ``speed``."""
    dx, dy = tx - body.x, ty - body.y
    d = math.hypot(dx, dy)
    if d < 1e-9:
        return (0.0, 0.0)
    return (dx / d * speed, dy / d * speed)


def arrive(body: Body, tx: float, ty: float, speed: float, slow_radius: float) -> tuple[float, float]:
    """Like :func:`seek`, slowing down linearly inside ``slow_radius`` to stop on the point."""
    dx, dy = tx - body.x, ty - body.y
    d = math.hypot(dx, dy)
    if d < 0.5:
        return (0.0, 0.0)
    s = speed if d >= slow_radius else speed * d / slow_radius
    return (dx / d * s, dy / d * s)


def pursuit_point(
    body: Body, tx: float, ty: float, tvx: float, tvy: float, *, speed: float, max_lead: float
) -> tuple[float, float]:
    """Where to aim to meet a target moving at ``(tvx, tvy)``: ahead of it by at most ``max_lead`` ticks."""
    d = math.hypot(tx - body.x, ty - body.y)
    lead = min(max_lead, d / max(speed, 1e-6))
    return (tx + tvx * lead, ty + tvy * lead)


def steer(body: Body, dvx: float, dvy: float, accel: float, turn_rate: float) -> None:
    """Turn the velocity towards the desired one within the turn-rate limit; change speed within ``accel``."""
    want = math.hypot(dvx, dvy)
    if want > 1e-6:
        goal = math.atan2(dvy, dvx)
        diff = (goal - body.heading + math.pi) % (2.0 * math.pi) - math.pi
        if body.speed < 0.2:
            # Nearly hovering: the Cube can swing round on the spot, as a hovering machine would.
            body.heading = goal
        elif diff > turn_rate:
            body.heading += turn_rate
        elif diff < -turn_rate:
            body.heading -= turn_rate
        else:
            body.heading = goal
        # Slow into sharp turns so the turn radius stays small and the path readable.
        if abs(diff) > math.pi / 2:
            want *= 0.5
    if body.speed < want:
        body.speed = min(want, body.speed + accel)
    else:
        body.speed = max(want, body.speed - accel * 2.0)
    body.vx = math.cos(body.heading) * body.speed
    body.vy = math.sin(body.heading) * body.speed


def fly(body: Body, air: NavGrid, tile_size: int) -> None:
    """Move the body by its velocity, sliding along tiles it cannot fly through."""
    vx, vy = body.vx, body.vy
    steps = max(1, math.ceil(max(abs(vx), abs(vy)) / _MAX_STEP))
    sx, sy = vx / steps, vy / steps
    w, h, passable = air.width, air.height, air.passable
    ts = tile_size
    for _ in range(steps):
        nx = body.x + sx
        tx, ty = int(nx // ts), int(body.y // ts)
        if 0 <= tx < w and 0 <= ty < h and passable[ty * w + tx]:
            body.x = nx
        else:
            body.vx = 0.0
        ny = body.y + sy
        tx, ty = int(body.x // ts), int(ny // ts)
        if 0 <= tx < w and 0 <= ty < h and passable[ty * w + tx]:
            body.y = ny
        else:
            body.vy = 0.0


@dataclass(slots=True)
class Route:
    """A path of waypoints (pixels) being followed; ``index`` is the waypoint being flown to."""

    points: list[tuple[float, float]]
    index: int = 0
    goal_tile: int = -1
    """The tile the route was planned to (routes are re-planned when the goal moves to another tile)."""
    partial: bool = False
    """The plan was cut off or found no way: it ends short of the goal and is re-planned at its end."""

    def current(self) -> tuple[float, float] | None:
        """The waypoint to fly to, or None at the end."""
        return self.points[self.index] if self.index < len(self.points) else None


def follow(
    route: Route, body: Body, reach: float, air: NavGrid, tile_size: int
) -> tuple[float, float] | None:
    """Advance past reached waypoints, skip ahead to the furthest one in clear flight, return the next aim."""
    pts = route.points
    while route.index < len(pts) - 1:
        px, py = pts[route.index]
        if (px - body.x) ** 2 + (py - body.y) ** 2 > reach * reach:
            break
        route.index += 1
    # String-pulling, looking a few waypoints ahead: fly straight to the furthest one the air allows.
    for k in range(min(len(pts) - 1, route.index + 4), route.index, -1):
        px, py = pts[k]
        if air.segment_clear(body.x, body.y, px, py, tile_size):
            route.index = k
            break
    return route.current()
