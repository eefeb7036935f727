"""A walking grid: passability as flat row-major arrays (``index = ty * width + tx``), its legal moves, and the
point queries every user shares (the AI's navigation in ``game.ai.nav``, the bot's map of what it has seen).

Movement has 8 directions with no corner cutting (a diagonal step needs both orthogonal neighbours open), cost 1
straight and sqrt(2) diagonal. Each tile's legal moves are one byte (a bit per direction) and the moves of every
byte value are a prebuilt tuple of ``(index delta, cost)``, so search loops do no bounds or corner checks; search
scratch (costs, parents, visit stamps) is allocated once per grid and invalidated by bumping a generation counter.
Pure: no game state, no clock, no generator.
"""

from __future__ import annotations

import itertools
import math

INF = math.inf
SQRT2 = math.sqrt(2.0)

DIRECTIONS: tuple[tuple[int, int], ...] = (
    (0, -1),
    (1, 0),
    (0, 1),
    (-1, 0),
    (1, -1),
    (1, 1),
    (-1, 1),
    (-1, -1),
)
"""Bit k of a tile's move mask allows a step by ``DIRECTIONS[k]``: four cardinals, then four diagonals."""


class WalkGrid:
    """Passability as flat arrays, the legal moves of every tile, and reusable scratch for searches."""

    __slots__ = (
        "_closed",
        "_g",
        "_gen",
        "_parent",
        "_shift",
        "_stamp",
        "height",
        "mask",
        "moves",
        "passable",
        "size",
        "width",
        "xs",
        "ys",
    )

    def __init__(self, width: int, height: int, passable: bytes | bytearray) -> None:
        if len(passable) != width * height:
            raise ValueError(f"passable has {len(passable)} cells, expected {width * height}")
        self.width = width
        self.height = height
        self.size = width * height
        self.passable = bytearray(1 if p else 0 for p in passable)
        self.mask = _move_masks(width, height, self.passable)
        self.moves: tuple[tuple[tuple[int, float], ...], ...] = _MOVES.get(width) or _moves(width)
        self.xs = [i % width for i in range(self.size)]
        self.ys = [i // width for i in range(self.size)]
        self._g = [INF] * self.size
        self._parent = [-1] * self.size
        self._stamp = [0] * self.size
        self._closed = [0] * self.size
        self._gen = 0
        self._shift = max(16, self.size.bit_length())

    def block(self, tiles: list[int]) -> None:
        """Make tiles impassable (a wall found), updating the legal moves around them."""
        passable, w, h = self.passable, self.width, self.height
        for i in tiles:
            passable[i] = 0
        for i in tiles:
            x, y = i % w, i // w
            for ny in range(max(0, y - 1), min(h, y + 2)):
                for nx in range(max(0, x - 1), min(w, x + 2)):
                    self.mask[ny * w + nx] = self._mask_at(nx, ny)

    def _mask_at(self, x: int, y: int) -> int:
        """One tile's legal moves as bits (see DIRECTIONS; the same rule as :func:`_move_masks`)."""
        if not self.open_at(x, y):
            return 0
        on, oe, os_, ow = (
            self.open_at(x, y - 1),
            self.open_at(x + 1, y),
            self.open_at(x, y + 1),
            self.open_at(x - 1, y),
        )
        m = on | oe << 1 | os_ << 2 | ow << 3
        if on and oe and self.open_at(x + 1, y - 1):
            m |= 16
        if os_ and oe and self.open_at(x + 1, y + 1):
            m |= 32
        if os_ and ow and self.open_at(x - 1, y + 1):
            m |= 64
        if on and ow and self.open_at(x - 1, y - 1):
            m |= 128
        return m

    def index(self, tx: int, ty: int) -> int:
        """The flat index of a tile (no bounds check)."""
        return ty * self.width + tx

    def open_at(self, tx: int, ty: int) -> bool:
        """True when the tile is inside the grid and passable."""
        return 0 <= tx < self.width and 0 <= ty < self.height and bool(self.passable[ty * self.width + tx])

    def nearest_open(self, tx: int, ty: int, radius: int = 4) -> int:
        """The passable tile nearest to ``(tx, ty)`` within ``radius`` rings (index), or -1."""
        if self.open_at(tx, ty):
            return ty * self.width + tx
        for r in range(1, radius + 1):
            best, best_d = -1, INF
            for y in range(ty - r, ty + r + 1):
                for x in range(tx - r, tx + r + 1):
                    if max(abs(x - tx), abs(y - ty)) == r and self.open_at(x, y):
                        d = (x - tx) ** 2 + (y - ty) ** 2
                        if d < best_d:
                            best, best_d = y * self.width + x, d
            if best >= 0:
                return best
        return -1

    def heuristic(self, a: int, b: int) -> float:
        """Octile distance between two tiles: a lower bound of the path cost."""
        dx = abs(self.xs[a] - self.xs[b])
        dy = abs(self.ys[a] - self.ys[b])
        return dx + dy + (SQRT2 - 2.0) * (dx if dx < dy else dy)

    def path_cost(self, path: list[int]) -> float:
        """The cost of a path of adjacent tile indices (1 per straight step, sqrt(2) per diagonal)."""
        total = 0.0
        for a, b in itertools.pairwise(path):
            diagonal = self.xs[a] != self.xs[b] and self.ys[a] != self.ys[b]
            total += SQRT2 if diagonal else 1.0
        return total

    def is_walk(self, path: list[int]) -> bool:
        """True when every step of ``path`` is a legal move: one of 8 directions onto an open tile, a diagonal
        only with both straight neighbours open."""
        w, xs, ys, open_ = self.width, self.xs, self.ys, self.passable
        for a, b in itertools.pairwise(path):
            dx, dy = abs(xs[a] - xs[b]), abs(ys[a] - ys[b])
            if not (dx + dy > 0 and dx <= 1 and dy <= 1 and open_[a] and open_[b]):
                return False
            corners_open = open_[ys[a] * w + xs[b]] and open_[ys[b] * w + xs[a]]
            if dx and dy and not corners_open:
                return False
        return True

    def segment_clear(self, x0: float, y0: float, x1: float, y1: float, tile_size: int) -> bool:
        """True when every tile the pixel segment crosses is passable (grid traversal, no corner cutting)."""
        ts = tile_size
        tx, ty = int(x0 // ts), int(y0 // ts)
        ex, ey = int(x1 // ts), int(y1 // ts)
        if not self.open_at(tx, ty):
            return False
        dx, dy = x1 - x0, y1 - y0
        sx = 1 if dx > 0 else -1
        sy = 1 if dy > 0 else -1
        next_x = ((tx + (1 if dx > 0 else 0)) * ts - x0) / dx if dx else INF
        next_y = ((ty + (1 if dy > 0 else 0)) * ts - y0) / dy if dy else INF
        step_x = ts / abs(dx) if dx else INF
        step_y = ts / abs(dy) if dy else INF
        guard = abs(ex - tx) + abs(ey - ty) + 2
        while (tx != ex or ty != ey) and guard > 0:
            guard -= 1
            if next_x < next_y:
                tx += sx
                next_x += step_x
            elif next_y < next_x:
                ty += sy
                next_y += step_y
            else:
                # Exactly through a corner: both side tiles must be open, as for a diagonal step.
                if not self.open_at(tx + sx, ty) or not self.open_at(tx, ty + sy):
                    return False
                tx += sx
                ty += sy
                next_x += step_x
                next_y += step_y
            if not self.open_at(tx, ty):
                return False
        return True


_MOVES: dict[int, tuple[tuple[tuple[int, float], ...], ...]] = {}
"""The move table of each grid width (the same for every grid of that width, and never changed)."""


def _moves(width: int) -> tuple[tuple[tuple[int, float], ...], ...]:
    """For every move mask, its moves as ``(index delta, cost)``."""
    table = tuple(
        tuple(
            (dy * width + dx, SQRT2 if dx and dy else 1.0)
            for k, (dx, dy) in enumerate(DIRECTIONS)
            if m >> k & 1
        )
        for m in range(256)
    )
    _MOVES[width] = table
    return table


def _move_masks(width: int, height: int, passable: bytearray) -> bytearray:
    """Each tile's legal moves as bits (see DIRECTIONS); blocked tiles get 0."""
    pw = width + 2
    padded = bytearray(pw * (height + 2))
    for y in range(height):
        padded[(y + 1) * pw + 1 : (y + 1) * pw + 1 + width] = passable[y * width : (y + 1) * width]
    masks = bytearray(width * height)
    n, e, s, w = -pw, 1, pw, -1
    for y in range(height):
        row = (y + 1) * pw + 1
        out = y * width
        for x in range(width):
            p = row + x
            if not padded[p]:
                continue
            on, oe, os_, ow = padded[p + n], padded[p + e], padded[p + s], padded[p + w]
            m = on | oe << 1 | os_ << 2 | ow << 3
            if on and oe and padded[p + n + e]:
                m |= 16
            if os_ and oe and padded[p + s + e]:
                m |= 32
            if os_ and ow and padded[p + s + w]:
                m |= 64
            if on and ow and padded[p + n + w]:
                m |= 128
            masks[out + x] = m
    return masks
