"""Draws a level's world: map layers below, actors sorted by depth, layers above, debug on top."""

from __future__ import annotations

import pygame

from game.render.tilemap import TileMapRenderer
from game.world.actors import Actor
from game.world.level import Level
from game.world.world import World

ACTOR_COLOURS = {"dal": ((58, 68, 102), (232, 183, 150)), "byeol": ((162, 38, 51), (232, 183, 150))}


class WorldView:
    """Reads a :class:`World` and draws it; holds only surfaces, never game state."""

    def __init__(self, level: Level, tiles: TileMapRenderer) -> None:
        self.level = level
        self.map = tiles

    def draw(
        self, canvas: pygame.Surface, world: World, cam: tuple[int, int], alpha: float, debug: bool
    ) -> None:
        """One frame of the world with the camera's top-left at ``cam``."""
        cx, cy = cam
        self.map.draw_below(canvas, cx, cy, world.dream)
        actors = sorted((world.player, world.partner), key=lambda a: _lerp(a.prev_y, a.y, alpha))
        for actor in actors:
            draw_actor(canvas, actor, cx, cy, alpha)
        self.map.draw_above(canvas, cx, cy, world.dream)
        if debug:
            from game.render.level_debug import draw_level_debug

            draw_level_debug(canvas, self.level, cx, cy, world.dream)


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def draw_actor(canvas: pygame.Surface, actor: Actor, cx: int, cy: int, alpha: float) -> None:
    """A simple figure standing with its feet at the actor's interpolated position."""
    x = round(_lerp(actor.prev_x, actor.x, alpha)) - cx
    y = round(_lerp(actor.prev_y, actor.y, alpha)) - cy
    body, skin = ACTOR_COLOURS.get(actor.name, ((139, 155, 180), (232, 183, 150)))
    pygame.draw.ellipse(canvas, (24, 20, 37), (x - 6, y - 2, 12, 4))
    pygame.draw.rect(canvas, body, (x - 4, y - 14, 8, 12))
    pygame.draw.rect(canvas, skin, (x - 3, y - 20, 6, 6))
