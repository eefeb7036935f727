"""Photosensitivity check: count general flashes per second in a sequence of frames (WCAG 2.3.1 style).

A *transition* is a change of at least 10 % relative luminance (from the pixel's last extreme) over at least
25 % of the frame, in one direction, within a few frames of each other; a *flash* is a pair of opposing
transitions. ``FlashMeter`` takes frames one at a time (pygame Surfaces, downscaled for speed) so the lead can
feed it real gameplay frames: ``meter.add(canvas)`` each frame, then ``meter.max_flashes_per_second()``.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import numpy as np
import pygame

LUMA_STEP = 0.10
AREA = 0.25
CONCURRENT_FRAMES = 3  # transitions this close together count as simultaneous
SAMPLE = (160, 90)  # frames are measured at this size (averaging keeps area fractions honest)


def relative_luminance(surface: pygame.Surface, size: tuple[int, int] = SAMPLE) -> np.ndarray:
    """Relative luminance 0..1 (sRGB linearised, Rec. 709 weights) of a frame, at ``size``."""
    if surface.get_bitsize() in (24, 32):
        small = pygame.transform.smoothscale(surface, size)  # averaging keeps area fractions honest
    else:
        small = pygame.transform.scale(surface, size)
    rgb = pygame.surfarray.array3d(small).astype(np.float32) / 255.0
    lin = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    out: np.ndarray = lin[:, :, 0] * 0.2126 + lin[:, :, 1] * 0.7152 + lin[:, :, 2] * 0.0722
    return out


@dataclass
class FlashMeter:
    """Feed frames in order at ``fps``; read how many flashes the worst one-second window held."""

    fps: int = 60
    events: list[tuple[int, int]] = field(default_factory=list)  # (frame, +1 brighter / -1 darker)
    _anchor: np.ndarray | None = None
    _dir: np.ndarray | None = None
    _recent: deque[tuple[np.ndarray, np.ndarray]] = field(default_factory=deque)
    frame: int = 0

    def add(self, surface: pygame.Surface) -> None:
        """Measure the next frame."""
        self.add_luminance(relative_luminance(surface))

    def add_luminance(self, lum: np.ndarray) -> None:
        """Measure the next frame given as a luminance array."""
        if self._anchor is None or self._dir is None:
            self._anchor = lum.copy()
            self._dir = np.zeros(lum.shape, dtype=np.int8)
            self.frame += 1
            return
        up = (lum - self._anchor >= LUMA_STEP) & (self._dir != 1)
        down = (self._anchor - lum >= LUMA_STEP) & (self._dir != -1)
        self._dir[up] = 1
        self._dir[down] = -1
        # The anchor follows the running extreme in the current direction (a slow ramp is one transition).
        rising = self._dir == 1
        falling = self._dir == -1
        self._anchor = np.where(up | down, lum, self._anchor)
        self._anchor = np.where(rising, np.maximum(self._anchor, lum), self._anchor)
        self._anchor = np.where(falling, np.minimum(self._anchor, lum), self._anchor)
        self._recent.append((up, down))
        if len(self._recent) > CONCURRENT_FRAMES:
            self._recent.popleft()
        ups = np.logical_or.reduce([u for u, _ in self._recent])
        downs = np.logical_or.reduce([d for _, d in self._recent])
        for direction, mask in ((1, ups), (-1, downs)):
            if mask.mean() >= AREA and not self._recent_event(direction):
                self.events.append((self.frame, direction))
        self.frame += 1

    def _recent_event(self, direction: int) -> bool:
        """True if the same-direction transition was already counted within the concurrency window."""
        for f, d in reversed(self.events):
            if self.frame - f > CONCURRENT_FRAMES:
                return False
            if d == direction:
                return True
        return False

    def transitions(self) -> list[tuple[int, int]]:
        """Transitions with runs in one direction collapsed (a long fade counted once)."""
        out: list[tuple[int, int]] = []
        for f, d in self.events:
            if out and out[-1][1] == d:
                continue
            out.append((f, d))
        return out

    def max_flashes_per_second(self) -> int:
        """The most flashes (opposing pairs of transitions) inside any window of ``fps`` frames."""
        frames = [f for f, _ in self.transitions()]
        best = 0
        j = 0
        for i in range(len(frames)):
            while frames[i] - frames[j] >= self.fps:
                j += 1
            best = max(best, (i - j + 1) // 2)
        return best


def max_flashes(frames: list[pygame.Surface], fps: int = 60) -> int:
    """Flashes in the worst second of a list of frames."""
    meter = FlashMeter(fps)
    for frame in frames:
        meter.add(frame)
    return meter.max_flashes_per_second()
