"""Dijkstra maps (flow fields) over a navigation grid.

A :class:`FlowField` is a Dijkstra map towards one target tile, bounded by a cost radius, recomputed only when
the target tile changes (only the touched tiles are reset). Reading the next step off it is O(8).
"""

from __future__ import annotations

import math
from heapq import heappop, heappush

from game.grid.walk import WalkGrid

INF = math.inf
_Q = float(1 << 20)
"""Heap entries are one integer, ``int(cost * _Q) << shift | index`` (see game.ai.nav)."""


class FlowField:
    """A Dijkstra map: the path cost from every tile within ``max_cost`` to one target tile."""

    __slots__ = ("dist", "max_cost", "nav", "recomputes", "target", "touched")

    def __init__(self, nav: WalkGrid, max_cost: float = INF) -> None:
        self.nav = nav
        self.max_cost = max_cost
        self.target = -1
        self.dist = [INF] * nav.size
        self.touched: list[int] = []
        """The tiles the last computation reached, in order of cost (nearest first)."""
        self.recomputes = 0

    def update(self, target: int) -> bool:
        """Point the field at ``target``; recompute only when it changed. True when it was recomputed."""
        if target == self.target:
            return False
        self.recompute(target)
        return True

    def recompute(self, target: int) -> None:
        """Compute the field towards ``target`` from scratch (bounded by ``max_cost``)."""
        self.recompute_many([target])
        self.target = target

    def recompute_many(self, targets: list[int]) -> None:
        """Compute the field towards the nearest of several tiles (``target`` becomes -2)."""
        dist = self.dist
        for i in self.touched:
            dist[i] = INF
        touched: list[int] = []
        self.touched = touched
        self.target = -2
        self.recomputes += 1
        nav = self.nav
        shift = nav._shift
        low = (1 << shift) - 1
        heap = []
        for t in targets:
            if 0 <= t < nav.size and nav.passable[t] and dist[t] > 0.0:
                dist[t] = 0.0
                heap.append(t)
        heap.sort()
        # The grid's visit stamps (free between searches) mark tiles already settled.
        nav._gen += 1
        gen, closed = nav._gen, nav._closed
        mask, moves = nav.mask, nav.moves
        limit = self.max_cost
        while heap:
            i = heappop(heap) & low
            if closed[i] == gen:
                continue
            closed[i] = gen
            touched.append(i)
            d = dist[i]
            for off, c in moves[mask[i]]:
                j = i + off
                nd = d + c
                if nd < dist[j] and nd <= limit:
                    dist[j] = nd
                    heappush(heap, int(nd * _Q) << shift | j)

    def cost_at(self, index: int) -> float:
        """The path cost from a tile to the target (``INF`` when unreachable or beyond the radius)."""
        return self.dist[index] if 0 <= index < self.nav.size else INF

    def next_tile(self, index: int) -> int:
        """The neighbour one step closer to the target, or -1 (at the target, or off the field)."""
        dist = self.dist
        if not (0 <= index < self.nav.size) or dist[index] <= 0.0 or dist[index] == INF:
            return -1
        here = dist[index]
        best, best_d = -1, INF
        for off, c in self.nav.moves[self.nav.mask[index]]:
            j = index + off
            d = dist[j] + c
            if d < best_d and dist[j] < here:
                best, best_d = j, d
        return best
