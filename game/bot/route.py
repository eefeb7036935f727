"""The bot's way to a goal: flow fields towards the goal's tiles, in reality or across both views.

A player who owns the camcorder can walk where either view lets them, switching views on the way: through a
wall that only reality has (filming), past a wall that only the dream has (not filming). The bot plans on the
walking grid of reality first and, only when the goal cannot be reached there, on the *union* grid (a tile is
open when it is open in either view); the tile's flags then say which view it needs. Fields are computed once
per goal (a Dijkstra map from the goal's tiles) and reading the next step off them is O(8).
"""

from __future__ import annotations

from game.ai.nav import INF, FlowField, NavGrid
from game.world.level import Level, MapObject, Shape, TileFlag

_SOLID = int(TileFlag.SOLID)
WAY_TILES = 8
"""Tiles of the way ahead kept (the look-ahead against the light uses them all)."""


def object_tiles(level: Level, obj: MapObject, nav: NavGrid) -> list[int]:
    """The open tiles that stand for an object: those whose centre lies inside its area, or the nearest one."""
    ts = level.tile_size
    tiles: list[int] = []
    if obj.shape in (Shape.RECT, Shape.ELLIPSE, Shape.POLYGON) and (obj.width > 0 or obj.points):
        xs = [p[0] for p in obj.points] or [obj.x, obj.x + obj.width]
        ys = [p[1] for p in obj.points] or [obj.y, obj.y + obj.height]
        for ty in range(max(0, int(min(ys) // ts)), min(level.height, int(max(ys) // ts) + 1)):
            for tx in range(max(0, int(min(xs) // ts)), min(level.width, int(max(xs) // ts) + 1)):
                if nav.open_at(tx, ty) and obj.contains((tx + 0.5) * ts, (ty + 0.5) * ts):
                    tiles.append(nav.index(tx, ty))
    if not tiles:
        cx, cy = obj.center
        near = nav.nearest_open(int(cx // ts), int(cy // ts), 4)
        if near >= 0:
            tiles.append(near)
    return tiles


class Navigator:
    """Flow fields to one goal (a set of tiles) over reality's walking grid and, when needed, both views."""

    def __init__(self, level: Level, walk: NavGrid, walk_dream: NavGrid) -> None:
        self.level = level
        self.walk = walk
        self.walk_dream = walk_dream
        grid = level.grid
        self.two_views = grid.dream != grid.reality
        self.reality_solid = bytes(1 if c & _SOLID else 0 for c in grid.reality)
        self.dream_solid = bytes(1 if c & _SOLID else 0 for c in grid.dream)
        self.union = walk
        if self.two_views:
            both = bytes(
                0 if r and d else 1 for r, d in zip(self.reality_solid, self.dream_solid, strict=True)
            )
            self.union = NavGrid(level.width, level.height, both)
        self.real_field = FlowField(walk)
        self.union_field = FlowField(self.union)
        self.goal: tuple[int, ...] = ()
        self.union_ready = False
        self.version = 0
        self._way_key: tuple[int, int, int] = (-1, -1, -1)
        self._way: list[int] = []

    def aim(self, goal: list[int]) -> None:
        """Point the fields at a new goal (the reality field at once, the union field when first needed)."""
        key = tuple(sorted(goal))
        if key == self.goal:
            return
        self.goal = key
        self.real_field.recompute_many(list(key))
        self.union_ready = False
        self.version += 1

    def field_for(self, here: int, camcorder: bool) -> FlowField | None:
        """The field to follow from ``here``: reality's when it reaches, else both views' (with the camcorder)."""
        if self.real_field.cost_at(here) < INF:
            return self.real_field
        if not (camcorder and self.two_views):
            return None
        if not self.union_ready:
            self.union_field.recompute_many(list(self.goal))
            self.union_ready = True
            self.version += 1
        return self.union_field if self.union_field.cost_at(here) < INF else None

    def distance(self, here: int, camcorder: bool) -> float:
        """Tiles of walking from ``here`` to the goal (``INF`` when it cannot be reached)."""
        field = self.field_for(here, camcorder)
        return INF if field is None else field.cost_at(here)

    def needs_dream(self, tile: int) -> bool:
        """True when only the dream view lets an actor stand on the tile (reality has a wall there)."""
        return bool(self.reality_solid[tile]) and not self.dream_solid[tile]

    def needs_reality(self, tile: int) -> bool:
        """True when only reality lets an actor stand on the tile (the dream has a wall there)."""
        return bool(self.dream_solid[tile]) and not self.reality_solid[tile]

    def ahead(self, field: FlowField, here: int, count: int) -> list[int]:
        """Up to ``count`` tiles of the way from ``here`` (not including it); cached until the tile or the
        fields change, so do not modify the list."""
        key = (here, id(field), self.version)
        if key == self._way_key and count <= WAY_TILES:
            return self._way
        out: list[int] = []
        tile = here
        for _ in range(max(count, WAY_TILES)):
            tile = field.next_tile(tile)
            if tile < 0:
                break
            out.append(tile)
        self._way_key, self._way = key, out
        return out
