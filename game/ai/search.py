"""Where the Cube looks after losing the pair: the places they could have reached since it last knew.

From the last known position the Cube floods the walking grid (reality) out to the distance a runner covers in
the time since (``elapsed * RUN_SPEED``, at most ``MAX_RADIUS`` tiles): that is the set of places the pair
could be. It visits cover first (brush and hide spots, nearest by walking distance), then open places spread
over the rest of the set, picked with the simulation's generator. The search therefore reads what a hunter
could reason, never where the pair actually is.
"""

from __future__ import annotations

import random

from game.ai.nav import FlowField, NavGrid
from game.world.level import Level, TileFlag
from game.world.movement import RUN_SPEED

MAX_RADIUS = 14.0
"""Tiles of walking distance the search set reaches at most (bounded work: a few hundred tiles)."""
MIN_RADIUS = 8.0
"""At least the escapability bound (every walkable tile within 8 tiles of cover): cover is in the set."""
_COVER = int(TileFlag.COVER)
SPACING = 3
"""Chosen places are at least this many tiles apart (Chebyshev), so the light covers new ground each time."""


def search_places(
    level: Level,
    walk: NavGrid,
    field: FlowField,
    at: tuple[float, float],
    *,
    elapsed: int,
    count: int,
    rng: random.Random,
) -> tuple[list[tuple[float, float]], int]:
    """Up to ``count`` pixel points to search around ``at``, and how many of the first are cover."""
    ts = level.tile_size
    x, y = at
    start = walk.nearest_open(int(x // ts), int(y // ts), 2)
    if start < 0:
        return ([], 0)
    radius = min(MAX_RADIUS, max(MIN_RADIUS, elapsed * RUN_SPEED / ts + 2.0))
    field.max_cost = radius
    field.recompute(start)
    reach = field.touched
    cells = level.grid.reality
    w = walk.width
    hide_tiles = set()
    for obj in level.objects_of("HideSpot"):
        cx, cy = obj.center
        hide_tiles.add(int(cy // ts) * w + int(cx // ts))
    cover = [i for i in reach if cells[i] & _COVER or i in hide_tiles]
    chosen: list[int] = []
    xs, ys = walk.xs, walk.ys

    def far_enough(i: int) -> bool:
        xi, yi = xs[i], ys[i]
        return all(abs(xs[j] - xi) >= SPACING or abs(ys[j] - yi) >= SPACING for j in chosen)

    for i in cover:
        if len(chosen) >= (count + 1) // 2:
            break
        if far_enough(i):
            chosen.append(i)
    n_cover = len(chosen)
    dist = field.dist
    open_tiles = [i for i in reach if dist[i] >= 2.0]
    tries = 0
    while open_tiles and len(chosen) < count and tries < 4 * count:
        tries += 1
        i = open_tiles[rng.randrange(len(open_tiles))]
        if far_enough(i):
            chosen.append(i)
    half = ts / 2
    return ([(walk.xs[i] * ts + half, walk.ys[i] * ts + half) for i in chosen], n_cover)


def visit_order(
    points: list[tuple[float, float]], x: float, y: float, first: int
) -> list[tuple[float, float]]:
    """The first ``first`` points (cover) nearest-first from ``(x, y)``, then the rest nearest-first."""
    out: list[tuple[float, float]] = []
    for group in (points[:first], points[first:]):
        left = list(group)
        px, py = x, y
        while left:
            k = min(range(len(left)), key=lambda j: (left[j][0] - px) ** 2 + (left[j][1] - py) ** 2)
            px, py = left.pop(k)
            out.append((px, py))
    return out
