"""The camera: follows a point smoothly, stays inside the map, and interpolates between ticks."""

from __future__ import annotations

from game.render.window import CANVAS_SIZE

FOLLOW_RATE = 0.12
"""Fraction of the remaining distance closed per tick: smooth but never far behind."""


def clamp_view(
    x: float, y: float, map_w: int, map_h: int, view: tuple[int, int] = CANVAS_SIZE
) -> tuple[float, float]:
    """A view's top-left kept inside the map (centred on a map smaller than the view)."""
    view_w, view_h = view
    x = (map_w - view_w) / 2 if map_w <= view_w else min(max(x, 0.0), float(map_w - view_w))
    y = (map_h - view_h) / 2 if map_h <= view_h else min(max(y, 0.0), float(map_h - view_h))
    return x, y


def shaken(
    cam: tuple[int, int], shake: tuple[int, int], map_w: int, map_h: int, view: tuple[int, int] = CANVAS_SIZE
) -> tuple[int, int]:
    """The camera moved by a shake offset without showing anything past the map: at an edge the shake swings
    the other way (it still shakes, and no void shows)."""
    out = []
    for c, d, size, v in ((cam[0], shake[0], map_w, view[0]), (cam[1], shake[1], map_h, view[1])):
        if size <= v:
            out.append(c)
            continue
        hi = size - v
        moved = c + d
        if moved < 0 or moved > hi:
            moved = c - d
        out.append(min(max(moved, 0), hi))
    return out[0], out[1]


class Camera:
    """A view rectangle's top-left in world pixels; updated per tick, read per frame."""

    def __init__(self, map_w: int, map_h: int, view: tuple[int, int] = CANVAS_SIZE) -> None:
        self.map_w, self.map_h = map_w, map_h
        self.view_w, self.view_h = view
        self.x = self.y = 0.0
        self.prev_x = self.prev_y = 0.0

    def _clamp(self, x: float, y: float) -> tuple[float, float]:
        return clamp_view(x, y, self.map_w, self.map_h, (self.view_w, self.view_h))

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
