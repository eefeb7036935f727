"""Light and darkness: a light map the size of the canvas, multiplied over the scene once per frame.

The map starts at the scene's ambient colour (darkness), every light adds a cached gradient sprite, and the
canvas is multiplied by the result; lights with ``glow`` add a little colour afterwards so the Cube's beam
can wash things out. Gradients are banded into a few levels so light reads as pixel art, not airbrush.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from enum import Enum

import numpy as np
import pygame

Color = tuple[int, int, int]
BANDS = 7
_sprites: dict[tuple[object, ...], pygame.Surface] = {}


class LightKind(Enum):
    """The shape of a light on the ground."""

    POINT = "point"  # a lamp: soft falloff
    SPOT = "spot"  # a searchlight: a bright disc with a short soft edge
    DAPPLE = "dapple"  # moonlight through a canopy: a soft pool broken by leaves
    SHAFT = "shaft"  # a skylight: a slanted band of light


@dataclass(frozen=True, slots=True)
class Light:
    """One light: centre in canvas pixels, radius in pixels, colour, intensity 0..1, shape."""

    x: float
    y: float
    radius: float
    color: Color = (255, 255, 255)
    intensity: float = 1.0
    kind: LightKind = LightKind.POINT
    glow: float = 0.0  # extra additive light after the multiply (0 = none)
    seed: int = 0  # leaf pattern of a DAPPLE light


SCENE_TINTS: dict[str, Color] = {
    "forest": (38, 43, 68),
    "mall": (62, 39, 49),
    "fantasy": (234, 212, 170),
    "confrontation": (139, 155, 180),
    "title": (24, 20, 37),
}


def ambient(darkness: float, tint: Color = (38, 43, 68)) -> Color:
    """The light-map base colour: white at darkness 0, the scene's night tint at darkness 1."""
    d = max(0.0, min(1.0, darkness))
    r, g, b = tint
    return (round(255 + (r - 255) * d), round(255 + (g - 255) * d), round(255 + (b - 255) * d))


def fast(surf: pygame.Surface) -> pygame.Surface:
    """The surface in the display's pixel format when there is a display (blits are several times faster)."""
    return surf.convert() if pygame.display.get_surface() is not None else surf


def _falloff(kind: LightKind, d: np.ndarray) -> np.ndarray:
    """Brightness 0..1 at normalised distance ``d`` (1 = the radius)."""
    out: np.ndarray
    if kind is LightKind.SPOT:
        out = np.clip((1.0 - d) / 0.22, 0.0, 1.0) ** 1.5
    else:
        out = np.clip(1.0 - d * d, 0.0, 1.0) ** 2
    return out


def _band(v: np.ndarray) -> np.ndarray:
    out: np.ndarray = np.ceil(v * BANDS) / BANDS
    return out


def _gradient(kind: LightKind, radius: int, seed: int) -> np.ndarray:
    """A (w, h) array of brightness 0..1 for a light shape."""
    if kind is LightKind.SHAFT:
        w, h = radius * 2, radius * 3
        xs, ys = np.meshgrid(np.arange(w) + 0.5, np.arange(h) + 0.5, indexing="ij")
        # A band slanting down to the left, soft at its sides and fading at both ends.
        skew = xs - w / 2 + (ys - h / 2) * 0.45
        across = np.clip(1.0 - np.abs(skew) / (radius * 0.55), 0.0, 1.0)
        along = np.clip(1.0 - np.abs(ys - h / 2) / (h / 2), 0.0, 1.0) ** 0.6
        return _band(np.clip(across * 1.6, 0, 1) * along)
    size = radius * 2
    xs, ys = np.meshgrid(np.arange(size) + 0.5 - radius, np.arange(size) + 0.5 - radius, indexing="ij")
    d = np.sqrt(xs * xs + ys * ys) / radius
    v = _falloff(kind, d)
    if kind is LightKind.DAPPLE:
        rng = random.Random(seed)
        leaves = np.ones_like(v)
        for _ in range(max(6, radius // 3)):
            lx, ly = rng.uniform(-radius, radius), rng.uniform(-radius, radius)
            lr = rng.uniform(radius * 0.12, radius * 0.3)
            shade = np.clip(np.sqrt((xs - lx) ** 2 + (ys - ly) ** 2) / lr, 0.0, 1.0)
            leaves = np.minimum(leaves, 0.25 + 0.75 * shade)
        v = v * leaves
    return _band(v)


def light_sprite(
    kind: LightKind, radius: float, color: Color, intensity: float, seed: int = 0
) -> pygame.Surface:
    """A cached RGB sprite of a light's colour times its shape, for additive blending (black = no light)."""
    r = max(4, int(radius) // 4 * 4)
    q = round(max(0.0, min(1.0, intensity)) * 20) / 20
    key = ("light", kind, r, color, q, seed)
    surf = _sprites.get(key)
    if surf is None:
        v = _gradient(kind, r, seed) * q
        rgb = (v[:, :, None] * np.array(color, np.float32)[None, None, :]).astype(np.uint8)
        surf = fast(pygame.surfarray.make_surface(rgb))
        _sprites[key] = surf
    return surf


def glow_sprite(radius: int, color: Color, strength: float) -> pygame.Surface:
    """A cached soft radial glow (RGB, black edges) for additive blits: halos, beams on the ground."""
    r = max(2, int(radius) // 2 * 2)
    q = round(max(0.0, min(1.0, strength)) * 20) / 20
    key = ("glow", r, color, q)
    surf = _sprites.get(key)
    if surf is None:
        size = r * 2
        xs, ys = np.meshgrid(np.arange(size) + 0.5 - r, np.arange(size) + 0.5 - r, indexing="ij")
        d = np.sqrt(xs * xs + ys * ys) / r
        v = _band(np.clip(1.0 - d, 0.0, 1.0) ** 2) * q
        rgb = (v[:, :, None] * np.array(color, np.float32)[None, None, :]).astype(np.uint8)
        surf = fast(pygame.surfarray.make_surface(rgb))
        _sprites[key] = surf
    return surf


class LightMap:
    """The per-frame light map. One instance per canvas size; ``apply`` is the only per-frame call."""

    def __init__(self, size: tuple[int, int] = (640, 360)) -> None:
        self.size = size
        self._map = fast(pygame.Surface(size))

    def apply(
        self,
        canvas: pygame.Surface,
        lights: list[Light] | tuple[Light, ...],
        darkness: float,
        tint: Color = (38, 43, 68),
    ) -> None:
        """Darken ``canvas`` to the ambient level and let every light through (colour-multiplied)."""
        if darkness <= 0.0 and not any(light.glow for light in lights):
            return
        base = ambient(darkness, tint)
        if darkness > 0.0:
            m = self._map
            m.fill(base)
            for light in lights:
                spr = light_sprite(light.kind, light.radius, light.color, light.intensity, light.seed)
                m.blit(
                    spr, spr.get_rect(center=(int(light.x), int(light.y))), special_flags=pygame.BLEND_RGB_ADD
                )
            canvas.blit(m, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
        for light in lights:
            if light.glow > 0.0:
                g = glow_sprite(int(light.radius), light.color, light.glow)
                canvas.blit(
                    g, g.get_rect(center=(int(light.x), int(light.y))), special_flags=pygame.BLEND_RGB_ADD
                )


def canopy_lights(area: pygame.Rect, count: int, seed: int, radius: float = 28.0) -> list[Light]:
    """Moonlight pools scattered over ``area`` (deterministic for a seed), e.g. gaps in a forest canopy."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        x = rng.uniform(area.left, area.right)
        y = rng.uniform(area.top, area.bottom)
        r = radius * rng.uniform(0.7, 1.3)
        out.append(Light(x, y, r, (150, 170, 210), 0.55, LightKind.DAPPLE, seed=seed * 131 + i))
    return out


def flicker(tick: int, seed: int = 0) -> float:
    """A lamp's slow, smooth intensity wobble (0.85..1.0) -- never a strobe."""
    return 0.925 + 0.075 * math.sin(tick * 0.05 + seed * 1.7) * math.sin(tick * 0.013 + seed)
