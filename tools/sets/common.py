"""Painters shared by the scene tilesets: ground fills, tree and bush shapes, rocks, simple furniture."""

from __future__ import annotations

import random
from collections.abc import Sequence

from game.render.palette import RGB
from tools.pixel import TS, Px, Texture, fbm, hash01, noise, pick, rgba, textured


def ground_tex(ramp: Sequence[RGB], seed: int, grain: Sequence[RGB] = (), grain_rate: float = 0.0) -> Texture:
    """A tileable ground texture: a shaded ramp from noise, with a sprinkle of grain pixels."""

    def tex(x: int, y: int) -> tuple[int, int, int, int]:
        t = fbm(x, y, seed)
        if grain and hash01(x % TS, y % TS, seed + 99) < grain_rate:
            return rgba(grain[int(hash01(x % TS, y % TS, seed + 5) * len(grain)) % len(grain)])
        return rgba(pick(ramp, t))

    return tex


def ground(ramp: Sequence[RGB], seed: int, grain: Sequence[RGB] = (), rate: float = 0.0) -> Px:
    """A full ground tile."""
    return textured(ground_tex(ramp, seed, grain, rate))


def tufts(px: Px, rng: random.Random, colors: Sequence[RGB], count: int) -> Px:
    """Small grass tufts: a pixel with a lighter tip above it."""
    for _ in range(count):
        x, y = rng.randrange(1, TS - 1), rng.randrange(2, TS)
        px[x, y] = colors[0]
        px[x, y - 1] = colors[-1]
        if rng.random() < 0.5:
            px[x + rng.choice((-1, 1)), y] = colors[0]
    return px


def blob(
    w: int, h: int, cx: float, cy: float, rx: float, ry: float, ramp: Sequence[RGB], seed: int, edge: RGB
) -> Px:
    """A lumpy rounded mass (a bush, a canopy) lit from the top-left, with a dark rim."""
    out = Px(w, h)
    for y in range(h):
        for x in range(w):
            dx, dy = (x + 0.5 - cx) / rx, (y + 0.5 - cy) / ry
            d = dx * dx + dy * dy
            wobble = (noise(x, y, 4, seed, 64) - 0.5) * 0.6
            if d + wobble < 1.0:
                light = 0.55 - 0.35 * dx - 0.35 * dy + (noise(x, y, 2, seed + 3, 64) - 0.5) * 0.5
                out[x, y] = pick(ramp, max(0.0, min(0.999, light)))
    out.outline(rgba(edge))
    return out


def rock(w: int, h: int, seed: int, ramp: Sequence[RGB], edge: RGB) -> Px:
    """A rock or boulder, flat-bottomed, lit from above."""
    out = blob(w, h, w / 2, h / 2 + 1, w / 2 - 1.5, h / 2 - 2, ramp, seed, edge)
    return out


def shadow_under(px: Px, color: RGB, rows: int = 2) -> Px:
    """A soft dark band under an opaque shape (its ground shadow), drawn behind it."""
    base = Px(px.w, px.h)
    for y in range(px.h):
        for x in range(px.w):
            if px[x, y][3] and (y + rows >= px.h or not px[x, y + rows][3]):
                for k in range(1, rows + 1):
                    base.over(x + 1, y + k, rgba(color, 150))
    base.paste(px, 0, 0)
    return base


def speck_tex(base: RGB, specks: Sequence[RGB], rate: float, seed: int, shade: RGB | None = None) -> Texture:
    """A flat ground with scattered specks (pebbles, ash) and, optionally, soft patches of ``shade``."""

    def tex(x: int, y: int) -> tuple[int, int, int, int]:
        h = hash01(x % TS, y % TS, seed)
        if h < rate:
            return rgba(specks[int(h / rate * len(specks)) % len(specks)])
        if shade is not None and fbm(x, y, seed + 3) > 0.68:
            return rgba(shade)
        return rgba(base)

    return tex
