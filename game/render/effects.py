"""Screen effects: camera shake and transitions (fade, glitch, dissolve), with a reduce-flashing mode.

With ``reduce_flashing`` on, shake moves nothing (a soft darkening stands in for it) and a glitch becomes a
gentle cross-fade, so every effect stays far below three flashes a second. Effects own their generators.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import pygame

from game.render.palette import INK as BLACK

Color = tuple[int, int, int]


def veil(canvas: pygame.Surface, color: Color, amount: float) -> None:
    """Blend ``color`` over the canvas by ``amount`` with two fills (much faster than an alpha blit)."""
    a = max(0.0, min(1.0, amount))
    if a <= 0.0:
        return
    keep = round(255 * (1.0 - a))
    canvas.fill((keep, keep, keep), special_flags=pygame.BLEND_RGB_MULT)
    canvas.fill(tuple(round(c * a) for c in color), special_flags=pygame.BLEND_RGB_ADD)


class Shake:
    """Camera shake: ``kick`` it, ``update`` each tick, read ``offset``; it decays smoothly to nothing.

    The offset is a smooth, low-frequency wobble (about 4 Hz), not random jitter: jitter over a bright,
    detailed scene makes every pixel blink and counts as flashing; a slow sway does not.
    """

    MAX_PX = 4.0
    FREQ_X = 4.0 / 60.0  # cycles per tick
    FREQ_Y = 5.3 / 60.0

    def __init__(self, seed: int = 0, reduce_flashing: bool = False) -> None:
        self.rng = random.Random(seed)
        self.reduce_flashing = reduce_flashing
        self.trauma = 0.0
        self._age = 0
        self._phase = 0.0
        self._lean = (1.0, 0.6)
        self._offset = (0, 0)

    def kick(self, amount: float) -> None:
        """Add shake (0..1; 0.3 is a thud, 1.0 the Cube landing)."""
        if self.trauma <= 0.0:
            self._phase = self.rng.uniform(0.0, math.tau)
            angle = self.rng.uniform(0.0, math.tau)
            self._lean = (math.cos(angle) * 0.4 + 0.6, math.sin(angle) * 0.4 + 0.6)
        self.trauma = min(1.0, self.trauma + amount)

    def update(self) -> None:
        """Decay and compute this tick's offset."""
        self._age += 1
        self.trauma = max(0.0, self.trauma - 0.025)
        if self.reduce_flashing or self.trauma <= 0.0:
            self._offset = (0, 0)
            return
        mag = self.MAX_PX * self.trauma * self.trauma
        t = self._age
        x = math.sin(math.tau * self.FREQ_X * t + self._phase) * self._lean[0]
        y = math.sin(math.tau * self.FREQ_Y * t + self._phase * 1.7) * self._lean[1]
        self._offset = (round(mag * x), round(mag * y))

    @property
    def offset(self) -> tuple[int, int]:
        """Pixels to add to the camera this frame."""
        return self._offset

    def draw(self, canvas: pygame.Surface) -> None:
        """In reduce-flashing mode, a soft darkening stands in for the movement (never a jolt)."""
        if self.reduce_flashing and self.trauma > 0.0:
            veil(canvas, BLACK, 0.2 * self.trauma)


@dataclass
class Transition:
    """A timed overlay: ``progress`` runs 0..1 over ``ticks``; ``closing`` ones end covering the screen."""

    ticks: int
    closing: bool = True
    color: Color = BLACK
    age: int = 0

    @property
    def progress(self) -> float:
        """How far along it is, 0..1."""
        return min(1.0, self.age / max(1, self.ticks))

    @property
    def done(self) -> bool:
        """True once it has run its course."""
        return self.age >= self.ticks

    @property
    def cover(self) -> float:
        """How much of the picture is hidden now, 0..1 (eased)."""
        p = self.progress
        eased = p * p * (3 - 2 * p)
        return eased if self.closing else 1.0 - eased

    def update(self) -> None:
        """Advance one tick."""
        self.age += 1

    def draw(self, canvas: pygame.Surface) -> None:
        """Draw over the finished frame."""
        raise NotImplementedError


class Fade(Transition):
    """A fade to (or from) a colour."""

    def draw(self, canvas: pygame.Surface) -> None:
        """Blend the colour over the canvas by ``cover``."""
        veil(canvas, self.color, self.cover)


@dataclass
class Glitch(Transition):
    """The dream breaking: rows torn sideways, colour channels split, blocks of wrong colour.

    Luminance barely changes (rows move, they are not lit), and the strength rises and falls smoothly.
    """

    seed: int = 0
    strength: float = 1.0
    _copy: pygame.Surface | None = field(default=None, init=False, repr=False)

    def draw(self, canvas: pygame.Surface) -> None:
        """Tear rows and split colour for this tick (deterministic for the seed and age)."""
        p = self.progress
        power = math.sin(math.pi * p) * self.strength  # rises, peaks, settles: no hard on/off
        if power <= 0.02:
            return
        rng = random.Random(
            self.seed * 7919 + self.age // 3
        )  # tears hold for 3 ticks, never per-frame strobe
        w, h = canvas.get_size()
        if self._copy is None or self._copy.get_size() != (w, h):
            self._copy = pygame.Surface((w, h))
        src = self._copy
        src.blit(canvas, (0, 0))
        for _ in range(int(3 + 9 * power)):
            y = rng.randrange(h)
            bh = rng.randint(2, 10)
            dx = int(rng.uniform(-24, 24) * power)
            canvas.blit(src, (dx, y), pygame.Rect(0, y, w, bh))
        if power > 0.3:
            fringe = src.copy()
            fringe.fill((255, 0, 0), special_flags=pygame.BLEND_RGB_MULT)
            canvas.blit(fringe, (int(3 * power), 0), special_flags=pygame.BLEND_RGB_MAX)
        for _ in range(int(4 * power)):
            bw, bh = rng.randint(8, 40), rng.randint(2, 8)
            x, y = rng.randrange(w), rng.randrange(h)
            canvas.blit(
                src,
                (x, y),
                pygame.Rect((x + rng.randint(-60, 60)) % w, (y + rng.randint(-20, 20)) % h, bw, bh),
            )


@dataclass
class Dissolve(Transition):
    """What a glitch becomes with reduce-flashing on: a slow desaturating cross-fade to grey and back."""

    def draw(self, canvas: pygame.Surface) -> None:
        """A gentle grey veil that rises and falls."""
        veil(canvas, self.color, 0.43 * math.sin(math.pi * self.progress))


def glitch(ticks: int, seed: int, reduce_flashing: bool, strength: float = 1.0) -> Transition:
    """A glitch, or its gentle stand-in when reduce-flashing is on."""
    if reduce_flashing:
        return Dissolve(ticks, closing=False, color=(139, 155, 180))
    return Glitch(ticks, closing=False, seed=seed, strength=strength)


class Effects:
    """Owns the shake and the running transitions for one scene; the scene calls update and draw."""

    def __init__(self, seed: int = 0, reduce_flashing: bool = False) -> None:
        self.seed = seed
        self.shake = Shake(seed, reduce_flashing)
        self.running: list[Transition] = []
        self._reduce = reduce_flashing

    @property
    def reduce_flashing(self) -> bool:
        """Whether the gentle stand-ins are used."""
        return self._reduce

    @reduce_flashing.setter
    def reduce_flashing(self, on: bool) -> None:
        self._reduce = on
        self.shake.reduce_flashing = on

    @property
    def glitching(self) -> bool:
        """True while a glitch (or its reduce-flashing stand-in) plays."""
        return any(isinstance(t, (Glitch, Dissolve)) and not t.done for t in self.running)

    def start(self, transition: Transition) -> Transition:
        """Run a transition (returned, so the caller can wait for ``done``)."""
        self.running.append(transition)
        return transition

    def glitch(self, ticks: int = 40, strength: float = 1.0) -> Transition:
        """Start a glitch (or its reduce-flashing stand-in)."""
        self.seed += 1
        return self.start(glitch(ticks, self.seed, self._reduce, strength))

    def update(self) -> None:
        """Advance shake and transitions one tick; finished opening ones are dropped, closing ones stay."""
        self.shake.update()
        for t in self.running:
            t.update()
        self.running = [t for t in self.running if not t.done or t.closing]

    def draw(self, canvas: pygame.Surface) -> None:
        """Draw every running overlay, in start order."""
        self.shake.draw(canvas)
        for t in self.running:
            t.draw(canvas)

    def clear(self) -> None:
        """Drop every transition (a new scene starts clean)."""
        self.running.clear()
