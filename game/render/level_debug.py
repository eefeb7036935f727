"""The F3 overlay for levels: collision, sight, roofs, cover, object shapes and names, drawn over the world.

Cues never rely on colour alone: solid tiles are filled boxes, sight blockers carry a diagonal, roofs a dot
grid, cover a hatch, and every object is outlined with its name and class written beside it.
"""

from __future__ import annotations

import pygame

from game.render.palette import AMBER as AIR
from game.render.palette import GREEN as COVER
from game.render.palette import INK as SIGHT
from game.render.palette import SKY as ROOF
from game.render.text import FACES, TextSize, font_for
from game.world.level import Level, MapObject, Shape, TileFlag

SOLID = (228, 59, 68, 90)
CLASS_COLORS: dict[str, tuple[int, int, int]] = {
    "Spawn": (255, 85, 255),
    "Exit": (255, 85, 85),
    "Trigger": (255, 170, 0),
    "HideSpot": (44, 232, 245),
    "Patrol": (228, 59, 68),
    "Item": (254, 231, 97),
    "Checkpoint": (99, 199, 77),
    "Wall": (139, 155, 180),
    "Light": (255, 255, 255),
    "NoiseSource": (181, 80, 136),
}

_label_cache: dict[tuple[str, tuple[int, int, int]], pygame.Surface] = {}


def draw_level_debug(canvas: pygame.Surface, level: Level, cam_x: int, cam_y: int, dream: bool) -> None:
    """Draw the level's tile flags and objects for the current view over the canvas (``cam`` at top-left)."""
    ts = level.tile_size
    cw, ch = canvas.get_size()
    tint = pygame.Surface((ts, ts), pygame.SRCALPHA)
    tint.fill(SOLID)
    cells = level.grid.cells(dream)
    w = level.width
    x0, y0 = max(0, cam_x // ts), max(0, cam_y // ts)
    x1, y1 = min(w - 1, (cam_x + cw) // ts), min(level.height - 1, (cam_y + ch) // ts)
    fills = []
    for ty in range(y0, y1 + 1):
        row = ty * w
        sy = ty * ts - cam_y
        for tx in range(x0, x1 + 1):
            bits = cells[row + tx]
            if not bits:
                continue
            sx = tx * ts - cam_x
            if bits & TileFlag.SOLID:
                fills.append((tint, (sx, sy)))
            if bits & TileFlag.BLOCKS_SIGHT:
                pygame.draw.line(canvas, SIGHT, (sx, sy + ts - 1), (sx + ts - 1, sy))
            if bits & TileFlag.BLOCKS_AIR:
                pygame.draw.rect(canvas, AIR, (sx + 1, sy + 1, ts - 2, ts - 2), 1)
            if bits & TileFlag.ROOF:
                for k in range(2, ts, 5):
                    for j in range(2, ts, 5):
                        canvas.set_at((sx + k, sy + j), ROOF)
            if bits & TileFlag.COVER:
                for k in range(0, ts, 4):
                    pygame.draw.line(canvas, COVER, (sx + k, sy + ts - 1), (sx + ts - 1, sy + k))
    canvas.fblits(fills)
    for obj in level.objects:
        if obj.view.visible_in(dream):
            _draw_object(canvas, obj, cam_x, cam_y)


def _draw_object(canvas: pygame.Surface, obj: MapObject, cam_x: int, cam_y: int) -> None:
    color = CLASS_COLORS.get(obj.cls, (255, 255, 255))
    x, y = round(obj.x) - cam_x, round(obj.y) - cam_y
    pts = [(round(px) - cam_x, round(py) - cam_y) for px, py in obj.points]
    match obj.shape:
        case Shape.POINT:
            pygame.draw.line(canvas, color, (x - 4, y), (x + 4, y))
            pygame.draw.line(canvas, color, (x, y - 4), (x, y + 4))
        case Shape.ELLIPSE:
            pygame.draw.ellipse(canvas, color, (x, y, max(1, round(obj.width)), max(1, round(obj.height))), 1)
        case Shape.POLYGON if len(pts) > 2:
            pygame.draw.polygon(canvas, color, pts, 1)
        case Shape.POLYLINE if len(pts) > 1:
            pygame.draw.lines(canvas, color, False, pts)
        case _:
            pygame.draw.rect(canvas, color, (x, y, max(1, round(obj.width)), max(1, round(obj.height))), 1)
    canvas.blit(_label(f"{obj.name or '?'} ({obj.cls or '-'})", color), (x + 2, y + 2))


def _label(text: str, color: tuple[int, int, int]) -> pygame.Surface:
    key = (text, color)
    surface = _label_cache.get(key)
    if surface is None:
        font = font_for(FACES[TextSize.SMALL])
        fg = font.render(text, False, color)
        surface = pygame.Surface((fg.get_width() + 2, fg.get_height() + 1), pygame.SRCALPHA)
        surface.blit(font.render(text, False, (0, 0, 0)), (1, 1))
        surface.blit(fg, (0, 0))
        _label_cache[key] = surface
    return surface
