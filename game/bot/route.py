"""The bot's way to a goal: flow fields towards the goal's tiles over the map as it knows it, in reality or
across both views.

A player who owns the camcorder can walk where either view lets them, switching views on the way: through a
wall that only reality has (filming), past a wall that only the dream has (not filming). The bot plans on the
walking grid of reality first and, only when the goal cannot be reached there, on the *union* grid (a tile is
open when it is open in either view); the tile's flags then say which view it needs. The grids are the bot's
memory (``game.bot.memory``): tiles never seen count as open, so a field may lead into a wall that comes into
view on the way; the way ahead is then planned again. Reading the next step off a field is O(8).
"""

from __future__ import annotations

from game.bot.memory import Memory
from game.grid.field import INF, FlowField
from game.grid.walk import WalkGrid

WAY_TILES = 8
"""Tiles of the way ahead kept (the look-ahead against the light uses them all)."""
CHECK_TILES = 24
"""Tiles of the way ahead checked against walls that came into view since the fields were computed."""


def place_tiles(area: tuple[int, ...], nav: WalkGrid) -> list[int]:
    """The open tiles of a place's area, or the nearest open one to its middle."""
    tiles = [t for t in area if nav.passable[t]]
    if not tiles and area:
        w = nav.width
        xs = sorted(t % w for t in area)
        ys = sorted(t // w for t in area)
        near = nav.nearest_open(xs[len(xs) // 2], ys[len(ys) // 2], 4)
        if near >= 0:
            tiles.append(near)
    return tiles


class Navigator:
    """Flow fields to one goal (a set of tiles) over reality's walking grid and, when needed, both views."""

    def __init__(self, memory: Memory) -> None:
        self.memory = memory
        self.walk = memory.walk
        self.walk_dream = memory.walk_dream
        self.union = memory.union
        self.two_views = memory.two_views
        self.real_field = FlowField(self.walk)
        self.union_field = FlowField(self.union)
        self.goal: tuple[int, ...] = ()
        self.union_ready = False
        self.version = 0
        self.known = memory.version
        self._way_key: tuple[int, int, int] = (-1, -1, -1)
        self._way: list[int] = []

    def aim(self, goal: list[int]) -> None:
        """Point the fields at a new goal (the reality field at once, the union field when first needed)."""
        key = tuple(sorted(goal))
        if key == self.goal:
            return
        self.goal = key
        self._recompute()

    def _recompute(self) -> None:
        self.real_field.recompute_many(list(self.goal))
        self.union_ready = False
        self.version += 1
        self.known = self.memory.version

    def refresh(self, here: int, camcorder: bool) -> None:
        """Plan again when a wall that came into view since blocks the way ahead (or the goal is cut off)."""
        if self.known == self.memory.version or not self.goal:
            return
        self.known = self.memory.version
        field = self.field_for(here, camcorder)
        if field is None:
            self._recompute()
            return
        grid = field.nav
        tile = here
        for _ in range(CHECK_TILES):
            nxt = field.next_tile(tile)
            if nxt < 0:
                if field.dist[tile] > 0.0:
                    self._recompute()  # a dead end: the field ran into a wall
                return
            if not grid.passable[nxt]:
                self._recompute()
                return
            tile = nxt

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
        return not self.walk.passable[tile] and bool(self.walk_dream.passable[tile])

    def needs_reality(self, tile: int) -> bool:
        """True when only reality lets an actor stand on the tile (the dream has a wall there)."""
        return not self.walk_dream.passable[tile] and bool(self.walk.passable[tile])

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
