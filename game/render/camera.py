"""The camera: follows a point smoothly, stays inside the map, and interpolates between ticks."""

from __future__ import annotations

from game.render.window import CANVAS_SIZE

FOLLOW_RATE = 0.12
"""Fraction of the remaining distance closed per tick: smooth but never far behind."""


class Camera:
    """A view rectangle's top-left in world pixels; updated per tick, read per frame."""

    def __init__(self, map_w: int, map_h: int, view: tuple[int, int] = CANVAS_SIZE) -> None:
        self.map_w, self.map_h = map_w, map_h
        self.view_w, self.view_h = view
        self.x = self.y = 0.0
        self.prev_x = self.prev_y = 0.0

    def _clamp(self, x: float, y: float) -> tuple[float, float]:
        if self.map_w <= self.view_w:
            x = (self.map_w - self.view_w) / 2
        else:
            x = min(max(x, 0.0), float(self.map_w - self.view_w))
        if self.map_h <= self.view_h:
            y = (self.map_h - self.view_h) / 2
        else:
            y = min(max(y, 0.0), float(self.map_h - self.view_h))
        return x, y

    def snap(self, cx: float, cy: float) -> None:
        """Centre on a point at once (level start, checkpoint)."""
        self.x, self.y = self._clamp(cx - self.view_w / 2, cy - self.view_h / 2)
        self.prev_x, self.prev_y = self.x, self.y

    def follow(self, cx: float, cy: float, rate: float = FOLLOW_RATE) -> None:
        """Move one tick towards centring on ``(cx, cy)``."""
        self.prev_x, self.prev_y = self.x, self.y
        tx, ty = self._clamp(cx - self.view_w / 2, cy - self.view_h / 2)
        self.x, self.y = self._clamp(self.x + (tx - self.x) * rate, self.y + (ty - self.y) * rate)

    def offset(self, alpha: float) -> tuple[int, int]:
        """The interpolated top-left at ``alpha`` between the last two ticks, in whole pixels."""
        x = self.prev_x + (self.x - self.prev_x) * alpha
        y = self.prev_y + (self.y - self.prev_y) * alpha
        return round(x), round(y)
