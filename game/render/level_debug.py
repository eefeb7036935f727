"""The F3 overlay for levels: collision, cover, roofs, triggers and object names drawn over the world."""

from __future__ import annotations

import pygame

from game.world.level import Level


def draw_level_debug(canvas: pygame.Surface, level: Level, cam_x: int, cam_y: int, dream: bool) -> None:
    """Draw the level's flags and objects over the canvas (world pixel ``cam_x, cam_y`` at its top-left)."""
