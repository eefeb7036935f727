"""Walking with collision against the level's solid tiles (and rasterized walls)."""

from __future__ import annotations

import math

from game.world.actors import Actor, Facing, MoveIntent
from game.world.level import Grid, TileFlag

WALK_SPEED = 1.0
"""Pixels per tick walking (60 px/s, under four tiles a second): quiet."""
RUN_SPEED = 1.75
"""Pixels per tick running: fast and loud."""

FOOT_HALF_W = 5.0
FOOT_HALF_H = 3.0
"""Half extents of the feet box that collides with walls (centred on the feet point)."""

MAX_SUBSTEP = 4.0
"""No single collision step moves further than this, so no speed tunnels through a 16-pixel wall."""


_SOLID = int(TileFlag.SOLID)


def box_blocked(grid: Grid, tile_size: int, x: float, y: float, dream: bool) -> bool:
    """True when the feet box centred at ``(x, y)`` overlaps a solid tile."""
    x0 = math.floor((x - FOOT_HALF_W) / tile_size)
    x1 = math.floor((x + FOOT_HALF_W - 1e-6) / tile_size)
    y0 = math.floor((y - FOOT_HALF_H) / tile_size)
    y1 = math.floor((y + FOOT_HALF_H - 1e-6) / tile_size)
    w, h = grid.width, grid.height
    if x0 < 0 or y0 < 0 or x1 >= w or y1 >= h:
        return True  # beyond the edge everything is solid
    cells = grid.dream if dream else grid.reality
    for ty in range(y0, y1 + 1):
        row = ty * w
        for tx in range(x0, x1 + 1):
            if cells[row + tx] & _SOLID:
                return True
    return False


def move_actor(
    actor: Actor, intent: MoveIntent, speed: float, grid: Grid, tile_size: int, dream: bool = False
) -> float:
    """Move ``actor`` by ``intent`` at ``speed`` px/tick, sliding along walls; return the distance moved."""
    actor.prev_x, actor.prev_y = actor.x, actor.y
    dx, dy = intent.dx, intent.dy
    length = math.hypot(dx, dy)
    if length < 1e-9 or speed <= 0:
        actor.moving = False
        actor.running = False
        return 0.0
    if length > 1.0:
        dx, dy = dx / length, dy / length
    total_x, total_y = dx * speed, dy * speed
    steps = max(1, math.ceil(max(abs(total_x), abs(total_y)) / MAX_SUBSTEP))
    sx, sy = total_x / steps, total_y / steps
    for _ in range(steps):
        if sx and not box_blocked(grid, tile_size, actor.x + sx, actor.y, dream):
            actor.x += sx
        if sy and not box_blocked(grid, tile_size, actor.x, actor.y + sy, dream):
            actor.y += sy
    moved = math.hypot(actor.x - actor.prev_x, actor.y - actor.prev_y)
    actor.facing = Facing.of(dx, dy, actor.facing)
    actor.moving = moved > 1e-6
    actor.running = intent.run and actor.moving
    if actor.moving:
        actor.step_ticks += 1
    return moved
