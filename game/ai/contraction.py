"""Building a grid's contraction hierarchy (hierarchy.py holds it and answers queries): seconds in pure
Python for a 200x200 grid, so maps are baked offline (``python -m tools.bake_nav``).

Tiles are contracted in the order of a priority that is updated lazily (shortcuts added minus edges removed,
plus neighbours already contracted, plus the depth of the hierarchy below the tile). Before a shortcut
``u - v - w`` is added, a *witness*, a path from ``u`` to ``w`` that avoids ``v`` and is no longer, is looked
for: the direct edge, then any two-edge path, then a Dijkstra search from ``u`` that expands at most
SETTLE_LIMIT tiles. A witness missed only costs a superfluous shortcut, never a wrong answer.
"""

from __future__ import annotations

from array import array
from heapq import heapify, heappop, heappush

from game.ai.hierarchy import Hierarchy, grid_digest
from game.ai.jump_tables import DIAGONAL, STRAIGHT

__all__ = ["SETTLE_LIMIT", "build_hierarchy"]

SETTLE_LIMIT = 60
"""Tiles a witness search expands at most before it gives up and the shortcut is added: a larger budget finds
more witnesses, so fewer superfluous shortcuts make a flatter, quicker hierarchy for a longer build (the
figures that chose 60 are in the commit that set it)."""
_NONE = 1 << 62
"""Above every distance."""


def build_hierarchy(width: int, height: int, passable: bytes | bytearray) -> Hierarchy:
    """Contract every open tile of a grid (seconds for a 200x200 grid: bake it, do not build it at load)."""
    n = width * height
    adj: list[dict[int, int]] = [{} for _ in range(n)]
    for i in range(n):
        if not passable[i]:
            continue
        x, y = i % width, i // width
        nb = adj[i]
        for dx, dy in ((0, -1), (1, 0), (0, 1), (-1, 0), (1, -1), (1, 1), (-1, 1), (-1, -1)):
            qx, qy = x + dx, y + dy
            if not (0 <= qx < width and 0 <= qy < height and passable[qy * width + qx]):
                continue
            if dx and dy and not (passable[y * width + qx] and passable[qy * width + x]):
                continue  # no corner cutting
            nb[qy * width + qx] = DIAGONAL if dx and dy else STRAIGHT
    contraction = _Contraction(adj, n)
    contraction.run([i for i in range(n) if passable[i]])
    offsets, targets, costs, mids = array("I", [0]), array("I"), array("Q"), array("i")
    middle = contraction.middle
    for v in range(n):
        for u, c in sorted(adj[v].items()):
            targets.append(u)
            costs.append(c)
            mids.append(middle.get(v * n + u if v < u else u * n + v, -1))
        offsets.append(len(targets))
    return Hierarchy(width, height, grid_digest(width, height, passable), offsets, targets, costs, mids)


class _Contraction:
    """The build's state: the remaining graph (``adj``; a contracted tile keeps its edges to the tiles still
    there, which become its upward edges), the middles of shortcuts, and the priority terms."""

    def __init__(self, adj: list[dict[int, int]], n: int) -> None:
        self.adj = adj
        self.n = n
        self.middle: dict[int, int] = {}
        self.deleted = [0] * n
        self.depth = [0] * n

    def run(self, tiles: list[int]) -> None:
        """Contract ``tiles`` in order of priority (lazy updates: a stale priority is recomputed when popped)."""
        adj, deleted, depth, n = self.adj, self.deleted, self.depth, self.n
        fresh: list[list[tuple[int, int, int]] | None] = [None] * n
        queue = [(-len(adj[v]), v) for v in tiles]
        heapify(queue)
        while queue:
            _, v = heappop(queue)
            cuts = fresh[v]
            if cuts is None:
                cuts = fresh[v] = self.shortcuts(v)
                priority = len(cuts) - len(adj[v]) + deleted[v] + depth[v]
                if queue and priority > queue[0][0]:
                    heappush(queue, (priority, v))
                    continue
            else:
                # Recomputed, never reused: the witness of a cached answer may run through a tile contracted
                # since (two tiles each other's witness would both be removed without a shortcut).
                cuts = self.shortcuts(v)
            for u, w, c in cuts:
                old = adj[u].get(w)
                if old is None or c < old:
                    adj[u][w] = c
                    adj[w][u] = c
                    self.middle[u * n + w if u < w else w * n + u] = v
            below = depth[v] + 1
            for u in adj[v]:
                del adj[u][v]
                deleted[u] += 1
                fresh[u] = None
                depth[u] = max(depth[u], below)

    def shortcuts(self, v: int) -> list[tuple[int, int, int]]:
        """The shortcuts that contracting ``v`` needs now: (u, w, cost) for neighbours without a witness."""
        adj = self.adj
        out: list[tuple[int, int, int]] = []
        around = list(adj[v].items())
        for a in range(len(around) - 1):
            u, cu = around[a]
            au = adj[u]
            todo: list[tuple[int, int]] = []
            for w, cw in around[a + 1 :]:
                need = cu + cw
                c = au.get(w)
                if c is not None and c <= need:
                    continue
                aw = adj[w]
                if any(x != v and cx + aw.get(x, _NONE) <= need for x, cx in au.items()):
                    continue
                todo.append((w, need))
            if todo:
                dist = self._witness(u, v, todo)
                out.extend((u, w, need) for w, need in todo if dist.get(w, _NONE) > need)
        return out

    def _witness(self, u: int, v: int, todo: list[tuple[int, int]]) -> dict[int, int]:
        """Costs of paths from ``u`` avoiding ``v``, searched until the targets in ``todo`` are settled, the
        costs pass the largest needed or SETTLE_LIMIT tiles are expanded. A cost is exact for a settled tile
        and an upper bound for one only reached: either is the cost of a real path, so a shortcut skipped
        for it is never needed."""
        adj = self.adj
        shift = self.n.bit_length()
        low = (1 << shift) - 1
        limit = max(need for _, need in todo)
        targets = {w for w, _ in todo}
        left = len(targets)
        dist = {u: 0}
        heap = [u]
        settled = 0
        while heap:
            key = heappop(heap)
            x, dx = key & low, key >> shift
            if dx > dist[x]:
                continue
            if x in targets:
                left -= 1
                if not left:
                    break
            settled += 1
            if settled > SETTLE_LIMIT:
                break
            for y, c in adj[x].items():
                nd = dx + c
                if nd <= limit and y != v and nd < dist.get(y, _NONE):
                    dist[y] = nd
                    heappush(heap, nd << shift | y)
        return dist
