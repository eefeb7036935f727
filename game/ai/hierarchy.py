"""Contraction hierarchies: the quickest uncapped path queries, for grids whose hierarchy was baked beforehand.

A contraction hierarchy (Geisberger, Sanders, Schultes and Delling, WEA 2008) ranks the open tiles and removes
them one by one, lowest rank first; when removing ``v`` would lengthen the shortest path between two of its
remaining neighbours, a *shortcut* edge between them (cost of both edges, ``v`` remembered as its middle)
keeps every distance. Afterwards each tile keeps only its edges towards higher ranks, and a shortest path
always climbs from the start, then descends to the goal; a query runs two small Dijkstra searches that only
climb, one from each end, and meets in the middle. Here the two pop about 400 entries where jump point search
(jump.py) pops about 3,000, 3-4x quicker on a 200x200 grid with 25 % walls (benchmarks/bench_path.py). The
query also prunes a tile whose distance plus the octile distance to the other end cannot beat the best meeting
found, and stalls a tile that a higher neighbour reaches more cheaply ("stall on demand").

The price is the build (contraction.py): seconds in pure Python, far too slow for a map load. So hierarchies
are *baked* (``python -m tools.bake_nav``) into one file per map beside the maps, keyed by a digest of each
grid's passability; a grid whose map was edited since no longer matches its bake and answers by jump point
search, with paths of the same cost, until the map is baked again.

Costs are the jump tables' exact integers (``STRAIGHT`` and ``DIAGONAL``), so sums are exact and paths are as
short as jump point search's. Tiles are row-major indices ``ty * width + tx``; movement is the navigation
grid's (8 directions, no corner cutting).
"""

from __future__ import annotations

import hashlib
import itertools
import sys
from array import array
from heapq import heappop, heappush

from game.ai.jump_tables import DIAGONAL, STRAIGHT

__all__ = ["BakeError", "Hierarchy", "grid_digest"]

MAGIC = b"RFCH"
VERSION = 1
_HEADER = 4 + 2 + 2 + 4 + 4 + 12 + 4
"""Magic, version, two spare bytes, width, height, grid digest, edge count; then the arrays (see
:meth:`Hierarchy.to_bytes`)."""
_NONE = 1 << 62
"""Above every distance (a path visits each of the grid's tiles at most once, and width * height * DIAGONAL
stays below this for any grid up to 2**39 tiles)."""


class BakeError(ValueError):
    """A baked hierarchy that cannot be read (truncated, another format, another grid)."""


_ONES = bytes([0] + [1] * 255)
"""A ``bytes.translate`` table: any non-zero byte becomes 1."""


def grid_digest(width: int, height: int, passable: bytes | bytearray) -> bytes:
    """Twelve bytes that name a grid's passability: a bake is used only by the grid it was built from."""
    h = hashlib.blake2b(digest_size=12)
    h.update(width.to_bytes(4, "little") + height.to_bytes(4, "little"))
    h.update(bytes(passable).translate(_ONES))
    return h.digest()


class Hierarchy:
    """A grid's contraction hierarchy: the upward edges of every tile and the middle tile of every shortcut."""

    __slots__ = ("_costs", "_middles", "_mids", "_offsets", "_targets", "_ups", "digest", "height", "width")

    def __init__(
        self,
        width: int,
        height: int,
        digest: bytes,
        offsets: array[int],
        targets: array[int],
        costs: array[int],
        mids: array[int],
    ) -> None:
        """Wrap the flat arrays of :meth:`to_bytes` (``offsets[v]:offsets[v + 1]`` are tile v's edges)."""
        self.width, self.height, self.digest = width, height, digest
        self._offsets, self._targets, self._costs, self._mids = offsets, targets, costs, mids
        self._ups: list[tuple[tuple[int, int], ...]] = []
        self._middles: dict[int, int] = {}
        """The middle tile of each shortcut, keyed ``lo * n + hi`` by its two ends (filled at the first query)."""

    @property
    def edges(self) -> int:
        """Upward edges in all (original edges kept and shortcuts)."""
        return len(self._targets)

    @property
    def shortcuts(self) -> int:
        """Upward edges that stand for a path through lower tiles."""
        return sum(1 for m in self._mids if m >= 0)

    # -- the query ------------------------------------------------------------------------------------------

    def find_path(self, start: int, goal: int) -> list[int]:
        """A shortest path of row-major tile indices from ``start`` to ``goal`` (both open; both included), or
        ``[]`` when no path joins them."""
        if start == goal:
            return [start]
        ups = self._ups or self._unpack_edges()
        w = self.width
        shift = (w * self.height).bit_length()
        low = (1 << shift) - 1
        dg = DIAGONAL - 2 * STRAIGHT
        other_end = ((goal % w, goal // w), (start % w, start // w))
        dist: tuple[dict[int, int], dict[int, int]] = ({start: 0}, {goal: 0})
        parent: tuple[dict[int, int], dict[int, int]] = ({start: -1}, {goal: -1})
        fwd, bwd = [start], [goal]
        best, meet = _NONE, -1
        while True:
            if fwd and (not bwd or fwd[0] <= bwd[0]):
                heap, side = fwd, 0
            elif bwd:
                heap, side = bwd, 1
            else:
                break
            key = heappop(heap)
            v, d = key & low, key >> shift
            if d >= best:
                break  # the smaller of the two searches is past the best meeting: so is the other
            mine = dist[side]
            if d != mine[v]:
                continue
            theirs = dist[1 - side].get(v)
            if theirs is not None and d + theirs < best:
                best, meet = d + theirs, v
            edges = ups[v]
            # Stall on demand: a higher neighbour reached more cheaply shows that v is not on a shortest path
            # climbing from this end.
            stalled = False
            for u, c in edges:
                if mine.get(u, _NONE) + c < d:
                    stalled = True
                    break
            if stalled:
                continue
            tx, ty = other_end[side]
            dx, dy = abs(v % w - tx), abs(v // w - ty)
            if d + (dx + dy) * STRAIGHT + dg * (dx if dx < dy else dy) >= best:
                continue  # even a straight run from v to the other end cannot beat the best meeting
            up = parent[side]
            for u, c in edges:
                nd = d + c
                if nd < mine.get(u, _NONE):
                    mine[u] = nd
                    up[u] = v
                    heappush(heap, nd << shift | u)
        if meet < 0:
            return []
        return self._unpack_path(meet, parent[0], parent[1])

    def _unpack_path(self, meet: int, forward: dict[int, int], backward: dict[int, int]) -> list[int]:
        """The tiles of the climb to ``meet`` and the descent from it, shortcuts replaced by their middles."""
        chain: list[int] = []
        v = meet
        while v >= 0:
            chain.append(v)
            v = forward[v]
        chain.reverse()
        v = backward[meet]
        while v >= 0:
            chain.append(v)
            v = backward[v]
        path = [chain[0]]
        for k in range(1, len(chain)):
            self._expand(chain[k - 1], chain[k], path)
        return path

    def edge_path(self, a: int, b: int) -> list[int]:
        """The tiles the edge between ``a`` and ``b`` stands for, from ``a`` to ``b`` (two tiles for a step)."""
        if not self._ups:
            self._unpack_edges()
        path = [a]
        self._expand(a, b, path)
        return path

    def _expand(self, a: int, b: int, path: list[int]) -> None:
        """Append the tiles after ``a`` up to ``b`` of the edge a-b, shortcuts replaced by their middles."""
        n, middles = self.width * self.height, self._middles
        stack = [(a, b)]
        while stack:
            a, b = stack.pop()
            m = middles.get(a * n + b if a < b else b * n + a)
            if m is None:
                path.append(b)
            else:
                stack.append((m, b))
                stack.append((a, m))

    def _unpack_edges(self) -> list[tuple[tuple[int, int], ...]]:
        """Per tile its upward edges as (tile, cost) tuples, and the shortcuts' middles (at the first query)."""
        off, tg, cs, ms = self._offsets, self._targets, self._costs, self._mids
        n = self.width * self.height
        self._ups = [
            tuple(zip(tg[off[v] : off[v + 1]], cs[off[v] : off[v + 1]], strict=True)) for v in range(n)
        ]
        middles = self._middles
        for v in range(n):
            for i in range(off[v], off[v + 1]):
                m = ms[i]
                if m >= 0:
                    u = tg[i]
                    middles[v * n + u if v < u else u * n + v] = m
        return self._ups

    def validate(self, passable: bytes | bytearray) -> None:
        """Raise :class:`BakeError` unless every edge is sound for this passability: a single step is a legal
        move (open tiles, no corner cutting) of its exact cost; a shortcut's middle is another tile with edges
        to both ends whose costs add up to the shortcut's. Then every edge unpacks into legal steps of its cost
        (each expansion splits an edge into two strictly cheaper ones, so it ends), and a query never reads
        outside the grid. A bake is project content, but a hand-edited one must not hang or mislead a query."""
        w, h = self.width, self.height
        n = w * h
        if len(passable) != n:
            raise BakeError(f"built for {n} tiles, the grid has {len(passable)}")
        off, tg, cs, ms = self._offsets, self._targets, self._costs, self._mids
        cost_of: dict[int, int] = {}
        for v in range(n):
            for i in range(off[v], off[v + 1]):
                u = tg[i]
                key = v * n + u if v < u else u * n + v
                if u == v or key in cost_of or cs[i] <= 0:
                    raise BakeError(f"the edge {v}-{u} is a loop, listed twice or free")
                cost_of[key] = cs[i]
        for v in range(n):
            for i in range(off[v], off[v + 1]):
                u, c, m = tg[i], cs[i], ms[i]
                if m < 0:
                    dx, dy = abs(u % w - v % w), abs(u // w - v // w)
                    step = STRAIGHT if dx + dy == 1 else DIAGONAL if dx == dy == 1 else 0
                    corners = dx + dy == 1 or (
                        passable[(v // w) * w + u % w] and passable[(u // w) * w + v % w]
                    )
                    if not (step == c and passable[u] and passable[v] and corners):
                        raise BakeError(f"the edge {v}-{u} is not a legal step of its cost")
                else:
                    first = cost_of.get(v * n + m if v < m else m * n + v)
                    second = cost_of.get(m * n + u if m < u else u * n + m)
                    if m in (u, v) or first is None or second is None or first + second != c:
                        raise BakeError(f"the shortcut {v}-{u} is not two edges through its middle {m}")

    # -- the bake -------------------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """The bake: a header (magic, version, width, height, grid digest, edge count), then per tile the
        offset of its edges (n + 1 uint32), and per edge its target (uint32), cost (uint64) and middle tile
        (int32, -1 for a single step), little-endian."""
        head = MAGIC + VERSION.to_bytes(2, "little") + bytes(2)
        head += self.width.to_bytes(4, "little") + self.height.to_bytes(4, "little") + self.digest
        parts = [head, len(self._targets).to_bytes(4, "little")]
        for arr in (self._offsets, self._targets, self._costs, self._mids):
            out = array(arr.typecode, arr)
            if sys.byteorder == "big":
                out.byteswap()
            parts.append(out.tobytes())
        return b"".join(parts)

    @classmethod
    def from_bytes(cls, data: bytes) -> Hierarchy:
        """Read a bake; raise :class:`BakeError` saying what is wrong when it is not one this code can use."""
        if len(data) < _HEADER or data[:4] != MAGIC:
            raise BakeError("not a baked hierarchy (no RFCH header)")
        version = int.from_bytes(data[4:6], "little")
        if version != VERSION:
            raise BakeError(
                f"baked by format version {version}, this game reads {VERSION}: bake the maps again"
            )
        width = int.from_bytes(data[8:12], "little")
        height = int.from_bytes(data[12:16], "little")
        digest = data[16:28]
        edges = int.from_bytes(data[_HEADER - 4 : _HEADER], "little")
        n = width * height
        if not n:
            raise BakeError(f"a grid of {width}x{height} tiles")
        arrays: list[array[int]] = []
        at = _HEADER
        for code, count in (("I", n + 1), ("I", edges), ("Q", edges), ("i", edges)):
            arr = array(code)
            size = arr.itemsize * count
            if at + size > len(data):
                raise BakeError(f"truncated: {len(data)} bytes, the header promises more")
            arr.frombytes(data[at : at + size])
            if sys.byteorder == "big":
                arr.byteswap()
            arrays.append(arr)
            at += size
        if at != len(data):
            raise BakeError(f"{len(data) - at} bytes after the last array")
        offsets, targets = arrays[0], arrays[1]
        if offsets[0] != 0 or offsets[n] != edges or any(a > b for a, b in itertools.pairwise(offsets)):
            raise BakeError("edge offsets are not in order")
        if edges and (max(targets) >= n or max(arrays[3]) >= n):
            raise BakeError("an edge leads outside the grid")
        return cls(width, height, digest, *arrays)
