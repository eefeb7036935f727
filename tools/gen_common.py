"""Shared helpers for the art generators: pixel templates, outlines, palette snapping, saving."""

from __future__ import annotations

import json
import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import numpy as np
import pygame

from game.render.palette import INK, PALETTE, RGB

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
RGBA = tuple[int, int, int, int]

_PAL = np.array(PALETTE, dtype=np.int32)


def surface(w: int, h: int) -> pygame.Surface:
    """A transparent RGBA surface (no display needed)."""
    surf = pygame.Surface((w, h), pygame.SRCALPHA, 32)
    surf.fill((0, 0, 0, 0))
    return surf


def stamp(
    surf: pygame.Surface, rows: list[str], x: int, y: int, colors: dict[str, RGB], flip: bool = False
) -> None:
    """Paint an ASCII template: each letter a colour from ``colors``; '.' and ' ' leave pixels alone."""
    width = max(len(r) for r in rows)
    for j, row in enumerate(rows):
        for i, ch in enumerate(row):
            if ch in ". ":
                continue
            px = x + (width - 1 - i if flip else i)
            py = y + j
            if 0 <= px < surf.get_width() and 0 <= py < surf.get_height():
                surf.set_at((px, py), (*colors[ch], 255))


def rect(surf: pygame.Surface, color: RGB, x: int, y: int, w: int, h: int) -> None:
    """Fill a rectangle of opaque pixels (clipped)."""
    if w > 0 and h > 0:
        surf.fill((*color, 255), pygame.Rect(x, y, w, h))


def px(surf: pygame.Surface, color: RGB, x: int, y: int) -> None:
    """One opaque pixel (clipped)."""
    if 0 <= x < surf.get_width() and 0 <= y < surf.get_height():
        surf.set_at((x, y), (*color, 255))


def outline(surf: pygame.Surface, color: RGB = INK) -> pygame.Surface:
    """A copy with a 1-px outline around every opaque shape (4-neighbour), for readability on dark ground."""
    alpha = pygame.surfarray.array_alpha(surf) > 0
    ring = np.zeros_like(alpha)
    ring[1:, :] |= alpha[:-1, :]
    ring[:-1, :] |= alpha[1:, :]
    ring[:, 1:] |= alpha[:, :-1]
    ring[:, :-1] |= alpha[:, 1:]
    ring &= ~alpha
    out = surf.copy()
    rgb = pygame.surfarray.pixels3d(out)
    a = pygame.surfarray.pixels_alpha(out)
    rgb[ring] = color
    a[ring] = 255
    del rgb, a
    return out


def snap(colors: np.ndarray) -> np.ndarray:
    """Map an (..., 3) array of colours to their nearest palette entries."""
    flat = colors.reshape(-1, 3).astype(np.int32)
    dist = ((flat[:, None, :] - _PAL[None, :, :]) ** 2).sum(axis=2)
    return _PAL[dist.argmin(axis=1)].reshape(colors.shape).astype(np.uint8)


def wash(surf: pygame.Surface, amount: float, toward: RGB = (255, 255, 255)) -> pygame.Surface:
    """A copy blended ``amount`` toward ``toward`` and snapped back onto the palette (light-washed)."""
    out = surf.copy()
    rgb = pygame.surfarray.pixels3d(out)
    mixed = rgb.astype(np.float32) * (1.0 - amount) + np.array(toward, np.float32) * amount
    rgb[...] = snap(np.round(mixed).astype(np.int32))
    del rgb
    return out


def save_png(surf: pygame.Surface, path: Path) -> None:
    """Write a PNG, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surf, str(path))


def save_json(data: object, path: Path) -> None:
    """Write pretty, stable JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, sort_keys=False) + "\n", encoding="utf-8")


def same_pixels(a: pygame.Surface, b: pygame.Surface) -> bool:
    """True when two surfaces decode to the same RGBA pixels (ignoring fully transparent colour)."""
    if a.get_size() != b.get_size():
        return False
    aa = pygame.surfarray.array_alpha(a)
    ba = pygame.surfarray.array_alpha(b)
    if not np.array_equal(aa, ba):
        return False
    visible = aa > 0
    return bool(np.array_equal(pygame.surfarray.array3d(a)[visible], pygame.surfarray.array3d(b)[visible]))
