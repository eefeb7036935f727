"""Atmosphere particles: falling ash, dust in light shafts, petals in the dream, white flakes in the waste.

Each system owns its own ``random.Random`` (seeded), so drawing never touches the simulation's generator.
State lives in numpy arrays and moves in one vectorised step per tick; drawing is one ``fblits`` call.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from enum import Enum

import numpy as np
import pygame

Color = tuple[int, int, int]


class ParticleKind(Enum):
    """What is in the air."""

    ASH = "ash"
    DUST = "dust"
    PETALS = "petals"
    FLAKES = "flakes"


@dataclass(frozen=True, slots=True)
class Recipe:
    """How a kind of particle looks and moves."""

    colors: tuple[Color, ...]
    sizes: tuple[tuple[int, int], ...]  # sprite sizes (w, h) to pick from
    fall: tuple[float, float]  # px/tick, min..max
    drift: float  # sideways px/tick
    sway: float  # amplitude of the sideways wobble
    parallax: tuple[float, float]  # how much the camera moves them (near flakes move more)
    alpha: tuple[int, int]


RECIPES: dict[ParticleKind, Recipe] = {
    ParticleKind.ASH: Recipe(
        ((139, 155, 180), (90, 105, 136), (192, 203, 220), (58, 68, 102)),
        ((1, 1), (2, 1), (1, 2), (2, 2)),
        (0.12, 0.4),
        0.1,
        0.35,
        (0.8, 1.15),
        (110, 230),
    ),
    ParticleKind.DUST: Recipe(
        ((254, 231, 97), (234, 212, 170), (255, 255, 255)),
        ((1, 1),),
        (-0.03, 0.05),
        0.02,
        0.15,
        (1.0, 1.0),
        (60, 170),
    ),
    ParticleKind.PETALS: Recipe(
        ((246, 117, 122), (181, 80, 136), (255, 255, 255), (232, 183, 150)),
        ((2, 1), (2, 2), (3, 2)),
        (0.2, 0.45),
        0.25,
        0.8,
        (0.9, 1.2),
        (190, 255),
    ),
    ParticleKind.FLAKES: Recipe(
        ((255, 255, 255), (192, 203, 220)),
        ((1, 1), (2, 2)),
        (0.3, 0.8),
        -0.35,
        0.3,
        (0.9, 1.3),
        (140, 255),
    ),
}


class Particles:
    """A field of ``count`` particles that wraps around the view (no ``box``) or stays in a world ``box``."""

    def __init__(
        self,
        kind: ParticleKind,
        count: int,
        seed: int,
        view: tuple[int, int] = (640, 360),
        box: pygame.Rect | None = None,
    ) -> None:
        self.kind = kind
        self.recipe = RECIPES[kind]
        self.rng = random.Random(seed)
        self.view = view
        self.box = box
        r = self.recipe
        w, h = (box.w, box.h) if box is not None else (view[0] + 16, view[1] + 16)
        rand = self.rng.random
        self.x = np.array([rand() * w for _ in range(count)], dtype=np.float32)
        self.y = np.array([rand() * h for _ in range(count)], dtype=np.float32)
        self.vy = np.array([r.fall[0] + rand() * (r.fall[1] - r.fall[0]) for _ in range(count)], np.float32)
        self.phase = np.array([rand() * math.tau for _ in range(count)], dtype=np.float32)
        self.par = np.array(
            [r.parallax[0] + rand() * (r.parallax[1] - r.parallax[0]) for _ in range(count)], np.float32
        )
        self.size = (w, h)
        self._sprites = [self._sprite(i) for i in range(count)]
        self.tick = 0

    def _sprite(self, i: int) -> pygame.Surface:
        r = self.recipe
        w, h = self.rng.choice(r.sizes)
        surf = pygame.Surface((w, h), pygame.SRCALPHA)
        surf.fill((*self.rng.choice(r.colors), self.rng.randint(*r.alpha)))
        if self.kind is ParticleKind.PETALS and w >= 2 and h >= 2:
            surf.set_at((w - 1, 0), (0, 0, 0, 0))  # a petal, not a square
        return surf

    def update(self, wind: float = 0.0) -> None:
        """Advance one tick; ``wind`` pushes everything sideways (px/tick)."""
        self.tick += 1
        r = self.recipe
        sway = np.sin(self.phase + self.tick * 0.03) * r.sway
        self.x += r.drift + wind + sway * 0.2
        self.y += self.vy
        w, h = self.size
        np.mod(self.x, w, out=self.x)
        np.mod(self.y, h, out=self.y)

    def draw(self, canvas: pygame.Surface, camera: tuple[float, float] = (0.0, 0.0)) -> None:
        """Draw the particles; ``camera`` is the view's top-left in world pixels (for parallax and boxes)."""
        if self.box is not None:
            xs = self.x + (self.box.x - camera[0])
            ys = self.y + (self.box.y - camera[1])
        else:
            w, h = self.size
            xs = np.mod(self.x - camera[0] * self.par, w) - 8
            ys = np.mod(self.y - camera[1] * self.par, h) - 8
        xi = xs.astype(np.int32).tolist()
        yi = ys.astype(np.int32).tolist()
        canvas.fblits(list(zip(self._sprites, zip(xi, yi, strict=True), strict=True)))
