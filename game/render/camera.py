"""The camera: follows a point smoothly, stays inside the map, and interpolates between ticks; while a line is
up it frames what the line is about above the dialogue panel (:func:`framed_above`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.render.window import CANVAS_SIZE

if TYPE_CHECKING:
    from game.sim.level_sim import LevelSim

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


SUBJECT_REACH = (260.0, 120.0)
"""How far (x, y) from the speaker the objective's place may be and still be framed with them."""
SUBJECT_FEET = 0.6
"""Where, as a fraction of the room above the dialogue panel, the subject's feet are put while a line is up."""


def line_subjects(sim: LevelSim) -> list[tuple[float, float]]:
    """What the line on show is about, in world pixels: its speaker, where the story's camera looks, and the
    objective's place when it is near the speaker (the log Dal says to hide under). Empty with no line up."""
    runner = sim.runner
    line = runner.current_line if runner is not None else None
    if line is None:
        return []
    world = sim.world
    points = [(a.x, a.y) for a in (world.player, world.partner) if a.name == line.speaker]
    if sim.camera_target:
        points.append(sim.host.place_of(sim.camera_target))
    if points and sim.objective is not None:
        obj = sim.level.object_named(sim.objective[1])
        if obj is not None:
            ox, oy = obj.center
            sx, sy = points[0]
            if abs(ox - sx) <= SUBJECT_REACH[0] and abs(oy - sy) <= SUBJECT_REACH[1]:
                points.append((ox, oy))
    return points


def framed_above(
    points: list[tuple[float, float]], panel_top: int, view: tuple[int, int] = CANVAS_SIZE
) -> tuple[float, float] | None:
    """The point to centre the camera on so that ``points`` stand in the room above a dialogue panel whose top
    is ``panel_top`` (canvas pixels); None with nothing to frame."""
    if not points:
        return None
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    mx = (min(xs) + max(xs)) / 2
    my = (min(ys) + max(ys)) / 2
    return mx, my + view[1] / 2 - panel_top * SUBJECT_FEET
