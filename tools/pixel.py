"""Tiny pixel-art toolkit for the tileset generators: a canvas, tileable noise, terrain masks, shapes.

Everything is deterministic (seeded) and uses only colours of the master palette (game/render/palette.py).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence

from game.render.palette import RGB

RGBA = tuple[int, int, int, int]
CLEAR: RGBA = (0, 0, 0, 0)
TS = 16


def rgba(c: RGB, a: int = 255) -> RGBA:
    """An opaque (or ``a``) colour from a palette entry."""
    return (c[0], c[1], c[2], a)


class Px:
    """A small RGBA canvas addressed as ``px[x, y]``; out-of-range writes are ignored."""

    def __init__(self, w: int = TS, h: int = TS, fill: RGBA = CLEAR) -> None:
        self.w, self.h = w, h
        self.data = [fill] * (w * h)

    def __getitem__(self, xy: tuple[int, int]) -> RGBA:
        x, y = xy
        return self.data[y * self.w + x]

    def __setitem__(self, xy: tuple[int, int], c: RGBA | RGB) -> None:
        x, y = xy
        if 0 <= x < self.w and 0 <= y < self.h:
            self.data[y * self.w + x] = c if len(c) == 4 else (c[0], c[1], c[2], 255)  # type: ignore[assignment]

    def put(self, x: int, y: int, c: RGB | RGBA) -> None:
        """Set one pixel (clipped)."""
        self[x, y] = c

    def over(self, x: int, y: int, c: RGB | RGBA) -> None:
        """Set one pixel only where the canvas is still transparent."""
        if 0 <= x < self.w and 0 <= y < self.h and self.data[y * self.w + x][3] == 0:
            self[x, y] = c

    def rect(self, x0: int, y0: int, w: int, h: int, c: RGB | RGBA) -> None:
        """Fill a rectangle."""
        for y in range(y0, y0 + h):
            for x in range(x0, x0 + w):
                self[x, y] = c

    def disc(self, cx: float, cy: float, r: float, c: RGB | RGBA) -> None:
        """Fill a circle of radius ``r`` around a pixel-space centre."""
        for y in range(int(cy - r - 1), int(cy + r + 2)):
            for x in range(int(cx - r - 1), int(cx + r + 2)):
                if (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r:
                    self[x, y] = c

    def line(self, x0: int, y0: int, x1: int, y1: int, c: RGB | RGBA) -> None:
        """A one-pixel line (Bresenham)."""
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self[x0, y0] = c
            if x0 == x1 and y0 == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def outline(self, c: RGB | RGBA, only_below: bool = False) -> None:
        """Draw ``c`` on transparent pixels next to opaque ones (a 1-pixel outline; ``only_below``: a shadow)."""
        opaque = [p[3] > 0 for p in self.data]
        for y in range(self.h):
            for x in range(self.w):
                if opaque[y * self.w + x]:
                    continue
                around = ((0, -1),) if only_below else ((1, 0), (-1, 0), (0, 1), (0, -1))
                for dx, dy in around:
                    nx, ny = x + dx, y + dy
                    if 0 <= nx < self.w and 0 <= ny < self.h and opaque[ny * self.w + nx]:
                        self[x, y] = c
                        break

    def paste(self, other: Px, ox: int, oy: int) -> None:
        """Draw another canvas over this one (alpha is either on or off)."""
        for y in range(other.h):
            for x in range(other.w):
                c = other.data[y * other.w + x]
                if c[3]:
                    self[ox + x, oy + y] = c

    def crop(self, x0: int, y0: int, w: int = TS, h: int = TS) -> Px:
        """A copy of one region."""
        out = Px(w, h)
        for y in range(h):
            for x in range(w):
                if 0 <= x0 + x < self.w and 0 <= y0 + y < self.h:
                    out.data[y * w + x] = self.data[(y0 + y) * self.w + x0 + x]
        return out


def hash01(x: int, y: int, seed: int) -> float:
    """A repeatable pseudo-random number in [0, 1) for a lattice point."""
    h = (x * 374761393 + y * 668265263 + seed * 2246822519) & 0xFFFFFFFF
    h = ((h ^ (h >> 13)) * 1274126177) & 0xFFFFFFFF
    return ((h ^ (h >> 16)) & 0xFFFF) / 65536.0


def noise(x: float, y: float, cell: int, seed: int, period: int = TS) -> float:
    """Smooth value noise in [0, 1) that tiles with ``period`` pixels (lattice spacing ``cell``)."""
    n = max(1, period // cell)
    gx, gy = x / cell, y / cell
    ix, iy = math.floor(gx), math.floor(gy)
    fx, fy = gx - ix, gy - iy
    fx, fy = fx * fx * (3 - 2 * fx), fy * fy * (3 - 2 * fy)

    def v(i: int, j: int) -> float:
        return hash01(i % n, j % n, seed)

    top = v(ix, iy) * (1 - fx) + v(ix + 1, iy) * fx
    bottom = v(ix, iy + 1) * (1 - fx) + v(ix + 1, iy + 1) * fx
    return top * (1 - fy) + bottom * fy


def fbm(x: float, y: float, seed: int, period: int = TS) -> float:
    """Two octaves of tileable noise, in [0, 1)."""
    return 0.65 * noise(x, y, 8, seed, period) + 0.35 * noise(x, y, 4, seed + 7, period)


def pick(shades: Sequence[RGB], t: float) -> RGB:
    """A shade from a dark-to-light ramp for ``t`` in [0, 1)."""
    return shades[min(len(shades) - 1, max(0, int(t * len(shades))))]


Texture = Callable[[int, int], RGBA]


def textured(tex: Texture, w: int = TS, h: int = TS) -> Px:
    """A canvas filled from a texture function of pixel position."""
    out = Px(w, h)
    for y in range(h):
        for x in range(w):
            out.data[y * w + x] = tex(x, y)
    return out


def corner_value(mask: int, x: int, y: int, seed: int, rough: float) -> float:
    """How much of the upper terrain a pixel of a corner tile holds (>0.5: upper); corners NW=1 NE=2 SW=4 SE=8."""
    nw, ne = float(mask & 1 != 0), float(mask & 2 != 0)
    sw, se = float(mask & 4 != 0), float(mask & 8 != 0)
    u = min(1.0, max(0.0, (x + 0.5) / TS))
    v = min(1.0, max(0.0, (y + 0.5) / TS))
    base = (nw * (1 - u) + ne * u) * (1 - v) + (sw * (1 - u) + se * u) * v
    # Sharpen the ramp so full corners stay full, then roughen with tileable noise so edges look natural.
    return base + (fbm(x, y, seed) - 0.5) * rough


def corner_tile(mask: int, upper: Texture, seed: int, rough: float = 0.55, rim: RGBA | None = None) -> Px:
    """One of the 16 corner-autotile tiles: ``upper`` where the mask says, transparent elsewhere."""
    out = Px()
    inside = [
        [corner_value(mask, x, y, seed, rough) > 0.5 for x in range(-1, TS + 1)] for y in range(-1, TS + 1)
    ]
    for y in range(TS):
        for x in range(TS):
            if not inside[y + 1][x + 1]:
                continue
            edge = not (
                inside[y][x + 1] and inside[y + 2][x + 1] and inside[y + 1][x] and inside[y + 1][x + 2]
            )
            out[x, y] = rim if (edge and rim is not None) else upper(x, y)
    return out


def speckle(px: Px, rng: random.Random, colors: Sequence[RGB], count: int, mask_opaque: bool = True) -> None:
    """Scatter single pixels (stones, ash, seeds) over the canvas."""
    for _ in range(count):
        x, y = rng.randrange(px.w), rng.randrange(px.h)
        if not mask_opaque or px[x, y][3]:
            px[x, y] = rng.choice(colors)
