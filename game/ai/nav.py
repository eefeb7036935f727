"""Navigation shared by the Cube, the partner and the bot: point queries on a grid (flow fields: field.py).

A :class:`NavGrid` is one purpose's passability as flat row-major arrays (``index = ty * width + tx``):
walking in reality, walking in the dream view, or flying (tiles without ``blocks_air``). Movement has 8
directions with no corner cutting (a diagonal step needs both orthogonal neighbours open), cost 1 straight and
sqrt(2) diagonal.

An uncapped query between two tiles of one region is answered by jump point search over tables built once per
grid on first use (jump.py), or by a contraction hierarchy when one was baked for the grid (hierarchy.py: 3-4x
quicker on noisy grids, where jump point search stops every few tiles, and slower on open maps). Capped and
partial queries, whose budget counts single steps and whose answer may be the nearest tile reached, run A*.
Its speed in pure Python comes from three things: each tile's legal moves are one byte (a bit per direction)
and the moves of every byte value are a prebuilt tuple of ``(index delta, cost)``, so the inner loop does no
bounds or corner checks; search scratch (costs, parents, visit stamps) is allocated once per grid and
invalidated by bumping a generation counter, not by clearing; A* breaks ties towards the goal.
"""

from __future__ import annotations

import contextlib
from heapq import heappop, heappush, heappushpop

from game.ai.hierarchy import BakeError, Hierarchy, grid_digest
from game.ai.jump import JumpGrid
from game.ai.regions import region_labels
from game.grid.field import INF, FlowField
from game.grid.walk import DIRECTIONS, SQRT2, WalkGrid
from game.world.level import Grid, Level, TileFlag

__all__ = ["DIRECTIONS", "INF", "SQRT2", "FlowField", "NavGrid", "WalkGrid", "level_grids"]
"""The walking grid, FlowField and INF live in ``game.grid`` (the bot uses them too); the AI imports them from
here with the grid."""

_TIE = 1.0 + 1e-7
"""A* ranks by g + h * _TIE: among equal f it expands the node nearer the goal first. The inflation is far
below the smallest difference between two distinct path costs on these grids, so paths stay optimal."""
_Q = float(1 << 20)
"""Heap entries are one integer, ``int(f * _Q) << shift | index``: ints are not tracked by the garbage
collector, so a search leaves no tracked garbage behind (no promotions, no full-collection pauses), and
comparing ints is as quick as comparing tuples. Quantizing f to 2**-20 keeps paths optimal to within that."""


class NavGrid(WalkGrid):
    """Passability of one purpose (``game.grid.walk``) with uncapped and capped path queries."""

    __slots__ = ("_hierarchy", "_jump", "_regions")

    def __init__(self, width: int, height: int, passable: bytes | bytearray) -> None:
        super().__init__(width, height, passable)
        self._jump: JumpGrid | None = None
        self._hierarchy: Hierarchy | None = None
        self._regions: list[int] | None = None
        """Each tile's connected region (0 for walls), kept with a hierarchy: it cannot tell "no path" quickly."""

    @classmethod
    def walking(cls, grid: Grid, dream: bool = False) -> NavGrid:
        """Where the pair can walk in one view (tiles without ``solid``)."""
        cells = grid.cells(dream)
        solid = int(TileFlag.SOLID)
        return cls(grid.width, grid.height, bytes(0 if c & solid else 1 for c in cells))

    @classmethod
    def flying(cls, grid: Grid) -> NavGrid:
        """Where the Cube can fly (tiles without ``blocks_air``; the Cube lives in reality)."""
        cells = grid.cells(False)
        air = int(TileFlag.BLOCKS_AIR)
        return cls(grid.width, grid.height, bytes(0 if c & air else 1 for c in cells))

    def jump_grid(self) -> JumpGrid:
        """The grid's jump point tables for uncapped queries (built on first use, then kept: the grid never
        changes)."""
        if self._jump is None:
            self._jump = JumpGrid(self.width, self.height, self.passable)
        return self._jump

    @property
    def digest(self) -> bytes:
        """The name of this grid's passability (a baked hierarchy is used only by the grid it was built from)."""
        return grid_digest(self.width, self.height, self.passable)

    def use_hierarchy(self, hierarchy: Hierarchy) -> None:
        """Answer uncapped queries with a contraction hierarchy baked for this grid (hierarchy.py); raise
        :class:`BakeError` when it was built for another grid or does not hold together."""
        same_size = hierarchy.width == self.width and hierarchy.height == self.height
        if not same_size or hierarchy.digest != self.digest:
            raise BakeError("the hierarchy was built for another grid")
        hierarchy.validate(self.passable)
        if self._regions is None:
            self._regions = self._region_labels()
        self._hierarchy = hierarchy

    def _region_labels(self) -> list[int]:
        """Each tile's connected region (0 for walls)."""
        w, s = self.width, self.width + 2  # region_labels reads a blocked border around the grid
        free = bytearray(s * (self.height + 2))
        for y in range(self.height):
            free[(y + 1) * s + 1 : (y + 1) * s + 1 + w] = self.passable[y * w : (y + 1) * w]
        labels = region_labels(w, self.height, s, free)
        return [labels[(i // w + 1) * s + i % w + 1] for i in range(self.size)]

    @property
    def hierarchy(self) -> Hierarchy | None:
        """The contraction hierarchy uncapped queries use, if one was given."""
        return self._hierarchy

    def find_path(self, start: int, goal: int, max_expand: int = 0, partial: bool = False) -> list[int]:
        """A shortest path of tile indices from ``start`` to ``goal`` (both included), or ``[]``.

        ``max_expand`` > 0 caps the work; with ``partial`` a search that is cut off or finds no way returns
        the path to the tile it reached nearest to the goal instead of ``[]``. Uncapped queries use the grid's
        contraction hierarchy when one was given (hierarchy.py), else jump point search between tiles of one
        region (jump.py); capped queries, and partial ones that find no way, use A*.
        """
        passable = self.passable
        if not (0 <= start < self.size and 0 <= goal < self.size) or not passable[start]:
            return []
        if start == goal:
            return [start]
        if not passable[goal] and not partial:
            return []
        if not max_expand and passable[goal]:
            if self._hierarchy is not None and self._regions is not None:
                if self._regions[start] == self._regions[goal]:
                    return self._hierarchy.find_path(start, goal)
                if not partial:
                    return []
                return self._astar(start, goal, max_expand, partial)
            jump = self.jump_grid()
            if jump.connected(start, goal):
                return jump.find_path(start, goal)
            if not partial:
                return []
        return self._astar(start, goal, max_expand, partial)

    def _astar(self, start: int, goal: int, max_expand: int, partial: bool) -> list[int]:
        """A* over single steps; the path to the reached tile nearest the goal when cut off and ``partial``."""
        self._gen += 1
        gen = self._gen
        g, parent, stamp, closed = self._g, self._parent, self._stamp, self._closed
        mask, moves, xs, ys = self.mask, self.moves, self.xs, self.ys
        gx, gy = xs[goal], ys[goal]
        k = SQRT2 - 2.0
        g[start] = 0.0
        parent[start] = -1
        stamp[start] = gen
        best, best_h = start, self.heuristic(start, goal)
        shift = self._shift
        low = (1 << shift) - 1
        held = int(best_h * _TIE * _Q) << shift | start
        heap: list[int] = []
        expanded = 0
        found = False
        while True:
            # The smallest new entry is held back from the heap: when it is the smallest of all, heappushpop
            # returns it without touching the heap.
            i = (heappushpop(heap, held) if heap else held) & low
            held = -1
            if closed[i] != gen:
                if i == goal:
                    found = True
                    break
                closed[i] = gen
                expanded += 1
                if max_expand and expanded > max_expand:
                    break
                gi = g[i]
                for d, c in moves[mask[i]]:
                    j = i + d
                    ng = gi + c
                    if stamp[j] != gen or ng < g[j]:
                        stamp[j] = gen
                        g[j] = ng
                        parent[j] = i
                        dx = xs[j] - gx
                        if dx < 0:
                            dx = -dx
                        dy = ys[j] - gy
                        if dy < 0:
                            dy = -dy
                        h = dx + dy + k * (dx if dx < dy else dy)
                        if h < best_h:
                            best, best_h = j, h
                        key = int((ng + h * _TIE) * _Q) << shift | j
                        if held < 0:
                            held = key
                        elif key < held:
                            heappush(heap, held)
                            held = key
                        else:
                            heappush(heap, key)
            if held < 0:
                if not heap:
                    break
                held = heappop(heap)
        end = goal if found else (best if partial else -1)
        if end < 0:
            return []
        path = []
        while end >= 0:
            path.append(end)
            end = parent[end]
        path.reverse()
        return path

    def distance_within(self, start: int, goal: int, max_cost: float) -> float:
        """The walking cost from ``start`` to ``goal`` if it is at most ``max_cost``, else ``INF`` (A*)."""
        passable = self.passable
        if not (0 <= start < self.size and 0 <= goal < self.size):
            return INF
        if not passable[start] or not passable[goal]:
            return INF
        if start == goal:
            return 0.0
        if self.heuristic(start, goal) > max_cost:
            return INF
        self._gen += 1
        gen = self._gen
        g, stamp, closed = self._g, self._stamp, self._closed
        mask, moves, xs, ys = self.mask, self.moves, self.xs, self.ys
        gx, gy = xs[goal], ys[goal]
        k = SQRT2 - 2.0
        g[start] = 0.0
        stamp[start] = gen
        shift = self._shift
        low = (1 << shift) - 1
        heap = [int(self.heuristic(start, goal) * _Q) << shift | start]
        limit = int((max_cost + 1e-6) * _Q) << shift | low
        while heap:
            key = heappop(heap)
            if key > limit:
                return INF
            i = key & low
            if closed[i] == gen:
                continue
            if i == goal:
                return g[i]
            closed[i] = gen
            gi = g[i]
            for d, c in moves[mask[i]]:
                j = i + d
                ng = gi + c
                if stamp[j] != gen or ng < g[j]:
                    stamp[j] = gen
                    g[j] = ng
                    dx = abs(xs[j] - gx)
                    dy = abs(ys[j] - gy)
                    heappush(heap, int((ng + dx + dy + k * (dx if dx < dy else dy)) * _Q) << shift | j)
        return INF


def level_grids(level: Level) -> dict[str, NavGrid]:
    """The grids a level's AI uses: ``walk``, ``dream`` (the same grid when both views walk alike) and, with a
    Cube, ``air``; each answers uncapped queries by the hierarchy baked for it when the level carries one."""
    grid = level.grid
    walk = NavGrid.walking(grid, False)
    grids = {"walk": walk, "dream": walk if grid.dream == grid.reality else NavGrid.walking(grid, True)}
    if level.has_cube:
        grids["air"] = NavGrid.flying(grid)
    if level.nav_bakes:
        for nav in grids.values():
            data = level.nav_bakes.get(nav.digest)
            if data is not None and nav.hierarchy is None:
                # One that does not hold together is left out: jump point search answers, ``check`` says why.
                with contextlib.suppress(BakeError):
                    nav.use_hierarchy(Hierarchy.from_bytes(data))
    return grids
